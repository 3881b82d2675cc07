#include "savedfilterrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {
SavedFilterRecord readRecord(const QSqlQuery &q)
{
    SavedFilterRecord r;
    r.id = q.value(0).toLongLong();
    r.userId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.filterJson = q.value(3).toString();
    return r;
}

QVariant owner(qint64 userId)
{
    // 0 stands for "shared": stored as NULL so that the foreign key holds.
    return userId == 0 ? QVariant() : QVariant(userId);
}
} // namespace

SavedFilterRepository::SavedFilterRepository(Database &db) : m_db(db) {}

QList<SavedFilterRecord> SavedFilterRepository::forUser(qint64 userId) const
{
    QList<SavedFilterRecord> out;
    auto r = m_db.exec(QStringLiteral("SELECT id, user_id, name, filter FROM saved_filters "
                                      "WHERE user_id = ? OR user_id IS NULL ORDER BY name, id"),
                       {userId});
    if (r)
        while (r.value().next())
            out << readRecord(r.value());
    return out;
}

std::optional<SavedFilterRecord> SavedFilterRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, user_id, name, filter FROM saved_filters WHERE id = ?"), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readRecord(r.value());
}

qint64 SavedFilterRepository::idByName(qint64 userId, const QString &name) const
{
    // Names are few per user: compare case-insensitively in C++ (SQLite folds ASCII only).
    for (const SavedFilterRecord &rec : forUser(userId))
        if (rec.userId == userId && rec.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return rec.id;
    return 0;
}

Result<qint64> SavedFilterRepository::insert(const SavedFilterRecord &record)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO saved_filters (user_id, name, filter) VALUES (?, ?, ?)"),
                       {owner(record.userId), sqlText(record.name), sqlText(record.filterJson)});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult SavedFilterRepository::update(const SavedFilterRecord &record)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE saved_filters SET user_id = ?, name = ?, filter = ? WHERE id = ?"),
                                      {owner(record.userId), sqlText(record.name), sqlText(record.filterJson), record.id}));
}

VoidResult SavedFilterRepository::remove(qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"), {id}));
}
