#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace {
/// Bytes asked of the file at a time by readAtMost().
constexpr qint64 kChunk = 256 * 1024;
} // namespace

VoidResult InputFile::check(const QString &path, const QString &field)
{
    const QFileInfo info(path);
    if (!info.exists())
        return VoidResult::failure(field, tr("cannot open %1: no such file").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return VoidResult::failure(field, tr("%1 is not a regular file (it is a folder, a device or a pipe): choose a file.")
                                              .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<QByteArray> InputFile::readAtMost(const QString &path, qint64 maxBytes, const QString &field)
{
    if (VoidResult r = check(path, field); !r)
        return r.problems();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(field, tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Replaced between check() and open() by something that is no file.
    if (file.isSequential())
        return Result<QByteArray>::failure(field, tr("%1 is not a regular file (it is a folder, a device or a pipe): choose a file.")
                                                      .arg(QDir::toNativeSeparators(path)));
    QByteArray data;
    const qint64 wanted = maxBytes < 0 ? 0 : maxBytes < std::numeric_limits<qint64>::max() ? maxBytes + 1 : maxBytes;
    while (data.size() < wanted) {
        const qint64 used = data.size();
        const qint64 ask = qMin(kChunk, wanted - used);
        data.resize(used + ask);
        const qint64 n = file.read(data.data() + used, ask);
        if (n < 0)
            return Result<QByteArray>::failure(field, tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        data.resize(used + n);
        if (n == 0)
            break;
    }
    return data;
}
