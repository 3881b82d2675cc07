#pragma once

// Where a test that runs quarry-cli keeps its database: a file named
// `fileName` in `dir` on SQLite, or a fresh database on the test run's
// PostgreSQL server when the tests run against it (QUARRY_TEST_POSTGRES),
// so that the same CLI test checks both backends. dropTestDatabase() removes
// the server's copy (a file goes with the test's temporary folder);
// rawDatabase() opens a connection of the test's own to either, as another
// program (an older Quarry, another writer) would.
#include "databaseaddress.h"
#include "testworkspace.h"

#include <QSqlDatabase>
#include <QString>

inline QString testDatabase(const QString &dir, const QString &fileName)
{
    return TestWorkspace::onPostgres() ? TestWorkspace::freshDatabase(dir) : dir + QLatin1Char('/') + fileName;
}

inline void dropTestDatabase(const QString &where)
{
    TestWorkspace::dropFresh(where);
}

/// A connection named `name` to `where` (a file or a postgresql:// URI),
/// added but not opened; the caller opens it and removes it afterwards.
inline QSqlDatabase rawDatabase(const QString &where, const QString &name)
{
    const std::optional<DatabaseAddress> a = DatabaseAddress::parse(where);
    if (a && a->isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(a->host);
        db.setPort(a->port);
        db.setUserName(a->user);
        db.setPassword(a->password);
        db.setDatabaseName(a->database);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(where);
    return db;
}
