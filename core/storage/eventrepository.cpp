#include "eventrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

const char *EventColumns =
    "id, lead_id, kind, subject, starts_at, duration_min, state, notes, owner_id, created_at, created_by";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.leadId = q.value(1).toLongLong();
    Event::kindFromKey(q.value(2).toString(), &e.kind);
    e.subject = q.value(3).toString();
    e.startsAt = Database::fromTimestamp(q.value(4).toString());
    e.durationMinutes = q.value(5).toInt();
    Event::stateFromKey(q.value(6).toString(), &e.state);
    e.notes = q.value(7).toString();
    e.ownerId = q.value(8).toLongLong();
    e.createdAt = Database::fromTimestamp(q.value(9).toString());
    e.createdBy = q.value(10).toLongLong();
    return e;
}

} // namespace

EventRepository::EventRepository(Database &db) : m_db(db) {}

std::optional<Event> EventRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(QLatin1String(EventColumns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readEvent(r.value());
}

QList<Event> EventRepository::forLead(qint64 leadId) const
{
    QList<Event> out;
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM events WHERE lead_id = ? ORDER BY starts_at, id").arg(QLatin1String(EventColumns)), {leadId});
    if (r)
        while (r.value().next())
            out << readEvent(r.value());
    return out;
}

Result<qint64> EventRepository::insert(const Event &e)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO events (lead_id, kind, subject, starts_at, duration_min, state, notes, owner_id, "
                                      "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                       {idOrNull(e.leadId), Event::kindKey(e.kind), e.subject, Database::timestamp(e.startsAt), e.durationMinutes,
                        Event::stateKey(e.state), e.notes, idOrNull(e.ownerId), Database::timestamp(e.createdAt), idOrNull(e.createdBy)});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult EventRepository::update(const Event &e)
{
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE events SET kind = ?, subject = ?, starts_at = ?, duration_min = ?, state = ?, "
                                                     "notes = ?, owner_id = ? WHERE id = ?"),
                                      {Event::kindKey(e.kind), e.subject, Database::timestamp(e.startsAt), e.durationMinutes,
                                       Event::stateKey(e.state), e.notes, idOrNull(e.ownerId), e.id}));
}

VoidResult EventRepository::remove(qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM events WHERE id = ?"), {id}));
}
