#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;
class Workspace;

/// Runs a long piece of core work (an import, an export) on a worker thread
/// with a Workspace of its own on the same database file: a Qt connection
/// belongs to the thread that opened it, so the worker never touches the
/// window's. Progress reaches the window as a queued signal; Cancel sets a
/// flag that the work's progress callback returns.
///
///     auto *job = new WorkspaceJob(ws, this);
///     connect(job, &WorkspaceJob::progressChanged, bar, …);
///     connect(job, &WorkspaceJob::finished, this, …);
///     job->start([=](Workspace &own, const WorkspaceJob::Progress &progress) {
///         result = ImportService(own).run(path, options, progress);   // on the worker
///     });
class WorkspaceJob : public QObject
{
    Q_OBJECT
public:
    /// Bytes (or rows) done and the total; false once cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// The work, run on the worker thread with its own workspace.
    using Work = std::function<void(Workspace &workspace, const Progress &progress)>;

    /// `workspace` is the window's: the job opens the same file, as the same
    /// user, with the same clock.
    explicit WorkspaceJob(Workspace &workspace, QObject *parent = nullptr);
    /// Cancels and waits for the worker: the database is never left to a
    /// thread nobody waits for.
    ~WorkspaceJob() override;

    void start(Work work);
    /// Asks the work to stop at its next progress report.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    /// Blocks until the worker ended (for closing windows and tests).
    void wait();
    /// Why the worker could not open its workspace ("" when it could).
    QString openError() const { return m_openError; }

signals:
    /// Work done so far; queued to the thread that started the job.
    void progressChanged(qint64 done, qint64 total);
    /// The work returned (or the workspace could not be opened).
    void finished();

private:
    Workspace &m_ws;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    QString m_openError;
};
