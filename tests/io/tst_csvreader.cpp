#include "csvformat.h"
#include "csvreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(QUARRY_TEST_DATA_DIR "/csv/") + name;
}

/// A pipe-like device handing out one byte per read: every record, quote
/// pair and CRLF then straddles a buffer refill somewhere, which is where a
/// streaming scanner goes wrong.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    int readCalls = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        ++readCalls;
        if (m_pos >= m_data.size())
            return -1; // closed, as a finished pipe says
        if (maxSize <= 0)
            return 0;
        data[0] = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QList<TableRecord> readAll(CsvReader &reader)
{
    QList<TableRecord> records;
    TableRecord record;
    while (reader.readRecord(&record))
        records.append(record);
    return records;
}

QList<TableRecord> readBytes(const QByteArray &bytes, qsizetype maxRecordSize = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (maxRecordSize > 0)
        reader.setMaxRecordSize(maxRecordSize);
    return readAll(reader);
}

/// The same, one byte at a time, in the format detection would find.
QList<TableRecord> readTrickled(const QByteArray &bytes, qsizetype maxRecordSize = 0)
{
    TrickleDevice device(bytes);
    CsvReader reader(&device, detectCsvFormat(bytes));
    if (maxRecordSize > 0)
        reader.setMaxRecordSize(maxRecordSize);
    QList<TableRecord> records = readAll(reader);
    if (device.readCalls < bytes.size())
        qWarning("the trickle device was read in %d calls for %lld bytes", device.readCalls,
                 qlonglong(bytes.size()));
    return records;
}

QList<QStringList> fieldsOf(const QList<TableRecord> &records)
{
    QList<QStringList> fields;
    for (const TableRecord &r : records)
        fields.append(r.fields);
    return fields;
}

QList<qint64> linesOf(const QList<TableRecord> &records)
{
    QList<qint64> lines;
    for (const TableRecord &r : records)
        lines.append(r.lineNumber);
    return lines;
}

QList<qint64> invalidLinesOf(const QList<TableRecord> &records)
{
    QList<qint64> lines;
    for (const TableRecord &r : records) {
        if (!r.isValid())
            lines.append(r.lineNumber);
    }
    return lines;
}

constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

/// A /proc/self/status figure in KiB (Linux), or -1.
qint64 procStatusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormat_data();
    void detectsFormat();
    void decodesWindows1252();
    void validatesUtf8_data();
    void validatesUtf8();

    void parsesRecords_data();
    void parsesRecords();
    void keepsRawText();
    void recoversFromMalformedRecords_data();
    void recoversFromMalformedRecords();
    void stopsUnterminatedQuoteAtSizeCap();
    void skipsOverlongLine_data();
    void skipsOverlongLine();

    void readsOutlookExport();
    void readsSemicolonWindows1252();
    void readsTabSeparated();
    void readsPipeSeparatedWithCrLineEnds();
    void readsBrokenFileWithoutShiftingColumns();
    void decodesWindows1252PastTheDetectedHead();
    void honoursFormatOverride();

    void reportsProgress();
    void reportsMissingFile();
    void boundsStoredProblems();
    void readsMillionRowsWithBoundedMemory();
};

void CsvReaderTest::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hasBom");

    const QString utf8 = QStringLiteral("UTF-8");
    const QString cp1252 = QStringLiteral("Windows-1252");
    QTest::addRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(',') << utf8 << false;
    QTest::addRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QChar(';') << utf8 << false;
    QTest::addRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar('\t') << utf8 << false;
    QTest::addRow("pipe") << QByteArray("a|b|c\r\n1|2|3\r\n") << QChar('|') << utf8 << false;
    QTest::addRow("utf-8 with bom")
        << QByteArray("\xEF\xBB\xBFname;city\nZo\xC3\xAB;Z\xC3\xBCrich\n") << QChar(';') << utf8 << true;
    QTest::addRow("utf-8 without bom")
        << QByteArray("name,city\nZo\xC3\xAB,\xE6\x9D\xB1\xE4\xBA\xAC\n") << QChar(',') << utf8 << false;
    QTest::addRow("windows-1252")
        << QByteArray("Soci\xE9t\xE9;M\xFCller;\x80\n1;2;3\n") << QChar(';') << cp1252 << false;
    QTest::addRow("utf-8 cut inside a character at the end of the head")
        << QByteArray("a,b\nc,\xE6\x9D") << QChar(',') << utf8 << false;
    QTest::addRow("delimiters inside quotes ignored")
        << QByteArray("\"a,b,c\";\"d,e\"\n\"f,g,h,i\";j\n\"k\";\"l,m\"\n") << QChar(';') << utf8 << false;
    QTest::addRow("decimal commas in a semicolon file")
        << QByteArray("name;amount;vat\nA;1,5;0,2\nB;2;0,4\nC;3,25;1\n") << QChar(';') << utf8 << false;
    QTest::addRow("consistent count beats more fields")
        << QByteArray("a,b|c|d\n1,2\n3,4|5\n6,7\n") << QChar(',') << utf8 << false;
    QTest::addRow("a few ragged rows") << QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n")
                                       << QChar(',') << utf8 << false;
    QTest::addRow("line ends inside quotes") << QByteArray("a|\"x\ny,z\"|b\n1|2|3\n")
                                             << QChar('|') << utf8 << false;
    QTest::addRow("single column falls back to comma")
        << QByteArray("name\nAnne\nBob\n") << QChar(',') << utf8 << false;
    QTest::addRow("empty") << QByteArray() << QChar(',') << utf8 << false;
    QTest::addRow("header only") << QByteArray("first;last;email") << QChar(';') << utf8 << false;
}

void CsvReaderTest::detectsFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QChar, delimiter);
    QFETCH(QString, encoding);
    QFETCH(bool, hasBom);

    const CsvFormat format = detectCsvFormat(head);
    QCOMPARE(format.delimiter, delimiter);
    QCOMPARE(format.encoding, encoding);
    QCOMPARE(format.hasBom, hasBom);
}

void CsvReaderTest::decodesWindows1252()
{
    QByteArray all;
    for (int b = 0x20; b < 0x100; ++b)
        all.append(char(b));
    const QString text = decodeWindows1252(all);
    QCOMPARE(text.size(), all.size());
    QCOMPARE(text.at(0x80 - 0x20), QChar(0x20AC));  // €
    QCOMPARE(text.at(0x8C - 0x20), QChar(0x0152));  // Œ
    QCOMPARE(text.at(0x93 - 0x20), QChar(0x201C));  // “
    QCOMPARE(text.at(0x9F - 0x20), QChar(0x0178));  // Ÿ
    QCOMPARE(text.at(0x81 - 0x20), QChar(0x0081));  // unassigned: the C1 control
    QCOMPARE(text.at(0xE9 - 0x20), QChar(0x00E9));  // é, as Latin-1
    QCOMPARE(text.at(0xFF - 0x20), QChar(0x00FF));
    QCOMPARE(decodeWindows1252("Soci\xE9t\xE9 \x80"), QStringLiteral(u"Société €"));
}

void CsvReaderTest::validatesUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("validIfTruncated");

    QTest::addRow("ascii") << QByteArray("plain text, long enough for the fast path") << true << true;
    QTest::addRow("two-byte") << QByteArray("Zo\xC3\xAB") << true << true;
    QTest::addRow("emoji") << QByteArray("\xF0\x9F\x91\xA9") << true << true;
    QTest::addRow("latin-1 byte") << QByteArray("Soci\xE9t\xE9") << false << false;
    QTest::addRow("overlong slash") << QByteArray("\xC0\xAF") << false << false;
    QTest::addRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << false << false;
    QTest::addRow("surrogate") << QByteArray("\xED\xA0\x80") << false << false;
    QTest::addRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << false;
    QTest::addRow("lone continuation") << QByteArray("a\x80") << false << false;
    QTest::addRow("cut at the end") << QByteArray("abc\xF0\x9F\x91") << false << true;
    QTest::addRow("cut in the middle") << QByteArray("\xF0\x9F" "abc") << false << false;
}

void CsvReaderTest::validatesUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(bool, validIfTruncated);
    QCOMPARE(isValidUtf8(bytes), valid);
    QCOMPARE(isValidUtf8(bytes, true), validIfTruncated);
}

void CsvReaderTest::parsesRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    using L = QStringList;
    QTest::addRow("LF line ends") << QByteArray("a,b,c\n1,2,3\n")
                                  << QList<L>{{"a", "b", "c"}, {"1", "2", "3"}} << QList<qint64>{1, 2};
    QTest::addRow("CRLF line ends") << QByteArray("a,b\r\n1,2\r\n")
                                    << QList<L>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
    QTest::addRow("lone CR line ends") << QByteArray("a,b\r1,2\r")
                                       << QList<L>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
    QTest::addRow("no final line end") << QByteArray("a,b\n1,2")
                                       << QList<L>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
    QTest::addRow("quoted delimiter") << QByteArray("a,\"b,c\",d\n")
                                      << QList<L>{{"a", "b,c", "d"}} << QList<qint64>{1};
    QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                    << QList<L>{{"say \"hi\"", "x"}} << QList<qint64>{1};
    QTest::addRow("nothing but doubled quotes") << QByteArray("\"\"\"\"\"\",x\n")
                                                << QList<L>{{"\"\"", "x"}} << QList<qint64>{1};
    QTest::addRow("LF inside quotes") << QByteArray("a,\"l1\nl2\",b\nc,d,e\n")
                                      << QList<L>{{"a", "l1\nl2", "b"}, {"c", "d", "e"}}
                                      << QList<qint64>{1, 3};
    QTest::addRow("CRLF inside quotes kept") << QByteArray("a,\"l1\r\nl2\"\r\nc,d\r\n")
                                             << QList<L>{{"a", "l1\r\nl2"}, {"c", "d"}}
                                             << QList<qint64>{1, 3};
    QTest::addRow("lone CR inside quotes") << QByteArray("a,\"l1\rl2\"\rc,d\r")
                                           << QList<L>{{"a", "l1\rl2"}, {"c", "d"}}
                                           << QList<qint64>{1, 3};
    QTest::addRow("many lines in one field") << QByteArray("\"1\n2\n3\n4\",x\ny,z\n")
                                             << QList<L>{{"1\n2\n3\n4", "x"}, {"y", "z"}}
                                             << QList<qint64>{1, 5};
    QTest::addRow("blank line inside quotes kept") << QByteArray("\"a\n\nb\",c\nd,e\n")
                                                   << QList<L>{{"a\n\nb", "c"}, {"d", "e"}}
                                                   << QList<qint64>{1, 4};
    QTest::addRow("blank lines skipped but counted") << QByteArray("\na,b\n\n\r\n1,2\n\n")
                                                     << QList<L>{{"a", "b"}, {"1", "2"}}
                                                     << QList<qint64>{2, 5};
    QTest::addRow("empty fields") << QByteArray(",,\n,x,\n")
                                  << QList<L>{{"", "", ""}, {"", "x", ""}} << QList<qint64>{1, 2};
    QTest::addRow("trailing delimiter at end of input") << QByteArray("a,b,\nc,d,")
                                                        << QList<L>{{"a", "b", ""}, {"c", "d", ""}}
                                                        << QList<qint64>{1, 2};
    QTest::addRow("quoted empty fields") << QByteArray("\"\",\"\"\n\"\"\n")
                                         << QList<L>{{"", ""}, {""}} << QList<qint64>{1, 2};
    QTest::addRow("spaces kept") << QByteArray(" a , b \n")
                                 << QList<L>{{" a ", " b "}} << QList<qint64>{1};
    QTest::addRow("byte order mark skipped") << QByteArray("\xEF\xBB\xBFname,mail\nx,y\n")
                                             << QList<L>{{"name", "mail"}, {"x", "y"}}
                                             << QList<qint64>{1, 2};
    QTest::addRow("utf-8 text") << QByteArray("Zo\xC3\xAB,\xE6\x9D\xB1\xE4\xBA\xAC,\xF0\x9F\x91\xA9\n")
                                << QList<L>{{QStringLiteral(u"Zoë"), QStringLiteral(u"東京"),
                                             QStringLiteral(u"👩")}}
                                << QList<qint64>{1};
    QTest::addRow("closing quote at end of input") << QByteArray("a,\"b\"")
                                                   << QList<L>{{"a", "b"}} << QList<qint64>{1};
    QTest::addRow("semicolons") << QByteArray("a;b;c\n1;\"2;3\";4\n")
                                << QList<L>{{"a", "b", "c"}, {"1", "2;3", "4"}} << QList<qint64>{1, 2};
    QTest::addRow("single column") << QByteArray("name\nAnne\nBob\n")
                                   << QList<L>{{"name"}, {"Anne"}, {"Bob"}} << QList<qint64>{1, 2, 3};
    QTest::addRow("quote inside a quoted multi-line field")
        << QByteArray("id,note\r\n7,\"He said \"\"no\"\".\r\nThen \"\"yes\"\".\"\r\n8,x\r\n")
        << QList<L>{{"id", "note"}, {"7", "He said \"no\".\r\nThen \"yes\"."}, {"8", "x"}}
        << QList<qint64>{1, 2, 4};
    QTest::addRow("empty input") << QByteArray() << QList<L>{} << QList<qint64>{};
    QTest::addRow("only line ends") << QByteArray("\r\n\n\r") << QList<L>{} << QList<qint64>{};
}

void CsvReaderTest::parsesRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);

    for (const bool trickle : {false, true}) {
        const QList<TableRecord> read = trickle ? readTrickled(input) : readBytes(input);
        QCOMPARE(fieldsOf(read), records);
        QCOMPARE(linesOf(read), lines);
        QCOMPARE(invalidLinesOf(read), QList<qint64>{});
    }
}

void CsvReaderTest::keepsRawText()
{
    const QByteArray input("\xEF\xBB\xBFid,note\r\n1,\"two\r\nlines\"\r\n2,\"a \"\"b\"\"\"\n3,x");
    const QList<TableRecord> records = readBytes(input);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).rawText, QStringLiteral("id,note"));
    QCOMPARE(records.at(1).rawText, QStringLiteral("1,\"two\r\nlines\""));
    QCOMPARE(records.at(2).rawText, QStringLiteral("2,\"a \"\"b\"\"\""));
    QCOMPARE(records.at(3).rawText, QStringLiteral("3,x"));
}

void CsvReaderTest::recoversFromMalformedRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("invalidLines");

    using L = QStringList;
    using N = QList<qint64>;
    QTest::addRow("stray quote in an unquoted field")
        << QByteArray("a,b\"c,d\ne,f,g\n")
        << QList<L>{{"a", "b\"c", "d"}, {"e", "f", "g"}} << N{1, 2} << N{1};
    QTest::addRow("after a stray quote, quotes are plain text to the line end")
        << QByteArray("a\"b,\"c,d\"\ne,f\n")
        << QList<L>{{"a\"b", "\"c", "d\""}, {"e", "f"}} << N{1, 2} << N{1};
    QTest::addRow("text after a closing quote")
        << QByteArray("\"ab\"c,d\ne,f\n")
        << QList<L>{{"\"ab\"c", "d"}, {"e", "f"}} << N{1, 2} << N{1};
    QTest::addRow("unterminated quote on the last line")
        << QByteArray("a,b\nc,\"d")
        << QList<L>{{"a", "b"}, {"c", "d"}} << N{1, 2} << N{2};
    QTest::addRow("unterminated quote swallowing the rest of the input")
        << QByteArray("a,\"b,c\nd,e,f\ng,h,i\n")
        << QList<L>{{"a", "b,c"}, {"d", "e", "f"}, {"g", "h", "i"}} << N{1, 2, 3} << N{1};
    QTest::addRow("unterminated quote with CRLF line ends")
        << QByteArray("x,y\r\n\"open,1\r\n2,3\r\n")
        << QList<L>{{"x", "y"}, {"open,1"}, {"2", "3"}} << N{1, 2, 3} << N{2};
    QTest::addRow("stray opening quote pairing with a later line's quote")
        << QByteArray("1,\"x,y\n2,a,b\n3,\"ok\",c\n")
        << QList<L>{{"1", "x,y"}, {"2", "a", "b"}, {"3", "ok", "c"}} << N{1, 2, 3} << N{1};
    QTest::addRow("unterminated quote opened on the second line of a record")
        << QByteArray("a,\"b\nc\",\"d\ne,f\n")
        << QList<L>{{"a", "b"}, {"c\"", "\"d"}, {"e", "f"}} << N{1, 2, 3} << N{1, 2};
    QTest::addRow("stray quote after a good multi-line field")
        << QByteArray("\"a\nb\",c\"d\ne,f\n")
        << QList<L>{{"a\nb", "c\"d"}, {"e", "f"}} << N{1, 3} << N{1};
    QTest::addRow("stray quote at the end of the input")
        << QByteArray("a,b\"")
        << QList<L>{{"a", "b\""}} << N{1} << N{1};
    QTest::addRow("space before an opening quote")
        << QByteArray("a, \"b,c\"\nd,e\n")
        << QList<L>{{"a", " \"b", "c\""}, {"d", "e"}} << N{1, 2} << N{1};
}

void CsvReaderTest::recoversFromMalformedRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, invalidLines);

    for (const bool trickle : {false, true}) {
        const QList<TableRecord> read = trickle ? readTrickled(input) : readBytes(input);
        QCOMPARE(fieldsOf(read), records);
        QCOMPARE(linesOf(read), lines);
        QCOMPARE(invalidLinesOf(read), invalidLines);
        for (const TableRecord &record : read) {
            if (!record.isValid()) {
                QVERIFY2(record.error.startsWith(QStringLiteral("line %1: ").arg(record.lineNumber)),
                         qPrintable(record.error));
            }
        }
    }
}

void CsvReaderTest::stopsUnterminatedQuoteAtSizeCap()
{
    // The quote on line 2 is never closed: without the cap the reader would
    // hold the rest of the input to find out. With it, it gives up after
    // 1 KiB and the 2,000 rows after are read as they are.
    QByteArray input("h1,h2\n1,\"open\n");
    for (int i = 0; i < 2000; ++i)
        input += "k" + QByteArray::number(i) + ",v\n";

    for (const bool trickle : {false, true}) {
        const QList<TableRecord> read = trickle ? readTrickled(input, 1024) : readBytes(input, 1024);
        QCOMPARE(read.size(), 2002);
        QCOMPARE(invalidLinesOf(read), QList<qint64>{2});
        QCOMPARE(read.at(1).fields, QStringList({"1", "open"}));
        QVERIFY2(read.at(1).error.contains(QStringLiteral("1 KiB")), qPrintable(read.at(1).error));
        QCOMPARE(read.at(2).fields, QStringList({"k0", "v"}));
        QCOMPARE(read.at(2).lineNumber, 3);
        QCOMPARE(read.last().fields, QStringList({"k1999", "v"}));
        QCOMPARE(read.last().lineNumber, 2002);
    }
}

void CsvReaderTest::skipsOverlongLine_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<bool>("quoted");

    QTest::addRow("LF") << QByteArray("\n") << false;
    QTest::addRow("CRLF") << QByteArray("\r\n") << false;
    QTest::addRow("lone CR") << QByteArray("\r") << false;
    QTest::addRow("inside an open quote") << QByteArray("\r\n") << true;
}

void CsvReaderTest::skipsOverlongLine()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(bool, quoted);

    const QByteArray overlong = (quoted ? "\"" : "") + QByteArray(5000, 'x') + ",y";
    const QByteArray input = "a,b" + lineEnd + overlong + lineEnd + "c,d" + lineEnd;
    for (const bool trickle : {false, true}) {
        const QList<TableRecord> read = trickle ? readTrickled(input, 1024) : readBytes(input, 1024);
        QCOMPARE(fieldsOf(read), (QList<QStringList>{{"a", "b"}, {}, {"c", "d"}}));
        QCOMPARE(linesOf(read), (QList<qint64>{1, 2, 3}));
        QCOMPARE(invalidLinesOf(read), QList<qint64>{2});
        QVERIFY2(read.at(1).error.startsWith(QStringLiteral("line 2: line longer than 1 KiB")),
                 qPrintable(read.at(1).error));
        QVERIFY(read.at(1).rawText.startsWith(QString::fromLatin1(overlong.left(100))));
        QVERIFY(read.at(1).rawText.size() < 2000);
    }
}

void CsvReaderTest::readsOutlookExport()
{
    CsvReader reader(sample(QStringLiteral("outlook-contacts.csv")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.format(), (CsvFormat{QLatin1Char(','), QStringLiteral("UTF-8"), true}));

    const QList<TableRecord> records = readAll(reader);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields.first(), QStringLiteral("First Name")); // no BOM in it
    QCOMPARE(records.at(0).fields.size(), 6);
    QCOMPARE(records.at(1).fields.at(2), QStringLiteral(u"Société Générale"));
    const TableRecord &bob = records.at(2);
    QCOMPARE(bob.lineNumber, 3);
    QCOMPARE(bob.fields.size(), 6);
    QCOMPARE(bob.fields.at(1), QStringLiteral("O'Neil, Jr."));
    QCOMPARE(bob.fields.at(4), QString());
    QCOMPARE(bob.fields.at(5),
             QStringLiteral("Called twice.\r\nWants a \"premium\" quote.\r\nFollow up in May."));
    QCOMPARE(records.at(3).lineNumber, 6);
    QCOMPARE(records.at(3).fields,
             QStringList({QStringLiteral(u"Zoë"), QStringLiteral(u"Ærø"), QString(),
                          QStringLiteral("zoe@example.dk"), QStringLiteral("+45 12 34 56 78"),
                          QString()}));
    QVERIFY(reader.problems().isEmpty());
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void CsvReaderTest::readsSemicolonWindows1252()
{
    CsvReader reader(sample(QStringLiteral("semicolon-windows1252.csv")));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.format(), (CsvFormat{QLatin1Char(';'), QStringLiteral("Windows-1252"), false}));

    const QList<TableRecord> records = readAll(reader);
    QCOMPARE(fieldsOf(records),
             (QList<QStringList>{
                 {"Nom", QStringLiteral(u"Société"), "Ville", "Montant", "Commentaire"},
                 {QStringLiteral(u"Müller"), QStringLiteral(u"Société Générale"),
                  QStringLiteral(u"Zürich"), QStringLiteral(u"1 250,50 €"),
                  QStringLiteral(u"“Très bien”")},
                 {QStringLiteral(u"Françoise"), QStringLiteral(u"Cœur & Co"),
                  QStringLiteral(u"Besançon"), QStringLiteral(u"99,00 €"), ""},
                 {"Dupont", "Durand; fils", "Paris", QStringLiteral(u"0,5 €"), "dit \"oui\""},
             }));
    QVERIFY(reader.problems().isEmpty());
}

void CsvReaderTest::readsTabSeparated()
{
    CsvReader reader(sample(QStringLiteral("tab-separated.tsv")));
    QCOMPARE(reader.format(), (CsvFormat{QLatin1Char('\t'), QStringLiteral("UTF-8"), false}));
    QCOMPARE(fieldsOf(readAll(reader)),
             (QList<QStringList>{
                 {"name", "email", "city"},
                 {"Ana Lima", "ana@example.br", QStringLiteral(u"São Paulo")},
                 {"Tab\tinside", "x@example.com", "Quoted, with comma"},
                 {"Kenji", "", QStringLiteral(u"東京")},
             }));
}

void CsvReaderTest::readsPipeSeparatedWithCrLineEnds()
{
    CsvReader reader(sample(QStringLiteral("pipe-separated-cr.txt")));
    QCOMPARE(reader.format().delimiter, QLatin1Char('|'));
    const QList<TableRecord> records = readAll(reader);
    QCOMPARE(fieldsOf(records), (QList<QStringList>{{"id", "name", "note"},
                                                    {"1", "Alpha", "plain"},
                                                    {"2", "Beta", "a|b"},
                                                    {"3", "Gamma", ""}}));
    QCOMPARE(linesOf(records), (QList<qint64>{1, 2, 3, 4}));
}

void CsvReaderTest::readsBrokenFileWithoutShiftingColumns()
{
    CsvReader reader(sample(QStringLiteral("broken-quotes-short-rows.csv")));
    const QList<TableRecord> records = readAll(reader);

    // Every physical line is one record: none swallowed, none split.
    QCOMPARE(linesOf(records), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(invalidLinesOf(records), (QList<qint64>{3, 5, 8}));
    QCOMPARE(records.at(2).fields, QStringList({"Bob \"the hammer\"", "bob@example.com", "Lyon"}));
    QCOMPARE(records.at(3).fields, QStringList({"Carol", "carol@example.com"})); // short, not malformed
    QCOMPARE(records.at(4).fields, QStringList({"\"Dan\"ny", "dan@example.com", "Nice"}));
    QCOMPARE(records.at(6).fields, QStringList({"Frank"}));
    QCOMPARE(records.at(7).fields, QStringList({"Gina,gina@example.com,Metz"}));
    QCOMPARE(records.at(7).rawText, QStringLiteral("\"Gina,gina@example.com,Metz"));
    // The rows after the unterminated quote are intact.
    QCOMPARE(records.at(8).fields, QStringList({"Hugo", "hugo@example.com", "Nantes"}));
    QCOMPARE(records.at(9).fields, QStringList({"Iris", "iris@example.com", "Brest"}));

    const QList<CsvProblem> problems = reader.problems();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(reader.problemCount(), 3);
    QCOMPARE(problems.at(0).lineNumber, 3);
    QCOMPARE(problems.at(0).message, QStringLiteral("line 3: stray quote in unquoted field 1"));
    QCOMPARE(problems.at(1).message, QStringLiteral("line 5: text after the closing quote of field 1"));
    QVERIFY2(problems.at(2).message.startsWith(QStringLiteral("line 8: unterminated quoted field")),
             qPrintable(problems.at(2).message));
    QCOMPARE(problems.at(2).message, records.at(7).error);
}

void CsvReaderTest::decodesWindows1252PastTheDetectedHead()
{
    // 70 KiB of ASCII: detection sees valid UTF-8. The Windows-1252 bytes
    // after it must still come out right, and real UTF-8 too.
    QByteArray input("name,city\n");
    while (input.size() < 70 * 1024)
        input += "plain,ascii\n";
    input += "M\xFCller,Z\xFCrich\n";
    input += "Zo\xC3\xAB,\xC3\x86r\xC3\xB8\n";

    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QCOMPARE(reader.format().encoding, QStringLiteral("UTF-8"));
    const QList<TableRecord> records = readAll(reader);
    QCOMPARE(records.at(records.size() - 2).fields,
             QStringList({QStringLiteral(u"Müller"), QStringLiteral(u"Zürich")}));
    QCOMPARE(records.last().fields, QStringList({QStringLiteral(u"Zoë"), QStringLiteral(u"Ærø")}));
}

void CsvReaderTest::honoursFormatOverride()
{
    QByteArray input("a;b,c\n1;2,3\n");
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QCOMPARE(reader.format().delimiter, QLatin1Char(',')); // a tie: comma first
    reader.setFormat(CsvFormat{QLatin1Char(';'), QStringLiteral("UTF-8"), false});
    QCOMPARE(fieldsOf(readAll(reader)), (QList<QStringList>{{"a", "b,c"}, {"1", "2,3"}}));

    // Reading UTF-8 as Windows-1252 because the user says so: the letters show
    // why it is wrong; the byte order mark is still skipped (never real text).
    QByteArray utf8("\xEF\xBB\xBFZo\xC3\xAB,x\n");
    QBuffer utf8Buffer(&utf8);
    utf8Buffer.open(QIODevice::ReadOnly);
    CsvReader asCp1252(&utf8Buffer, CsvFormat{QLatin1Char(','), QStringLiteral("Windows-1252"), false});
    TableRecord record;
    QVERIFY(asCp1252.readRecord(&record));
    QCOMPARE(record.fields.first(), QStringLiteral(u"ZoÃ«"));

    // A delimiter the byte scanner cannot use falls back to a comma.
    reader.setFormat(CsvFormat{QLatin1Char('"'), QStringLiteral("UTF-8"), false});
    QCOMPARE(reader.format().delimiter, QLatin1Char(','));
}

void CsvReaderTest::reportsProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("progress.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            file.write("row " + QByteArray::number(i) + ",\"some, quoted\ntext\",more\r\n");
    }
    CsvReader reader(path);
    QCOMPARE(reader.totalBytes(), QFileInfo(path).size());
    QCOMPARE(reader.bytesRead(), 0);
    qint64 last = 0;
    int records = 0;
    TableRecord record;
    while (reader.readRecord(&record)) {
        QVERIFY(reader.bytesRead() > last);
        QVERIFY(reader.bytesRead() <= reader.totalBytes());
        last = reader.bytesRead();
        ++records;
    }
    QCOMPARE(records, 20000);
    QCOMPARE(record.lineNumber, 39999);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
    QVERIFY(reader.errorString().isEmpty());

    TrickleDevice pipe("a,b\n");
    CsvReader fromPipe(&pipe);
    QCOMPARE(fromPipe.totalBytes(), -1);
}

void CsvReaderTest::reportsMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    CsvReader reader(path);
    QVERIFY(!reader.isOpen());
    QVERIFY2(reader.errorString().contains(QStringLiteral("missing.csv")),
             qPrintable(reader.errorString()));
    TableRecord record;
    QVERIFY(!reader.readRecord(&record));

    QBuffer closed;
    CsvReader fromClosed(&closed);
    QVERIFY(!fromClosed.isOpen());
    QVERIFY(!fromClosed.errorString().isEmpty());
    QVERIFY(!fromClosed.readRecord(&record));
}

void CsvReaderTest::boundsStoredProblems()
{
    QByteArray input;
    for (int i = 0; i < 1500; ++i)
        input += "bad\"quote,x\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QCOMPARE(readAll(reader).size(), 1500);
    QCOMPARE(reader.problemCount(), 1500);
    QCOMPARE(reader.problems().size(), 1000);
    QCOMPARE(reader.problems().last().lineNumber, 1000);
}

void CsvReaderTest::readsMillionRowsWithBoundedMemory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("million.csv"));
    constexpr int kRows = 1000000;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,first,last,company,email,phone,note\r\n");
        QByteArray block;
        for (int i = 1; i <= kRows; ++i) {
            const QByteArray n = QByteArray::number(i);
            block += n + ",First" + n + ",L\xC3\xA9vy" + n + ",\"Company, " + n + "\",user" + n
                + "@example.com,+33 1 23 45 67 89,";
            block += (i % 100 == 0) ? "\"note with \"\"quotes\"\"\r\nand a second line\"\r\n"
                                    : "plain note\r\n";
            if (block.size() > 64 * 1024) {
                QCOMPARE(file.write(block), block.size());
                block.clear();
            }
        }
        QCOMPARE(file.write(block), block.size());
    }
    const qint64 fileSize = QFileInfo(path).size();

    // Reset the peak resident size so that it measures the reading alone.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    const bool canMeasure = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    clearRefs.close();
    const qint64 rssBefore = procStatusKiB("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    CsvReader reader(path);
    TableRecord record;
    int count = 0;
    bool shapesOk = true;
    while (reader.readRecord(&record)) {
        ++count;
        shapesOk = shapesOk && record.fields.size() == 7 && record.isValid();
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY(reader.errorString().isEmpty());
    QVERIFY(shapesOk);
    QCOMPARE(count, kRows + 1);
    QCOMPARE(record.fields.at(0), QStringLiteral("1000000"));
    QCOMPARE(record.fields.at(2), QStringLiteral(u"Lévy1000000"));
    QCOMPARE(record.fields.at(6), QStringLiteral("note with \"quotes\"\r\nand a second line"));
    QCOMPARE(record.lineNumber, kRows + kRows / 100);
    QCOMPARE(reader.bytesRead(), fileSize);
    qInfo("read %d records, %.1f MB, in %lld ms", count, double(fileSize) / 1e6, elapsed);

    if (!canMeasure || rssBefore <= 0)
        QSKIP("no /proc/self/clear_refs to measure the peak memory with");
    if (underAddressSanitizer())
        QSKIP("AddressSanitizer holds freed memory in quarantine: the peak is not the reader's");
    const qint64 peakGrowthKiB = procStatusKiB("VmHWM:") - rssBefore;
    qInfo("peak memory growth while reading: %lld KiB", peakGrowthKiB);
    // The file is 100 MB; the reader holds one 256 KiB chunk and a record.
    QVERIFY2(peakGrowthKiB < 16 * 1024, qPrintable(QString::number(peakGrowthKiB)));
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
