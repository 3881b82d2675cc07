// ConversionService: a lead into a partner (new or existing), contacts (none,
// new, existing of that partner) and an opportunity (seed 002), everything
// copied, the prospect status rule, the lead read-only afterwards, and the
// conversion as one transaction that leaves nothing behind when it fails,
// and its undo when the lead and what it made are untouched.
#include "contactrepository.h"
#include "conversionservice.h"
#include "eventservice.h"
#include "lossservice.h"
#include "mergeservice.h"
#include "opportunityrepository.h"
#include "partnerrepository.h"
#include "partnerservice.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace TestHelpers;

class TestConversion : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }

    qint64 count(const QString &table) { return sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong(); }

    /// A fully qualified lead, as a rep would have it before converting.
    qint64 qualifiedLead()
    {
        Lead lead = LeadBuilder()
                        .title(QStringLiteral("40 vans for the spring fleet"))
                        .named(QStringLiteral("Jeanne"), QStringLiteral("Dupré"))
                        .company(QStringLiteral("Transports Dupré SA"))
                        .email(QStringLiteral("jeanne@dupre.fr"))
                        .email(QStringLiteral("contact@dupre.fr"))
                        .phone(QStringLiteral("01 23 45 67 89"))
                        .city(QStringLiteral("Lyon"))
                        .country(ws().referenceRepository().countryIdByCode(QStringLiteral("FR")))
                        .tin(QStringLiteral("123 456 789"))
                        .score(4)
                        .build();
        lead.civility = QStringLiteral("mrs");
        lead.website = QStringLiteral("www.dupre.fr");
        lead.street = QStringLiteral("3 rue des Lilas");
        lead.postalCode = QStringLiteral("69001");
        lead.mobile = QStringLiteral("06 12 34 56 78");
        lead.description = QStringLiteral("<p>Met at the trade show.</p>");
        lead.requirements = QStringLiteral("Delivery before April");
        lead.estimatedAmount = 150000;
        lead.estimatedCloseDate = QDate(2026, 6, 30);
        lead.doNotCall = true;
        lead.companySize = QStringLiteral("51-200");
        lead.keyAccount = true;
        lead.functionId = ws().references().add(RefKind::Function, QStringLiteral("Fleet manager"))->id;
        lead.sourceId = ws().references().list(RefKind::Source).first().id;
        return m_tw->addLead(lead);
    }

    ConversionRequest request(qint64 leadId, ConversionRequest::PartnerMode partner, ConversionRequest::ContactMode contact,
                              bool opportunity)
    {
        ConversionRequest r;
        r.leadId = leadId;
        r.partnerMode = partner;
        r.contactMode = contact;
        r.createOpportunity = opportunity;
        return r;
    }

    /// Everything a conversion may write, to compare before and after a refusal.
    QStringList footprint()
    {
        QStringList out;
        for (const char *sql : {"SELECT COUNT(*) FROM partners", "SELECT COUNT(*) FROM contacts", "SELECT COUNT(*) FROM opportunities",
                                "SELECT COUNT(*) FROM activities", "SELECT COUNT(*) FROM lead_contacts_converted",
                                "SELECT group_concat(IFNULL(partner_id, 0)) FROM contacts",
                                "SELECT group_concat(status_id || ':' || IFNULL(converted_at, '') || ':' || IFNULL(partner_id, 0), ' ') FROM leads"})
            out << sqlValue(ws(), QString::fromLatin1(sql)).toString();
        return out;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void convertsIntoNewPartnerContactAndOpportunity()
    {
        const qint64 id = qualifiedLead();
        QVERIFY(id);
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, true));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
        QVERIFY(done->partnerCreated);

        // The partner: a prospect with everything the lead knew of the company.
        const auto partner = ws().partners().find(done->partnerId);
        QVERIFY(partner);
        QCOMPARE(partner->name, QStringLiteral("Transports Dupré SA"));
        QCOMPARE(partner->type, Partner::Type::Prospect);
        QCOMPARE(partner->tin, QStringLiteral("123456789")); // digits only
        QCOMPARE(partner->website, QStringLiteral("www.dupre.fr"));
        QCOMPARE(partner->email, QStringLiteral("jeanne@dupre.fr"));
        QCOMPARE(partner->phone, QStringLiteral("01 23 45 67 89"));
        QCOMPARE(partner->street, QStringLiteral("3 rue des Lilas"));
        QCOMPARE(partner->postalCode, QStringLiteral("69001"));
        QCOMPARE(partner->city, QStringLiteral("Lyon"));
        QCOMPARE(partner->countryId, ws().referenceRepository().countryIdByCode(QStringLiteral("FR")));
        QCOMPARE(partner->score, 4);
        QCOMPARE(partner->companySize, QStringLiteral("51-200"));
        QVERIFY(partner->keyAccount);
        QVERIFY(partner->sourceId != 0);
        QVERIFY(partner->description.contains(QStringLiteral("Met at the trade show")));
        QVERIFY(partner->description.contains(QStringLiteral("Delivery before April")));
        QCOMPARE(partner->fromLeadId, id);
        QCOMPARE(partner->prospectStatusId, qint64(0)); // the option is off
        QCOMPARE(partnerIdByTin(ws().database(), QStringLiteral("123456789")), done->partnerId);

        // The contact: the person, at that partner.
        QCOMPARE(done->contactIds.size(), 1);
        const auto contact = ws().partners().contact(done->contactIds.first());
        QVERIFY(contact);
        QCOMPARE(contact->partnerId, done->partnerId);
        QCOMPARE(contact->civility, QStringLiteral("mrs"));
        QCOMPARE(contact->fullName(), QStringLiteral("Jeanne Dupré"));
        QCOMPARE(contact->email, QStringLiteral("jeanne@dupre.fr"));
        QCOMPARE(contact->mobile, QStringLiteral("06 12 34 56 78"));
        QVERIFY(contact->doNotCall);
        QVERIFY(contact->functionId != 0);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT name_key FROM contacts WHERE id = %1").arg(contact->id)).toString(),
                 QStringLiteral("jeanne dupre"));

        // The opportunity: from the qualification fields.
        QVERIFY(done->opportunityId);
        const auto opp = ws().partners().opportunity(done->opportunityId);
        QVERIFY(opp);
        QCOMPARE(opp->name, QStringLiteral("40 vans for the spring fleet"));
        QVERIFY(opp->expectedAmount && *opp->expectedAmount == 150000);
        QCOMPARE(opp->expectedClose, QDate(2026, 6, 30));
        QCOMPARE(opp->partnerId, done->partnerId);
        QCOMPARE(opp->contactId, contact->id);
        QCOMPARE(opp->fromLeadId, id);

        // The lead: converted, linked to what it produced.
        const Lead lead = *ws().leadRepository().find(id);
        QVERIFY(ws().leads().isConverted(lead));
        QCOMPARE(lead.convertedPartnerId, done->partnerId);
        QCOMPARE(lead.convertedOpportunityId, done->opportunityId);
        QCOMPARE(lead.convertedContactIds, done->contactIds);
        QCOMPARE(lead.convertedAt, m_tw->ws().now());
        QCOMPARE(lead.partnerId, done->partnerId);
        const QList<Activity> history = ws().leads().history(id);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Convert && a.text.contains(QStringLiteral("opportunity"));
        }));
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Status && a.newValue == QStringLiteral("Converted");
        }));
    }

    void opportunityAmount_data()
    {
        QTest::addColumn<QVariant>("estimated");
        QTest::addColumn<QVariant>("budget");
        QTest::addColumn<QVariant>("deal");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("estimated amount only") << QVariant(1000.0) << QVariant() << QVariant() << QVariant(1000.0);
        QTest::addRow("exact budget wins over the estimate") << QVariant(1000.0) << QVariant(1200.0) << QVariant() << QVariant(1200.0);
        QTest::addRow("deal value wins over all") << QVariant(1000.0) << QVariant(1200.0) << QVariant(1500.0) << QVariant(1500.0);
        QTest::addRow("none") << QVariant() << QVariant() << QVariant() << QVariant();
    }
    void opportunityAmount()
    {
        QFETCH(QVariant, estimated);
        QFETCH(QVariant, budget);
        QFETCH(QVariant, deal);
        QFETCH(QVariant, expected);
        Lead lead = LeadBuilder().company(QStringLiteral("Acme"));
        if (estimated.isValid())
            lead.estimatedAmount = estimated.toDouble();
        if (budget.isValid()) {
            lead.budgetSet = true;
            lead.budget = budget.toDouble();
        }
        if (deal.isValid())
            lead.dealValue = deal.toDouble();
        const qint64 id = m_tw->addLead(lead);
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::None, true));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        const auto opp = ws().partners().opportunity(done->opportunityId);
        QVERIFY(opp);
        QCOMPARE(opp->expectedAmount.has_value(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(*opp->expectedAmount, expected.toDouble());
        QCOMPARE(opp->name, QStringLiteral("Acme")); // no title: the lead's name
    }

    void convertsIntoExistingPartnerAndContacts()
    {
        const qint64 partnerId = addPartner(ws(), QStringLiteral("Globex"));
        const qint64 c1 = addContact(ws(), partnerId, QStringLiteral("Simpson"));
        const qint64 c2 = addContact(ws(), partnerId, QStringLiteral("Scorpio"));
        const qint64 loose = addContact(ws(), 0, QStringLiteral("Nobody"));
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Homer"), QStringLiteral("Simpson")).company(QStringLiteral("Globex Corp"))
                                            .email(QStringLiteral("homer@globex.com")));
        const qint64 partnersBefore = count(QStringLiteral("partners"));
        const qint64 contactsBefore = count(QStringLiteral("contacts"));

        ConversionRequest r = request(id, ConversionRequest::PartnerMode::Existing, ConversionRequest::ContactMode::Existing, false);
        r.partnerId = partnerId;
        r.contactIds = {c1, c2, loose};
        auto done = ws().conversions().convert(r);
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QVERIFY(!done->partnerCreated);
        QCOMPARE(done->partnerId, partnerId);
        QCOMPARE(done->contactIds, (QList<qint64>{c1, c2, loose}));
        QCOMPARE(done->opportunityId, qint64(0));
        QCOMPARE(count(QStringLiteral("partners")), partnersBefore);
        QCOMPARE(count(QStringLiteral("contacts")), contactsBefore);
        QCOMPARE(count(QStringLiteral("opportunities")), qint64(0));
        // The existing partner keeps its name; what it lacked comes from the lead.
        const auto partner = ws().partners().find(partnerId);
        QCOMPARE(partner->name, QStringLiteral("Globex"));
        QCOMPARE(partner->email, QStringLiteral("homer@globex.com"));
        // A contact of no partner joins this one.
        QCOMPARE(ws().partners().contact(loose)->partnerId, partnerId);
        QCOMPARE(ws().leadRepository().find(id)->convertedContactIds, (QList<qint64>{c1, c2, loose}));
    }

    void contactNoneCreatesNoContact()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Lee")).company(QStringLiteral("Lee Ltd")));
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::None, false));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QVERIFY(done->contactIds.isEmpty());
        QCOMPARE(count(QStringLiteral("contacts")), qint64(0));
    }

    void personWithoutCompanyBecomesThePartnerName()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Lee")));
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, false));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(ws().partners().find(done->partnerId)->name, QStringLiteral("Ann Lee"));
    }

    void defaultsFollowTheLead()
    {
        const qint64 partnerId = addPartner(ws(), QStringLiteral("Initech"), QStringLiteral("987654321"));
        const qint64 contactId = addContact(ws(), partnerId, QStringLiteral("Lumbergh"));
        Lead linked = LeadBuilder().named(QStringLiteral("Bill"), QStringLiteral("Lumbergh")).company(QStringLiteral("Initech"));
        linked.partnerId = partnerId;
        linked.contactId = contactId;
        const qint64 a = m_tw->addLead(linked);
        const ConversionRequest ra = ws().conversions().defaultRequest(a);
        QCOMPARE(ra.partnerMode, ConversionRequest::PartnerMode::Existing);
        QCOMPARE(ra.partnerId, partnerId);
        QCOMPARE(ra.contactMode, ConversionRequest::ContactMode::Existing);
        QCOMPARE(ra.contactIds, QList<qint64>{contactId});

        const qint64 b = m_tw->addLead(LeadBuilder().company(QStringLiteral("Company only")));
        const ConversionRequest rb = ws().conversions().defaultRequest(b);
        QCOMPARE(rb.partnerMode, ConversionRequest::PartnerMode::New);
        QCOMPARE(rb.contactMode, ConversionRequest::ContactMode::None);

        // Default modes in a request resolve the same way.
        ConversionRequest r;
        r.leadId = a;
        auto done = ws().conversions().convert(r);
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(done->partnerId, partnerId);
        QCOMPARE(done->contactIds, QList<qint64>{contactId});
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("field");
        QTest::addRow("already converted") << "converted" << "status";
        QTest::addRow("lost lead") << "lost" << "status";
        QTest::addRow("merged lead") << "merged" << "id";
        QTest::addRow("unknown lead") << "unknown" << "id";
        QTest::addRow("unknown partner") << "unknown partner" << "partner";
        QTest::addRow("contact of another partner") << "foreign contact" << "contact";
        QTest::addRow("unknown contact") << "unknown contact" << "contact";
        QTest::addRow("existing contacts but none chosen") << "no contact chosen" << "contact";
        QTest::addRow("new contact without a person") << "no person" << "contact";
        QTest::addRow("prospect status while the option is off") << "status off" << "partner_status";
        QTest::addRow("new partner with a TIN a partner has") << "tin taken" << "partner";
        QTest::addRow("infinite expected amount asked") << "infinite amount" << "expected_amount";
        QTest::addRow("infinite deal value stored by an older version") << "stored infinity" << "expected_amount";
    }
    void refused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, field);
        qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Lee")).company(QStringLiteral("Lee Ltd")));
        ConversionRequest r = request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, true);
        const qint64 other = addPartner(ws(), QStringLiteral("Other"));
        if (situation == QLatin1String("converted")) {
            QVERIFY(ws().conversions().convert(r).ok());
        } else if (situation == QLatin1String("lost")) {
            QVERIFY(ws().losses().lose(id, ws().losses().reasons().first().id).ok());
        } else if (situation == QLatin1String("merged")) {
            const qint64 master = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Lee")));
            QVERIFY(ws().merges().merge(master, {id}).ok());
        } else if (situation == QLatin1String("unknown")) {
            r.leadId = 9999;
        } else if (situation == QLatin1String("unknown partner")) {
            r.partnerMode = ConversionRequest::PartnerMode::Existing;
            r.partnerId = 9999;
        } else if (situation == QLatin1String("foreign contact")) {
            const qint64 mine = addPartner(ws(), QStringLiteral("Mine"));
            r.partnerMode = ConversionRequest::PartnerMode::Existing;
            r.partnerId = mine;
            r.contactMode = ConversionRequest::ContactMode::Existing;
            r.contactIds = {addContact(ws(), other, QStringLiteral("Stranger"))};
        } else if (situation == QLatin1String("unknown contact")) {
            r.contactMode = ConversionRequest::ContactMode::Existing;
            r.contactIds = {9999};
        } else if (situation == QLatin1String("no contact chosen")) {
            r.contactMode = ConversionRequest::ContactMode::Existing;
        } else if (situation == QLatin1String("no person")) {
            r.leadId = id = m_tw->addLead(LeadBuilder().company(QStringLiteral("Faceless Inc")));
        } else if (situation == QLatin1String("status off")) {
            r.prospectStatusId = ws().partners().prospectStatuses().first().id;
        } else if (situation == QLatin1String("tin taken")) {
            addPartner(ws(), QStringLiteral("Holder"), QStringLiteral("111222333"));
            Lead lead = *ws().leadRepository().find(id);
            lead.tin = QStringLiteral("111-222-333");
            lead.partnerId = 0;
            QVERIFY(ws().leadRepository().update(lead).ok()); // bypass the TIN link on save
        } else if (situation == QLatin1String("infinite amount")) {
            r.expectedAmount = std::numeric_limits<double>::infinity();
        } else if (situation == QLatin1String("stored infinity")) {
            Lead lead = *ws().leadRepository().find(id);
            lead.dealValue = std::numeric_limits<double>::infinity(); // SQLite keeps an infinity (a NaN becomes NULL)
            QVERIFY(ws().leadRepository().update(lead).ok()); // as no service now takes it
        }
        const QStringList before = footprint();
        auto done = ws().conversions().convert(r);
        QVERIFY(!done.ok());
        QCOMPARE(done.problems().first().field, field);
        QVERIFY(!done.problems().first().message.isEmpty());
        QCOMPARE(footprint(), before);
    }

    void aConversionIsTakenBackWhenUntouched()
    {
        const qint64 id = qualifiedLead();
        const Lead before = ws().leads().get(id).value();
        const qint64 partners = count(QStringLiteral("partners")), contacts = count(QStringLiteral("contacts")),
                     opportunities = count(QStringLiteral("opportunities"));
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, true));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(count(QStringLiteral("partners")), partners + 1);
        auto back = ws().conversions().undo(before, done.value());
        QVERIFY2(back.ok(), qPrintable(back.errorText()));
        QCOMPARE(back->statusId, before.statusId);
        QCOMPARE(back->convertedPartnerId, qint64(0));
        QVERIFY(!ws().leads().isConverted(back.value()));
        QCOMPARE(count(QStringLiteral("partners")), partners);
        QCOMPARE(count(QStringLiteral("contacts")), contacts);
        QCOMPARE(count(QStringLiteral("opportunities")), opportunities);
        QCOMPARE(count(QStringLiteral("lead_contacts_converted")), qint64(0));
        QVERIFY(ws().leads().history(id).last().text.startsWith(QStringLiteral("Conversion taken back")));
        // And converted again, as the redo of the desktop does.
        QVERIFY(ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, true)));
    }

    void aConversionWhosePartnerIsUsedSinceIsNotTakenBack()
    {
        const qint64 id = qualifiedLead();
        const Lead before = ws().leads().get(id).value();
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::None, false));
        QVERIFY(done.ok());
        // A second lead converted into that partner since.
        const qint64 other = m_tw->addLead(LeadBuilder().named(QStringLiteral("Paul"), QStringLiteral("Martin")));
        ConversionRequest into = request(other, ConversionRequest::PartnerMode::Existing, ConversionRequest::ContactMode::None, false);
        into.partnerId = done->partnerId;
        QVERIFY(ws().conversions().convert(into));
        const QStringList was = footprint();
        auto refused = ws().conversions().undo(before, done.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QStringLiteral("#%1").arg(done->partnerId)), qPrintable(refused.errorText()));
        QCOMPARE(footprint(), was);
        QVERIFY(ws().leads().isConverted(ws().leadRepository().find(id).value()));
    }

    void convertedLeadIsReadOnly()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Lee")).company(QStringLiteral("Lee Ltd")));
        QVERIFY(ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, false)).ok());
        Lead lead = *ws().leadRepository().find(id);
        lead.title = QStringLiteral("changed");
        QVERIFY(!ws().leads().update(lead).ok());
        QVERIFY(!ws().leads().changeStatus({id}, statusId(ws(), QStringLiteral("Nurturing"))).ok());
        QVERIFY(!ws().losses().lose(id, ws().losses().reasons().first().id).ok());
        Event e;
        e.leadId = id;
        e.kind = Event::Kind::Meeting;
        e.subject = QStringLiteral("Kick-off");
        e.startsAt = ws().now().addDays(1);
        QVERIFY(!ws().events().add(e).ok());
        const qint64 other = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Lee")));
        QVERIFY(!ws().merges().merge(id, {other}).ok());
        QVERIFY(!ws().merges().merge(other, {id}).ok());
        QVERIFY(!ws().conversions().canConvert(id).ok());
    }

    void prospectStatusWhenManaged_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expectedStatus");
        QTest::addColumn<QString>("expectedType");
        QTest::addRow("none chosen: the first status") << QString() << "To be processed" << "prospect";
        QTest::addRow("nurturing stays a prospect") << "Nurturing" << "Nurturing" << "prospect";
        QTest::addRow("won makes a customer") << "Won" << "Won" << "customer";
        QTest::addRow("lost stays a prospect") << "Lost" << "Lost" << "prospect";
    }
    void prospectStatusWhenManaged()
    {
        QFETCH(QString, status);
        QFETCH(QString, expectedStatus);
        QFETCH(QString, expectedType);
        QVERIFY(ws().options().set(QStringLiteral("manage_prospect_statuses"), QStringLiteral("yes")).ok());
        const qint64 id = m_tw->addLead(LeadBuilder().company(QStringLiteral("Acme")));
        ConversionRequest r = request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::None, false);
        if (!status.isEmpty())
            r.prospectStatusId = ws().partners().prospectStatusByName(status)->id;
        auto done = ws().conversions().convert(r);
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        const auto partner = ws().partners().find(done->partnerId);
        QCOMPARE(partner->prospectStatusId, ws().partners().prospectStatusByName(expectedStatus)->id);
        QCOMPARE(Partner::typeKey(partner->type), expectedType);
    }

    void prospectSetToWonLaterBecomesCustomer()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().company(QStringLiteral("Acme")));
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::None, false));
        QVERIFY(done.ok());
        const qint64 won = ws().partners().prospectStatusByName(QStringLiteral("Won"))->id;
        // Refused while the CRM does not manage prospect statuses.
        auto refused = ws().partners().setProspectStatus(done->partnerId, won);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.problems().first().field, QStringLiteral("prospect_status"));
        QVERIFY(ws().options().set(QStringLiteral("manage_prospect_statuses"), QStringLiteral("yes")).ok());
        auto p = ws().partners().setProspectStatus(done->partnerId, won);
        QVERIFY2(p.ok(), qPrintable(p.errorText()));
        QCOMPARE(p->type, Partner::Type::Customer);
        QCOMPARE(ws().partners().find(done->partnerId)->type, Partner::Type::Customer);
    }

    void failureLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("trigger");
        // Each trigger makes a later step fail after earlier ones have written.
        QTest::addRow("opportunity insert fails") << "BEFORE INSERT ON opportunities";
        QTest::addRow("contact insert fails") << "BEFORE INSERT ON contacts";
        QTest::addRow("lead update fails") << "BEFORE UPDATE OF converted_at ON leads";
        QTest::addRow("converted contacts link fails") << "BEFORE INSERT ON lead_contacts_converted";
        QTest::addRow("timeline fails") << "BEFORE INSERT ON activities";
    }
    void failureLeavesNothingBehind()
    {
        QFETCH(QString, trigger);
        const qint64 id = qualifiedLead();
        const Lead before = *ws().leadRepository().find(id);
        const QStringList footprintBefore = footprint();
        QVERIFY(injectFailure(ws(), trigger));
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto done = ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, true));
        QVERIFY(!done.ok());
        QVERIFY(done.errorText().contains(QStringLiteral("injected failure")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(footprint(), footprintBefore);
        const Lead after = *ws().leadRepository().find(id);
        QCOMPARE(after.statusId, before.statusId);
        QCOMPARE(after.convertedPartnerId, qint64(0));
        QCOMPARE(ws().database().transactionDepth(), 0);
        // Once the failure is gone the same conversion goes through.
        QVERIFY(removeFailure(ws(), trigger));
        QVERIFY(ws().conversions().convert(request(id, ConversionRequest::PartnerMode::New, ConversionRequest::ContactMode::New, true)).ok());
    }
};

QTEST_GUILESS_MAIN(TestConversion)
#include "tst_conversion.moc"
