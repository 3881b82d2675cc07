// Normalize::text folds once, and its fast paths equal the reference:
// fold(fold(x)) == fold(x) and fold(x) == Reference::text(x), for the input
// read as UTF-8 and as raw UTF-16 (lone surrogates included).
#include "normalize.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

namespace {

QString hex(const QString &s)
{
    QStringList out;
    for (QChar c : s)
        out << QString::number(c.unicode(), 16);
    return out.join(QLatin1Char(' '));
}

void check(const QString &s)
{
    const QString f = Normalize::text(s);
    const QString ref = Normalize::Reference::text(s);
    const QString again = Normalize::text(f);
    const QString refAgain = Normalize::Reference::text(ref);
    if (f != ref || again != f || refAgain != ref)
        qFatal("fold property violated: input [%s] fold [%s] reference [%s] fold of fold [%s] reference of reference [%s]",
               qPrintable(hex(s)), qPrintable(hex(f)), qPrintable(hex(ref)), qPrintable(hex(again)), qPrintable(hex(refAgain)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512) // long inputs only cost time: the fold works on short runs
        return 0;
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
