// LeadService::validate: every rule of a lead, accepted and refused, each
// refusal naming its field. The rules live in the core, so create() and
// update() refuse what validate() refuses.
#include "testhelpers.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

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
