#pragma once

#include "benchreferences.h"

#include <QList>
#include <QString>

class LeadGenerator;
struct GeneratedLead;

/// The raw floor the benchmark holds Quarry against: the same data in the
/// same schema through the database's own C API alone (RawFloor: sqlite3,
/// PostgresFloor: libpq), bulk-loaded as a DBA would and queried by hand.
class Floor
{
public:
    struct ImportTimes
    {
        double load = 0;    ///< rows inserted (data generation excluded)
        double indexes = 0; ///< secondary indexes built after the load
        double fts = 0;     ///< full-text entries built with one INSERT … SELECT, and the commit
        double cpu = 0;     ///< CPU time of the three
        double total() const { return load + indexes + fts; }
    };

    virtual ~Floor() = default;

    virtual ImportTimes import(const LeadGenerator &generator, qint64 count, const BenchReferences &refs) = 0;

    virtual double countAllMs(int runs) = 0;
    /// First page of 50 rows of the grid by id (row columns as Quarry shows them).
    virtual double firstPageMs(int runs) = 0;
    /// One keyset page of 50 ids after a key in the middle, by full name.
    virtual double keysetPageMs(int runs) = 0;
    /// The first 50 full-text matches of `query` ("mar*" or "martin").
    virtual double ftsMs(const QString &query, int runs) = 0;
    virtual double countByStatusMs(int runs) = 0;
    /// Duplicate groups on a contact key kind ("email", "phone") or on
    /// last name + company.
    virtual double duplicatesMs(const QString &what, int runs) = 0;
    /// One status change committed.
    virtual double statusUpdateMs(int runs) = 0;
    /// The name of the full-text build in the figures ("FTS5", "tsvector + GIN").
    virtual QString ftsName() const = 0;

protected:
    /// Leads loaded per round: generated untimed, then stored timed.
    static constexpr qint64 Chunk = 10000;
    /// Leads [start, min(count, start + Chunk)) into `chunk`, with their
    /// creation times as stored (UTC ISO 8601 with milliseconds) in `created`.
    static void generate(const LeadGenerator &generator, qint64 start, qint64 count, QList<GeneratedLead> *chunk, QList<QString> *created);
};
