// TableFile: which reader a file gets, where its header is (below a title
// or LinkedIn's notes lines, or where the user says), and CSV in every
// encoding Quarry reads: UTF-16 LE/BE with and without a byte order mark
// (Excel's "Unicode Text"), ISO-8859-15's euro sign, Windows-1252.
#include "csvformat.h"
#include "tablefile.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class TestTableFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray utf16(const QString &text, bool littleEndian, bool bom)
    {
        QStringEncoder e(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                         bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
        return e.encode(text);
    }

    static QList<QStringList> rows(TableFile &file)
    {
        QList<QStringList> out;
        TableRecord r;
        while (file.readRecord(&r))
            out << r.fields;
        return out;
    }

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        const QString text = QStringLiteral("Prénom\tNom\tSociété\r\nZoë\tÆrø\tCafé € 5\r\nJürgen\tWeiß\tMüller & Söhne\r\n");
        QTest::addRow("UTF-16LE with BOM, tabs (Excel Unicode Text)") << utf16(text, true, true) << "UTF-16LE" << QChar('\t');
        QTest::addRow("UTF-16BE with BOM") << utf16(text, false, true) << "UTF-16BE" << QChar('\t');
        QTest::addRow("UTF-16LE without BOM") << utf16(text, true, false) << "UTF-16LE" << QChar('\t');
        QTest::addRow("UTF-16BE without BOM") << utf16(text, false, false) << "UTF-16BE" << QChar('\t');
        QString semicolons = text;
        semicolons.replace(QLatin1Char('\t'), QLatin1Char(';'));
        QTest::addRow("UTF-8 with BOM, semicolons") << QByteArray("\xEF\xBB\xBF") + semicolons.toUtf8() << "UTF-8" << QChar(';');
        QString pipes = text;
        pipes.replace(QLatin1Char('\t'), QLatin1Char('|'));
        QTest::addRow("UTF-8, pipes") << pipes.toUtf8() << "UTF-8" << QChar('|');
        // Windows-1252: "€" is 0x80.
        QByteArray cp1252 = semicolons.toLatin1();
        cp1252.replace('?', '\x80');
        QTest::addRow("Windows-1252") << cp1252 << "Windows-1252" << QChar(';');
        // ISO-8859-15: "€" is 0xA4 beside a digit.
        QByteArray latin9 = semicolons.toLatin1();
        latin9.replace('?', '\xA4');
        QTest::addRow("ISO-8859-15") << latin9 << "ISO-8859-15" << QChar(';');
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        auto file = TableFile::open(write(QStringLiteral("e.csv"), bytes));
        QVERIFY2(file, qPrintable(file.errorText()));
        QCOMPARE(file.value()->kind(), TableKind::Csv);
        QCOMPARE(file.value()->format().encoding, encoding);
        QCOMPARE(file.value()->format().delimiter, delimiter);
        QCOMPARE(file.value()->header().fields, (QStringList{"Prénom", "Nom", "Société"}));
        const QList<QStringList> r = rows(*file.value());
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0), (QStringList{"Zoë", "Ærø", "Café € 5"}));
        QCOMPARE(r.at(1), (QStringList{"Jürgen", "Weiß", "Müller & Söhne"}));
        QCOMPARE(file.value()->bytesRead(), qint64(bytes.size()));
    }

    void utf16ChunksSplitAnywhere()
    {
        // A file far larger than a read chunk: the code units split between
        // chunks (and the odd byte count of a chunk) decode all the same.
        QString text = QStringLiteral("Name,Email\r\n");
        for (int i = 0; i < 40000; ++i)
            text += QStringLiteral("Zoë %1,zoe%1@exämple.test\r\n").arg(i);
        auto file = TableFile::open(write(QStringLiteral("big.txt"), utf16(text, true, true)));
        QVERIFY2(file, qPrintable(file.errorText()));
        const QList<QStringList> r = rows(*file.value());
        QCOMPARE(r.size(), 40000);
        QCOMPARE(r.at(39999), (QStringList{"Zoë 39999", "zoe39999@exämple.test"}));
    }

    void encodingChosenByTheUserRereadsTheStart()
    {
        // Detected as UTF-8 (it is valid UTF-8), read as Windows-1252 on request.
        CsvFormat f;
        f.delimiter = QLatin1Char(',');
        f.encoding = QStringLiteral("cp1252");
        auto file = TableFile::open(write(QStringLiteral("w.csv"), "Name\nCaf\xC3\xA9\n"), TableOptions{f, {}, 0});
        QVERIFY2(file, qPrintable(file.errorText()));
        QCOMPARE(file.value()->format().encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(rows(*file.value()), (QList<QStringList>{{QStringLiteral("CafÃ©")}}));
    }

    void headerBelowNotesLines()
    {
        // LinkedIn's Connections.csv: notes, a blank line, then the header.
        const QByteArray bytes =
            "Notes:\r\n"
            "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will "
            "only see email addresses for connections who have allowed their connections to see or download their email "
            "address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
            "https://www.linkedin.com/help/linkedin/answer/261\"\r\n"
            "\r\n"
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            "Ann,Lee,https://www.linkedin.com/in/annlee,,Acme,CTO,02 Dec 2026\r\n";
        auto file = TableFile::open(write(QStringLiteral("Connections.csv"), bytes));
        QVERIFY2(file, qPrintable(file.errorText()));
        QCOMPARE(file.value()->headerLine(), 4);
        QVERIFY(file.value()->headerFound());
        QCOMPARE(file.value()->aboveHeader().size(), 2);
        QCOMPARE(file.value()->header().fields.first(), QStringLiteral("First Name"));
        QCOMPARE(file.value()->format().delimiter, QLatin1Char(','));
        const QList<QStringList> r = rows(*file.value());
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().at(4), QStringLiteral("Acme"));
    }

    void headerOfUnknownWordsBelowATitle()
    {
        // Nothing the matcher knows: the title line (one cell) is skipped
        // for the first row as wide as the rest.
        auto file = TableFile::open(write(QStringLiteral("t.csv"), "Visitors, Expo 2026\n\nFoo;Bar;Baz\n1;2;3\n4;5;6\n"));
        QVERIFY2(file, qPrintable(file.errorText()));
        QCOMPARE(file.value()->header().fields, (QStringList{"Foo", "Bar", "Baz"}));
        QCOMPARE(file.value()->headerLine(), 3);
    }

    void aOneColumnFileKeepsItsFirstLine()
    {
        auto file = TableFile::open(write(QStringLiteral("one.csv"), "Email\na@b.example\nc@d.example\n"));
        QVERIFY2(file, qPrintable(file.errorText()));
        QCOMPARE(file.value()->headerLine(), 1);
        QCOMPARE(rows(*file.value()).size(), 2);
    }

    void headerRowGiven()
    {
        const QString path = write(QStringLiteral("g.csv"), "a,b\nFirst Name,Last Name\nAnn,Lee\nBob,Ray\n");
        auto file = TableFile::open(path, TableOptions{{}, {}, 3});
        QVERIFY2(file, qPrintable(file.errorText()));
        QVERIFY(!file.value()->headerFound());
        QCOMPARE(file.value()->header().fields, (QStringList{"Ann", "Lee"}));
        QCOMPARE(rows(*file.value()), (QList<QStringList>{{"Bob", "Ray"}}));
        auto beyond = TableFile::open(path, TableOptions{{}, {}, 9});
        QVERIFY(!beyond);
        QVERIFY2(beyond.errorText().contains(QStringLiteral("line 9")), qPrintable(beyond.errorText()));
    }

    void kinds()
    {
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("a.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n")), TableKind::Vcard);
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("b.txt"), "\xEF\xBB\xBF\r\nbegin:vcard\r\n")), TableKind::Vcard);
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("c.vcf"), utf16(QStringLiteral("BEGIN:VCARD\r\n"), true, true))), TableKind::Vcard);
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("d.xlsx"), QByteArray("PK\x03\x04", 4) + "rest")), TableKind::Xlsx);
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("e.ods"), QByteArray("PK\x03\x04", 4) + "rest")), TableKind::Ods);
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("f.xls"), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")), TableKind::Xlsx);
        QCOMPARE(TableFile::kindOf(write(QStringLiteral("g.csv"), "Name,Email\n")), TableKind::Csv);
    }

    void emptyFileIsRefusedByName()
    {
        auto file = TableFile::open(write(QStringLiteral("empty.csv"), ""));
        QVERIFY(!file);
        QVERIFY2(file.errorText().contains(QStringLiteral("empty.csv")), qPrintable(file.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
