#include "database.h"
#include "defaultdata.h"
#include "leadsortmarks.h"
#include "normalize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
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

VoidResult Database::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return VoidResult::failure(QStringLiteral("database"),
                                   tr("Cannot create the folder %1.").arg(info.absolutePath()));
    m_connectionName = QStringLiteral("quarry-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        return VoidResult::failure(QStringLiteral("database"), tr("Cannot open %1: %2").arg(path, err));
    }
    m_path = path;

    // Refuse a file written by a newer Quarry before writing anything to it.
    const int version = schemaVersion();
    if (version > latestVersion()) {
        close();
        return VoidResult::failure(
            QStringLiteral("database"),
            tr("%1 was written by a newer version of Quarry (schema %2; this version knows up to %3). "
               "It was not changed: open it with a newer Quarry.")
                .arg(path)
                .arg(version)
                .arg(latestVersion()));
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            const Problem p = sqlProblem(q, QString::fromLatin1(pragma));
            close();
            return Problems{p};
        }
    }
    if (sqlite3 *handle = nativeHandle())
        sqlite3_create_function_v2(handle, "quarry_fold", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, &foldFunction, nullptr,
                                   nullptr, nullptr);
    VoidResult migrated = migrate();
    if (!migrated)
        close();
    return migrated;
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

QSqlQuery Database::query(const QString &sql) const
{
    QSqlQuery q(connection());
    q.prepare(sql);
    return q;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        return Problems{sqlProblem(q, sql.left(60))};
    // A null QString would bind as NULL: text is never NULL unless asked
    // for with an invalid QVariant.
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings.at(i);
        q.bindValue(i, b.typeId() == QMetaType::QString ? sqlText(b.toString()) : b);
    }
    if (!q.exec())
        return Problems{sqlProblem(q, sql.left(60))};
    return q;
}

bool Database::begin()
{
    QSqlQuery q(connection());
    const bool ok = m_depth == 0 ? q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                 : q.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    if (ok)
        ++m_depth;
    return ok;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    QSqlQuery q(connection());
    --m_depth;
    const bool ok = m_depth == 0 ? q.exec(QStringLiteral("COMMIT"))
                                 : q.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    if (!ok && m_depth == 0)
        q.exec(QStringLiteral("ROLLBACK"));
    return ok;
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
    const int current = schemaVersion();
    for (const QString &file : migrationFiles()) {
        const int version = versionOf(file);
        if (version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return VoidResult::failure(QStringLiteral("database"), tr("Migration %1 is missing.").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        Transaction tx(*this);
        if (!tx.isActive())
            return VoidResult::failure(QStringLiteral("database"),
                                       tr("Cannot start the upgrade of %1: %2")
                                           .arg(m_path, connection().lastError().text()));
        if (VoidResult r = runScript(script); !r)
            return r;
        if (VoidResult r = seed(version); !r)
            return r;
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Problems{sqlProblem(q, QStringLiteral("PRAGMA user_version"))};
        if (!tx.commit())
            return VoidResult::failure(QStringLiteral("database"),
                                       tr("Cannot commit the upgrade to schema %1: %2")
                                           .arg(version)
                                           .arg(connection().lastError().text()));
    }
    return {};
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
        const QString sql = statement.trimmed();
        statement.clear();
        if (sql.isEmpty() || sql == QLatin1String(";"))
            continue;
        QSqlQuery q(connection());
        if (!q.exec(sql))
            return Problems{sqlProblem(q, sql.section(QLatin1Char('\n'), 0, 0))};
    }
    return {};
}

VoidResult Database::seed(int version)
{
    if (version == 2) // the script made lead_sort_marks: its triggers and marks are written in code
        if (VoidResult r = LeadSortMarks::install(*this); !r)
            return r;
    return DefaultData::seed(*this, version);
}
