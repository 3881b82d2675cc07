// LeadPager: keyset pages of ids give exactly the rows LIMIT/OFFSET gives, in
// every sort and direction, while seeking from anchors and sort marks
// (LeadSortMarks, built here every MarkSpacing leads) instead of skipping.
#include "leadbuilder.h"
#include "leadpager.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "leadsortmarks.h"
#include "statusservice.h"
#include "testworkspace.h"
#include "userservice.h"

#include <QTest>

#include <memory>

class TestLeadPager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    static constexpr int Leads = 600;
    static constexpr int MarkSpacing = 16;

private slots:
    void initTestCase()
    {
        m_tw = std::make_unique<TestWorkspace>();
        // Leads with many equal keys (company, city, score, status, owner
        // or none), so that ties are broken by id across page borders.
        const QList<LeadStatus> statuses = ws().statuses().all();
        auto other = ws().users().ensure(QStringLiteral("other"));
        QVERIFY(other);
        Transaction tx(ws().database());
        for (int i = 0; i < Leads; ++i) {
            Lead l = LeadBuilder()
                         .named(QStringLiteral("F%1").arg(i % 17), QStringLiteral("Name%1").arg((i * 7919) % 101))
                         .title(QStringLiteral("T%1").arg(i % 5))
                         .company(QStringLiteral("Company %1").arg(i % 13))
                         .city(i % 4 ? QStringLiteral("Paris") : QString())
                         .email(QStringLiteral("e%1@x.org").arg(i))
                         .status(statuses.at(i % 4).id)
                         .score(i % 6)
                         .assignedTo(i % 3 == 0 ? 0 : (i % 3 == 1 ? ws().currentUserId() : other->id));
            l.createdAt = l.updatedAt = ws().now().addSecs(i % 50);
            QVERIFY(ws().leadRepository().insert(l));
        }
        QVERIFY(tx.commit());
        LeadSortMarks::setSpacing(MarkSpacing);
        QVERIFY(LeadSortMarks::rebuild(ws().database()));
    }
    void cleanupTestCase()
    {
        m_tw.reset();
        LeadSortMarks::setSpacing(4096);
    }

    /// Every order the grid sorts by, both ways.
    static void addSorts()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("company"),
                                   QStringLiteral("city"), QStringLiteral("created_at"), QStringLiteral("assigned_to"),
                                   QStringLiteral("status"), QStringLiteral("score"), QStringLiteral("title"),
                                   QStringLiteral("email")})
            for (bool desc : {false, true})
                QTest::addRow("%s%s", qPrintable(key), desc ? " desc" : "") << key << desc << QString();
        QTest::addRow("phone") << QStringLiteral("phone") << false << QString();
    }
    void shouldPageLikeOffsets_data()
    {
        addSorts();
        QTest::addRow("search, by name") << QStringLiteral("full_name") << false << QStringLiteral("name1");
        QTest::addRow("search, by status") << QStringLiteral("status") << true << QStringLiteral("name1");
        QTest::addRow("search, by owner") << QStringLiteral("assigned_to") << false << QStringLiteral("name1");
    }
    void shouldPageLikeOffsets()
    {
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        LeadFilter f;
        f.sortField = sort;
        f.sortDescending = descending;
        f.search = search;
        const QList<qint64> all = ws().leadRepository().ids(f);
        LeadPager pager(ws().leadRepository());
        pager.setFilter(f);
        QCOMPARE(pager.count(), all.size());

        // Reading forwards page by page, then jumps both ways, then backwards.
        constexpr int Page = 37;
        QList<qint64> offsets;
        for (qint64 o = 0; o < all.size(); o += Page)
            offsets << o;
        offsets << all.size() - Page << all.size() / 2 << 5 << all.size() / 2 - Page << all.size() / 3;
        for (qint64 o = all.size() - Page; o > 0; o -= Page)
            offsets << o;
        for (qint64 offset : offsets) {
            if (offset < 0)
                continue;
            QCOMPARE(pager.ids(offset, Page), all.mid(offset, Page));
        }
    }

    void shouldSeekFromAnchorsInsteadOfSkipping()
    {
        LeadFilter f;
        f.sortField = QStringLiteral("company");
        LeadPager pager(ws().leadRepository());
        pager.setFilter(f);
        const qint64 n = pager.count();
        // The next page seeks from the last row read: nothing skipped.
        pager.ids(0, 50);
        pager.ids(50, 50);
        QCOMPARE(pager.lastSkip(), 0);
        // The last page reads backwards from the end: nothing skipped.
        pager.ids(n - 50, 50);
        QCOMPARE(pager.lastSkip(), 0);
        // The page before the last one seeks from its anchor.
        pager.ids(n - 100, 50);
        QCOMPARE(pager.lastSkip(), 0);
        // A jump to the middle skips at most half the list.
        pager.ids(n / 2, 50);
        QVERIFY(pager.lastSkip() <= n / 2);
        QVERIFY(pager.anchorCount() > 0);
    }

    void shouldJumpFromTheMarkBefore_data() { addSorts(); }
    void shouldJumpFromTheMarkBefore()
    {
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        LeadFilter f;
        f.sortField = sort;
        f.sortDescending = descending;
        const QList<qint64> all = ws().leadRepository().ids(f);
        // A fresh pager, no anchors: every jump skips at most a bucket
        // (sorts by a reference: a bucket per segment the window spans).
        for (qint64 offset : {qint64(Leads / 2), qint64(Leads / 3), qint64(7), qint64(Leads - 60), qint64(Leads / 2 + 1)}) {
            LeadPager pager(ws().leadRepository());
            pager.setFilter(f);
            QCOMPARE(pager.ids(offset, 20), all.mid(offset, 20));
            QVERIFY2(pager.lastSkip() <= 2 * MarkSpacing, qPrintable(QString::number(pager.lastSkip())));
        }
    }

    void shouldCapASearch()
    {
        LeadFilter f;
        f.search = QStringLiteral("f");
        LeadPager pager(ws().leadRepository());
        pager.setSearchLimit(100);
        pager.setFilter(f);
        QCOMPARE(pager.count(), qint64(100));
        QVERIFY(pager.isCapped());
        QCOMPARE(pager.ids(0, 500).size(), 100);
        // Without a search nothing is capped.
        pager.setFilter(LeadFilter());
        QCOMPARE(pager.count(), qint64(Leads));
        QVERIFY(!pager.isCapped());
    }

    void shouldForgetAnchorsAfterARemovedRow()
    {
        LeadFilter f;
        f.sortField = QStringLiteral("full_name");
        LeadPager pager(ws().leadRepository());
        pager.setFilter(f);
        const qint64 n = pager.count();
        pager.ids(0, 50);
        pager.ids(200, 50);
        const int anchors = pager.anchorCount();
        pager.rowRemoved(100);
        QVERIFY(pager.anchorCount() < anchors);
        QCOMPARE(pager.count(), n - 1);
    }

    // Last: it changes the leads the tests above count.
    void shouldFollowEditsThroughTheMarks()
    {
        // Leads move, leave and come into the list; a new pager's windows stay exact.
        LeadFilter f;
        f.sortField = QStringLiteral("company");
        QList<qint64> ids = ws().leadRepository().ids(f);
        Lead moved = *ws().leads().get(ids.at(5));
        moved.company = QStringLiteral("ZZZ last");
        QVERIFY(ws().leads().update(moved));
        QVERIFY(ws().leads().remove({ids.at(300), ids.at(301)}));
        QVERIFY(ws().leads().changeStatus({ids.at(10), ids.at(400)}, ws().statuses().all().at(1).id));
        for (const QString &sort : {QStringLiteral("company"), QStringLiteral("status"), QStringLiteral("id")})
            for (bool desc : {false, true}) {
                f.sortField = sort;
                f.sortDescending = desc;
                const QList<qint64> all = ws().leadRepository().ids(f);
                LeadPager pager(ws().leadRepository());
                pager.setFilter(f);
                QCOMPARE(pager.count(), all.size());
                for (qint64 offset = all.size() - 1; offset >= 0; offset -= 53)
                    QCOMPARE(pager.ids(offset, 25), all.mid(offset, 25));
            }
    }
};

QTEST_GUILESS_MAIN(TestLeadPager)
#include "tst_leadpager.moc"
