#include "testworkspace.h"

#include "leadservice.h"

#include <QTest>
#include <QTimeZone>

TestWorkspace::TestWorkspace(const QString &login)
    : m_path(m_dir.filePath(QStringLiteral("quarry.sqlite")))
    , m_now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc())
{
    reopen(login);
}

void TestWorkspace::reopen(const QString &login)
{
    m_ws.reset();
    auto ws = Workspace::open(m_path, login);
    if (!ws)
        qFatal("cannot open the test workspace: %s", qPrintable(ws.errorText()));
    m_ws = std::move(ws).value();
    m_ws->setClock([this] { return m_now; });
}

void TestWorkspace::setNow(const QDateTime &at)
{
    m_now = at;
}

qint64 TestWorkspace::addLead(const Lead &lead)
{
    auto saved = m_ws->leads().create(lead);
    if (!saved) {
        qWarning("addLead failed: %s", qPrintable(saved.errorText()));
        return 0;
    }
    return saved->lead.id;
}
