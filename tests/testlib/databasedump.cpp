#include "databasedump.h"

#include "database.h"
#include "databaseaddress.h"
#include "leadrecord.h"
#include "leadrepository.h"
#include "leadsortmarks.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>

namespace {

/// A plain sqlite3 connection, closed on scope exit.
class Handle
{
public:
    explicit Handle(const QString &path)
    {
        const QByteArray name = QFile::encodeName(path);
        // No SQLITE_OPEN_CREATE: a missing file is an error, not a new empty database.
        if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Handle() { sqlite3_close_v2(m_db); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    /// Runs `sql`, calling `row` for each result row. False (and error()) on failure.
    bool each(const QString &sql, const std::function<void(sqlite3_stmt *)> &row = {})
    {
        sqlite3_stmt *st = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK) {
            m_error = QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            if (row)
                row(st);
        const bool ok = rc == SQLITE_DONE;
        if (!ok)
            m_error = QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(st);
        return ok;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString columnText(sqlite3_stmt *st, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)), sqlite3_column_bytes(st, i));
}

/// Date and time as Quarry stores them (Database::timestamp) and as JSON snapshots carry them.
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression timestamp(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:?\\d\\d)?"));
    return timestamp;
}

/// One value as dump text: NULL, 12, r1.5, "text", blob(3):<sha256>.
QString valueText(sqlite3_stmt *st, int i, bool mask)
{
    const QRegularExpression &timestamp = timestampPattern();
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return QLatin1Char('r') + QString::number(sqlite3_column_double(st, i), 'g', 17);
    case SQLITE_BLOB: {
        const QByteArray data(static_cast<const char *>(sqlite3_column_blob(st, i)), sqlite3_column_bytes(st, i));
        return QStringLiteral("blob(%1):%2").arg(data.size()).arg(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    }
    default: {
        QString t = columnText(st, i);
        if (mask)
            t.replace(timestamp, QStringLiteral("<ts>"));
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""))
            .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        return QLatin1Char('"') + t + QLatin1Char('"');
    }
    }
}

QString rowText(const QString &table, sqlite3_stmt *st, bool mask)
{
    QString line = table;
    for (int i = 0, n = sqlite3_column_count(st); i < n; ++i)
        line += QLatin1Char('|') + valueText(st, i, mask);
    return line;
}

/// The same dump of a PostgreSQL database (a postgresql:// URI): the
/// schema's tables, columns, triggers and policies, then each table's rows
/// (PostgreSQL's own text of the row) in primary-key order, in one
/// repeatable-read transaction. Roles are the cluster's, shared with other
/// databases, and are left out.
QString dumpPostgres(const QString &uri, bool mask, QString *error)
{
    static int serial = 0;
    const QString name = QStringLiteral("databasedump-%1").arg(++serial);
    QStringList out;
    QString failure;
    {
        QSqlDatabase db = rawDatabase(uri, name);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            auto each = [&](const QString &sql, const std::function<void()> &row) {
                if (!failure.isEmpty())
                    return;
                q.setForwardOnly(true);
                if (!q.exec(sql)) {
                    failure = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
                    return;
                }
                while (q.next())
                    row();
            };
            // The current row as one line: "what|value|value…".
            auto line = [&q](const QString &what) {
                QStringList cells{what};
                for (int i = 0, n = q.record().count(); i < n; ++i)
                    cells << q.value(i).toString();
                return cells.join(QLatin1Char('|'));
            };
            each(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), [] {});
            QStringList tables;
            each(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, coalesce(c.column_default, '') "
                                "FROM information_schema.columns c JOIN information_schema.tables t "
                                "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                                "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                                "ORDER BY c.table_name, c.ordinal_position"),
                 [&] {
                     out << line(QStringLiteral("column"));
                     if (tables.isEmpty() || tables.last() != q.value(0).toString())
                         tables << q.value(0).toString();
                 });
            each(QStringLiteral("SELECT event_object_table, trigger_name, event_manipulation, action_statement FROM information_schema.triggers "
                                "WHERE trigger_schema = current_schema() ORDER BY 1, 2, 3"),
                 [&] { out << line(QStringLiteral("trigger")); });
            each(QStringLiteral("SELECT tablename, policyname, cmd, array_to_string(roles, ','), coalesce(qual, ''), coalesce(with_check, '') "
                                "FROM pg_policies WHERE schemaname = current_schema() ORDER BY 1, 2"),
                 [&] { out << line(QStringLiteral("policy")); });
            for (const QString &table : std::as_const(tables)) {
                QStringList pk;
                each(QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                                    "WHERE i.indrelid = '%1'::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)")
                         .arg(quoted(table)),
                     [&] { pk << quoted(q.value(0).toString()); });
                QStringList rows;
                each(QStringLiteral("SELECT t::text FROM %1 t ORDER BY %2").arg(quoted(table), pk.isEmpty() ? QStringLiteral("1") : pk.join(QLatin1Char(','))),
                     [&] {
                         QString row = q.value(0).toString();
                         if (mask)
                             row.replace(timestampPattern(), QStringLiteral("<ts>"));
                         rows << table + QLatin1Char('|') + row;
                     });
                if (mask)
                    rows.sort();
                out << QStringLiteral("table|%1|%2 rows").arg(table).arg(rows.size());
                out << rows;
            }
            q.exec(QStringLiteral("COMMIT"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

namespace DatabaseDump {

QString dump(const QString &path, bool maskVolatile, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (const auto a = DatabaseAddress::parse(path); a && a->isPostgres())
        return dumpPostgres(path, maskVolatile, error);
    if (!QFileInfo(path).isFile())
        return failed(QStringLiteral("%1: no such file").arg(path));
    Handle db(path);
    if (!db.isOpen())
        return failed(db.error());
    QStringList out;
    // One read transaction: the dump is of one instant.
    if (!db.each(QStringLiteral("BEGIN")))
        return failed(db.error());
    for (const char *pragma : {"user_version", "application_id"})
        if (!db.each(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)),
                     [&](sqlite3_stmt *st) { out << QStringLiteral("pragma|%1|%2").arg(QLatin1String(pragma), columnText(st, 0)); }))
            return failed(db.error());
    struct Table
    {
        QString name;
        bool isVirtual = false;
    };
    QList<Table> tables;
    if (!db.each(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"), [&](sqlite3_stmt *st) {
            out << rowText(QStringLiteral("sqlite_master"), st, false);
            const QString sql = columnText(st, 3);
            if (columnText(st, 0) == QLatin1String("table"))
                tables << Table{columnText(st, 1), sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)};
        }))
        return failed(db.error());
    // A virtual table is dumped through its own query; its shadow tables
    // (leads_fts_data, _idx, _content, _docsize, _config) are how it stores that.
    QStringList shadowPrefixes;
    for (const Table &t : std::as_const(tables))
        if (t.isVirtual)
            shadowPrefixes << t.name + QLatin1Char('_');
    for (const Table &t : std::as_const(tables)) {
        if (std::any_of(shadowPrefixes.cbegin(), shadowPrefixes.cend(), [&](const QString &p) { return t.name.startsWith(p); }))
            continue;
        QString sql;
        if (t.isVirtual) {
            sql = QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(quoted(t.name));
        } else {
            QStringList columns;
            QList<std::pair<int, QString>> pk;
            if (!db.each(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(t.name)), [&](sqlite3_stmt *st) {
                    const QString c = quoted(columnText(st, 1));
                    columns << c;
                    if (const int k = sqlite3_column_int(st, 5); k > 0)
                        pk << std::pair{k, c};
                }))
                return failed(db.error());
            std::sort(pk.begin(), pk.end());
            QStringList order;
            for (const auto &p : std::as_const(pk))
                order << p.second;
            sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                      .arg(columns.join(QLatin1Char(',')), quoted(t.name), (order.isEmpty() ? columns : order).join(QLatin1Char(',')));
        }
        QStringList rows;
        if (!db.each(sql, [&](sqlite3_stmt *st) { rows << rowText(t.name, st, maskVolatile); }))
            return failed(db.error());
        // Masked, two runs may order rows whose key held a timestamp differently.
        if (maskVolatile)
            rows.sort();
        out << QStringLiteral("table|%1|%2 rows").arg(t.name).arg(rows.size());
        out << rows;
    }
    db.each(QStringLiteral("COMMIT"));
    return out.join(QLatin1Char('\n'));
}

QStringList checkDerived(const QString &path)
{
    QStringList problems;
    if (!QFileInfo(path).isFile())
        return {QStringLiteral("%1: no such file").arg(path)};
    const QString live = LeadRepository::liveCondition();
    {
        Handle db(path);
        if (!db.isOpen())
            return {QStringLiteral("cannot open: %1").arg(db.error())};
        QStringList integrity;
        if (!db.each(QStringLiteral("PRAGMA integrity_check"), [&](sqlite3_stmt *st) { integrity << columnText(st, 0); }))
            return {QStringLiteral("integrity_check: %1").arg(db.error())};
        if (integrity != QStringList{QStringLiteral("ok")})
            problems << QStringLiteral("integrity_check: ") + integrity.mid(0, 10).join(QStringLiteral("; "));
        if (!db.each(QStringLiteral("PRAGMA foreign_key_check"), [&](sqlite3_stmt *st) {
                problems << QStringLiteral("foreign_key_check: %1 rowid %2 refers to a missing %3 row")
                                .arg(columnText(st, 0), columnText(st, 1), columnText(st, 2));
            }))
            problems << db.error();
        // FTS5's own check: its index matches its content.
        if (!db.each(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('integrity-check')")))
            problems << QStringLiteral("leads_fts integrity-check: ") + db.error();

        // Sort marks: the triggers that keep them, a head, and each bucket's count.
        QSet<QString> triggers;
        db.each(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"),
                [&](sqlite3_stmt *st) { triggers.insert(columnText(st, 0)); });
        qint64 liveLeads = -1;
        db.each(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE %1").arg(live),
                [&](sqlite3_stmt *st) { liveLeads = sqlite3_column_int64(st, 0); });
        for (const QString &t : {QStringLiteral("lead_marks_insert"), QStringLiteral("lead_marks_delete")})
            if (!triggers.contains(t))
                problems << QStringLiteral("sort marks: trigger %1 is missing").arg(t);
        for (const QString &sort : LeadSortMarks::sorts()) {
            if (!triggers.contains(QStringLiteral("lead_marks_update_") + sort))
                problems << QStringLiteral("sort marks: trigger lead_marks_update_%1 is missing").arg(sort);
            struct Mark
            {
                QString key;
                qint64 id, n, rank;
            };
            QList<Mark> marks;
            // The rank of a mark: live leads at or before it in the order
            // (the mark column has no affinity: compared as stored, as the triggers do).
            const QString sql = QStringLiteral("SELECT quote(m.key), m.id, m.n, (SELECT COUNT(*) FROM leads l WHERE %1 AND (%2, l.id) <= (m.key, m.id)) "
                                               "FROM lead_sort_marks m WHERE m.sort = '%3' ORDER BY m.key, m.id")
                                    .arg(live, LeadRepository::sortExpression(sort), sort);
            if (!db.each(sql, [&](sqlite3_stmt *st) {
                    marks << Mark{columnText(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3)};
                })) {
                problems << QStringLiteral("sort marks %1: %2").arg(sort, db.error());
                continue;
            }
            if (marks.isEmpty() || marks.first().id != 0 || marks.first().key != QString::number(std::numeric_limits<qint64>::min())) {
                problems << QStringLiteral("sort marks %1: no head mark").arg(sort);
                continue;
            }
            qint64 sum = 0;
            for (qsizetype i = 0; i < marks.size(); ++i) {
                const qint64 expected = (i + 1 < marks.size() ? marks.at(i + 1).rank : liveLeads) - marks.at(i).rank;
                sum += marks.at(i).n;
                if (marks.at(i).n != expected)
                    problems << QStringLiteral("sort marks %1: the bucket of mark (%2, %3) counts %4 leads, %5 are in it")
                                    .arg(sort, marks.at(i).key)
                                    .arg(marks.at(i).id)
                                    .arg(marks.at(i).n)
                                    .arg(expected);
            }
            if (sum != liveLeads)
                problems << QStringLiteral("sort marks %1: the marks count %2 leads, %3 are live").arg(sort).arg(sum).arg(liveLeads);
        }
        // Merges not undone keep their members merged, and only they.
        db.each(QStringLiteral("SELECT mm.lead_id, m.id FROM merges m JOIN merge_members mm ON mm.merge_id = m.id "
                               "JOIN leads l ON l.id = mm.lead_id WHERE m.undone_at IS NULL AND l.merged_into IS NULL"),
                [&](sqlite3_stmt *st) {
                    problems << QStringLiteral("merge #%1: lead #%2 is not merged").arg(sqlite3_column_int64(st, 1)).arg(sqlite3_column_int64(st, 0));
                });
        db.each(QStringLiteral("SELECT l.id FROM leads l WHERE l.merged_into IS NOT NULL AND NOT EXISTS (SELECT 1 FROM merges m JOIN "
                               "merge_members mm ON mm.merge_id = m.id WHERE mm.lead_id = l.id AND m.undone_at IS NULL)"),
                [&](sqlite3_stmt *st) { problems << QStringLiteral("lead #%1 is merged by no merge").arg(sqlite3_column_int64(st, 0)); });
    }

    // What LeadRecord computes from each lead, against what is stored.
    Database db;
    if (VoidResult r = db.open(path); !r)
        return problems << QStringLiteral("Database::open: ") + describe(r.problems());
    LeadRepository repo(db);
    const QStringList &keyColumns = LeadRecord::keyColumnNames();
    const qsizetype firstKey = LeadRecord::columnNames().size() - keyColumns.size();
    QHash<qint64, QStringList> storedKeys;
    QHash<qint64, QString> storedPoints, storedFts;
    QHash<qint64, QString> regions;
    if (auto q = db.exec(QStringLiteral("SELECT id, code FROM countries")))
        while (q.value().next())
            regions.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    if (auto q = db.exec(QStringLiteral("SELECT id, %1 FROM leads").arg(keyColumns.join(QLatin1Char(','))))) {
        while (q.value().next()) {
            QStringList keys;
            for (qsizetype i = 0; i < keyColumns.size(); ++i)
                keys << q.value().value(int(i) + 1).toString();
            storedKeys.insert(q.value().value(0).toLongLong(), keys);
        }
    } else {
        problems << describe(q.problems());
    }
    if (auto q = db.exec(QStringLiteral("SELECT lead_id, kind, position, value, norm_key FROM lead_contact_points ORDER BY lead_id, kind, position, id")))
        while (q.value().next())
            storedPoints[q.value().value(0).toLongLong()] += QStringLiteral("[%1 %2 %3 %4]").arg(q.value().value(1).toString(), q.value().value(2).toString(),
                                                                                                 q.value().value(3).toString(), q.value().value(4).toString());
    if (auto q = db.exec(QStringLiteral("SELECT rowid, name, company, email, phone, city FROM leads_fts"))) {
        while (q.value().next()) {
            const qint64 id = q.value().value(0).toLongLong();
            if (storedFts.contains(id))
                problems << QStringLiteral("lead #%1: two search entries").arg(id);
            storedFts.insert(id, QStringLiteral("%1|%2|%3|%4|%5").arg(q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString(),
                                                                      q.value().value(4).toString(), q.value().value(5).toString()));
        }
    } else {
        problems << describe(q.problems());
    }
    for (auto it = storedFts.cbegin(); it != storedFts.cend(); ++it)
        if (!storedKeys.contains(it.key()))
            problems << QStringLiteral("search entry #%1 has no lead").arg(it.key());
    QList<qint64> ids = storedKeys.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Lead> lead = repo.find(id);
        if (!lead) {
            problems << QStringLiteral("lead #%1 cannot be read").arg(id);
            continue;
        }
        const LeadRecord record = LeadRecord::from(*lead, regions.value(lead->countryId));
        QStringList keys;
        for (qsizetype i = 0; i < keyColumns.size(); ++i)
            keys << record.values.at(firstKey + i).toString();
        const QStringList stored = storedKeys.value(id);
        for (qsizetype i = 0; i < keyColumns.size(); ++i)
            if (stored.value(i) != keys.at(i))
                problems << QStringLiteral("lead #%1: %2 is \"%3\", its data gives \"%4\"").arg(id).arg(keyColumns.at(i), stored.value(i), keys.at(i));
        QList<LeadRecord::ContactPoint> points = record.points;
        std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) {
            return std::pair(a.kind, a.position) < std::pair(b.kind, b.position);
        });
        QString expectedPoints;
        for (const LeadRecord::ContactPoint &p : std::as_const(points))
            expectedPoints += QStringLiteral("[%1 %2 %3 %4]").arg(p.kind).arg(p.position).arg(p.value, p.key);
        if (storedPoints.value(id) != expectedPoints)
            problems << QStringLiteral("lead #%1: contact points %2, its data gives %3").arg(id).arg(storedPoints.value(id), expectedPoints);
        if (record.hasFts) {
            const QString expected = QStringLiteral("%1|%2|%3|%4|%5").arg(record.fts.name, record.fts.company, record.fts.email, record.fts.phone, record.fts.city);
            if (!storedFts.contains(id))
                problems << QStringLiteral("lead #%1: no search entry").arg(id);
            else if (storedFts.value(id) != expected)
                problems << QStringLiteral("lead #%1: search entry \"%2\", its data gives \"%3\"").arg(id).arg(storedFts.value(id), expected);
        } else if (storedFts.contains(id)) {
            problems << QStringLiteral("lead #%1 (merged) has a search entry").arg(id);
        }
    }
    return problems;
}

QString difference(const QString &a, const QString &b, int maxLines)
{
    const QStringList la = a.split(QLatin1Char('\n')), lb = b.split(QLatin1Char('\n'));
    QHash<QString, int> count;
    for (const QString &l : lb)
        ++count[l];
    QStringList onlyA;
    for (const QString &l : la)
        if (count.value(l) > 0)
            --count[l];
        else
            onlyA << l;
    QStringList onlyB;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        for (int i = 0; i < it.value(); ++i)
            onlyB << it.key();
    onlyB.sort();
    QString out;
    for (const QString &l : onlyA.mid(0, maxLines))
        out += QStringLiteral("  - ") + l.left(300) + QLatin1Char('\n');
    if (onlyA.size() > maxLines)
        out += QStringLiteral("  - … %1 more\n").arg(onlyA.size() - maxLines);
    for (const QString &l : onlyB.mid(0, maxLines))
        out += QStringLiteral("  + ") + l.left(300) + QLatin1Char('\n');
    if (onlyB.size() > maxLines)
        out += QStringLiteral("  + … %1 more\n").arg(onlyB.size() - maxLines);
    return out;
}

} // namespace DatabaseDump
