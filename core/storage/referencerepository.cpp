#include "referencerepository.h"

#include "database.h"
#include "leadfield.h"
#include "normalize.h"

#include <QSqlQuery>

QString referenceTable(RefKind kind)
{
    switch (kind) {
    case RefKind::Industry: return QStringLiteral("industries");
    case RefKind::Function: return QStringLiteral("functions");
    case RefKind::Department: return QStringLiteral("departments");
    case RefKind::Source: return QStringLiteral("sources");
    case RefKind::Category: return QStringLiteral("categories");
    case RefKind::LossReason: return QStringLiteral("loss_reasons");
    case RefKind::SalesDirection: return QStringLiteral("sales_directions");
    case RefKind::Product: return QStringLiteral("products");
    case RefKind::Campaign: return QStringLiteral("campaigns");
    case RefKind::DistributionChannel: return QStringLiteral("distribution_channels");
    case RefKind::Location: return QStringLiteral("locations");
    case RefKind::MarketingList: return QStringLiteral("marketing_lists");
    case RefKind::Team: return QStringLiteral("teams");
    case RefKind::Agency: return QStringLiteral("agencies");
    case RefKind::Company: return QStringLiteral("companies");
    case RefKind::Tag: return QStringLiteral("tags");
    case RefKind::Country: return QStringLiteral("countries");
    case RefKind::City: return QStringLiteral("cities");
    case RefKind::User: return QStringLiteral("users");
    case RefKind::Status: return QStringLiteral("lead_statuses");
    case RefKind::Partner: return QStringLiteral("partners");
    case RefKind::Contact: return QStringLiteral("contacts");
    case RefKind::None: break;
    }
    return {};
}

namespace {

/// Extra column of a list: tags have a colour, countries a code, products a direction.
QString extraColumn(RefKind kind)
{
    switch (kind) {
    case RefKind::Tag: return QStringLiteral("color");
    case RefKind::Country: return QStringLiteral("code");
    case RefKind::Product: return QStringLiteral("direction_id");
    default: return {};
    }
}

ReferenceItem readItem(RefKind kind, const QSqlQuery &q)
{
    ReferenceItem item;
    item.id = q.value(0).toLongLong();
    item.name = q.value(1).toString();
    if (kind == RefKind::Tag)
        item.color = q.value(2).toString();
    else if (kind == RefKind::Country)
        item.code = q.value(2).toString();
    else if (kind == RefKind::Product)
        item.parentId = q.value(2).toLongLong();
    return item;
}

QVariant extraValue(RefKind kind, const ReferenceItem &item)
{
    if (kind == RefKind::Tag)
        return item.color.isEmpty() ? QStringLiteral("#808080") : item.color;
    if (kind == RefKind::Country)
        return item.code.toUpper();
    return item.parentId;
}

QString selectColumns(RefKind kind)
{
    const QString extra = extraColumn(kind);
    return extra.isEmpty() ? QStringLiteral("id, name") : QStringLiteral("id, name, ") + extra;
}

} // namespace

ReferenceRepository::ReferenceRepository(Database &db) : m_db(db) {}

bool ReferenceRepository::supports(RefKind kind)
{
    return refListInfo(kind) != nullptr;
}

QList<ReferenceItem> ReferenceRepository::all(RefKind kind) const
{
    QList<ReferenceItem> out;
    if (!supports(kind))
        return out;
    QSqlQuery q = m_db.stream(QStringLiteral("SELECT %1 FROM %2 ORDER BY name_key").arg(selectColumns(kind), referenceTable(kind)));
    if (q.isActive())
        while (q.next())
            out << readItem(kind, q);
    return out;
}

std::optional<ReferenceItem> ReferenceRepository::find(RefKind kind, qint64 id) const
{
    if (!supports(kind))
        return std::nullopt;
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(kind), referenceTable(kind)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readItem(kind, r.value());
}

qint64 ReferenceRepository::idByNameKey(RefKind kind, const QString &nameKey, qint64 parentId) const
{
    if (!supports(kind))
        return 0;
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE name_key = ?").arg(referenceTable(kind));
    QVariantList b{nameKey};
    if (kind == RefKind::Product && parentId != 0) {
        sql += QStringLiteral(" AND direction_id = ?");
        b << parentId;
    }
    auto r = m_db.exec(sql + QStringLiteral(" ORDER BY id LIMIT 1"), b);
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

qint64 ReferenceRepository::countryIdByCode(const QString &code) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM countries WHERE code = ?"), {code.trimmed().toUpper()});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

Result<qint64> ReferenceRepository::insert(RefKind kind, const ReferenceItem &item)
{
    const QString extra = extraColumn(kind);
    QVariantList b{item.name.trimmed(), Normalize::text(item.name)};
    QString sql;
    if (extra.isEmpty()) {
        sql = QStringLiteral("INSERT INTO %1 (name, name_key) VALUES (?, ?)").arg(referenceTable(kind));
    } else {
        sql = QStringLiteral("INSERT INTO %1 (name, name_key, %2) VALUES (?, ?, ?)").arg(referenceTable(kind), extra);
        b << extraValue(kind, item);
    }
    return m_db.insert(sql, b);
}

VoidResult ReferenceRepository::update(RefKind kind, const ReferenceItem &item)
{
    const QString extra = extraColumn(kind);
    QVariantList b{item.name.trimmed(), Normalize::text(item.name)};
    QString sql;
    if (extra.isEmpty()) {
        sql = QStringLiteral("UPDATE %1 SET name = ?, name_key = ? WHERE id = ?").arg(referenceTable(kind));
    } else {
        sql = QStringLiteral("UPDATE %1 SET name = ?, name_key = ?, %2 = ? WHERE id = ?").arg(referenceTable(kind), extra);
        b << extraValue(kind, item);
    }
    b << item.id;
    return VoidResult::from(m_db.exec(sql, b));
}

VoidResult ReferenceRepository::remove(RefKind kind, qint64 id)
{
    return VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(referenceTable(kind)), {id}));
}

qint64 ReferenceRepository::leadUsage(RefKind kind, qint64 id) const
{
    // Qt's SQLite driver refuses a numbered parameter used twice ("?1 … ?1"):
    // one "?" per use, each bound to the id.
    QString sql;
    int uses = 1;
    if (kind == RefKind::Tag) {
        sql = QStringLiteral("SELECT COUNT(*) FROM lead_tags WHERE tag_id = ?");
    } else if (kind == RefKind::MarketingList) {
        sql = QStringLiteral("SELECT COUNT(*) FROM lead_marketing_lists WHERE list_id = ?");
    } else if (kind == RefKind::SalesDirection) {
        // Removing a direction removes its products (ON DELETE CASCADE): leads
        // using one of them use the direction too.
        sql = QStringLiteral("SELECT COUNT(*) FROM leads WHERE sales_direction_id = ? "
                             "OR product_id IN (SELECT id FROM products WHERE direction_id = ?)");
        uses = 2;
    } else {
        QStringList cols;
        for (const LeadField &f : leadFields())
            if (f.kind == FieldKind::Reference && f.ref == kind && !f.column.isEmpty())
                cols << f.column + QStringLiteral(" = ?");
        if (cols.isEmpty())
            return 0;
        sql = QStringLiteral("SELECT COUNT(*) FROM leads WHERE ") + cols.join(QStringLiteral(" OR "));
        uses = int(cols.size());
    }
    QVariantList bindings;
    for (int i = 0; i < uses; ++i)
        bindings << id;
    auto r = m_db.exec(sql, bindings);
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

namespace {
City readCity(const QSqlQuery &q)
{
    City c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.postalCode = q.value(2).toString();
    c.region = q.value(3).toString();
    c.countryId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        c.latitude = q.value(5).toDouble();
    if (!q.value(6).isNull())
        c.longitude = q.value(6).toDouble();
    return c;
}
} // namespace

QList<City> ReferenceRepository::cities(const QString &nameKeyPrefix, int limit) const
{
    QList<City> out;
    auto r = m_db.exec(QStringLiteral("SELECT id, name, postal_code, region, country_id, latitude, longitude FROM cities "
                                      "WHERE name_key >= ? AND name_key < ? ORDER BY name_key, postal_code LIMIT ?"),
                       {nameKeyPrefix, nameKeyPrefix + QChar(0xFFFF), limit});
    if (r)
        while (r.value().next())
            out << readCity(r.value());
    return out;
}

std::optional<City> ReferenceRepository::city(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id, name, postal_code, region, country_id, latitude, longitude FROM cities WHERE id = ?"), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    return readCity(r.value());
}

qint64 ReferenceRepository::cityId(const QString &nameKey, const QString &postalCode, qint64 countryId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM cities WHERE name_key = ? AND postal_code = ? AND IFNULL(country_id, 0) = ?"),
                       {nameKey, postalCode, countryId});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

Result<bool> ReferenceRepository::removeCity(qint64 id)
{
    auto used = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE city_id = ?"), {id});
    if (!used)
        return used.problems();
    if (used.value().next() && used.value().value(0).toLongLong() > 0)
        return false;
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM cities WHERE id = ?"), {id}); !r)
        return r.problems();
    return true;
}

Result<qint64> ReferenceRepository::insertCity(const City &c)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO cities (name, name_key, postal_code, region, country_id, latitude, longitude) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {c.name.trimmed(), Normalize::text(c.name), c.postalCode.trimmed(), c.region.trimmed(),
                        c.countryId ? QVariant(c.countryId) : QVariant(),
                        c.latitude ? QVariant(*c.latitude) : QVariant(),
                        c.longitude ? QVariant(*c.longitude) : QVariant()});
    if (!r)
        return r.problems();
    return r.value();
}

qint64 ReferenceRepository::cityCount() const
{
    auto r = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM cities"));
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

bool referenceExists(Database &db, RefKind kind, qint64 id)
{
    const QString table = referenceTable(kind);
    if (table.isEmpty())
        return false;
    auto r = db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    return r && r.value().next();
}

QString recordName(Database &db, RefKind kind, qint64 id)
{
    QString sql;
    if (kind == RefKind::Partner)
        sql = QStringLiteral("SELECT name FROM partners WHERE id = ?");
    else if (kind == RefKind::Contact)
        sql = QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?");
    else
        return {};
    auto r = db.exec(sql, {id});
    return (r && r.value().next()) ? r.value().value(0).toString() : QString();
}

qint64 partnerIdByTin(Database &db, const QString &tinDigits)
{
    if (tinDigits.isEmpty())
        return 0;
    auto r = db.exec(QStringLiteral("SELECT id FROM partners WHERE tin = ? ORDER BY id LIMIT 1"), {tinDigits});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

qint64 contactPartnerId(Database &db, qint64 contactId)
{
    auto r = db.exec(QStringLiteral("SELECT partner_id FROM contacts WHERE id = ?"), {contactId});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

qint64 recordIdByName(Database &db, RefKind kind, const QString &nameKey)
{
    QString sql;
    if (kind == RefKind::Partner)
        sql = QStringLiteral("SELECT id FROM partners WHERE name_key = ? ORDER BY id LIMIT 1");
    else if (kind == RefKind::Contact)
        sql = QStringLiteral("SELECT id FROM contacts WHERE name_key = ? ORDER BY id LIMIT 1");
    else
        return 0;
    auto r = db.exec(sql, {nameKey});
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}
