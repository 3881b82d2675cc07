#include "rawfloor.h"

#include "figure.h"
#include "leadgenerator.h"

#include <QElapsedTimer>
#include <QList>

#include <sqlite3.h>

namespace {

class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            qFatal("floor: cannot prepare %s: %s", sql, sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    void text(int i, const QString &s)
    {
        sqlite3_bind_text16(m_stmt, i, s.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(s.utf16()),
                            int(s.size() * 2), SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    void id(int i, qint64 v)
    {
        if (v)
            integer(i, v);
        else
            null(i);
    }
    /// Steps through every row; returns how many.
    int run()
    {
        int rows = 0;
        int rc;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
            // Read the columns, as a client would.
            for (int c = 0; c < sqlite3_column_count(m_stmt); ++c)
                sqlite3_column_text(m_stmt, c);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            qFatal("floor: step failed: %s", sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        sqlite3_reset(m_stmt);
        return rows;
    }
    sqlite3_stmt *get() { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

RawFloor::RawFloor(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        qFatal("floor: cannot open %s", qPrintable(path));
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"})
        exec(pragma);
}

RawFloor::~RawFloor()
{
    sqlite3_close(m_db);
}

double RawFloor::exec(const char *sql)
{
    return Measure::onceMs([&] {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            qFatal("floor: %s: %s", sql, error);
    });
}

RawFloor::ImportTimes RawFloor::import(const LeadGenerator &generator, qint64 count, const BenchReferences &refs)
{
    ImportTimes times;
    // The secondary indexes are built after the load, as a DBA would.
    QList<QByteArray> indexes;
    {
        Stmt q(m_db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                     "AND tbl_name IN ('leads', 'lead_contact_points', 'lead_tags', 'lead_marketing_lists') "
                     "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid");
        QList<QByteArray> names;
        while (sqlite3_step(q.get()) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)));
            indexes << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)));
        }
        sqlite3_reset(q.get());
        for (const QByteArray &name : names)
            exec(QByteArray("DROP INDEX \"" + name + "\"").constData());
    }
    // The floor has the schema's tables and indexes, none of Quarry's own
    // triggers (the sort marks' counts): those are Quarry's work, measured on its side.
    {
        Stmt q(m_db, "SELECT name FROM sqlite_master WHERE type = 'trigger'");
        QList<QByteArray> triggers;
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            triggers << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)));
        sqlite3_reset(q.get());
        for (const QByteArray &name : triggers)
            exec(QByteArray("DROP TRIGGER \"" + name + "\"").constData());
    }

    exec("BEGIN");
    Stmt lead(m_db, "INSERT INTO leads (title, first_name, last_name, company, mobile, city, country_id, status_id, "
                    "assigned_to, created_at, created_by, updated_at, score, first_name_key, last_name_key, "
                    "full_name_key, company_key, city_key, email_key, phone_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt point(m_db, "INSERT INTO lead_contact_points (lead_id, kind, position, value, norm_key) VALUES (?, ?, 0, ?, ?)");
    Stmt tag(m_db, "INSERT OR IGNORE INTO lead_tags (lead_id, tag_id) VALUES (?, ?)");
    const QString email = QStringLiteral("email");
    const QString phone = QStringLiteral("phone");
    QList<GeneratedLead> chunk;
    QList<QString> created;
    for (qint64 start = 0; start < count; start += Chunk) {
        generate(generator, start, count, &chunk, &created); // not the floor's work: untimed
        times.load += Measure::onceMs([&] {
        for (qsizetype k = 0; k < chunk.size(); ++k) {
            const GeneratedLead &g = chunk.at(k);
            const QString fullName = g.firstName + QLatin1Char(' ') + g.lastName;
            const QString fullKey = g.firstNameKey + QLatin1Char(' ') + g.lastNameKey;
            lead.text(1, g.title);
            lead.text(2, g.firstName);
            lead.text(3, g.lastName);
            lead.text(4, g.company);
            lead.text(5, g.mobile);
            lead.text(6, g.city);
            lead.id(7, refs.countries.value(g.countryCode));
            lead.integer(8, refs.statuses.value(g.status));
            lead.id(9, refs.owners.value(g.owner));
            lead.text(10, created.at(k));
            lead.id(11, refs.creator);
            lead.text(12, created.at(k));
            lead.integer(13, g.score);
            lead.text(14, g.firstNameKey);
            lead.text(15, g.lastNameKey);
            lead.text(16, fullKey);
            lead.text(17, g.companyKey);
            lead.text(18, g.cityKey);
            lead.text(19, g.emailKey);
            lead.text(20, g.phoneKey);
            lead.run();
            const qint64 id = sqlite3_last_insert_rowid(m_db);
            point.integer(1, id);
            point.text(2, email);
            point.text(3, g.email);
            point.text(4, g.emailKey);
            point.run();
            point.integer(1, id);
            point.text(2, phone);
            point.text(3, g.phone);
            point.text(4, g.phoneKey);
            point.run();
            for (const QString &name : g.tags) {
                tag.integer(1, id);
                tag.integer(2, refs.tags.value(name));
                tag.run();
            }
        }
        });
        times.cpu += Measure::lastCpuMs();
    }
    for (const QByteArray &sql : std::as_const(indexes)) {
        times.indexes += exec(sql.constData());
        times.cpu += Measure::lastCpuMs();
    }
    times.fts += exec("INSERT INTO leads_fts (rowid, name, company, email, phone, city) "
                      "SELECT l.id, l.full_name_key || ' ' || lower(l.title), l.company_key, "
                      "(SELECT group_concat(norm_key, ' ') FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'email'), "
                      "(SELECT group_concat(replace(norm_key, '+', ''), ' ') FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'phone'), "
                      "l.city_key FROM leads l");
    times.cpu += Measure::lastCpuMs();
    times.fts += exec("COMMIT");
    times.cpu += Measure::lastCpuMs();
    return times;
}

double RawFloor::countAllMs(int runs)
{
    Stmt q(m_db, "SELECT COUNT(*) FROM leads WHERE merged_into IS NULL");
    return Measure::medianMs(runs, [&] { q.run(); });
}

double RawFloor::firstPageMs(int runs)
{
    Stmt q(m_db, "SELECT l.id, l.title, l.first_name, l.middle_name, l.last_name, l.company, l.city, l.created_at, "
                 "l.assigned_to, u.name, l.status_id, l.score, l.next_event_at, "
                 "(SELECT value FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'phone' ORDER BY position LIMIT 1), "
                 "(SELECT value FROM lead_contact_points p WHERE p.lead_id = l.id AND p.kind = 'email' ORDER BY position LIMIT 1), "
                 "(SELECT group_concat(tag_id) FROM lead_tags t WHERE t.lead_id = l.id) "
                 "FROM leads l LEFT JOIN users u ON u.id = l.assigned_to WHERE l.merged_into IS NULL ORDER BY l.id LIMIT 50");
    return Measure::medianMs(runs, [&] { q.run(); });
}

double RawFloor::keysetPageMs(int runs)
{
    Stmt middle(m_db, "SELECT full_name_key, id FROM leads WHERE merged_into IS NULL ORDER BY full_name_key, id "
                      "LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM leads)");
    if (sqlite3_step(middle.get()) != SQLITE_ROW)
        return NAN;
    const QString key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(middle.get(), 0)));
    const qint64 id = sqlite3_column_int64(middle.get(), 1);
    sqlite3_reset(middle.get());
    Stmt q(m_db, "SELECT id FROM leads WHERE merged_into IS NULL AND (full_name_key, id) > (?, ?) "
                 "ORDER BY full_name_key, id LIMIT 50");
    return Measure::medianMs(runs, [&] {
        q.text(1, key);
        q.integer(2, id);
        q.run();
    });
}

double RawFloor::ftsMs(const QString &query, int runs)
{
    Stmt q(m_db, "SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? LIMIT 50");
    return Measure::medianMs(runs, [&] {
        q.text(1, query);
        q.run();
    });
}

double RawFloor::countByStatusMs(int runs)
{
    Stmt q(m_db, "SELECT status_id, COUNT(*) FROM leads WHERE merged_into IS NULL GROUP BY status_id");
    return Measure::medianMs(runs, [&] { q.run(); });
}

double RawFloor::duplicatesMs(const QString &what, int runs)
{
    if (what == QLatin1String("name_company")) {
        Stmt q(m_db, "SELECT group_concat(id) FROM leads WHERE merged_into IS NULL AND last_name_key <> '' "
                     "GROUP BY last_name_key, company_key HAVING COUNT(*) > 1");
        return Measure::medianMs(runs, [&] { q.run(); });
    }
    Stmt q(m_db, "SELECT group_concat(lead_id) FROM lead_contact_points WHERE kind = ? AND norm_key <> '' "
                 "GROUP BY norm_key HAVING COUNT(DISTINCT lead_id) > 1");
    return Measure::medianMs(runs, [&] {
        q.text(1, what);
        q.run();
    });
}

double RawFloor::statusUpdateMs(int runs)
{
    Stmt q(m_db, "UPDATE leads SET status_id = ?, updated_at = ? WHERE id = ?");
    int i = 0;
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    return Measure::medianMs(runs, [&] {
        exec("BEGIN IMMEDIATE");
        q.integer(1, 2 + i % 3);
        q.text(2, now);
        q.integer(3, 1 + i++);
        q.run();
        exec("COMMIT");
    });
}
