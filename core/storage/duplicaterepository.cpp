#include "duplicaterepository.h"

#include "database.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

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
        if (columns.size() > 1)
            return hashedGroups(columns, conditions.join(QStringLiteral(" AND ")));
        // One key: merged_into IS NULL matches the partial index on it, which
        // covers the whole query.
        sql = QStringLiteral("SELECT group_concat(id) FROM leads WHERE %1 GROUP BY %2 HAVING COUNT(*) > 1")
                  .arg(conditions.join(QStringLiteral(" AND ")), columns.join(QStringLiteral(", ")));
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

namespace {

struct Statement
{
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st{nullptr, sqlite3_finalize};
    bool prepare(sqlite3 *db, const QString &sql)
    {
        sqlite3_stmt *raw = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const bool ok = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) == SQLITE_OK;
        st.reset(raw);
        return ok;
    }
    /// Columns [from, from + n) as one string, each followed by a unit separator.
    void key(int from, int n, std::string &out) const
    {
        out.clear();
        for (int c = from; c < from + n; ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), c));
            out.append(text ? text : "", size_t(sqlite3_column_bytes(st.get(), c)));
            out.push_back('\x1f');
        }
    }
};

Problem nativeProblem(sqlite3 *db)
{
    return Problem{QString(), QStringLiteral("duplicate groups: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace

Result<KeyGroups> DuplicateRepository::hashedGroups(const QStringList &columns, const QString &where) const
{
    // Several keys at once. A GROUP BY on them sorts every lead's strings in
    // a temporary B-tree; here one scan hashes each lead's keys, a sort of
    // 16-byte (hash, id) pairs brings equal hashes together, and only the
    // leads that share a hash have their keys read again and compared, so
    // a hash collision never joins two leads.
    sqlite3 *db = m_db.nativeHandle();
    Statement scan;
    if (!scan.prepare(db, QStringLiteral("SELECT id, %1 FROM leads NOT INDEXED WHERE %2").arg(columns.join(QStringLiteral(", ")), where)))
        return Problems{nativeProblem(db)};
    const int n = int(columns.size());
    struct Hashed
    {
        quint64 hash;
        qint64 id;
    };
    std::vector<Hashed> rows;
    std::string key;
    int rc;
    while ((rc = sqlite3_step(scan.st.get())) == SQLITE_ROW) {
        scan.key(1, n, key);
        rows.push_back({quint64(std::hash<std::string_view>{}(key)), sqlite3_column_int64(scan.st.get(), 0)});
    }
    if (rc != SQLITE_DONE)
        return Problems{nativeProblem(db)};
    std::sort(rows.begin(), rows.end(), [](const Hashed &a, const Hashed &b) { return a.hash != b.hash ? a.hash < b.hash : a.id < b.id; });

    Statement lookup;
    if (!lookup.prepare(db, QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(columns.join(QStringLiteral(", ")))))
        return Problems{nativeProblem(db)};
    KeyGroups out;
    std::vector<std::pair<std::string, qint64>> run;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j].hash == rows[i].hash)
            ++j;
        if (j - i >= 2) {
            run.clear();
            for (size_t k = i; k < j; ++k) {
                sqlite3_reset(lookup.st.get());
                sqlite3_bind_int64(lookup.st.get(), 1, rows[k].id);
                if (sqlite3_step(lookup.st.get()) != SQLITE_ROW)
                    return Problems{nativeProblem(db)};
                lookup.key(0, n, key);
                run.emplace_back(key, rows[k].id);
            }
            std::sort(run.begin(), run.end());
            for (size_t a = 0; a < run.size();) {
                size_t b = a + 1;
                while (b < run.size() && run[b].first == run[a].first)
                    ++b;
                if (b - a >= 2) {
                    for (size_t k = a; k < b; ++k)
                        out.ids.push_back(run[k].second);
                    out.starts.push_back(qsizetype(out.ids.size()));
                }
                a = b;
            }
        }
        i = j;
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

QSet<qint64> DuplicateRepository::notDuplicatesOf(qint64 leadId) const
{
    QSet<qint64> out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT lead_b FROM not_duplicates WHERE lead_a = ? UNION SELECT lead_a FROM not_duplicates WHERE lead_b = ?"));
    q.addBindValue(leadId);
    q.addBindValue(leadId);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong());
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
