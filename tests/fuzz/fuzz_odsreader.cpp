// OdsReader on any bytes: no crash, no hang (repeats never expanded past the
// row and column limits), progress that never goes back nor past the total,
// rows within the column and cell limits, row numbers that only grow. The
// first byte: bit 0 asks for the table names first; bit 1 takes the bytes as
// content.xml inside a valid .ods, which mutations of a whole .ods seldom reach.
#include "fuzzzip.h"
#include "odsreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool names = data[0] & 1;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 2)
        bytes = FuzzZip::build({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", bytes}});
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    OdsReader reader(&buffer, QString(), QStringLiteral("fuzz.ods"));
    if (names)
        (void)reader.sheetNames();
    if (!reader.isOpen()) {
        if (reader.errorString().isEmpty())
            qFatal("a spreadsheet that did not open says nothing");
        return 0;
    }
    TableRecord record;
    qint64 records = 0;
    qint64 lastRead = 0;
    qint64 lastLine = 0;
    while (reader.readRecord(&record)) {
        if (++records > OdsReader::maxRows())
            qFatal("more records (%lld) than a table has rows: a hang", records);
        if (reader.bytesRead() < lastRead || reader.bytesRead() > reader.totalBytes())
            qFatal("progress %lld after %lld of %lld", reader.bytesRead(), lastRead, reader.totalBytes());
        lastRead = reader.bytesRead();
        if (record.lineNumber <= lastLine || record.lineNumber > OdsReader::maxRows())
            qFatal("row %lld after row %lld", record.lineNumber, lastLine);
        lastLine = record.lineNumber;
        if (record.fields.size() > OdsReader::maxColumns())
            qFatal("row %lld has %lld cells", record.lineNumber, qint64(record.fields.size()));
        for (const QString &field : std::as_const(record.fields))
            if (field.size() > OdsReader::maxCellChars() + 1)
                qFatal("row %lld has a cell of %lld characters", record.lineNumber, qint64(field.size()));
        if (!record.fields.isEmpty() && record.fields.last().isEmpty())
            qFatal("row %lld ends with an empty cell", record.lineNumber);
    }
    return 0;
}
