// ImportService on real-world shaped files (tests/data/import): an Outlook
// export, a semicolon-separated Windows-1252 spreadsheet, broken quotes and
// short rows, duplicates in the file and against the database; all-rows
// values; the report; all or nothing on cancel and failure; the preview.
#include "csvreader.h"
#include "importrowbuilder.h"
#include "importservice.h"
#include "testhelpers.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Declared before any use: the data-driven tests put these in QVariants.
Q_DECLARE_METATYPE(ImportCounts)
Q_DECLARE_METATYPE(ImportDefaults)
Q_DECLARE_METATYPE(Lead)

using namespace TestHelpers;

class TestImportService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }

    static QString data(const QString &name)
    {
        return QStringLiteral(QUARRY_TEST_DATA_DIR "/import/") + name;
    }

    QString reportPath() const { return m_dir.filePath(QStringLiteral("rejected.csv")); }

    ImportSummary import(const QString &file, ImportOptions options = {})
    {
        if (options.reportPath.isEmpty())
            options.reportPath = reportPath();
        auto r = ImportService(ws()).run(file, options);
        if (!r) {
            qWarning("import failed: %s", qPrintable(r.errorText()));
            return {};
        }
        const ImportCounts &c = r->counts;
        if (c.read != c.imported + c.updated + c.skipped + c.rejected)
            qWarning("counts do not add up");
        return r.value();
    }

    static bool addsUp(const ImportCounts &c) { return c.read == c.imported + c.updated + c.skipped + c.rejected; }

    QList<Lead> leads()
    {
        QList<Lead> out;
        for (qint64 id : ws().leadRepository().ids(LeadFilter{}))
            out << *ws().leadRepository().find(id);
        return out;
    }

    std::optional<Lead> leadByLastName(const QString &lastName)
    {
        for (const Lead &l : leads())
            if (l.lastName == lastName)
                return l;
        return std::nullopt;
    }

    static QList<TableRecord> readCsv(const QString &path)
    {
        QList<TableRecord> out;
        CsvReader reader(path);
        TableRecord r;
        while (reader.readRecord(&r))
            out << r;
        return out;
    }

    QString tagNames(const Lead &lead)
    {
        QStringList names;
        for (qint64 id : lead.tagIds)
            names << ws().references().nameOf(RefKind::Tag, id);
        names.sort();
        return names.join(QLatin1Char(','));
    }

    qint64 count(const QString &table)
    {
        return sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }

    /// A file of `rows` distinct leads.
    QString generated(int rows, const QString &name = QStringLiteral("generated.csv"))
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("First Name,Last Name,Company,Email,Phone,Job Title,Country\n");
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("Jean%1,Dupont%1,Acme %2,jean%1@acme%2.example,+33 1 23 %3,Buyer %4,FR\n")
                        .arg(i)
                        .arg(i % 50)
                        .arg(QString::number(100000 + i).insert(2, QLatin1Char(' ')).insert(5, QLatin1Char(' ')))
                        .arg(i % 7)
                        .toUtf8());
        return path;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QFile::remove(reportPath());
    }

    void cleanup() { m_tw.reset(); }

    void outlookExportWithBomCrlfAndMultiLineNote()
    {
        QVERIFY(ws().references().add(RefKind::Department, QStringLiteral("Achats")));
        const ImportSummary s = import(data("outlook-export.csv"));
        QVERIFY(s.format.hasBom);
        QCOMPARE(s.format.delimiter, QLatin1Char(','));
        QCOMPARE(s.counts, (ImportCounts{4, 4, 0, 0, 0}));

        const auto anne = leadByLastName(QStringLiteral("Dupont"));
        QVERIFY(anne);
        QCOMPARE(anne->firstName, QStringLiteral("Anne")); // the byte order mark is not in the first header
        QCOMPARE(anne->civility, QStringLiteral("mrs"));
        QCOMPARE(anne->company, QStringLiteral("Société Générale"));
        QCOMPARE(ws().references().nameOf(RefKind::Function, anne->functionId), QStringLiteral("Responsable achats"));
        QCOMPARE(anne->emails, QStringList{QStringLiteral("anne.dupont@example.fr")});
        QCOMPARE(anne->phones, QStringList{QStringLiteral("+33 1 42 14 20 00")});
        QCOMPARE(anne->mobile, QStringLiteral("+33 6 12 34 56 78"));
        QCOMPARE(anne->postalCode, QStringLiteral("75009"));
        QCOMPARE(ws().references().find(RefKind::Country, anne->countryId)->code, QStringLiteral("FR"));

        // Outlook's suffix joins the last name and its second street line the
        // street: neither is dropped.
        const auto bob = leadByLastName(QStringLiteral("O'Neil Jr."));
        QVERIFY(bob);
        QCOMPARE(bob->middleName, QStringLiteral("J."));
        QCOMPARE(bob->street, QStringLiteral("1 Infinite Loop\nSuite 200"));
        QCOMPARE(bob->emails, (QStringList{QStringLiteral("bob.oneil@acme.example"), QStringLiteral("bob@home.example")}));
        // The note spans three lines, with its quotes and its CRLF.
        QCOMPARE(bob->description, QStringLiteral("Called twice.\r\nWants a \"premium\" quote.\r\nFollow up in May."));

        const auto zoe = leadByLastName(QStringLiteral("Ærø"));
        QVERIFY(zoe);
        QCOMPARE(zoe->firstName, QStringLiteral("Zoë"));

        // Jürgen's department is not in the list: a value never refuses a
        // row. He comes in without a department, and the result says so.
        const auto jurgen = leadByLastName(QStringLiteral("Weiß"));
        QVERIFY(jurgen);
        QCOMPARE(jurgen->firstName, QStringLiteral("Jürgen"));
        QCOMPARE(jurgen->departmentId, 0);
        QCOMPARE(s.leftEmpty, (QList<LeftEmptyCount>{{QStringLiteral("department"), QStringLiteral("Einkauf"), 1}}));
        QVERIFY(s.firstRejected.isEmpty());
    }

    void googleContactsExport()
    {
        const ImportSummary s = import(data("google-contacts.csv"));
        QCOMPARE(s.counts, (ImportCounts{2, 2, 0, 0, 0}));
        const auto ana = leadByLastName(QStringLiteral("Lima"));
        QVERIFY(ana);
        QCOMPARE(ana->firstName, QStringLiteral("Ana"));
        QCOMPARE(ana->company, QStringLiteral("Lima Design"));
        QCOMPARE(ws().references().nameOf(RefKind::Function, ana->functionId), QStringLiteral("Designer"));
        QCOMPARE(ana->emails, (QStringList{"ana@lima.example", "ana.home@lima.example"}));
        QCOMPARE(ana->phones, QStringList{QStringLiteral("+55 11 3333-4444")});
        QCOMPARE(ana->city, QStringLiteral("São Paulo"));
        QCOMPARE(ana->postalCode, QStringLiteral("01000-000"));
        QCOMPARE(ws().references().find(RefKind::Country, ana->countryId)->code, QStringLiteral("BR")); // by name
        const auto kenji = leadByLastName(QStringLiteral("Sato"));
        QVERIFY(kenji);
        QCOMPARE(kenji->firstName, QStringLiteral("Kenji"));
        QCOMPARE(ws().references().find(RefKind::Country, kenji->countryId)->code, QStringLiteral("JP"));
    }

    void countriesByCodeOrName()
    {
        const QString path = m_dir.filePath(QStringLiteral("countries.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nom;Pays\nA;Allemagne\nB;France\nC;be\nD;ESP\nE;États-Unis\nF;Narnia\n");
        f.close();
        const ImportSummary s = import(path);
        QCOMPARE(s.counts, (ImportCounts{6, 6, 0, 0, 0}));
        QStringList codes;
        for (const QString &name : {"A", "B", "C", "D", "E"})
            codes << ws().references().find(RefKind::Country, leadByLastName(name)->countryId)->code;
        QCOMPARE(codes, (QStringList{"DE", "FR", "BE", "ES", "US"}));
        // No such country: the lead comes in without one, and the result says so.
        QCOMPARE(leadByLastName(QStringLiteral("F"))->countryId, 0);
        QCOMPARE(s.leftEmpty, (QList<LeftEmptyCount>{{QStringLiteral("country"), QStringLiteral("Narnia"), 1}}));
    }

    void europeanSemicolonWindows1252()
    {
        const ImportSummary s = import(data("european-semicolon-cp1252.csv"));
        QCOMPARE(s.format.delimiter, QLatin1Char(';'));
        QVERIFY(s.format.isWindows1252());
        QCOMPARE(s.counts, (ImportCounts{4, 3, 0, 0, 1}));
        const auto lefevre = leadByLastName(QStringLiteral("Lefèvre"));
        QVERIFY(lefevre);
        QCOMPARE(lefevre->firstName, QStringLiteral("François"));
        QCOMPARE(lefevre->civility, QStringLiteral("mr")); // "M."
        QCOMPARE(lefevre->company, QStringLiteral("Cœur de Lion SARL"));
        QCOMPARE(lefevre->street, QStringLiteral("12, rue de l’Œuvre"));
        QCOMPARE(lefevre->description, QStringLiteral("Très intéressé ; rappeler"));
        QCOMPARE(leadByLastName(QStringLiteral("Bérubé"))->civility, QStringLiteral("mrs")); // "Mme"
        // "bad-email@" refuses Élodie's row; the report names the column.
        QCOMPARE(s.firstRejected.size(), 1);
        QCOMPARE(s.firstRejected.first().line, 5);
        QVERIFY2(s.firstRejected.first().reason.startsWith(QStringLiteral("Courriel: ")), qPrintable(s.firstRejected.first().reason));
        QCOMPARE(s.firstRejected.first().cells.at(3), QStringLiteral("Brasserie Émile"));
    }

    void savedMappingAndFormatOverride()
    {
        auto mapping = ImportMapping::load(data("european-mapping.json"));
        QVERIFY2(mapping, qPrintable(mapping.errorText()));
        ImportOptions options;
        options.mapping = mapping.value();
        const ImportSummary s = import(data("european-semicolon-cp1252.csv"), options);
        QCOMPARE(s.counts.imported, 3);
        QCOMPARE(leadByLastName(QStringLiteral("Lefèvre"))->requirements, QStringLiteral("Très intéressé ; rappeler"));
        QVERIFY(leadByLastName(QStringLiteral("Lefèvre"))->description.isEmpty());

        // Read as UTF-8 with commas, the same file is one column of garbage.
        m_tw = std::make_unique<TestWorkspace>();
        options = {};
        options.format = CsvFormat{QLatin1Char(','), QStringLiteral("UTF-8"), false};
        auto r = ImportService(ws()).run(data("european-semicolon-cp1252.csv"), options);
        QVERIFY(!r);
        QCOMPARE(count(QStringLiteral("leads")), 0);
    }

    void brokenQuotesAndShortRowsAreRejectedWithTheirLines()
    {
        const ImportSummary s = import(data("broken-quotes-short-rows.csv"));
        QCOMPARE(s.counts, (ImportCounts{9, 3, 0, 0, 6}));
        QSet<qint64> lines;
        for (const RejectedRow &r : s.firstRejected)
            lines << r.line;
        QCOMPARE(lines, (QSet<qint64>{3, 4, 5, 6, 7, 8}));
        // Nothing shifted: the rows after the broken ones are whole.
        const auto hugo = leadByLastName(QStringLiteral("Blue"));
        QVERIFY(hugo);
        QCOMPARE(hugo->firstName, QStringLiteral("Hugo"));
        QCOMPARE(hugo->company, QStringLiteral("Blue BV"));
        QCOMPARE(hugo->city, QStringLiteral("Nantes"));
        for (const RejectedRow &r : s.firstRejected)
            if (r.line == 4) {
                QVERIFY2(r.reason.contains(QStringLiteral("3 cell")) && r.reason.contains(QStringLiteral("has 4")), qPrintable(r.reason));
                QCOMPARE(r.cells, (QStringList{"Carol White", "carol@example.com", "White & Co"}));
            }
        QCOMPARE(readCsv(reportPath()).size(), 7);
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<ImportCounts>("counts");
        // Pierre shares Jean's phone (a switchboard) but not his name nor his
        // company: not a duplicate.
        QTest::addRow("skip") << "skip" << ImportCounts{6, 4, 0, 2, 0};
        QTest::addRow("update") << "update" << ImportCounts{6, 4, 2, 0, 0};
        QTest::addRow("create") << "create" << ImportCounts{6, 6, 0, 0, 0};
    }

    void duplicates()
    {
        QFETCH(QString, policy);
        QFETCH(ImportCounts, counts);
        const qint64 paul = m_tw->addLead(LeadBuilder().named("Paul", "Existing").email("Known@known.example"));
        QVERIFY(paul);
        ImportOptions options;
        QVERIFY(duplicatePolicyFromKey(policy, &options.onDuplicate));
        const ImportSummary s = import(data("duplicates.csv"), options);
        QCOMPARE(s.counts, counts);
        QCOMPARE(count(QStringLiteral("leads")), 1 + counts.imported);
        const Lead existing = *ws().leadRepository().find(paul);
        if (policy == QLatin1String("update")) {
            QCOMPARE(existing.company, QStringLiteral("Known Ltd"));
            QCOMPARE(tagNames(existing), QStringLiteral("web"));
            const auto jean = leadByLastName(QStringLiteral("Dupont"));
            // Row 3 (same email, other case) went into Jean: blanks filled,
            // lists united. Pierre, who only shares the phone, did not.
            QCOMPARE(jean->firstName, QStringLiteral("Jean"));
            QCOMPARE(jean->company, QStringLiteral("Acme SA"));
            QCOMPARE(jean->emails, QStringList{"jean.dupont@acme.example"});
            QVERIFY(leadByLastName(QStringLiteral("Durand")));
            QCOMPARE(jean->phones, QStringList{QStringLiteral("+33 1 23 45 67 89")});
            QCOMPARE(tagNames(*jean), QStringLiteral("salon,vip"));
        } else {
            QVERIFY(existing.company.isEmpty());
        }
    }

    void aPhoneIsADuplicateOnlyWithTheSameNameOrCompany()
    {
        // A switchboard shared by a whole company: its number alone matches
        // nobody; with the same last name or the same company it does.
        const qint64 stored = m_tw->addLead(LeadBuilder().named("Anne", "Martin").company("Globex").phone("+33 1 40 00 00 00"));
        const QString path = m_dir.filePath(QStringLiteral("phones.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,Company,Phone,Country\n"
                "Luc,Bernard,Initech,01 40 00 00 00,FR\n"  // same phone only: a new lead
                "Anna,MARTIN,,01.40.00.00.00,FR\n"         // same phone and last name
                "Paul,Roux,globex,+33140000000,FR\n"       // same phone and company
                "Eve,Blanc,Initech,0140000000,FR\n");      // same phone and company as Luc's row
        f.close();
        auto preview = ImportService(ws()).preview(path, ImportOptions{}, 10);
        QVERIFY2(preview, qPrintable(preview.errorText()));
        using A = ImportPreviewRow::Action;
        QList<A> actions;
        for (const ImportPreviewRow &r : preview->rows)
            actions << r.action;
        QCOMPARE(actions, (QList<A>{A::Create, A::Skip, A::Skip, A::Skip}));
        QCOMPARE(preview->rows.at(1).existingLeadId, stored);
        QVERIFY2(preview->rows.at(1).matchedOn.contains(QStringLiteral("last name")), qPrintable(preview->rows.at(1).matchedOn));
        QVERIFY2(preview->rows.at(2).matchedOn.contains(QStringLiteral("company")), qPrintable(preview->rows.at(2).matchedOn));
        QCOMPARE(preview->rows.at(3).duplicateLine, 2);
        const ImportSummary s = import(path);
        QCOMPARE(s.counts, (ImportCounts{4, 1, 0, 3, 0}));
    }

    void updateNeverOverwritesAndWritesTheTimeline()
    {
        Lead lead = LeadBuilder().named("", "Existing").company("Old Co").email("known@known.example");
        const qint64 id = m_tw->addLead(lead);
        const int before = int(ws().leads().history(id).size());
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Update;
        const ImportSummary s = import(data("duplicates.csv"), options);
        QCOMPARE(s.counts.updated, 2);
        const Lead after = *ws().leadRepository().find(id);
        QCOMPARE(after.company, QStringLiteral("Old Co")); // never overwritten
        QCOMPARE(after.firstName, QStringLiteral("Paul")); // a blank filled
        QStringList changed;
        for (const Activity &a : ws().leads().history(id).mid(before))
            changed << a.field;
        QVERIFY2(changed.contains(QStringLiteral("first_name")) && changed.contains(QStringLiteral("tags")),
                 qPrintable(changed.join(',')));
        QVERIFY(!changed.contains(QStringLiteral("company")));
        // The company the row had and the lead did not take is on its timeline.
        bool noted = false;
        for (const Activity &a : ws().leads().history(id).mid(before))
            noted = noted || (a.text.contains(QStringLiteral("Known Ltd")) && a.text.contains(QStringLiteral("Old Co")));
        QVERIFY(noted);

        // The same file again brings nothing new: every row is skipped.
        const ImportSummary again = import(data("duplicates.csv"), options);
        QCOMPARE(again.counts, (ImportCounts{6, 0, 0, 6, 0}));
    }

    void valuesForAllRows()
    {
        const qint64 sales = addUser(ws(), QStringLiteral("msmith"), QStringLiteral("Mary Smith"));
        QVERIFY(ws().references().add(RefKind::Source, QStringLiteral("Trade fair")));
        ImportOptions options;
        options.defaults = {QStringLiteral("Nurturing"), QStringLiteral("msmith"), QStringLiteral("trade FAIR"),
                            {QStringLiteral("Expo 2026"), QStringLiteral("vip")}};
        const ImportSummary s = import(data("duplicates.csv"), options);
        QCOMPARE(s.counts.imported, 5);
        for (const Lead &l : leads()) {
            QCOMPARE(l.statusId, statusId(ws(), QStringLiteral("Nurturing")));
            QCOMPARE(l.assignedTo, sales);
            QCOMPARE(ws().references().nameOf(RefKind::Source, l.sourceId), QStringLiteral("Trade fair"));
            QVERIFY2(tagNames(l).contains(QStringLiteral("Expo 2026,")) && tagNames(l).contains(QStringLiteral("vip")),
                     qPrintable(tagNames(l)));
            QCOMPARE(l.createdBy, ws().currentUserId());
        }
    }

    void wrongValuesForAllRowsFailBeforeAnything_data()
    {
        QTest::addColumn<ImportDefaults>("defaults");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown status") << ImportDefaults{"Sleeping", {}, {}, {}} << "status";
        QTest::addRow("lost status") << ImportDefaults{"Lost", {}, {}, {}} << "status";
        QTest::addRow("unknown owner") << ImportDefaults{{}, "nobody", {}, {}} << "assigned_to";
        QTest::addRow("unknown source") << ImportDefaults{{}, {}, "Nowhere", {}} << "source";
    }

    void wrongValuesForAllRowsFailBeforeAnything()
    {
        QFETCH(ImportDefaults, defaults);
        QFETCH(QString, field);
        ImportOptions options;
        options.defaults = defaults;
        options.defaults.tags = {QStringLiteral("Expo 2026")};
        auto r = ImportService(ws()).run(data("duplicates.csv"), options);
        QVERIFY(!r);
        QCOMPARE(fieldsOf(r.problems()), QStringList{field});
        QCOMPARE(count(QStringLiteral("leads")), 0);
        QCOMPARE(count(QStringLiteral("tags")), 0);
        QVERIFY(!QFile::exists(reportPath()));
    }

    void cancelLeavesNothingBehind()
    {
        const qint64 kept = m_tw->addLead(LeadBuilder().named("Keep", "Me").email("keep@me.example"));
        const QString file = generated(3000);
        ImportOptions options;
        options.reportPath = reportPath();
        options.defaults.tags = {QStringLiteral("Expo 2026")};
        int calls = 0;
        qint64 lastDone = 0;
        bool withinTotal = true;
        auto r = ImportService(ws()).run(file, options, [&](qint64 done, qint64 total) -> bool {
            lastDone = done;
            withinTotal = withinTotal && done <= total;
            return ++calls < 3; // cancel once 1,500 rows are in
        });
        QVERIFY(withinTotal);
        QVERIFY2(r, qPrintable(r.errorText()));
        QVERIFY(r->cancelled);
        QCOMPARE(calls, 3);
        QVERIFY(lastDone > 0);
        QCOMPARE(r->counts.read, 1500);
        // Nothing of the import stays: leads, contact points, functions and
        // tags it created, full-text entries, the report.
        QCOMPARE(ws().leadRepository().ids(LeadFilter{}), QList<qint64>{kept});
        QCOMPARE(count(QStringLiteral("lead_contact_points")), 1);
        QCOMPARE(count(QStringLiteral("functions")), 0);
        QCOMPARE(count(QStringLiteral("tags")), 0);
        QCOMPARE(count(QStringLiteral("leads_fts")), 1);
        QVERIFY(!QFile::exists(reportPath()));
        QCOMPARE(ws().database().transactionDepth(), 0);

        // And the import can run again, whole.
        auto again = ImportService(ws()).run(file, options);
        QVERIFY2(again, qPrintable(again.errorText()));
        QCOMPARE(again->counts, (ImportCounts{3000, 3000, 0, 0, 0}));
        QCOMPARE(count(QStringLiteral("functions")), 7);
        QCOMPARE(ws().leadRepository().ids(LeadFilter{}).size(), 3001);
    }

    void aFailedWriteRollsEverythingBack()
    {
        // A trigger makes the database refuse one row in the middle of the file.
        QVERIFY(injectFailure(ws(), QStringLiteral("BEFORE INSERT ON leads"), QStringLiteral("NEW.last_name = 'Dupont700'")));
        ImportOptions options;
        options.defaults.tags = {QStringLiteral("Expo 2026")};
        auto r = ImportService(ws()).run(generated(1000), options);
        QVERIFY(!r);
        QVERIFY2(r.errorText().contains(QStringLiteral("injected failure")), qPrintable(r.errorText()));
        QCOMPARE(count(QStringLiteral("leads")), 0);
        QCOMPARE(count(QStringLiteral("tags")), 0);
        QCOMPARE(count(QStringLiteral("functions")), 0);
        QCOMPARE(ws().database().transactionDepth(), 0);
    }

    void aRejectedRowCreatesNothing()
    {
        // Row 2 names a new function, tag, industry and marketing list but
        // breaks a rule (its email): none of them is created. Row 3 names
        // the same function and is accepted: it is created once, for it.
        const QString path = m_dir.filePath(QStringLiteral("side-effects.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,Email,Job Title,Tags,Industry,Marketing lists\n"
                "Bad,Row,not-an-email,Chief Dreamer,Fresh tag,Space mining,Spring list\n"
                "Good,Row,good@row.example,Chief Dreamer,,,\n");
        f.close();
        const qint64 functions = count(QStringLiteral("functions")), tags = count(QStringLiteral("tags"));
        const qint64 industries = count(QStringLiteral("industries")), lists = count(QStringLiteral("marketing_lists"));
        ImportOptions options;
        options.createMissing = true;
        const ImportSummary s = import(path, options);
        QCOMPARE(s.counts, (ImportCounts{2, 1, 0, 0, 1}));
        QVERIFY2(s.firstRejected.first().reason.contains(QStringLiteral("not-an-email")), qPrintable(s.firstRejected.first().reason));
        QCOMPARE(count(QStringLiteral("functions")), functions + 1);
        QCOMPARE(count(QStringLiteral("tags")), tags);
        QCOMPARE(count(QStringLiteral("industries")), industries);
        QCOMPARE(count(QStringLiteral("marketing_lists")), lists);
        const auto good = leadByLastName(QStringLiteral("Row"));
        QCOMPARE(ws().references().nameOf(RefKind::Function, good->functionId), QStringLiteral("Chief Dreamer"));
    }

    void valuesThatMatchNothing()
    {
        // Without --create-missing, an industry or source of the file that
        // Quarry does not know leaves the field empty and is reported; a
        // vendor's pipeline word finds the nearest status; the value map
        // decides first.
        const QString path = m_dir.filePath(QStringLiteral("values.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Last Name,Industry,Lead Source,Lead Status\n"
                "A,Healthcare,Web,Open\n"
                "B,Healthcare,Trade show,Working - Contacted\n"
                "C,Retail,Junk source,Closed - Converted\n");
        f.close();
        const ImportSummary plain = import(path);
        QCOMPARE(plain.counts, (ImportCounts{3, 3, 0, 0, 0}));
        QCOMPARE(leadByLastName(QStringLiteral("A"))->industryId, 0);
        QCOMPARE(ws().references().nameOf(RefKind::Source, leadByLastName(QStringLiteral("B"))->sourceId), QStringLiteral("Trade show"));
        QVERIFY(plain.leftEmpty.contains(LeftEmptyCount{QStringLiteral("industry"), QStringLiteral("Healthcare"), 2}));
        // A new lead cannot start converted: the default status, and said so.
        const Lead c = *leadByLastName(QStringLiteral("C"));
        QCOMPARE(c.statusId, ws().statuses().idOf(StatusRole::New));

        m_tw = std::make_unique<TestWorkspace>();
        ImportOptions options;
        options.mapping.setValueChoice(QStringLiteral("industry"), QStringLiteral("healthcare"),
                                       ImportValueChoice{ImportValueChoice::Action::Create, QStringLiteral("Health care")});
        options.mapping.setValueChoice(QStringLiteral("source"), QStringLiteral("Junk source"),
                                       ImportValueChoice{ImportValueChoice::Action::Map, QStringLiteral("Cold call")});
        options.mapping.setValueChoice(QStringLiteral("industry"), QStringLiteral("Retail"),
                                       ImportValueChoice{ImportValueChoice::Action::Empty, {}});
        const ImportSummary mapped = import(path, options);
        QCOMPARE(mapped.counts, (ImportCounts{3, 3, 0, 0, 0}));
        QCOMPARE(ws().references().nameOf(RefKind::Industry, leadByLastName(QStringLiteral("A"))->industryId), QStringLiteral("Health care"));
        QCOMPARE(leadByLastName(QStringLiteral("A"))->industryId, leadByLastName(QStringLiteral("B"))->industryId);
        QCOMPARE(ws().references().nameOf(RefKind::Source, leadByLastName(QStringLiteral("C"))->sourceId), QStringLiteral("Cold call"));
        QCOMPARE(leadByLastName(QStringLiteral("C"))->industryId, 0);
        for (const LeftEmptyCount &v : mapped.leftEmpty)
            QVERIFY2(v.fieldKey != QLatin1String("industry"), qPrintable(v.value)); // chosen, so not reported

        // --create-missing creates what names nothing.
        m_tw = std::make_unique<TestWorkspace>();
        ImportOptions create;
        create.createMissing = true;
        const ImportSummary created = import(path, create);
        QCOMPARE(created.counts.imported, 3);
        QCOMPARE(ws().references().nameOf(RefKind::Industry, leadByLastName(QStringLiteral("C"))->industryId), QStringLiteral("Retail"));
        QVERIFY(ws().references().resolve(RefKind::Source, QStringLiteral("Junk source"), false).value() > 0);

        // The value step's view of the same file.
        auto values = ImportService(ws()).values(path, ImportOptions{});
        QVERIFY2(values, qPrintable(values.errorText()));
        bool sawHealthcare = false;
        for (const ImportValueColumn &col : values.value())
            for (const ImportValueColumn::Value &v : col.values)
                if (col.fieldKey == QLatin1String("industry") && v.text == QLatin1String("Healthcare")) {
                    sawHealthcare = true;
                    QCOMPARE(v.rows, 2);
                    QCOMPARE(v.automatic.action, ImportValueChoice::Action::Map); // created by the import before
                }
        QVERIFY(sawHealthcare);
    }

    void previewWritesNothing()
    {
        m_tw->addLead(LeadBuilder().named("Paul", "Existing").email("known@known.example"));
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Update;
        options.defaults.tags = {QStringLiteral("Expo 2026")};
        auto preview = ImportService(ws()).preview(data("duplicates.csv"), options, 5);
        QVERIFY2(preview, qPrintable(preview.errorText()));
        const QList<ImportPreviewRow> &rows = preview->rows;
        QCOMPARE(rows.size(), 5);
        using A = ImportPreviewRow::Action;
        QList<A> actions;
        for (const ImportPreviewRow &r : rows)
            actions << r.action;
        QCOMPARE(actions, (QList<A>{A::Create, A::Create, A::Update, A::Create, A::Update}));
        QCOMPARE(rows.at(2).duplicateLine, 2);
        QCOMPARE(rows.at(2).matchedOn, QStringLiteral("same email jean.dupont@acme.example"));
        QCOMPARE(rows.at(4).existingLeadId, ws().leadRepository().ids(LeadFilter{}).first());
        QVERIFY(preview->notes.join(' ').contains(QStringLiteral("Expo 2026")));
        QVERIFY(rows.at(0).notes.join(' ').contains(QStringLiteral("salon"))); // a tag of the file, created too
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(count(QStringLiteral("leads")), 1);
        QCOMPARE(count(QStringLiteral("tags")), 0);

        auto broken = ImportService(ws()).preview(data("broken-quotes-short-rows.csv"), {}, 20);
        QVERIFY(broken);
        QCOMPARE(broken->rows.size(), 9);
        QCOMPARE(broken->rows.at(2).action, A::Reject);
        QVERIFY(!broken->rows.at(2).reason.isEmpty());
    }

    void nothingMappedFails()
    {
        ImportOptions options;
        options.mapping = ImportMapping(QList<ImportColumn>{{"Email", ""}, {"First Name", ""}, {"Last Name", ""},
                                                            {"Company", ""}, {"Phone", ""}, {"Country", ""}, {"Tags", ""}});
        auto r = ImportService(ws()).run(data("duplicates.csv"), options);
        QVERIFY(!r);
        QCOMPARE(fieldsOf(r.problems()), QStringList{QStringLiteral("mapping")});
        QVERIFY(!ImportService(ws()).run(m_dir.filePath(QStringLiteral("missing.csv")), {}));
    }

    void inspectShowsTheDetectedFormat()
    {
        auto info = ImportService::inspect(data("european-semicolon-cp1252.csv"));
        QVERIFY(info);
        QCOMPARE(info->format.delimiter, QLatin1Char(';'));
        QVERIFY(info->format.isWindows1252());
        QCOMPARE(info->headers.at(1), QStringLiteral("Prénom"));
        QCOMPARE(info->sampleRows.size(), 4);
        auto forced = ImportService::inspect(data("european-semicolon-cp1252.csv"), TableOptions{CsvFormat{QLatin1Char(','), "UTF-8", false}, {}, 0});
        QVERIFY2(forced, qPrintable(forced.errorText()));
        QCOMPARE(forced->format.delimiter, QLatin1Char(','));
    }

    void splitValidationGivesWhatLeadServiceGives_data()
    {
        // Status -1 stands for an open status (the workspace is made in init()).
        QTest::addColumn<Lead>("lead");
        QTest::addRow("fine") << LeadBuilder().named("A", "B").status(-1).build();
        QTest::addRow("no name, bad email, bad phone")
            << LeadBuilder().email("nope").phone("12").status(-1).score(9).build();
        QTest::addRow("no status") << LeadBuilder().named("A", "B").build();
        QTest::addRow("missing references")
            << LeadBuilder().named("A", "B").status(-1).source(999).tag(888).assignedTo(777).country(555).build();
        Lead product = LeadBuilder().named("A", "B").status(-1);
        product.productId = 42;
        product.budget = 10;
        product.contactLevel = QStringLiteral("influences");
        QTest::addRow("product without direction, budget, decision maker") << product;
    }

    void splitValidationGivesWhatLeadServiceGives()
    {
        QFETCH(Lead, lead);
        if (lead.statusId == -1)
            lead.statusId = statusId(ws(), QStringLiteral("To be processed"));
        QVERIFY(ws().options().set(QStringLiteral("required_fields"), QStringLiteral("source,phone")));
        ImportRowBuilder builder(ws(), ImportMapping(), false);
        auto sorted = [](Problems p) {
            std::sort(p.begin(), p.end(), [](const Problem &a, const Problem &b) {
                return std::pair(a.field, a.message) < std::pair(b.field, b.message);
            });
            return p;
        };
        const Problems expected = sorted(ws().leads().validate(lead));
        QCOMPARE(sorted(builder.validate(lead)), expected);
        QCOMPARE(sorted(builder.validate(lead)), expected); // from the cache
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
