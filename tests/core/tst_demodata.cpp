// Demo data: deterministic, realistic (accents, several emails and phones,
// tags, owners, every status of the kanban), all or nothing, and only ever
// added to an empty database. Also the saved filters the grid keeps.
#include "demodata.h"
#include "eventservice.h"
#include "savedfilterservice.h"
#include "testhelpers.h"

#include <QSet>
#include <QTest>

using namespace TestHelpers;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void fillsAnEmptyDatabase();
    void isDeterministic();
    void refusesADatabaseWithLeads();
    void refusesAnAbsurdSize();
    void restoresTheClock();
    void savedFiltersRoundTrip();
    void savedFiltersBelongToTheirUser();

private:
    static QList<Lead> allLeads(Workspace &ws);
};

QList<Lead> TestDemoData::allLeads(Workspace &ws)
{
    QList<Lead> out;
    for (qint64 id : ws.leadRepository().ids(LeadFilter{}))
        out << *ws.leadRepository().find(id);
    return out;
}

void TestDemoData::fillsAnEmptyDatabase()
{
    TestWorkspace tw;
    Workspace &ws = tw.ws();
    auto filled = DemoData::fill(ws, {120, 7});
    QVERIFY2(filled.ok(), qPrintable(filled.errorText()));
    QCOMPARE(filled.value(), 120);
    const QList<Lead> leads = allLeads(ws);
    QCOMPARE(leads.size(), 120);

    QSet<qint64> statuses, owners;
    int accented = 0, twoPhones = 0, tagged = 0, withEmail = 0;
    for (const Lead &l : leads) {
        statuses.insert(l.statusId);
        owners.insert(l.assignedTo);
        const QString name = l.fullName() + l.company;
        accented += std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }) ? 1 : 0;
        twoPhones += l.phones.size() >= 2 ? 1 : 0;
        tagged += l.tagIds.isEmpty() ? 0 : 1;
        withEmail += l.emails.isEmpty() ? 0 : 1;
        QVERIFY(!l.lastName.isEmpty() || !l.company.isEmpty());
        QVERIFY(l.score >= 0 && l.score <= 5);
    }
    // Every status of the kanban has leads, converted and lost included.
    QCOMPARE(statuses.size(), ws.statuses().all().size());
    QVERIFY(owners.size() >= 4);
    QVERIFY(accented > 20);
    QVERIFY(twoPhones > 5);
    QVERIFY(tagged > 40);
    QVERIFY(withEmail > 90);
    // Created over months, not all at once.
    QDateTime first = leads.first().createdAt, last = first;
    for (const Lead &l : leads) {
        first = qMin(first, l.createdAt);
        last = qMax(last, l.createdAt);
    }
    QVERIFY(first.daysTo(last) > 90);
    QVERIFY(ws.users().all().size() >= 5);
}

void TestDemoData::isDeterministic()
{
    TestWorkspace a, b;
    QVERIFY(DemoData::fill(a.ws(), {40, 11}).ok());
    QVERIFY(DemoData::fill(b.ws(), {40, 11}).ok());
    const QList<Lead> x = allLeads(a.ws()), y = allLeads(b.ws());
    QCOMPARE(x.size(), y.size());
    for (int i = 0; i < x.size(); ++i) {
        QCOMPARE(x.at(i).fullName(), y.at(i).fullName());
        QCOMPARE(x.at(i).emails, y.at(i).emails);
        QCOMPARE(x.at(i).statusId, y.at(i).statusId);
    }
}

void TestDemoData::refusesADatabaseWithLeads()
{
    TestWorkspace tw;
    QVERIFY(tw.addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont"))));
    auto r = DemoData::fill(tw.ws(), {10, 1});
    QVERIFY(!r.ok());
    QCOMPARE(r.problems().first().field, QStringLiteral("leads"));
    QCOMPARE(tw.ws().leadRepository().count(LeadFilter{}), 1);
}

void TestDemoData::refusesAnAbsurdSize()
{
    TestWorkspace tw;
    QVERIFY(!DemoData::fill(tw.ws(), {-1, 1}).ok());
    QCOMPARE(tw.ws().leadRepository().count(LeadFilter{}), 0);
}

void TestDemoData::restoresTheClock()
{
    TestWorkspace tw;
    const QDateTime before = tw.ws().now();
    QVERIFY(DemoData::fill(tw.ws(), {15, 3}).ok());
    QCOMPARE(tw.ws().now(), before);
}

void TestDemoData::savedFiltersRoundTrip()
{
    LeadFilter f;
    f.menu = LeadFilter::Menu::Closed;
    f.statusIds = {3, 4};
    f.assignedTo = {-1, 7};
    f.sourceIds = {2};
    f.tagIds = {5, 6};
    f.createdFrom = QDate(2026, 1, 1);
    f.createdTo = QDate(2026, 2, 28);
    f.search = QStringLiteral("Łódź");
    f.sortField = QStringLiteral("company");
    f.sortDescending = true;
    QCOMPARE(SavedFilterService::fromJson(SavedFilterService::toJson(f)), f);

    TestWorkspace tw;
    SavedFilterService service(tw.ws());
    auto saved = service.save(QStringLiteral("Closed in Łódź"), f);
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    tw.reopen();
    SavedFilterService again(tw.ws());
    const QList<SavedFilter> list = again.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, QStringLiteral("Closed in Łódź"));
    QCOMPARE(list.first().filter, f);
}

void TestDemoData::savedFiltersBelongToTheirUser()
{
    TestWorkspace tw;
    SavedFilterService mine(tw.ws());
    auto saved = mine.save(QStringLiteral("Mine"), LeadFilter{});
    QVERIFY(saved.ok());
    QVERIFY(TestHelpers::addUser(tw.ws(), QStringLiteral("someone")));
    tw.reopen(QStringLiteral("someone"));
    SavedFilterService theirs(tw.ws());
    QVERIFY(theirs.list().isEmpty());
    QVERIFY(!theirs.remove(saved->id).ok());
    tw.reopen();
    SavedFilterService back(tw.ws());
    QVERIFY(back.remove(saved->id).ok());
    QVERIFY(back.list().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
