#include "importlookuprepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {
/// Keys per query: far below SQLite's bound on parameters, large enough that
/// a batch of a thousand rows takes a handful of queries.
constexpr int KeysPerQuery = 250;
} // namespace

ImportLookupRepository::ImportLookupRepository(Database &db) : m_db(db) {}

bool ImportLookupRepository::hasContactPoints() const
{
    auto r = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM lead_contact_points WHERE kind IN ('email', 'phone'))"));
    return r && r.value().next() && r.value().value(0).toBool();
}

Result<QHash<QString, qint64>> ImportLookupRepository::leadsByContactKey(const QString &kind, const QStringList &keys) const
{
    QHash<QString, qint64> out;
    if (keys.isEmpty())
        return out;
    QStringList marks;
    marks.fill(QStringLiteral("?"), KeysPerQuery);
    // One statement for every chunk: a short last chunk repeats its first key.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT p.norm_key, MIN(p.lead_id) FROM lead_contact_points p "
                                  "JOIN leads l ON l.id = p.lead_id "
                                  "WHERE p.kind = ? AND p.norm_key IN (%1) AND l.merged_into IS NULL AND l.deleted_at IS NULL "
                                  "GROUP BY p.norm_key")
                       .arg(marks.join(QLatin1Char(',')))))
        return Problems{sqlProblem(q, QStringLiteral("lead_contact_points"))};
    for (qsizetype start = 0; start < keys.size(); start += KeysPerQuery) {
        q.bindValue(0, kind);
        for (int i = 0; i < KeysPerQuery; ++i) {
            const qsizetype k = start + i < keys.size() ? start + i : start;
            q.bindValue(i + 1, sqlText(keys.at(k)));
        }
        if (!q.exec())
            return Problems{sqlProblem(q, QStringLiteral("lead_contact_points"))};
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

QString ImportLookupRepository::phoneMatchKey(const QString &phoneKey, char which, const QString &nameKey)
{
    return phoneKey + QChar(0x1f) + QLatin1Char(which) + nameKey;
}

Result<QHash<QString, qint64>> ImportLookupRepository::leadsByPhoneAndName(const QStringList &keys) const
{
    QHash<QString, qint64> out;
    if (keys.isEmpty())
        return out;
    QStringList marks;
    marks.fill(QStringLiteral("?"), KeysPerQuery);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT p.norm_key, l.last_name_key, l.company_key, p.lead_id FROM lead_contact_points p "
                                  "JOIN leads l ON l.id = p.lead_id "
                                  "WHERE p.kind = 'phone' AND p.norm_key IN (%1) AND l.merged_into IS NULL AND l.deleted_at IS NULL")
                       .arg(marks.join(QLatin1Char(',')))))
        return Problems{sqlProblem(q, QStringLiteral("lead_contact_points"))};
    auto keep = [&out](const QString &key, qint64 id) {
        auto it = out.find(key);
        if (it == out.end())
            out.insert(key, id);
        else if (id < *it)
            *it = id;
    };
    for (qsizetype start = 0; start < keys.size(); start += KeysPerQuery) {
        for (int i = 0; i < KeysPerQuery; ++i) {
            const qsizetype k = start + i < keys.size() ? start + i : start;
            q.bindValue(i, sqlText(keys.at(k)));
        }
        if (!q.exec())
            return Problems{sqlProblem(q, QStringLiteral("lead_contact_points"))};
        while (q.next()) {
            const QString phone = q.value(0).toString();
            const qint64 id = q.value(3).toLongLong();
            if (const QString last = q.value(1).toString(); !last.isEmpty())
                keep(phoneMatchKey(phone, 'L', last), id);
            if (const QString company = q.value(2).toString(); !company.isEmpty())
                keep(phoneMatchKey(phone, 'C', company), id);
        }
    }
    return out;
}
