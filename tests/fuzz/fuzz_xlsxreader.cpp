// XlsxReader on any bytes: no crash, no hang (a bounded number of records),
// progress that never goes back nor past the total, rows within the column
// and cell limits. The first byte: bit 0 reads the second sheet; bit 1 takes
// the bytes as the XML of the sheet (or, with bit 2, of the shared strings)
// inside a valid workbook, which mutations of a whole .xlsx seldom reach.
#include "fuzzzip.h"
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
    if (data[0] & 2) {
        const QByteArray ns = "http://schemas.openxmlformats.org/";
        const QByteArray sheet = "<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c>"
                                 "<c s=\"1\"><v>46083.5</v></c><c t=\"s\"><v>1</v></c></row></sheetData></worksheet>";
        const QByteArray strings = "<sst xmlns=\"" + ns + "spreadsheetml/2006/main\"><si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r></si></sst>";
        const bool asStrings = data[0] & 4;
        bytes = FuzzZip::build({
            {"_rels/.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                                + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
            {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
                                    + "officeDocument/2006/relationships\"><workbookPr date1904=\"" + QByteArray(data[0] & 8 ? "1" : "0")
                                    + "\"/><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"B\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                                               + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + ns
                                               + "officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" Type=\"" + ns
                                               + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId4\" Type=\"" + ns
                                               + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"},
            {"xl/styles.xml", "<styleSheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm\"/></numFmts>"
                                  "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
            {"xl/sharedStrings.xml", asStrings ? bytes : strings},
            {"xl/worksheets/sheet1.xml", asStrings ? sheet : bytes},
            {"xl/worksheets/sheet2.xml", bytes},
        });
    }
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
