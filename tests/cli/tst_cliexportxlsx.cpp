// quarry-cli export leads FILE.xlsx: an Excel workbook (the default for a
// name ending in .xlsx, or --format xlsx), typed cells, formula-like text kept
// as text; --format csv still writes CSV; CSV-only options refused with xlsx.
#include "testdatabase.h"
#include "xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

namespace {
using CliRunner::Run;

QList<QStringList> readXlsx(const QString &file, QString *error = nullptr)
{
    QList<QStringList> out;
    XlsxReader reader(file);
    if (error)
        *error = reader.errorString();
    TableRecord r;
    while (reader.readRecord(&r))
        out << r.fields;
    return out;
}
} // namespace

class TestCliExportXlsx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run exec(const QStringList &args) { return CliRunner::run(m_dir.filePath(QStringLiteral("data-home")), m_db, args); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = testDatabase(m_dir.path(), QStringLiteral("quarry.sqlite"));
        Run r = exec({"lead", "add", "first_name=Ann", "last_name=Lee", "email=ann@example.com", "score=4",
                      "postal_code=01000", "do_not_call=yes", "estimated_close_date=2026-09-30"});
        QVERIFY2(r.code == 0, CliRunner::describe(r));
        r = exec({"lead", "add", "last_name==HYPERLINK(\"http://evil.example\")", "company=+33 1 23 45 67 89"});
        QVERIFY2(r.code == 0, CliRunner::describe(r));
    }

    void xlsxFromTheFileName()
    {
        const QString file = path(QStringLiteral("leads.xlsx"));
        const Run r = exec({"--json", "export", "leads", file, "--sort", "last_name",
                            "--columns", "first_name,last_name,company,email,postal_code,score,do_not_call,estimated_close_date"});
        QVERIFY2(r.code == 0, CliRunner::describe(r));
        QCOMPARE(r.object().value(QStringLiteral("exported")).toInt(), 2);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
        QString error;
        const QList<QStringList> rows = readXlsx(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], (QStringList{"first_name", "last_name", "company", "email", "postal_code", "score", "do_not_call",
                                       "estimated_close_date"}));
        // The formula-like name and the phone-like company: text, as typed.
        QCOMPARE(rows[1], (QStringList{"", "=HYPERLINK(\"http://evil.example\")", "+33 1 23 45 67 89", "", "", "0", "FALSE"}));
        QCOMPARE(rows[2], (QStringList{"Ann", "Lee", "", "ann@example.com", "01000", "4", "TRUE", "2026-09-30"}));
    }

    void formatOption()
    {
        const QString xlsx = path(QStringLiteral("workbook.data"));
        Run r = exec({"export", "leads", xlsx, "--format", "xlsx"});
        QVERIFY2(r.code == 0, CliRunner::describe(r));
        QCOMPARE(readXlsx(xlsx).size(), 3);

        const QString csv = path(QStringLiteral("plain.xlsx"));
        r = exec({"export", "leads", csv, "--format", "csv", "--columns", "last_name"});
        QVERIFY2(r.code == 0, CliRunner::describe(r));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFlast_name"));

        r = exec({"export", "leads", path(QStringLiteral("x.xlsx")), "--format", "ods"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--format")), CliRunner::describe(r));
    }

    void csvOptionsRefusedForXlsx()
    {
        for (const QStringList &extra : {QStringList{"--delimiter", ";"}, QStringList{"--no-bom"}, QStringList{"--raw-cells"}}) {
            const QString file = path(QStringLiteral("refused.xlsx"));
            const Run r = exec(QStringList{"export", "leads", file} + extra);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("CSV only")), CliRunner::describe(r));
            QVERIFY(!QFile::exists(file));
        }
    }

    void neverOverTheDatabase()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("a team database is no file an export could overwrite");
        QFile db(m_db);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray header = db.read(16);
        db.close();
        const Run r = exec({"export", "leads", m_db, "--format", "xlsx"});
        QCOMPARE(r.code, 3);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.read(16), header);
        db.close();
        QCOMPARE(exec({"lead", "show", "1"}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliExportXlsx)
#include "tst_cliexportxlsx.moc"
