#include "ticketrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

const char *TicketColumns = "id, lead_id, subject, description, is_open, created_at, created_by, closed_at";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.leadId = q.value(1).toLongLong();
    t.subject = q.value(2).toString();
    t.description = q.value(3).toString();
    t.isOpen = q.value(4).toInt() != 0;
    t.createdAt = Database::fromTimestamp(q.value(5).toString());
    t.createdBy = q.value(6).toLongLong();
    t.closedAt = Database::fromTimestamp(q.value(7).toString());
    return t;
}

} // namespace

TicketRepository::TicketRepository(Database &db) : m_db(db) {}

std::optional<Ticket> TicketRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(TicketColumns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readTicket(r.value());
}

QList<Ticket> TicketRepository::forLead(qint64 leadId, std::optional<bool> open) const
{
    QList<Ticket> out;
    QString sql = QStringLiteral("SELECT %1 FROM tickets WHERE lead_id = ?").arg(QLatin1String(TicketColumns));
    QVariantList bindings{leadId};
    if (open) {
        sql += QStringLiteral(" AND is_open = ?");
        bindings << (*open ? 1 : 0);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC");
    auto r = m_db.exec(sql, bindings);
    if (r)
        while (r.value().next())
            out << readTicket(r.value());
    return out;
}

Result<qint64> TicketRepository::insert(const Ticket &t)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO tickets (lead_id, subject, description, is_open, created_at, created_by, closed_at) "
                                      "VALUES (?,?,?,?,?,?,?)"),
                       {idOrNull(t.leadId), t.subject, t.description, t.isOpen ? 1 : 0, Database::timestamp(t.createdAt),
                        idOrNull(t.createdBy), t.closedAt.isValid() ? QVariant(Database::timestamp(t.closedAt)) : QVariant()});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult TicketRepository::update(const Ticket &t)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE tickets SET subject = ?, description = ?, is_open = ?, closed_at = ? WHERE id = ?"),
                                      {t.subject, t.description, t.isOpen ? 1 : 0,
                                       t.closedAt.isValid() ? QVariant(Database::timestamp(t.closedAt)) : QVariant(), t.id}));
}
