#include "bulkleadwriter.h"

#include "database.h"
#include "leadrecord.h"
#include "leadrepository.h"
#include "leadsortmarks.h"
#include "postgrescopy.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("BulkLeadWriter", s);
}

/// The tables whose secondary indexes a large load builds at the end.
const char *const DeferredTables = "'leads', 'lead_contact_points', 'lead_tags', 'lead_marketing_lists'";

QString placeholders(qsizetype n)
{
    QStringList p;
    p.fill(QStringLiteral("?"), n);
    return p.join(QLatin1Char(','));
}

/// One prepared statement, finalised with the writer.
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const QString &sql)
    {
        sqlite3_finalize(m_stmt); // prepared again: the old statement goes
        m_stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
               == SQLITE_OK;
    }
    sqlite3_stmt *get() const { return m_stmt; }

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QString &text)
    {
        // Bound as UTF-16: SQLite converts once, without a QByteArray here.
        // The string outlives the step (the record lives through add()).
        static const char16_t empty[] = u"";
        const void *data = text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
        sqlite3_bind_text16(m_stmt, i, data, int(text.size() * 2), SQLITE_STATIC);
    }
    void bind(int i, const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::UnknownType: sqlite3_bind_null(m_stmt, i); break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: sqlite3_bind_int64(m_stmt, i, v.toLongLong()); break;
        case QMetaType::Double: sqlite3_bind_double(m_stmt, i, v.toDouble()); break;
        default:
            if (v.isNull()) {
                sqlite3_bind_null(m_stmt, i);
            } else {
                // QVariant holds the QString: its data lives as long as `v`.
                const QString *s = static_cast<const QString *>(v.constData());
                if (v.typeId() == QMetaType::QString)
                    bind(i, *s);
                else
                    sqlite3_bind_text16(m_stmt, i, v.toString().utf16(), -1, SQLITE_TRANSIENT);
            }
        }
    }
    /// Runs the statement once; false on error (see sqlite3_errmsg).
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

struct BulkLeadWriter::Statements
{
    sqlite3 *db = nullptr;
    Statement lead;
    Statement point;
    Statement tag;
    Statement list;
    Statement converted;
    Statement fts;
};

BulkLeadWriter::BulkLeadWriter(Database &db) : m_db(db), m_repo(std::make_unique<LeadRepository>(db)) {}

BulkLeadWriter::~BulkLeadWriter()
{
    if (m_active)
        cancel();
}

QString BulkLeadWriter::regionOf(qint64 countryId)
{
    if (countryId == 0)
        return {};
    if (m_countryCodes.isEmpty()) {
        QSqlQuery q = m_db.query(QStringLiteral("SELECT id, code FROM countries"));
        if (q.exec())
            while (q.next())
                m_countryCodes.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return m_countryCodes.value(countryId);
}

VoidResult BulkLeadWriter::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Problems{sqlProblem(q, what)};
    return {};
}

VoidResult BulkLeadWriter::begin(qint64 expectedRows, IndexPolicy policy)
{
    if (m_active)
        return VoidResult::failure(QString(), tr("A bulk load is already in progress."));
    m_added = 0;
    m_deferred.clear();
    m_rebuildMarks = false;
    if (!m_db.begin())
        return m_db.beginFailure();
    m_active = true;
    m_fast = m_fastPathWanted && m_db.nativeHandle() != nullptr;
    if (m_fastPathWanted && policy != IndexPolicy::Keep && (m_copy = PostgresCopy::open(m_db)))
        if (VoidResult r = m_copy->begin(); !r) {
            cancel();
            return r;
        }
    if (m_fast) {
        if (VoidResult r = prepareFastPath(); !r) {
            cancel();
            return r;
        }
        const bool defer = policy == IndexPolicy::Defer
                           || (policy == IndexPolicy::Auto && expectedRows >= deferThreshold());
        if (defer)
            if (VoidResult r = dropIndexes(); !r) {
                cancel();
                return r;
            }
    }
    return {};
}

VoidResult BulkLeadWriter::prepareFastPath()
{
    m_st = std::make_unique<Statements>();
    m_st->db = m_db.nativeHandle();
    const struct
    {
        Statement *statement;
        QString sql;
    } all[] = {
        {&m_st->lead, leadInsertSql()},
        {&m_st->point, QStringLiteral("INSERT INTO lead_contact_points (lead_id, kind, position, value, norm_key) VALUES (?, ?, ?, ?, ?)")},
        {&m_st->tag, QStringLiteral("INSERT INTO lead_tags (lead_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING")},
        {&m_st->list, QStringLiteral("INSERT INTO lead_marketing_lists (lead_id, list_id) VALUES (?, ?) ON CONFLICT DO NOTHING")},
        {&m_st->converted, QStringLiteral("INSERT INTO lead_contacts_converted (lead_id, contact_id) VALUES (?, ?) ON CONFLICT DO NOTHING")},
        {&m_st->fts, QStringLiteral("INSERT INTO leads_fts (rowid, name, company, email, phone, city) VALUES (?, ?, ?, ?, ?, ?)")},
    };
    for (const auto &s : all)
        if (!s.statement->prepare(m_st->db, s.sql))
            return VoidResult::failure(QString(), tr("The import could not prepare its statements: %1")
                                                      .arg(QString::fromUtf8(sqlite3_errmsg(m_st->db))));
    return {};
}

QString BulkLeadWriter::leadInsertSql() const
{
    // The import's id is one more bound column of the same statement (bound
    // last, see addFast()): no second row per lead.
    const QStringList &cols = LeadRecord::columnNames();
    if (m_importId != 0)
        return QStringLiteral("INSERT INTO leads (%1,import_id) VALUES (%2)").arg(cols.join(QLatin1Char(',')), placeholders(cols.size() + 1));
    return QStringLiteral("INSERT INTO leads (%1) VALUES (%2)").arg(cols.join(QLatin1Char(',')), placeholders(cols.size()));
}

VoidResult BulkLeadWriter::setImportId(qint64 importId)
{
    m_importId = importId;
    if (!m_st)
        return {};
    if (!m_st->lead.prepare(m_st->db, leadInsertSql()))
        return VoidResult::failure(QString(), tr("The import could not prepare its statements: %1")
                                                  .arg(QString::fromUtf8(sqlite3_errmsg(m_st->db))));
    return {};
}

VoidResult BulkLeadWriter::dropIndexes()
{
    // Read from the schema itself, so that indexes a later migration adds are
    // deferred too. Unique indexes stay: they decide conflicts while loading.
    // The triggers that count leads into their sort marks go too: finish()
    // builds the marks once from the new indexes.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                               "AND tbl_name IN (%1) AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid")
                    .arg(QLatin1String(DeferredTables))))
        return Problems{sqlProblem(q, QStringLiteral("sqlite_master"))};
    QStringList types;
    while (q.next()) {
        types << q.value(0).toString().toUpper();
        m_deferred << std::pair{q.value(1).toString(), q.value(2).toString()};
        m_rebuildMarks = m_rebuildMarks || types.last() == QLatin1String("TRIGGER");
    }
    q.finish();
    for (qsizetype i = 0; i < m_deferred.size(); ++i)
        if (VoidResult r = exec(QStringLiteral("DROP %1 \"%2\"").arg(types.at(i), m_deferred.at(i).first), m_deferred.at(i).first); !r)
            return r;
    return {};
}

Result<qint64> BulkLeadWriter::add(const Lead &lead)
{
    if (!m_active)
        return Result<qint64>::failure(QString(), tr("No bulk load is in progress."));
    Result<qint64> id = m_fast    ? addFast(lead, LeadRecord::from(lead, regionOf(lead.countryId)))
                        : m_copy ? m_copy->add(lead, LeadRecord::from(lead, regionOf(lead.countryId)), m_importId)
                                 : m_repo->insert(lead);
    if (id && !m_fast && !m_copy && m_importId != 0) {
        // The portable path stores through LeadRepository, which knows no import.
        QSqlQuery q = m_db.query(QStringLiteral("UPDATE leads SET import_id = ? WHERE id = ?"));
        q.addBindValue(m_importId);
        q.addBindValue(id.value());
        if (!q.exec())
            return Problems{sqlProblem(q, QStringLiteral("leads.import_id"))};
    }
    if (id)
        ++m_added;
    return id;
}

Result<qint64> BulkLeadWriter::addFast(const Lead &lead, const LeadRecord &record)
{
    Statements &st = *m_st;
    auto failed = [&](const char *table) {
        return Result<qint64>::failure(QString(), tr("Lead %1 could not be stored (%2): %3")
                                                      .arg(m_added + 1)
                                                      .arg(QLatin1String(table), QString::fromUtf8(sqlite3_errmsg(st.db))));
    };
    for (int i = 0; i < record.values.size(); ++i)
        st.lead.bind(i + 1, record.values.at(i));
    if (m_importId != 0)
        st.lead.bind(int(record.values.size()) + 1, m_importId);
    if (!st.lead.run())
        return failed("leads");
    const qint64 id = sqlite3_last_insert_rowid(st.db);

    for (const LeadRecord::ContactPoint &p : record.points) {
        st.point.bind(1, id);
        st.point.bind(2, p.kind);
        st.point.bind(3, qint64(p.position));
        st.point.bind(4, p.value);
        st.point.bind(5, p.key);
        if (!st.point.run())
            return failed("lead_contact_points");
    }
    auto writeIds = [&](Statement &s, const QList<qint64> &ids) {
        for (qint64 other : ids) {
            s.bind(1, id);
            s.bind(2, other);
            if (!s.run())
                return false;
        }
        return true;
    };
    if (!writeIds(st.tag, lead.tagIds))
        return failed("lead_tags");
    if (!writeIds(st.list, lead.marketingListIds))
        return failed("lead_marketing_lists");
    if (!writeIds(st.converted, lead.convertedContactIds))
        return failed("lead_contacts_converted");
    if (record.hasFts) {
        st.fts.bind(1, id);
        st.fts.bind(2, record.fts.name);
        st.fts.bind(3, record.fts.company);
        st.fts.bind(4, record.fts.email);
        st.fts.bind(5, record.fts.phone);
        st.fts.bind(6, record.fts.city);
        if (!st.fts.run())
            return failed("leads_fts");
    }
    return id;
}

VoidResult BulkLeadWriter::finish()
{
    if (!m_active)
        return VoidResult::failure(QString(), tr("No bulk load is in progress."));
    // Statements hold read cursors no more, but are finalised before DDL.
    m_st.reset();
    if (m_copy)
        if (VoidResult r = m_copy->flush(); !r) {
            cancel();
            return r;
        }
    for (const auto &[name, sql] : std::as_const(m_deferred))
        if (VoidResult r = exec(sql, name); !r) {
            cancel();
            return r;
        }
    m_deferred.clear();
    if (m_rebuildMarks)
        if (VoidResult r = LeadSortMarks::rebuild(m_db); !r) {
            cancel();
            return r;
        }
    m_rebuildMarks = false;
    if (VoidResult c = m_db.commit(); !c) {
        cancel();
        return c;
    }
    m_active = false;
    // Fresh statistics let the planner pick the partial indexes after a big load.
    if (m_added >= deferThreshold() && m_fast)
        static_cast<void>(exec(QStringLiteral("PRAGMA optimize"), QStringLiteral("optimize"))); // statistics only: a failure changes nothing
    // On PostgreSQL a VACUUM too: it marks the new pages all-visible, so that
    // counts and deep jumps read the indexes alone (five times faster on
    // 200,000 fresh leads) instead of visiting every row; autovacuum would
    // come to it only later. Only the tables' owner may vacuum them: a
    // team member's import leaves it to autovacuum, which a load of this
    // size wakes within its naptime.
    if (m_added >= deferThreshold() && m_copy && m_db.transactionDepth() == 0) {
        QSqlQuery owner = m_db.run(QStringLiteral("SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = 'leads'::regclass"));
        const bool owns = owner.next() && owner.value(0).toBool();
        owner.finish();
        if (owns)
            static_cast<void>(exec(QStringLiteral("VACUUM (ANALYZE) leads, lead_contact_points, lead_tags, leads_fts"), QStringLiteral("vacuum")));
        // The statement triggers counted every batch exactly, into the
        // buckets that were there (on a new database, all into the head):
        // the marks are spaced again from the vacuumed indexes, as the
        // SQLite path rebuilds them. A failure leaves them exact, lopsided
        // buckets being split when their order is next loaded.
        Transaction tx(m_db);
        if (tx.isActive() && LeadSortMarks::rebuild(m_db))
            static_cast<void>(tx.commit());
    }
    m_copy.reset();
    return {};
}

void BulkLeadWriter::cancel()
{
    release();
    if (m_active)
        m_db.rollback();
    m_active = false;
    m_deferred.clear();
    m_rebuildMarks = false;
}

void BulkLeadWriter::release()
{
    m_st.reset();
    m_copy.reset();
}
