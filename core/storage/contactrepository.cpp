#include "contactrepository.h"

#include "database.h"
#include "normalize.h"

#include <QSqlQuery>

namespace {

const char *ContactColumns =
    "id, partner_id, civility, first_name, middle_name, last_name, function_id, department_id, email, phone, mobile, "
    "do_not_call, do_not_email, from_lead_id, created_at, created_by";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.partnerId = q.value(1).toLongLong();
    c.civility = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.middleName = q.value(4).toString();
    c.lastName = q.value(5).toString();
    c.functionId = q.value(6).toLongLong();
    c.departmentId = q.value(7).toLongLong();
    c.email = q.value(8).toString();
    c.phone = q.value(9).toString();
    c.mobile = q.value(10).toString();
    c.doNotCall = q.value(11).toInt() != 0;
    c.doNotEmail = q.value(12).toInt() != 0;
    c.fromLeadId = q.value(13).toLongLong();
    c.createdAt = Database::fromTimestamp(q.value(14).toString());
    c.createdBy = q.value(15).toLongLong();
    return c;
}

QVariantList values(const Contact &c)
{
    return {idOrNull(c.partnerId), c.civility, c.firstName, c.middleName, c.lastName, Normalize::text(c.fullName()),
            idOrNull(c.functionId), idOrNull(c.departmentId), c.email, c.phone, c.mobile, c.doNotCall ? 1 : 0,
            c.doNotEmail ? 1 : 0, idOrNull(c.fromLeadId)};
}

} // namespace

ContactRepository::ContactRepository(Database &db) : m_db(db) {}

std::optional<Contact> ContactRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(QLatin1String(ContactColumns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readContact(r.value());
}

QList<Contact> ContactRepository::forPartner(qint64 partnerId) const
{
    QList<Contact> out;
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE partner_id = ? ORDER BY name_key, id").arg(QLatin1String(ContactColumns)),
                       {partnerId});
    if (r)
        while (r.value().next())
            out << readContact(r.value());
    return out;
}

Result<qint64> ContactRepository::insert(const Contact &contact)
{
    QVariantList v = values(contact);
    v << Database::timestamp(contact.createdAt) << idOrNull(contact.createdBy);
    auto r = m_db.insert(QStringLiteral("INSERT INTO contacts (partner_id, civility, first_name, middle_name, last_name, name_key, "
                                      "function_id, department_id, email, phone, mobile, do_not_call, do_not_email, from_lead_id, "
                                      "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       v);
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult ContactRepository::update(const Contact &contact)
{
    QVariantList v = values(contact);
    v << contact.id;
    return VoidResult::from(m_db.exec(QStringLiteral("UPDATE contacts SET partner_id = ?, civility = ?, first_name = ?, middle_name = ?, "
                                                     "last_name = ?, name_key = ?, function_id = ?, department_id = ?, email = ?, "
                                                     "phone = ?, mobile = ?, do_not_call = ?, do_not_email = ?, from_lead_id = ? "
                                                     "WHERE id = ?"),
                                      v));
}
