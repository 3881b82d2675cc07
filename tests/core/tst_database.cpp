// Database: opening, pragmas, numbered migrations from empty, the seeded
// defaults, refusal of a newer file (left untouched), transactions. The
// tests that are not about files run on PostgreSQL too (QUARRY_TEST_POSTGRES):
// each on a database of its own, empty or copied from a migrated template.
#include "database.h"
#include "leadfield.h"
#include "reference.h"
#include "testworkspace.h"
#include "userservice.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

/// Skips a test about SQLite files when the tests run against PostgreSQL
/// (tst_cliintegrity refuses foreign and newer databases on the server).
#define QUARRY_FILE_ONLY()                                                                                                                 \
    do {                                                                                                                                   \
        if (TestWorkspace::onPostgres())                                                                                                   \
            QSKIP("about SQLite files");                                                                                                   \
    } while (false)

namespace {

/// Runs one statement on the open database and returns the first column of its first row.
QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList tables(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(db.isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList columns(Database &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (db.isPostgres()) {
        q.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '%1' "
                              "ORDER BY ordinal_position")
                   .arg(table));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        out << q.value(1).toString();
    return out;
}

/// Writes a bare SQLite file with Quarry's application id and the given
/// user_version, through a connection of its own (as a newer Quarry would).
void writeFileWithVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO future_things (what) VALUES ('from a newer Quarry')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x51525259)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        for (const QString &where : std::as_const(m_made))
            TestWorkspace::dropFresh(where);
        m_made.clear();
    }

    void migratesAnEmptyServerDatabase()
    {
        if (!TestWorkspace::onPostgres())
            QSKIP("a team server's database");
        const QString where = empty(QStringLiteral("unused.sqlite"));
        Database db;
        const VoidResult r = db.open(where);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lead_statuses")).toInt(), 6);
    }

    void migratesFromNoFile()
    {
        QUARRY_FILE_ONLY();
        const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
        QVERIFY(!QFile::exists(path));
        Database db;
        const VoidResult r = db.open(path);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(QFile::exists(path));
        QVERIFY(Database::latestVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    }

    void migratesAnEmptyFile()
    {
        QUARRY_FILE_ONLY();
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(QFileInfo(path).size(), 0);
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(tables(db).contains(QStringLiteral("leads")));
    }

    void createsMissingFolders()
    {
        QUARRY_FILE_ONLY();
        const QString path = m_dir.filePath(QStringLiteral("a/b/c/quarry.sqlite"));
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(QFile::exists(path));
    }

    void setsPragmas()
    {
        QUARRY_FILE_ONLY();
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("p.sqlite"))).ok());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QVERIFY(db.nativeHandle() != nullptr);
    }

    void foreignKeysAreEnforced()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("fk.sqlite"))).ok());
        // A lead with a status that does not exist violates the foreign key.
        auto r = db.exec(QStringLiteral("INSERT INTO leads (last_name, status_id, created_at, updated_at) VALUES ('X', 999, 'a', 'a')"));
        QVERIFY(!r.ok());
        QVERIFY(!r.problems().first().message.isEmpty());
    }

    void schemaHoldsEverything_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t : {"users", "teams", "team_members", "agencies", "companies", "industries", "functions",
                              "departments", "sources", "categories", "loss_reasons", "sales_directions", "products",
                              "campaigns", "distribution_channels", "locations", "marketing_lists", "tags", "countries",
                              "cities", "lead_statuses", "prospect_statuses", "crm_options", "partners", "contacts",
                              "opportunities", "leads", "lead_contact_points", "lead_tags", "lead_marketing_lists",
                              "lead_logos", "lead_contacts_converted", "leads_fts", "events", "email_templates", "emails",
                              "attachments", "tickets", "activities", "merges", "merge_members", "not_duplicates",
                              "saved_filters"})
            QTest::addRow("%s", t) << QString::fromLatin1(t);
    }
    void schemaHoldsEverything()
    {
        QFETCH(QString, table);
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("s.sqlite"))).ok());
        QVERIFY2(tables(db).contains(table), qPrintable(table));
    }

    void everyLeadFieldHasItsColumn()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("c.sqlite"))).ok());
        const QStringList cols = columns(db, QStringLiteral("leads"));
        for (const LeadField &f : leadFields())
            if (!f.column.isEmpty())
                QVERIFY2(cols.contains(f.column), qPrintable(f.key + QStringLiteral(" -> ") + f.column));
        for (const char *key : {"first_name_key", "last_name_key", "full_name_key", "company_key", "city_key", "tin_key", "merged_into"})
            QVERIFY2(cols.contains(QString::fromLatin1(key)), key);
    }

    void everyReferenceListHasATable()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("r.sqlite"))).ok());
        const QStringList all = tables(db);
        for (const RefListInfo &info : referenceLists()) {
            QVERIFY2(all.contains(QString::fromLatin1(info.key)), info.key);
            QVERIFY2(columns(db, QString::fromLatin1(info.key)).contains(QStringLiteral("name_key")), info.key);
        }
    }

    void seedsDefaults()
    {
        Database db;
        QVERIFY(db.open(empty(QStringLiteral("d.sqlite"))).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lead_statuses")).toInt(), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM countries")).toInt(), 249);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM countries WHERE code = 'FR'")).toString(), QStringLiteral("France"));
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM loss_reasons")).toInt() > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sources")).toInt() > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM prospect_statuses WHERE is_won = 1")).toInt(), 1);
        for (const char *key : {"status.new", "status.converted", "status.lost", "agencies_management",
                                "restrict_functions", "required_fields"})
            QVERIFY2(!scalar(db, QStringLiteral("SELECT key FROM crm_options WHERE key = '%1'").arg(QLatin1String(key))).isNull(), key);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    }

    void reopeningDoesNotMigrateOrSeedAgain()
    {
        const QString path = fresh(QStringLiteral("again.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec(QStringLiteral("UPDATE lead_statuses SET name = 'Renamed' WHERE sequence = 10")).ok());
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lead_statuses")).toInt(), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM countries")).toInt(), 249);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM lead_statuses WHERE sequence = 10")).toString(), QStringLiteral("Renamed"));
    }

    void aFailedMigrationChangesNothing()
    {
        QUARRY_FILE_ONLY();
        // A file at version 0 that already holds a "users" table: migration 1
        // fails on it, and must leave neither tables nor a version behind.
        const QString path = m_dir.filePath(QStringLiteral("clash.sqlite"));
        {
            const QString name = QStringLiteral("clash");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE lead_statuses (x INTEGER)")));
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        Database db;
        const VoidResult r = db.open(path);
        QVERIFY(!r.ok());
        QVERIFY(!db.isOpen());
        QVERIFY(!r.errorText().isEmpty());

        const QString name = QStringLiteral("clash-check");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('users', 'leads', 'countries')")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void refusesANewerFileUntouched()
    {
        QUARRY_FILE_ONLY();
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        const int future = Database::latestVersion() + 1;
        writeFileWithVersion(path, future);
        const QByteArray before = fileHash(path);
        const QDateTime mtime = QFileInfo(path).lastModified();
        const qint64 size = QFileInfo(path).size();
        QVERIFY(!before.isEmpty());

        Database db;
        const VoidResult r = db.open(path);
        QVERIFY(!r.ok());
        QVERIFY(!db.isOpen());
        QCOMPARE(r.problems().first().field, QStringLiteral("database"));
        const QString message = r.errorText();
        QVERIFY2(message.contains(QStringLiteral("newer")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not changed")), qPrintable(message));

        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void workspaceRefusesANewerFileToo()
    {
        QUARRY_FILE_ONLY();
        const QString path = m_dir.filePath(QStringLiteral("newer-ws.sqlite"));
        writeFileWithVersion(path, Database::latestVersion() + 5);
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path, QStringLiteral("tester"));
        QVERIFY(!ws.ok());
        QVERIFY(ws.errorText().contains(QStringLiteral("newer")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QUARRY_FILE_ONLY();
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("These are my notes, not a database. ").repeated(200));
        }
        const QByteArray before = fileHash(path);
        Database db;
        const VoidResult r = db.open(path);
        QVERIFY(!r.ok());
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void transactionRollsBackWhenNotCommitted()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("t.sqlite"))).ok());
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Oil', 'oil')")).ok());
            QCOMPARE(db.transactionDepth(), 1);
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM industries")).toInt(), 0);
        {
            Transaction tx(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Gas', 'gas')")).ok());
            QVERIFY(tx.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM industries")).toInt(), 1);
    }

    void nestedTransactionsAreSavepoints()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("n.sqlite"))).ok());
        {
            Transaction outer(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Outer', 'outer')")).ok());
            {
                Transaction inner(db);
                QVERIFY(inner.isActive());
                QCOMPARE(db.transactionDepth(), 2);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Inner', 'inner')")).ok());
            } // inner rolled back alone
            QCOMPARE(db.transactionDepth(), 1);
            {
                Transaction kept(db);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Kept', 'kept')")).ok());
                QVERIFY(kept.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT %1 FROM (SELECT name FROM industries ORDER BY name) x").arg(db.joinIds(QStringLiteral("name")))).toString(),
                 QStringLiteral("Kept,Outer"));
    }

    void execBindsNullStringsAsEmptyText()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("x.sqlite"))).ok());
        // name_key is NOT NULL: a null QString must arrive as ''.
        const auto r = db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES (?, ?)"), {QStringLiteral("Blank"), QString()});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(sqlText(QString()).toString(), QStringLiteral(""));
        QVERIFY(!sqlText(QString()).isNull());
    }

    void execBindsEveryKindOfValue()
    {
        // On PostgreSQL the bindings travel as literals in the statement
        // (one round trip): quotes, question marks and backslashes in a
        // value, a ? inside the SQL's own literal, a number bound where text
        // goes, a count bound to LIMIT and a NULL all arrive as bound.
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("bind.sqlite"))).ok());
        const QString tricky = QStringLiteral("O'Brien \"quoted\" ? \\ back; -- not a comment, Besançon $1 :name");
        auto r = db.exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES (?, ?)"), {tricky, 42});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        r = db.exec(QStringLiteral("SELECT name, name_key FROM industries WHERE name = ? AND name_key = ?"), {tricky, QStringLiteral("42")});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.value().next());
        QCOMPARE(r.value().value(0).toString(), tricky);
        QCOMPARE(r.value().value(1).toString(), QStringLiteral("42"));
        r = db.exec(QStringLiteral("SELECT '?' || ? FROM industries LIMIT ?"), {QStringLiteral("x"), 1});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.value().next());
        QCOMPARE(r.value().value(0).toString(), QStringLiteral("?x"));
        QSqlQuery q = db.run(QStringLiteral("SELECT COUNT(*) FROM industries WHERE ? IS NULL AND id > ?"), {QVariant(), qint64(-1)});
        QVERIFY2(q.isActive(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Bindings that do not pair up with the placeholders are an error.
        QVERIFY(!db.exec(QStringLiteral("SELECT ? FROM industries"), {}).ok());
    }

    void execReportsErrors()
    {
        Database db;
        QVERIFY(db.open(fresh(QStringLiteral("e.sqlite"))).ok());
        const auto r = db.exec(QStringLiteral("SELECT nothing FROM nowhere"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().contains(QStringLiteral("nowhere")));
    }

    void timestampsRoundTripInUtc()
    {
        const QDateTime at(QDate(2026, 3, 2), QTime(9, 30, 15, 250), QTimeZone(3600));
        const QString text = Database::timestamp(at);
        QCOMPARE(text, QStringLiteral("2026-03-02T08:30:15.250Z"));
        QCOMPARE(Database::fromTimestamp(text), at);
        QVERIFY(Database::timestamp(QDateTime()).isEmpty());
        QVERIFY(!Database::fromTimestamp(QString()).isValid());
    }

    void defaultPathIsInTheUsersDataFolder()
    {
        QUARRY_FILE_ONLY();
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data-home")).toUtf8());
        const QString path = Database::defaultPath();
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/quarry.sqlite");
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QCOMPARE(path, expected);
        QVERIFY2(path.startsWith(m_dir.filePath(QStringLiteral("data-home"))), qPrintable(path));
    }

    void twoWorkspacesShareOneFile()
    {
        // The desktop app and quarry-cli may have the same file open at once.
        const QString path = fresh(QStringLiteral("shared.sqlite"));
        auto app = Workspace::open(path, QStringLiteral("alice"));
        QVERIFY2(app.ok(), qPrintable(app.errorText()));
        User bob;
        bob.login = QStringLiteral("bob");
        QVERIFY(app.value()->users().add(bob));
        auto cli = Workspace::open(path, QStringLiteral("bob"));
        QVERIFY2(cli.ok(), qPrintable(cli.errorText()));
        QVERIFY(cli.value()->database().exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Oil', 'oil')")).ok());
        QCOMPARE(scalar(app.value()->database(), QStringLiteral("SELECT COUNT(*) FROM industries")).toInt(), 1);
        QVERIFY(app.value()->database().exec(QStringLiteral("INSERT INTO industries (name, name_key) VALUES ('Gas', 'gas')")).ok());
        QCOMPARE(scalar(cli.value()->database(), QStringLiteral("SELECT COUNT(*) FROM industries")).toInt(), 2);
        QCOMPARE(scalar(cli.value()->database(), QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 2);
    }

    void closeReleasesTheConnection()
    {
        const QString path = fresh(QStringLiteral("close.sqlite"));
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.isOpen());
        const QString name = db.connection().connectionName();
        db.close();
        QVERIFY(!db.isOpen());
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(db.open(path).ok());
        QVERIFY(db.isOpen());
    }

private:
    /// A migrated database of its own: `fileName` in the folder (made by
    /// the test's open), or a copy of the server's migrated template.
    QString fresh(const QString &fileName)
    {
        if (!TestWorkspace::onPostgres())
            return m_dir.filePath(fileName);
        m_made << TestWorkspace::freshDatabase(m_dir.path());
        return m_made.last();
    }
    /// A database yet to be made (no file; an empty server database).
    QString empty(const QString &fileName)
    {
        m_made << TestWorkspace::emptyDatabase(m_dir.path(), fileName);
        return m_made.last();
    }
    QTemporaryDir m_dir;
    QStringList m_made;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
