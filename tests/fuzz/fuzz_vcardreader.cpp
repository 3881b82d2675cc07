// VcardReader on any bytes: no crash, no hang (a bounded number of records,
// each consuming input), the header first, every card record with one cell
// per header and bounded cells and raw text, progress within the input.
#include "vcardreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks a small card limit half of the time, so that the
    // oversized-card and overlong-line paths are met by short inputs.
    const qsizetype limit = data[0] & 1 ? 256 + (data[0] >> 1) * 8 : 4 * 1024 * 1024;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(&buffer);
    reader.setMaxCardSize(limit);
    if (!reader.isOpen()) {
        if (reader.errorString().isEmpty())
            qFatal("closed without a reason");
        return 0;
    }
    TableRecord record;
    if (!reader.readRecord(&record) || record.fields != VcardReader::headers())
        qFatal("the first record is not the header");
    qint64 records = 0;
    qint64 lastRead = 0;
    qint64 lastLine = 0;
    while (reader.readRecord(&record)) {
        if (++records > bytes.size() + 1)
            qFatal("more records (%lld) than bytes (%lld): a hang", records, qint64(bytes.size()));
        if (reader.bytesRead() < lastRead || reader.bytesRead() > bytes.size())
            qFatal("progress %lld after %lld of %lld bytes", reader.bytesRead(), lastRead, qint64(bytes.size()));
        lastRead = reader.bytesRead();
        if (record.lineNumber <= lastLine)
            qFatal("card at line %lld after one at line %lld", record.lineNumber, lastLine);
        lastLine = record.lineNumber;
        if (record.fields.size() != VcardReader::ColumnCount)
            qFatal("card at line %lld has %lld cells", record.lineNumber, qint64(record.fields.size()));
        // Decoding gives at most one UTF-16 unit a byte; labels ("Address
        // (home): ") and joins (" ::: ") add a bounded amount per property,
        // and a property takes at least two bytes ("A:").
        qsizetype chars = 0;
        for (const QString &field : record.fields)
            chars += field.size();
        const qsizetype bound = 16 * bytes.size() + 256;
        if (chars > bound)
            qFatal("card at line %lld has %lld characters of cells from %lld bytes", record.lineNumber, qint64(chars),
                   qint64(bytes.size()));
        if (record.rawText.size() > VcardReader::maxRawText() + 1 || record.rawText.size() > 2 * bytes.size() + 2)
            qFatal("raw text of %lld characters at line %lld", qint64(record.rawText.size()), record.lineNumber);
    }
    return 0;
}
