#pragma once

#include "databaseaddress.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

class Workspace;

/// Backups that can be trusted, and the way back from one.
///
/// - backup(): `quarry-cli backup FILE`, a consistent copy of the open
///   database (DatabaseFile::copy: SQLite's online backup API, every
///   committed edit, whole or not at all, never over the database itself).
/// - restore(): `quarry-cli restore FILE` and File > Restore a backup…,
///   path to path, so that it also works when the database does not open.
/// - daily(): the desktop's automatic backup, once a day, the last N kept
///   (the option backups_kept); Database::open() makes one before every
///   upgrade of the schema.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    explicit BackupService(Workspace &ws);

    /// Writes the backup to `path`; returns its size in bytes.
    Result<qint64> backup(const QString &path);

    struct Restored
    {
        int schemaVersion = 0; ///< of the database now (an older backup is upgraded)
        QString keptAs;        ///< where the replaced file was kept ("" when there was none)
    };
    /// Puts the backup at `backupPath` in the place of the database at
    /// `databasePath`. Refused, nothing changed, when the backup is not a
    /// sound Quarry database or was written by a newer Quarry. The file it
    /// replaces is kept beside it ("<name>.replaced-<when>.sqlite"). A sound
    /// database is overwritten in one transaction with the online backup
    /// API (a program that has it open sees it before or after, never half);
    /// a damaged or foreign one is moved aside whole, with its -wal and -shm.
    static Result<Restored> restore(const QString &databasePath, const QString &backupPath);

    /// The daily backup of the database at `databasePath` when the newest is
    /// a day old or more (or there is none), then only the `keep` newest daily
    /// ones are kept. Returns the backup written, "" when none was due.
    /// Reads through a connection of its own: fit for a worker thread.
    static Result<QString> daily(const QString &databasePath, int keep);

private:
    /// restore() on a team database: pg_restore of a pg_dump backup, the
    /// database as it was kept first as a dump beside the backup.
    static Result<Restored> restorePostgres(const DatabaseAddress &address, const QString &backupPath);
    Workspace &m_ws;
};
