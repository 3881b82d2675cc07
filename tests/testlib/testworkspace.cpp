#include "testworkspace.h"

#include "leadservice.h"

#include "database.h"
#include "databaseaddress.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

namespace {

QString adminUri() { return qEnvironmentVariable("QUARRY_TEST_POSTGRES"); }

/// Runs `use` on a connection of its own to the server's admin database;
/// false and a warning when the server cannot be reached.
template<typename Use>
bool withAdmin(Use use)
{
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = rawDatabase(adminUri(), name);
        if (db.open())
            ok = use(db);
        else
            qWarning("cannot reach the test server %s: %s", qPrintable(adminUri()), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Runs `sql` on the server's admin database; false and a warning on error.
bool admin(const QString &sql)
{
    return withAdmin([&sql](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    });
}

QString uriOf(const QString &database)
{
    auto a = DatabaseAddress::parse(adminUri());
    a->database = database;
    return a->uri();
}

} // namespace

bool TestWorkspace::onPostgres() { return !adminUri().isEmpty(); }

QString TestWorkspace::freshDatabase(const QString &dir)
{
    if (!onPostgres())
        return dir + QStringLiteral("/quarry.sqlite");
    // One migrated template per schema version, made once by whichever test
    // gets there first (CREATE DATABASE fails for the others, who wait for
    // it to be marked ready); each test copies it, which is quick.
    const QString tmpl = QStringLiteral("quarry_template_%1").arg(Database::latestVersion());
    const QString ready = tmpl + QStringLiteral("_ready");
    auto exists = [](const QString &name) {
        return withAdmin([&name](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name)) && q.next();
        });
    };
    if (!exists(ready)) {
        if (admin(QStringLiteral("CREATE DATABASE %1").arg(tmpl))) {
            {
                Database db;
                if (VoidResult r = db.open(uriOf(tmpl)); !r) {
                    db.close();
                    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(tmpl)); // the next test tries again
                    qFatal("cannot migrate the template database: %s", qPrintable(r.errorText()));
                }
            }
            admin(QStringLiteral("CREATE DATABASE %1").arg(ready)); // the mark: the template is whole
        } else {
            for (int i = 0; i < 600 && !exists(ready); ++i)
                QTest::qWait(100);
        }
    }
    const QString name = QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    for (int attempt = 0; attempt < 50; ++attempt) {
        // CREATE DATABASE … TEMPLATE needs the template free of sessions:
        // another test copying it at the same instant is waited for.
        if (admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, tmpl)))
            return uriOf(name);
        QTest::qWait(50 + 20 * attempt);
    }
    qFatal("cannot create the test database %s", qPrintable(name));
}

QString TestWorkspace::emptyDatabase(const QString &dir, const QString &fileName)
{
    if (!onPostgres())
        return dir + QLatin1Char('/') + fileName;
    const QString name = QStringLiteral("e_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("cannot create the test database %s", qPrintable(name));
    return uriOf(name);
}

void TestWorkspace::dropFresh(const QString &where)
{
    const auto a = DatabaseAddress::parse(where);
    if (!a || !a->isPostgres())
        return;
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(a->database));
}

TestWorkspace::TestWorkspace(const QString &login)
    : m_path(freshDatabase(m_dir.path()))
    , m_now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc())
{
    reopen(login);
}

TestWorkspace::~TestWorkspace()
{
    m_ws.reset();
    dropFresh(m_path);
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
