#include "database.h"
#include "changefeed.h"
#include "databasefile.h"
#include "defaultdata.h"
#include "leadsortmarks.h"
#include "normalize.h"
#include "postgresroles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlField>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

namespace {

/// quarry_fold(text): Normalize::text in SQL, for the columns that have no
/// stored key (a partner's city or email, an opportunity's name), so they
/// fold as the keys do ("Besançon" matches "besancon"); NULL stays NULL.
void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *chars = static_cast<const QChar *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    const QString folded = Normalize::text(QString(chars, bytes / int(sizeof(QChar))));
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * sizeof(QChar)), SQLITE_TRANSIENT);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

/// The busy timeout of every statement outside BEGIN (reads in rollback
/// journal mode, a checkpoint).
constexpr int BusyTimeoutMs = 5000;

/// PRAGMA application_id of a Quarry file ("QRRY"), written by migration 3:
/// how a Quarry database is told from any other SQLite file.
constexpr qint64 ApplicationId = DatabaseFile::ApplicationId;

/// The advisory lock every write transaction takes on PostgreSQL ("QRRY").
constexpr qint64 WriteLockKey = DatabaseFile::ApplicationId;

/// quarry_fold(text) on PostgreSQL: lower case, accents and the common
/// ligatures folded. Close to Normalize::text for Latin scripts (the stored
/// keys, folded in C++, remain the reference for search and duplicates).
const char *PostgresFold =
    "CREATE OR REPLACE FUNCTION quarry_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
    "SELECT translate(replace(replace(replace(replace(lower(t), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'ø', 'o'), "
    "'àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıľłĺñńňòóôõöōőŕřśšşťùúûüūůűųýÿźżž', "
    "'aaaaaaaaacccddeeeeeeeegiiiiiiiilllnnnooooooorrssstuuuuuuuuyyzzz') $$";

/// IFNULL on PostgreSQL, as SQLite has it: the queries and the expression
/// indexes (leads_owner) are the same text on both backends. A CASE, not
/// COALESCE: the server inlines it either way, but under row-level security
/// it uses an index on an expression only when every node of it is known
/// to leak nothing, and COALESCE is not among those (schema 10).
const char *PostgresIfNull =
    "CREATE OR REPLACE FUNCTION ifnull(a anycompatible, b anycompatible) RETURNS anycompatible "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN a IS NULL THEN b ELSE a END $$";

/// SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock.
bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

Problem writeFailure(const QString &path, const QString &error)
{
    return Problem{QStringLiteral("database"), tr("Cannot write to %1: %2. Nothing was changed.").arg(path, error),
                   Problem::Kind::Failure};
}

/// Creates the folders up to `dir` that are missing, each readable by its
/// owner alone (a CRM holds personal data).
bool makePrivateFolder(const QString &dir)
{
    QStringList missing;
    for (QDir d(dir); !d.exists(); d.setPath(QFileInfo(d.absolutePath()).absolutePath())) {
        missing.prepend(d.absolutePath());
        if (d.isRoot())
            break;
    }
    for (const QString &m : std::as_const(missing)) {
        if (!QDir().mkdir(m) && !QDir(m).exists())
            return false;
        QFile::setPermissions(m, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return true;
}

/// Migration scripts in resource order: ":/quarry/migrations/001_initial.sql", …
QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/quarry/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

int versionOf(const QString &file)
{
    return QFileInfo(file).fileName().section(QLatin1Char('_'), 0, 0).toInt();
}

} // namespace

Problem sqlProblem(const QSqlQuery &query, const QString &what)
{
    return Problem{QString(), QCoreApplication::translate("Database", "%1 failed: %2").arg(what, query.lastError().text()),
                   Problem::Kind::Failure};
}

int Database::latestVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

Database::~Database()
{
    close();
}

VoidResult Database::open(const QString &where)
{
    close();
    QString error;
    const auto address = DatabaseAddress::parse(where, &error);
    if (!address)
        return Problems{Problem{QStringLiteral("database"), error, Problem::Kind::Failure}};
    m_address = *address;
    if (m_address.isPostgres())
        return openPostgres();
    return openSqlite(where);
}

VoidResult Database::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Problems{Problem{QStringLiteral("database"), tr("%1 is not a file.").arg(path), Problem::Kind::Failure}};
    if (!info.absoluteDir().exists() && !makePrivateFolder(info.absolutePath()))
        return Problems{Problem{QStringLiteral("database"), tr("Cannot create the folder %1.").arg(info.absolutePath()),
                                Problem::Kind::Failure}};
    if (!info.exists()) {
        // A new file is readable by its owner alone; SQLite gives its -wal
        // and -shm files the same permissions. NewOnly: another process
        // creating it at the same moment is no error.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            file.close();
    }
    m_connectionName = QStringLiteral("quarry-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        return Problems{Problem{QStringLiteral("database"), tr("Cannot open %1: %2").arg(path, err), Problem::Kind::Failure}};
    }
    m_path = path;
    setWriteWait(defaultWriteWait());

    // Refuse what is not a Quarry file, or one written by a newer Quarry,
    // before writing anything to it.
    if (VoidResult r = recognise(); !r) {
        db = QSqlDatabase();
        close();
        return r;
    }
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs),
                                  QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA cache_size=-32000")}) {
        QSqlQuery q(db);
        // Turning WAL on takes an exclusive lock and SQLite answers busy at
        // once when another process opening the same new file holds it:
        // try again, backing off, as a write would.
        QElapsedTimer clock;
        clock.start();
        bool ok = q.exec(pragma);
        for (int backoff = 10; !ok && isBusy(q.lastError()) && clock.elapsed() < m_writeWait; backoff = qMin(backoff * 2, 250)) {
            QThread::msleep(ulong(backoff));
            ok = q.exec(pragma);
        }
        if (!ok) {
            const Problem p = sqlProblem(q, pragma);
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return Problems{p};
        }
    }
    if (sqlite3 *handle = nativeHandle())
        sqlite3_create_function_v2(handle, "quarry_fold", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, &foldFunction, nullptr,
                                   nullptr, nullptr);
    db = QSqlDatabase();
    VoidResult ready = migrate();
    if (ready)
        ready = checkTables();
    if (!ready)
        close();
    return ready;
}

VoidResult Database::openPostgres()
{
    const DatabaseAddress &a = m_address;
    m_connectionName = QStringLiteral("quarry-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        return Problems{Problem{QStringLiteral("database"),
                                tr("Cannot reach %1: Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql).").arg(a.display()),
                                Problem::Kind::Failure}};
    }
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setUserName(a.user);
    db.setPassword(a.password); // empty: libpq's PGPASSWORD or ~/.pgpass
    db.setDatabaseName(a.database);
    QStringList options = a.options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    options << QStringLiteral("connect_timeout=10") << QStringLiteral("application_name=quarry");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    m_path = a.display();
    if (!db.open()) {
        const QString err = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text() : db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        return Problems{Problem{QStringLiteral("database"), tr("Cannot connect to %1: %2").arg(m_path, err), Problem::Kind::Failure}};
    }
    setWriteWait(defaultWriteWait());
    for (const char *setting : {"SET client_min_messages = warning", "SET TIME ZONE 'UTC'"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(setting))) {
            const Problem p = sqlProblem(q, QString::fromLatin1(setting));
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return Problems{p};
        }
    }
    if (VoidResult r = recognisePostgres(); !r) {
        db = QSqlDatabase();
        close();
        return r;
    }
    db = QSqlDatabase();
    VoidResult ready = migrate();
    if (ready)
        ready = checkTables();
    if (!ready)
        close();
    return ready;
}

VoidResult Database::recognisePostgres() const
{
    // A database of Quarry's holds quarry_meta; one with other tables and
    // none is another program's, and is left alone.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = 'quarry_meta') FROM information_schema.tables "
                               "WHERE table_schema = current_schema()"))
        || !q.next())
        return Problems{sqlProblem(q, QStringLiteral("information_schema.tables"))};
    const qint64 tables = q.value(0).toLongLong();
    const bool ours = q.value(1).toLongLong() > 0;
    q.finish();
    if (tables > 0 && !ours)
        return Problems{Problem{QStringLiteral("database"),
                                tr("%1 is not a Quarry database: it holds other tables and no quarry_meta. It was not changed.").arg(m_path),
                                Problem::Kind::Failure}};
    if (const int version = schemaVersion(); version > latestVersion())
        return Problems{Problem{QStringLiteral("database"),
                                tr("%1 was written by a newer Quarry (schema %2; this one knows up to %3). It was not changed.")
                                    .arg(m_path)
                                    .arg(version)
                                    .arg(latestVersion()),
                                Problem::Kind::Failure}};
    return {};
}

VoidResult Database::recognise() const
{
    auto failure = [](const QString &message) {
        return Problems{Problem{QStringLiteral("database"), message, Problem::Kind::Failure}};
    };
    QSqlQuery q(connection());
    // The first read of the header: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) || !q.next()) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        const QString shown = QDir::toNativeSeparators(m_path);
        return failure(code == SQLITE_CORRUPT
                           ? tr("%1 is damaged: SQLite cannot read its list of tables (%2). It was not changed.")
                                 .arg(shown, q.lastError().databaseText())
                           : tr("%1 is not a Quarry database: it is not an SQLite file, or its first page is destroyed (%2). It was not changed.")
                                 .arg(shown, q.lastError().databaseText()));
    }
    const qint64 objects = q.value(0).toLongLong();
    q.finish();
    const int version = schemaVersion();
    qint64 appId = 0;
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        appId = q.value(0).toLongLong();
    q.finish();
    const bool quarryTables = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                    "AND name IN ('leads', 'lead_statuses', 'users')"))
                              && q.next() && q.value(0).toInt() == 3;
    q.finish();
    const DatabaseFile::Inspection found = DatabaseFile::classify(m_path, appId, version, objects, quarryTables);
    if (!found.opens())
        return failure(found.message);
    return {};
}

VoidResult Database::checkTables() const
{
    // A Quarry file that lost a table (edited by hand, a bad copy) is
    // damaged: refuse it rather than show it as an empty CRM.
    static const QStringList tables{QStringLiteral("leads"), QStringLiteral("lead_statuses"), QStringLiteral("users"),
                                    QStringLiteral("lead_contact_points"), QStringLiteral("activities"),
                                    QStringLiteral("lead_sort_marks")};
    QStringList present;
    QSqlQuery q(connection());
    if (q.exec(isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        while (q.next())
            present << q.value(0).toString();
    for (const QString &table : tables)
        if (!present.contains(table))
            return Problems{Problem{QStringLiteral("database"),
                                    tr("%1 is damaged: its table %2 is missing. It was not changed.").arg(m_path, table),
                                    Problem::Kind::Failure}};
    return {};
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_depth = 0;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (isPostgres()) {
        // Asked whether the table exists first: a failed read would abort
        // the transaction it runs in (the upgrade's).
        if (!q.exec(QStringLiteral("SELECT to_regclass('quarry_meta') IS NOT NULL")) || !q.next() || !q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT value FROM quarry_meta WHERE key = 'schema_version'")) && q.next())
            return q.value(0).toInt();
        return 0;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

QString Database::withLiterals(const QString &sql, const QVariantList &bindings) const
{
    QSqlDriver *driver = connection().driver();
    QString out;
    out.reserve(sql.size() + 16 * bindings.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            if (next >= bindings.size())
                return {};
            const QVariant &b = bindings.at(next++);
            QSqlField field(QString(), b.metaType());
            field.setValue(b.typeId() == QMetaType::QString ? sqlText(b.toString()) : b);
            QString literal = driver->formatValue(field);
            // Numbers and booleans are quoted as EXECUTE's parameters are
            // typed: by where they stand (a number bound to a text column,
            // a count bound to LIMIT), not by how they are written.
            if (!literal.isEmpty() && literal != QLatin1String("NULL") && literal.front() != u'\''
                && !literal.startsWith(QLatin1String("TIMESTAMP"), Qt::CaseInsensitive))
                literal = u'\'' + literal + u'\'';
            out += literal;
            continue;
        }
        out += c;
    }
    if (next != bindings.size() || !quote.isNull())
        return {};
    return out;
}

QSqlQuery Database::query(const QString &sql) const
{
    QSqlQuery q(connection());
    q.prepare(sql);
    return q;
}

bool Database::execInto(QSqlQuery &q, const QString &sql, const QVariantList &bindings) const
{
    // On PostgreSQL, Qt prepares a statement with PREPARE, runs it with
    // EXECUTE and drops it with DEALLOCATE: three round trips to the
    // server for one query, and the plan is not kept. The same literals
    // EXECUTE would have carried go into the statement itself instead: one
    // round trip, planned as EXECUTE's first runs are.
    if (isPostgres())
        if (const QString inlined = withLiterals(sql, bindings); !inlined.isNull())
            return q.exec(inlined);
    if (!q.prepare(sql))
        return false;
    // A null QString would bind as NULL: text is never NULL unless asked
    // for with an invalid QVariant.
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings.at(i);
        q.bindValue(i, b.typeId() == QMetaType::QString ? sqlText(b.toString()) : b);
    }
    return q.exec();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(connection());
    if (!execInto(q, sql, bindings))
        return Problems{sqlProblem(q, sql.left(60))};
    return q;
}

QSqlQuery Database::run(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(connection());
    execInto(q, sql, bindings);
    return q;
}

QSqlQuery Database::stream(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    execInto(q, sql, bindings);
    return q;
}

bool Database::begin(int waitMs)
{
    m_beginFailure.clear();
    QSqlQuery q(connection());
    if (m_depth > 0) {
        if (!q.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth))) {
            m_beginFailure = {writeFailure(m_path, q.lastError().text())};
            return false;
        }
        ++m_depth;
        return true;
    }
    if (isPostgres())
        return beginPostgres(waitMs < 0 ? m_writeWait : waitMs);
    // SQLite's busy handler waits (sleeping 1, 2, 5 … 100 ms between tries)
    // for up to the busy timeout; set for this BEGIN to what is left of the
    // wait. A WAL file may still answer SQLITE_BUSY at once (recovery, a
    // checkpoint): then back off here and try again until the wait is over.
    const int wait = waitMs < 0 ? m_writeWait : waitMs;
    sqlite3 *handle = nativeHandle();
    QElapsedTimer clock;
    clock.start();
    int backoff = 10;
    bool ok = false;
    for (;;) {
        const int left = int(qMax<qint64>(0, wait - clock.elapsed()));
        if (handle)
            sqlite3_busy_timeout(handle, left);
        ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (ok || !isBusy(q.lastError()) || clock.elapsed() >= wait)
            break;
        QThread::msleep(ulong(qMin(backoff, qMax(1, wait - int(clock.elapsed())))));
        backoff = qMin(backoff * 2, 250);
    }
    if (handle)
        sqlite3_busy_timeout(handle, qMin(m_writeWait, BusyTimeoutMs));
    if (!ok) {
        m_beginFailure = {isBusy(q.lastError())
                              ? Problem{QStringLiteral("database"),
                                        tr("%1 is busy: another program has been writing to it for more than %2 s. "
                                           "Nothing was changed; try again.")
                                            .arg(m_path)
                                            .arg(qMax(1, (wait + 999) / 1000)),
                                        Problem::Kind::Failure}
                              : writeFailure(m_path, q.lastError().text())};
        return false;
    }
    return begun();
}

bool Database::beginPostgres(int wait)
{
    // Writers take turns, as on SQLite: one advisory lock held to the end of
    // each write transaction, so the checks a service makes inside it still
    // hold when it writes. Readers never wait for it.
    QSqlQuery q(connection());
    bool ok = q.exec(QStringLiteral("BEGIN"));
    if (ok)
        ok = q.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(1, wait)));
    if (ok)
        ok = q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey));
    if (!ok) {
        const QString state = q.lastError().nativeErrorCode();
        const QString text = q.lastError().text();
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        m_beginFailure = {state == QLatin1String("55P03")
                              ? Problem{QStringLiteral("database"),
                                        tr("%1 is busy: another user has been writing to it for more than %2 s. "
                                           "Nothing was changed; try again.")
                                            .arg(m_path)
                                            .arg(qMax(1, (wait + 999) / 1000)),
                                        Problem::Kind::Failure}
                              : writeFailure(m_path, text)};
        return false;
    }
    return begun();
}

bool Database::begun()
{
    m_depth = 1;
    ++m_transactions;
    if (m_beginHook) {
        if (VoidResult r = m_beginHook(); !r) {
            rollback();
            m_beginFailure = r.problems();
            for (Problem &p : m_beginFailure)
                p.kind = Problem::Kind::Failure;
            return false;
        }
    }
    return true;
}

int Database::defaultWriteWait()
{
    const QString env = qEnvironmentVariable("QUARRY_WRITE_WAIT_MS");
    return env.isEmpty() ? 20000 : qMax(0, env.toInt());
}

void Database::setWriteWait(int ms)
{
    m_writeWait = qMax(0, ms);
    if (isPostgres())
        return;
    if (sqlite3 *handle = nativeHandle())
        sqlite3_busy_timeout(handle, qMin(m_writeWait, BusyTimeoutMs));
}

VoidResult Database::commit()
{
    if (m_depth == 0)
        return Problems{writeFailure(m_path, tr("no transaction is open"))};
    QSqlQuery q(connection());
    --m_depth;
    // Every other Quarry on the server hears of the write once it is
    // committed (NOTIFY is delivered at COMMIT, never for a rollback).
    if (m_depth == 0 && isPostgres())
        q.exec(QStringLiteral("NOTIFY ") + ChangeFeed::channel());
    const bool ok = m_depth == 0 ? q.exec(QStringLiteral("COMMIT"))
                                 : q.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    if (ok)
        return {};
    const QString error = q.lastError().text();
    if (m_depth == 0)
        q.exec(QStringLiteral("ROLLBACK"));
    return Problems{writeFailure(m_path, error)};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    QSqlQuery q(connection());
    --m_depth;
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Quarry");
    return dir + QStringLiteral("/quarry.sqlite");
}

QString Database::timestamp(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::fromTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

VoidResult Database::migrate()
{
    const int found = schemaVersion();
    if (found == latestVersion())
        return {};
    // An upgrade is one transaction, but a version cannot go back: a copy
    // of the file as it was is made first, or nothing is upgraded.
    if (found > 0 && !isPostgres()) {
        const QString copy = DatabaseFile::backupName(m_path, QDateTime::currentDateTimeUtc(), latestVersion());
        DatabaseFile::makeBackupFolder(m_path);
        if (auto made = DatabaseFile::copy(nativeHandle(), copy, m_writeWait, QStringLiteral("database")); !made) {
            Problems p = made.problems();
            p.prepend(Problem{QStringLiteral("database"),
                              tr("%1 was not upgraded to schema %2: its backup could not be made first. It was not changed.")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(latestVersion()),
                              Problem::Kind::Failure});
            return p;
        }
    }
    // The version is read again under the write lock: another process
    // opening the same new file at the same moment has migrated it already.
    Transaction tx(*this);
    if (!tx.isActive()) {
        Problems p = tx.failure();
        p.prepend(Problem{QStringLiteral("database"), tr("Cannot start the upgrade of %1.").arg(m_path), Problem::Kind::Failure});
        return p;
    }
    const int current = schemaVersion();
    if (isPostgres() && current == 0) {
        // The schema's own bookkeeping, made with its first migration.
        QSqlQuery q(connection());
        for (const QString &sql : {QStringLiteral("CREATE TABLE IF NOT EXISTS quarry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                                   QString::fromUtf8(PostgresFold), QString::fromUtf8(PostgresIfNull)})
            if (!q.exec(sql))
                return Problems{sqlProblem(q, sql.left(40))};
    }
    for (const QString &file : migrationFiles()) {
        const int version = versionOf(file);
        if (version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return VoidResult::failure(QStringLiteral("database"), tr("Migration %1 is missing.").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        if (VoidResult r = runScript(script); !r)
            return r;
        if (VoidResult r = seed(version); !r)
            return r;
        QSqlQuery q(connection());
        const QString mark = isPostgres() ? QStringLiteral("INSERT INTO quarry_meta (key, value) VALUES ('schema_version', '%1') "
                                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                                                .arg(version)
                                          : QStringLiteral("PRAGMA user_version = %1").arg(version);
        if (!q.exec(mark))
            return Problems{sqlProblem(q, QStringLiteral("schema version"))};
    }
    return tx.commit();
}

VoidResult Database::runScript(const QString &script)
{
    // Split on complete statements (sqlite3_complete understands strings,
    // comments and trigger bodies), not on every ';'.
    QString statement;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        statement += line + QLatin1Char('\n');
        const QByteArray utf8 = statement.toUtf8();
        if (!sqlite3_complete(utf8.constData()))
            continue;
        QString sql = statement.trimmed();
        statement.clear();
        if (sql.isEmpty() || sql == QLatin1String(";"))
            continue;
        if (isPostgres()) {
            sql = toPostgres(sql);
            if (sql.isEmpty())
                continue;
        }
        QSqlQuery q(connection());
        if (!q.exec(sql))
            return Problems{sqlProblem(q, sql.section(QLatin1Char('\n'), 0, 0))};
    }
    return {};
}

VoidResult Database::seed(int version)
{
    if (version == 3 && !isPostgres()) { // the application id marks the file as Quarry's
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return Problems{sqlProblem(q, QStringLiteral("PRAGMA application_id"))};
    }
    // Schema 2 made lead_sort_marks; its triggers and marks are written in
    // code, over the live leads as schema 5 tells them (neither merged nor in
    // the trash): installed, or installed again, once that column is there.
    // No lead is written between the two in the one upgrade transaction.
    // The server's roles, grants and row-level security came with schema 6
    // (roles) and were completed by 7, 8 and 9: installed once, at the end
    // of an upgrade to any of them (install() is idempotent and whole).
    // On PostgreSQL the marks come with schema 8 (a key column per type,
    // statement-level triggers), before the roles that guard them.
    if ((version == 5 && !isPostgres()) || (version == 8 && isPostgres()))
        if (VoidResult r = LeadSortMarks::install(*this); !r)
            return r;
    // Schema 10 writes IFNULL as a CASE on PostgreSQL: the owner's index is
    // built again through it (same values, an expression the policies let
    // the server use).
    if (version == 10 && isPostgres()) {
        QSqlQuery q(connection());
        for (const QString &sql : {QString::fromUtf8(PostgresIfNull), QStringLiteral("REINDEX INDEX leads_owner")})
            if (!q.exec(sql))
                return Problems{sqlProblem(q, sql.left(40))};
    }
    if (version >= 6 && version == latestVersion() && isPostgres())
        if (VoidResult r = PostgresRoles::install(*this); !r)
            return r;
    return DefaultData::seed(*this, version);
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &bindings) const
{
    auto r = exec(sql + QStringLiteral(" RETURNING id"), bindings);
    if (!r)
        return r.problems();
    if (!r.value().next())
        return Problems{sqlProblem(r.value(), sql.left(60))};
    return r.value().value(0).toLongLong();
}

QString Database::limit(qint64 n, qint64 offset) const
{
    QString out = n < 0 ? (isPostgres() ? QStringLiteral(" LIMIT ALL") : QStringLiteral(" LIMIT -1")) : QStringLiteral(" LIMIT %1").arg(n);
    if (offset > 0 || n < 0)
        out += QStringLiteral(" OFFSET %1").arg(offset);
    return out;
}

QString Database::joinIds(const QString &expr) const
{
    return isPostgres() ? QStringLiteral("string_agg((%1)::text, ',')").arg(expr) : QStringLiteral("group_concat(%1)").arg(expr);
}

QString Database::searchIds(int limit) const
{
    if (isPostgres())
        return limit > 0 ? QStringLiteral("SELECT quarry_search(?, %1)").arg(limit) : QStringLiteral("SELECT quarry_search(?, NULL)");
    return limit > 0 ? QStringLiteral("SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? LIMIT %1").arg(limit)
                     : QStringLiteral("SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?");
}

QString Database::searchTerms(const QString &ftsQuery) const
{
    if (!isPostgres())
        return ftsQuery;
    // "\"dup\"* \"jea\"*" → "dup:* & jea:*": the words are folded letters
    // and digits only, so they need no quoting in a tsquery.
    static const QRegularExpression term(QStringLiteral("\"([^\"]*)\"\\*"));
    QStringList terms;
    for (auto it = term.globalMatch(ftsQuery); it.hasNext();) {
        const QString word = it.next().captured(1);
        if (!word.isEmpty())
            terms << word + QStringLiteral(":*");
    }
    return terms.join(QStringLiteral(" & "));
}

QString Database::toPostgres(const QString &statement)
{
    // The comment lines a statement starts with (the scripts explain each) go.
    QStringList lines = statement.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && (lines.first().trimmed().startsWith(QLatin1String("--")) || lines.first().trimmed().isEmpty()))
        lines.removeFirst();
    QString s = lines.join(QLatin1Char('\n'));
    if (s.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive))
        return {};
    // FTS5's table becomes a table of the same columns (rowid: the lead)
    // with a stored tsvector over them, searched through a GIN index.
    if (s.startsWith(QLatin1String("CREATE VIRTUAL TABLE leads_fts"))) {
        return QStringLiteral(
            "CREATE TABLE leads_fts (rowid BIGINT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '', "
            "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', "
            "doc tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace("
            "name || ' ' || company || ' ' || email || ' ' || phone || ' ' || city, '[^[:alnum:]]+', ' ', 'g'))) STORED);\n"
            "CREATE INDEX leads_fts_doc ON leads_fts USING gin (doc)");
    }
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("\\bINTEGER PRIMARY KEY\\b")), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
        {QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT")},
        {QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("DOUBLE PRECISION")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA")},
        {QRegularExpression(QStringLiteral("\\)\\s*WITHOUT ROWID")), QStringLiteral(")")},
        // lead_sort_marks.key holds any type on SQLite; schema 8 makes the
        // table again on PostgreSQL with a key column per type (LeadSortMarks).
        {QRegularExpression(QStringLiteral("^(\\s+)key,"), QRegularExpression::MultilineOption), QStringLiteral("\\1key TEXT,")},
    };
    for (const auto &[re, to] : rules)
        s.replace(re, to);
    return s;
}
