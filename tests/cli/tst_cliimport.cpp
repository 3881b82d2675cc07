// quarry-cli import leads / industries / cities and export leads, through the
// built binary: the exact --json documents, exit codes (0 done, 1 rows
// rejected, 2 wrong usage, 3 failed and nothing changed), the all-rows
// options, format overrides, the export → import round trip, and a kill in
// the middle of an import leaving the database as it was; on a file and on
// a team server's database (QUARRY_TEST_POSTGRES).
#include <QElapsedTimer>
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

#include "testdatabase.h"

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json;
    };

    QTemporaryDir m_dir;
    QString m_db;
    QString m_other; ///< a second database, when a test uses one
    int m_counter = 0;

    static QString data(const QString &name) { return QStringLiteral(QUARRY_TEST_DATA_DIR "/import/") + name; }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-home")));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    Run cli(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(QUARRY_CLI_PATH), QStringList{"--database", db.isEmpty() ? m_db : db} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        if (args.contains(QStringLiteral("--json")))
            r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return r;
    }

    /// The first column of the first row of `sql` on `db`, read directly.
    QVariant sql(const QString &query, const QString &db = {})
    {
        const QString name = QStringLiteral("check%1").arg(++m_counter);
        QVariant value;
        {
            QSqlDatabase c = rawDatabase(db.isEmpty() ? m_db : db, name);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(query) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    /// `expr` of the rows joined by `sep` in `order`, in either dialect.
    static QString joined(const QString &expr, const QString &order)
    {
        return TestWorkspace::onPostgres() ? QStringLiteral("string_agg(%1, '|' ORDER BY %2)").arg(expr, order)
                                           : QStringLiteral("group_concat(%1, '|')").arg(expr);
    }
    static QString indexCount()
    {
        return TestWorkspace::onPostgres() ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public'")
                                           : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'");
    }

    qint64 leadCount(const QString &db = {}) { return sql(QStringLiteral("SELECT COUNT(*) FROM leads"), db).toLongLong(); }

    static QJsonObject counts(qint64 read, qint64 imported, qint64 updated, qint64 skipped, qint64 rejected)
    {
        return {{"read", read}, {"imported", imported}, {"updated", updated}, {"skipped", skipped}, {"rejected", rejected}};
    }
    /// The counts of an import's JSON (it says more: see importLeadsJsonKeys).
    static QJsonObject countsOf(const QJsonObject &json)
    {
        QJsonObject out;
        for (const char *key : {"read", "imported", "updated", "skipped", "rejected"})
            out.insert(QLatin1String(key), json.value(QLatin1String(key)));
        return out;
    }

private slots:
    void init()
    {
        m_db = testDatabase(m_dir.path(), QStringLiteral("db%1.sqlite").arg(++m_counter));
        QCOMPARE(cli({"init"}).code, 0);
    }
    void cleanup()
    {
        dropTestDatabase(m_db);
        dropTestDatabase(m_other);
        m_other.clear();
    }

    void importLeadsJsonKeys()
    {
        const Run r = cli({"--json", "import", "leads", data("duplicates.csv")});
        QCOMPARE(r.code, 0);
        QStringList keys = r.json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"header_line", "import", "imported", "left_empty", "read", "rejected", "skipped", "source",
                                    "unmapped_columns", "updated"}));
        QCOMPARE(countsOf(r.json), counts(6, 5, 0, 1, 0)); // Pierre shares Jean's phone only: not a duplicate
        QCOMPARE(r.json.value("unmapped_columns").toArray(), QJsonArray());
        QCOMPARE(r.json.value("header_line").toInt(), 1);
        QCOMPARE(leadCount(), 5);

        const Run update = cli({"--json", "import", "leads", data("duplicates.csv"), "--on-duplicate", "update", "--tags", "vip"});
        QCOMPARE(update.code, 0);
        QCOMPARE(countsOf(update.json), counts(6, 0, 5, 1, 0));

        const Run create = cli({"import", "leads", data("duplicates.csv"), "--on-duplicate=create"});
        QCOMPARE(create.code, 0);
        QVERIFY2(create.out.contains(QStringLiteral("6 imported")), qPrintable(create.out));
        QCOMPARE(leadCount(), 11);
    }

    void aRejectedRowLeavesNothingBehind()
    {
        // The refused row names a new function, tag and industry: with
        // --create-missing none of them is created for it; the accepted row's
        // function is.
        const QString csv = file(QStringLiteral("side-effects.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,Email,Job Title,Tags,Industry\n"
                "Bad,Row,not-an-email,Chief Dreamer,Fresh tag,Space mining\n"
                "Good,Row,good@row.example,Night Owl,,\n");
        f.close();
        const int functions = sql(QStringLiteral("SELECT COUNT(*) FROM functions")).toInt();
        const Run r = cli({"--json", "import", "leads", csv, "--create-missing"});
        QCOMPARE(r.code, 1);
        QCOMPARE(countsOf(r.json), counts(2, 1, 0, 0, 1));
        QVERIFY2(r.err.contains(QStringLiteral("not-an-email")), qPrintable(r.err));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM functions")).toInt(), functions + 1);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM functions WHERE name = 'Chief Dreamer'")).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM tags WHERE name = 'Fresh tag'")).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM industries WHERE name = 'Space mining'")).toInt(), 0);
    }

    void rejectedRowsExitOneWithTheReport()
    {
        const QString report = file(QStringLiteral("rejected.csv"));
        const Run r = cli({"--json", "import", "leads", data("broken-quotes-short-rows.csv"), "--report", report});
        QCOMPARE(r.code, 1);
        QCOMPARE(countsOf(r.json), counts(9, 3, 0, 0, 6));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFline,reason,Name,Email,Company,City"));
        QVERIFY(lines.at(2).startsWith("4,"));

        // Without --report the reasons go to stderr, each with its line.
        const Run plain = cli({"import", "leads", data("broken-quotes-short-rows.csv")});
        QCOMPARE(plain.code, 1);
        QVERIFY2(plain.err.contains(QStringLiteral("line 4: ")), qPrintable(plain.err));
        QVERIFY2(!plain.err.contains(QStringLiteral("line 4: line 4")), qPrintable(plain.err));
        QVERIFY2(!plain.err.contains(QStringLiteral("line 2: ")), qPrintable(plain.err)); // Alice is imported
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no file") << QStringList{"import", "leads"};
        QTest::addRow("two files") << QStringList{"import", "leads", data("duplicates.csv"), "other.csv"};
        QTest::addRow("bad duplicate policy") << QStringList{"import", "leads", data("duplicates.csv"), "--on-duplicate", "merge"};
        QTest::addRow("unknown option") << QStringList{"import", "leads", data("duplicates.csv"), "--fast"};
        QTest::addRow("option without value") << QStringList{"import", "leads", data("duplicates.csv"), "--report"};
        QTest::addRow("bad delimiter") << QStringList{"import", "leads", data("duplicates.csv"), "--delimiter", "ab"};
        QTest::addRow("bad encoding") << QStringList{"import", "leads", data("duplicates.csv"), "--encoding", "ebcdic"};
        QTest::addRow("industries without file") << QStringList{"import", "industries"};
        QTest::addRow("export without file") << QStringList{"export", "leads"};
        QTest::addRow("export bad column") << QStringList{"export", "leads", "x.csv", "--columns", "shoe_size"};
        QTest::addRow("export bad sort") << QStringList{"export", "leads", "x.csv", "--sort", "shoe_size"};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(leadCount(), 0);
    }

    void failuresExitThreeAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("missing file") << QStringList{"import", "leads", "/nonexistent/leads.csv"};
        QTest::addRow("unknown status") << QStringList{"import", "leads", data("duplicates.csv"), "--status", "Sleeping"};
        QTest::addRow("unknown owner") << QStringList{"import", "leads", data("duplicates.csv"), "--assign", "nobody"};
        QTest::addRow("unknown source") << QStringList{"import", "leads", data("duplicates.csv"), "--source", "Nowhere"};
        QTest::addRow("missing mapping") << QStringList{"import", "leads", data("duplicates.csv"), "--mapping", "/nonexistent.json"};
        QTest::addRow("nothing mapped (read as UTF-8 commas)")
            << QStringList{"import", "leads", data("european-semicolon-cp1252.csv"), "--delimiter", ",", "--encoding", "utf-8"};
        QTest::addRow("missing city file") << QStringList{"import", "cities", "/nonexistent/cities.txt"};
    }

    void failuresExitThreeAndChangeNothing()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{"--json"} + args);
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(leadCount(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM tags")).toInt(), 0);
    }

    void valuesForAllRowsAndFormatOverrides()
    {
        const Run r = cli({"--json", "import", "leads", data("european-semicolon-cp1252.csv"), "--delimiter", "semicolon",
                           "--encoding", "windows-1252", "--status", "Nurturing", "--tags", "Salon 2026, vip",
                           "--mapping", data("european-mapping.json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(countsOf(r.json), counts(4, 3, 0, 0, 1));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM leads l JOIN lead_statuses s ON s.id = l.status_id "
                                    "WHERE s.name = 'Nurturing'")).toInt(), 3);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM lead_tags t JOIN tags g ON g.id = t.tag_id "
                                    "WHERE g.name IN ('Salon 2026', 'vip')")).toInt(), 6);
        QCOMPARE(sql(QStringLiteral("SELECT requirements FROM leads WHERE last_name = 'Lefèvre'")).toString(),
                 QStringLiteral("Très intéressé ; rappeler"));
    }

    void referenceImportsJson()
    {
        const Run industries = cli({"--json", "import", "industries", data("industries.csv")});
        QCOMPARE(industries.code, 1);
        QCOMPARE(industries.json, (QJsonObject{{"read", 7}, {"imported", 5}, {"rejected", 2}}));
        const Run none = cli({"--json", "import", "industries", data("industries-noheader.csv")});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.json, (QJsonObject{{"read", 3}, {"imported", 3}, {"rejected", 0}}));
        const Run geo = cli({"--json", "import", "cities", data("cities500-sample.txt"), "--report", file("cities.csv")});
        QCOMPARE(geo.code, 1);
        QCOMPARE(geo.json, (QJsonObject{{"read", 21}, {"imported", 19}, {"rejected", 2}}));
        QVERIFY(QFile::exists(file("cities.csv")));
        const Run csv = cli({"--json", "import", "cities", data("cities.csv")});
        QCOMPARE(csv.json, (QJsonObject{{"read", 6}, {"imported", 3}, {"rejected", 3}}));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM cities")).toInt(), 22);
    }

    void exportThenImportGivesTheSameLeads()
    {
        QCOMPARE(cli({"import", "leads", data("outlook-export.csv")}).code, 0); // unknown departments are left empty
        QCOMPARE(cli({"import", "leads", data("duplicates.csv"), "--tags", "Expo"}).code, 0);
        const QString exported = file(QStringLiteral("export%1.csv").arg(m_counter));
        const Run e = cli({"--json", "export", "leads", exported, "--sort", "last_name"});
        QCOMPARE(e.code, 0);
        QCOMPARE(e.json, (QJsonObject{{"exported", 9}}));

        const QString other = m_other = testDatabase(m_dir.path(), QStringLiteral("other%1.sqlite").arg(m_counter));
        QCOMPARE(cli({"init"}, other).code, 0);
        const Run i = cli({"--json", "import", "leads", exported}, other);
        QCOMPARE(i.code, 0);
        QCOMPARE(countsOf(i.json), counts(9, 9, 0, 0, 0));
        const Run back = cli({"--json", "export", "leads", file("back.csv"), "--sort", "last_name"}, other);
        QCOMPARE(back.json, (QJsonObject{{"exported", 9}}));

        // Field for field the same, but for ids and creation stamps.
        auto rows = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
        };
        const QStringList a = rows(exported), b = rows(file("back.csv"));
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a.first(), b.first());
        const QStringList header = a.first().split(QLatin1Char(','));
        QVERIFY(header.contains(QStringLiteral("email")));
        const QString name = QStringLiteral("last_name || '/' || company || '/' || city");
        const QString names = QStringLiteral("SELECT %1 FROM (SELECT * FROM leads ORDER BY last_name) l").arg(joined(name, name));
        QCOMPARE(sql(names, other), sql(names));
        const QString points = QStringLiteral("SELECT %1 FROM (SELECT p.value, l.last_name, p.kind, p.position FROM lead_contact_points p "
                                              "JOIN leads l ON l.id = p.lead_id ORDER BY l.last_name, p.kind, p.position) v")
                                   .arg(joined(QStringLiteral("value"), QStringLiteral("last_name, kind, position, value")));
        QCOMPARE(sql(points, other), sql(points));
        QVERIFY(!sql(points).toString().isEmpty());

        // The filters of `leads` apply.
        const Run some = cli({"--json", "export", "leads", file("some.csv"), "--search", "dupont", "--columns",
                              "first_name,last_name,email", "--no-bom"});
        QCOMPARE(some.json, (QJsonObject{{"exported", 2}})); // Jean and Anne Dupont
        QFile f(file("some.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("first_name,last_name,email\r\nAnne,Dupont,anne.dupont@example.fr\r\nJean,Dupont,jean.dupont@acme.example\r\n"));
    }

    void aKilledImportLeavesTheDatabaseAsItWas()
    {
        // A file large enough that the import is still running when killed.
        const QString big = file(QStringLiteral("big.csv"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("First Name,Last Name,Company,Email,Phone,Tags\n");
            QByteArray chunk;
            for (int i = 0; i < 200000; ++i) {
                chunk += QStringLiteral("Jean%1,Dupont%1,Acme %2,jean%1@acme.example,+33 1 %3,Expo\n")
                             .arg(i)
                             .arg(i % 100)
                             .arg(10000000 + i)
                             .toUtf8();
                if (chunk.size() > (1 << 20)) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            f.write(chunk);
        }
        QCOMPARE(cli({"import", "leads", data("duplicates.csv")}).code, 0);
        const qint64 before = leadCount();
        const int indexes = sql(indexCount()).toInt();

        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(QUARRY_CLI_PATH), {"--database", m_db, "import", "leads", big, "--on-duplicate", "create"});
        QVERIFY(p.waitForStarted());
        // Killed inside its transaction: while it holds the write lock for a
        // while (a start-up write holds it for an instant only).
        bool locked = false;
        {
            // The file's write lock, or on a team server the advisory lock
            // every Quarry writer takes ("QRRY").
            const bool pg = TestWorkspace::onPostgres();
            QSqlDatabase probe = rawDatabase(m_db, QStringLiteral("probe"));
            if (!pg)
                probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(probe.open());
            auto writeLocked = [&probe, pg] {
                QSqlQuery q(probe);
                if (pg) {
                    q.exec(QStringLiteral("BEGIN"));
                    const bool free = q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(0x51525259)) && q.next() && q.value(0).toBool();
                    q.exec(QStringLiteral("ROLLBACK"));
                    return !free;
                }
                if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    q.exec(QStringLiteral("ROLLBACK"));
                    return false;
                }
                return true;
            };
            QElapsedTimer since;
            for (QElapsedTimer t; !t.isValid() || t.elapsed() < 60000; QTest::qWait(20)) {
                if (!t.isValid())
                    t.start();
                if (p.state() != QProcess::Running)
                    break;
                if (!writeLocked()) {
                    since.invalidate();
                } else if (!since.isValid()) {
                    since.start();
                } else if (since.elapsed() > 400) {
                    locked = true;
                    break;
                }
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        QVERIFY2(locked, "the import ended before it could be killed");
        p.kill();
        QVERIFY(p.waitForFinished());

        QCOMPARE(leadCount(), before);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM tags WHERE name = 'Expo'")).toInt(), 0);
        QCOMPARE(sql(indexCount()).toInt(), indexes);
        if (!TestWorkspace::onPostgres())
            QCOMPARE(sql(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        // The app can import again.
        const Run again = cli({"--json", "import", "leads", data("outlook-export.csv")});
        QCOMPARE(again.json.value("imported").toInt(), 4);
        QCOMPARE(leadCount(), before + 4);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
