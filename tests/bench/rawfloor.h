#pragma once

#include "floor.h"

struct sqlite3;

/// The raw floor: the same data in the same schema through the sqlite3 C API
/// alone: one prepared INSERT per table in one transaction, the indexes and
/// the FTS5 table built after the load, and the list queries written by hand.
class RawFloor : public Floor
{
public:
    /// Opens `path`, which Quarry created (same schema and reference rows).
    explicit RawFloor(const QString &path);
    ~RawFloor() override;

    ImportTimes import(const LeadGenerator &generator, qint64 count, const BenchReferences &refs) override;

    double countAllMs(int runs) override;
    double firstPageMs(int runs) override;
    double keysetPageMs(int runs) override;
    /// FTS5 MATCH … LIMIT 50.
    double ftsMs(const QString &query, int runs) override;
    double countByStatusMs(int runs) override;
    double duplicatesMs(const QString &what, int runs) override;
    double statusUpdateMs(int runs) override;
    QString ftsName() const override { return QStringLiteral("FTS5"); }

private:
    double exec(const char *sql);
    sqlite3 *m_db = nullptr;
};
