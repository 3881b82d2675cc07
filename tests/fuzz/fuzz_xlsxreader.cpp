// XlsxReader on any bytes: no crash, no hang (a bounded number of records),
// progress that never goes back nor past the total, rows within the column
// and cell limits, and line numbers that only grow.
#include "xlsxreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the first sheet or the second one by name.
    const bool second = data[0] & 1;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    XlsxReader probe(&buffer);
    QString sheet;
    if (second && probe.sheetNames().size() > 1)
        sheet = probe.sheetNames().at(1);
    buffer.seek(0);
    XlsxReader reader(&buffer, sheet, QStringLiteral("fuzz.xlsx"));
    if (!reader.isOpen()) {
        if (reader.errorString().isEmpty())
            qFatal("a workbook that did not open says nothing");
        return 0;
    }
    TableRecord record;
    qint64 records = 0;
    qint64 lastRead = 0;
    // Every record is a </row> of the inflated sheet, which inflates at most
    // ZipArchive::maxRatio() times the input.
    const qint64 bound = (qint64(bytes.size()) + 1) * 1100 / 6 + 1;
    while (reader.readRecord(&record)) {
        if (++records > bound)
            qFatal("more records (%lld) than the input can hold: a hang", records);
        if (reader.bytesRead() < lastRead || reader.bytesRead() > reader.totalBytes())
            qFatal("progress %lld after %lld of %lld", reader.bytesRead(), lastRead, reader.totalBytes());
        lastRead = reader.bytesRead();
        if (record.fields.size() > XlsxReader::maxColumns())
            qFatal("row %lld has %lld cells", record.lineNumber, qint64(record.fields.size()));
        for (const QString &field : std::as_const(record.fields))
            if (field.size() > XlsxReader::maxCellChars() + 1)
                qFatal("row %lld has a cell of %lld characters", record.lineNumber, qint64(field.size()));
        if (!record.fields.isEmpty() && record.fields.last().isEmpty())
            qFatal("row %lld ends with an empty cell", record.lineNumber);
        if (record.lineNumber < 1)
            qFatal("row number %lld", record.lineNumber);
    }
    return 0;
}
