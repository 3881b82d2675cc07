// quarry-cli against a team database: --database postgresql://…, the same
// commands and answers as on a file, the row version checked by
// lead set --if-version, search through the tsvector index, a refused write
// that changes nothing, and backup / restore through pg_dump and pg_restore.
// Runs when the tests run against PostgreSQL (QUARRY_TEST_POSTGRES, see
// tests/CMakeLists.txt); on SQLite alone there is no server to talk to.
#include "clirunner.h"
#include "databaseaddress.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliPostgres : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    CliRunner::Run cli(const QStringList &args)
    {
        return CliRunner::run(m_dir.path(), m_db, QStringList{QStringLiteral("--json")} + args);
    }
    qint64 add(const QString &last, const QString &city)
    {
        const CliRunner::Run r = cli({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=") + last,
                                      QStringLiteral("city=") + city, QStringLiteral("email=%1@example.org").arg(last.toLower())});
        if (r.code != 0)
            qWarning("lead add: %s", CliRunner::describe(r).constData());
        return r.object().value(QStringLiteral("id")).toInteger();
    }

private slots:
    void init()
    {
        if (!TestWorkspace::onPostgres())
            QSKIP("no PostgreSQL server for this run (QUARRY_TEST_POSTGRES)");
        m_db = TestWorkspace::freshDatabase(m_dir.path());
    }
    void cleanup() { TestWorkspace::dropFresh(m_db); }

    void theCommandsWorkOnATeamDatabase()
    {
        CliRunner::Run r = cli({QStringLiteral("init")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        const qint64 ann = add(QStringLiteral("Dupont"), QStringLiteral("Lyon"));
        const qint64 bob = add(QStringLiteral("Durand"), QStringLiteral("Nantes"));
        QVERIFY(ann && bob);
        r = cli({QStringLiteral("stats")});
        QCOMPARE(r.object().value(QStringLiteral("leads")).toInt(), 2);
        // Search as you type, through the tsvector index: prefixes, the email's parts.
        r = cli({QStringLiteral("leads"), QStringLiteral("--search"), QStringLiteral("dup")});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("id")).toInteger(), ann);
        r = cli({QStringLiteral("leads"), QStringLiteral("--search"), QStringLiteral("example")});
        QCOMPARE(r.array().size(), 2);
        r = cli({QStringLiteral("leads"), QStringLiteral("--sort"), QStringLiteral("city:desc")});
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("id")).toInteger(), bob);
        // The row version, as on a file.
        r = cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(ann), QStringLiteral("--if-version"), QStringLiteral("1"),
                 QStringLiteral("city=Lille")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("version")).toInteger(), 2);
        r = cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(ann), QStringLiteral("--if-version"), QStringLiteral("1"),
                 QStringLiteral("city=Nice")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("\"Lyon\" to \"Lille\"")), qPrintable(r.err));
        // A refused merge changes nothing.
        r = cli({QStringLiteral("merge"), QString::number(ann), QString::number(ann)});
        QCOMPARE(r.code, 1);
        QCOMPARE(cli({QStringLiteral("stats")}).object().value(QStringLiteral("leads")).toInt(), 2);
        // The trash and back.
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("delete"), QString::number(bob)}).code, 0);
        QCOMPARE(cli({QStringLiteral("leads"), QStringLiteral("--menu"), QStringLiteral("trash")}).array().size(), 1);
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("restore"), QString::number(bob)}).code, 0);
        // A login the database does not know is refused.
        r = CliRunner::run(m_dir.path(), m_db, {QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("status"),
                                                QStringLiteral("add"), QStringLiteral("Hacked")});
        QCOMPARE(r.code, 1);
        QVERIFY(!cli({QStringLiteral("statuses")}).out.contains(QStringLiteral("Hacked")));
    }

    void theServerEnforcesTheRolesForEveryClient()
    {
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        // The admin adds a sales rep, a login role with a password the server checks.
        const QString login = QStringLiteral("sam_%1").arg(QCoreApplication::applicationPid());
        QProcess *p = CliRunner::start(m_dir.path(), m_db,
                                       {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"),
                                        QStringLiteral("crm_sales"), QStringLiteral("--password-stdin")});
        p->write("s3cret-Pass\n");
        p->closeWriteChannel();
        CliRunner::Run r = CliRunner::finish(p);
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        const qint64 samId = r.object().value(QStringLiteral("id")).toInteger();
        const qint64 free = add(QStringLiteral("Free"), QStringLiteral("Lyon"));
        const qint64 other = add(QStringLiteral("Other"), QStringLiteral("Nice"));
        QVERIFY(cli({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(other), QStringLiteral("--to"),
                     QStringLiteral("tester")}).code == 0);
        auto a = DatabaseAddress::parse(m_db).value();
        a.user = login;
        a.password = QStringLiteral("s3cret-Pass");
        const QString asSam = a.uri();
        // psql as Sam, with his own password: the server shows him what Quarry would.
        auto psql = [&](const QString &sql, const QString &password) {
            QProcess q;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), password);
            q.setProcessEnvironment(env);
            q.start(QStringLiteral("psql"), {QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(a.host).arg(a.port).arg(login, a.database),
                                             QStringLiteral("-tAc"), sql});
            q.waitForFinished(30000);
            return std::pair{q.exitCode(), QString::fromUtf8(q.readAllStandardOutput()).trimmed() + QString::fromUtf8(q.readAllStandardError())};
        };
        QCOMPARE(psql(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM leads"), QStringLiteral("s3cret-Pass")).second,
                 QString::number(free));
        // What hangs on the leads he may not see is out of his sight too.
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM activities WHERE lead_id = %1").arg(other), QStringLiteral("s3cret-Pass")).second,
                 QStringLiteral("0"));
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM lead_contact_points WHERE lead_id = %1").arg(other), QStringLiteral("s3cret-Pass")).second,
                 QStringLiteral("0"));
        QVERIFY(psql(QStringLiteral("SELECT count(*) FROM activities WHERE lead_id = %1").arg(free), QStringLiteral("s3cret-Pass")).second.toInt() > 0);
        // A wrong password is refused by the server.
        QVERIFY(psql(QStringLiteral("SELECT 1"), QStringLiteral("wrong")).first != 0);
        // Around the policies: an UPDATE of someone else's lead touches no row,
        // and the configuration is not his to write.
        QCOMPARE(psql(QStringLiteral("UPDATE leads SET city = 'Hacked' WHERE id = %1").arg(other), QStringLiteral("s3cret-Pass")).second,
                 QStringLiteral("UPDATE 0"));
        QVERIFY(psql(QStringLiteral("INSERT INTO lead_statuses (name, name_key, sequence) VALUES ('X', 'x', 99)"), QStringLiteral("s3cret-Pass"))
                    .second.contains(QStringLiteral("permission denied")));
        // quarry-cli as Sam: he acts as his login, sees his and the free leads, takes one.
        r = CliRunner::run(m_dir.path(), asSam, {QStringLiteral("--json"), QStringLiteral("leads")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.array().size(), 1);
        r = CliRunner::run(m_dir.path(), asSam, {QStringLiteral("--json"), QStringLiteral("lead"), QStringLiteral("take"), QString::number(free)});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        r = cli({QStringLiteral("lead"), QStringLiteral("show"), QString::number(free)});
        QCOMPARE(r.object().value(QStringLiteral("assigned_to")).toString(), login);
        r = CliRunner::run(m_dir.path(), asSam, {QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("Mine")});
        QCOMPARE(r.code, 1);
        // He cannot pass for someone else.
        r = CliRunner::run(m_dir.path(), asSam, {QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("stats")});
        QCOMPARE(r.code, 1);
        Q_UNUSED(samId);
    }

    void backupAndRestoreGoThroughPgDump()
    {
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        const qint64 kept = add(QStringLiteral("Kept"), QStringLiteral("Lyon"));
        QVERIFY(kept);
        const QString backup = m_dir.filePath(QStringLiteral("team.dump"));
        CliRunner::Run r = cli({QStringLiteral("backup"), backup});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QVERIFY(r.object().value(QStringLiteral("bytes")).toInteger() > 0);
        QCOMPARE(QFileInfo(backup).size(), r.object().value(QStringLiteral("bytes")).toInteger());
        // Changes after the backup, then the way back.
        add(QStringLiteral("Later"), QStringLiteral("Paris"));
        QCOMPARE(cli({QStringLiteral("lead"), QStringLiteral("delete"), QString::number(kept)}).code, 0);
        r = cli({QStringLiteral("restore"), backup});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("schema_version")).toInt(), Database::latestVersion());
        const QString keptAs = r.object().value(QStringLiteral("kept_as")).toString();
        QVERIFY2(QFileInfo(keptAs).size() > 0, qPrintable(keptAs));
        r = cli({QStringLiteral("leads")});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("id")).toInteger(), kept);
        // A lead added after the restore gets a fresh id: the sequences came back too.
        QVERIFY(add(QStringLiteral("After"), QStringLiteral("Lille")) > kept);
        // What is not a dump of Quarry's is refused, the database untouched.
        QFile junk(m_dir.filePath(QStringLiteral("junk.dump")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a dump");
        junk.close();
        r = cli({QStringLiteral("restore"), junk.fileName()});
        QVERIFY(r.code != 0);
        QCOMPARE(cli({QStringLiteral("leads")}).array().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_clipostgres.moc"
