// What a hostile cell or file cannot do through Quarry's CSV code: run as a
// formula in a spreadsheet (CsvFormula, CsvWriter::setNeutraliseFormulas),
// lose a U+FEFF that starts the first field, or keep the reader going
// forever (a device, a pipe, one endless line).
#include "csvformula.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "inputfile.h"
#include "rejectreport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

/// An endless stream of zero bytes, like /dev/zero behind a pipe, that
/// gives up after `limit` bytes so that a reader which does not stop fails
/// the test instead of hanging it.
class ZeroDevice : public QIODevice
{
public:
    explicit ZeroDevice(qint64 limit) : m_limit(limit) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 served() const { return m_served; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_served >= m_limit)
            return -1;
        const qint64 n = qMin(maxSize, m_limit - m_served);
        memset(data, 0, size_t(n));
        m_served += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_limit;
    qint64 m_served = 0;
};

QByteArray written(const QList<QStringList> &records, bool neutralise, bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setBom(bom);
    writer.setNeutraliseFormulas(neutralise);
    if (!writer.open())
        return {};
    for (const QStringList &r : records)
        writer.writeRecord(r);
    writer.commit();
    return buffer.data();
}

QList<QStringList> readBack(QByteArray bytes, bool restore)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setRestoreFormulas(restore);
    QList<QStringList> out;
    TableRecord record;
    while (reader.readRecord(&record))
        out << record.fields;
    return out;
}

} // namespace

class TestCsvSafety : public QObject
{
    Q_OBJECT

private slots:
    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::addRow("equals") << "=1+1" << "'=1+1";
        QTest::addRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")" << "'=HYPERLINK(\"http://x\",\"y\")";
        QTest::addRow("dde") << "=cmd|' /C calc'!A0" << "'=cmd|' /C calc'!A0";
        QTest::addRow("plus") << "+1+1" << "'+1+1";
        QTest::addRow("phone with plus") << "+33 1 23 45 67 89" << "'+33 1 23 45 67 89";
        QTest::addRow("minus formula") << "-1+1" << "'-1+1";
        QTest::addRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::addRow("leading tab") << "\t=1" << "'\t=1";
        QTest::addRow("leading CR") << "\r=1" << "'\r=1";
        QTest::addRow("spaces then equals") << "  =1" << "'  =1";
        QTest::addRow("already an apostrophe") << "'=1" << "''=1";
        QTest::addRow("negative number") << "-12.5" << "-12.5";
        QTest::addRow("negative integer") << "-12" << "-12";
        QTest::addRow("negative decimal comma") << "-12,5" << "-12,5";
        QTest::addRow("plain text") << "Dupont" << "Dupont";
        QTest::addRow("equals inside") << "a=b" << "a=b";
        QTest::addRow("email") << "jean@acme.fr" << "jean@acme.fr";
        QTest::addRow("lone apostrophe") << "'" << "'";
        QTest::addRow("empty") << "" << "";
    }

    void neutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvFormula::neutralised(cell), expected);
        QCOMPARE(CsvFormula::restored(CsvFormula::neutralised(cell)), cell);
        // Written by the writer with the option, and read back by a reader
        // that does not restore: what a spreadsheet gets.
        const QList<QStringList> got = readBack(written({{"h"}, {cell, "x"}}, true), false);
        QCOMPARE(got.value(1).value(0), expected);
        // Without the option the writer writes what it is given.
        QCOMPARE(readBack(written({{"h"}, {cell, "x"}}, false), false).value(1).value(0), cell);
    }

    void roundTripsThroughTheGuard()
    {
        const QList<QStringList> records{{"first", "note"},
                                         {"=1+1", "+33 1 23"},
                                         {"'=x", "''@y"},
                                         {"\t=tab", "-1+2"},
                                         {"-12.5", "plain"}};
        QCOMPARE(readBack(written(records, true), true), records);
    }

    void longApostropheRunsDoNotRecurse()
    {
        const QString cell = QString(200000, QLatin1Char('\'')) + QStringLiteral("=1");
        QVERIFY(CsvFormula::isRisky(cell));
        QCOMPARE(CsvFormula::restored(CsvFormula::neutralised(cell)), cell);
    }

    void rejectReportWritesFormulasAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rejected.csv"));
        RejectReport report(path, {QStringLiteral("name"), QStringLiteral("=evil header")}, dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(report.open());
        QVERIFY(report.add(2, QStringLiteral("no name"), {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("\t+1")}));
        QVERIFY(report.commit());
        CsvReader raw(path);
        QList<QStringList> got;
        TableRecord record;
        while (raw.readRecord(&record))
            got << record.fields;
        QCOMPARE(got, (QList<QStringList>{{"line", "reason", "name", "'=evil header"},
                                          {"2", "no name", "'=HYPERLINK(\"http://x\")", "'\t+1"}}));
        QVERIFY(RejectReport::isReportHeader(got.first()));
    }

    void rejectReportNeverOverwritesTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.close();
        QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.csv"))));
        for (const QString &target : {db, db + QStringLiteral("-wal"), dir.filePath(QStringLiteral("link.csv")),
                                      dir.filePath(QStringLiteral("x/../db.sqlite"))}) {
            RejectReport report(target, {QStringLiteral("name")}, db);
            QVERIFY2(!report.open(), qPrintable(target));
            QVERIFY2(report.errorString().contains(QStringLiteral("database")), qPrintable(report.errorString()));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("SQLite format 3"));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }

    void keepsByteOrderMarkStartingTheFirstField_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::addRow("file without a byte order mark") << false;
        QTest::addRow("file with a byte order mark") << true;
    }

    void keepsByteOrderMarkStartingTheFirstField()
    {
        QFETCH(bool, bom);
        const QList<QStringList> records{{QStringLiteral(u"\uFEFFfirst"), "b"}, {QStringLiteral(u"\uFEFFlater"), "c"}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bom.csv"));
        CsvWriter writer(path);
        writer.setBom(bom);
        QVERIFY(writer.open());
        for (const QStringList &r : records)
            QVERIFY(writer.writeRecord(r));
        QVERIFY(writer.commit());
        CsvReader reader(path);
        QList<QStringList> got;
        TableRecord record;
        while (reader.readRecord(&record))
            got << record.fields;
        QCOMPARE(got, records);
    }

    void onlyTheFirstBytesAreAByteOrderMark()
    {
        // Two marks: the first is the file's, the second the field's.
        QCOMPARE(readBack(QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" "a,b\n\xEF\xBB\xBF" "c,d\n"), false),
                 (QList<QStringList>{{QStringLiteral(u"\uFEFFa"), "b"}, {QStringLiteral(u"\uFEFFc"), "d"}}));
    }

    void endlessLineEndsWithAnError()
    {
        // One line of zero bytes with no end: the reader skips a line past
        // maxRecordSize() but gives up past maxLineSkip(), long before the
        // device would have ended.
        ZeroDevice zeros(64LL * 1024 * 1024);
        CsvReader reader(&zeros, CsvFormat{});
        reader.setMaxRecordSize(1024);
        TableRecord record;
        int records = 0;
        while (reader.readRecord(&record))
            ++records;
        QVERIFY2(!reader.errorString().isEmpty(), "the endless line ended without an error");
        QVERIFY2(reader.errorString().contains(QStringLiteral("line 1")), qPrintable(reader.errorString()));
        QVERIFY2(zeros.served() < 1024 * 1024, qPrintable(QString::number(zeros.served())));
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("a device") << QStringLiteral("/dev/zero");
        QTest::addRow("a folder") << QDir::tempPath();
        QTest::addRow("a fifo") << QStringLiteral("fifo");
    }

    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        if (path == QLatin1String("fifo")) {
            path = dir.filePath(QStringLiteral("pipe.csv"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        // A FIFO with no writer would block the open: reaching here at all
        // means it was refused before.
        CsvReader reader(path);
        QVERIFY(!reader.isOpen());
        QVERIFY2(reader.errorString().contains(QStringLiteral("not a regular file")), qPrintable(reader.errorString()));
        QVERIFY(!InputFile::check(path));
        QVERIFY(!InputFile::readAtMost(path, 100));
    }

    void readsAtMostOneBytePastTheLimit()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        f.close();
        QCOMPARE(InputFile::readAtMost(f.fileName(), 10)->size(), 11);
        QCOMPARE(InputFile::readAtMost(f.fileName(), 5000)->size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestCsvSafety)
#include "tst_csvsafety.moc"
