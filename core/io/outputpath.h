#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

/// The guard of every file Quarry writes at a path the user chose (exports,
/// import reports, saved attachments, mappings, PDFs): the target must not be
/// the open database nor one of the files SQLite keeps beside it (-wal, -shm,
/// -journal). Writing over one of those, even atomically through a QSaveFile,
/// replaces the database under the open connection: the write "succeeds" and
/// the next open finds a CSV where the leads were.
///
/// "The same file" is decided on what the path leads to, not on its text:
/// "./x/../quarry.sqlite", a symbolic link to the database (QSaveFile writes
/// through links) and, on Unix, a hard link (same device and inode) are all
/// refused.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    /// Refuses `target` when it is the database at `databasePath` or one of
    /// its companion files; the problem has `field` and names the path. An
    /// empty `databasePath` or ":memory:" (no file) refuses nothing but an
    /// empty target.
    static VoidResult check(const QString &target, const QString &databasePath,
                            const QString &field = QStringLiteral("file"));

    /// Whether `a` and `b` lead to the same file, existing or not: the same
    /// path once symbolic links and "." / ".." are resolved, or (on Unix,
    /// both existing) the same device and inode.
    static bool sameFile(const QString &a, const QString &b);
};
