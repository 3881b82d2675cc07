#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPushButton;
class QTableWidget;

/// The last page of the import wizard: the counts (read, imported, updated,
/// skipped, rejected), or that the import was cancelled and nothing changed;
/// the first rejected rows with their line and reason, and a button opening
/// the rejected-rows report (the whole list, with every cell).
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;

    QLabel *countsLabel() const { return m_counts; }
    QPushButton *reportButton() const { return m_openReport; }
    /// The first rejected rows: line, reason.
    QTableWidget *rejectedTable() const { return m_table; }

private:
    ImportWizard *m_wizard;
    QLabel *m_counts;
    QLabel *m_rejected;
    QLabel *m_notes;
    QTableWidget *m_table;
    QPushButton *m_openReport;
};
