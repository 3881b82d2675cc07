#include "partnerrepository.h"

#include "database.h"
#include "normalize.h"

#include <QSqlQuery>

namespace {

const char *PartnerColumns =
    "id, name, partner_type, prospect_status_id, tin, website, email, phone, street, postal_code, city, "
    "country_id, industry_id, source_id, category_id, assigned_to, team_id, score, company_size, key_account, "
    "description, from_lead_id, created_at, created_by";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Partner readPartner(const QSqlQuery &q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    Partner::typeFromKey(q.value(2).toString(), &p.type);
    p.prospectStatusId = q.value(3).toLongLong();
    p.tin = q.value(4).toString();
    p.website = q.value(5).toString();
    p.email = q.value(6).toString();
    p.phone = q.value(7).toString();
    p.street = q.value(8).toString();
    p.postalCode = q.value(9).toString();
    p.city = q.value(10).toString();
    p.countryId = q.value(11).toLongLong();
    p.industryId = q.value(12).toLongLong();
    p.sourceId = q.value(13).toLongLong();
    p.categoryId = q.value(14).toLongLong();
    p.assignedTo = q.value(15).toLongLong();
    p.teamId = q.value(16).toLongLong();
    p.score = q.value(17).toInt();
    p.companySize = q.value(18).toString();
    p.keyAccount = q.value(19).toInt() != 0;
    p.description = q.value(20).toString();
    p.fromLeadId = q.value(21).toLongLong();
    p.createdAt = Database::fromTimestamp(q.value(22).toString());
    p.createdBy = q.value(23).toLongLong();
    return p;
}

QVariantList values(const Partner &p)
{
    return {p.name, Normalize::text(p.name), Partner::typeKey(p.type), idOrNull(p.prospectStatusId),
            Normalize::digits(p.tin), p.website, p.email, p.phone, p.street, p.postalCode, p.city,
            idOrNull(p.countryId), idOrNull(p.industryId), idOrNull(p.sourceId), idOrNull(p.categoryId),
            idOrNull(p.assignedTo), idOrNull(p.teamId), p.score, p.companySize, p.keyAccount ? 1 : 0,
            p.description, idOrNull(p.fromLeadId)};
}

ProspectStatus readStatus(const QSqlQuery &q)
{
    ProspectStatus s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.sequence = q.value(2).toInt();
    s.isWon = q.value(3).toInt() != 0;
    s.isLost = q.value(4).toInt() != 0;
    return s;
}

} // namespace

PartnerRepository::PartnerRepository(Database &db) : m_db(db) {}

std::optional<Partner> PartnerRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM partners WHERE id = ?").arg(QLatin1String(PartnerColumns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readPartner(r.value());
}

QList<Partner> PartnerRepository::list(const QString &nameKeyPrefix, int limit) const
{
    QList<Partner> out;
    auto r = nameKeyPrefix.isEmpty()
                 ? m_db.exec(QStringLiteral("SELECT %1 FROM partners ORDER BY name_key, id LIMIT ?").arg(QLatin1String(PartnerColumns)), {limit})
                 : m_db.exec(QStringLiteral("SELECT %1 FROM partners WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?")
                                 .arg(QLatin1String(PartnerColumns)),
                             {nameKeyPrefix, nameKeyPrefix + QChar(0xFFFF), limit});
    if (r)
        while (r.value().next())
            out << readPartner(r.value());
    return out;
}

Result<qint64> PartnerRepository::insert(const Partner &partner)
{
    QVariantList v = values(partner);
    v << Database::timestamp(partner.createdAt) << idOrNull(partner.createdBy);
    auto r = m_db.insert(QStringLiteral(
                           "INSERT INTO partners (name, name_key, partner_type, prospect_status_id, tin, website, email, phone, "
                           "street, postal_code, city, country_id, industry_id, source_id, category_id, assigned_to, team_id, "
                           "score, company_size, key_account, description, from_lead_id, created_at, created_by) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       v);
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult PartnerRepository::update(const Partner &partner)
{
    QVariantList v = values(partner);
    v << partner.id;
    return VoidResult::from(m_db.exec(QStringLiteral(
                                          "UPDATE partners SET name = ?, name_key = ?, partner_type = ?, prospect_status_id = ?, tin = ?, "
                                          "website = ?, email = ?, phone = ?, street = ?, postal_code = ?, city = ?, country_id = ?, "
                                          "industry_id = ?, source_id = ?, category_id = ?, assigned_to = ?, team_id = ?, score = ?, "
                                          "company_size = ?, key_account = ?, description = ?, from_lead_id = ? WHERE id = ?"),
                                      v));
}

QList<ProspectStatus> PartnerRepository::prospectStatuses() const
{
    QList<ProspectStatus> out;
    auto r = m_db.exec(QStringLiteral("SELECT id, name, sequence, is_won, is_lost FROM prospect_statuses ORDER BY sequence, id"));
    if (r)
        while (r.value().next())
            out << readStatus(r.value());
    return out;
}

std::optional<ProspectStatus> PartnerRepository::prospectStatus(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, name, sequence, is_won, is_lost FROM prospect_statuses WHERE id = ?"), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readStatus(r.value());
}

std::optional<ProspectStatus> PartnerRepository::prospectStatusByNameKey(const QString &nameKey) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, name, sequence, is_won, is_lost FROM prospect_statuses WHERE name_key = ?"), {nameKey});
    if (!r || !r.value().next())
        return std::nullopt;
    return readStatus(r.value());
}

VoidResult PartnerRepository::removeConverted(qint64 partner, const QList<qint64> &contacts, qint64 opportunity)
{
    if (opportunity)
        if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM opportunities WHERE id = ?"), {opportunity})); !r)
            return r;
    for (qint64 id : contacts)
        if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {id})); !r)
            return r;
    if (partner)
        if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM partners WHERE id = ?"), {partner})); !r)
            return r;
    return {};
}

bool PartnerRepository::usedBeyond(qint64 partner, qint64 leadId, const QList<qint64> &contacts, qint64 opportunity) const
{
    QStringList ids;
    for (qint64 id : contacts)
        ids << QString::number(id);
    const QString notContacts = ids.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("id NOT IN (%1)").arg(ids.join(QLatin1Char(',')));
    auto q = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM leads WHERE id <> ? AND (partner_id = ? OR converted_partner_id = ? "
                                      "OR channel_partner_id = ?)) + (SELECT COUNT(*) FROM contacts WHERE partner_id = ? AND %1) "
                                      "+ (SELECT COUNT(*) FROM opportunities WHERE partner_id = ? AND id <> ?)")
                           .arg(notContacts),
                       {leadId, partner, partner, partner, partner, partner, opportunity});
    return !q || !q.value().next() || q.value().value(0).toLongLong() > 0;
}
