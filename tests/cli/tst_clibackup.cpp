// quarry-cli backup FILE: a consistent copy of the live database, every
// committed edit in it even while it still sits in the -wal file, owner-only,
// whole or not at all, never over the database itself.
#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
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
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
