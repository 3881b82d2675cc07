#include "odsreader.h"

#include <QBuffer>
#include <QElapsedTimer>
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

QList<Row> readAll(OdsReader &reader)
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

/// OdsReader against spreadsheets as LibreOffice Calc writes them
/// (tests/data/spreadsheets/, see its README.md).
class TestOdsReader : public QObject
{
    Q_OBJECT

private slots:
    void libreOfficeFile();
    void libreOfficeSecondTable();
    void shapes();
    void sheetNamesBeforeReading();
    void unknownTable();
    void fromDevice();
    void refusesNotAZip();
    void refusesXlsx();
    void refusesEncrypted();
    void malformedXmlNamesTableAndRow();
};

void TestOdsReader::libreOfficeFile()
{
    // excel-shapes.xlsx opened in LibreOffice and saved as .ods.
    OdsReader reader(sample(QStringLiteral("libreoffice.ods")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheet(), QStringLiteral("Visitors 2026"));
    QElapsedTimer timer;
    timer.start();
    const QList<Row> rows = readAll(reader);
    // The 1,048,567 empty rows LibreOffice writes at the end are one element,
    // never expanded.
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[0].fields, QStringList{QStringLiteral("Visitors")});
    QCOMPARE(rows[1].line, 3);
    QCOMPARE(rows[1].fields, (QStringList{"Name", "Joined", "Met at", "Days", "Call at", "Status"}));
    // LibreOffice keeps Excel's boolean as the number 1 shown as TRUE: its
    // value is given.
    QCOMPARE(rows[2].fields, (QStringList{"Ann Lee", "2026-03-02", "2026-03-02T14:30:05", "2.5", "15:00:00", "1"}));
    // The #N/A formula result is empty.
    QCOMPARE(rows[3].fields, (QStringList{QString::fromUtf8("山田"), "", "1999-12-31"}));
    // text:s spaces; a carriage return is white space in ODF text.
    QCOMPARE(rows[4].fields, (QStringList{"  padded  ", "2025-01-01", "", "0.3", "OK", "Tab\tand CR "}));
    QCOMPARE(rows[5].line, 8);
    QCOMPARE(rows[5].fields, (QStringList{"line one\nline two", "", "", "0.001", "42"}));
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestOdsReader::libreOfficeSecondTable()
{
    OdsReader reader(sample(QStringLiteral("libreoffice.ods")), QStringLiteral("Notes"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheet(), QStringLiteral("Notes"));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields, (QStringList{"1", "2", "", "", "5", "6"}));
    QCOMPARE(rows[2].fields, QStringList{QStringLiteral("inline")});
}

void TestOdsReader::shapes()
{
    OdsReader reader(sample(QStringLiteral("ods-shapes.ods")), QStringLiteral("Data"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    const QList<Row> rows = readAll(reader);
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows[0].line, 1);
    QCOMPARE(rows[0].fields, (QStringList{"Text", "Value", "Kind"}));
    // Spans, text:s, text:tab, text:line-break; paragraphs joined by a line
    // end; white space collapsed; the comment left out. Percentage and
    // currency: their values.
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[1].fields, (QStringList{"Dr.   Who\tx\ny\nsecond paragraph", "0.15", "12.5"}));
    // A row repeated three times with content; repeated cells.
    for (int i = 2; i <= 4; ++i) {
        QCOMPARE(rows[i].line, i + 1);
        QCOMPARE(rows[i].fields, (QStringList{"TRUE", "TRUE", "", "", "09:05:00"}));
    }
    // A covered cell is empty.
    QCOMPARE(rows[5].line, 6);
    QCOMPARE(rows[5].fields, (QStringList{"merged", "", "0.001"}));
    // Empty repeated rows count, inside a row group too.
    QCOMPARE(rows[6].line, 9);
    QCOMPARE(rows[6].fields, QStringList{QStringLiteral("grouped")});
}

void TestOdsReader::sheetNamesBeforeReading()
{
    OdsReader reader(sample(QStringLiteral("ods-shapes.ods")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{"Intro", "Data"}));
    QCOMPARE(reader.sheet(), QStringLiteral("Intro"));
    // Reading starts at the first table all the same.
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].fields, QStringList{QStringLiteral("About")});
}

void TestOdsReader::unknownTable()
{
    OdsReader reader(sample(QStringLiteral("ods-shapes.ods")), QStringLiteral("Leads"));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("ods-shapes.ods")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("\"Leads\"")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("Intro, Data")), qPrintable(reader.errorString()));
}

void TestOdsReader::fromDevice()
{
    QFile file(sample(QStringLiteral("ods-shapes.ods")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    OdsReader reader(&buffer, QStringLiteral("data"), QStringLiteral("upload.ods"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheet(), QStringLiteral("Data"));
    QCOMPARE(readAll(reader).size(), 7);
}

void TestOdsReader::refusesNotAZip()
{
    OdsReader reader(sample(QStringLiteral("not-a-zip.xlsx")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("not-a-zip.xlsx")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("not a zip")), qPrintable(reader.errorString()));
}

void TestOdsReader::refusesXlsx()
{
    OdsReader reader(sample(QStringLiteral("openpyxl.xlsx")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String(".xlsx")), qPrintable(reader.errorString()));
}

void TestOdsReader::refusesEncrypted()
{
    OdsReader reader(sample(QStringLiteral("ods-encrypted.ods")));
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QLatin1String("ods-encrypted.ods")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(QLatin1String("password-protected")), qPrintable(reader.errorString()));
}

void TestOdsReader::malformedXmlNamesTableAndRow()
{
    OdsReader reader(sample(QStringLiteral("ods-malformed.ods")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    TableRecord r;
    QVERIFY(reader.readRecord(&r));
    QCOMPARE(r.fields, QStringList{QStringLiteral("ok")});
    QVERIFY(!reader.readRecord(&r));
    const QString e = reader.errorString();
    QVERIFY2(e.contains(QLatin1String("ods-malformed.ods")), qPrintable(e));
    QVERIFY2(e.contains(QLatin1String("\"Broken\"")), qPrintable(e));
    QVERIFY2(e.contains(QLatin1String("row 2")), qPrintable(e));
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
