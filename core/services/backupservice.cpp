#include "backupservice.h"

#include "database.h"
#include "outputpath.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

BackupService::BackupService(Workspace &ws) : m_ws(ws) {}

Result<qint64> BackupService::backup(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Database &db = m_ws.database();
    if (VoidResult r = OutputPath::check(path, db.path(), QStringLiteral("file")); !r)
        return r.problems();
    sqlite3 *source = db.nativeHandle();
    if (!source)
        return Result<qint64>::failure(QStringLiteral("database"), tr("This database cannot be backed up to a file."));
    auto failure = [&](const QString &why) {
        return Result<qint64>(Problems{Problem{QStringLiteral("file"), tr("The backup %1 could not be written: %2").arg(shown, why),
                                               Problem::Kind::Failure}});
    };

    // A temporary file beside the target, owner-only before any byte is in it.
    const QFileInfo target(path);
    const QString temp = target.absoluteDir().filePath(QStringLiteral(".%1.backup-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(temp);
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
    // other connections go on meanwhile (WAL); a writer that holds the lock
    // only delays the start, within the write wait.
    sqlite3_backup *copy = sqlite3_backup_init(dest, "main", source, "main");
    if (!copy) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        discard();
        return failure(why);
    }
    int waited = 0;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            waited += 50;
        }
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < db.writeWait());
    sqlite3_backup_finish(copy);
    QString why;
    if (rc != SQLITE_DONE)
        why = QString::fromUtf8(sqlite3_errstr(rc));
    // One self-contained file: no -wal beside it.
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
    if (std::rename(tempName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        discard();
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return QFileInfo(path).size();
}
