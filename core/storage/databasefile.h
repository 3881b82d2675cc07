#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct sqlite3;

/// A Quarry database as a file on disk, whether or not it opens: what it
/// is, a consistent copy of it, and the automatic backups kept beside it.
/// Database::open() uses classify(); BackupService builds backup, restore
/// and the desktop's daily backups on the rest.
namespace DatabaseFile {

/// What a file is, told without writing a byte to it.
struct Inspection
{
    enum class State {
        Missing,     ///< no file (or an empty one: a new database)
        Quarry,      ///< a Quarry database this version can open
        Newer,       ///< written by a newer Quarry
        Foreign,     ///< an SQLite file of another program
        NotDatabase, ///< not an SQLite file at all (or its header is destroyed)
        Damaged,     ///< Quarry's, but it fails SQLite's integrity check or lost a table
    };
    State state = State::Missing;
    int schemaVersion = 0;
    /// For people: what the file is and, unless it is fine, that it was not changed.
    QString message;
    bool opens() const { return state == State::Missing || state == State::Quarry; }
};

/// Tells what the file at `path` is. With `check`, SQLite's integrity check
/// runs over the whole file too (seconds on a large database).
Inspection inspect(const QString &path, bool check);

/// The rules that tell a Quarry file, from what its header says: the
/// application id, PRAGMA user_version, how many schema objects it has and
/// whether Quarry's own tables are there (files of schemas 1 and 2 have no
/// application id). Quarry or Missing (an empty file) when it may be opened.
Inspection classify(const QString &path, qint64 applicationId, int version, qint64 objects, bool quarryTables);

/// PRAGMA application_id of a Quarry file ("QRRY").
inline constexpr qint64 ApplicationId = 0x51525259;

/// Copies the database open on `source` to `target` with SQLite's online
/// backup API, in one step under one read transaction (every committed
/// edit, also those still in the -wal file, while other writers go on),
/// into a temporary owner-only file beside the target in rollback journal
/// mode, checked, then renamed over the target: the copy is there whole or
/// not at all. Waits up to `waitMs` for a writer holding the lock. Returns
/// the copy's size in bytes; the problem names `field`.
Result<qint64> copy(sqlite3 *source, const QString &target, int waitMs, const QString &field = QStringLiteral("file"));
/// The same from the file at `sourcePath`, opened read-only.
Result<qint64> copy(const QString &sourcePath, const QString &target, int waitMs, const QString &field = QStringLiteral("file"));

/// Overwrites the database at `databasePath` with the one at `sourcePath`
/// in one write transaction of the online backup API: a program that has it
/// open sees it before or after, never half. Waits up to `waitMs` for
/// another writer. Returns why it failed ("" when done).
QString overwrite(const QString &databasePath, const QString &sourcePath, int waitMs);

/// One automatic backup beside a database.
struct Backup
{
    QString path;
    QDateTime at;      ///< when it was made (UTC), from its name
    qint64 bytes = 0;
    int beforeSchema = 0; ///< made before the upgrade to this schema; 0: a daily one
};

/// The folder of a database's automatic backups: "<folder>/<name>-backups"
/// beside the file ("quarry.sqlite" → "quarry-backups").
QString backupFolder(const QString &databasePath);
/// Creates the backup folder (owner-only) when missing; false when it cannot.
bool makeBackupFolder(const QString &databasePath);
/// The automatic backups of a database, newest first.
QList<Backup> backups(const QString &databasePath);
/// The file name of a new automatic backup made `at` (UTC).
QString backupName(const QString &databasePath, const QDateTime &at, int beforeSchema);
/// Removes the oldest daily backups past the `keep` newest (those made before
/// an upgrade are kept: they are the way back to a version).
void prune(const QString &databasePath, int keep);

} // namespace DatabaseFile
