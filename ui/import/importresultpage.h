#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPushButton;

/// The last page of the import wizard: the counts (read, imported, updated,
/// skipped, rejected), or that the import was cancelled and nothing changed,
/// and a button opening the rejected-rows report.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard *wizard);

    void initializePage() override;

    QLabel *countsLabel() const { return m_counts; }
    QPushButton *reportButton() const { return m_openReport; }

private:
    ImportWizard *m_wizard;
    QLabel *m_counts;
    QLabel *m_rejected;
    QPushButton *m_openReport;
};
