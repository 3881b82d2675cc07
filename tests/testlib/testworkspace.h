#pragma once

#include "lead.h"
#include "workspace.h"

#include <QTemporaryDir>

#include <memory>

/// A workspace on a fresh SQLite file in a temporary folder, acting as the
/// user "tester", with a fixed clock (2026-03-02 09:00 UTC) unless told.
class TestWorkspace
{
public:
    explicit TestWorkspace(const QString &login = QStringLiteral("tester"));
    Workspace &ws() { return *m_ws; }
    Workspace *operator->() { return m_ws.get(); }
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
