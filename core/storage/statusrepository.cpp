#include "statusrepository.h"

#include "database.h"
#include "normalize.h"

#include <QSqlQuery>

StatusRepository::StatusRepository(Database &db) : m_db(db) {}

QList<LeadStatus> StatusRepository::all() const
{
    QHash<qint64, StatusRole> roles;
    QSqlQuery r = m_db.run(QStringLiteral("SELECT key, value FROM crm_options WHERE key LIKE 'status.%'"));
    if (r.isActive())
        while (r.next())
            roles.insert(r.value(1).toLongLong(), statusRoleFromKey(r.value(0).toString().mid(7)));
    QList<LeadStatus> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, name, sequence, is_open FROM lead_statuses ORDER BY sequence, id"));
    if (q.isActive())
        while (q.next()) {
            LeadStatus s;
            s.id = q.value(0).toLongLong();
            s.name = q.value(1).toString();
            s.sequence = q.value(2).toInt();
            s.isOpen = q.value(3).toInt() != 0;
            s.role = roles.value(s.id, StatusRole::None);
            out << s;
        }
    return out;
}

Result<qint64> StatusRepository::insert(const QString &name, int sequence, bool isOpen)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO lead_statuses (name, name_key, sequence, is_open) VALUES (?, ?, ?, ?)"),
                       {name, Normalize::text(name), sequence, isOpen ? 1 : 0});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult StatusRepository::rename(qint64 id, const QString &name)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE lead_statuses SET name = ?, name_key = ? WHERE id = ?"),
                                      {name, Normalize::text(name), id}));
}

VoidResult StatusRepository::setOpen(qint64 id, bool isOpen)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE lead_statuses SET is_open = ? WHERE id = ?"), {isOpen ? 1 : 0, id}));
}

VoidResult StatusRepository::setOrder(const QList<qint64> &orderedIds)
{
    int sequence = 10;
    for (qint64 id : orderedIds) {
        if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("UPDATE lead_statuses SET sequence = ? WHERE id = ?"), {sequence, id})); !r)
            return r;
        sequence += 10;
    }
    return {};
}

VoidResult StatusRepository::setRole(StatusRole role, qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("INSERT INTO crm_options (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                      {QStringLiteral("status.") + statusRoleKey(role), QString::number(id)}));
}

VoidResult StatusRepository::remove(qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM lead_statuses WHERE id = ?"), {id}));
}

Result<qint64> StatusRepository::moveLeads(qint64 fromId, qint64 toId, const QDateTime &at)
{
    auto r = m_db.exec(QStringLiteral("UPDATE leads SET status_id = ?, updated_at = ?, version = version + 1 WHERE status_id = ?"),
                       {toId, Database::timestamp(at), fromId});
    if (!r)
        return r.problems();
    return qint64(r.value().numRowsAffected());
}

qint64 StatusRepository::leadCount(qint64 statusId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE status_id = ?"), {statusId});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

QList<qint64> StatusRepository::leadIds(qint64 statusId) const
{
    QList<qint64> out;
    auto r = m_db.exec(QStringLiteral("SELECT id FROM leads WHERE status_id = ? ORDER BY id"), {statusId});
    if (r)
        while (r.value().next())
            out << r.value().value(0).toLongLong();
    return out;
}

qint64 StatusRepository::idByNameKey(const QString &nameKey) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM lead_statuses WHERE name_key = ?"), {nameKey});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}
