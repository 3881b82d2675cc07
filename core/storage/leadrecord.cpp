#include "leadrecord.h"

#include "database.h"
#include "leadfield.h"
#include "normalize.h"

const QList<const LeadField *> &LeadRecord::columnFields()
{
    static const QList<const LeadField *> fields = [] {
        QList<const LeadField *> out;
        for (const LeadField &f : leadFields())
            if (!f.column.isEmpty() && f.key != QLatin1String("id"))
                out << &f;
        return out;
    }();
    return fields;
}

const QStringList &LeadRecord::keyColumnNames()
{
    static const QStringList keys{QStringLiteral("first_name_key"), QStringLiteral("last_name_key"),
                                  QStringLiteral("full_name_key"),  QStringLiteral("company_key"),
                                  QStringLiteral("city_key"),       QStringLiteral("tin_key"),
                                  QStringLiteral("email_key"),      QStringLiteral("phone_key")};
    return keys;
}

const QStringList &LeadRecord::columnNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const LeadField *f : columnFields())
            out << f->column;
        return out + keyColumnNames();
    }();
    return names;
}

QVariant LeadRecord::toSql(const LeadField &f, const QVariant &v)
{
    switch (f.kind) {
    case FieldKind::Bool: return v.toBool() ? 1 : 0;
    case FieldKind::Reference: return v.toLongLong() == 0 ? QVariant() : v.toLongLong();
    case FieldKind::Decimal: return v.isNull() ? QVariant() : v.toDouble();
    case FieldKind::Date: return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QVariant();
    case FieldKind::DateTime: return v.toDateTime().isValid() ? Database::timestamp(v.toDateTime()) : QVariant();
    case FieldKind::Int: return v.toInt();
    default: return sqlText(v.toString());
    }
}

QVariant LeadRecord::fromSql(const LeadField &f, const QVariant &v)
{
    switch (f.kind) {
    case FieldKind::Bool: return v.toInt() != 0;
    case FieldKind::Reference: return v.isNull() ? qint64(0) : v.toLongLong();
    case FieldKind::Decimal: return v.isNull() ? QVariant() : QVariant(v.toDouble());
    case FieldKind::Date: return QDate::fromString(v.toString(), Qt::ISODate);
    case FieldKind::DateTime: return Database::fromTimestamp(v.toString());
    case FieldKind::Int: return v.toInt();
    default: return v.toString();
    }
}

LeadRecord LeadRecord::from(const Lead &lead, const QString &region)
{
    LeadRecord r;
    const QList<const LeadField *> &fields = columnFields();
    r.values.reserve(fields.size() + keyColumnNames().size());
    for (const LeadField *f : fields)
        r.values << toSql(*f, f->get(lead));

    const QString fullName = lead.fullName();
    const QString companyKey = Normalize::text(lead.company);
    const QString cityKey = Normalize::text(lead.city);
    r.values << sqlText(Normalize::text(lead.firstName)) << sqlText(Normalize::text(lead.lastName))
             << sqlText(Normalize::text(fullName)) << sqlText(companyKey) << sqlText(cityKey)
             << sqlText(Normalize::digits(lead.tin));

    QStringList emailKeys;
    auto addEmails = [&](const QString &kind, const QStringList &values) {
        for (int i = 0; i < values.size(); ++i) {
            const QString key = Normalize::email(values.at(i));
            r.points << ContactPoint{kind, i, values.at(i), key};
            emailKeys << key;
        }
    };
    addEmails(QStringLiteral("email"), lead.emails);
    addEmails(QStringLiteral("billing_email"), lead.billingEmails);

    QStringList phoneTerms;
    auto addPhoneTerms = [&](const QString &typed, const QString &canonical) {
        if (typed.trimmed().isEmpty())
            return;
        QString digitsOnly = canonical;
        digitsOnly.remove(QLatin1Char('+'));
        phoneTerms << digitsOnly << Normalize::digits(typed);
        // "(415) 555…" finds "+1 415 555…": the number without its country code too.
        if (const QString national = Normalize::nationalDigits(canonical); !national.isEmpty())
            phoneTerms << national;
    };
    for (int i = 0; i < lead.phones.size(); ++i) {
        const QString &typed = lead.phones.at(i);
        const QString key = Normalize::phone(typed, region);
        r.points << ContactPoint{QStringLiteral("phone"), i, typed, key};
        addPhoneTerms(typed, key);
    }
    if (!lead.mobile.trimmed().isEmpty())
        addPhoneTerms(lead.mobile, Normalize::phone(lead.mobile, region));

    // The first email and phone keys, stored on the lead so that the grid
    // sorts by them through an index.
    QString firstEmail;
    QString firstPhone;
    for (const ContactPoint &p : std::as_const(r.points)) {
        if (p.position != 0)
            continue;
        if (p.kind == QLatin1String("email"))
            firstEmail = p.key;
        else if (p.kind == QLatin1String("phone"))
            firstPhone = p.key;
    }
    r.values << sqlText(firstEmail) << sqlText(firstPhone);

    r.hasFts = lead.mergedInto == 0 && !lead.deletedAt.isValid();
    if (r.hasFts) {
        r.fts.name = Normalize::text(fullName + QLatin1Char(' ') + lead.title);
        r.fts.company = companyKey;
        r.fts.email = emailKeys.join(QLatin1Char(' '));
        r.fts.phone = phoneTerms.join(QLatin1Char(' '));
        r.fts.city = cityKey;
    }
    return r;
}
