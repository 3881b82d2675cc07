#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QTableWidget;

/// The mapping page of the import wizard: one row per column of the file
/// (its header, a sample value, and a combo of the lead fields it may fill,
/// matched automatically), and buttons to match again, load a saved mapping
/// and save this one (JSON, also read by `quarry-cli import leads --mapping`).
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The combo of column `index` (tests).
    class QComboBox *fieldCombo(int index) const;
    /// Loads a mapping file and applies it to the file's columns; false with
    /// the problem shown when it cannot.
    bool loadMapping(const QString &path);
    bool saveMapping(const QString &path);

private:
    void fillTable();
    void onFieldChosen(int column);
    void updateProblems();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_unmapped;
    QLabel *m_problems;
};
