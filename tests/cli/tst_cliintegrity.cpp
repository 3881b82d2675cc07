// What quarry-cli says it did is what it did, with other processes beside
// it: two writers raced on the same leads (convert twice, two merges taking
// the same lead, a merge beside an edit), a write while another program
// holds the lock (exit 3, nothing changed), reads that never write, new
// files and new logins opened by two processes at once, foreign and
// damaged files refused, and a new database private to its owner. On a
// team server too (QUARRY_TEST_POSTGRES): the races, the lock (the writers'
// advisory lock), foreign and damaged databases; what is a file's alone
// (new files, OS logins, permissions) runs on SQLite.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "clirunner.h"
#include "testdatabase.h"

namespace {

using CliRunner::describe;
using CliRunner::Run;

/// A raw connection to the database, for the invariants (and to hold the lock).
class Raw
{
public:
    explicit Raw(const QString &where) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = rawDatabase(where, m_name);
        if (db.driverName() == QLatin1String("QSQLITE"))
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~Raw()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

    QString name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

class TestCliIntegrity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;

    QProcess *start(const QStringList &args, const QString &database = {}, const QMap<QString, QString> &env = {})
    {
        return CliRunner::start(m_dir.filePath(QStringLiteral("data-home")), database.isEmpty() ? m_db : database,
                                QStringList{QStringLiteral("--json")} + args, env);
    }
    static Run finish(QProcess *p) { return CliRunner::finish(p); }
    Run exec(const QStringList &args, const QString &database = {}, const QMap<QString, QString> &env = {})
    {
        return finish(start(args, database, env));
    }
    /// Two commands started together; their runs in the same order.
    QPair<Run, Run> race(const QStringList &a, const QStringList &b)
    {
        QProcess *pa = start(a);
        QProcess *pb = start(b);
        const Run ra = finish(pa);
        return {ra, finish(pb)};
    }
    qint64 addLead(const QStringList &assignments)
    {
        const Run r = exec(QStringList{QStringLiteral("lead"), QStringLiteral("add")} + assignments);
        if (r.code != 0) {
            qWarning("lead add failed: %s", describe(r).constData());
            return 0;
        }
        return r.object().value(QStringLiteral("id")).toInteger();
    }
    static QString id(qint64 n) { return QString::number(n); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_db = testDatabase(m_dir.path(), QStringLiteral("integrity-%1.sqlite").arg(++m_counter));
        QCOMPARE(exec({QStringLiteral("init")}).code, 0);
    }
    void cleanup() { dropTestDatabase(m_db); }

    void aRefusedLeadCreatesNoFunctionNorTag()
    {
        // The values name a new function and tag, the email breaks a rule:
        // nothing of it stays, neither on add nor on set.
        const Run add = exec({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Refused"),
                              QStringLiteral("email=bad"), QStringLiteral("job_title=Zeta function"), QStringLiteral("tags=Zeta tag")});
        QCOMPARE(add.code, 1);
        const qint64 lead = addLead({QStringLiteral("last_name=Kept")});
        QVERIFY(lead);
        const Run set = exec({QStringLiteral("lead"), QStringLiteral("set"), id(lead), QStringLiteral("email=bad"),
                              QStringLiteral("job_title=Eta function")});
        QCOMPARE(set.code, 1);
        Raw raw(m_db);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM functions WHERE name IN ('Zeta function', 'Eta function')")), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Zeta tag'")), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM leads WHERE last_name = 'Refused'")), 0);
    }

    void convertingOneLeadTwiceAtOnceConvertsItOnce()
    {
        for (int round = 0; round < 6; ++round) {
            const qint64 lead = addLead({QStringLiteral("first_name=Ada"), QStringLiteral("last_name=Race%1").arg(round),
                                         QStringLiteral("company=Engines %1").arg(round)});
            QVERIFY(lead);
            const QStringList convert{QStringLiteral("lead"), QStringLiteral("convert"), id(lead), QStringLiteral("--partner"),
                                      QStringLiteral("new"), QStringLiteral("--contact"), QStringLiteral("new"),
                                      QStringLiteral("--opportunity"), QStringLiteral("yes")};
            const auto [a, b] = race(convert, convert);
            QVERIFY2((a.code == 0) != (b.code == 0), describe(a) + "\n" + describe(b));
            QCOMPARE(a.code + b.code, 1); // the other one refused by a rule: already converted
            Raw raw(m_db);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM partners WHERE from_lead_id = %1").arg(lead)), 1);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contacts WHERE from_lead_id = %1").arg(lead)), 1);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM opportunities WHERE from_lead_id = %1").arg(lead)), 1);
        }
    }

    void twoMergesTakingOneLeadMergeItOnce()
    {
        for (int round = 0; round < 6; ++round) {
            const QString email = QStringLiteral("email=b%1@race.fr").arg(round);
            const qint64 a = addLead({QStringLiteral("last_name=A%1").arg(round)});
            const qint64 b = addLead({QStringLiteral("last_name=B%1").arg(round), email});
            const qint64 c = addLead({QStringLiteral("last_name=C%1").arg(round)});
            QVERIFY(a && b && c);
            const auto [ra, rc] = race({QStringLiteral("merge"), id(a), id(b)}, {QStringLiteral("merge"), id(c), id(b)});
            QVERIFY2((ra.code == 0) != (rc.code == 0), describe(ra) + "\n" + describe(rc));
            Raw raw(m_db);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM merge_members WHERE lead_id = %1").arg(b)), 1);
            const qint64 master = ra.code == 0 ? a : c;
            QCOMPARE(raw.value(QStringLiteral("SELECT merged_into FROM leads WHERE id = %1").arg(b)), master);
            // B's email went into one lead only.
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM lead_contact_points p JOIN leads l ON l.id = p.lead_id "
                                              "WHERE l.merged_into IS NULL AND p.value = 'b%1@race.fr'")
                                   .arg(round)),
                     1);
        }
    }

    void anEditBesideAMergeNeverBringsTheMergedLeadBack()
    {
        for (int round = 0; round < 6; ++round) {
            const qint64 a = addLead({QStringLiteral("last_name=Keeper%1").arg(round)});
            const qint64 b = addLead({QStringLiteral("last_name=Gone%1").arg(round)});
            QVERIFY(a && b);
            const auto [merge, set] = race({QStringLiteral("merge"), id(a), id(b)},
                                           {QStringLiteral("lead"), QStringLiteral("set"), id(b), QStringLiteral("city=Lyon")});
            QVERIFY2(merge.code == 0, describe(merge));
            QVERIFY2(set.code == 0 || set.code == 1, describe(set)); // before the merge, or refused after it
            Raw raw(m_db);
            QCOMPARE(raw.value(QStringLiteral("SELECT merged_into FROM leads WHERE id = %1").arg(b)), a);
            const Run found = exec({QStringLiteral("leads"), QStringLiteral("--search"), QStringLiteral("Gone%1").arg(round)});
            QCOMPARE(found.code, 0);
            QVERIFY2(found.array().isEmpty(), qPrintable(found.out));
        }
    }

    void aWriteWhileAnotherHoldsTheLockFailsAndChangesNothing()
    {
        const qint64 a = addLead({QStringLiteral("last_name=Locked"), QStringLiteral("email=l@lock.fr")});
        const qint64 b = addLead({QStringLiteral("last_name=Locked"), QStringLiteral("email=l@lock.fr")});
        // Another writer holds the lock: the file's, or on a team server
        // the advisory lock every Quarry writer takes ("QRRY").
        Raw holder(m_db);
        if (TestWorkspace::onPostgres()) {
            QVERIFY(holder.exec(QStringLiteral("BEGIN")));
            QVERIFY(holder.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x51525259)));
        } else {
            QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        const QMap<QString, QString> shortWait{{QStringLiteral("QUARRY_WRITE_WAIT_MS"), QStringLiteral("300")}};
        const QList<QStringList> writes{
            {QStringLiteral("merge"), id(a), id(b)},
            {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=New")},
            {QStringLiteral("lead"), QStringLiteral("set"), id(a), QStringLiteral("city=Lyon")},
            {QStringLiteral("lead"), QStringLiteral("take"), id(a)},
            {QStringLiteral("lead"), QStringLiteral("delete"), id(b)},
            {QStringLiteral("lead"), QStringLiteral("convert"), id(a)},
            {QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("Waiting")},
        };
        for (const QStringList &w : writes) {
            const Run r = exec(w, {}, shortWait);
            QVERIFY2(r.code == 3, describe(r));
            QVERIFY2(r.err.contains(QStringLiteral("busy")) || r.err.contains(QStringLiteral("locked")), describe(r));
        }
        // Reads go on, even for an OS login the file does not know yet (it
        // owns the file; it is created by its first write, never by a read).
        QMap<QString, QString> newcomer = shortWait;
        if (!TestWorkspace::onPostgres())
            newcomer.insert(QStringLiteral("USER"), QStringLiteral("newcomer"));
        const Run read = exec({QStringLiteral("leads")}, {}, newcomer);
        QVERIFY2(read.code == 0, describe(read));
        QCOMPARE(read.array().size(), 2);
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        Raw raw(m_db);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM leads")), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM leads WHERE merged_into IS NOT NULL OR city <> ''")), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM users WHERE login = 'newcomer'")), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM lead_statuses WHERE name = 'Waiting'")), 0);
        // And the same merge goes through once the lock is free.
        QCOMPARE(exec({QStringLiteral("merge"), id(a), id(b)}).code, 0);
    }

    void twoProcessesOpeningANewFileBothSucceed()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("a file's: a team database is made once, by its admin");
        for (int round = 0; round < 8; ++round) {
            const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1-%2.sqlite").arg(m_counter).arg(round));
            QProcess *a = start({QStringLiteral("stats")}, fresh);
            QProcess *b = start({QStringLiteral("stats")}, fresh);
            const Run ra = finish(a);
            const Run rb = finish(b);
            QVERIFY2(ra.code == 0, describe(ra));
            QVERIFY2(rb.code == 0, describe(rb));
            Raw raw(fresh);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM lead_statuses")), 6);
        }
    }

    void aNewLoginUsedByTwoProcessesAtOnceIsCreatedOnce()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("a file's: on a team server a login is a server role an admin adds (tst_clirolematrix)");
        for (int round = 0; round < 8; ++round) {
            // The OS login, new to the file, acting from two processes at once.
            const QString login = QStringLiteral("newbie%1").arg(round);
            const QStringList add{QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=N%1").arg(round)};
            const QMap<QString, QString> env{{QStringLiteral("USER"), login}};
            QProcess *pa = start(add, {}, env);
            QProcess *pb = start(add, {}, env);
            const Run a = finish(pa);
            const Run b = finish(pb);
            QVERIFY2(a.code == 0, describe(a));
            QVERIFY2(b.code == 0, describe(b));
            Raw raw(m_db);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM users WHERE login = '%1'").arg(login)), 1);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM leads l JOIN users u ON u.id = l.created_by "
                                              "WHERE u.login = '%1'").arg(login)),
                     2);
        }
    }

    void aFileThatIsNotQuarrysIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("text file") << QStringLiteral("text");
        QTest::addRow("another program's SQLite") << QStringLiteral("foreign");
        QTest::addRow("a Quarry file without its leads table") << QStringLiteral("damaged");
    }
    void aFileThatIsNotQuarrysIsRefusedUntouched()
    {
        QFETCH(QString, kind);
        if (TestWorkspace::onPostgres()) {
            if (kind == QLatin1String("text"))
                QSKIP("a file's");
            refusedOnTheServer(kind);
            return;
        }
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(kind).arg(m_counter));
        if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,email\nAda,ada@example.org\n");
        } else if (kind == QLatin1String("foreign")) {
            Raw raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")));
        } else {
            QCOMPARE(exec({QStringLiteral("init")}, path).code, 0);
            Raw raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE leads")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("leads")}) {
            const Run r = exec({command}, path);
            QVERIFY2(r.code == 3, describe(r));
            QVERIFY2(r.err.contains(kind == QLatin1String("damaged") ? QStringLiteral("damaged") : QStringLiteral("not a Quarry database")),
                     describe(r));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    /// The same on a team server: another program's database (its own
    /// tables, none of Quarry's), or Quarry's without its leads table, is
    /// refused and left with the tables it had.
    void refusedOnTheServer(const QString &kind)
    {
        const QString tables = QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'");
        QString before;
        {
            Raw raw(m_db);
            if (kind == QLatin1String("foreign")) {
                QVERIFY(raw.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
                QVERIFY(raw.exec(QStringLiteral("CREATE SCHEMA public")));
                QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id serial PRIMARY KEY, text text)")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")));
            } else {
                QVERIFY(raw.exec(QStringLiteral("DROP TABLE leads CASCADE")));
            }
            QSqlQuery q(QSqlDatabase::database(raw.name()));
            QVERIFY(q.exec(tables) && q.next());
            before = q.value(0).toString();
        }
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("leads"), QStringLiteral("init")}) {
            const Run r = exec({command});
            QVERIFY2(r.code == 3, describe(r));
            QVERIFY2(r.err.contains(kind == QLatin1String("damaged") ? QStringLiteral("damaged") : QStringLiteral("not a Quarry database")),
                     describe(r));
            QVERIFY(r.out.isEmpty());
        }
        Raw raw(m_db);
        QSqlQuery q(QSqlDatabase::database(raw.name()));
        QVERIFY(q.exec(tables) && q.next());
        QCOMPARE(q.value(0).toString(), before);
    }

    void aNewDatabaseIsPrivateToItsOwner()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("a file's: the server keeps its own files");
        const QString folder = m_dir.filePath(QStringLiteral("private-%1/deeper").arg(m_counter));
        const QString path = folder + QStringLiteral("/quarry.sqlite");
        QCOMPARE(exec({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Secret")}, path).code, 0);
        for (const QString &dir : {folder, QFileInfo(folder).absolutePath()}) {
            struct stat st;
            QCOMPARE(::stat(QFile::encodeName(dir).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0700));
        }
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "tst_cliintegrity.moc"
