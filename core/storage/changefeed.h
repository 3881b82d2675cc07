#pragma once

#include <QList>
#include <QString>

class Database;

/// What the storage tells of writes made by other connections: SQLite's
/// PRAGMA data_version (it moves when another connection commits), and the
/// leads written since a point, by their updated_at. On PostgreSQL the news
/// itself comes as NOTIFY quarry_changes (Database::commit sends it).
class ChangeFeed
{
public:
    explicit ChangeFeed(Database &db);

    /// The notification channel every write transaction notifies on PostgreSQL.
    static QString channel() { return QStringLiteral("quarry_changes"); }

    /// True when another connection committed since the last call (SQLite;
    /// the first call only takes the measure).
    bool movedElsewhere();
    /// The leads written since the last call (at most 1000, oldest first).
    QList<qint64> leadsWrittenSince();

private:
    qint64 dataVersion() const;

    Database &m_db;
    qint64 m_version = -1;
    QString m_since; ///< updated_at of the newest lead seen, as stored
};
