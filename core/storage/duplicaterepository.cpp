#include "duplicaterepository.h"

#include "database.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

/// The stored column of a single-valued duplicate field.
QString keyColumn(const QString &fieldKey)
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("company"), QStringLiteral("company_key")},
        {QStringLiteral("first_name"), QStringLiteral("first_name_key")},
        {QStringLiteral("last_name"), QStringLiteral("last_name_key")},
        {QStringLiteral("full_name"), QStringLiteral("full_name_key")},
        {QStringLiteral("function"), QStringLiteral("function_id")},
        {QStringLiteral("city"), QStringLiteral("city_key")},
        {QStringLiteral("tin"), QStringLiteral("tin_key")},
    };
    return columns.value(fieldKey);
}

/// Appends the ids of "1,5,9" to `out` as one group (sorted, without
/// merged leads or repeats) when two or more remain.
void appendGroup(const QString &text, const QSet<qint64> &merged, KeyGroups &out)
{
    thread_local std::vector<qint64> ids;
    ids.clear();
    qint64 value = 0;
    bool inNumber = false;
    for (QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            inNumber = true;
        } else if (inNumber) {
            ids.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        ids.push_back(value);
    if (!merged.isEmpty())
        ids.erase(std::remove_if(ids.begin(), ids.end(), [&merged](qint64 id) { return merged.contains(id); }), ids.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() < 2)
        return;
    out.ids.insert(out.ids.end(), ids.begin(), ids.end());
    out.starts.push_back(qsizetype(out.ids.size()));
}

} // namespace

DuplicateRepository::DuplicateRepository(Database &db) : m_db(db) {}

QStringList DuplicateRepository::fieldKeys()
{
    return {QStringLiteral("company"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("full_name"),
            QStringLiteral("function"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("city"),
            QStringLiteral("tin")};
}

bool DuplicateRepository::isMultiValued(const QString &fieldKey)
{
    return fieldKey == QLatin1String("email") || fieldKey == QLatin1String("phone");
}

QSet<qint64> DuplicateRepository::mergedIds() const
{
    QSet<qint64> out;
    auto r = m_db.exec(QStringLiteral("SELECT id FROM leads WHERE merged_into IS NOT NULL"));
    if (r)
        while (r.value().next())
            out.insert(r.value().value(0).toLongLong());
    return out;
}

Result<KeyGroups> DuplicateRepository::groups(const QStringList &fieldKeys, const QList<qint64> &scope) const
{
    auto unknown = [](const QString &key) {
        return Result<KeyGroups>(Problems{Problem{QStringLiteral("fields"), QStringLiteral("unknown duplicate field %1").arg(key)}});
    };
    if (fieldKeys.isEmpty())
        return unknown(QString());
    QString sql;
    QVariantList bindings;
    QSet<qint64> merged;
    if (isMultiValued(fieldKeys.first())) {
        if (fieldKeys.size() != 1)
            return unknown(fieldKeys.join(QLatin1Char(',')));
        // Two steps, both on the (norm_key, kind) index: the keys held twice
        // or more (a covering scan), then the leads of those keys only.
        // Merged leads are few: they are dropped afterwards rather than
        // joined row by row.
        const QString inScope = scope.isEmpty() ? QString() : QStringLiteral(" AND lead_id IN (%1)").arg(idList(scope));
        sql = QStringLiteral("SELECT group_concat(lead_id) FROM lead_contact_points WHERE kind = ?%1 AND norm_key IN "
                             "(SELECT norm_key FROM lead_contact_points WHERE kind = ? AND norm_key <> ''%1 "
                             "GROUP BY norm_key HAVING COUNT(*) > 1) GROUP BY norm_key")
                  .arg(inScope);
        bindings << fieldKeys.first() << fieldKeys.first();
        merged = mergedIds();
    } else {
        QStringList columns, conditions{QStringLiteral("merged_into IS NULL")};
        for (const QString &key : fieldKeys) {
            const QString column = keyColumn(key);
            if (column.isEmpty())
                return unknown(key);
            columns << column;
            conditions << (key == QLatin1String("function") ? QStringLiteral("%1 IS NOT NULL").arg(column)
                                                            : QStringLiteral("%1 <> ''").arg(column));
        }
        if (!scope.isEmpty())
            conditions << QStringLiteral("id IN (%1)").arg(idList(scope));
        // One key: merged_into IS NULL matches the partial index on it, which
        // covers the whole query. Several keys: one scan of the table and one
        // sort beat walking one key's index with a row lookup per lead.
        sql = QStringLiteral("SELECT group_concat(id) FROM leads%1 WHERE %2 GROUP BY %3 HAVING COUNT(*) > 1")
                  .arg(columns.size() > 1 ? QStringLiteral(" NOT INDEXED") : QString(), conditions.join(QStringLiteral(" AND ")),
                       columns.join(QStringLiteral(", ")));
    }
    QSqlQuery q = m_db.query(sql);
    q.setForwardOnly(true);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return Problems{sqlProblem(q, QStringLiteral("duplicate groups"))};
    KeyGroups out;
    while (q.next())
        appendGroup(q.value(0).toString(), merged, out);
    return out;
}

QSet<std::pair<qint64, qint64>> DuplicateRepository::notDuplicatePairs() const
{
    QSet<std::pair<qint64, qint64>> out;
    auto r = m_db.exec(QStringLiteral("SELECT lead_a, lead_b FROM not_duplicates"));
    if (r)
        while (r.value().next())
            out.insert({r.value().value(0).toLongLong(), r.value().value(1).toLongLong()});
    return out;
}

VoidResult DuplicateRepository::insertNotDuplicates(const QList<std::pair<qint64, qint64>> &pairs)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT OR IGNORE INTO not_duplicates (lead_a, lead_b) VALUES (?, ?)"));
    for (const auto &[a, b] : pairs) {
        q.addBindValue(std::min(a, b));
        q.addBindValue(std::max(a, b));
        if (!q.exec())
            return Problems{sqlProblem(q, QStringLiteral("not_duplicates"))};
    }
    return {};
}

VoidResult DuplicateRepository::removeNotDuplicates(const QList<std::pair<qint64, qint64>> &pairs)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM not_duplicates WHERE lead_a = ? AND lead_b = ?"));
    for (const auto &[a, b] : pairs) {
        q.addBindValue(std::min(a, b));
        q.addBindValue(std::max(a, b));
        if (!q.exec())
            return Problems{sqlProblem(q, QStringLiteral("not_duplicates"))};
    }
    return {};
}
