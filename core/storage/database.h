#pragma once

#include "databaseaddress.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

struct sqlite3;

/// One open Quarry database: a connection of its own (Qt connections belong
/// to the thread that opened them, so each thread opens its own Database),
/// and the numbered migrations. Two backends behind one interface: a SQLite
/// file (the version in PRAGMA user_version, the pragmas, FTS5, the counted
/// sort marks) or a team PostgreSQL database (the version in quarry_meta,
/// tsvector search with a GIN index, writers serialised by an advisory lock).
/// What differs in SQL is asked of it (insert(), limit(), joinIds(),
/// searchIds()); the repositories above it do not know which they have.
class Database
{
public:
    /// The schema version this build writes. A file with a higher version
    /// was written by a newer Quarry and is refused, never touched.
    static int latestVersion();

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when missing) and migrates the file at `where`, or
    /// connects to and migrates the PostgreSQL database `where` names
    /// (postgresql://USER@HOST:PORT/DB, ?host=/socket/dir); the connection
    /// gets quarry_fold(text), Normalize::text as an SQL function (on
    /// PostgreSQL a function of the schema that folds case and accents).
    VoidResult open(const QString &where);
    void close();
    bool isOpen() const;

    /// The file, or the server address as people read it (no password).
    QString path() const { return m_path; }
    const DatabaseAddress &address() const { return m_address; }
    bool isPostgres() const { return m_address.isPostgres(); }

    // What differs in SQL between the two backends.
    /// Runs an INSERT with RETURNING id and gives the new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &bindings = {}) const;
    /// " LIMIT n OFFSET o", with n < 0 meaning no limit.
    QString limit(qint64 n, qint64 offset = 0) const;
    /// An aggregate joining `expr` (an id) with commas: group_concat or string_agg.
    QString joinIds(const QString &expr) const;
    /// A subquery of the ids of the leads whose search entry matches
    /// searchTerms() (its one binding), at most `limit` of them when it is
    /// above 0: FTS5's MATCH on a file; on a server quarry_search(), which
    /// reads the GIN index and keeps the leads the caller sees (under
    /// row-level security the server would read every entry instead).
    QString searchIds(int limit = 0) const;
    /// The bound value of searchIds() for an FTS5 prefix query as
    /// ftsPrefixQuery() writes it ("\"dup\"* \"jea\"*"): the same on SQLite,
    /// "dup:* & jea:*" on PostgreSQL.
    QString searchTerms(const QString &ftsQuery) const;
    /// A DDL statement of the migrations in PostgreSQL's dialect.
    static QString toPostgres(const QString &statement);
    QSqlDatabase connection() const;
    int schemaVersion() const;
    /// The native handle under QSQLITE, for the bulk fast paths.
    sqlite3 *nativeHandle() const;

    /// A prepared query on this connection, to bind and run many times (on
    /// PostgreSQL each prepared query costs a PREPARE and a DEALLOCATE: a
    /// statement run once goes through run() or exec()).
    QSqlQuery query(const QString &sql) const;
    /// Runs `sql` with positional bindings; returns the query positioned
    /// before its first row, or the driver's error naming `what`.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    /// Runs `sql` once with positional bindings and gives the query:
    /// isActive() when it ran, lastError() when it did not. For a statement
    /// run many times, query() once and exec() it each time.
    QSqlQuery run(const QString &sql, const QVariantList &bindings = {}) const;
    /// As run(), forward only, for a long read: the rows are not kept as
    /// they are read. Read it through before the next statement on this
    /// connection (on PostgreSQL that statement ends the read).
    QSqlQuery stream(const QString &sql, const QVariantList &bindings = {}) const;

    /// Starts a write transaction (BEGIN IMMEDIATE: the write lock is taken
    /// before the first statement, so that the checks a service makes inside
    /// it still hold when it writes), or a savepoint when one is already
    /// open, so that services can nest (a bulk assign inside an import).
    /// While another connection holds the write lock it waits and tries
    /// again, backing off, for up to `waitMs` (-1: writeWait()). False when
    /// it could not begin: nothing was run, and beginFailure() says why.
    bool begin(int waitMs = -1);
    /// Commits the transaction (or releases the savepoint). A failed commit
    /// rolls the whole transaction back: nothing of it was written.
    VoidResult commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    /// Counts the outermost transactions begun on this connection: what was
    /// read inside one may be kept until the next begins.
    quint64 transactionSerial() const { return m_transactions; }
    /// Why the last begin() failed, as a failure problem naming the file.
    Problems beginFailure() const { return m_beginFailure; }

    /// How long a write waits for another writer before it gives up, in ms
    /// (20 s by default: an import holds the lock for a few seconds; the
    /// environment variable QUARRY_WRITE_WAIT_MS overrides it).
    /// A single statement outside a transaction waits as long, up to 5 s.
    int writeWait() const { return m_writeWait; }
    void setWriteWait(int ms);
    /// The wait a connection opened now starts with (20 s, or
    /// QUARRY_WRITE_WAIT_MS): for the copies made path to path, outside
    /// any open Database.
    static int defaultWriteWait();

    /// Called inside every outermost write transaction right after it began
    /// (the Workspace creates the acting user there on their first write, so
    /// that reads never write). A failure rolls the transaction back.
    void setBeginHook(std::function<VoidResult()> hook) { m_beginHook = std::move(hook); }

    /// The default database file in the user's data folder.
    static QString defaultPath();
    /// "now" as stored: UTC ISO 8601 with milliseconds.
    static QString timestamp(const QDateTime &at);
    static QDateTime fromTimestamp(const QString &text);

private:
    VoidResult openSqlite(const QString &path);
    bool beginPostgres(int waitMs);
    /// The outermost transaction began: depth 1 and the begin hook.
    bool begun();
    VoidResult openPostgres();
    VoidResult recognise() const;
    VoidResult recognisePostgres() const;
    VoidResult checkTables() const;
    VoidResult migrate();
    VoidResult runScript(const QString &script);
    VoidResult seed(int version);
    /// `sql` with each ? outside quotes replaced by its binding as a
    /// PostgreSQL literal (the driver's escaping), or a null string when the
    /// placeholders and bindings do not pair up.
    bool execInto(QSqlQuery &q, const QString &sql, const QVariantList &bindings) const;
    QString withLiterals(const QString &sql, const QVariantList &bindings) const;

    QString m_connectionName;
    QString m_path;
    DatabaseAddress m_address;
    int m_depth = 0;
    quint64 m_transactions = 0;
    int m_writeWait = 20000;
    Problems m_beginFailure;
    std::function<VoidResult()> m_beginHook;
};

/// Commits on commit(), rolls back when it leaves scope without it: every
/// write that touches several rows is all or nothing. A service begins it
/// before its first check and returns failure() when it did not begin:
///
///     Transaction tx(db);
///     if (!tx.isActive())
///         return tx.failure();
///     ... checks and writes ...
///     if (VoidResult c = tx.commit(); !c)
///         return c.problems();
class Transaction
{
public:
    /// `waitMs` as Database::begin().
    explicit Transaction(Database &db, int waitMs = -1) : m_db(db), m_active(db.begin(waitMs)) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    /// Why it did not begin (a failure: nothing was changed).
    Problems failure() const { return m_db.beginFailure(); }
    VoidResult commit()
    {
        if (!m_active)
            return failure();
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so a
/// blank value must be an empty, non-null string.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// A Problem from a failed query, for the storage layer's results.
Problem sqlProblem(const QSqlQuery &query, const QString &what);
