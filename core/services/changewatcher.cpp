#include "changewatcher.h"

#include "database.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QSqlDriver>

ChangeWatcher::ChangeWatcher(Workspace &ws, QObject *parent) : QObject(parent), m_ws(ws), m_feed(ws.database())
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

void ChangeWatcher::start(int intervalMs)
{
    Database &db = m_ws.database();
    if (db.isPostgres()) {
        QSqlDriver *driver = db.connection().driver();
        if (!m_listening && driver->subscribeToNotification(ChangeFeed::channel())) {
            m_listening = true;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                        if (name == ChangeFeed::channel() && source == QSqlDriver::OtherSource)
                            announce();
                    });
        }
        return;
    }
    m_feed.movedElsewhere(); // from now on
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    if (m_listening) {
        QSqlDriver *driver = m_ws.database().connection().driver();
        disconnect(driver, nullptr, this, nullptr);
        driver->unsubscribeFromNotification(ChangeFeed::channel());
        m_listening = false;
    }
}

bool ChangeWatcher::poll()
{
    // PostgreSQL's notifications arrive on the driver's socket (start());
    // inside a transaction of this Quarry the file is as it wrote it.
    if (m_ws.database().isPostgres() || m_ws.database().transactionDepth() > 0 || !m_feed.movedElsewhere())
        return false;
    announce();
    return true;
}

void ChangeWatcher::announce()
{
    // The leads written since the last look, for an open form; then every
    // view reloads what it shows, and the cached lists are read again.
    const QList<qint64> changed = m_feed.leadsWrittenSince();
    emit changingElsewhere();
    for (int kind = int(RefKind::User); kind <= int(RefKind::Contact); ++kind)
        m_ws.references().refresh(RefKind(kind));
    m_ws.refreshAccess();
    if (!changed.isEmpty())
        emit m_ws.leadsChanged(changed);
    emit m_ws.leadsReset();
    emit m_ws.statusesChanged();
    emit m_ws.usersChanged();
    emit m_ws.optionsChanged();
    emit changedElsewhere();
}
