// quarry-cli backup FILE: a consistent copy of the live database, every
// committed edit in it even while it still sits in the -wal file, owner-only,
// whole or not at all, never over the database itself.
#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::Run;

class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args, const QString &db = {})
    {
        return CliRunner::run(m_dir.filePath(QStringLiteral("data-home")), db.isEmpty() ? m_db : db, args);
    }

    static QVariant sql(const QString &db, const QString &query)
    {
        QVariant value;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(query) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("live.sqlite"));
        QFile::remove(m_db);
        for (const QString &kept : QDir(m_dir.path()).entryList({QStringLiteral("live.replaced-*")}, QDir::Files))
            QFile::remove(m_dir.filePath(kept));
        QCOMPARE(cli({"--json", "demo", "--leads", "40"}).code, 0);
    }

    void aBackupHoldsEveryCommittedEdit()
    {
        // An edit committed by another connection that keeps the file open:
        // it is in the -wal file, not yet in the database file.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        other.setDatabaseName(m_db);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY2(q.exec(QStringLiteral("UPDATE leads SET title = 'Edited after the last checkpoint' WHERE id = "
                                       "(SELECT MIN(id) FROM leads)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(QFileInfo(m_db + QStringLiteral("-wal")).size() > 0);

        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const Run r = cli({"--json", "backup", copy});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("bytes")).toInteger(), QFileInfo(copy).size());
        q.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));

        // One self-contained file, readable by its owner alone, whole.
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                                  | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(sql(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(sql(copy, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 40);
        QCOMPARE(sql(copy, QStringLiteral("SELECT title FROM leads ORDER BY id LIMIT 1")).toString(),
                 QStringLiteral("Edited after the last checkpoint"));
        // Quarry opens the copy as it opens its own file.
        const Run leads = cli({"--json", "leads", "--menu", "all", "--limit", "100"}, copy);
        QVERIFY2(leads.code == 0, CliRunner::describe(leads).constData());
        QCOMPARE(leads.array().size(), 40);
    }

    void aBackupReplacesAnOlderOneWhole()
    {
        const QString copy = m_dir.filePath(QStringLiteral("again.sqlite"));
        QCOMPARE(cli({"backup", copy}).code, 0);
        QCOMPARE(cli({"lead", "add", "last_name=Newcomer"}).code, 0);
        QCOMPARE(cli({"backup", copy}).code, 0);
        QCOMPARE(sql(copy, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 41);
        // No temporary file left beside it.
        const QStringList left = QDir(m_dir.path()).entryList(QStringList{QStringLiteral(".again.sqlite*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(',')));
    }

    void aCopyKilledBeforeItsRenameLeavesNothingForLong()
    {
        // What a backup killed half-way leaves: its partial file (and journal)
        // under the pid of a process that is gone. The next backup to the
        // same target removes them.
        const QString copy = m_dir.filePath(QStringLiteral("nightly.sqlite"));
        for (const QString &left : {QStringLiteral(".nightly.sqlite.partial-999999"), QStringLiteral(".nightly.sqlite.partial-999999-journal")}) {
            QFile f(m_dir.filePath(left));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a database");
        }
        QCOMPARE(cli({"backup", copy}).code, 0);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral(".nightly.sqlite*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(',')));
    }

    void neverOverTheDatabase()
    {
        const qint64 size = QFileInfo(m_db).size();
        const Run over = cli({"backup", m_db});
        QCOMPARE(over.code, 3);
        const Run wal = cli({"backup", m_db + QStringLiteral("-wal")});
        QCOMPARE(wal.code, 3);
        QCOMPARE(QFileInfo(m_db).size(), size);
        QCOMPARE(sql(m_db, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 40);
        const Run missingFolder = cli({"backup", m_dir.filePath(QStringLiteral("no/such/folder/copy.sqlite"))});
        QCOMPARE(missingFolder.code, 3);
        QVERIFY2(missingFolder.err.contains(QStringLiteral("copy.sqlite")), qPrintable(missingFolder.err));
        QCOMPARE(cli({"backup"}).code, 2);
    }

    void restorePutsTheBackupBackAndKeepsTheReplacedFile()
    {
        const QString copy = m_dir.filePath(QStringLiteral("before.sqlite"));
        QCOMPARE(cli({"backup", copy}).code, 0);
        QCOMPARE(cli({"lead", "add", "last_name=Afterwards"}).code, 0);
        QCOMPARE(sql(m_db, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 41);

        const Run r = cli({"--json", "restore", copy});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(r.object().value(QStringLiteral("schema_version")).toInt(), sql(copy, QStringLiteral("PRAGMA user_version")).toInt());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 40);
        QCOMPARE(sql(m_db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // Still a WAL database, as Quarry keeps its own file.
        QCOMPARE(sql(m_db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // The replaced file is beside it, whole, with the lead added since.
        const QString kept = r.object().value(QStringLiteral("kept_as")).toString();
        QCOMPARE(QFileInfo(kept).absolutePath(), QFileInfo(m_db).absolutePath());
        QVERIFY2(QFileInfo(kept).fileName().startsWith(QStringLiteral("live.replaced-")), qPrintable(kept));
        QCOMPARE(sql(kept, QStringLiteral("SELECT COUNT(*) FROM leads WHERE last_name = 'Afterwards'")).toInt(), 1);
        const Run leads = cli({"--json", "leads", "--search", "Afterwards"});
        QCOMPARE(leads.array().size(), 0);
    }

    void restoreRefusesWhatIsNoSoundBackup()
    {
        auto unchanged = [this] {
            return sql(m_db, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt() == 40
                   && QDir(m_dir.path()).entryList({QStringLiteral("live.replaced-*")}).isEmpty();
        };
        // A newer Quarry's backup.
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(cli({"backup", newer}).code, 0);
        sql(newer, QStringLiteral("PRAGMA user_version = 999"));
        Run r = cli({"restore", newer});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("newer version of Quarry")) && r.err.contains(QStringLiteral("999")), qPrintable(r.err));
        QVERIFY(unchanged());
        // Not a database at all.
        const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Not a database, only some text that is long enough to look like a header.\n").repeated(80));
        }
        r = cli({"restore", text});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite file")), qPrintable(r.err));
        QVERIFY(unchanged());
        // Another program's SQLite file.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        sql(foreign, QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)"));
        r = cli({"restore", foreign});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not a Quarry database")), qPrintable(r.err));
        QVERIFY(unchanged());
        // A missing file, the database itself, wrong usage.
        QCOMPARE(cli({"restore", m_dir.filePath(QStringLiteral("none.sqlite"))}).code, 3);
        QCOMPARE(cli({"restore", m_db}).code, 3);
        QCOMPARE(cli({"restore"}).code, 2);
        QVERIFY(unchanged());
    }

    void restoreOverADamagedFileMovesItAside()
    {
        const QString copy = m_dir.filePath(QStringLiteral("good.sqlite"));
        QCOMPARE(cli({"backup", copy}).code, 0);
        // The database's first page destroyed: it no longer opens.
        const QByteArray before = [this] {
            QFile f(m_db);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QFile::remove(m_db + QStringLiteral("-wal"));
        QFile::remove(m_db + QStringLiteral("-shm"));
        {
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(100, 'x'));
        }
        const Run broken = cli({"stats"});
        QCOMPARE(broken.code, 3);
        QVERIFY2(broken.err.contains(QStringLiteral("not an SQLite file")), qPrintable(broken.err));

        const Run r = cli({"--json", "restore", copy});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 40);
        // The damaged file was never written to: kept byte for byte but for the damage.
        QFile kept(r.object().value(QStringLiteral("kept_as")).toString());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray keptBytes = kept.readAll();
        QCOMPARE(keptBytes.size(), before.size());
        QCOMPARE(keptBytes.left(100), QByteArray(100, 'x'));
        QCOMPARE(keptBytes.mid(100), before.mid(100));
    }

    void anUpgradeIsPrecededByABackup()
    {
        // A file of schema 1, as the first Quarry wrote it (its script run
        // by SQLite's own shell), with one lead in it.
        const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
        QFile::remove(old);
        const QString script = QStringLiteral(QUARRY_TEST_DATA_DIR "/../../core/storage/migrations/001_initial.sql");
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {old, QStringLiteral(".read ") + script,
                                                QStringLiteral("INSERT INTO lead_statuses (id, name, name_key, sequence) VALUES (1, 'New', 'new', 1)"),
                                                QStringLiteral("INSERT INTO leads (last_name, status_id, created_at, updated_at) "
                                                               "VALUES ('Oldtimer', 1, '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z')"),
                                                QStringLiteral("PRAGMA user_version = 1")});
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QCOMPARE(sql(old, QStringLiteral("PRAGMA user_version")).toInt(), 1);

        const Run r = cli({"--json", "stats"}, old);
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        const int latest = sql(old, QStringLiteral("PRAGMA user_version")).toInt();
        QVERIFY(latest > 1);
        QCOMPARE(r.object().value(QStringLiteral("leads")).toInt(), 1);
        // The backup made before the upgrade: beside it, of schema 1, whole.
        const QStringList made = QDir(m_dir.filePath(QStringLiteral("old-backups"))).entryList({QStringLiteral("*.sqlite")});
        QCOMPARE(made.size(), 1);
        QVERIFY2(made.first().endsWith(QStringLiteral("-before-schema-%1.sqlite").arg(latest)), qPrintable(made.first()));
        const QString backup = m_dir.filePath(QStringLiteral("old-backups/") + made.first());
        QCOMPARE(sql(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(sql(backup, QStringLiteral("SELECT last_name FROM leads")).toString(), QStringLiteral("Oldtimer"));
        QCOMPARE(sql(backup, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // Opened again: no second upgrade, no second backup.
        QCOMPARE(cli({"stats"}, old).code, 0);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("old-backups"))).entryList({QStringLiteral("*.sqlite")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
