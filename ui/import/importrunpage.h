#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class WorkspaceJob;

/// The import itself: ImportService runs on a worker thread with its own
/// connection (WorkspaceJob), the page shows its progress and a Cancel
/// button; when it ends the wizard's workspace announces leadsReset (and the
/// lists the import may have added to), and the wizard moves to the result.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Cancels the running import (everything it did is rolled back).
    void cancel();
    void waitForWorker();

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void onFinished();

    ImportWizard *m_wizard;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    WorkspaceJob *m_job = nullptr;
    bool m_done = false;
};
