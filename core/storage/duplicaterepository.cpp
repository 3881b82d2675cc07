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
    auto r = m_db.exec(QStringLiteral("SELECT id FROM leads WHERE merged_into IS NOT NULL OR deleted_at IS NOT NULL"));
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
        sql = QStringLiteral("SELECT %2 FROM lead_contact_points WHERE kind = ?%1 AND norm_key IN "
                             "(SELECT norm_key FROM lead_contact_points WHERE kind = ? AND norm_key <> ''%1 "
                             "GROUP BY norm_key HAVING COUNT(*) > 1) GROUP BY norm_key")
                  .arg(inScope, m_db.joinIds(QStringLiteral("lead_id")));
        bindings << fieldKeys.first() << fieldKeys.first();
        merged = mergedIds();
    } else {
        QStringList columns, conditions{QStringLiteral("merged_into IS NULL"), QStringLiteral("deleted_at IS NULL")};
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
        // Several keys: hashed through the SQLite handle; PostgreSQL groups
        // them itself (a hash aggregate over the live leads).
        if (columns.size() > 1 && m_db.nativeHandle())
            return hashedGroups(columns, conditions.mid(2, columns.size()),
                                scope.isEmpty() ? QString() : QStringLiteral("id IN (%1)").arg(idList(scope)));
        // One key: the live conditions match the partial index on it, which
        // covers the whole query.
        sql = QStringLiteral("SELECT %3 FROM leads WHERE %1 GROUP BY %2 HAVING COUNT(*) > 1")
                  .arg(conditions.join(QStringLiteral(" AND ")), columns.join(QStringLiteral(", ")), m_db.joinIds(QStringLiteral("id")));
    }
    QSqlQuery q = m_db.stream(sql, bindings);
    if (!q.isActive())
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
};

Problem nativeProblem(sqlite3 *db)
{
    return Problem{QString(), QStringLiteral("duplicate groups: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace

Result<KeyGroups> DuplicateRepository::hashedGroups(const QStringList &columns, const QStringList &nonBlank, const QString &scope) const
{
    // Several keys at once. A GROUP BY on them reads every (wide) lead row
    // and sorts all the strings in a temporary B-tree. Here each key is read
    // on its own, through its (key, id) index where there is one (a narrow
    // covering scan, ~0.1 s for a million leads), and folded into a 128-bit
    // hash per lead id; a sort of (hash, id) brings equal keys together.
    // Two independent 64-bit hashes make a false match (about 2^-100 for a
    // million leads) far less likely than a disk error.
    static const QHash<QString, QString> coveringIndex = {
        {QStringLiteral("last_name_key"), QStringLiteral("leads_last_name")},
        {QStringLiteral("full_name_key"), QStringLiteral("leads_full_name")},
        {QStringLiteral("company_key"), QStringLiteral("leads_company")},
        {QStringLiteral("city_key"), QStringLiteral("leads_city")},
    };
    sqlite3 *db = m_db.nativeHandle();
    Statement maxId;
    if (!maxId.prepare(db, QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM leads")) || sqlite3_step(maxId.st.get()) != SQLITE_ROW)
        return Problems{nativeProblem(db)};
    const size_t size = size_t(sqlite3_column_int64(maxId.st.get(), 0)) + 1;
    struct Hash
    {
        quint64 a = 0, b = 0;
    };
    std::vector<Hash> hashes(size);
    std::vector<quint8> matched(size, 0); ///< how many keys of the lead were read, in order
    const int n = int(columns.size());
    for (int c = 0; c < n; ++c) {
        const QString index = coveringIndex.value(columns.at(c));
        QString sql = QStringLiteral("SELECT id, %1 FROM leads%2 WHERE merged_into IS NULL AND deleted_at IS NULL AND %3")
                          .arg(columns.at(c), index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + index, nonBlank.at(c));
        if (!scope.isEmpty())
            sql += QStringLiteral(" AND ") + scope;
        Statement scan;
        if (!scan.prepare(db, sql))
            return Problems{nativeProblem(db)};
        int rc;
        while ((rc = sqlite3_step(scan.st.get())) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(scan.st.get(), 0);
            if (id <= 0 || size_t(id) >= size || matched[size_t(id)] != c)
                continue; // blank on an earlier key
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(scan.st.get(), 1));
            const std::string_view key(text ? text : "", size_t(sqlite3_column_bytes(scan.st.get(), 1)));
            quint64 fnv = 0xcbf29ce484222325ULL; // FNV-1a, independent of std::hash
            for (char ch : key)
                fnv = (fnv ^ quint8(ch)) * 0x100000001b3ULL;
            Hash &h = hashes[size_t(id)];
            h.a = (h.a ^ quint64(std::hash<std::string_view>{}(key))) * 0x9e3779b97f4a7c15ULL + quint64(c + 1);
            h.b = (h.b ^ fnv) * 0xff51afd7ed558ccdULL + quint64(c + 1);
            matched[size_t(id)] = quint8(c + 1);
        }
        if (rc != SQLITE_DONE)
            return Problems{nativeProblem(db)};
    }

    struct Hashed
    {
        Hash hash;
        qint64 id;
    };
    std::vector<Hashed> rows;
    for (size_t id = 1; id < size; ++id)
        if (matched[id] == n)
            rows.push_back({hashes[id], qint64(id)});
    std::sort(rows.begin(), rows.end(), [](const Hashed &x, const Hashed &y) {
        if (x.hash.a != y.hash.a)
            return x.hash.a < y.hash.a;
        if (x.hash.b != y.hash.b)
            return x.hash.b < y.hash.b;
        return x.id < y.id;
    });
    KeyGroups out;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j].hash.a == rows[i].hash.a && rows[j].hash.b == rows[i].hash.b)
            ++j;
        if (j - i >= 2) {
            for (size_t k = i; k < j; ++k)
                out.ids.push_back(rows[k].id);
            out.starts.push_back(qsizetype(out.ids.size()));
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
    QSqlQuery q = m_db.run(QStringLiteral("SELECT lead_b FROM not_duplicates WHERE lead_a = ? UNION SELECT lead_a FROM not_duplicates WHERE lead_b = ?"), {leadId, leadId});
    if (q.isActive())
        while (q.next())
            out.insert(q.value(0).toLongLong());
    return out;
}

VoidResult DuplicateRepository::insertNotDuplicates(const QList<std::pair<qint64, qint64>> &pairs)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO not_duplicates (lead_a, lead_b) VALUES (?, ?) ON CONFLICT DO NOTHING"));
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
