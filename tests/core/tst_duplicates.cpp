// DuplicateFinder: groups of leads equal on the picked fields, compared on
// the stored normalised keys (case, accents and spacing folded, emails
// lower-cased, phones canonical), any of several emails or phones matching;
// over all leads or a selection; merged leads and pairs marked "not a
// duplicate" left out; and the likely-duplicates warning of seed 003.
#include "duplicatefinder.h"
#include "mergeservice.h"
#include "normalize.h"
#include "testhelpers.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace TestHelpers;

using Groups = QList<QList<qint64>>;

class TestDuplicates : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    QList<qint64> m_ids; ///< the messy leads below, by index
    bool m_dirty = true; ///< the last test changed the data: rebuild it

    qint64 country(const char *code) { return ws().referenceRepository().countryIdByCode(QString::fromLatin1(code)); }

    /// Realistic, messy leads: the same people typed differently.
    void addMessyLeads()
    {
        const qint64 fr = country("FR");
        const qint64 dk = country("DK");
        const qint64 buyer = ws().references().add(RefKind::Function, QStringLiteral("Buyer"))->id;
        auto add = [&](Lead lead, qint64 function = 0) {
            lead.functionId = function;
            m_ids << m_tw->addLead(lead);
        };
        // 0
        add(LeadBuilder().named("Jean", "Dupont").company("Acme SA").email("jean.dupont@acme.fr").phone("+33 1 23 45 67 89")
                .city("Paris").tin("123 456 789").country(fr), buyer);
        // 1: case, spacing, a padded email, a dotted national phone, a dashed TIN
        add(LeadBuilder().named("JEAN", "  dupont ").company("ACME   sa").email(" Jean.Dupont@ACME.fr ").phone("01.23.45.67.89")
                .city("PARIS").tin("123-456-789").country(fr), buyer);
        // 2: an accent, punctuation in the company, two emails, the international prefix
        add(LeadBuilder().named("Jéan", "Dupont").company("Acmé S.A.").email("jd@perso.fr").email("JEAN.DUPONT@acme.fr")
                .phone("0033123456789").city("Paris").country(fr));
        // 3
        add(LeadBuilder().named("Marie", "Dupont").company("Acme SA").email("marie@acme.fr").phone("+33 6 11 22 33 44").city("Lyon")
                .country(fr));
        // 4: shares an email with 2 and a phone with 3
        add(LeadBuilder().named("Marie", "Curie").company("Radium").email("jd@perso.fr").phone("06 11 22 33 44").city("Lyon").country(fr));
        // 5, 6: Danish letters folded
        add(LeadBuilder().named("Zoë", "Ærø").email("zoe@x.dk").phone("+45 12 34 56 78").city("København").country(dk));
        add(LeadBuilder().named("Zoe", "Aero").email("ZOE@x.dk").city("Kobenhavn").country(dk));
        // 7, 8, 9: nobody's twins (punctuation is kept)
        add(LeadBuilder().named("Han", "Solo").company("Lonely Inc"));
        add(LeadBuilder().company("Ghost Ltd"));
        add(LeadBuilder().company("ghost ltd."));
        for (qint64 id : m_ids)
            QVERIFY(id);
    }

    /// Groups of indices into m_ids, as lead ids.
    Groups ids(const QList<QList<int>> &indices)
    {
        Groups out;
        for (const QList<int> &g : indices) {
            QList<qint64> group;
            for (int i : g)
                group << m_ids.at(i);
            out << group;
        }
        return out;
    }

    Groups find(const QStringList &fields, const QList<qint64> &scope = {})
    {
        auto found = ws().duplicates().find(fields, scope);
        if (!found) {
            qWarning("%s", qPrintable(found.errorText()));
            return {};
        }
        return found.value();
    }

private slots:
    void init()
    {
        // Tests that only read share the data; the others set m_dirty.
        if (!m_dirty)
            return;
        m_tw = std::make_unique<TestWorkspace>();
        m_ids.clear();
        addMessyLeads();
        m_dirty = false;
    }
    void cleanupTestCase() { m_tw.reset(); }

    void groups_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QList<QList<int>>>("expected");
        using G = QList<QList<int>>;
        QTest::addRow("company: case and spacing folded, punctuation kept") << QStringList{"company"} << G{{0, 1, 3}};
        QTest::addRow("last name: accents and Danish letters folded") << QStringList{"last_name"} << G{{0, 1, 2, 3}, {5, 6}};
        QTest::addRow("first name") << QStringList{"first_name"} << G{{0, 1, 2}, {3, 4}, {5, 6}};
        QTest::addRow("full name") << QStringList{"full_name"} << G{{0, 1, 2}, {5, 6}};
        QTest::addRow("email: any of several, joined through a shared one") << QStringList{"email"} << G{{0, 1, 2, 4}, {5, 6}};
        QTest::addRow("phone: one canonical number for the French formats") << QStringList{"phone"} << G{{0, 1, 2}, {3, 4}};
        QTest::addRow("city") << QStringList{"city"} << G{{0, 1, 2}, {3, 4}, {5, 6}};
        QTest::addRow("TIN: digits compared") << QStringList{"tin"} << G{{0, 1}};
        QTest::addRow("function") << QStringList{"function"} << G{{0, 1}};
        QTest::addRow("last and first name") << QStringList{"last_name", "first_name"} << G{{0, 1, 2}, {5, 6}};
        QTest::addRow("last name and email") << QStringList{"last_name", "email"} << G{{0, 1, 2}, {5, 6}};
        QTest::addRow("company and phone") << QStringList{"company", "phone"} << G{{0, 1}};
        QTest::addRow("email and phone") << QStringList{"email", "phone"} << G{{0, 1, 2}};
        QTest::addRow("city and first name") << QStringList{"city", "first_name"} << G{{0, 1, 2}, {3, 4}, {5, 6}};
        QTest::addRow("aliases") << QStringList{"emails", "job_title"} << G{{0, 1}};
        QTest::addRow("a field twice counts once") << QStringList{"company", "company"} << G{{0, 1, 3}};
    }
    void groups()
    {
        QFETCH(QStringList, fields);
        QFETCH(QList<QList<int>>, expected);
        QCOMPARE(find(fields), ids(expected));
    }

    void withinASelection()
    {
        QCOMPARE(find({QStringLiteral("email")}, {m_ids[0], m_ids[1], m_ids[3], m_ids[4]}), ids({{0, 1}}));
        QCOMPARE(find({QStringLiteral("company")}, {m_ids[3], m_ids[0]}), ids({{0, 3}}));
        QCOMPARE(find({QStringLiteral("company")}, {m_ids[0]}), Groups{});
        QCOMPARE(find({QStringLiteral("last_name"), QStringLiteral("phone")}, {m_ids[0], m_ids[2], m_ids[3]}), ids({{0, 2}}));
    }

    void blanksNeverMatch()
    {
        // 5 and 6 have no company, 6 no phone, 7…9 no first name: none pair up on them.
        for (const Groups &groups : {find({QStringLiteral("company")}), find({QStringLiteral("phone")}), find({QStringLiteral("first_name")})})
            for (const QList<qint64> &g : groups)
                for (int blank : {7, 8, 9})
                    QVERIFY(!g.contains(m_ids[blank]));
    }

    void mergedLeadsLeaveTheGroups()
    {
        m_dirty = true;
        QVERIFY(ws().merges().merge(m_ids[0], {m_ids[1]}).ok());
        QCOMPARE(find({QStringLiteral("company")}), ids({{0, 3}}));
        QCOMPARE(find({QStringLiteral("email")}), ids({{0, 2, 4}, {5, 6}}));
        QCOMPARE(find({QStringLiteral("tin")}), Groups{});
    }

    void notDuplicatesAreNotProposedAgain()
    {
        m_dirty = true;
        QVERIFY(ws().duplicates().markNotDuplicates({m_ids[0], m_ids[3]}).ok());
        QVERIFY(ws().duplicates().isMarkedNotDuplicate(m_ids[3], m_ids[0]));
        QCOMPARE(find({QStringLiteral("company")}), ids({{0, 1}}));
        QVERIFY(ws().duplicates().markNotDuplicates({m_ids[0], m_ids[1], m_ids[3]}).ok());
        QCOMPARE(find({QStringLiteral("company")}), Groups{});
        // The marks hold for every field set.
        // Dupont: 0 and 1 and 3 are each marked apart; 2 stays with the first.
        QCOMPARE(find({QStringLiteral("last_name")}), ids({{0, 2}, {5, 6}}));
        QVERIFY(ws().duplicates().unmarkNotDuplicates({m_ids[0], m_ids[1], m_ids[3]}).ok());
        QCOMPARE(find({QStringLiteral("company")}), ids({{0, 1, 3}}));
        QVERIFY(!ws().duplicates().isMarkedNotDuplicate(m_ids[0], m_ids[3]));
    }

    void markingIsChecked()
    {
        m_dirty = true;
        QVERIFY(!ws().duplicates().markNotDuplicates({m_ids[0]}).ok());
        QVERIFY(!ws().duplicates().markNotDuplicates({m_ids[0], m_ids[0]}).ok());
        QVERIFY(!ws().duplicates().markNotDuplicates({m_ids[0], 9999}).ok());
    }

    void refusesUnknownFields_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addRow("no field") << QStringList{};
        QTest::addRow("not a duplicate field") << QStringList{"score"};
        QTest::addRow("nonsense among good ones") << QStringList{"email", "shoe_size"};
    }
    void refusesUnknownFields()
    {
        QFETCH(QStringList, fields);
        auto found = ws().duplicates().find(fields);
        QVERIFY(!found.ok());
        QCOMPARE(found.problems().first().field, QStringLiteral("fields"));
    }

    /// Random overlapping data checked against a brute-force comparison of
    /// every pair: the grouped queries and the union-find must agree.
    void agreesWithEveryPairCompared_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addRow("email") << QStringList{"email"};
        QTest::addRow("phone") << QStringList{"phone"};
        QTest::addRow("last name") << QStringList{"last_name"};
        QTest::addRow("last name and email") << QStringList{"last_name", "email"};
        QTest::addRow("email and phone") << QStringList{"email", "phone"};
        QTest::addRow("company and city") << QStringList{"company", "city"};
        QTest::addRow("company, last name and phone") << QStringList{"company", "last_name", "phone"};
    }
    void agreesWithEveryPairCompared()
    {
        m_dirty = true;
        QFETCH(QStringList, fields);
        m_tw = std::make_unique<TestWorkspace>();
        QRandomGenerator rng(20260302);
        const QStringList last{"Dupont", "DUPONT", "Dupönt", "Martin", "martin ", "Nguyen", "Müller", "Muller", "Łukasz", "Lukasz"};
        const QStringList companies{"Acme", "ACME", "Acmé", "Globex", "Initech", ""};
        const QStringList cities{"Paris", "paris", "Lyon", ""};
        const QStringList emails{"a@x.fr", "A@X.fr", "b@x.fr", "c@y.fr", "d@y.fr", "e@z.fr", "f@z.fr", "g@w.fr"};
        const QStringList phones{"01 23 45 67 89", "+33123456789", "0033 1 23 45 67 89", "06 00 00 00 01", "+33 6 00 00 00 02",
                                 "06.00.00.00.03", "07 00 00 00 04"};
        const qint64 fr = country("FR");
        struct Keys
        {
            QString last, company, city;
            QSet<QString> emails, phones;
        };
        QList<qint64> leadIds;
        QList<Keys> keys;
        {
            Transaction tx(ws().database()); // one transaction: a few hundred leads in a blink
            for (int i = 0; i < 150; ++i) {
                Lead lead;
                lead.lastName = last.at(rng.bounded(int(last.size())));
                lead.company = companies.at(rng.bounded(int(companies.size())));
                lead.city = cities.at(rng.bounded(int(cities.size())));
                lead.countryId = fr;
                lead.statusId = ws().statuses().idOf(StatusRole::New);
                lead.createdAt = lead.updatedAt = ws().now();
                for (int n = rng.bounded(3); n > 0; --n)
                    lead.emails << emails.at(rng.bounded(int(emails.size())));
                for (int n = rng.bounded(3); n > 0; --n)
                    lead.phones << phones.at(rng.bounded(int(phones.size())));
                auto id = ws().leadRepository().insert(lead);
                QVERIFY(id.ok());
                leadIds << id.value();
                Keys k{Normalize::text(lead.lastName), Normalize::text(lead.company), Normalize::text(lead.city), {}, {}};
                for (const QString &e : lead.emails)
                    k.emails.insert(Normalize::email(e));
                for (const QString &p : lead.phones)
                    k.phones.insert(Normalize::phone(p, QStringLiteral("FR")));
                keys << k;
            }
            QVERIFY(tx.commit());
        }
        auto matches = [&](int a, int b) {
            for (const QString &f : fields) {
                const Keys &x = keys[a], &y = keys[b];
                if (f == QLatin1String("email") ? !x.emails.intersects(y.emails)
                    : f == QLatin1String("phone") ? !x.phones.intersects(y.phones)
                    : f == QLatin1String("last_name") ? (x.last.isEmpty() || x.last != y.last)
                    : f == QLatin1String("company") ? (x.company.isEmpty() || x.company != y.company)
                                                    : (x.city.isEmpty() || x.city != y.city))
                    return false;
            }
            return true;
        };
        // Components of the pair relation, the slow and obvious way.
        QList<int> component(leadIds.size(), -1);
        Groups expected;
        for (int i = 0; i < leadIds.size(); ++i) {
            if (component[i] >= 0)
                continue;
            QList<int> members{i}, queue{i};
            component[i] = i;
            while (!queue.isEmpty()) {
                const int a = queue.takeFirst();
                for (int b = 0; b < leadIds.size(); ++b)
                    if (component[b] < 0 && matches(a, b)) {
                        component[b] = i;
                        members << b;
                        queue << b;
                    }
            }
            if (members.size() > 1) {
                QList<qint64> g;
                for (int m : members)
                    g << leadIds[m];
                std::sort(g.begin(), g.end());
                expected << g;
            }
        }
        std::sort(expected.begin(), expected.end(), [](const QList<qint64> &a, const QList<qint64> &b) { return a.first() < b.first(); });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(find(fields), expected);
    }

    void likelyDuplicatesOnSave_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QList<int>>("expected");
        QTest::addRow("same last name, first name and email") << "jean" << "DUPONT" << "" << "jean.dupont@acme.fr" << "" << QList<int>{0, 1, 2};
        QTest::addRow("same last name, company and phone") << "Marie" << "Dupont" << "ACME SA" << "" << "06 11 22 33 44" << QList<int>{3};
        QTest::addRow("same last name and only the company") << "Paul" << "Dupont" << "Acme SA" << "paul@acme.fr" << "" << QList<int>{};
        QTest::addRow("another last name, all else equal") << "Jean" << "Durand" << "Acme SA" << "jean.dupont@acme.fr" << "01 23 45 67 89"
                                                            << QList<int>{};
        QTest::addRow("no last name") << "Jean" << "" << "Acme SA" << "jean.dupont@acme.fr" << "" << QList<int>{};
    }
    void likelyDuplicatesOnSave()
    {
        m_dirty = true;
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, company);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QList<int>, expected);
        Lead lead = LeadBuilder().named(first, last).company(company).country(country("FR"));
        if (!email.isEmpty())
            lead.emails << email;
        if (!phone.isEmpty())
            lead.phones << phone;
        QList<qint64> expectedIds;
        for (int i : expected)
            expectedIds << m_ids[i];
        QCOMPARE(ws().duplicates().likelyDuplicates(lead), expectedIds);
        // Saving warns the same way, never naming the lead itself.
        auto saved = ws().leads().create(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(saved->likelyDuplicates, expectedIds);
        QVERIFY(!ws().duplicates().likelyDuplicates(saved->lead).contains(saved->lead.id));
    }

    void likelyDuplicatesSkipMarkedPairs()
    {
        m_dirty = true;
        const Lead zero = *ws().leadRepository().find(m_ids[0]);
        QCOMPARE(ws().duplicates().likelyDuplicates(zero), (QList<qint64>{m_ids[1], m_ids[2]}));
        QVERIFY(ws().duplicates().markNotDuplicates({m_ids[0], m_ids[2]}).ok());
        QCOMPARE(ws().duplicates().likelyDuplicates(zero), QList<qint64>{m_ids[1]});
        // Saving the lead warns the same way: the marked pair is left out.
        Lead edited = zero;
        edited.description = QStringLiteral("Called back");
        auto saved = ws().leads().update(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(saved->likelyDuplicates, QList<qint64>{m_ids[1]});
    }

    void fieldsAreDescribed()
    {
        QCOMPARE(DuplicateFinder::fieldKeys().size(), 9);
        for (const QString &key : DuplicateFinder::fieldKeys()) {
            QVERIFY(!DuplicateFinder::fieldLabel(key).isEmpty());
            QCOMPARE(DuplicateFinder::canonicalField(key), key);
        }
        QCOMPARE(DuplicateFinder::canonicalField(QStringLiteral("phones")), QStringLiteral("phone"));
        QVERIFY(DuplicateFinder::canonicalField(QStringLiteral("score")).isEmpty());
        QVERIFY(!DuplicateFinder::defaultFields().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
