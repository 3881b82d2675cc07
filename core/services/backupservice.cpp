#include "backupservice.h"

#include "database.h"
#include "databasefile.h"
#include "outputpath.h"
#include "postgresdump.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

Problems failure(const QString &message)
{
    return Problems{Problem{QStringLiteral("file"), message, Problem::Kind::Failure}};
}

/// "quarry.sqlite" → "quarry.replaced-20261202-061500.sqlite", beside it,
/// never over a file already there.
QString keptName(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString base = info.completeBaseName() + QStringLiteral(".replaced-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString name = info.absoluteDir().filePath(base + suffix);
    for (int n = 2; QFile::exists(name); ++n)
        name = info.absoluteDir().filePath(QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix));
    return name;
}

bool moveAside(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

BackupService::BackupService(Workspace &ws) : m_ws(ws) {}

Result<qint64> BackupService::backup(const QString &path)
{
    Database &db = m_ws.database();
    if (VoidResult r = OutputPath::check(path, db.path(), QStringLiteral("file")); !r)
        return r.problems();
    if (db.isPostgres())
        return PostgresDump::dump(db.address(), path);
    sqlite3 *source = db.nativeHandle();
    if (!source)
        return Result<qint64>::failure(QStringLiteral("database"), tr("This database cannot be backed up to a file."));
    return DatabaseFile::copy(source, path, db.writeWait());
}

Result<BackupService::Restored> BackupService::restorePostgres(const DatabaseAddress &address, const QString &backupPath)
{
    const QString shownBackup = QDir::toNativeSeparators(backupPath);
    if (!QFileInfo(backupPath).isFile())
        return failure(tr("There is no backup %1.").arg(shownBackup));
    auto version = PostgresDump::schemaVersionOf(backupPath);
    if (!version)
        return version.problems();
    if (version.value() > Database::latestVersion())
        return failure(tr("%1 was written by a newer version of Quarry (schema %2; this version knows up to %3): "
                          "it was not restored.")
                           .arg(shownBackup)
                           .arg(version.value())
                           .arg(Database::latestVersion()));
    // What is replaced is kept first, beside the backup: no copy, no restore.
    const QFileInfo info(backupPath);
    QString kept = info.absoluteDir().filePath(QStringLiteral("%1.replaced-%2.dump")
                                                   .arg(address.database.isEmpty() ? QStringLiteral("quarry") : address.database,
                                                        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (auto made = PostgresDump::dump(address, kept); !made)
        return made.problems();
    if (VoidResult r = PostgresDump::restore(address, backupPath); !r)
        return r.problems();
    // An older backup is brought up to this version's schema at once.
    Database db;
    if (VoidResult r = db.open(address.uri()); !r)
        return r.problems();
    return Restored{db.schemaVersion(), kept};
}

Result<BackupService::Restored> BackupService::restore(const QString &databasePath, const QString &backupPath)
{
    if (const auto address = DatabaseAddress::parse(databasePath); address && address->isPostgres())
        return restorePostgres(*address, backupPath);
    using State = DatabaseFile::Inspection::State;
    const QString shownBackup = QDir::toNativeSeparators(backupPath);
    if (!QFileInfo(backupPath).isFile())
        return failure(tr("There is no backup %1.").arg(shownBackup));
    if (OutputPath::sameFile(backupPath, databasePath))
        return failure(tr("%1 is the database itself, not a backup of it.").arg(shownBackup));
    // The backup first, whole: a backup that would not open is refused
    // before anything is touched.
    const DatabaseFile::Inspection backup = DatabaseFile::inspect(backupPath, true);
    if (backup.state == State::Missing)
        return failure(tr("%1 is empty: it is not a backup of a Quarry database.").arg(shownBackup));
    if (backup.state == State::Newer)
        return failure(tr("%1 was written by a newer version of Quarry (schema %2; this version knows up to %3): "
                          "it cannot be restored here. Nothing was changed.")
                           .arg(shownBackup)
                           .arg(backup.schemaVersion)
                           .arg(Database::latestVersion()));
    if (backup.state != State::Quarry)
        return failure(tr("%1 cannot be restored: %2").arg(shownBackup, backup.message));

    Restored out;
    const DatabaseFile::Inspection current = DatabaseFile::inspect(databasePath, true);
    const int wait = Database::defaultWriteWait();
    if (current.state == State::Quarry) {
        // A sound database: kept as a consistent copy, then overwritten in
        // one write transaction of the online backup API.
        out.keptAs = keptName(databasePath);
        if (auto kept = DatabaseFile::copy(databasePath, out.keptAs, wait); !kept) {
            Problems p = kept.problems();
            p.prepend(Problem{QStringLiteral("file"), tr("The database was not replaced: a copy of it could not be kept first."),
                              Problem::Kind::Failure});
            return p;
        }
        const QString why = DatabaseFile::overwrite(databasePath, backupPath, wait);
        if (!why.isEmpty()) {
            QFile::remove(out.keptAs);
            return failure(tr("The backup %1 could not be restored: %2. Nothing was changed.").arg(shownBackup, why));
        }
    } else {
        if (current.state != State::Missing) {
            // Damaged, foreign or newer: never written to, moved aside whole.
            out.keptAs = keptName(databasePath);
            if (!moveAside(databasePath, out.keptAs))
                return failure(tr("%1 could not be moved aside: nothing was changed.").arg(QDir::toNativeSeparators(databasePath)));
            for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                if (QFile::exists(databasePath + companion))
                    moveAside(databasePath + companion, out.keptAs + companion);
        } else {
            QFile::remove(databasePath); // an empty file
        }
        if (auto put = DatabaseFile::copy(backupPath, databasePath, wait); !put) {
            // Put back what was moved aside, companions included.
            if (!out.keptAs.isEmpty())
                for (const QString &companion : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                    if (QFile::exists(out.keptAs + companion))
                        moveAside(out.keptAs + companion, databasePath + companion);
            return put.problems();
        }
    }
    // An older backup is upgraded as any older file is.
    Database db;
    if (VoidResult opened = db.open(databasePath); !opened) {
        Problems p = opened.problems();
        p.prepend(Problem{QStringLiteral("file"),
                          tr("The backup was restored but does not open; the replaced file is %1.").arg(QDir::toNativeSeparators(out.keptAs)),
                          Problem::Kind::Failure});
        return p;
    }
    out.schemaVersion = db.schemaVersion();
    return out;
}

Result<QString> BackupService::daily(const QString &databasePath, int keep)
{
    // A team server is backed up by its administrator (quarry-cli backup,
    // pg_dump): the desktop makes daily copies of SQLite files only.
    if (keep <= 0 || DatabaseAddress::parse(databasePath).value_or(DatabaseAddress{}).isPostgres())
        return QString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DatabaseFile::Backup &b : DatabaseFile::backups(databasePath))
        if (b.beforeSchema == 0) {
            if (b.at.secsTo(now) < 24 * 3600 && b.at <= now)
                return QString();
            break;
        }
    const QString target = DatabaseFile::backupName(databasePath, now, 0);
    DatabaseFile::makeBackupFolder(databasePath);
    if (auto made = DatabaseFile::copy(databasePath, target, Database::defaultWriteWait()); !made)
        return made.problems();
    DatabaseFile::prune(databasePath, keep);
    return target;
}
