#include "xlsxreader.h"
#include "xlsxwriter.h"
#include "ziparchive.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>


namespace {

/// The XML of the first sheet of the workbook at `path`.
QByteArray sheetXml(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ZipArchive zip(&file, path);
    QByteArray xml;
    zip.readAll(QStringLiteral("xl/worksheets/sheet1.xml"), 64 << 20, &xml);
    return xml;
}

QList<QStringList> readBack(const QString &path, QString *sheet = nullptr)
{
    XlsxReader reader(path);
    if (!reader.isOpen())
        qWarning() << reader.errorString();
    if (sheet)
        *sheet = reader.sheet();
    QList<QStringList> rows;
    TableRecord r;
    while (reader.readRecord(&r))
        rows << r.fields;
    return rows;
}

} // namespace

/// XlsxWriter: what it writes is read back by XlsxReader as it was given,
/// typed, and text that looks like a formula stays text.
class TestXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void textIsNeverAFormula();
    void headerIsBoldAndFrozen();
    void sheetName();
    void cancelLeavesTheTargetAlone();
    void replacesAtomically();
    void refusesTheDatabase();
    void refusesAFolder();
    void cutsOverlongText();
    void largeSheetStreams();
};

void TestXlsxWriter::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.xlsx"));
    XlsxWriter writer(path);
    QVERIFY2(writer.open(), qPrintable(writer.errorString()));
    QVERIFY(writer.writeHeader({"name", "score", "amount", "since", "seen", "key", "note"}));
    QVERIFY(writer.writeRow({QStringLiteral("Ann Lee"), 42, 0.1, QDate(2026, 3, 2), QDateTime(QDate(2026, 3, 2), QTime(14, 30, 5)), true,
                             QString::fromUtf8("Émilie – “quoted” & <tagged>\nline two")}));
    QVERIFY(writer.writeRow({QStringLiteral("Bob"), QVariant(), 1234.5, QVariant(), QVariant(), false, QString()}));
    QVERIFY(writer.writeRow({QStringLiteral("01234"), 33612345678LL, -0.30000000000000004}));
    QCOMPARE(writer.rowsWritten(), 4);
    QVERIFY(!QFile::exists(path)); // nothing before commit
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    QVERIFY(QFile::exists(path));
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("leads.xlsx")});

    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{"name", "score", "amount", "since", "seen", "key", "note"}));
    QCOMPARE(rows[1], (QStringList{"Ann Lee", "42", "0.1", "2026-03-02", "2026-03-02T14:30:05", "TRUE",
                                   QString::fromUtf8("Émilie – “quoted” & <tagged>\nline two")}));
    QCOMPARE(rows[2], (QStringList{"Bob", "", "1234.5", "", "", "FALSE"}));
    // Text stays text (a leading zero kept); a large integer is a number.
    QCOMPARE(rows[3], (QStringList{"01234", "33612345678", "-0.3"}));
    const QByteArray xml = sheetXml(path);
    QVERIFY(xml.contains("t=\"inlineStr\"")); // streamed: no shared strings table
    QVERIFY(xml.contains("<v>42</v>"));
    QVERIFY(xml.contains("t=\"b\""));
}

void TestXlsxWriter::textIsNeverAFormula()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("formulas.xlsx"));
    XlsxWriter writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.writeHeader({"cell"}));
    const QStringList risky{"=HYPERLINK(\"http://evil.example\",\"click\")", "=1+1", "+33 1 23 45 67 89", "-5", "@SUM(A1)",
                            "=cmd|' /C calc'!A0"};
    for (const QString &text : risky)
        QVERIFY(writer.writeRow({text}));
    QVERIFY(writer.commit());
    const QByteArray xml = sheetXml(path);
    QVERIFY(!xml.isEmpty());
    QVERIFY2(!xml.contains("<f>"), xml.constData());
    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.size(), risky.size() + 1);
    for (int i = 0; i < risky.size(); ++i)
        QCOMPARE(rows[i + 1], QStringList{risky[i]});
}

void TestXlsxWriter::headerIsBoldAndFrozen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.xlsx"));
    XlsxWriter writer(path);
    writer.setColumnWidth(1, 33);
    QVERIFY(writer.open());
    QVERIFY(writer.writeHeader({"a", "b"}));
    QVERIFY(writer.commit());
    const QByteArray xml = sheetXml(path);
    QVERIFY2(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), xml.constData());
    QVERIFY2(xml.contains("width=\"33"), xml.constData());
    QVERIFY2(xml.contains("s=\"1\""), xml.constData()); // the bold format
}

void TestXlsxWriter::sheetName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.xlsx"));
    XlsxWriter writer(path);
    writer.setSheetName(QStringLiteral("Leads: 2026/03 [all]"));
    QVERIFY(writer.open());
    QVERIFY(writer.writeHeader({"a"}));
    QVERIFY(writer.commit());
    QString sheet;
    readBack(path, &sheet);
    QCOMPARE(sheet, QStringLiteral("Leads_ 2026_03 _all_"));
}

void TestXlsxWriter::cancelLeavesTheTargetAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    {
        XlsxWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.writeHeader({"a"}));
        writer.cancel();
    }
    {
        XlsxWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.writeHeader({"a"}));
        // Destroyed without commit: cancelled.
    }
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old content"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("keep.xlsx")});
}

void TestXlsxWriter::replacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    for (const QString &value : {QStringLiteral("first"), QStringLiteral("second")}) {
        XlsxWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.writeHeader({value}));
        QVERIFY(writer.commit());
    }
    QCOMPARE(readBack(path), (QList<QStringList>{{"second"}}));
}

void TestXlsxWriter::refusesTheDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("quarry.sqlite"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    for (const QString &target : {db, db + QStringLiteral("-wal"), dir.filePath(QStringLiteral("./x/../quarry.sqlite"))}) {
        XlsxWriter writer(target);
        QVERIFY(!writer.open(db));
        QVERIFY2(writer.errorString().contains(QLatin1String("quarry.sqlite")), qPrintable(writer.errorString()));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("SQLite format 3"));
}

void TestXlsxWriter::refusesAFolder()
{
    QTemporaryDir dir;
    XlsxWriter writer(dir.path());
    QVERIFY(!writer.open());
    QVERIFY2(writer.errorString().contains(dir.path()), qPrintable(writer.errorString()));
    XlsxWriter nowhere(dir.filePath(QStringLiteral("missing/folder/x.xlsx")));
    QVERIFY(!nowhere.open());
    QVERIFY2(nowhere.errorString().contains(QLatin1String("x.xlsx")), qPrintable(nowhere.errorString()));
}

void TestXlsxWriter::cutsOverlongText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    XlsxWriter writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.writeHeader({"a"}));
    QVERIFY(writer.writeRow({QString(40000, QLatin1Char('x'))}));
    QCOMPARE(writer.truncatedCells(), 1);
    QVERIFY(writer.commit());
    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].first().size(), XlsxWriter::maxCellChars());
}

void TestXlsxWriter::largeSheetStreams()
{
    // 300,000 rows: about 60 MB of sheet XML, written and read back with
    // memory far below it (both stream) in a few seconds.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xlsx"));
    constexpr int Rows = 300000;
    auto peakKiB = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return qint64(usage.ru_maxrss);
    };
    const qint64 before = peakKiB();
    QElapsedTimer timer;
    timer.start();
    {
        XlsxWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.writeHeader({"name", "email", "score", "since"}));
        for (int i = 0; i < Rows; ++i)
            QVERIFY(writer.writeRow({QStringLiteral("Lead number %1").arg(i), QStringLiteral("lead%1@example.com").arg(i), i % 6,
                                     QDate(2020, 1, 1).addDays(i % 2000)}));
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    }
    XlsxReader reader(path);
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QVERIFY(reader.totalBytes() > 40 * 1000 * 1000);
    TableRecord r;
    qint64 rows = 0;
    while (reader.readRecord(&r)) {
        if (rows == Rows) {
            QCOMPARE(r.fields, (QStringList{QStringLiteral("Lead number %1").arg(Rows - 1),
                                            QStringLiteral("lead%1@example.com").arg(Rows - 1), QString::number((Rows - 1) % 6),
                                            QDate(2020, 1, 1).addDays((Rows - 1) % 2000).toString(Qt::ISODate)}));
        }
        ++rows;
    }
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(rows, Rows + 1);
    const qint64 grownMiB = (peakKiB() - before) / 1024;
    qInfo("%d rows, %lld MB of sheet XML, written and read in %lld ms, peak memory grew %lld MiB", Rows,
          reader.totalBytes() / 1000000, timer.elapsed(), grownMiB);
    QVERIFY2(grownMiB < 32, qPrintable(QStringLiteral("peak memory grew %1 MiB").arg(grownMiB)));
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
