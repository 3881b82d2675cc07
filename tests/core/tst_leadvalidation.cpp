// LeadService::validate: every rule of a lead, accepted and refused, each
// refusal naming its field. The rules live in the core, so create() and
// update() refuse what validate() refuses.
#include "testhelpers.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <limits>

class TestLeadValidation : public QObject
{
    Q_OBJECT

private:
    using Mutation = std::function<void(Lead &)>;

    std::unique_ptr<TestWorkspace> m_tw;
    QHash<QString, Mutation> m_mutations;
    qint64 m_fr = 0, m_fleet = 0, m_energy = 0, m_vans = 0, m_solar = 0, m_agency = 0, m_team = 0;
    qint64 m_acme = 0, m_globex = 0, m_acmeContact = 0, m_globexContact = 0, m_freeContact = 0;
    qint64 m_active = 0, m_inactive = 0, m_tag = 0, m_source = 0;

    Workspace &ws() { return m_tw->ws(); }

    qint64 sqlInsert(const QString &sql)
    {
        QSqlQuery q(ws().database().connection());
        if (!q.exec(sql))
            qFatal("setup query failed: %s", qPrintable(sql));
        return q.lastInsertId().toLongLong();
    }

    Lead baseLead() const { return LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).build(); }

    /// Registers a named change to the base lead (rows of the data tables refer to it by name).
    void on(const QString &name, Mutation m) { m_mutations.insert(name, std::move(m)); }

    void buildMutations();

    static void addRows(const QStringList &names, const QString &field)
    {
        for (const QString &n : names)
            QTest::addRow("%s", qPrintable(n)) << n << field;
    }

private slots:
    void initTestCase()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));
        m_fleet = ws().references().add(RefKind::SalesDirection, QStringLiteral("Fleet")).value().id;
        m_energy = ws().references().add(RefKind::SalesDirection, QStringLiteral("Energy")).value().id;
        m_vans = ws().references().add(RefKind::Product, ReferenceItem{0, QStringLiteral("Vans"), {}, {}, m_fleet}).value().id;
        m_solar = ws().references().add(RefKind::Product, ReferenceItem{0, QStringLiteral("Solar panels"), {}, {}, m_energy}).value().id;
        m_agency = ws().references().add(RefKind::Agency, QStringLiteral("Lyon agency")).value().id;
        m_team = ws().references().add(RefKind::Team, QStringLiteral("North")).value().id;
        m_tag = ws().references().add(RefKind::Tag, ReferenceItem{0, QStringLiteral("VIP"), QStringLiteral("#ff0000")}).value().id;
        m_source = ws().references().list(RefKind::Source).first().id;
        m_acme = sqlInsert(QStringLiteral("INSERT INTO partners (name, name_key, created_at) VALUES ('Acme', 'acme', '2026-01-01')"));
        m_globex = sqlInsert(QStringLiteral("INSERT INTO partners (name, name_key, created_at) VALUES ('Globex', 'globex', '2026-01-01')"));
        m_acmeContact = sqlInsert(QStringLiteral("INSERT INTO contacts (partner_id, last_name, created_at) VALUES (%1, 'Roadrunner', '2026-01-01')").arg(m_acme));
        m_globexContact = sqlInsert(QStringLiteral("INSERT INTO contacts (partner_id, last_name, created_at) VALUES (%1, 'Scorpio', '2026-01-01')").arg(m_globex));
        m_freeContact = sqlInsert(QStringLiteral("INSERT INTO contacts (last_name, created_at) VALUES ('Alone', '2026-01-01')"));
        User active;
        active.login = QStringLiteral("alice");
        active.name = QStringLiteral("Alice Martin");
        m_active = ws().users().add(active).value().id;
        User inactive;
        inactive.login = QStringLiteral("bob");
        inactive.name = QStringLiteral("Bob Left");
        inactive.active = false;
        m_inactive = ws().users().add(inactive).value().id;
        QVERIFY(ws().users().setTeamMembers(m_team, {m_active}).ok());
        buildMutations();
    }

    void cleanup()
    {
        // Options some rows turn on go back to their defaults.
        QVERIFY(ws().options().set(QStringLiteral("agencies_management"), QStringLiteral("no")).ok());
        QVERIFY(ws().options().set(QStringLiteral("required_fields"), QString()).ok());
        QVERIFY(ws().options().set(QStringLiteral("assign_team_members_only"), QStringLiteral("no")).ok());
    }

    void cleanupTestCase() { m_tw.reset(); }

    void accepts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("field");
        addRows({QStringLiteral("last name only"), QStringLiteral("company only"), QStringLiteral("several emails"),
                 QStringLiteral("billing emails"), QStringLiteral("French phone in France"),
                 QStringLiteral("international phone, no country"), QStringLiteral("several phones"),
                 QStringLiteral("valid mobile"), QStringLiteral("TIN of 9 digits"), QStringLiteral("TIN of 10 digits"),
                 QStringLiteral("TIN of 12 digits"), QStringLiteral("TIN with spaces"), QStringLiteral("TIN with dots and dashes"),
                 QStringLiteral("bare domain website"), QStringLiteral("https website with path"), QStringLiteral("http website"),
                 QStringLiteral("score 0"), QStringLiteral("score 5"), QStringLiteral("coordinates"),
                 QStringLiteral("coordinates at the bounds"), QStringLiteral("amounts of zero"), QStringLiteral("budget when budget is set"),
                 QStringLiteral("every choice key"), QStringLiteral("product of its sales direction"),
                 QStringLiteral("sales direction without product"), QStringLiteral("decides alone, no decision maker"),
                 QStringLiteral("decides with others, decision maker named"), QStringLiteral("agency with agencies management"),
                 QStringLiteral("contact of the partner"), QStringLiteral("contact without a partner of its own"),
                 QStringLiteral("contact without partner on the lead"), QStringLiteral("channel contact of the channel partner"),
                 QStringLiteral("required field given"), QStringLiteral("active user"), QStringLiteral("team member with team-only option"),
                 QStringLiteral("existing tag"), QStringLiteral("existing country"), QStringLiteral("existing source")},
                QString());
    }
    void accepts()
    {
        QFETCH(QString, scenario);
        QVERIFY2(m_mutations.contains(scenario), qPrintable(scenario));
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        m_mutations.value(scenario)(lead);
        const Problems problems = ws().leads().validate(lead);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        // and the service saves it
        auto saved = ws().leads().create(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("field");
        addRows({QStringLiteral("neither last name nor company"), QStringLiteral("only spaces in names")}, QStringLiteral("last_name"));
        addRows({QStringLiteral("email without @"), QStringLiteral("email with a space"), QStringLiteral("email without domain dot"),
                 QStringLiteral("second email invalid")},
                QStringLiteral("email"));
        addRows({QStringLiteral("invalid billing email")}, QStringLiteral("billing_email"));
        addRows({QStringLiteral("phone too short"), QStringLiteral("phone of letters")}, QStringLiteral("phone"));
        addRows({QStringLiteral("invalid mobile")}, QStringLiteral("mobile"));
        addRows({QStringLiteral("TIN of 8 digits"), QStringLiteral("TIN of 11 digits"), QStringLiteral("TIN of 13 digits"),
                 QStringLiteral("TIN with letters")},
                QStringLiteral("tin"));
        addRows({QStringLiteral("website with a space"), QStringLiteral("ftp website"), QStringLiteral("website without a dot")},
                QStringLiteral("website"));
        addRows({QStringLiteral("score -1"), QStringLiteral("score 6")}, QStringLiteral("score"));
        addRows({QStringLiteral("latitude 91"), QStringLiteral("longitude without latitude")}, QStringLiteral("latitude"));
        addRows({QStringLiteral("longitude -181"), QStringLiteral("latitude without longitude")}, QStringLiteral("longitude"));
        addRows({QStringLiteral("negative estimated amount")}, QStringLiteral("estimated_amount"));
        addRows({QStringLiteral("negative budget"), QStringLiteral("budget without budget set")}, QStringLiteral("budget"));
        addRows({QStringLiteral("negative deal value")}, QStringLiteral("deal_value"));
        addRows({QStringLiteral("unknown civility")}, QStringLiteral("civility"));
        addRows({QStringLiteral("unknown terms")}, QStringLiteral("terms"));
        addRows({QStringLiteral("unknown billing type")}, QStringLiteral("billing_type"));
        addRows({QStringLiteral("unknown contact level")}, QStringLiteral("contact_level"));
        addRows({QStringLiteral("unknown industry")}, QStringLiteral("industry"));
        addRows({QStringLiteral("unknown tag")}, QStringLiteral("tags"));
        addRows({QStringLiteral("unknown country")}, QStringLiteral("country"));
        addRows({QStringLiteral("unknown partner")}, QStringLiteral("partner"));
        addRows({QStringLiteral("product of another direction"), QStringLiteral("product without a direction")}, QStringLiteral("product"));
        addRows({QStringLiteral("decides with others, no decision maker"), QStringLiteral("influences, blank decision maker")},
                QStringLiteral("decision_maker"));
        addRows({QStringLiteral("agency without agencies management")}, QStringLiteral("agency"));
        addRows({QStringLiteral("contact of another partner")}, QStringLiteral("contact"));
        addRows({QStringLiteral("channel contact of another partner")}, QStringLiteral("channel_contact"));
        addRows({QStringLiteral("required source missing")}, QStringLiteral("source"));
        addRows({QStringLiteral("inactive user"), QStringLiteral("unknown user"), QStringLiteral("not a team member with team-only option")},
                QStringLiteral("assigned_to"));
        addRows({QStringLiteral("unknown status")}, QStringLiteral("status"));
    }
    void refuses()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, field);
        QVERIFY2(m_mutations.contains(scenario), qPrintable(scenario));
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        m_mutations.value(scenario)(lead);
        const Problems problems = ws().leads().validate(lead);
        QVERIFY2(!problems.isEmpty(), qPrintable(scenario));
        for (const Problem &p : problems) {
            QVERIFY2(p.field == field, qPrintable(QStringLiteral("expected only %1, got %2").arg(field, describe(problems))));
            QVERIFY(!p.message.isEmpty());
        }
        // create() refuses it with the same problems and writes nothing.
        const qint64 before = ws().leadRepository().count(LeadFilter{});
        auto saved = ws().leads().create(lead);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.problems(), problems);
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), before);
    }

    // ---- the shape of values (FieldLimits): numbers, control characters, lengths

    void refusesNumbersThatAreNotAmounts_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::addRow("NaN estimated amount") << "estimated_amount" << nan << "Estimated amount must be a number.";
        QTest::addRow("infinite estimated amount") << "estimated_amount" << inf
                                                   << QStringLiteral("Estimated amount must be between -%1 and %1.").arg(QLocale().toString(1e15, 'f', 0));
        QTest::addRow("infinite budget") << "budget" << inf << "Budget must be between";
        QTest::addRow("NaN deal value") << "deal_value" << nan << "Deal value must be a number.";
        QTest::addRow("-infinite deal value") << "deal_value" << -inf << "Deal value must be between";
        QTest::addRow("deal value beyond 1e15") << "deal_value" << 1.5e15 << "Deal value must be between";
        QTest::addRow("NaN latitude") << "latitude" << nan << "Latitude must be a number.";
        QTest::addRow("NaN longitude") << "longitude" << nan << "Longitude must be a number.";
    }
    void refusesNumbersThatAreNotAmounts()
    {
        // As the UI or a Lead built in code hands them to the service.
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, message);
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        lead.budgetSet = true;
        if (field == QLatin1String("latitude") || field == QLatin1String("longitude"))
            lead.latitude = lead.longitude = 10.0; // the other one valid
        leadField(field)->set(lead, value);
        const Problems problems = ws().leads().validate(lead);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
        for (const Problem &p : problems) // -inf is negative too
            QCOMPARE(p.field, field);
        const qint64 before = ws().leadRepository().count(LeadFilter{});
        QVERIFY(!ws().leads().create(lead).ok());
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), before);
    }

    void refusesControlCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("ESC in last name") << "last_name" << QStringLiteral("A\x1b[31mB")
                                          << "Last name holds a control character (U+001B) at position 2.";
        QTest::addRow("NUL in company") << "company" << QStringLiteral("Acme").append(QChar(0)).append(u"SA")
                                        << "Company holds a control character (U+0000) at position 5.";
        QTest::addRow("TAB in first name") << "first_name" << QStringLiteral("Je\tan") << "First name holds a control character (U+0009)";
        QTest::addRow("LF in title") << "title" << QStringLiteral("Fleet\nrenewal") << "Title holds a control character (U+000A)";
        QTest::addRow("CR in city") << "city" << QStringLiteral("Ly\ron") << "City holds a control character (U+000D)";
        QTest::addRow("DEL in street") << "street" << QStringLiteral("1 rue\x7f") << "Street holds a control character (U+007F)";
        QTest::addRow("C1 CSI in region") << "region" << QStringLiteral("Rh\u009bne") << "Region holds a control character (U+009B)";
        QTest::addRow("ESC in an email") << "email" << QStringLiteral("jean\x1b@acme.fr") << "Emails holds a control character (U+001B)";
        QTest::addRow("NUL in a phone") << "phone" << QStringLiteral("0123").append(QChar(0)).append(u"456789")
                                        << "Phones holds a control character (U+0000)";
        QTest::addRow("ESC in a choice") << "civility" << QStringLiteral("mr\x1b") << "Civility holds a control character (U+001B)";
        QTest::addRow("NUL in description") << "description" << QStringLiteral("<p>a").append(QChar(0)).append(u"</p>")
                                            << "Description holds a control character (U+0000) at position 5.";
        QTest::addRow("ESC in description") << "description" << QStringLiteral("<p>\x1b[2J</p>") << "Description holds a control character (U+001B)";
        QTest::addRow("BEL in requirements") << "requirements" << QStringLiteral("ring\x07") << "Customer requirements holds a control character (U+0007)";
    }
    void refusesControlCharacters()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        const LeadField *f = leadField(field);
        f->set(lead, f->isList() ? QVariant(QStringList{value}) : QVariant(value));
        const Problems problems = ws().leads().validate(lead);
        QVERIFY2(!problems.isEmpty(), qPrintable(field));
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
        for (const Problem &p : problems)
            QCOMPARE(p.field, field);
        QVERIFY(!ws().leads().create(lead).ok());
    }

    void multiLineTextTakesTabsAndLineBreaks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addRow("TAB, LF and CR in description") << "description" << QStringLiteral("<p>one\ttwo</p>\r\n<p>three</p>\n");
        QTest::addRow("LF in requirements") << "requirements" << QStringLiteral("first\nsecond");
        QTest::addRow("TAB in deal comment") << "deal_comment" << QStringLiteral("price:\t10k");
        QTest::addRow("second address line in street") << "street" << QStringLiteral("12 rue de la Paix\nBâtiment B");
    }
    void multiLineTextTakesTabsAndLineBreaks()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        leadField(field)->set(lead, value);
        const Problems problems = ws().leads().validate(lead);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void limitsLengths_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QString a(QLatin1Char('a'));
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one character, two UTF-16 units
        QTest::addRow("last name of 200") << "last_name" << a.repeated(200) << QString();
        QTest::addRow("last name of 201") << "last_name" << a.repeated(201) << "Last name is longer than 200 characters (201).";
        QTest::addRow("last name of 1 MiB") << "last_name" << a.repeated(1 << 20) << QStringLiteral("Last name is longer than 200 characters (%L1).").arg(1 << 20);
        QTest::addRow("last name of 200 emoji") << "last_name" << emoji.repeated(200) << QString();
        QTest::addRow("company of 201") << "company" << a.repeated(201) << "Company is longer than 200 characters (201).";
        QTest::addRow("street of 500") << "street" << a.repeated(500) << QString();
        QTest::addRow("street of 501") << "street" << a.repeated(501) << "Street is longer than 500 characters (501).";
        QTest::addRow("email of 254") << "email" << a.repeated(248) + QStringLiteral("@ac.fr") << QString();
        QTest::addRow("email of 255") << "email" << a.repeated(249) + QStringLiteral("@ac.fr") << "Emails is longer than 254 characters (255).";
        QTest::addRow("external id of 101") << "external_client_id" << a.repeated(101)
                                            << "External client ID is longer than 100 characters (101).";
        QTest::addRow("description of 1 MiB") << "description" << a.repeated(1 << 20) << QString();
        QTest::addRow("description of 1 MiB + 1") << "description" << a.repeated((1 << 20) + 1)
                                                  << QStringLiteral("Description is longer than %L1 characters (%L2).").arg(1 << 20).arg((1 << 20) + 1);
    }
    void limitsLengths()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        if (field == QLatin1String("last_name"))
            lead.company = QStringLiteral("Acme"); // a last name of 200 emoji is still a name
        const LeadField *f = leadField(field);
        f->set(lead, f->isList() ? QVariant(QStringList{value}) : QVariant(value));
        const Problems problems = ws().leads().validate(lead);
        if (message.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems).left(300)));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, field);
        QCOMPARE(problems.first().message, message);
    }

    void messagesNameTheValue()
    {
        Lead lead = baseLead();
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        lead.emails = {QStringLiteral("jean.dupont")};
        lead.tin = QStringLiteral("12345");
        lead.website = QStringLiteral("not a site");
        const Problems p = ws().leads().validate(lead);
        QCOMPARE(p.size(), 3);
        QVERIFY(p[0].message.contains(QStringLiteral("jean.dupont")));
        QVERIFY(p[1].message.contains(QStringLiteral("12345")));
        QVERIFY(p[1].message.contains(QStringLiteral("9, 10 or 12")));
        QVERIFY(p[2].message.contains(QStringLiteral("not a site")));
        QVERIFY(describe(p).startsWith(QStringLiteral("email: ")));
    }

    void reportsEveryProblemAtOnce()
    {
        Lead lead;
        lead.statusId = ws().statuses().idOf(StatusRole::New);
        lead.emails = {QStringLiteral("x")};
        lead.score = 9;
        lead.tin = QStringLiteral("1");
        const Problems p = ws().leads().validate(lead);
        QStringList fields;
        for (const Problem &pr : p)
            fields << pr.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("tin"), QStringLiteral("score")}));
    }

    void updateRefusesWhatValidateRefuses()
    {
        const qint64 id = m_tw->addLead(baseLead());
        QVERIFY(id);
        Lead lead = *ws().leadRepository().find(id);
        lead.score = 7;
        lead.emails = {QStringLiteral("bad")};
        auto saved = ws().leads().update(lead);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.problems().size(), 2);
        const Lead stored = *ws().leadRepository().find(id);
        QCOMPARE(stored.score, 0);
        QVERIFY(stored.emails.isEmpty());
    }

    void inputIsTrimmedBeforeValidation()
    {
        Lead lead = baseLead();
        lead.emails = {QStringLiteral("  a@b.fr "), QString(), QStringLiteral("a@b.fr")};
        lead.phones = {QStringLiteral("  "), QStringLiteral("+33 1 23 45 67 89")};
        lead.lastName = QStringLiteral("  Dupont ");
        auto saved = ws().leads().create(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(saved->lead.emails, QStringList{QStringLiteral("a@b.fr")});
        QCOMPARE(saved->lead.phones, QStringList{QStringLiteral("+33 1 23 45 67 89")});
        QCOMPARE(saved->lead.lastName, QStringLiteral("Dupont"));
    }
};

void TestLeadValidation::buildMutations()
{
    const auto setOption = [this](const char *key, const char *value) {
        if (!ws().options().set(QString::fromLatin1(key), QString::fromLatin1(value)).ok())
            qFatal("cannot set option %s", key);
    };
    // accepted
    on(QStringLiteral("last name only"), [](Lead &l) { l.firstName.clear(); });
    on(QStringLiteral("company only"), [](Lead &l) { l.firstName.clear(); l.lastName.clear(); l.company = QStringLiteral("Acme"); });
    on(QStringLiteral("several emails"), [](Lead &l) { l.emails = {QStringLiteral("jean@acme.fr"), QStringLiteral("j.dupont+crm@mail.example.co.uk")}; });
    on(QStringLiteral("billing emails"), [](Lead &l) { l.billingEmails = {QStringLiteral("billing@acme.fr")}; });
    on(QStringLiteral("French phone in France"), [this](Lead &l) { l.countryId = m_fr; l.phones = {QStringLiteral("01.23.45.67.89")}; });
    on(QStringLiteral("international phone, no country"), [](Lead &l) { l.phones = {QStringLiteral("+33 1 23 45 67 89")}; });
    on(QStringLiteral("several phones"), [this](Lead &l) { l.countryId = m_fr; l.phones = {QStringLiteral("0033123456789"), QStringLiteral("06 12 34 56 78")}; });
    on(QStringLiteral("valid mobile"), [this](Lead &l) { l.countryId = m_fr; l.mobile = QStringLiteral("06 12 34 56 78"); });
    on(QStringLiteral("TIN of 9 digits"), [](Lead &l) { l.tin = QStringLiteral("123456789"); });
    on(QStringLiteral("TIN of 10 digits"), [](Lead &l) { l.tin = QStringLiteral("1234567890"); });
    on(QStringLiteral("TIN of 12 digits"), [](Lead &l) { l.tin = QStringLiteral("123456789012"); });
    on(QStringLiteral("TIN with spaces"), [](Lead &l) { l.tin = QStringLiteral("123 456 789"); });
    on(QStringLiteral("TIN with dots and dashes"), [](Lead &l) { l.tin = QStringLiteral("12.345-678.90"); });
    on(QStringLiteral("bare domain website"), [](Lead &l) { l.website = QStringLiteral("acme.fr"); });
    on(QStringLiteral("https website with path"), [](Lead &l) { l.website = QStringLiteral("https://www.acme.fr/contact?x=1"); });
    on(QStringLiteral("http website"), [](Lead &l) { l.website = QStringLiteral("http://acme.example.com"); });
    on(QStringLiteral("score 0"), [](Lead &l) { l.score = 0; });
    on(QStringLiteral("score 5"), [](Lead &l) { l.score = 5; });
    on(QStringLiteral("coordinates"), [](Lead &l) { l.latitude = 48.8566; l.longitude = 2.3522; });
    on(QStringLiteral("coordinates at the bounds"), [](Lead &l) { l.latitude = -90.0; l.longitude = 180.0; });
    on(QStringLiteral("amounts of zero"), [](Lead &l) { l.estimatedAmount = 0.0; l.dealValue = 0.0; });
    on(QStringLiteral("budget when budget is set"), [](Lead &l) { l.budgetSet = true; l.budget = 12000.0; });
    on(QStringLiteral("every choice key"), [](Lead &l) {
        l.civility = QStringLiteral("mr");
        l.companySize = QStringLiteral("51-200");
        l.procurementProcedure = QStringLiteral("tender");
        l.decisionLevel = QStringLiteral("board");
        l.terms = QStringLiteral("3_6_months");
        l.contactLevel = QStringLiteral("decides_alone");
        l.billingType = QStringLiteral("prepaid");
    });
    on(QStringLiteral("product of its sales direction"), [this](Lead &l) { l.salesDirectionId = m_fleet; l.productId = m_vans; });
    on(QStringLiteral("sales direction without product"), [this](Lead &l) { l.salesDirectionId = m_energy; });
    on(QStringLiteral("decides alone, no decision maker"), [](Lead &l) { l.contactLevel = QStringLiteral("decides_alone"); });
    on(QStringLiteral("decides with others, decision maker named"), [](Lead &l) {
        l.contactLevel = QStringLiteral("decides_with_others");
        l.decisionMaker = QStringLiteral("Mrs. Chief");
    });
    on(QStringLiteral("agency with agencies management"), [this, setOption](Lead &l) {
        setOption("agencies_management", "yes");
        l.agencyId = m_agency;
    });
    on(QStringLiteral("contact of the partner"), [this](Lead &l) { l.partnerId = m_acme; l.contactId = m_acmeContact; });
    on(QStringLiteral("contact without a partner of its own"), [this](Lead &l) { l.partnerId = m_acme; l.contactId = m_freeContact; });
    on(QStringLiteral("contact without partner on the lead"), [this](Lead &l) { l.contactId = m_globexContact; });
    on(QStringLiteral("channel contact of the channel partner"), [this](Lead &l) { l.channelPartnerId = m_globex; l.channelContactId = m_globexContact; });
    on(QStringLiteral("required field given"), [this, setOption](Lead &l) {
        setOption("required_fields", "source");
        l.sourceId = m_source;
    });
    on(QStringLiteral("active user"), [this](Lead &l) { l.assignedTo = m_active; });
    on(QStringLiteral("team member with team-only option"), [this, setOption](Lead &l) {
        setOption("assign_team_members_only", "yes");
        l.teamId = m_team;
        l.assignedTo = m_active;
    });
    on(QStringLiteral("existing tag"), [this](Lead &l) { l.tagIds = {m_tag}; });
    on(QStringLiteral("existing country"), [this](Lead &l) { l.countryId = m_fr; });
    on(QStringLiteral("existing source"), [this](Lead &l) { l.sourceId = m_source; });

    // refused
    on(QStringLiteral("neither last name nor company"), [](Lead &l) { l.lastName.clear(); l.company.clear(); });
    on(QStringLiteral("only spaces in names"), [](Lead &l) { l.lastName = QStringLiteral("   "); l.company = QStringLiteral(" "); });
    on(QStringLiteral("email without @"), [](Lead &l) { l.emails = {QStringLiteral("jean.dupont.acme.fr")}; });
    on(QStringLiteral("email with a space"), [](Lead &l) { l.emails = {QStringLiteral("jean dupont@acme.fr")}; });
    on(QStringLiteral("email without domain dot"), [](Lead &l) { l.emails = {QStringLiteral("jean@acme")}; });
    on(QStringLiteral("second email invalid"), [](Lead &l) { l.emails = {QStringLiteral("ok@acme.fr"), QStringLiteral("@acme.fr")}; });
    on(QStringLiteral("invalid billing email"), [](Lead &l) { l.billingEmails = {QStringLiteral("billing")}; });
    on(QStringLiteral("phone too short"), [this](Lead &l) { l.countryId = m_fr; l.phones = {QStringLiteral("12")}; });
    on(QStringLiteral("phone of letters"), [](Lead &l) { l.phones = {QStringLiteral("call the office")}; });
    on(QStringLiteral("invalid mobile"), [this](Lead &l) { l.countryId = m_fr; l.mobile = QStringLiteral("06"); });
    on(QStringLiteral("TIN of 8 digits"), [](Lead &l) { l.tin = QStringLiteral("12345678"); });
    on(QStringLiteral("TIN of 11 digits"), [](Lead &l) { l.tin = QStringLiteral("12345678901"); });
    on(QStringLiteral("TIN of 13 digits"), [](Lead &l) { l.tin = QStringLiteral("1234567890123"); });
    on(QStringLiteral("TIN with letters"), [](Lead &l) { l.tin = QStringLiteral("FR123456789"); });
    on(QStringLiteral("website with a space"), [](Lead &l) { l.website = QStringLiteral("acme .fr"); });
    on(QStringLiteral("ftp website"), [](Lead &l) { l.website = QStringLiteral("ftp://acme.fr"); });
    on(QStringLiteral("website without a dot"), [](Lead &l) { l.website = QStringLiteral("http://intranet"); });
    on(QStringLiteral("score -1"), [](Lead &l) { l.score = -1; });
    on(QStringLiteral("score 6"), [](Lead &l) { l.score = 6; });
    on(QStringLiteral("latitude 91"), [](Lead &l) { l.latitude = 91.0; l.longitude = 0.0; });
    on(QStringLiteral("longitude -181"), [](Lead &l) { l.latitude = 0.0; l.longitude = -181.0; });
    on(QStringLiteral("latitude without longitude"), [](Lead &l) { l.latitude = 45.0; });
    on(QStringLiteral("longitude without latitude"), [](Lead &l) { l.longitude = 5.0; });
    on(QStringLiteral("negative estimated amount"), [](Lead &l) { l.estimatedAmount = -1.0; });
    on(QStringLiteral("negative budget"), [](Lead &l) { l.budgetSet = true; l.budget = -5.0; });
    on(QStringLiteral("budget without budget set"), [](Lead &l) { l.budget = 1000.0; });
    on(QStringLiteral("negative deal value"), [](Lead &l) { l.dealValue = -0.01; });
    on(QStringLiteral("unknown civility"), [](Lead &l) { l.civility = QStringLiteral("sir"); });
    on(QStringLiteral("unknown terms"), [](Lead &l) { l.terms = QStringLiteral("someday"); });
    on(QStringLiteral("unknown billing type"), [](Lead &l) { l.billingType = QStringLiteral("barter"); });
    on(QStringLiteral("unknown contact level"), [](Lead &l) { l.contactLevel = QStringLiteral("boss"); l.decisionMaker = QStringLiteral("X"); });
    on(QStringLiteral("unknown industry"), [](Lead &l) { l.industryId = 999999; });
    on(QStringLiteral("unknown tag"), [this](Lead &l) { l.tagIds = {m_tag, 999999}; });
    on(QStringLiteral("unknown country"), [](Lead &l) { l.countryId = 999999; });
    on(QStringLiteral("unknown partner"), [](Lead &l) { l.partnerId = 999999; });
    on(QStringLiteral("product of another direction"), [this](Lead &l) { l.salesDirectionId = m_fleet; l.productId = m_solar; });
    on(QStringLiteral("product without a direction"), [this](Lead &l) { l.productId = m_vans; });
    on(QStringLiteral("decides with others, no decision maker"), [](Lead &l) { l.contactLevel = QStringLiteral("decides_with_others"); });
    on(QStringLiteral("influences, blank decision maker"), [](Lead &l) {
        l.contactLevel = QStringLiteral("influences");
        l.decisionMaker = QStringLiteral("   ");
    });
    on(QStringLiteral("agency without agencies management"), [this](Lead &l) { l.agencyId = m_agency; });
    on(QStringLiteral("contact of another partner"), [this](Lead &l) { l.partnerId = m_acme; l.contactId = m_globexContact; });
    on(QStringLiteral("channel contact of another partner"), [this](Lead &l) { l.channelPartnerId = m_acme; l.channelContactId = m_globexContact; });
    on(QStringLiteral("required source missing"), [setOption](Lead &) { setOption("required_fields", "source"); });
    on(QStringLiteral("inactive user"), [this](Lead &l) { l.assignedTo = m_inactive; });
    on(QStringLiteral("unknown user"), [](Lead &l) { l.assignedTo = 999999; });
    on(QStringLiteral("not a team member with team-only option"), [this, setOption](Lead &l) {
        setOption("assign_team_members_only", "yes");
        l.teamId = m_team;
        l.assignedTo = ws().currentUserId();
    });
    on(QStringLiteral("unknown status"), [](Lead &l) { l.statusId = 999999; });
}

QTEST_GUILESS_MAIN(TestLeadValidation)
#include "tst_leadvalidation.moc"
