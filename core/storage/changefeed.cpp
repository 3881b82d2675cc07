#include "changefeed.h"

#include "database.h"

#include <QSqlQuery>

ChangeFeed::ChangeFeed(Database &db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT MAX(updated_at) FROM leads")) && q.next())
        m_since = q.value(0).toString();
    if (!m_db.isPostgres())
        m_version = dataVersion();
}

qint64 ChangeFeed::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool ChangeFeed::movedElsewhere()
{
    if (m_db.isPostgres())
        return false;
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    m_version = now;
    return true;
}

QList<qint64> ChangeFeed::leadsWrittenSince()
{
    QList<qint64> changed;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, updated_at FROM leads WHERE updated_at > ? ORDER BY updated_at LIMIT 1000"));
    q.addBindValue(m_since);
    if (q.exec())
        while (q.next()) {
            changed << q.value(0).toLongLong();
            m_since = q.value(1).toString();
        }
    return changed;
}
