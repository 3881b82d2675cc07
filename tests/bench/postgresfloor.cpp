#include "postgresfloor.h"

#include "figure.h"
#include "leadgenerator.h"
#include "postgrescopy.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>

#include <tuple>

#include <libpq-fe.h>

namespace {

/// Appends one COPY text value (tab-separated; escaped as COPY's text format
/// wants it, by the same code as Quarry's own loads).
void field(QByteArray &row, const QString &text)
{
    if (!row.isEmpty() && !row.endsWith('\n'))
        row += '\t';
    PostgresCopy::appendText(row, text);
}

void field(QByteArray &row, qint64 v)
{
    field(row, QString::number(v));
}

/// A reference id, or null for 0.
void idField(QByteArray &row, qint64 v)
{
    if (v) {
        field(row, v);
        return;
    }
    if (!row.isEmpty() && !row.endsWith('\n'))
        row += '\t';
    row += "\\N";
}

PGresult *checked(PGconn *conn, PGresult *r, const QByteArray &what)
{
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK && s != PGRES_COPY_IN)
        qFatal("floor: %s: %s", what.constData(), PQerrorMessage(conn));
    return r;
}

/// Reads every value of every row, as a client would.
int readAll(PGresult *r)
{
    const int rows = PQntuples(r);
    const int cols = PQnfields(r);
    for (int i = 0; i < rows; ++i)
        for (int c = 0; c < cols; ++c)
            PQgetvalue(r, i, c);
    return rows;
}

} // namespace

PostgresFloor::PostgresFloor(const QString &uri)
{
    m_conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        qFatal("floor: cannot connect to %s: %s", qPrintable(uri), PQerrorMessage(m_conn));
}

PostgresFloor::~PostgresFloor()
{
    PQfinish(m_conn);
}

void PostgresFloor::adminExec(const QString &adminUri, const QByteArray &sql)
{
    PGconn *conn = PQconnectdb(adminUri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        qFatal("floor: cannot connect to %s: %s", qPrintable(adminUri), PQerrorMessage(conn));
    PQclear(checked(conn, PQexec(conn, sql.constData()), sql));
    PQfinish(conn);
}

double PostgresFloor::exec(const QByteArray &sql)
{
    return Measure::onceMs([&] { PQclear(checked(m_conn, PQexec(m_conn, sql.constData()), sql)); });
}

void PostgresFloor::copy(const QByteArray &table, const QByteArray &columns, const QByteArray &rows)
{
    const QByteArray sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    PQclear(checked(m_conn, PQexec(m_conn, sql.constData()), sql));
    if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        qFatal("floor: COPY %s: %s", table.constData(), PQerrorMessage(m_conn));
    while (PGresult *r = PQgetResult(m_conn))
        PQclear(checked(m_conn, r, "COPY " + table));
}

Floor::ImportTimes PostgresFloor::import(const LeadGenerator &generator, qint64 count, const BenchReferences &refs)
{
    ImportTimes times;
    // The secondary indexes go before the load and come back after it, as a
    // DBA would load; the GIN index of the search entries last of all.
    QList<QByteArray> indexes;
    QByteArray gin;
    {
        PGresult *r = checked(m_conn, PQexec(m_conn, "SELECT indexname, indexdef, tablename FROM pg_indexes WHERE schemaname = current_schema() "
                                                    "AND tablename IN ('leads', 'lead_contact_points', 'lead_tags', 'lead_marketing_lists', 'leads_fts') "
                                                    "AND indexdef NOT LIKE 'CREATE UNIQUE%'"),
                              "indexes");
        for (int i = 0; i < PQntuples(r); ++i) {
            const QByteArray def = PQgetvalue(r, i, 1);
            if (qstrcmp(PQgetvalue(r, i, 2), "leads_fts") == 0)
                gin = def;
            else
                indexes << def;
            exec("DROP INDEX \"" + QByteArray(PQgetvalue(r, i, 0)) + '"');
        }
        PQclear(r);
    }

    // None of Quarry's own triggers (its guard of the fields a role keeps
    // off) and no row-level security: the floor is the tables and indexes.
    {
        PGresult *r = checked(m_conn, PQexec(m_conn, "SELECT tgname, tgrelid::regclass FROM pg_trigger WHERE NOT tgisinternal"), "triggers");
        for (int i = 0; i < PQntuples(r); ++i)
            exec("DROP TRIGGER \"" + QByteArray(PQgetvalue(r, i, 0)) + "\" ON " + PQgetvalue(r, i, 1));
        PQclear(r);
        for (const char *table : {"leads", "lead_contact_points", "lead_tags", "leads_fts"})
            exec(QByteArray("ALTER TABLE ") + table + " DISABLE ROW LEVEL SECURITY");
    }

    exec("BEGIN");
    QList<GeneratedLead> chunk;
    QList<QString> created;
    for (qint64 start = 0; start < count; start += Chunk) {
        generate(generator, start, count, &chunk, &created); // not the floor's work: untimed
        times.load += Measure::onceMs([&] {
            QByteArray leads, points, tags;
            for (qsizetype k = 0; k < chunk.size(); ++k) {
                const GeneratedLead &g = chunk.at(k);
                const qint64 id = start + k + 1;
                field(leads, id);
                for (const QString *s : {&g.title, &g.firstName, &g.lastName, &g.company, &g.mobile, &g.city})
                    field(leads, *s);
                idField(leads, refs.countries.value(g.countryCode));
                field(leads, refs.statuses.value(g.status));
                idField(leads, refs.owners.value(g.owner));
                field(leads, created.at(k));
                idField(leads, refs.creator);
                field(leads, created.at(k));
                field(leads, g.score);
                field(leads, g.firstNameKey);
                field(leads, g.lastNameKey);
                field(leads, g.firstNameKey + QLatin1Char(' ') + g.lastNameKey);
                field(leads, g.companyKey);
                field(leads, g.cityKey);
                field(leads, g.emailKey);
                field(leads, g.phoneKey);
                leads += '\n';
                for (const auto &[kind, value, key] : {std::tuple{QStringLiteral("email"), &g.email, &g.emailKey},
                                                      std::tuple{QStringLiteral("phone"), &g.phone, &g.phoneKey}}) {
                    field(points, id);
                    field(points, kind);
                    field(points, 0);
                    field(points, *value);
                    field(points, *key);
                    points += '\n';
                }
                QList<qint64> tagIds;
                for (const QString &name : g.tags)
                    if (!tagIds.contains(refs.tags.value(name)))
                        tagIds << refs.tags.value(name);
                for (qint64 tag : tagIds) {
                    field(tags, id);
                    field(tags, tag);
                    tags += '\n';
                }
            }
            copy("leads", "id, title, first_name, last_name, company, mobile, city, country_id, status_id, assigned_to, created_at, created_by, "
                          "updated_at, score, first_name_key, last_name_key, full_name_key, company_key, city_key, email_key, phone_key",
                 leads);
            copy("lead_contact_points", "lead_id, kind, position, value, norm_key", points);
            copy("lead_tags", "lead_id, tag_id", tags);
        });
        times.cpu += Measure::lastCpuMs();
    }
    exec("SELECT setval(pg_get_serial_sequence('leads', 'id'), " + QByteArray::number(std::max<qint64>(count, 1)) + ")");
    for (const QByteArray &sql : std::as_const(indexes)) {
        times.indexes += exec(sql);
        times.cpu += Measure::lastCpuMs();
    }
    times.fts += exec("INSERT INTO leads_fts (rowid, name, company, email, phone, city) "
                      "SELECT l.id, l.full_name_key || ' ' || lower(l.title), l.company_key, "
                      "coalesce((SELECT string_agg(norm_key, ' ') FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'email'), ''), "
                      "coalesce((SELECT string_agg(replace(norm_key, '+', ''), ' ') FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'phone'), ''), "
                      "l.city_key FROM leads l");
    times.cpu += Measure::lastCpuMs();
    if (!gin.isEmpty()) {
        times.fts += exec(gin);
        times.cpu += Measure::lastCpuMs();
    }
    times.fts += exec("COMMIT");
    times.cpu += Measure::lastCpuMs();
    exec("VACUUM (ANALYZE)"); // as a DBA would after a bulk load (untimed: the floor's reads, not its load)
    return times;
}

double PostgresFloor::preparedMs(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &params, int runs)
{
    PQclear(checked(m_conn, PQprepare(m_conn, name.constData(), sql.constData(), int(params.size()), nullptr), sql));
    QList<const char *> values;
    for (const QByteArray &p : params)
        values << p.constData();
    return Measure::medianMs(runs, [&] {
        PGresult *r = checked(m_conn, PQexecPrepared(m_conn, name.constData(), int(values.size()), values.constData(), nullptr, nullptr, 0), sql);
        readAll(r);
        PQclear(r);
    });
}

double PostgresFloor::countAllMs(int runs)
{
    return preparedMs("count_all", "SELECT COUNT(*) FROM leads WHERE merged_into IS NULL", {}, runs);
}

double PostgresFloor::firstPageMs(int runs)
{
    return preparedMs("first_page",
                      "SELECT l.id, l.title, l.first_name, l.middle_name, l.last_name, l.company, l.city, l.created_at, "
                      "l.assigned_to, u.name, l.status_id, l.score, l.next_event_at, "
                      "(SELECT value FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'phone' ORDER BY position LIMIT 1), "
                      "(SELECT value FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'email' ORDER BY position LIMIT 1), "
                      "(SELECT string_agg(tag_id::text, ',') FROM lead_tags t WHERE t.lead_id = l.id) "
                      "FROM leads l LEFT JOIN users u ON u.id = l.assigned_to WHERE l.merged_into IS NULL ORDER BY l.id LIMIT 50",
                      {}, runs);
}

double PostgresFloor::keysetPageMs(int runs)
{
    PGresult *r = checked(m_conn, PQexec(m_conn, "SELECT full_name_key, id FROM leads WHERE merged_into IS NULL ORDER BY full_name_key, id "
                                                "LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM leads)"),
                          "middle");
    if (PQntuples(r) != 1) {
        PQclear(r);
        return NAN;
    }
    const QByteArray key = PQgetvalue(r, 0, 0);
    const QByteArray id = PQgetvalue(r, 0, 1);
    PQclear(r);
    return preparedMs("keyset",
                      "SELECT id FROM leads WHERE merged_into IS NULL AND (full_name_key, id) > ($1, $2::bigint) "
                      "ORDER BY full_name_key, id LIMIT 50",
                      {key, id}, runs);
}

double PostgresFloor::ftsMs(const QString &query, int runs)
{
    // "mar*" is the prefix query mar:*, words are and-ed.
    QStringList terms;
    for (QString w : query.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << (w.endsWith(QLatin1Char('*')) ? w.chopped(1) + QStringLiteral(":*") : w);
    static int n = 0;
    return preparedMs("fts" + QByteArray::number(++n), "SELECT rowid FROM leads_fts WHERE doc @@ to_tsquery('simple', $1) LIMIT 50",
                      {terms.join(QLatin1String(" & ")).toUtf8()}, runs);
}

double PostgresFloor::countByStatusMs(int runs)
{
    return preparedMs("by_status", "SELECT status_id, COUNT(*) FROM leads WHERE merged_into IS NULL GROUP BY status_id", {}, runs);
}

double PostgresFloor::duplicatesMs(const QString &what, int runs)
{
    if (what == QLatin1String("name_company"))
        return preparedMs("dup_name", "SELECT string_agg(id::text, ',') FROM leads WHERE merged_into IS NULL AND last_name_key <> '' "
                                      "GROUP BY last_name_key, company_key HAVING COUNT(*) > 1",
                          {}, runs);
    return preparedMs("dup_" + what.toUtf8(),
                      "SELECT string_agg(lead_id::text, ',') FROM lead_contact_points WHERE kind = $1 AND norm_key <> '' "
                      "GROUP BY norm_key HAVING COUNT(DISTINCT lead_id) > 1",
                      {what.toUtf8()}, runs);
}

double PostgresFloor::statusUpdateMs(int runs)
{
    PQclear(checked(m_conn, PQprepare(m_conn, "status", "UPDATE leads SET status_id = $1::bigint, updated_at = $2 WHERE id = $3::bigint", 3, nullptr),
                    "status"));
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    int i = 0;
    return Measure::medianMs(runs, [&] {
        exec("BEGIN");
        const QByteArray status = QByteArray::number(2 + i % 3);
        const QByteArray id = QByteArray::number(1 + i++);
        const char *values[] = {status.constData(), now.constData(), id.constData()};
        PQclear(checked(m_conn, PQexecPrepared(m_conn, "status", 3, values, nullptr, nullptr, 0), "status"));
        exec("COMMIT");
    });
}
