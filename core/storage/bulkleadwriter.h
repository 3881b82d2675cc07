#pragma once

#include "lead.h"
#include "result.h"

#include <QHash>
#include <QString>

#include <memory>

class Database;
class LeadRepository;
class PostgresCopy;
struct LeadRecord;
struct sqlite3_stmt;

/// Inserts many leads fast, all or nothing: the write path of imports.
///
/// Each lead is stored exactly as LeadRepository::insert() stores it (the
/// same LeadRecord: columns, stored keys, each email and phone with its key,
/// tags, marketing lists, full-text entry). Under SQLite it binds prepared
/// statements on the native handle, and for large loads it drops the
/// secondary indexes of leads, contact points and tags while loading and
/// builds them once at the end, which is several times faster than keeping
/// them up to date row by row; the triggers that count leads into their sort
/// marks go with them, and the marks are built once at the end too
/// (LeadSortMarks::rebuild). Under PostgreSQL the fast path is COPY in
/// batches (PostgresCopy), with the indexes kept: dropping them would lock
/// every other user out of the table for the whole load. When told, or when
/// lookups must see the rows as they come (IndexPolicy::Keep on PostgreSQL,
/// whose COPY batches are sent only every few thousand rows), it falls back
/// to LeadRepository's portable QSqlQuery path.
///
///     BulkLeadWriter writer(db);
///     if (auto r = writer.begin(rows); !r) ...
///     for (...) if (auto id = writer.add(lead); !id) { writer.cancel(); ... }
///     if (auto r = writer.finish(); !r) ...   // indexes built, committed
///
/// While indexes are deferred, queries on leads by key (duplicate lookups)
/// are full scans: a caller that looks leads up during the load (import with
/// duplicate handling) should pass IndexPolicy::Keep, or look up before.
/// The writer does not validate: callers validate before add().
class BulkLeadWriter
{
public:
    enum class IndexPolicy {
        Auto,  ///< defer index builds when expectedRows reaches deferThreshold()
        Defer, ///< always defer (fast path only)
        Keep,  ///< keep indexes live: lookups during the load stay fast
    };

    explicit BulkLeadWriter(Database &db);
    /// Cancels a load that was neither finished nor cancelled.
    ~BulkLeadWriter();
    BulkLeadWriter(const BulkLeadWriter &) = delete;
    BulkLeadWriter &operator=(const BulkLeadWriter &) = delete;

    /// From this many expected rows on, IndexPolicy::Auto defers index builds.
    static qint64 deferThreshold() { return 20000; }

    /// Every lead added from now on carries leads.import_id = `importId`
    /// (0: none), so that the import journal finds what an import created
    /// with one index and no second row per lead. May be set after begin()
    /// (the journal's entry is written inside the load's transaction).
    VoidResult setImportId(qint64 importId);
    qint64 importId() const { return m_importId; }

    /// Uses the portable path even under SQLite (tests compare both paths).
    void setFastPathEnabled(bool enabled) { m_fastPathWanted = enabled; }

    /// Opens the load's transaction (a savepoint inside an open one) and
    /// prepares the statements; `expectedRows` is a hint (0: unknown).
    VoidResult begin(qint64 expectedRows = 0, IndexPolicy policy = IndexPolicy::Auto);
    /// Stores `lead` (its id is ignored) and returns the new id. On failure
    /// the load should be cancelled.
    Result<qint64> add(const Lead &lead);
    /// Builds the deferred indexes and commits. Nothing is visible to other
    /// connections before this returns successfully.
    VoidResult finish();
    /// Rolls everything back, the dropped indexes included.
    void cancel();

    bool isActive() const { return m_active; }
    /// Whether the native path (sqlite3 statements, or PostgreSQL's COPY)
    /// is in use for this load.
    bool usesFastPath() const { return m_fast || m_copy != nullptr; }
    /// Whether index builds are deferred to finish() in this load.
    bool defersIndexes() const { return !m_deferred.isEmpty(); }
    qint64 addedCount() const { return m_added; }

private:
    struct Statements;
    VoidResult prepareFastPath();
    /// The INSERT INTO leads statement, with import_id when one is set.
    QString leadInsertSql() const;
    VoidResult dropIndexes();
    VoidResult exec(const QString &sql, const QString &what);
    Result<qint64> addFast(const Lead &lead, const LeadRecord &record);
    QString regionOf(qint64 countryId);
    void release();

    Database &m_db;
    std::unique_ptr<LeadRepository> m_repo;
    std::unique_ptr<Statements> m_st;
    std::unique_ptr<PostgresCopy> m_copy; ///< the load's COPY batches on PostgreSQL
    QHash<qint64, QString> m_countryCodes;
    QList<std::pair<QString, QString>> m_deferred; ///< index or trigger name, CREATE statement
    bool m_rebuildMarks = false;                   ///< the sort marks' triggers were dropped
    bool m_fastPathWanted = true;
    bool m_active = false;
    bool m_fast = false;
    qint64 m_added = 0;
    qint64 m_importId = 0;
};
