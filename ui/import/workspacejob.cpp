#include "workspacejob.h"

#include "workspace.h"

#include <QElapsedTimer>
#include <QThread>

WorkspaceJob::WorkspaceJob(Workspace &workspace, QObject *parent) : QObject(parent), m_ws(workspace) {}

WorkspaceJob::~WorkspaceJob()
{
    cancel();
    wait();
}

bool WorkspaceJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkspaceJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void WorkspaceJob::start(Work work)
{
    if (isRunning())
        return;
    m_cancelled = false;
    m_openError.clear();
    const QString path = m_ws.database().path();
    const QString login = m_ws.currentUser().login;
    const auto clock = m_ws.clock();
    m_thread = QThread::create([this, path, login, clock, work = std::move(work)] {
        auto ws = Workspace::open(path, login);
        if (!ws) {
            m_openError = ws.errorText();
            return;
        }
        ws.value()->setClock(clock);
        QElapsedTimer sinceReport;
        sinceReport.start();
        const Progress progress = [this, &sinceReport](qint64 done, qint64 total) {
            // A few reports a second are enough for a progress bar.
            if (sinceReport.elapsed() >= 50 || done >= total) {
                sinceReport.restart();
                QMetaObject::invokeMethod(this, [this, done, total] { emit progressChanged(done, total); },
                                          Qt::QueuedConnection);
            }
            return !m_cancelled.load();
        };
        work(*ws.value(), progress);
        // The workspace (and its connection) ends on the thread that opened it.
    });
    m_thread->setObjectName(QStringLiteral("quarry-job"));
    m_thread->setParent(this); // deleted with the job at the latest, after wait()
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}
