#include "mergerepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

QString table(MergeRepository::Rows rows)
{
    switch (rows) {
    case MergeRepository::Rows::Activities: return QStringLiteral("activities");
    case MergeRepository::Rows::Events: return QStringLiteral("events");
    case MergeRepository::Rows::Emails: return QStringLiteral("emails");
    case MergeRepository::Rows::Attachments: return QStringLiteral("attachments");
    case MergeRepository::Rows::Tickets: return QStringLiteral("tickets");
    }
    return {};
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

MergeRepository::MergeRepository(Database &db) : m_db(db) {}

QList<MergeRepository::Rows> MergeRepository::allRows()
{
    return {Rows::Activities, Rows::Events, Rows::Emails, Rows::Attachments, Rows::Tickets};
}

QString MergeRepository::rowsKey(Rows rows)
{
    return table(rows);
}

Result<qint64> MergeRepository::insert(const MergeRecord &merge)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO merges (master_id, at, user_id, snapshot) VALUES (?, ?, ?, ?)"),
                       {merge.masterId, Database::timestamp(merge.at), merge.userId ? QVariant(merge.userId) : QVariant(),
                        QString::fromUtf8(merge.snapshot)});
    if (!r)
        return r.problems();
    const qint64 id = r.value();
    for (qint64 member : merge.memberIds)
        if (auto m = m_db.exec(QStringLiteral("INSERT INTO merge_members (merge_id, lead_id) VALUES (?, ?)"), {id, member}); !m)
            return m.problems();
    return id;
}

std::optional<MergeRecord> MergeRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT m.id, m.master_id, m.at, m.user_id, u.name, m.snapshot, m.undone_at "
                                      "FROM merges m LEFT JOIN users u ON u.id = m.user_id WHERE m.id = ?"),
                       {id});
    if (!r || !r.value().next())
        return std::nullopt;
    QSqlQuery &q = r.value();
    MergeRecord m;
    m.id = q.value(0).toLongLong();
    m.masterId = q.value(1).toLongLong();
    m.at = Database::fromTimestamp(q.value(2).toString());
    m.userId = q.value(3).toLongLong();
    m.userName = q.value(4).toString();
    m.snapshot = q.value(5).toString().toUtf8();
    m.undoneAt = Database::fromTimestamp(q.value(6).toString());
    auto members = m_db.exec(QStringLiteral("SELECT lead_id FROM merge_members WHERE merge_id = ? ORDER BY lead_id"), {id});
    if (members)
        while (members.value().next())
            m.memberIds << members.value().value(0).toLongLong();
    return m;
}

QList<MergeRecord> MergeRepository::forLead(qint64 leadId) const
{
    QList<MergeRecord> out;
    auto r = m_db.exec(QStringLiteral("SELECT id FROM merges WHERE master_id = ? "
                                      "OR id IN (SELECT merge_id FROM merge_members WHERE lead_id = ?) ORDER BY id DESC"),
                       {leadId, leadId});
    QList<qint64> ids;
    if (r)
        while (r.value().next())
            ids << r.value().value(0).toLongLong();
    for (qint64 id : ids)
        if (auto m = find(id))
            out << *m;
    return out;
}

VoidResult MergeRepository::setUndone(qint64 id, const QDateTime &at)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE merges SET undone_at = ? WHERE id = ?"), {Database::timestamp(at), id}));
}

bool MergeRepository::hasLaterMerge(qint64 leadId, qint64 afterMergeId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT 1 FROM merges WHERE id > ? AND undone_at IS NULL AND "
                                      "(master_id = ? OR id IN (SELECT merge_id FROM merge_members WHERE lead_id = ?)) LIMIT 1"),
                       {afterMergeId, leadId, leadId});
    return r && r.value().next();
}

QList<qint64> MergeRepository::rowIds(Rows rows, qint64 leadId) const
{
    QList<qint64> out;
    auto r = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE lead_id = ? ORDER BY id").arg(table(rows)), {leadId});
    if (r)
        while (r.value().next())
            out << r.value().value(0).toLongLong();
    return out;
}

VoidResult MergeRepository::moveRows(Rows rows, const QList<qint64> &ids, qint64 toLeadId)
{
    if (ids.isEmpty())
        return {};
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE %1 SET lead_id = ? WHERE id IN (%2)").arg(table(rows), idList(ids)), {toLeadId}));
}

bool MergeRepository::hasLogo(qint64 leadId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT 1 FROM lead_logos WHERE lead_id = ?"), {leadId});
    return r && r.value().next();
}

VoidResult MergeRepository::moveLogo(qint64 fromLeadId, qint64 toLeadId)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE lead_logos SET lead_id = ? WHERE lead_id = ? "
                                                     "AND NOT EXISTS (SELECT 1 FROM lead_logos WHERE lead_id = ?)"),
                                      {toLeadId, fromLeadId, toLeadId}));
}
