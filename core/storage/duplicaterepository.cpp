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

/// Appends the ids of "1,5,9" to `out`, skipping merged leads; returns how many.
qsizetype appendIds(const QString &text, const QSet<qint64> &merged, std::vector<qint64> &out)
{
    qsizetype n = 0;
    qint64 value = 0;
    bool inNumber = false;
    auto flush = [&] {
        if (inNumber && !merged.contains(value)) {
            out.push_back(value);
            ++n;
        }
        value = 0;
        inNumber = false;
    };
    for (QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            inNumber = true;
        } else {
            flush();
        }
    }
    flush();
    return n;
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

Result<KeyGroups> DuplicateRepository::groups(const QString &fieldKey, const QList<qint64> &scope) const
{
    QString sql;
    QVariantList bindings;
    QSet<qint64> merged;
    if (isMultiValued(fieldKey)) {
        // The (norm_key, kind) index gives the keys in order; merged leads are
        // few, so they are dropped afterwards rather than joined row by row.
        sql = QStringLiteral("SELECT group_concat(DISTINCT lead_id) FROM lead_contact_points "
                             "WHERE kind = ? AND norm_key <> ''%1 GROUP BY norm_key HAVING COUNT(DISTINCT lead_id) > 1")
                  .arg(scope.isEmpty() ? QString() : QStringLiteral(" AND lead_id IN (%1)").arg(idList(scope)));
        bindings << fieldKey;
        merged = mergedIds();
    } else {
        const QString column = keyColumn(fieldKey);
        if (column.isEmpty())
            return Problems{Problem{QStringLiteral("fields"), QStringLiteral("unknown duplicate field %1").arg(fieldKey)}};
        // merged_into IS NULL matches the partial indexes on the key columns,
        // which then cover the whole query.
        const QString notBlank = fieldKey == QLatin1String("function") ? QStringLiteral("%1 IS NOT NULL").arg(column)
                                                                       : QStringLiteral("%1 <> ''").arg(column);
        sql = QStringLiteral("SELECT group_concat(id) FROM leads WHERE merged_into IS NULL AND %1%2 GROUP BY %3 HAVING COUNT(*) > 1")
                  .arg(notBlank, scope.isEmpty() ? QString() : QStringLiteral(" AND id IN (%1)").arg(idList(scope)), column);
    }
    QSqlQuery q = m_db.query(sql);
    q.setForwardOnly(true);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return Problems{sqlProblem(q, QStringLiteral("duplicate groups"))};
    KeyGroups out;
    while (q.next()) {
        const qsizetype n = appendIds(q.value(0).toString(), merged, out.ids);
        if (n == 1)
            out.ids.pop_back(); // the others of the group were merged away
        else if (n > 1)
            out.starts.push_back(qsizetype(out.ids.size()));
    }
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
