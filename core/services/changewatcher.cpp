#include "changewatcher.h"

#include "database.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace {
constexpr auto Channel = "quarry_changes";
}

ChangeWatcher::ChangeWatcher(Workspace &ws, QObject *parent) : QObject(parent), m_ws(ws)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
    QSqlQuery q(m_ws.database().connection());
    if (q.exec(QStringLiteral("SELECT MAX(updated_at) FROM leads")) && q.next())
        m_since = q.value(0).toString();
}

void ChangeWatcher::start(int intervalMs)
{
    Database &db = m_ws.database();
    if (db.isPostgres()) {
        QSqlDriver *driver = db.connection().driver();
        if (!m_listening && driver->subscribeToNotification(QString::fromLatin1(Channel))) {
            m_listening = true;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                        if (name == QLatin1String(Channel) && source == QSqlDriver::OtherSource)
                            announce();
                    });
        }
        return;
    }
    m_version = dataVersion();
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    if (m_listening) {
        QSqlDriver *driver = m_ws.database().connection().driver();
        disconnect(driver, nullptr, this, nullptr);
        driver->unsubscribeFromNotification(QString::fromLatin1(Channel));
        m_listening = false;
    }
}

qint64 ChangeWatcher::dataVersion() const
{
    QSqlQuery q(m_ws.database().connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool ChangeWatcher::poll()
{
    Database &db = m_ws.database();
    if (db.isPostgres()) {
        // Notifications arrive through the driver's socket; reading a row
        // lets it deliver those waiting.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT 1"));
        return false;
    }
    // Inside a transaction of this Quarry the file is as it wrote it.
    if (db.transactionDepth() > 0)
        return false;
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    m_version = now;
    announce();
    return true;
}

void ChangeWatcher::announce()
{
    // The leads written since the last look, for an open form; then every
    // view reloads what it shows, and the cached lists are read again.
    QList<qint64> changed;
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral("SELECT id, updated_at FROM leads WHERE updated_at > ? ORDER BY updated_at LIMIT 1000"));
    q.addBindValue(m_since);
    if (q.exec())
        while (q.next()) {
            changed << q.value(0).toLongLong();
            m_since = q.value(1).toString();
        }
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
