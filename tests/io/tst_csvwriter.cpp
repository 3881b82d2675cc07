#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<QStringList> readBack(const QString &path, CsvFormat *detected = nullptr)
{
    CsvReader reader(path);
    if (detected)
        *detected = reader.format();
    QList<QStringList> records;
    TableRecord record;
    while (reader.readRecord(&record)) {
        if (!record.isValid())
            qWarning("%s", qPrintable(record.error));
        records.append(record.fields);
    }
    return records;
}

/// Values that break naive CSV code.
QList<QStringList> nastyRecords()
{
    return {
        {"name", "note", "city", "amount"},
        {"Plain", "simple", "Paris", "12"},
        {"Comma, Inc.", "semi;colon", "tab\there", "pipe|bar"},
        {"Say \"hi\"", "\"", "\"\"", "ends with quote\""},
        {"multi\nline", "windows\r\nline", "old mac\rline", "\n"},
        {" leading", "trailing ", " both ", "\ttab edge"},
        {"", "", "", ""},
        {QStringLiteral(u"Zoë Ærø"), QStringLiteral(u"東京"), QStringLiteral(u"👩‍💻 emoji"),
         QStringLiteral(u"€ “quotes”")},
        {"=SUM(A1:A2)", "#", "'", "\\"},
        {QStringLiteral(u"\uFEFFbom inside"), "last", "row", "here"},
    };
}

} // namespace

class CsvWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void writesRfc4180Bytes();
    void writesWithoutBom();
    void writesToDevice();

    void roundTripsNastyValues_data();
    void roundTripsNastyValues();
    void roundTripsRandomValues();
    void roundTripsLoneEmptyField();

    void commitReplacesAtomically();
    void cancelLeavesPreviousFile();
    void destroyingWithoutCommitLeavesNothing();
    void reportsUnwritableTarget();
};

void CsvWriterTest::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("written");

    const QChar comma(',');
    QTest::addRow("plain") << "Anne" << comma << "Anne";
    QTest::addRow("empty") << "" << comma << "";
    QTest::addRow("inner space") << "Anne Marie" << comma << "Anne Marie";
    QTest::addRow("delimiter") << "a,b" << comma << "\"a,b\"";
    QTest::addRow("other delimiter not quoted") << "a;b" << comma << "a;b";
    QTest::addRow("semicolon delimiter") << "a;b" << QChar(';') << "\"a;b\"";
    QTest::addRow("tab delimiter") << "a\tb" << QChar('\t') << "\"a\tb\"";
    QTest::addRow("pipe delimiter") << "a|b" << QChar('|') << "\"a|b\"";
    QTest::addRow("quote") << "say \"hi\"" << comma << "\"say \"\"hi\"\"\"";
    QTest::addRow("lone quote") << "\"" << comma << "\"\"\"\"";
    QTest::addRow("LF") << "a\nb" << comma << "\"a\nb\"";
    QTest::addRow("CR") << "a\rb" << comma << "\"a\rb\"";
    QTest::addRow("leading space") << " a" << comma << "\" a\"";
    QTest::addRow("trailing space") << "a " << comma << "\"a \"";
    QTest::addRow("leading tab") << "\ta" << comma << "\"\ta\"";
    QTest::addRow("emoji") << QStringLiteral(u"👩‍💻") << comma << QStringLiteral(u"👩‍💻");
}

void CsvWriterTest::quotesOnlyWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QChar, delimiter);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoteField(field, delimiter), written);
    QCOMPARE(CsvWriter::needsQuotes(field, delimiter), written != field);
}

void CsvWriterTest::writesRfc4180Bytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter writer(path);
    QVERIFY(writer.hasBom());
    QVERIFY2(writer.open(), qPrintable(writer.errorString()));
    QVERIFY(writer.writeRecord({"id", "name", "note"}));
    QVERIFY(writer.writeRecord({"1", QStringLiteral(u"Zoë"), "two\nlines"}));
    QVERIFY(writer.writeRecord({"2", "", "a \"b\", c"}));
    QVERIFY(writer.commit());
    QVERIFY(writer.errorString().isEmpty());

    QCOMPARE(fileBytes(path), QByteArray("\xEF\xBB\xBF"
                                         "id,name,note\r\n"
                                         "1,Zo\xC3\xAB,\"two\nlines\"\r\n"
                                         "2,,\"a \"\"b\"\", c\"\r\n"));
}

void CsvWriterTest::writesWithoutBom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter writer(path);
    writer.setBom(false);
    writer.setDelimiter(QLatin1Char(';'));
    QVERIFY(writer.open());
    QVERIFY(writer.writeRecord({"a;1", "b,2"}));
    QVERIFY(writer.commit());
    QCOMPARE(fileBytes(path), QByteArray("\"a;1\";b,2\r\n"));
}

void CsvWriterTest::writesToDevice()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setBom(false);
    QVERIFY(writer.open());
    QVERIFY(writer.writeRecord({"x", "y"}));
    QVERIFY(writer.commit());
    QCOMPARE(buffer.data(), QByteArray("x,y\r\n"));

    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter refused(&readOnly);
    QVERIFY(!refused.open());
    QVERIFY(!refused.errorString().isEmpty());
    QVERIFY(!refused.writeRecord({"x"}));
}

void CsvWriterTest::roundTripsNastyValues_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");

    QTest::addRow("comma with BOM") << QChar(',') << true;
    QTest::addRow("comma without BOM") << QChar(',') << false;
    QTest::addRow("semicolon") << QChar(';') << true;
    QTest::addRow("tab") << QChar('\t') << false;
    QTest::addRow("pipe") << QChar('|') << true;
}

void CsvWriterTest::roundTripsNastyValues()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nasty.csv"));
    const QList<QStringList> records = nastyRecords();
    CsvWriter writer(path);
    writer.setDelimiter(delimiter);
    writer.setBom(bom);
    QVERIFY(writer.open());
    for (const QStringList &record : records)
        QVERIFY(writer.writeRecord(record));
    QVERIFY(writer.commit());

    // The reader finds the format on its own, despite every delimiter
    // appearing inside quoted values.
    CsvFormat detected;
    QCOMPARE(readBack(path, &detected), records);
    QCOMPARE(detected.delimiter, delimiter);
    QCOMPARE(detected.hasBom, bom);
    QCOMPARE(detected.encoding, QStringLiteral("UTF-8"));
}

void CsvWriterTest::roundTripsRandomValues()
{
    // Fields drawn from the characters that matter, many times over, with a
    // fixed seed: a failure reproduces.
    const QList<QChar> alphabet = {QChar(','), QChar(';'), QChar('\t'), QChar('|'), QChar('"'),
                                   QChar('\r'), QChar('\n'), QChar(' '), QChar('a'), QChar('Z'),
                                   QChar(0x00E9), QChar(0x20AC), QChar(0x6771), QChar(0xFEFF)};
    QRandomGenerator random(20260302);
    QList<QStringList> records;
    records.append({"c1", "c2", "c3", "c4", "c5"});
    for (int i = 0; i < 3000; ++i) {
        QStringList record;
        for (int f = 0; f < 5; ++f) {
            QString field;
            const int length = random.bounded(8);
            for (int k = 0; k < length; ++k)
                field += alphabet.at(random.bounded(alphabet.size()));
            if (random.bounded(10) == 0)
                field += QStringLiteral(u"😀"); // a surrogate pair
            record.append(field);
        }
        records.append(record);
    }

    QTemporaryDir dir;
    for (const QChar delimiter : {QChar(','), QChar(';'), QChar('\t'), QChar('|')}) {
        const QString path = dir.filePath(QStringLiteral("random.csv"));
        CsvWriter writer(path);
        writer.setDelimiter(delimiter);
        QVERIFY(writer.open());
        for (const QStringList &record : std::as_const(records))
            QVERIFY(writer.writeRecord(record));
        QVERIFY(writer.commit());

        CsvReader reader(path);
        reader.setFormat(CsvFormat{delimiter, QStringLiteral("UTF-8"), true});
        TableRecord record;
        int index = 0;
        while (reader.readRecord(&record)) {
            QVERIFY2(record.isValid(), qPrintable(record.error));
            QCOMPARE(record.fields, records.at(index));
            ++index;
        }
        QCOMPARE(index, records.size());
        QVERIFY(reader.problems().isEmpty());
    }
}

void CsvWriterTest::roundTripsLoneEmptyField()
{
    // A record of one empty field would be a blank line, which readers skip.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("single.csv"));
    CsvWriter writer(path);
    writer.setBom(false);
    QVERIFY(writer.open());
    QVERIFY(writer.writeRecord({"note"}));
    QVERIFY(writer.writeRecord({""}));
    QVERIFY(writer.writeRecord({}));
    QVERIFY(writer.writeRecord({"last"}));
    QVERIFY(writer.commit());
    QCOMPARE(fileBytes(path), QByteArray("note\r\n\"\"\r\n\"\"\r\nlast\r\n"));
    QCOMPARE(readBack(path), (QList<QStringList>{{"note"}, {""}, {""}, {"last"}}));
}

void CsvWriterTest::commitReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    writeBytes(path, "old content\r\n");

    CsvWriter writer(path);
    QVERIFY(writer.open());
    // Enough to pass the flush threshold: bytes do reach the disk before
    // the commit, just not at the target path.
    for (int i = 0; i < 5000; ++i)
        QVERIFY(writer.writeRecord({QString::number(i), "some text to make the file grow"}));
    QCOMPARE(fileBytes(path), QByteArray("old content\r\n"));
    QVERIFY(writer.commit());
    const QList<QStringList> records = readBack(path);
    QCOMPARE(records.size(), 5000);
    QCOMPARE(records.last(), QStringList({"4999", "some text to make the file grow"}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("export.csv")});

    QVERIFY(!writer.writeRecord({"after commit"}));
    QVERIFY(!writer.commit());
}

void CsvWriterTest::cancelLeavesPreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    writeBytes(path, "old content\r\n");

    CsvWriter writer(path);
    QVERIFY(writer.open());
    for (int i = 0; i < 5000; ++i)
        QVERIFY(writer.writeRecord({QString::number(i), "some text to make the file grow"}));
    writer.cancel();

    QCOMPARE(fileBytes(path), QByteArray("old content\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("export.csv")});
    QVERIFY(!writer.writeRecord({"after cancel"}));
    QVERIFY(!writer.commit());
}

void CsvWriterTest::destroyingWithoutCommitLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    {
        CsvWriter writer(path);
        QVERIFY(writer.open());
        for (int i = 0; i < 5000; ++i)
            QVERIFY(writer.writeRecord({QString::number(i), "some text to make the file grow"}));
        // An exception, an early return, a crash of the caller's loop...
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void CsvWriterTest::reportsUnwritableTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/export.csv"));
    CsvWriter writer(path);
    QVERIFY(!writer.open());
    QVERIFY2(writer.errorString().contains(QStringLiteral("export.csv")),
             qPrintable(writer.errorString()));
    QVERIFY(!writer.writeRecord({"x"}));
    QVERIFY(!writer.commit());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "tst_csvwriter.moc"
