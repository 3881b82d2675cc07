#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QTableWidget;

/// The preview page of the import wizard: what the import will do with the
/// first rows (create, update, skip or reject, with the reasons and what it
/// would create beside), computed by ImportService::preview(), which writes
/// nothing.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    /// Rows previewed.
    static constexpr int Rows = 20;

    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }

private:
    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_summary;
    bool m_ok = false;
};
