#include "activityrepository.h"

#include "database.h"

#include <QSqlQuery>

ActivityRepository::ActivityRepository(Database &db) : m_db(db) {}

Result<qint64> ActivityRepository::insert(const Activity &a)
{
    // Each entry carries the version its change left the lead at: the row
    // is written before its entries, inside the same transaction.
    auto r = m_db.insert(QStringLiteral("INSERT INTO activities (lead_id, at, user_id, kind, field, old_value, new_value, text, version) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT version FROM leads WHERE id = ?))"),
                       {a.leadId, Database::timestamp(a.at.isValid() ? a.at : QDateTime::currentDateTimeUtc()),
                        a.userId ? QVariant(a.userId) : QVariant(),
                        Activity::kindKey(a.kind), a.field, a.oldValue, a.newValue, a.text, a.leadId});
    if (!r)
        return r.problems();
    return r.value();
}

namespace {
const char *SelectActivities = "SELECT a.id, a.lead_id, a.at, a.user_id, u.name, a.kind, a.field, a.old_value, a.new_value, a.text, "
                               "a.version FROM activities a LEFT JOIN users u ON u.id = a.user_id ";
}

QList<Activity> ActivityRepository::forLead(qint64 leadId) const
{
    return read(QLatin1String(SelectActivities) + QStringLiteral("WHERE a.lead_id = ? ORDER BY a.at, a.id"), {leadId});
}

QList<Activity> ActivityRepository::changesSince(qint64 leadId, qint64 version) const
{
    return read(QLatin1String(SelectActivities)
                    + QStringLiteral("WHERE a.lead_id = ? AND a.version > ? AND a.field <> '' ORDER BY a.version, a.id"),
                {leadId, version});
}

QList<Activity> ActivityRepository::read(const QString &sql, const QVariantList &bindings) const
{
    QList<Activity> out;
    auto r = m_db.exec(sql, bindings);
    if (!r)
        return out;
    QSqlQuery &q = r.value();
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.leadId = q.value(1).toLongLong();
        a.at = Database::fromTimestamp(q.value(2).toString());
        a.userId = q.value(3).toLongLong();
        a.userName = q.value(4).toString();
        a.kind = Activity::kindFromKey(q.value(5).toString());
        a.field = q.value(6).toString();
        a.oldValue = q.value(7).toString();
        a.newValue = q.value(8).toString();
        a.text = q.value(9).toString();
        a.version = q.value(10).toLongLong();
        out << a;
    }
    return out;
}

VoidResult ActivityRepository::moveTo(const QList<qint64> &fromLeadIds, qint64 toLeadId)
{
    for (qint64 id : fromLeadIds)
        if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("UPDATE activities SET lead_id = ? WHERE lead_id = ?"), {toLeadId, id})); !r)
            return r;
    return {};
}

Result<bool> ActivityRepository::removeComment(qint64 leadId, qint64 activityId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM activities WHERE id = ? AND lead_id = ? AND kind = 'comment'"), {activityId, leadId});
    if (!q)
        return q.problems();
    return q.value().numRowsAffected() > 0;
}
