// The partner, contact and opportunity list models: what conversions
// produced is listed with the columns the pages show, search filters word
// by word, every column sorts, rows come a page at a time, and each model
// passes QAbstractItemModelTester.
#include "contactlistmodel.h"
#include "conversionfixtures.h"
#include "conversionservice.h"
#include "opportunitylistmodel.h"
#include "partnerlistmodel.h"
#include "partnerqueries.h"
#include "partnerservice.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace TestHelpers;

class TestPartnerModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }

    /// A lead converted into a new partner, a new contact and an opportunity.
    ConversionResult convert(const QString &first, const QString &last, const QString &company, const QString &city,
                             double amount = 0)
    {
        Lead lead = personAt(first, last, company, city).title(company + QStringLiteral(" deal")).phone(QStringLiteral("01 23 45 67 89")).build();
        if (amount > 0)
            lead.estimatedAmount = amount;
        lead.estimatedCloseDate = QDate(2026, 6, 30);
        return convertIntoNewRecords(*m_tw, lead);
    }

    static QStringList column(const QAbstractItemModel &m, int col)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, col).data().toString();
        return out;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void partnersListWhatConversionsProduced()
    {
        PartnerListModel model(ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const ConversionResult a = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"),
                                           QStringLiteral("Lyon"));
        const ConversionResult b = convert(QStringLiteral("Karl"), QStringLiteral("Weiß"), QStringLiteral("Bäckerei Weiß"),
                                           QStringLiteral("Berlin"));
        QVERIFY(a.partnerId && b.partnerId);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(column(model, PartnerListModel::Name), (QStringList{QStringLiteral("Bäckerei Weiß"), QStringLiteral("Transports Dupré SA")}));
        const int row = model.rowOf(a.partnerId);
        QCOMPARE(model.index(row, PartnerListModel::Type).data().toString(), QStringLiteral("Prospect"));
        QCOMPARE(model.index(row, PartnerListModel::City).data().toString(), QStringLiteral("Lyon"));
        QCOMPARE(model.index(row, PartnerListModel::Email).data().toString(), QStringLiteral("jeanne@example.com"));
        QCOMPARE(model.index(row, PartnerListModel::Contacts).data().toInt(), 1);
        QCOMPARE(model.index(row, PartnerListModel::Created).data(RecordListModel::SortRole).toDateTime(), ws().now());
        QCOMPARE(model.index(row, 0).data(RecordListModel::IdRole).toLongLong(), a.partnerId);
        QCOMPARE(model.index(row, 0).data(RecordListModel::LeadIdRole).toLongLong(), a.leadId);
        QCOMPARE(model.headerData(PartnerListModel::ProspectStatus, Qt::Horizontal).toString(), QStringLiteral("Prospect status"));
    }

    void searchFiltersWordByWordAndFolded()
    {
        convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"), QStringLiteral("Lyon"));
        convert(QStringLiteral("Karl"), QStringLiteral("Weiß"), QStringLiteral("Bäckerei Weiß"), QStringLiteral("Berlin"));
        PartnerListModel partners(ws());
        QAbstractItemModelTester tester(&partners, QAbstractItemModelTester::FailureReportingMode::QtTest);
        partners.setSearch(QStringLiteral("dupre"));   // accent-folded, second word
        QCOMPARE(column(partners, 0), QStringList{QStringLiteral("Transports Dupré SA")});
        partners.setSearch(QStringLiteral("BÄCK"));
        QCOMPARE(column(partners, 0), QStringList{QStringLiteral("Bäckerei Weiß")});
        partners.setSearch(QStringLiteral("berl"));    // the city
        QCOMPARE(column(partners, 0), QStringList{QStringLiteral("Bäckerei Weiß")});
        partners.setSearch(QStringLiteral("trans lyon"));
        QCOMPARE(partners.rowCount(), 1);
        partners.setSearch(QStringLiteral("trans berlin"));
        QCOMPARE(partners.rowCount(), 0);
        QCOMPARE(partners.totalCount(), 0);
        partners.setSearch(QStringLiteral("ports"));  // not the start of a word
        QCOMPARE(partners.rowCount(), 0);
        partners.setSearch(QStringLiteral("100%_"));  // LIKE wildcards are literal
        QCOMPARE(partners.rowCount(), 0);
        partners.setSearch({});
        QCOMPARE(partners.rowCount(), 2);

        ContactListModel contacts(ws());
        QAbstractItemModelTester ct(&contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(contacts.rowCount(), 2);
        contacts.setSearch(QStringLiteral("weiss"));
        QCOMPARE(column(contacts, ContactListModel::Name), QStringList{QStringLiteral("Karl Weiß")});
        contacts.setSearch(QStringLiteral("transports")); // the partner's name
        QCOMPARE(column(contacts, ContactListModel::Name), QStringList{QStringLiteral("Jeanne Dupré")});

        OpportunityListModel opportunities(ws());
        QAbstractItemModelTester ot(&opportunities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(opportunities.rowCount(), 2);
        opportunities.setSearch(QStringLiteral("karl"));  // the lead's name
        QCOMPARE(opportunities.rowCount(), 1);
        QCOMPARE(opportunities.index(0, OpportunityListModel::Partner).data().toString(), QStringLiteral("Bäckerei Weiß"));
    }

    // City, email and opportunity names fold as names do (Normalize::text):
    // accents and non-ASCII case, not ASCII alone.
    void searchFoldsCityEmailAndOpportunityNames()
    {
        const ConversionResult a = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"),
                                           QStringLiteral("Besançon"));
        convert(QStringLiteral("Karl"), QStringLiteral("Weiß"), QStringLiteral("Bäckerei Weiß"), QStringLiteral("Berlin"));
        PartnerListModel partners(ws());
        QAbstractItemModelTester pt(&partners, QAbstractItemModelTester::FailureReportingMode::QtTest);
        partners.setSearch(QStringLiteral("besancon"));
        QCOMPARE(column(partners, 0), QStringList{QStringLiteral("Transports Dupré SA")});
        QCOMPARE(partners.totalCount(), 1);
        partners.setSearch(QStringLiteral("BESANÇON"));
        QCOMPARE(column(partners, 0), QStringList{QStringLiteral("Transports Dupré SA")});

        Partner p = *ws().partners().find(a.partnerId);
        p.email = QStringLiteral("Élise@dupre.fr");
        QVERIFY(ws().partners().update(p).ok());
        partners.setSearch(QStringLiteral("elise@"));
        QCOMPARE(column(partners, 0), QStringList{QStringLiteral("Transports Dupré SA")});

        QCOMPARE(a.contactIds.size(), 1);
        Contact c = *ws().partners().contact(a.contactIds.first());
        c.email = QStringLiteral("ÉLISE@dupre.fr");
        QVERIFY(ws().partners().updateContact(c).ok());
        ContactListModel contacts(ws());
        contacts.setSearch(QStringLiteral("elise@"));
        QCOMPARE(column(contacts, ContactListModel::Name), QStringList{QStringLiteral("Jeanne Dupré")});

        Opportunity o = *ws().partners().opportunity(a.opportunityId);
        o.name = QStringLiteral("Rénovation façade");
        QVERIFY(ws().partners().updateOpportunity(o).ok());
        OpportunityListModel opportunities(ws());
        QAbstractItemModelTester ot(&opportunities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        opportunities.setSearch(QStringLiteral("facade"));
        QCOMPARE(column(opportunities, OpportunityListModel::Name), QStringList{QStringLiteral("Rénovation façade")});
        QCOMPARE(opportunities.totalCount(), 1);
        opportunities.setSearch(QStringLiteral("RENOV"));
        QCOMPARE(column(opportunities, OpportunityListModel::Name), QStringList{QStringLiteral("Rénovation façade")});
    }

    void contactsShowFunctionAndPartner()
    {
        const ConversionResult a = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"),
                                           QStringLiteral("Lyon"));
        QCOMPARE(a.contactIds.size(), 1);
        Contact c = *ws().partners().contact(a.contactIds.first());
        c.functionId = ws().references().add(RefKind::Function, QStringLiteral("Fleet manager"))->id;
        QVERIFY(ws().partners().updateContact(c).ok());
        ContactListModel model(ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContactListModel::Name).data().toString(), QStringLiteral("Jeanne Dupré"));
        QCOMPARE(model.index(0, ContactListModel::Function).data().toString(), QStringLiteral("Fleet manager"));
        QCOMPARE(model.index(0, ContactListModel::Partner).data().toString(), QStringLiteral("Transports Dupré SA"));
        QCOMPARE(model.index(0, ContactListModel::Email).data().toString(), QStringLiteral("jeanne@example.com"));
        QCOMPARE(model.index(0, ContactListModel::Phone).data().toString(), QStringLiteral("01 23 45 67 89"));
        QCOMPARE(model.index(0, 0).data(RecordListModel::PartnerIdRole).toLongLong(), a.partnerId);
    }

    void opportunitiesShowAmountInLocaleCurrencyAndTheLead()
    {
        const ConversionResult a = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"),
                                           QStringLiteral("Lyon"), 150000);
        OpportunityListModel model(ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OpportunityListModel::Amount).data().toString(), QStringLiteral("$150,000.00"));
        QCOMPARE(model.index(0, OpportunityListModel::Amount).data(RecordListModel::SortRole).toDouble(), 150000.0);
        QCOMPARE(model.index(0, OpportunityListModel::Close).data(RecordListModel::SortRole).toDate(), QDate(2026, 6, 30));
        QCOMPARE(model.index(0, OpportunityListModel::Stage).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(0, OpportunityListModel::Lead).data().toString(), QStringLiteral("Jeanne Dupré"));
        QCOMPARE(model.index(0, 0).data(RecordListModel::LeadIdRole).toLongLong(), a.leadId);
        QCOMPARE(model.index(0, OpportunityListModel::Partner).data().toString(), QStringLiteral("Transports Dupré SA"));
    }

    void everyColumnSortsBothWays()
    {
        convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"), QStringLiteral("Lyon"), 500);
        convert(QStringLiteral("Karl"), QStringLiteral("Weiß"), QStringLiteral("Bäckerei Weiß"), QStringLiteral("Berlin"), 9000);
        convert(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Cafés Silva"), QStringLiteral("Porto"), 70);
        PartnerListModel partners(ws());
        QAbstractItemModelTester pt(&partners, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int col = 0; col < partners.columnCount(); ++col) {
            partners.sort(col, Qt::AscendingOrder);
            QCOMPARE(partners.rowCount(), 3);
        }
        partners.sort(PartnerListModel::City, Qt::DescendingOrder);
        QCOMPARE(column(partners, PartnerListModel::City), (QStringList{QStringLiteral("Porto"), QStringLiteral("Lyon"), QStringLiteral("Berlin")}));

        ContactListModel contacts(ws());
        QAbstractItemModelTester ct(&contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int col = 0; col < contacts.columnCount(); ++col)
            contacts.sort(col, Qt::DescendingOrder);
        contacts.sort(ContactListModel::Partner, Qt::AscendingOrder);
        QCOMPARE(column(contacts, ContactListModel::Name),
                 (QStringList{QStringLiteral("Karl Weiß"), QStringLiteral("Ana Silva"), QStringLiteral("Jeanne Dupré")}));

        OpportunityListModel opportunities(ws());
        QAbstractItemModelTester ot(&opportunities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int col = 0; col < opportunities.columnCount(); ++col)
            opportunities.sort(col, Qt::AscendingOrder);
        opportunities.sort(OpportunityListModel::Amount, Qt::DescendingOrder);
        QCOMPARE(column(opportunities, OpportunityListModel::Lead),
                 (QStringList{QStringLiteral("Karl Weiß"), QStringLiteral("Jeanne Dupré"), QStringLiteral("Ana Silva")}));
    }

    void rowsComeAPageAtATime()
    {
        // Partners straight in SQL: the paging is what is tested here.
        for (int i = 0; i < 250; ++i)
            QVERIFY(addPartner(ws(), QStringLiteral("Partner %1").arg(i, 3, 10, QLatin1Char('0'))));
        PartnerListModel model(ws());
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.rowCount(), RecordListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches everything when attached; from here on it does not.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QCOMPARE(model.index(249, 0).data().toString(), QStringLiteral("Partner 249"));
        // A reload keeps what was loaded, so the view does not jump back.
        model.reload();
        QCOMPARE(model.rowCount(), 250);
        model.setSearch(QStringLiteral("partner 01"));
        QCOMPARE(model.rowCount(), 10); // 010 … 019
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Partner 010"));
        model.setSearch(QStringLiteral("partner"));
        QCOMPARE(model.rowCount(), RecordListModel::PageSize);
    }

    void leadsOfAPartner()
    {
        const ConversionResult a = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré SA"),
                                           QStringLiteral("Lyon"));
        // A second lead converted into the same partner.
        const qint64 second = m_tw->addLead(LeadBuilder().named(QStringLiteral("Paul"), QStringLiteral("Martin")).company(QStringLiteral("Transports Dupré SA")));
        ConversionRequest r;
        r.leadId = second;
        r.partnerMode = ConversionRequest::PartnerMode::Existing;
        r.partnerId = a.partnerId;
        r.contactMode = ConversionRequest::ContactMode::New;
        QVERIFY(ws().conversions().convert(r).ok());
        const QList<PartnerLeadLink> leads = PartnerQueries(ws()).leadsOf(a.partnerId);
        QCOMPARE(leads.size(), 2);
        QCOMPARE(leads.at(0).id, a.leadId);
        QCOMPARE(leads.at(0).name, QStringLiteral("Jeanne Dupré"));
        QCOMPARE(leads.at(1).id, second);
        QCOMPARE(leads.at(1).name, QStringLiteral("Paul Martin"));
    }
};

QTEST_GUILESS_MAIN(TestPartnerModels)
#include "tst_partnermodels.moc"
