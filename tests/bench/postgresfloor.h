#pragma once

#include "floor.h"

struct pg_conn;

/// The raw floor on PostgreSQL, through libpq alone: COPY of every table in
/// one transaction, the secondary indexes, the tsvector entries and their GIN
/// index built after the load, and the list queries written by hand
/// (prepared, keyset paging, to_tsquery over the GIN index).
class PostgresFloor : public Floor
{
public:
    /// Connects to `uri`, a database Quarry created (same schema and
    /// reference rows) and holding no lead yet for import().
    explicit PostgresFloor(const QString &uri);
    ~PostgresFloor() override;

    ImportTimes import(const LeadGenerator &generator, qint64 count, const BenchReferences &refs) override;

    double countAllMs(int runs) override;
    double firstPageMs(int runs) override;
    double keysetPageMs(int runs) override;
    /// leads_fts.doc @@ to_tsquery('simple', …) LIMIT 50.
    double ftsMs(const QString &query, int runs) override;
    double countByStatusMs(int runs) override;
    double duplicatesMs(const QString &what, int runs) override;
    double statusUpdateMs(int runs) override;
    QString ftsName() const override { return QStringLiteral("tsvector + GIN"); }

    /// Runs one statement on the server of `adminUri` (CREATE / DROP DATABASE).
    static void adminExec(const QString &adminUri, const QByteArray &sql);

private:
    double exec(const QByteArray &sql);
    /// Median of running the prepared statement `name` with `params`, reading every value.
    double preparedMs(const QByteArray &name, const QByteArray &sql, const QList<QByteArray> &params, int runs);
    void copy(const QByteArray &table, const QByteArray &columns, const QByteArray &rows);
    pg_conn *m_conn = nullptr;
};
