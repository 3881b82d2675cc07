#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// The guard of every file Quarry reads at a path the user chose (imports,
/// attachments, mappings): only a regular file is read, and never more than
/// a stated number of bytes. A device (/dev/zero), a pipe or a folder has no
/// end or no size: read whole it fills memory, read record by record it never
/// ends, and its reported size (0) says nothing.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    /// Refuses `path` when it does not exist or is not a regular file (after
    /// symbolic links); the problem has `field` and names the path. Checked
    /// before opening: opening a pipe blocks until someone writes to it.
    static VoidResult check(const QString &path, const QString &field = QStringLiteral("file"));

    /// Reads the regular file at `path` (check()), at most `maxBytes` + 1
    /// bytes: more than `maxBytes` in the answer means the file is larger,
    /// whatever size it reports. The buffer grows with what is read, so a
    /// large limit costs nothing on a small file.
    static Result<QByteArray> readAtMost(const QString &path, qint64 maxBytes,
                                         const QString &field = QStringLiteral("file"));
};
