#pragma once

#include "lead.h"
#include "workspace.h"

#include <QTemporaryDir>

#include <memory>

/// A workspace on a fresh SQLite file in a temporary folder, acting as the
/// user "tester", with a fixed clock (2026-03-02 09:00 UTC) unless told.
/// When QUARRY_TEST_POSTGRES holds the URI of a PostgreSQL server's admin
/// database (the test run starts a throwaway cluster, tests/CMakeLists.txt),
/// the workspace is a fresh PostgreSQL database instead, made from a
/// migrated template and dropped afterwards: the same test, the other backend.
class TestWorkspace
{
public:
    explicit TestWorkspace(const QString &login = QStringLiteral("tester"));
    ~TestWorkspace();
    /// Whether the tests run against PostgreSQL (QUARRY_TEST_POSTGRES).
    static bool onPostgres();
    /// The URI of a fresh, migrated PostgreSQL database for one test (or a
    /// file path in `dir` on SQLite); dropFresh() removes it.
    static QString freshDatabase(const QString &dir);
    /// Where a database is yet to be made: `fileName` in `dir` (no such
    /// file yet) on SQLite, a new empty database on PostgreSQL (what an
    /// admin hands Quarry: the first open migrates and seeds it). Removed
    /// with dropFresh().
    static QString emptyDatabase(const QString &dir, const QString &fileName);
    static void dropFresh(const QString &where);
    Workspace &ws() { return *m_ws; }
    Workspace *operator->() { return m_ws.get(); }
    /// The SQLite file, or the PostgreSQL URI: what Workspace::open() takes.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Moves the fixed clock.
    void setNow(const QDateTime &at);
    /// Closes and reopens the database (as another start of the app would).
    void reopen(const QString &login = QStringLiteral("tester"));

    /// Creates a lead or fails the current test (QVERIFY-style message on stderr).
    qint64 addLead(const Lead &lead);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    QDateTime m_now;
};
