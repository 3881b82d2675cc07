#include "outputpath.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

/// The files SQLite may keep beside a database: the write-ahead log, its
/// shared-memory index and the rollback journal.
const char *const kCompanionSuffixes[] = {"", "-wal", "-shm", "-journal"};

/// Symbolic links may point to links: QSaveFile follows up to this many.
constexpr int kMaxLinkDepth = 128;

/// Where a write to `path` lands: symbolic links followed (as QSaveFile does,
/// even to a target that does not exist yet), then the folder made canonical
/// so that "." / ".." and linked folders compare equal.
QString resolved(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    for (int depth = 0; depth < kMaxLinkDepth && info.isSymLink(); ++depth)
        info.setFile(QDir::cleanPath(info.symLinkTarget()));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName());
}

} // namespace

bool OutputPath::sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    // stat() follows links; the device and inode also catch a hard link.
    struct stat sa {};
    struct stat sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
#ifdef Q_OS_WIN
    return resolved(a).compare(resolved(b), Qt::CaseInsensitive) == 0;
#else
    return resolved(a) == resolved(b);
#endif
}

VoidResult OutputPath::check(const QString &target, const QString &databasePath, const QString &field)
{
    if (target.trimmed().isEmpty())
        return VoidResult::failure(field, tr("Name the file to write."));
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    for (const char *suffix : kCompanionSuffixes) {
        const QString companion = databasePath + QLatin1String(suffix);
        if (sameFile(target, companion)) {
            const QString message = *suffix
                ? tr("%1 is %2, a file SQLite keeps beside the open database: writing there would destroy the database. "
                     "Choose another file.")
                      .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(companion))
                : tr("%1 is the open database: writing there would destroy it. Choose another file.")
                      .arg(QDir::toNativeSeparators(target));
            return VoidResult::failure(field, message);
        }
    }
    return {};
}
