// quarry-cli end to end, through the built binary: the commands of cli.md
// that exist, their --json shapes, their exit codes (0 done, 1 refused,
// 2 wrong usage, 3 failed) and their output for people.
#include "testdatabase.h"
#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json; ///< stdout parsed when --json was asked
    bool jsonOk = false;
    QString jsonError;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The default database, and anything else written to the user's data
        // folder, stays in the temporary folder.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-home")));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    /// Runs quarry-cli with exactly these arguments.
    Run exec(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(QUARRY_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            qWarning("quarry-cli %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        if (args.contains(QStringLiteral("--json"))) {
            QJsonParseError error;
            r.json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            r.jsonOk = error.error == QJsonParseError::NoError;
            r.jsonError = error.errorString();
        }
        return r;
    }

    /// Runs a command on the test's database.
    Run cli(const QStringList &args) { return exec(QStringList{QStringLiteral("--database"), m_db} + args); }
    Run json(const QStringList &args) { return cli(QStringList{QStringLiteral("--json")} + args); }

    static QString describe(const Run &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out.left(2000), r.err.left(2000));
    }

    /// Adds a lead and returns its id.
    qint64 addLead(const QStringList &assignments)
    {
        const Run r = json(QStringList{QStringLiteral("lead"), QStringLiteral("add")} + assignments);
        if (r.code != 0 || !r.jsonOk) {
            qWarning("lead add failed: %s", qPrintable(describe(r)));
            return 0;
        }
        return r.object().value(QStringLiteral("id")).toInteger();
    }

    static QSet<QString> keySet(const QJsonObject &o)
    {
        const QStringList keys = o.keys();
        return QSet<QString>(keys.begin(), keys.end());
    }
    static QJsonObject byName(const QJsonArray &statuses, const QString &name)
    {
        for (const QJsonValue &v : statuses)
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }
    static QStringList names(const QJsonArray &statuses)
    {
        QStringList out;
        for (const QJsonValue &v : statuses)
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    }
    static QList<qint64> ids(const QJsonArray &leads)
    {
        QList<qint64> out;
        for (const QJsonValue &v : leads)
            out << v.toObject().value(QStringLiteral("id")).toInteger();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(QUARRY_CLI_PATH)), QUARRY_CLI_PATH);
    }

    void init()
    {
        // Each test starts on a fresh database of its own.
        m_db = testDatabase(m_dir.path(), QStringLiteral("cli-%1.sqlite").arg(++m_counter));
    }
    void cleanup() { dropTestDatabase(m_db); }

    void initCreatesTheDatabase()
    {
        const Run r = json({QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.jsonOk, qPrintable(r.jsonError + r.out));
        QVERIFY(r.json.isObject());
        QCOMPARE(r.object().keys(), QStringList{QStringLiteral("schema_version")});
        QCOMPARE(r.object().value(QStringLiteral("schema_version")).toInt(), Database::latestVersion());
        QVERIFY(TestWorkspace::onPostgres() || QFileInfo::exists(m_db));
        QVERIFY(r.err.isEmpty());

        // Again: nothing to upgrade, same answer; for people, a sentence.
        const Run again = cli({QStringLiteral("init")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("schema version %1").arg(Database::latestVersion())), qPrintable(again.out));
        QVERIFY2(again.out.contains(TestWorkspace::onPostgres() ? DatabaseAddress::parse(m_db)->database : m_db), qPrintable(again.out));
    }

    void theDefaultDatabaseIsInTheUsersDataFolder()
    {
        const Run r = exec({QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        const QString expected = m_dir.filePath(QStringLiteral("data-home/Quarry/Quarry/quarry.sqlite"));
        QVERIFY2(QFileInfo::exists(expected), qPrintable(expected));
        // The default file is created with the default statuses.
        const Run s = exec({QStringLiteral("--json"), QStringLiteral("statuses")});
        QCOMPARE(s.array().size(), 6);
    }

    void aNewerDatabaseIsRefusedUntouched()
    {
        if (TestWorkspace::onPostgres()) {
            // A team database a newer Quarry migrated: its version in quarry_meta.
            QCOMPARE(json({QStringLiteral("init")}).code, 0);
            {
                QSqlDatabase raw = rawDatabase(m_db, QStringLiteral("newer"));
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("UPDATE quarry_meta SET value = '%1' WHERE key = 'schema_version'").arg(Database::latestVersion() + 1)));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
            for (const QString &command : {QStringLiteral("init"), QStringLiteral("stats")}) {
                const Run r = json({command});
                QCOMPARE(r.code, 3);
                QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
                QVERIFY(r.out.isEmpty());
            }
            return;
        }
        {
            const QString name = QStringLiteral("newer");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(m_db);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51525259))); // as a newer Quarry marks it
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        const QDateTime mtime = QFileInfo(m_db).lastModified();

        for (const QString &command : {QStringLiteral("init"), QStringLiteral("stats")}) {
            const Run r = json({command});
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(QFileInfo(m_db).lastModified(), mtime);
    }

    void aDatabaseThatCannotBeCreatedFails()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run r = exec({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("a-file/sub/q.sqlite")), QStringLiteral("init")});
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no command") << QStringList{};
        QTest::addRow("unknown command") << QStringList{QStringLiteral("fly")};
        QTest::addRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("stats")};
        QTest::addRow("init with an argument") << QStringList{QStringLiteral("init"), QStringLiteral("now")};
        QTest::addRow("lead id not a number") << QStringList{QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("abc")};
        QTest::addRow("lead add without fields") << QStringList{QStringLiteral("lead"), QStringLiteral("add")};
        QTest::addRow("lead add, not FIELD=VALUE") << QStringList{QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("Dupont")};
        QTest::addRow("lead assign without --to") << QStringList{QStringLiteral("lead"), QStringLiteral("assign"), QStringLiteral("1")};
        QTest::addRow("status move without position") << QStringList{QStringLiteral("status"), QStringLiteral("move"), QStringLiteral("Lost")};
        QTest::addRow("status open maybe") << QStringList{QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("Lost"), QStringLiteral("maybe")};
        QTest::addRow("status role unknown") << QStringList{QStringLiteral("status"), QStringLiteral("role"), QStringLiteral("won"), QStringLiteral("Lost")};
        QTest::addRow("leads --menu mine") << QStringList{QStringLiteral("leads"), QStringLiteral("--menu"), QStringLiteral("mine")};
        QTest::addRow("leads --sort unknown") << QStringList{QStringLiteral("leads"), QStringLiteral("--sort"), QStringLiteral("shoe_size")};
        QTest::addRow("leads --sort bad direction") << QStringList{QStringLiteral("leads"), QStringLiteral("--sort"), QStringLiteral("id:up")};
        QTest::addRow("leads --limit words") << QStringList{QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("ten")};
        QTest::addRow("leads --search without value") << QStringList{QStringLiteral("leads"), QStringLiteral("--search")};
        QTest::addRow("leads unexpected argument") << QStringList{QStringLiteral("leads"), QStringLiteral("everything")};
        QTest::addRow("ref on an unknown list") << QStringList{QStringLiteral("ref"), QStringLiteral("list"), QStringLiteral("planets")};
    }
    void wrongUsage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY(!r.err.isEmpty());
    }

    void databaseNeedsAValue()
    {
        const Run r = exec({QStringLiteral("--database")});
        QCOMPARE(r.code, 2);
    }

    void helpListsTheCommands()
    {
        const Run r = exec({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *c : {"init", "stats", "statuses", "status add", "lead add", "lead history", "leads", "options", "ref add", "users"})
            QVERIFY2(r.out.contains(QLatin1String(c)), c);
    }

    void statuses()
    {
        const Run r = json({QStringLiteral("statuses")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.jsonOk && r.json.isArray(), qPrintable(r.out));
        const QJsonArray a = r.array();
        QCOMPARE(names(a), (QStringList{QStringLiteral("To be processed"), QStringLiteral("Marketing qualification"),
                                        QStringLiteral("Sales qualification"), QStringLiteral("Nurturing"),
                                        QStringLiteral("Converted"), QStringLiteral("Lost")}));
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keySet(o),
                     (QSet<QString>{QStringLiteral("name"), QStringLiteral("sequence"), QStringLiteral("open"), QStringLiteral("role")}));
            QVERIFY(o.value(QStringLiteral("sequence")).isDouble());
            QVERIFY(o.value(QStringLiteral("open")).isBool());
        }
        QCOMPARE(a[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("new"));
        QVERIFY(a[1].toObject().value(QStringLiteral("role")).isNull());
        QCOMPARE(a[4].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("converted"));
        QCOMPARE(a[4].toObject().value(QStringLiteral("open")).toBool(), false);
        QCOMPARE(a[5].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("lost"));

        const Run text = cli({QStringLiteral("statuses")});
        QCOMPARE(text.code, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8); // header, rule, six statuses
        QVERIFY(lines[0].contains(QStringLiteral("STATUS")));
        QVERIFY(lines[2].contains(QStringLiteral("To be processed")) && lines[2].contains(QStringLiteral("open")) && lines[2].contains(QStringLiteral("new")));
        QVERIFY(lines[7].contains(QStringLiteral("Lost")) && lines[7].contains(QStringLiteral("closed")));
    }

    void statusConfiguration()
    {
        Run r = json({QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("Demo scheduled"), QStringLiteral("--after"), QStringLiteral("Sales qualification")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Demo scheduled"));
        QCOMPARE(r.object().value(QStringLiteral("open")).toBool(), true);
        QVERIFY(r.object().value(QStringLiteral("role")).isNull());

        r = json({QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("Archived"), QStringLiteral("--closed")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("open")).toBool(), false);

        r = cli({QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("demo  SCHEDULED")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--after"), QStringLiteral("Nowhere")}).code, 1);

        r = json({QStringLiteral("status"), QStringLiteral("rename"), QStringLiteral("Demo scheduled"), QStringLiteral("Demo booked")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json.isArray());
        QCOMPARE(names(r.array()).indexOf(QStringLiteral("Demo booked")), 3);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("rename"), QStringLiteral("Demo booked"), QStringLiteral("lost")}).code, 1);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("rename"), QStringLiteral("Nowhere"), QStringLiteral("Somewhere")}).code, 1);

        r = json({QStringLiteral("status"), QStringLiteral("move"), QStringLiteral("Nurturing"), QStringLiteral("--position"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(names(r.array()).first(), QStringLiteral("Nurturing"));
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("sequence")).toInt(), 10);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("move"), QStringLiteral("Nurturing"), QStringLiteral("--position"), QStringLiteral("99")}).code, 1);

        r = json({QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("Demo booked"), QStringLiteral("no")});
        QCOMPARE(r.code, 0);
        QCOMPARE(byName(r.array(), QStringLiteral("Demo booked")).value(QStringLiteral("open")).toBool(), false);
        r = cli({QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("To be processed"), QStringLiteral("no")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("open")));

        r = json({QStringLiteral("status"), QStringLiteral("role"), QStringLiteral("lost"), QStringLiteral("Archived")});
        QCOMPARE(r.code, 0);
        QCOMPARE(byName(r.array(), QStringLiteral("Archived")).value(QStringLiteral("role")).toString(), QStringLiteral("lost"));
        QVERIFY(byName(r.array(), QStringLiteral("Lost")).value(QStringLiteral("role")).isNull());
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("role"), QStringLiteral("converted"), QStringLiteral("Nurturing")}).code, 1);

        // remove: refused for a role holder and while leads use it, unless moved
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("remove"), QStringLiteral("Archived")}).code, 1);
        const qint64 lead = addLead({QStringLiteral("last_name=Dupont"), QStringLiteral("status=Nurturing")});
        QVERIFY(lead);
        r = cli({QStringLiteral("status"), QStringLiteral("remove"), QStringLiteral("Nurturing")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("1 lead")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("remove"), QStringLiteral("Nurturing"), QStringLiteral("--move-leads-to"), QStringLiteral("Converted")}).code, 1);
        r = json({QStringLiteral("status"), QStringLiteral("remove"), QStringLiteral("Nurturing"), QStringLiteral("--move-leads-to"), QStringLiteral("Sales qualification")});
        QCOMPARE(r.code, 0);
        QVERIFY(!names(r.array()).contains(QStringLiteral("Nurturing")));
        r = json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(lead)});
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("Sales qualification"));
        r = json({QStringLiteral("lead"), QStringLiteral("history"), QString::number(lead)});
        const QJsonObject last = r.array().last().toObject();
        QCOMPARE(last.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(last.value(QStringLiteral("old")).toString(), QStringLiteral("Nurturing"));
        QCOMPARE(last.value(QStringLiteral("new")).toString(), QStringLiteral("Sales qualification"));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("remove"), QStringLiteral("Nurturing")}).code, 1); // gone

        // human output is the table of statuses
        r = cli({QStringLiteral("status"), QStringLiteral("rename"), QStringLiteral("Demo booked"), QStringLiteral("Demo done")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Demo done")) && r.out.contains(QStringLiteral("STATUS")));
    }

    void leadAddShowSet()
    {
        Run r = json({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("first_name=Jean"), QStringLiteral("last_name=Dupont"),
                      QStringLiteral("company=Acme"), QStringLiteral("email=jean@acme.fr, j.dupont@acme.fr"),
                      QStringLiteral("phone=+33 1 23 45 67 89"), QStringLiteral("country=FR"), QStringLiteral("tags=Hot,VIP"),
                      QStringLiteral("score=4"), QStringLiteral("job_title=Fleet manager"), QStringLiteral("terms=1_3_months")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.jsonOk);
        QCOMPARE(keySet(r.object()),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("likely_duplicates")}));
        const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(r.object().value(QStringLiteral("likely_duplicates")).toArray(), QJsonArray{});

        r = json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.code, 0);
        QJsonObject lead = r.object();
        QCOMPARE(lead.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(lead.value(QStringLiteral("first_name")).toString(), QStringLiteral("Jean"));
        QCOMPARE(lead.value(QStringLiteral("email")).toArray(), (QJsonArray{QStringLiteral("jean@acme.fr"), QStringLiteral("j.dupont@acme.fr")}));
        QCOMPARE(lead.value(QStringLiteral("phone")).toArray(), QJsonArray{QStringLiteral("+33 1 23 45 67 89")});
        QCOMPARE(lead.value(QStringLiteral("country")).toString(), QStringLiteral("FR"));
        QCOMPARE(lead.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("Hot"), QStringLiteral("VIP")}));
        QCOMPARE(lead.value(QStringLiteral("score")).toInt(), 4);
        QCOMPARE(lead.value(QStringLiteral("job_title")).toString(), QStringLiteral("Fleet manager"));
        QCOMPARE(lead.value(QStringLiteral("status")).toString(), QStringLiteral("To be processed"));
        QCOMPARE(lead.value(QStringLiteral("created_by")).toString(), QStringLiteral("tester"));
        QVERIFY(!lead.value(QStringLiteral("estimated_close_date")).toString().isEmpty());
        QVERIFY(lead.value(QStringLiteral("assigned_to")).isNull());

        r = cli({QStringLiteral("lead"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Lead #%1  Jean Dupont").arg(id)));
        QVERIFY(r.out.contains(QStringLiteral("Acme")));
        QVERIFY(r.out.contains(QStringLiteral("Hot, VIP")));

        r = json({QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("company=Acme Fleet"), QStringLiteral("do_not_call=yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("company")).toString(), QStringLiteral("Acme Fleet"));
        QCOMPARE(r.object().value(QStringLiteral("do_not_call")).toBool(), true);
        QCOMPARE(r.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Jean")); // untouched

        // refusals name the field, change nothing, exit 1
        r = cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("score=9"), QStringLiteral("email=nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("score:")) && r.err.contains(QStringLiteral("email:")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("status=Converted")}).code, 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("created_at=2020-01-01")}).code, 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("shoe_size=42")}).code, 1);
        r = json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.object().value(QStringLiteral("score")).toInt(), 4);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("To be processed"));

        r = cli({QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("999")));
    }

    void leadAddRefusals()
    {
        Run r = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("first_name=Jean"), QStringLiteral("email=jean")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("last_name:")) && r.err.contains(QStringLiteral("email:")), qPrintable(r.err));
        // With --json too, refusals go to stderr and stdout stays empty.
        r = json({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("email=jean")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("last_name:")));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=X"), QStringLiteral("tin=123")}).code, 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=X"), QStringLiteral("industry=Nowhere")}).code, 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=X"), QStringLiteral("status=Lost")}).code, 1);
        QCOMPARE(json({QStringLiteral("stats")}).object().value(QStringLiteral("leads")).toInt(), 0);
    }

    void likelyDuplicates()
    {
        const qint64 first = addLead({QStringLiteral("first_name=Jean"), QStringLiteral("last_name=Dupont"), QStringLiteral("email=jean@acme.fr")});
        QVERIFY(first);
        Run r = json({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("first_name=jean"), QStringLiteral("last_name=DUPONT"),
                      QStringLiteral("email=Jean@Acme.fr")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("likely_duplicates")).toArray(), QJsonArray{first});
        QVERIFY(r.err.isEmpty()); // JSON mode: the answer says it
        r = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("first_name=Jean"), QStringLiteral("last_name=Dupont"),
                 QStringLiteral("email=jean@acme.fr")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Created lead #")));
        QVERIFY2(r.err.contains(QStringLiteral("likely duplicate of #%1").arg(first)), qPrintable(r.err));
    }

    void leadStatusTakeAssign()
    {
        const qint64 a = addLead({QStringLiteral("last_name=A")});
        const qint64 b = addLead({QStringLiteral("last_name=B")});
        QVERIFY(a && b);

        Run r = json({QStringLiteral("lead"), QStringLiteral("status"), QString::number(a), QStringLiteral("nurturing")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("Nurturing"));
        for (const QString &refused : {QStringLiteral("Converted"), QStringLiteral("Lost")}) {
            r = cli({QStringLiteral("lead"), QStringLiteral("status"), QString::number(a), refused});
            QCOMPARE(r.code, 1);
            QVERIFY(r.err.contains(QStringLiteral("status:")));
        }
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("status"), QString::number(a), QStringLiteral("Won")}).code, 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("status"), QStringLiteral("999"), QStringLiteral("Nurturing")}).code, 1);

        r = json({QStringLiteral("lead"), QStringLiteral("take"), QString::number(a), QString::number(b)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object(), (QJsonObject{{QStringLiteral("updated"), 2}}));
        r = json({QStringLiteral("lead"), QStringLiteral("take"), QStringLiteral("%1,%2").arg(a).arg(b)});
        QCOMPARE(r.object().value(QStringLiteral("updated")).toInt(), 0);
        r = cli({QStringLiteral("lead"), QStringLiteral("take"), QString::number(a)});
        QCOMPARE(r.out.trimmed(), QStringLiteral("0 lead(s) updated."));

        QCOMPARE(json({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--name"), QStringLiteral("Alice Martin")}).code, 0);
        r = json({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QString::number(b), QStringLiteral("--to"), QStringLiteral("alice")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("updated")).toInt(), 2);
        QCOMPARE(json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(b)}).object().value(QStringLiteral("assigned_to")).toString(),
                 QStringLiteral("alice"));

        // the allowed part: lead a is assigned, 999 is named, exit 1
        r = json({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QStringLiteral("999"), QStringLiteral("--to"), QStringLiteral("tester")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.object().value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(r.object().value(QStringLiteral("refused")).toArray().first().toObject().value(QStringLiteral("id")).toInt(), 999);
        QCOMPARE(json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(a)}).object().value(QStringLiteral("assigned_to")).toString(),
                 QStringLiteral("tester"));
        QCOMPARE(json({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QStringLiteral("--to"), QStringLiteral("alice")}).code, 0);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QStringLiteral("--to"), QStringLiteral("nobody")}).code, 1);
        QCOMPARE(json({QStringLiteral("user"), QStringLiteral("active"), QStringLiteral("alice"), QStringLiteral("no")}).code, 0);
        r = cli({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QStringLiteral("--to"), QStringLiteral("alice")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("active")));
        r = json({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QStringLiteral("--to"), QStringLiteral("none")});
        QCOMPARE(r.object().value(QStringLiteral("updated")).toInt(), 1);
        QVERIFY(json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(a)}).object().value(QStringLiteral("assigned_to")).isNull());
    }

    void leadHistory()
    {
        const qint64 id = addLead({QStringLiteral("last_name=Dupont")});
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("company=Acme")}).code, 0);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("take"), QString::number(id)}).code, 0);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("status"), QString::number(id), QStringLiteral("Nurturing")}).code, 0);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("comment"), QString::number(id), QStringLiteral("Called, no answer")}).code, 0);

        Run r = json({QStringLiteral("lead"), QStringLiteral("history"), QString::number(id)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json.isArray());
        const QJsonArray h = r.array();
        QCOMPARE(h.size(), 5);
        for (const QJsonValue &v : h) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"at", "user", "field", "old", "new", "text"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QStringLiteral("user")).toString(), QStringLiteral("tester"));
            QVERIFY(QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
        }
        QVERIFY(!h[0].toObject().value(QStringLiteral("text")).toString().isEmpty());
        QCOMPARE(h[1].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("company"));
        QCOMPARE(h[1].toObject().value(QStringLiteral("new")).toString(), QStringLiteral("Acme"));
        QCOMPARE(h[2].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("assigned_to"));
        QCOMPARE(h[2].toObject().value(QStringLiteral("new")).toString(), QStringLiteral("tester"));
        QCOMPARE(h[3].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(h[3].toObject().value(QStringLiteral("old")).toString(), QStringLiteral("To be processed"));
        QCOMPARE(h[4].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Called, no answer"));

        r = cli({QStringLiteral("lead"), QStringLiteral("history"), QString::number(id)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Company: ∅ → Acme")));
        QVERIFY(r.out.contains(QStringLiteral("Called, no answer")));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("history"), QStringLiteral("999")}).code, 1);
    }

    void leadDelete()
    {
        const qint64 a = addLead({QStringLiteral("last_name=A")});
        const qint64 b = addLead({QStringLiteral("last_name=B")});
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("delete"), QString::number(a), QStringLiteral("999")}).code, 1);
        const Run r = json({QStringLiteral("lead"), QStringLiteral("delete"), QString::number(a)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("show"), QString::number(a)}).code, 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("show"), QString::number(b)}).code, 0);
    }

    void leadsAndStats()
    {
        const qint64 a = addLead({QStringLiteral("first_name=Łukasz"), QStringLiteral("last_name=Weiß"), QStringLiteral("company=Dubœuf"),
                                  QStringLiteral("phone=01.23.45.67.89"), QStringLiteral("country=FR"), QStringLiteral("score=2")});
        const qint64 b = addLead({QStringLiteral("first_name=Anna"), QStringLiteral("last_name=Ærø"), QStringLiteral("email=anna@acme.com"),
                                  QStringLiteral("status=Nurturing"), QStringLiteral("score=5")});
        const qint64 c = addLead({QStringLiteral("company=Zeta"), QStringLiteral("score=1")});
        QVERIFY(a && b && c);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("take"), QString::number(a)}).code, 0);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("Parked"), QStringLiteral("--closed")}).code, 0);
        // a closed status other than converted and lost: only through SQL here
        {
            const QString name = QStringLiteral("park");
            {
                QSqlDatabase raw = rawDatabase(m_db, name);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("UPDATE leads SET status_id = (SELECT id FROM lead_statuses WHERE name = 'Parked') WHERE id = %1").arg(c)));
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }

        Run r = json({QStringLiteral("leads")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.jsonOk && r.json.isArray(), qPrintable(r.jsonError + r.out));
        QCOMPARE(ids(r.array()), (QList<qint64>{a, b, c}));
        QCOMPARE(r.array()[1].toObject().value(QStringLiteral("email")).toArray(), QJsonArray{QStringLiteral("anna@acme.com")});
        QCOMPARE(r.array()[1].toObject().value(QStringLiteral("display_name")).toString(), QStringLiteral("Anna Ærø"));

        const auto list = [this](const QStringList &args) { return ids(json(QStringList{QStringLiteral("leads")} + args).array()); };
        QCOMPARE(list({QStringLiteral("--menu"), QStringLiteral("my")}), QList<qint64>{a});
        QCOMPARE(list({QStringLiteral("--menu"), QStringLiteral("opened")}), (QList<qint64>{a, b}));
        QCOMPARE(list({QStringLiteral("--menu"), QStringLiteral("closed")}), QList<qint64>{c});
        QCOMPARE(list({QStringLiteral("--menu"), QStringLiteral("all")}), (QList<qint64>{a, b, c}));
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("Nurturing")}), QList<qint64>{b});
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("Nurturing,Parked")}), (QList<qint64>{b, c}));
        QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("--status"), QStringLiteral("Won")}).code, 2);
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("lukasz")}), QList<qint64>{a});
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("weis")}), QList<qint64>{a});
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("DUBOE")}), QList<qint64>{a});
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("aero")}), QList<qint64>{b});
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("anna@acme")}), QList<qint64>{b});
        QCOMPARE(list({QStringLiteral("--search"), QStringLiteral("0123")}), QList<qint64>{a});
        QCOMPARE(list({QStringLiteral("--sort"), QStringLiteral("score:desc")}), (QList<qint64>{b, a, c}));
        QCOMPARE(list({QStringLiteral("--sort"), QStringLiteral("full_name")}), (QList<qint64>{c, b, a}));
        QCOMPARE(list({QStringLiteral("--sort"), QStringLiteral("id:desc"), QStringLiteral("--limit"), QStringLiteral("2")}), (QList<qint64>{c, b}));
        QCOMPARE(list({QStringLiteral("--limit"), QStringLiteral("0")}), QList<qint64>{});
        QCOMPARE(list({QStringLiteral("--menu"), QStringLiteral("opened"), QStringLiteral("--search"), QStringLiteral("anna"), QStringLiteral("--sort"), QStringLiteral("id:asc")}),
                 QList<qint64>{b});

        r = cli({QStringLiteral("leads"), QStringLiteral("--sort"), QStringLiteral("score:desc")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("ID")) && lines[0].contains(QStringLiteral("STATUS")));
        QVERIFY(lines[2].contains(QStringLiteral("Anna Ærø")) && lines[2].contains(QStringLiteral("Nurturing")) && lines[2].contains(QStringLiteral("★★★★★")));
        QVERIFY(lines[3].contains(QStringLiteral("Łukasz Weiß")) && lines[3].contains(QStringLiteral("tester")));

        r = json({QStringLiteral("stats")});
        QCOMPARE(r.code, 0);
        const QJsonObject s = r.object();
        QCOMPARE(keySet(s),
                 (QSet<QString>{QStringLiteral("leads"), QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("by_status")}));
        QCOMPARE(s.value(QStringLiteral("leads")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("open")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("closed")).toInt(), 1);
        const QJsonObject by = s.value(QStringLiteral("by_status")).toObject();
        QCOMPARE(by.value(QStringLiteral("To be processed")).toInt(), 1);
        QCOMPARE(by.value(QStringLiteral("Nurturing")).toInt(), 1);
        QCOMPARE(by.value(QStringLiteral("Parked")).toInt(), 1);
        QCOMPARE(by.value(QStringLiteral("Lost")).toInt(), 0);
        QCOMPARE(by.size(), 7);

        r = cli({QStringLiteral("stats")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Leads: 3 (2 open, 1 closed)")), qPrintable(r.out));
    }

    void options()
    {
        Run r = json({QStringLiteral("options")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("restrict_functions")).toString(), QStringLiteral("no"));
        QVERIFY(r.object().contains(QStringLiteral("required_fields")));
        r = json({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("restrict_functions"), QStringLiteral("yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("restrict_functions")).toString(), QStringLiteral("yes"));
        r = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=X"), QStringLiteral("job_title=Dreamer")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("restricted")));

        QCOMPARE(json({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("required_fields"), QStringLiteral("source")}).code, 0);
        r = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=X")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("source:")));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=X"), QStringLiteral("source=Webinar")}).code, 0);

        QCOMPARE(cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("restrict_functions"), QStringLiteral("maybe")}).code, 1);
        QCOMPARE(cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("red")}).code, 1);
        QCOMPARE(cli({QStringLiteral("option"), QStringLiteral("set"), QStringLiteral("colour")}).code, 2);
        r = cli({QStringLiteral("options")});
        QVERIFY(r.out.contains(QStringLiteral("OPTION")) && r.out.contains(QStringLiteral("restrict_functions")));
    }

    void referenceLists()
    {
        Run r = json({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("tags"), QStringLiteral("Hot"), QStringLiteral("--color"), QStringLiteral("#ff0000")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Hot"));
        QCOMPARE(r.object().value(QStringLiteral("color")).toString(), QStringLiteral("#ff0000"));
        QVERIFY(r.object().value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("tags"), QStringLiteral("HOT")}).code, 1);
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("tags"), QStringLiteral("Cold"), QStringLiteral("--color"), QStringLiteral("blue")}).code, 1);
        QCOMPARE(json({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("functions"), QStringLiteral("Sales Manager")}).code, 0);
        r = cli({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("functions"), QStringLiteral("sales  manager")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(json({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("industries"), QStringLiteral("Électricité")}).code, 0);
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("industries"), QStringLiteral("electricite")}).code, 1);
        QCOMPARE(json({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("sales_directions"), QStringLiteral("Fleet")}).code, 0);
        r = json({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("products"), QStringLiteral("Vans"), QStringLiteral("--sales-direction"), QStringLiteral("fleet")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.object().value(QStringLiteral("sales_direction")).toInteger() > 0);
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("products"), QStringLiteral("Trucks")}).code, 1);
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("countries"), QStringLiteral("Atlantis"), QStringLiteral("--code"), QStringLiteral("FR")}).code, 1);
        r = json({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("countries"), QStringLiteral("Atlantis"), QStringLiteral("--code"), QStringLiteral("xa")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("XA"));

        r = json({QStringLiteral("ref"), QStringLiteral("list"), QStringLiteral("tags")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array()[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Hot"));
        r = cli({QStringLiteral("ref"), QStringLiteral("list"), QStringLiteral("sources")});
        QVERIFY(r.out.contains(QStringLiteral("Webinar")));

        r = json({QStringLiteral("ref"), QStringLiteral("rename"), QStringLiteral("tags"), QStringLiteral("hot"), QStringLiteral("Very hot"), QStringLiteral("--color"), QStringLiteral("#aa0000")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Very hot"));
        QCOMPARE(r.object().value(QStringLiteral("color")).toString(), QStringLiteral("#aa0000"));

        const qint64 lead = addLead({QStringLiteral("last_name=X"), QStringLiteral("tags=Very hot")});
        QVERIFY(lead);
        r = cli({QStringLiteral("ref"), QStringLiteral("remove"), QStringLiteral("tags"), QStringLiteral("Very hot")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("1 lead")));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("delete"), QString::number(lead)}).code, 0);
        // in the trash, the lead still holds its tag; emptied, it does not
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("remove"), QStringLiteral("tags"), QStringLiteral("Very hot")}).code, 1);
        QCOMPARE(cli({QStringLiteral("trash"), QStringLiteral("empty")}).code, 0);
        r = json({QStringLiteral("ref"), QStringLiteral("remove"), QStringLiteral("tags"), QStringLiteral("Very hot")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.object().contains(QStringLiteral("removed")));
        QCOMPARE(cli({QStringLiteral("ref"), QStringLiteral("remove"), QStringLiteral("tags"), QStringLiteral("Very hot")}).code, 1);
        // a lead may name a new tag or function inline; not an industry
        QVERIFY(addLead({QStringLiteral("last_name=Y"), QStringLiteral("tags=Brand new"), QStringLiteral("job_title=Buyer")}));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Z"), QStringLiteral("industry=Mining")}).code, 1);
    }

    void leadSetChecksTheVersion()
    {
        Run r = json({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Dupont"), QStringLiteral("city=Paris")});
        QCOMPARE(r.code, 0);
        const QString id = QString::number(r.object().value(QStringLiteral("id")).toInteger());
        r = json({QStringLiteral("lead"), QStringLiteral("show"), id});
        QCOMPARE(r.object().value(QStringLiteral("version")).toInteger(), 1);
        // At the version read: written, and the version moves on.
        r = json({QStringLiteral("lead"), QStringLiteral("set"), id, QStringLiteral("--if-version"), QStringLiteral("1"), QStringLiteral("city=Lyon")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("version")).toInteger(), 2);
        // Still at version 1 for this script: refused, naming who changed what, nothing written.
        r = json({QStringLiteral("lead"), QStringLiteral("set"), id, QStringLiteral("--if-version"), QStringLiteral("1"), QStringLiteral("city=Nice")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("version 2, not 1")) && r.err.contains(QStringLiteral("city by tester"))
                     && r.err.contains(QStringLiteral("\"Paris\" to \"Lyon\"")),
                 qPrintable(r.err));
        r = json({QStringLiteral("lead"), QStringLiteral("show"), id});
        QCOMPARE(r.object().value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
        QCOMPARE(r.object().value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("set"), id, QStringLiteral("--if-version"), QStringLiteral("two"), QStringLiteral("city=Nice")}).code, 2);
    }

    void users()
    {
        // Reads never write: the acting user is created by init or the first write.
        Run r = json({QStringLiteral("users")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.array().size(), 0);
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        r = json({QStringLiteral("users")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.array().size(), 1);
        QJsonObject me = r.array()[0].toObject();
        QCOMPARE(me.value(QStringLiteral("login")).toString(), QStringLiteral("tester"));
        QCOMPARE(me.value(QStringLiteral("admin")).toBool(), true);
        QCOMPARE(me.value(QStringLiteral("active")).toBool(), true);

        r = json({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--name"), QStringLiteral("Alice Martin"),
                  QStringLiteral("--email"), QStringLiteral("alice@acme.fr")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Alice Martin"));
        QCOMPARE(r.object().value(QStringLiteral("admin")).toBool(), false);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice")}).code, 1);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bad login")}).code, 1);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("active"), QStringLiteral("nobody"), QStringLiteral("no")}).code, 1);

        // --user acts as another user, who must be known: an admin adds them.
        r = exec({QStringLiteral("--database"), m_db, QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--json"),
                  QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Bobs")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("user add bob")), qPrintable(r.err));
        QCOMPARE(json({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("crm_sales")})
                     .object()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("crm_sales"));
        r = exec({QStringLiteral("--database"), m_db, QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--json"),
                  QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Bobs")});
        QCOMPARE(r.code, 0);
        const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(id)}).object().value(QStringLiteral("created_by")).toString(),
                 QStringLiteral("bob"));
        r = json({QStringLiteral("users")});
        QCOMPARE(r.array().size(), 3);
        r = cli({QStringLiteral("users")});
        QVERIFY(r.out.contains(QStringLiteral("LOGIN")) && r.out.contains(QStringLiteral("Alice Martin")) && r.out.contains(QStringLiteral("crm_admin")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
