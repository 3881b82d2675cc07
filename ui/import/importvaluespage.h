#pragma once

#include "importservice.h"

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class WorkspaceJob;

/// The value step of the import wizard: for each reference column (status,
/// source, industry, department, function, tags, owner, country…), the
/// distinct values of the file with how many rows hold each, and what each
/// becomes — matched automatically where it can be (case and accents
/// folded, the export shape's own values, a pipeline word to the nearest
/// status), else the user's choice: an existing value, created (when the
/// list allows it), or left empty. A value never refuses a row. The choices
/// go into the mapping's value map (saved with it). The file is read on a
/// worker thread.
class ImportValuesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportValuesPage(ImportWizard *wizard);
    ~ImportValuesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The table's rows, for tests: field key and value of row `row` ("" on
    /// a field's heading row), and the choice combo of a value row.
    QString fieldAt(int row) const;
    QString valueAt(int row) const;
    QComboBox *choiceCombo(int row) const;
    /// Whether the distinct values have been read.
    bool isLoaded() const { return m_loaded; }
    /// Blocks until the values are read (tests).
    void waitLoaded();

private:
    void fill(const QList<ImportValueColumn> &columns);
    QStringList existingNames(const LeadField &field) const;
    QComboBox *makeCombo(const LeadField &field, const ImportValueColumn::Value &value, bool mayCreate, const QStringList &names);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_createOthers;
    WorkspaceJob *m_job = nullptr;
    Result<QList<ImportValueColumn>> m_result = QList<ImportValueColumn>{};
    bool m_loaded = false;
    QString m_loadedFor; ///< file and mapping the values were read for
};
