#include "sheetvalue.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(QUARRY_TEST_DATA_DIR "/spreadsheets/") + name;
}

struct Row
{
    qint64 line;
    QStringList fields;
};

/// Every record of `reader`, failing the test on a malformed one.
QList<Row> readAll(XlsxReader &reader)
{
    QList<Row> rows;
    TableRecord r;
    while (reader.readRecord(&r)) {
        if (!r.isValid())
            qWarning() << r.error;
        rows << Row{r.lineNumber, r.fields};
    }
    return rows;
}

} // namespace

/// XlsxReader against workbooks as Excel, LibreOffice, openpyxl and
/// XlsxWriter write them (tests/data/spreadsheets/, see its README.md).
class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void numbersAsPeopleReadThem_data();
    void numbersAsPeopleReadThem();
    void dateFormats_data();
    void dateFormats();
    void serialDates();
    void excelShapes();
    void secondSheetByName();
    void unknownSheet();
    void date1904();
    void openpyxlInlineStrings();
    void xlsxwriterInlineStrings();
    void xlsxwriterSharedStrings();
    void libreOfficeXlsx();
    void fromDevice();
    void refusesNotAZip();
    void refusesEncrypted();
    void refusesZipWithoutWorkbook();
    void refusesOds();
    void malformedXmlNamesSheetAndRow();
    void refusesZipBomb();
    void progress();
};

void TestXlsxReader::numbersAsPeopleReadThem_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 42.0 << "42";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("binary noise") << 0.30000000000000004 << "0.3";
    QTest::newRow("sum noise") << 0.8999999999999999 << "0.9";
    QTest::newRow("million") << 1e6 << "1000000";
    QTest::newRow("phone stored as number") << 33612345678.0 << "33612345678";
    QTest::newRow("negative") << -3.25 << "-3.25";
    QTest::newRow("small") << 0.001 << "0.001";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("huge") << 1e22 << "1e+22";
}

void TestXlsxReader::numbersAsPeopleReadThem()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(SheetValue::number(value), text);
}

void TestXlsxReader::dateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    using K = SheetValue::DateKind;
    QTest::newRow("general") << "General" << int(K::None);
    QTest::newRow("decimals") << "0.00" << int(K::None);
    QTest::newRow("scientific") << "0.00E+00" << int(K::None);
    QTest::newRow("quoted letters") << "0.00\" days\"" << int(K::None);
    QTest::newRow("colour") << "[Red]#,##0" << int(K::None);
    QTest::newRow("text") << "@" << int(K::None);
    QTest::newRow("iso") << "yyyy-mm-dd" << int(K::Date);
    QTest::newRow("european") << "dd/mm/yyyy;@" << int(K::Date);
    QTest::newRow("locale") << "[$-409]mmmm d, yyyy;@" << int(K::Date);
    QTest::newRow("quoted prefix") << "\"Day \"d mmm" << int(K::Date);
    QTest::newRow("month alone") << "mmm" << int(K::Date);
    QTest::newRow("date time") << "m/d/yyyy\\ h:mm" << int(K::DateTime);
    QTest::newRow("time am/pm") << "[$-409]h:mm\\ AM/PM;@" << int(K::Time);
    QTest::newRow("minutes seconds") << "mm:ss" << int(K::Time);
    QTest::newRow("elapsed") << "[h]:mm:ss" << int(K::Time);
    QTest::newRow("escaped d") << "0\\d" << int(K::None);
}

void TestXlsxReader::dateFormats()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(SheetValue::formatKind(code)), kind);
}

void TestXlsxReader::serialDates()
{
    using K = SheetValue::DateKind;
    QCOMPARE(SheetValue::fromSerial(46083, K::Date, false), QStringLiteral("2026-03-02"));
    QCOMPARE(SheetValue::fromSerial(46083.604224537039, K::DateTime, false), QStringLiteral("2026-03-02T14:30:05"));
    QCOMPARE(SheetValue::fromSerial(0.625, K::Time, false), QStringLiteral("15:00:00"));
    QCOMPARE(SheetValue::fromSerial(1, K::Date, false), QStringLiteral("1900-01-01"));
    QCOMPARE(SheetValue::fromSerial(59, K::Date, false), QStringLiteral("1900-02-28"));
    QCOMPARE(SheetValue::fromSerial(61, K::Date, false), QStringLiteral("1900-03-01"));
    QCOMPARE(SheetValue::fromSerial(0, K::Date, true), QStringLiteral("1904-01-01"));
    QCOMPARE(SheetValue::fromSerial(44621, K::Date, true), QStringLiteral("2026-03-02"));
    // Rounding to the second carries into the next day.
    QCOMPARE(SheetValue::fromSerial(46083.99999999, K::DateTime, false), QStringLiteral("2026-03-03T00:00:00"));
    QCOMPARE(SheetValue::fromSerial(-5, K::Date, false), QStringLiteral("-5"));
    QCOMPARE(SheetValue::isoText(u"2026-03-02T10:30:00.000Z"), QStringLiteral("2026-03-02T10:30:00"));
    QCOMPARE(SheetValue::isoText(u"2026-03-02"), QStringLiteral("2026-03-02"));
    QCOMPARE(SheetValue::durationText(u"PT15H00M00S"), QStringLiteral("15:00:00"));
}

void TestXlsxReader::excelShapes()
{
    XlsxReader reader(sample(QStringLiteral("excel-shapes.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    // Workbook order, not the order of the sheet files (sheet2.xml is first).
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Visitors 2026"), QStringLiteral("Notes")}));
    QCOMPARE(reader.sheet(), QStringLiteral("Visitors 2026"));
    QVERIFY(!reader.uses1904Dates());
    const QList<Row> rows = readAll(reader);
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 6);
    // The title row above the header; row 2 is absent, row 7 styled but empty.
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[0].fields, QStringList{QStringLiteral("Visitors")});
    QCOMPARE(rows[1].line, 3);
    QCOMPARE(rows[1].fields, (QStringList{"Name", "Joined", "Met at", "Days", "Call at", "Status"}));
    // Rich text runs joined; built-in date 14; date-time 22; a number format
    // with quoted letters is no date; a time; a boolean.
    QCOMPARE(rows[2].line, 4);
    QCOMPARE(rows[2].fields, (QStringList{"Ann Lee", "2026-03-02", "2026-03-02T14:30:05", "2.5", "15:00:00", "TRUE"}));
    // Phonetic runs left out; a gap; a custom date; an #N/A error is empty
    // and so not kept at the end of the row.
    QCOMPARE(rows[3].line, 5);
    QCOMPARE(rows[3].fields, (QStringList{QString::fromUtf8("山田"), "", "1999-12-31"}));
    // Spaces kept (xml:space), a date format with a quoted "Day ", binary
    // noise dropped, a formula's string result, _xHHHH_ escapes.
    QCOMPARE(rows[4].line, 6);
    QCOMPARE(rows[4].fields, (QStringList{"  padded  ", "2025-01-01", "", "0.3", "OK", "Tab\tand CR\r"}));
    QCOMPARE(rows[5].line, 8);
    QCOMPARE(rows[5].fields, (QStringList{"line one\nline two", "", "", "0.001", "42"}));
}

void TestXlsxReader::secondSheetByName()
{
    XlsxReader reader(sample(QStringLiteral("excel-shapes.xlsx")), QStringLiteral("notes"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheet(), QStringLiteral("Notes"));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, QStringList{QStringLiteral("Notes")});
    // Rows and cells without r follow the one before.
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].fields, (QStringList{"1", "2", "", "", "5", "6"}));
    QCOMPARE(rows[2].line, 3);
    QCOMPARE(rows[2].fields, QStringList{QStringLiteral("inline")});
}

void TestXlsxReader::unknownSheet()
{
    XlsxReader reader(sample(QStringLiteral("excel-shapes.xlsx")), QStringLiteral("Leads"));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("excel-shapes.xlsx")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("\"Leads\"")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("Visitors 2026, Notes")), qPrintable(reader.errorString()));
    TableRecord r;
    QVERIFY(!reader.readRecord(&r));
}

void TestXlsxReader::date1904()
{
    XlsxReader reader(sample(QStringLiteral("excel-1904.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QVERIFY(reader.uses1904Dates());
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].fields, QStringList{QStringLiteral("2026-03-02")});
}

void TestXlsxReader::openpyxlInlineStrings()
{
    XlsxReader reader(sample(QStringLiteral("openpyxl.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Contacts"), QStringLiteral("Notes")}));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].fields, (QStringList{"Name", "Email", "Joined", "Met at", "Score", "Visits", "Opt-in", "Postcode"}));
    QCOMPARE(rows[1].fields,
             (QStringList{"Ann Lee", "ann@example.com", "2026-03-02", "2026-03-02T14:30:05", "0.1", "42", "TRUE", "01234"}));
    QCOMPARE(rows[2].fields,
             (QStringList{"Jean Dupont", "jean@example.fr", "1999-12-31", "2000-01-01T00:00:00", "1234.5", "1000000", "FALSE", "75001"}));
    QCOMPARE(rows[3].fields, (QStringList{QString::fromUtf8("Émilie Ødegård"), "", "", "", "-3.25", "0"}));
}

void TestXlsxReader::xlsxwriterInlineStrings()
{
    XlsxReader reader(sample(QStringLiteral("xlsxwriter-inline.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheet(), QStringLiteral("Leads"));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields, (QStringList{"Acme & Co <Ltd>", "Lyon", "2021-06-15", "0.9"}));
    // Text that looks like a formula is text.
    QCOMPARE(rows[2].fields, (QStringList{"=HYPERLINK(\"http://x\")", "  spaced  ", "", "33612345678"}));
}

void TestXlsxReader::xlsxwriterSharedStrings()
{
    XlsxReader reader(sample(QStringLiteral("xlsxwriter-shared.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[2].fields, (QStringList{"b@example.com", "+33 1 23 45 67 89"}));
}

void TestXlsxReader::libreOfficeXlsx()
{
    // The same sheet, opened in LibreOffice, saved as .ods and then as .xlsx.
    XlsxReader reader(sample(QStringLiteral("libreoffice.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Visitors 2026"), QStringLiteral("Notes")}));
    const QList<Row> rows = readAll(reader);
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[1].line, 3);
    QCOMPARE(rows[2].fields, (QStringList{"Ann Lee", "2026-03-02", "2026-03-02T14:30:05", "2.5", "15:00:00", "TRUE"}));
    QCOMPARE(rows[3].fields, (QStringList{QString::fromUtf8("山田"), "", "1999-12-31"}));
    QCOMPARE(rows[4].fields.mid(0, 5), (QStringList{"  padded  ", "2025-01-01", "", "0.3", "OK"}));
    QCOMPARE(rows[5].line, 8);
}

void TestXlsxReader::fromDevice()
{
    QFile file(sample(QStringLiteral("excel-shapes.xlsx")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    XlsxReader reader(&buffer, QStringLiteral("Notes"), QStringLiteral("upload.xlsx"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(readAll(reader).size(), 3);
}

void TestXlsxReader::refusesNotAZip()
{
    XlsxReader reader(sample(QStringLiteral("not-a-zip.xlsx")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("not-a-zip.xlsx")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("not a zip")), qPrintable(reader.errorString()));
    QCOMPARE(reader.totalBytes(), -1);
}

void TestXlsxReader::refusesEncrypted()
{
    XlsxReader reader(sample(QStringLiteral("encrypted.xlsx")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("encrypted.xlsx")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("password-protected")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String(".xls")), qPrintable(reader.errorString()));
}

void TestXlsxReader::refusesZipWithoutWorkbook()
{
    XlsxReader reader(sample(QStringLiteral("no-workbook.xlsx")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("no-workbook.xlsx")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("without a workbook")), qPrintable(reader.errorString()));
}

void TestXlsxReader::refusesOds()
{
    XlsxReader reader(sample(QStringLiteral("libreoffice.ods")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String(".ods")), qPrintable(reader.errorString()));
}

void TestXlsxReader::malformedXmlNamesSheetAndRow()
{
    XlsxReader reader(sample(QStringLiteral("malformed-sheet.xlsx")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    TableRecord r;
    QVERIFY(reader.readRecord(&r));
    QCOMPARE(r.fields, QStringList{QStringLiteral("Name")});
    QVERIFY(!reader.readRecord(&r));
    const QString e = reader.errorString();
    QVERIFY2(e.contains(QLatin1String("malformed-sheet.xlsx")), qPrintable(e));
    QVERIFY2(e.contains(QLatin1String("\"Broken\"")), qPrintable(e));
    QVERIFY2(e.contains(QLatin1String("row 2")), qPrintable(e));
    QVERIFY2(e.contains(QLatin1String("malformed XML")), qPrintable(e));
    QVERIFY(!reader.readRecord(&r));
}

void TestXlsxReader::refusesZipBomb()
{
    XlsxReader reader(sample(QStringLiteral("bomb.xlsx")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("bomb.xlsx")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("zip bomb")), qPrintable(reader.errorString()));
}

void TestXlsxReader::progress()
{
    XlsxReader reader(sample(QStringLiteral("openpyxl.xlsx")));
    QVERIFY(reader.isOpen());
    const qint64 total = reader.totalBytes();
    QVERIFY(total > 0);
    TableRecord r;
    qint64 last = 0;
    while (reader.readRecord(&r)) {
        QVERIFY(reader.bytesRead() >= last);
        QVERIFY(reader.bytesRead() <= reader.totalBytes());
        last = reader.bytesRead();
    }
    QCOMPARE(reader.bytesRead(), total);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
