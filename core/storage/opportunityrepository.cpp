#include "opportunityrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

const char *OpportunityColumns =
    "id, name, partner_id, contact_id, expected_amount, expected_close, stage, assigned_to, team_id, source_id, "
    "description, from_lead_id, created_at, created_by";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Opportunity readOpportunity(const QSqlQuery &q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.partnerId = q.value(2).toLongLong();
    o.contactId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        o.expectedAmount = q.value(4).toDouble();
    o.expectedClose = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    o.stage = q.value(6).toString();
    o.assignedTo = q.value(7).toLongLong();
    o.teamId = q.value(8).toLongLong();
    o.sourceId = q.value(9).toLongLong();
    o.description = q.value(10).toString();
    o.fromLeadId = q.value(11).toLongLong();
    o.createdAt = Database::fromTimestamp(q.value(12).toString());
    o.createdBy = q.value(13).toLongLong();
    return o;
}

QVariantList values(const Opportunity &o)
{
    return {o.name, idOrNull(o.partnerId), idOrNull(o.contactId),
            o.expectedAmount ? QVariant(*o.expectedAmount) : QVariant(),
            o.expectedClose.isValid() ? QVariant(o.expectedClose.toString(Qt::ISODate)) : QVariant(),
            o.stage.isEmpty() ? QStringLiteral("new") : o.stage, idOrNull(o.assignedTo), idOrNull(o.teamId),
            idOrNull(o.sourceId), o.description, idOrNull(o.fromLeadId)};
}

} // namespace

OpportunityRepository::OpportunityRepository(Database &db) : m_db(db) {}

std::optional<Opportunity> OpportunityRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM opportunities WHERE id = ?").arg(QLatin1String(OpportunityColumns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readOpportunity(r.value());
}

QList<Opportunity> OpportunityRepository::forPartner(qint64 partnerId) const
{
    QList<Opportunity> out;
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM opportunities WHERE partner_id = ? ORDER BY created_at DESC, id DESC")
                           .arg(QLatin1String(OpportunityColumns)),
                       {partnerId});
    if (r)
        while (r.value().next())
            out << readOpportunity(r.value());
    return out;
}

Result<qint64> OpportunityRepository::insert(const Opportunity &opportunity)
{
    QVariantList v = values(opportunity);
    v << Database::timestamp(opportunity.createdAt) << idOrNull(opportunity.createdBy);
    auto r = m_db.insert(QStringLiteral("INSERT INTO opportunities (name, partner_id, contact_id, expected_amount, expected_close, stage, "
                                      "assigned_to, team_id, source_id, description, from_lead_id, created_at, created_by) "
                                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       v);
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult OpportunityRepository::update(const Opportunity &opportunity)
{
    QVariantList v = values(opportunity);
    v << opportunity.id;
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE opportunities SET name = ?, partner_id = ?, contact_id = ?, expected_amount = ?, "
                                                     "expected_close = ?, stage = ?, assigned_to = ?, team_id = ?, source_id = ?, "
                                                     "description = ?, from_lead_id = ? WHERE id = ?"),
                                      v));
}
