#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class Workspace;

/// Copies of the open database that can be trusted: `quarry-cli backup FILE`.
///
/// A copy of the file made while Quarry runs misses the latest edits (they
/// sit in the -wal file) and may catch a write halfway. The backup is made
/// with SQLite's online backup API, in one step under a read transaction:
/// it is the database as of one instant, every committed edit included,
/// while other writers go on. It is written to a temporary file beside the
/// target (readable by its owner alone, as the database is) in rollback
/// journal mode, so that it is one self-contained file, then renamed over
/// the target: a backup is there whole or not at all, and never over the
/// open database or its companion files.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    explicit BackupService(Workspace &ws);

    /// Writes the backup to `path`; returns its size in bytes.
    Result<qint64> backup(const QString &path);

private:
    Workspace &m_ws;
};
