#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;

/// One open Quarry database: a connection of its own (Qt connections belong
/// to the thread that opened them, so each thread opens its own Database),
/// the pragmas, and the numbered migrations kept in PRAGMA user_version.
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

    /// Opens (creating when missing) and migrates the file at `path`; the
    /// connection gets quarry_fold(text), Normalize::text as an SQL function.
    VoidResult open(const QString &path);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    /// The native handle under QSQLITE, for the bulk fast paths.
    sqlite3 *nativeHandle() const;

    /// A prepared query on this connection.
    QSqlQuery query(const QString &sql) const;
    /// Runs `sql` with positional bindings; returns the query positioned
    /// before its first row, or the driver's error naming `what`.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;

    /// Starts a transaction, or a savepoint when one is already open, so that
    /// services can nest (a bulk assign inside an import).
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /// The default database file in the user's data folder.
    static QString defaultPath();
    /// "now" as stored: UTC ISO 8601 with milliseconds.
    static QString timestamp(const QDateTime &at);
    static QDateTime fromTimestamp(const QString &text);

private:
    VoidResult migrate();
    VoidResult runScript(const QString &script);
    VoidResult seed(int version);

    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
};

/// Commits on commit(), rolls back when it leaves scope without it: every
/// write that touches several rows is all or nothing.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_active(db.begin()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
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
