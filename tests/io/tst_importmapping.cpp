// ImportMapping: headers of the usual exports matched to lead fields, saved
// mappings applied to a file, checks, and the JSON form.
#include "importmapping.h"
#include "leadfield.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestImportMapping : public QObject
{
    Q_OBJECT

private:
    /// "header=field" for each column, "" fields shown as "-".
    static QStringList pairs(const ImportMapping &m)
    {
        QStringList out;
        for (const ImportColumn &c : m.columns())
            out << c.header + QLatin1Char('=') + (c.field.isEmpty() ? QStringLiteral("-") : c.field);
        return out;
    }

private slots:
    void autoMatch_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("fields");

        QTest::addRow("Outlook contacts")
            << QStringList{"Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
                           "Business Street", "Business City", "Business State", "Business Postal Code",
                           "Business Country/Region", "Business Phone", "Business Phone 2", "Home Phone", "Mobile Phone",
                           "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "Notes", "Web Page",
                           "Categories"}
            // Recognised as Outlook's shape: its "Title" is a name prefix (the civility when it is one).
            << QStringList{"name_prefix", "first_name", "middle_name", "last_name", "name_suffix", "company", "department", "job_title",
                           "street", "city", "region", "postal_code", "country", "phone", "phone", "phone", "mobile",
                           "email", "", "", "email", "description", "website", "tags"};
        QTest::addRow("Google Contacts")
            << QStringList{"Name", "Given Name", "Additional Name", "Family Name", "Name Prefix", "Organization 1 - Name",
                           "Organization 1 - Title", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Value",
                           "Phone 1 - Type", "Phone 1 - Value", "Address 1 - Street", "Address 1 - City",
                           "Address 1 - Postal Code", "Address 1 - Country", "Group Membership"}
            // Recognised as Google's legacy shape: "Name" repeats the given and
            // family names, "Group Membership" holds the labels.
            << QStringList{"", "first_name", "middle_name", "last_name", "name_prefix", "company", "job_title", "",
                           "email", "email", "", "phone", "street", "city", "postal_code", "country", "tags"};
        QTest::addRow("Google Contacts (2023 export)")
            << QStringList{"First Name", "Middle Name", "Last Name", "Phonetic First Name", "Name Prefix", "Name Suffix",
                           "Nickname", "File As", "Organization Name", "Organization Title", "Organization Department",
                           "Birthday", "Notes", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Value",
                           "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Formatted", "Address 1 - Street",
                           "Address 1 - City", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
                           "Website 1 - Value"}
            << QStringList{"first_name", "middle_name", "last_name", "extras", "name_prefix", "name_suffix", "extras", "extras",
                           "company", "job_title", "department", "extras", "description", "", "email", "email", "",
                           "phone", "", "street", "city", "region", "postal_code", "country", "website"};
        QTest::addRow("Outlook contacts, French")
            << QStringList{"Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service", "Fonction",
                           "Rue (bureau)", "Ville (bureau)", "Dép/Région (bureau)", "Code postal (bureau)",
                           "Pays/Région (bureau)", "Rue (domicile)", "Téléphone (bureau)", "Téléphone 2 (bureau)",
                           "Téléphone (domicile)", "Tél. mobile", "Adresse de messagerie", "Type de messagerie",
                           "Nom complet de l'adresse de messagerie", "Adresse de messagerie 2", "Notes", "Page Web",
                           "Catégories"}
            << QStringList{"name_prefix", "first_name", "middle_name", "last_name", "name_suffix", "company", "department", "job_title",
                           "street", "city", "region", "postal_code", "country", "extras", "phone", "phone", "phone", "mobile",
                           "email", "", "", "email", "description", "website", "tags"};
        QTest::addRow("French spreadsheet")
            << QStringList{"Civilité", "Prénom", "Nom", "Société", "Fonction", "Courriel", "Téléphone", "Portable",
                           "Adresse", "Code postal", "Ville", "Pays", "Montant", "Commentaire", "Secteur d'activité",
                           "Étiquettes"}
            << QStringList{"civility", "first_name", "last_name", "company", "job_title", "email", "phone", "mobile",
                           "street", "postal_code", "city", "country", "extras", "description", "industry", "tags"};
        QTest::addRow("CRM lead export (title is the job title)")
            << QStringList{"Lead Owner", "Salutation", "First Name", "Last Name", "Title", "Company", "Email", "Phone",
                           "Lead Source", "Lead Status", "Industry", "Zip/Postal Code", "State/Province", "Email Opt Out",
                           "Do Not Call", "Description", "Rating"}
            << QStringList{"assigned_to", "civility", "first_name", "last_name", "job_title", "company", "email", "phone",
                           "source", "status", "industry", "postal_code", "region", "do_not_email", "do_not_call",
                           "description", "extras"};
        QTest::addRow("plain title is the lead's title")
            << QStringList{"Title", "Company", "E-mail"} << QStringList{"title", "company", "email"};
        QTest::addRow("Quarry's own export: keys win, system fields ignored")
            << QStringList{"id", "title", "civility", "first_name", "last_name", "email", "created_at", "status",
                           "assigned_to", "tags", "lost_reason"}
            << QStringList{"", "title", "civility", "first_name", "last_name", "email", "", "status", "assigned_to",
                           "tags", ""};
        QTest::addRow("case, spaces and punctuation do not matter")
            << QStringList{"  FIRST_NAME ", "e.mail", "ZIP CODE", "COMPANY-NAME"}
            << QStringList{"first_name", "email", "postal_code", "company"};
        QTest::addRow("unknown headers are kept as extras") << QStringList{"Foo", "Bar 2"} << QStringList{"extras", "extras"};
        QTest::addRow("numbered street lines")
            << QStringList{"Address line 1", "Address line 2", "Business Street 2", "Business Street 3", "Suffix", "Name Prefix"}
            << QStringList{"street", "street_2", "street_2", "street_2", "name_suffix", "name_prefix"};
    }

    void autoMatch()
    {
        QFETCH(QStringList, headers);
        QFETCH(QStringList, fields);
        const ImportMapping m = ImportMapping::autoMatch(headers);
        QCOMPARE(m.size(), headers.size());
        QStringList got;
        for (int i = 0; i < m.size(); ++i)
            got << m.field(i);
        QCOMPARE(got.join(QLatin1Char(',')), fields.join(QLatin1Char(',')));
        QCOMPARE(m.headers(), headers);
    }

    void aSingleFieldGoesToItsSurestColumn()
    {
        // The home street comes first, but the business street is the surer
        // match; the losers are kept as extras, not dropped.
        const ImportMapping m = ImportMapping::autoMatch({"Home Street", "Business Street", "City", "Town"});
        QCOMPARE(pairs(m), QStringList({"Home Street=extras", "Business Street=street", "City=city", "Town=extras"}));
        QVERIFY(m.check().isEmpty());
    }

    void listFieldsTakeSeveralColumns()
    {
        const ImportMapping m = ImportMapping::autoMatch({"Email", "Email 2", "Phone", "Home Phone", "Tags", "Labels"});
        QCOMPARE(pairs(m), QStringList({"Email=email", "Email 2=email", "Phone=phone", "Home Phone=phone", "Tags=tags",
                                        "Labels=tags"}));
        QVERIFY(m.check().isEmpty());
    }

    void valueMapRoundTripsThroughJson()
    {
        const QByteArray json = R"({"quarry_import_mapping": 1,
            "columns": [{"header": "Statut", "field": "status"}, {"header": "Secteur", "field": "industry"},
                        {"header": "Notes internes", "field": null}],
            "values": {"status": {"Open Deal": "Sales qualification", "Junk": null},
                       "industry": {"Healthcare": {"create": "Health care"}, "Retail": {"create": true}}}})";
        auto m = ImportMapping::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(m, qPrintable(m.errorText()));
        using A = ImportValueChoice::Action;
        QCOMPARE(m->valueChoice("status", "Open Deal"), (ImportValueChoice{A::Map, "Sales qualification"}));
        QCOMPARE(m->valueChoice("status", " open deal "), (ImportValueChoice{A::Map, "Sales qualification"})); // folded
        QCOMPARE(m->valueChoice("status", "Junk"), (ImportValueChoice{A::Empty, {}}));
        QCOMPARE(m->valueChoice("industry", "Healthcare"), (ImportValueChoice{A::Create, "Health care"}));
        QCOMPARE(m->valueChoice("industry", "Retail"), (ImportValueChoice{A::Create, "Retail"}));
        QVERIFY(!m->valueChoice("industry", "Mining"));
        QCOMPARE(m->unmappedHeaders(), QStringList{"Notes internes"});
        // Written and read again, it is the same mapping; applied to the
        // file, the values stay.
        auto again = ImportMapping::fromJson(m->toJson());
        QVERIFY(again);
        QCOMPARE(again.value(), m.value());
        QCOMPARE(m->appliedTo({"Statut", "Secteur", "Notes internes"}).values(), m->values());
    }

    void badValueMapsNameTheEntry()
    {
        auto notField = ImportMapping::fromJson(QJsonDocument::fromJson(R"({"columns": [], "values": {"colour": {"a": "b"}}})").object());
        QVERIFY(!notField);
        QVERIFY2(notField.errorText().contains(QStringLiteral("colour")), qPrintable(notField.errorText()));
        auto badChoice = ImportMapping::fromJson(QJsonDocument::fromJson(R"({"columns": [], "values": {"status": {"Open": 3}}})").object());
        QVERIFY(!badChoice);
        QVERIFY2(badChoice.errorText().contains(QStringLiteral("Open")), qPrintable(badChoice.errorText()));
    }

    void headersAreToldFromData()
    {
        QVERIFY(ImportMapping::recognisedHeaders({"First Name", "Last Name", "URL", "Email Address"}) >= 3);
        QVERIFY(ImportMapping::recognisedHeaders({"Notes:"}) < 2); // one word: never a header row by itself
        QCOMPARE(ImportMapping::recognisedHeaders({"Ann", "Lee", "ann@lee.example", "42"}), 0);
    }

    void savedMappingAppliedToAFile()
    {
        ImportMapping saved(QList<ImportColumn>{{"Courriel", "emails"}, {"Montant", ""}, {"Remarque", "requirements"}, {"Absent", "city"}});
        const ImportMapping m = saved.appliedTo({"Nom", "Courriel", "Montant", "Remarque", "Commentaire", "Ville"});
        // Named headers keep their field (aliases become keys, "" stays
        // ignored); the others are auto-matched.
        QCOMPARE(pairs(m), QStringList({"Nom=last_name", "Courriel=email", "Montant=-", "Remarque=requirements",
                                        "Commentaire=description", "Ville=city"}));
    }

    void anAutoMatchNeverTakesAFieldTheMappingGave()
    {
        ImportMapping saved(QList<ImportColumn>{{"Notes", "company"}});
        const ImportMapping m = saved.appliedTo({"Company", "Notes"});
        QCOMPARE(pairs(m), QStringList({"Company=extras", "Notes=company"}));
    }

    void repeatedHeadersTakeTheirOwnEntries()
    {
        ImportMapping saved(QList<ImportColumn>{{"Phone", "phone"}, {"Phone", "mobile"}});
        QCOMPARE(pairs(saved.appliedTo({"Phone", "Phone"})), QStringList({"Phone=phone", "Phone=mobile"}));
    }

    void check_data()
    {
        QTest::addColumn<QList<ImportColumn>>("columns");
        QTest::addColumn<QStringList>("columnsWithProblems");
        QTest::addRow("fine") << QList<ImportColumn>{{"A", "email"}, {"B", "email"}, {"C", "last_name"}, {"D", ""}}
                              << QStringList{};
        QTest::addRow("unknown field") << QList<ImportColumn>{{"A", "shoe_size"}} << QStringList{"A"};
        QTest::addRow("system field") << QList<ImportColumn>{{"A", "created_at"}, {"B", "id"}} << QStringList{"A", "B"};
        QTest::addRow("one field twice") << QList<ImportColumn>{{"A", "company"}, {"B", "company"}} << QStringList{"B"};
        QTest::addRow("full name twice") << QList<ImportColumn>{{"A", "full_name"}, {"B", "full_name"}} << QStringList{"B"};
    }

    void check()
    {
        QFETCH(QList<ImportColumn>, columns);
        QFETCH(QStringList, columnsWithProblems);
        QStringList got;
        for (const Problem &p : ImportMapping(columns).check()) {
            got << p.field;
            QVERIFY2(p.message.contains(p.field), qPrintable(p.message));
        }
        QCOMPARE(got, columnsWithProblems);
    }

    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        const ImportMapping m(QList<ImportColumn>{{"Courriel", "email"}, {"Montant", ""}, {"Nom complet", "full_name"}, {"Phone", "phone"},
                               {"Phone", "phone"}});
        QVERIFY(m.save(path, QString()));
        auto loaded = ImportMapping::load(path);
        QVERIFY2(loaded, qPrintable(loaded.errorText()));
        QCOMPARE(loaded.value(), m);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value("quarry_import_mapping").toInt(), 1);
        QVERIFY(json.value("columns").toArray().at(1).toObject().value("field").isNull());
    }

    void jsonPlainObjectForm()
    {
        const auto doc = QJsonDocument::fromJson(R"({"Courriel": "emails", "Fonction": "function", "Montant": null})");
        auto m = ImportMapping::fromJson(doc.object());
        QVERIFY2(m, qPrintable(m.errorText()));
        QCOMPARE(m->appliedTo({"Courriel", "Fonction", "Montant"}).columns(),
                 (QList<ImportColumn>{{"Courriel", "email"}, {"Fonction", "job_title"}, {"Montant", ""}}));
    }

    void jsonProblemsNameTheColumn()
    {
        const auto doc = QJsonDocument::fromJson(R"({"columns": [{"header": "Size", "field": "shoe_size"},
                                                                  {"header": "Age", "field": 42}]})");
        auto m = ImportMapping::fromJson(doc.object());
        QVERIFY(!m);
        QCOMPARE(m.problems().size(), 2);
        QCOMPARE(m.problems().at(0).field, QStringLiteral("Size"));
        QCOMPARE(m.problems().at(1).field, QStringLiteral("Age"));
    }

    void loadReportsAMissingOrBrokenFile()
    {
        QTemporaryDir dir;
        QVERIFY(!ImportMapping::load(dir.filePath(QStringLiteral("none.json"))));
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        auto m = ImportMapping::load(f.fileName());
        QVERIFY(!m);
        QVERIFY(m.errorText().contains(QStringLiteral("broken.json")));
    }

    void targetFieldsAreTheFieldsUsersType()
    {
        const QStringList targets = ImportMapping::targetFields();
        QVERIFY(targets.contains(ImportMapping::FullName));
        QVERIFY(targets.contains(QStringLiteral("email")));
        QVERIFY(!targets.contains(QStringLiteral("id")));
        QVERIFY(!targets.contains(QStringLiteral("created_at")));
        QVERIFY(ImportMapping::acceptsSeveralColumns(QStringLiteral("tags")));
        QVERIFY(!ImportMapping::acceptsSeveralColumns(QStringLiteral("company")));
        QVERIFY(!ImportMapping::targetLabel(ImportMapping::FullName).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
