#include "databasefile.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <signal.h>

namespace DatabaseFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseFile", text);
}

using State = Inspection::State;

Inspection with(State state, int version, const QString &message)
{
    Inspection i;
    i.state = state;
    i.schemaVersion = version;
    i.message = message;
    return i;
}

/// One read-only connection to a file that may be anything.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~ReadOnly() { sqlite3_close(m_db); }
    ReadOnly(const ReadOnly &) = delete;
    ReadOnly &operator=(const ReadOnly &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc)); }
    int errorCode() const { return m_db ? sqlite3_errcode(m_db) & 0xff : m_rc; }

    /// The first column of the first row of `sql`, as text; false on an error.
    bool one(const char *sql, QString *out)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
            return false;
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            *out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return rc == SQLITE_ROW || rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_OK;
};

const QRegularExpression &backupPattern()
{
    // quarry-20261202-061500[-before-schema-5].sqlite
    static const QRegularExpression re(QStringLiteral("-(\\d{8}-\\d{6})(?:-before-schema-(\\d+))?\\.sqlite$"));
    return re;
}

QString stem(const QString &databasePath)
{
    const QString name = QFileInfo(databasePath).completeBaseName();
    return name.isEmpty() ? QStringLiteral("quarry") : name;
}

} // namespace

Inspection classify(const QString &path, qint64 applicationId, int version, qint64 objects, bool quarryTables)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (applicationId != 0 && applicationId != ApplicationId)
        return with(State::Foreign, version, tr("%1 is not a Quarry database: another program made it. It was not changed.").arg(shown));
    if (applicationId == ApplicationId && version > Database::latestVersion())
        return with(State::Newer, version,
                    tr("%1 was written by a newer version of Quarry (schema %2; this version knows up to %3). "
                       "It was not changed: open it with a newer Quarry.")
                        .arg(shown)
                        .arg(version)
                        .arg(Database::latestVersion()));
    if (applicationId == 0 && version == 0 && objects > 0)
        return with(State::Foreign, version,
                    tr("%1 is not a Quarry database: it holds another program's tables. It was not changed.").arg(shown));
    // Schemas 1 and 2 were written before the application id: Quarry's own
    // tables tell them.
    if (applicationId == 0 && version > 0 && !(version <= 2 && quarryTables))
        return with(State::Foreign, version,
                    tr("%1 is not a Quarry database (schema %2 without Quarry's mark and tables). It was not changed.")
                        .arg(shown)
                        .arg(version));
    return with(objects == 0 ? State::Missing : State::Quarry, version, {});
}

Inspection inspect(const QString &path, bool check)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return with(State::Missing, 0, {});
    if (!info.isFile())
        return with(State::NotDatabase, 0, tr("%1 is not a file.").arg(shown));
    ReadOnly db(path);
    if (!db.ok())
        return with(State::NotDatabase, 0, tr("%1 cannot be read: %2. It was not changed.").arg(shown, db.error()));
    QString objects, version, appId, tables;
    if (!db.one("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'", &objects)) {
        const bool damaged = db.errorCode() == SQLITE_CORRUPT;
        return with(damaged ? State::Damaged : State::NotDatabase, 0,
                    damaged ? tr("%1 is damaged: SQLite cannot read its list of tables (%2). It was not changed.").arg(shown, db.error())
                            : tr("%1 is not a Quarry database: it is not an SQLite file, or its first page is destroyed (%2). It was not changed.")
                                  .arg(shown, db.error()));
    }
    db.one("PRAGMA user_version", &version);
    db.one("PRAGMA application_id", &appId);
    db.one("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('leads', 'lead_statuses', 'users')", &tables);
    Inspection found = classify(path, appId.toLongLong(), version.toInt(), objects.toLongLong(), tables.toInt() == 3);
    if (found.state != State::Quarry)
        return found;
    if (tables.toInt() != 3)
        return with(State::Damaged, found.schemaVersion, tr("%1 is damaged: some of its tables are missing. It was not changed.").arg(shown));
    if (check) {
        QString verdict;
        if (!db.one("PRAGMA integrity_check(1)", &verdict))
            verdict = db.error();
        if (verdict != QLatin1String("ok"))
            return with(State::Damaged, found.schemaVersion,
                        tr("%1 is damaged: SQLite's integrity check fails (%2). It was not changed.").arg(shown, verdict));
    }
    return found;
}

Result<qint64> copy(sqlite3 *source, const QString &target, int waitMs, const QString &field)
{
    const QString shown = QDir::toNativeSeparators(target);
    auto failure = [&](const QString &why) {
        return Result<qint64>(Problems{Problem{field, tr("The copy %1 could not be written: %2").arg(shown, why), Problem::Kind::Failure}});
    };
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return failure(tr("its folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    // A temporary file beside the target, owner-only before any byte is in it.
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(temp);
    // Those of copies that were killed before their rename (their process is
    // gone): half a database of personal data is not left lying about.
    const QString prefix = QStringLiteral(".%1.partial-").arg(info.fileName());
    for (const QString &stale : info.absoluteDir().entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System)) {
        bool ok = false;
        const qint64 pid = QStringView(stale).mid(prefix.size()).split(QLatin1Char('-')).first().toLongLong(&ok);
        if (ok && pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(info.absoluteDir().filePath(stale));
    }
    {
        QFile f(temp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return failure(f.errorString());
    }
    auto discard = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    };

    sqlite3 *dest = nullptr;
    const QByteArray tempName = QFile::encodeName(temp);
    int rc = sqlite3_open_v2(tempName.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
        sqlite3_close(dest);
        discard();
        return failure(why);
    }
    // One step: the whole database as of one read transaction. Writers of
    // other connections go on meanwhile (WAL); a writer holding the lock in
    // rollback journal mode only delays the start, within the wait.
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        discard();
        return failure(why);
    }
    int waited = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            waited += 50;
        }
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < waitMs);
    sqlite3_backup_finish(backup);
    QString why;
    if (rc != SQLITE_DONE)
        why = QString::fromUtf8(sqlite3_errstr(rc));
    // One self-contained file, no -wal beside it; durable before the rename.
    else if (sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK
             || sqlite3_exec(dest, "PRAGMA quick_check", nullptr, nullptr, nullptr) != SQLITE_OK)
        why = QString::fromUtf8(sqlite3_errmsg(dest));
    if (sqlite3_close(dest) != SQLITE_OK && why.isEmpty())
        why = tr("the file could not be closed");
    if (!why.isEmpty()) {
        discard();
        return failure(why);
    }
    // Whole or not at all: rename() replaces the target in one step.
    if (std::rename(tempName.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        why = QString::fromLocal8Bit(std::strerror(errno));
        discard();
        return failure(why);
    }
    return QFileInfo(target).size();
}

Result<qint64> copy(const QString &sourcePath, const QString &target, int waitMs, const QString &field)
{
    ReadOnly db(sourcePath);
    if (!db.ok())
        return Result<qint64>(Problems{Problem{field, tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(sourcePath), db.error()),
                                               Problem::Kind::Failure}});
    return copy(db.handle(), target, waitMs, field);
}

QString overwrite(const QString &databasePath, const QString &sourcePath, int waitMs)
{
    sqlite3 *source = nullptr, *dest = nullptr;
    QString why;
    if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        why = QString::fromUtf8(sqlite3_errmsg(source && sqlite3_errcode(source) != SQLITE_OK ? source : dest));
    } else if (sqlite3_backup *copy = sqlite3_backup_init(dest, "main", source, "main"); !copy) {
        why = QString::fromUtf8(sqlite3_errmsg(dest));
    } else {
        int rc, waited = 0;
        while ((rc = sqlite3_backup_step(copy, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited >= waitMs)
                break;
            sqlite3_sleep(50);
            waited += 50;
        }
        sqlite3_backup_finish(copy);
        if (rc != SQLITE_DONE)
            why = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                      ? tr("another program has been writing to the database for more than %1 s").arg(waitMs / 1000)
                      : QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(source);
    sqlite3_close(dest);
    return why;
}

QString backupFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(stem(databasePath) + QStringLiteral("-backups"));
}

bool makeBackupFolder(const QString &databasePath)
{
    const QString folder = backupFolder(databasePath);
    if (QDir(folder).exists())
        return true;
    // Owner-only, as the database: a CRM holds personal data.
    return QDir().mkpath(folder)
           && QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString backupName(const QString &databasePath, const QDateTime &at, int beforeSchema)
{
    QString name = stem(databasePath) + QLatin1Char('-') + at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (beforeSchema > 0)
        name += QStringLiteral("-before-schema-%1").arg(beforeSchema);
    return QDir(backupFolder(databasePath)).filePath(name + QStringLiteral(".sqlite"));
}

QList<Backup> backups(const QString &databasePath)
{
    QList<Backup> out;
    const QDir dir(backupFolder(databasePath));
    const QString prefix = stem(databasePath) + QLatin1Char('-');
    for (const QFileInfo &f : dir.entryInfoList({prefix + QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QString rest = f.fileName().mid(prefix.size() - 1);
        const QRegularExpressionMatch m = backupPattern().match(rest);
        if (!m.hasMatch() || m.capturedStart() != 0)
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        at.setTimeZone(QTimeZone::utc());
        out << Backup{f.absoluteFilePath(), at, f.size(), m.captured(2).toInt()};
    }
    std::sort(out.begin(), out.end(), [](const Backup &a, const Backup &b) {
        return a.at != b.at ? a.at > b.at : a.path > b.path;
    });
    return out;
}

void prune(const QString &databasePath, int keep)
{
    int daily = 0;
    for (const Backup &b : backups(databasePath))
        if (b.beforeSchema == 0 && ++daily > keep)
            QFile::remove(b.path);
}

} // namespace DatabaseFile
