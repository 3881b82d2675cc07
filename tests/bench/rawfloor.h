#pragma once

#include "benchreferences.h"

#include <QString>

struct sqlite3;
class LeadGenerator;

/// The raw floor: the same data in the same schema through the sqlite3 C API
/// alone: one prepared INSERT per table in one transaction, the indexes and
/// the FTS5 table built after the load, and the list queries written by hand.
class RawFloor
{
public:
    struct ImportTimes
    {
        double load = 0;    ///< rows inserted (data generation excluded)
        double indexes = 0; ///< secondary indexes built after the load
        double fts = 0;     ///< FTS5 entries built with one INSERT … SELECT, and the commit
        double cpu = 0;     ///< CPU time of the three
        double total() const { return load + indexes + fts; }
    };

    /// Opens `path`, which Quarry created (same schema and reference rows).
    explicit RawFloor(const QString &path);
    ~RawFloor();

    ImportTimes import(const LeadGenerator &generator, qint64 count, const BenchReferences &refs);

    double countAllMs(int runs);
    /// First page of 50 rows of the grid by id (row columns as Quarry shows them).
    double firstPageMs(int runs);
    /// One keyset page of 50 ids after a key in the middle, by full name.
    double keysetPageMs(int runs);
    /// The first 50 FTS5 matches of `query` ("mar*" or "martin").
    double ftsMs(const QString &query, int runs);
    double countByStatusMs(int runs);
    /// Duplicate groups on a contact key kind ("email", "phone") or on
    /// last name + company.
    double duplicatesMs(const QString &what, int runs);
    /// One status change committed.
    double statusUpdateMs(int runs);

private:
    double exec(const char *sql);
    sqlite3 *m_db = nullptr;
};
