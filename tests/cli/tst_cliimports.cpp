// quarry-cli imports and import revert, through the built binary: the
// import's id in `import leads --json`, the journal as `imports` lists it,
// the undo (created leads removed, updated leads restored), exit 1 with each
// refused lead named on stderr, exit 1 for an unknown or already undone
// import, exit 3 when the database is locked (nothing changed).
#include "testdatabase.h"
#include "clirunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::Run;

class TestCliImports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return CliRunner::run(m_dir.filePath(QStringLiteral("data-home")), m_db, args, env);
    }
    Run json(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return cli(QStringList{QStringLiteral("--json")} + args, env);
    }
    static const char *describe(const Run &r)
    {
        static QByteArray text;
        text = CliRunner::describe(r);
        return text.constData();
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return path;
    }

    qint64 leadCount()
    {
        const Run r = json({QStringLiteral("leads")});
        return r.code == 0 ? r.array().size() : -1;
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_db = testDatabase(m_dir.path(), QStringLiteral("imports-%1.sqlite").arg(++counter));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    }
    void cleanup() { dropTestDatabase(m_db); }

    void importListRevert()
    {
        const Run existing = json({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Kim"),
                                   QStringLiteral("email=zoe@kim.example")});
        QVERIFY2(existing.code == 0, describe(existing));
        const qint64 zoe = existing.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(zoe > 0);

        const QString csv = file(QStringLiteral("fair.csv"), "First Name,Last Name,Company,Email\r\n"
                                                               "Ann,Lee,Acme,ann@acme.example\r\n"
                                                               "Bob,Ray,Beta,bob@beta.example\r\n"
                                                               "Zoe,Kim,Zeta,zoe@kim.example\r\n");
        const Run imported = json({QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--on-duplicate"),
                                   QStringLiteral("update")});
        QVERIFY2(imported.code == 0, describe(imported));
        const QJsonObject summary = imported.object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 1);
        const qint64 importId = summary.value(QStringLiteral("import")).toInteger();
        QVERIFY2(importId > 0, describe(imported));
        QCOMPARE(leadCount(), 3);

        const Run list = json({QStringLiteral("imports")});
        QVERIFY2(list.code == 0, describe(list));
        QCOMPARE(list.array().size(), 1);
        const QJsonObject entry = list.array().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("import")).toInteger(), importId);
        QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("tester"));
        QCOMPARE(entry.value(QStringLiteral("file")).toString(), QStringLiteral("fair.csv"));
        QCOMPARE(entry.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(entry.value(QStringLiteral("rejected")).toInt(), 0);
        QVERIFY(entry.value(QStringLiteral("reverted_at")).isNull());
        QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());

        // For people: a table with the file in it.
        const Run table = cli({QStringLiteral("imports")});
        QVERIFY2(table.code == 0 && table.out.contains(QStringLiteral("fair.csv")) && table.out.contains(QStringLiteral("IMPORT")),
                 describe(table));

        const Run revert = json({QStringLiteral("import"), QStringLiteral("revert"), QString::number(importId)});
        QVERIFY2(revert.code == 0, describe(revert));
        QCOMPARE(revert.object().value(QStringLiteral("removed")).toInt(), 2);
        QCOMPARE(revert.object().value(QStringLiteral("restored")).toInt(), 1);
        QVERIFY(revert.object().value(QStringLiteral("refused")).toArray().isEmpty());
        QCOMPARE(leadCount(), 1);
        const Run shown = json({QStringLiteral("lead"), QStringLiteral("show"), QString::number(zoe)});
        QVERIFY2(shown.code == 0, describe(shown));
        QCOMPARE(shown.object().value(QStringLiteral("company")).toString(), QString());
        QCOMPARE(shown.object().value(QStringLiteral("first_name")).toString(), QString());

        const Run after = json({QStringLiteral("imports")});
        QVERIFY(after.array().first().toObject().value(QStringLiteral("reverted_at")).isString());

        // Again: refused by a rule, nothing changes.
        const Run again = json({QStringLiteral("import"), QStringLiteral("revert"), QString::number(importId)});
        QVERIFY2(again.code == 1 && again.err.contains(QStringLiteral("already undone")), describe(again));
        const Run unknown = json({QStringLiteral("import"), QStringLiteral("revert"), QStringLiteral("999")});
        QVERIFY2(unknown.code == 1 && unknown.err.contains(QStringLiteral("#999")), describe(unknown));
        const Run bad = cli({QStringLiteral("import"), QStringLiteral("revert"), QStringLiteral("x")});
        QCOMPARE(bad.code, 2);
    }

    void refusedLeadsAreNamedAndExitOne()
    {
        const QString csv = file(QStringLiteral("two.csv"), "First Name,Last Name,Email\n"
                                                              "Ann,Lee,ann@acme.example\n"
                                                              "Bob,Ray,bob@beta.example\n");
        const Run imported = json({QStringLiteral("import"), QStringLiteral("leads"), csv});
        QVERIFY2(imported.code == 0, describe(imported));
        const qint64 importId = imported.object().value(QStringLiteral("import")).toInteger();
        const Run leads = json({QStringLiteral("leads"), QStringLiteral("--search"), QStringLiteral("Ann")});
        QCOMPARE(leads.array().size(), 1);
        const qint64 ann = leads.array().first().toObject().value(QStringLiteral("id")).toInteger();
        QTest::qWait(20); // a later updated_at than the import's end, to the millisecond
        const Run edit = cli({QStringLiteral("lead"), QStringLiteral("set"), QString::number(ann), QStringLiteral("city=Lyon")});
        QVERIFY2(edit.code == 0, describe(edit));

        const Run revert = json({QStringLiteral("import"), QStringLiteral("revert"), QString::number(importId)});
        QVERIFY2(revert.code == 1, describe(revert));
        QCOMPARE(revert.object().value(QStringLiteral("removed")).toInt(), 1);
        const QJsonArray refused = revert.object().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().toInteger(), ann);
        QVERIFY2(revert.err.contains(QStringLiteral("lead #%1 (Ann Lee): edited since the import").arg(ann)), describe(revert));
        QCOMPARE(leadCount(), 1);
    }

    void lockedDatabaseFailsWithThree()
    {
        const QString csv = file(QStringLiteral("one.csv"), "First Name,Last Name,Email\nAnn,Lee,ann@acme.example\n");
        const Run imported = json({QStringLiteral("import"), QStringLiteral("leads"), csv});
        const qint64 importId = imported.object().value(QStringLiteral("import")).toInteger();
        QVERIFY2(importId > 0, describe(imported));
        {
            // Another writer holds the write lock: the file's, or on a team
            // server the advisory lock every Quarry writer takes ("QRRY").
            const bool pg = TestWorkspace::onPostgres();
            QSqlDatabase db = rawDatabase(m_db, QStringLiteral("holder"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
            if (pg)
                QVERIFY2(q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x51525259)), qPrintable(q.lastError().text()));
            const Run r = json({QStringLiteral("import"), QStringLiteral("revert"), QString::number(importId)},
                               {{QStringLiteral("QUARRY_WRITE_WAIT_MS"), QStringLiteral("300")}});
            QVERIFY2(r.code == 3, describe(r));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(leadCount(), 1);
        const Run list = json({QStringLiteral("imports")});
        QVERIFY(list.array().first().toObject().value(QStringLiteral("reverted_at")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliImports)
#include "tst_cliimports.moc"
