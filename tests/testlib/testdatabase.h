#pragma once

// Where a test that runs quarry-cli keeps its database: a file named
// `fileName` in `dir` on SQLite, or a fresh database on the test run's
// PostgreSQL server when the tests run against it (QUARRY_TEST_POSTGRES),
// so that the same CLI test checks both backends. dropTestDatabase() removes
// the server's copy (a file goes with the test's temporary folder).
#include "testworkspace.h"

#include <QString>

inline QString testDatabase(const QString &dir, const QString &fileName)
{
    return TestWorkspace::onPostgres() ? TestWorkspace::freshDatabase(dir) : dir + QLatin1Char('/') + fileName;
}

inline void dropTestDatabase(const QString &where)
{
    TestWorkspace::dropFresh(where);
}
