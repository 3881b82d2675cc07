#pragma once

#include "leadrecord.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <memory>

class Database;
struct pg_conn;

/// The PostgreSQL side of BulkLeadWriter: leads stored in batches through
/// COPY … FROM STDIN (libpq, on the Qt driver's own connection), the same
/// rows as LeadRepository::insert() writes.
///
/// Ids are taken from the leads' identity sequence in blocks
/// (nextval() over generate_series, so concurrent writers never collide), so
/// that add() can answer at once and the rows wait in memory until flush()
/// (BatchRows leads at a time, and at the end).
///
/// COPY FROM is not allowed on a table under row-level security: when the
/// session's policies apply (row_security_active('leads'), a sales rep say),
/// the rows are copied into temporary tables of the same shape and moved with
/// one INSERT … SELECT per table, so that every policy's WITH CHECK still
/// judges every row. The owner's session copies into the tables directly.
///
/// Nothing of this is visible to others before the caller's transaction
/// commits; a failed flush leaves that transaction to be rolled back.
class PostgresCopy
{
public:
    static constexpr qsizetype BatchRows = 5000;

    /// Null when `db` is no PostgreSQL database or its driver gives no handle.
    static std::unique_ptr<PostgresCopy> open(Database &db);
    ~PostgresCopy();
    PostgresCopy(const PostgresCopy &) = delete;
    PostgresCopy &operator=(const PostgresCopy &) = delete;

    /// Inside the caller's open transaction: decides direct or staged COPY
    /// and makes the staging tables when needed.
    VoidResult begin();
    /// Queues the rows of one lead; returns its id.
    Result<qint64> add(const Lead &lead, const LeadRecord &record, qint64 importId);
    /// Sends what is queued.
    VoidResult flush();
    /// Whether rows go through staging tables (row-level security applies).
    bool staged() const { return m_staged; }

    /// One value in COPY's text format (tab-separated, \N for null), appended.
    static void appendField(QByteArray &row, const QVariant &value);
    static void appendText(QByteArray &row, const QString &text);

private:
    PostgresCopy(Database &db, pg_conn *conn);
    Result<qint64> nextId();
    VoidResult run(const QByteArray &sql, const QString &what);
    VoidResult copy(const QByteArray &table, const QByteArray &columns, QByteArray &rows, qsizetype count);
    /// The tables loaded, leads first, each with the columns copied.
    static const QList<std::pair<QByteArray, QByteArray>> &tables();

    Database &m_db;
    pg_conn *m_conn = nullptr;
    bool m_staged = false;
    QList<qint64> m_ids; ///< reserved, not yet used (taken from the back)
    qsizetype m_queued = 0;
    qsizetype m_points = 0, m_tags = 0, m_lists = 0, m_converted = 0, m_fts = 0;
    QByteArray m_leadRows, m_pointRows, m_tagRows, m_listRows, m_convertedRows, m_ftsRows;
};
