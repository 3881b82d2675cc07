// LeadRepository listing: the menus, the filters, the full-text prefix
// search (accent-insensitive, over names, company, emails, phone digits and
// city) kept up to date on every write, sorting, paging and the list rows.
#include "normalize.h"
#include "testhelpers.h"

#include <QTest>
#include <QTimeZone>

using namespace TestHelpers;

using Ids = QList<qint64>;

class TestLeadRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    LeadRepository &repo() { return ws().leadRepository(); }
    qint64 m_me = 0, m_alice = 0, m_web = 0, m_fair = 0, m_hot = 0, m_vip = 0;
    qint64 m_lukasz = 0, m_anna = 0, m_bob = 0, m_chloe = 0, m_dave = 0;

    qint64 create(const Lead &lead, const QDate &day)
    {
        m_tw->setNow(QDateTime(day, QTime(12, 0), QTimeZone::utc()));
        return m_tw->addLead(lead);
    }
    void force(qint64 lead, StatusRole role)
    {
        QVERIFY(ws().database().exec(QStringLiteral("UPDATE leads SET status_id = ? WHERE id = ?"),
                                     {ws().statuses().idOf(role), lead}).ok());
    }
    LeadFilter filter() const
    {
        LeadFilter f;
        f.currentUserId = m_me;
        return f;
    }
    /// The ids a filter lists, checking that count() agrees.
    Ids listed(const LeadFilter &f)
    {
        const Ids ids = repo().ids(f);
        if (repo().count(f) != ids.size())
            qWarning("count %lld differs from %lld ids", repo().count(f), qint64(ids.size()));
        return ids;
    }
    Ids search(const QString &text)
    {
        LeadFilter f = filter();
        f.search = text;
        return listed(f);
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_me = ws().currentUserId();
        m_alice = addUser(ws(), QStringLiteral("alice"), QStringLiteral("Alice Martin"));
        m_web = ws().references().list(RefKind::Source).at(0).id;
        m_fair = ws().references().list(RefKind::Source).at(1).id;
        m_hot = ws().references().add(RefKind::Tag, QStringLiteral("Hot")).value().id;
        m_vip = ws().references().add(RefKind::Tag, QStringLiteral("VIP")).value().id;
        const qint64 fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));

        Lead l1 = LeadBuilder().named(QStringLiteral("Łukasz"), QStringLiteral("Weiß")).company(QStringLiteral("Dubœuf Vins"))
                      .email(QStringLiteral("Lukasz@Duboeuf.fr")).phone(QStringLiteral("01.23.45.67.89")).country(fr)
                      .city(QStringLiteral("Łódź")).assignedTo(m_me).source(m_web).tag(m_hot).score(2);
        l1.title = QStringLiteral("Forty vans");
        m_lukasz = create(l1, QDate(2026, 1, 10));
        m_anna = create(LeadBuilder().named(QStringLiteral("Anna"), QStringLiteral("Ærø")).company(QStringLiteral("Acme"))
                            .email(QStringLiteral("anna@acme.com")).phone(QStringLiteral("+1 415 555 2671")).city(QStringLiteral("Copenhagen"))
                            .status(statusId(ws(), QStringLiteral("Nurturing"))).assignedTo(m_alice).source(m_fair).tag(m_hot).tag(m_vip).score(5),
                        QDate(2026, 2, 15));
        m_bob = create(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Zeller")).company(QStringLiteral("Zeta"))
                           .city(QStringLiteral("Berlin")).assignedTo(m_me).score(0),
                       QDate(2026, 3, 1));
        m_chloe = create(LeadBuilder().named(QStringLiteral("Chloé"), QStringLiteral("Martin")).company(QStringLiteral("acme"))
                             .email(QStringLiteral("chloe@martin.org")).score(3),
                         QDate(2026, 3, 2));
        m_dave = create(LeadBuilder().named(QStringLiteral("Dave"), QStringLiteral("Young")).city(QStringLiteral("Paris")).score(1),
                        QDate(2026, 2, 28));
        QVERIFY(m_lukasz && m_anna && m_bob && m_chloe && m_dave);
        force(m_bob, StatusRole::Lost);
        force(m_chloe, StatusRole::Converted);
    }
    void cleanup() { m_tw.reset(); }

    void menus_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<bool>("asAlice");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("all") << "all" << false << QStringList{"lukasz", "anna", "bob", "chloe", "dave"};
        QTest::addRow("opened") << "opened" << false << QStringList{"lukasz", "anna", "dave"};
        QTest::addRow("closed") << "closed" << false << QStringList{"bob", "chloe"};
        QTest::addRow("my leads: assigned to me and open") << "my" << false << QStringList{"lukasz"};
        QTest::addRow("Alice's leads") << "my" << true << QStringList{"anna"};
    }
    void menus()
    {
        QFETCH(QString, menu);
        QFETCH(bool, asAlice);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> byName{{"lukasz", m_lukasz}, {"anna", m_anna}, {"bob", m_bob}, {"chloe", m_chloe}, {"dave", m_dave}};
        LeadFilter f = filter();
        QVERIFY(LeadFilter::menuFromKey(menu, &f.menu));
        QCOMPARE(LeadFilter::menuKey(f.menu), menu);
        if (asAlice)
            f.currentUserId = m_alice;
        Ids ids;
        for (const QString &n : expected)
            ids << byName.value(n);
        QCOMPARE(listed(f), ids);
        QCOMPARE(repo().count(f), qint64(ids.size()));
    }

    void unknownMenuKey()
    {
        LeadFilter::Menu m = LeadFilter::Menu::My;
        QVERIFY(!LeadFilter::menuFromKey(QStringLiteral("mine"), &m));
    }

    void filters()
    {
        LeadFilter f = filter();
        f.statusIds = {statusId(ws(), QStringLiteral("Nurturing")), ws().statuses().idOf(StatusRole::Lost)};
        QCOMPARE(listed(f), (Ids{m_anna, m_bob}));

        f = filter();
        f.assignedTo = {m_me};
        QCOMPARE(listed(f), (Ids{m_lukasz, m_bob}));
        f.assignedTo = {-1};
        QCOMPARE(listed(f), (Ids{m_chloe, m_dave}));
        f.assignedTo = {m_alice, -1};
        QCOMPARE(listed(f), (Ids{m_anna, m_chloe, m_dave}));

        f = filter();
        f.sourceIds = {m_fair};
        QCOMPARE(listed(f), Ids{m_anna});

        f = filter();
        f.tagIds = {m_hot};
        QCOMPARE(listed(f), (Ids{m_lukasz, m_anna}));
        f.tagIds = {m_vip};
        QCOMPARE(listed(f), Ids{m_anna});

        f = filter();
        f.createdFrom = QDate(2026, 2, 15);
        f.createdTo = QDate(2026, 3, 1);
        QCOMPARE(listed(f), (Ids{m_anna, m_bob, m_dave}));
        f.createdTo = QDate();
        QCOMPARE(listed(f), (Ids{m_anna, m_bob, m_chloe, m_dave}));
        f.createdFrom = QDate();
        f.createdTo = QDate(2026, 1, 10);
        QCOMPARE(listed(f), Ids{m_lukasz});

        f = filter();
        f.ids = {m_dave, m_bob};
        QCOMPARE(listed(f), (Ids{m_bob, m_dave}));
    }

    void filtersCombine()
    {
        LeadFilter f = filter();
        f.menu = LeadFilter::Menu::Opened;
        f.tagIds = {m_hot};
        f.assignedTo = {m_me};
        QCOMPARE(listed(f), Ids{m_lukasz});
        f.search = QStringLiteral("anna");
        QCOMPARE(listed(f), Ids{});
    }

    void countsByStatus()
    {
        const QHash<qint64, qint64> all = repo().countByStatus(filter());
        QCOMPARE(all.value(ws().statuses().idOf(StatusRole::New)), 2);
        QCOMPARE(all.value(statusId(ws(), QStringLiteral("Nurturing"))), 1);
        QCOMPARE(all.value(ws().statuses().idOf(StatusRole::Lost)), 1);
        QCOMPARE(all.value(ws().statuses().idOf(StatusRole::Converted)), 1);
        QCOMPARE(all.value(statusId(ws(), QStringLiteral("Sales qualification"))), 0);
        LeadFilter f = filter();
        f.tagIds = {m_hot};
        const QHash<qint64, qint64> hot = repo().countByStatus(f);
        QCOMPARE(hot.value(ws().statuses().idOf(StatusRole::New)), 1);
        QCOMPARE(hot.value(statusId(ws(), QStringLiteral("Nurturing"))), 1);
        QCOMPARE(hot.value(ws().statuses().idOf(StatusRole::Lost)), 0);
    }

    void prefixSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("folded city") << "lodz" << QStringList{"lukasz"};
        QTest::addRow("accented prefix") << "Łód" << QStringList{"lukasz"};
        QTest::addRow("sharp s folded") << "weis" << QStringList{"lukasz"};
        QTest::addRow("ligature company") << "dubœ" << QStringList{"lukasz"};
        QTest::addRow("ligature folded") << "DUBOEUF" << QStringList{"lukasz"};
        QTest::addRow("Danish name folded") << "aero" << QStringList{"anna"};
        QTest::addRow("Danish name as typed") << "Ærø" << QStringList{"anna"};
        QTest::addRow("first name prefix") << "chlo" << QStringList{"chloe"};
        QTest::addRow("two prefixes") << "chlo mart" << QStringList{"chloe"};
        QTest::addRow("company and email") << "acme" << QStringList{"anna", "chloe"};
        QTest::addRow("email") << "anna@acme" << QStringList{"anna"};
        QTest::addRow("email domain") << "martin.org" << QStringList{"chloe"};
        QTest::addRow("email case-insensitive") << "LUKASZ@duboeuf" << QStringList{"lukasz"};
        QTest::addRow("national phone digits") << "0123" << QStringList{"lukasz"};
        QTest::addRow("international phone digits") << "33123" << QStringList{"lukasz"};
        QTest::addRow("phone as typed") << "01.23.45" << QStringList{"lukasz"};
        QTest::addRow("phone with spaces") << "01 23 45" << QStringList{"lukasz"};
        QTest::addRow("international phone as typed") << "+33 1 23" << QStringList{"lukasz"};
        QTest::addRow("US phone as typed") << "(415) 555" << QStringList{"anna"};
        QTest::addRow("US phone") << "1415555" << QStringList{"anna"};
        QTest::addRow("title") << "forty" << QStringList{"lukasz"};
        QTest::addRow("city") << "paris" << QStringList{"dave"};
        QTest::addRow("closed leads too") << "zeller" << QStringList{"bob"};
        QTest::addRow("no match") << "zzz" << QStringList{};
        QTest::addRow("a middle of word is no prefix") << "kasz" << QStringList{};
        QTest::addRow("FTS syntax is plain text") << "acme OR zeta" << QStringList{};
        QTest::addRow("quotes") << "\"anna" << QStringList{"anna"};
        QTest::addRow("blank lists everything") << "   " << QStringList{"lukasz", "anna", "bob", "chloe", "dave"};
    }
    void prefixSearch()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> byName{{"lukasz", m_lukasz}, {"anna", m_anna}, {"bob", m_bob}, {"chloe", m_chloe}, {"dave", m_dave}};
        Ids ids;
        for (const QString &n : expected)
            ids << byName.value(n);
        QCOMPARE(search(text), ids);
    }

    void searchFollowsEveryWrite()
    {
        // update
        Lead lead = *repo().find(m_dave);
        lead.lastName = QStringLiteral("Øster");
        lead.emails = {QStringLiteral("dave@oster.dk")};
        QVERIFY(ws().leads().update(lead).ok());
        QCOMPARE(search(QStringLiteral("young")), Ids{});
        QCOMPARE(search(QStringLiteral("oster")), Ids{m_dave});
        QCOMPARE(search(QStringLiteral("dave@oster")), Ids{m_dave});
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM leads_fts WHERE rowid = %1").arg(m_dave)).toInt(), 1);
        // insert
        const qint64 added = m_tw->addLead(LeadBuilder().named(QStringLiteral("Eve"), QStringLiteral("Øster")));
        QCOMPARE(search(QStringLiteral("oster")), (Ids{m_dave, added}));
        // delete
        QVERIFY(ws().leads().remove({m_dave}).ok());
        QCOMPARE(search(QStringLiteral("oster")), Ids{added});
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM leads_fts WHERE rowid = %1").arg(m_dave)).toInt(), 0);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM leads_fts")).toInt(), 5);
    }

    void mergedLeadsLeaveListsAndSearch()
    {
        QVERIFY(repo().setMergedInto({m_dave}, m_lukasz).ok());
        QVERIFY(!listed(filter()).contains(m_dave));
        QCOMPARE(search(QStringLiteral("paris")), Ids{});
        QCOMPARE(repo().countByStatus(filter()).value(ws().statuses().idOf(StatusRole::New)), 1);
        QVERIFY(repo().exists(m_dave));
        QCOMPARE(repo().find(m_dave)->mergedInto, m_lukasz);
        // undo brings it back
        QVERIFY(repo().setMergedInto({m_dave}, 0).ok());
        QCOMPARE(search(QStringLiteral("paris")), Ids{m_dave});
        QVERIFY(listed(filter()).contains(m_dave));
    }

    void sorting_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("id") << "id" << false << QStringList{"lukasz", "anna", "bob", "chloe", "dave"};
        QTest::addRow("id descending") << "id" << true << QStringList{"dave", "chloe", "bob", "anna", "lukasz"};
        QTest::addRow("full name, folded") << "full_name" << false << QStringList{"anna", "bob", "chloe", "dave", "lukasz"};
        QTest::addRow("last name, folded") << "last_name" << false << QStringList{"anna", "chloe", "lukasz", "dave", "bob"};
        QTest::addRow("company, folded, ties by id") << "company" << false << QStringList{"dave", "anna", "chloe", "lukasz", "bob"};
        QTest::addRow("company descending") << "company" << true << QStringList{"bob", "lukasz", "chloe", "anna", "dave"};
        QTest::addRow("city") << "city" << false << QStringList{"chloe", "bob", "anna", "lukasz", "dave"};
        QTest::addRow("created on") << "created_at" << false << QStringList{"lukasz", "anna", "dave", "bob", "chloe"};
        QTest::addRow("created on, newest first") << "created_at" << true << QStringList{"chloe", "bob", "dave", "anna", "lukasz"};
        QTest::addRow("score, best first") << "score" << true << QStringList{"anna", "chloe", "lukasz", "dave", "bob"};
        QTest::addRow("email") << "email" << false << QStringList{"bob", "dave", "anna", "chloe", "lukasz"};
        QTest::addRow("unknown field: by id") << "shoe_size" << false << QStringList{"lukasz", "anna", "bob", "chloe", "dave"};
    }
    void sorting()
    {
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> byName{{"lukasz", m_lukasz}, {"anna", m_anna}, {"bob", m_bob}, {"chloe", m_chloe}, {"dave", m_dave}};
        Ids ids;
        for (const QString &n : expected)
            ids << byName.value(n);
        LeadFilter f = filter();
        f.sortField = sort;
        f.sortDescending = descending;
        QCOMPARE(listed(f), ids);
        // rows() lists in the same order
        Ids rowIds;
        for (const LeadRow &r : repo().rows(f, 0, 100))
            rowIds << r.id;
        QCOMPARE(rowIds, ids);
    }

    void sortingByStatusFollowsTheirOrder()
    {
        QVERIFY(ws().statuses().move(statusId(ws(), QStringLiteral("Nurturing")), 1).ok());
        LeadFilter f = filter();
        f.sortField = QStringLiteral("status");
        QCOMPARE(listed(f), (Ids{m_anna, m_lukasz, m_dave, m_chloe, m_bob}));
    }

    void sortingByOwnerFollowsTheirNames()
    {
        // Users are created in an order unlike their names: the list follows the names.
        const qint64 zoe = addUser(ws(), QStringLiteral("zoe"), QStringLiteral("Zoé Adams"));
        const qint64 aaron = addUser(ws(), QStringLiteral("aaron"), QStringLiteral("aaron Zimmer"));
        for (auto [lead, user] : {std::pair{m_dave, zoe}, std::pair{m_anna, aaron}}) {
            const Result<int> r = ws().leads().assign({lead}, user);
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
        }
        LeadFilter f = filter();
        f.sortField = QStringLiteral("assigned_to");
        QStringList names;
        for (const LeadRow &r : repo().rows(f, 0, 100))
            names << r.assignedName;
        QCOMPARE(names.size(), 5);
        QVERIFY2(names.first().isEmpty() || !names.contains(QString()), qPrintable(names.join(QLatin1Char('|'))));
        QStringList folded;
        for (const QString &n : names)
            folded << Normalize::text(n);
        QStringList sorted = folded;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(folded, sorted);
        QCOMPARE(names.at(names.contains(QString()) ? 1 : 0), QStringLiteral("aaron Zimmer"));
        f.sortDescending = true;
        QCOMPARE(repo().rows(f, 0, 100).first().assignedName, QStringLiteral("Zoé Adams"));
    }

    void sortableFieldsAreListed()
    {
        const QStringList fields = LeadRepository::sortableFields();
        for (const char *key : {"id", "full_name", "company", "city", "created_at", "score", "status", "assigned_to", "email", "phone", "title"})
            QVERIFY2(fields.contains(QString::fromLatin1(key)), key);
    }

    void paging()
    {
        LeadFilter f = filter();
        f.sortField = QStringLiteral("full_name");
        const Ids all = repo().ids(f);
        QCOMPARE(all.size(), 5);
        QCOMPARE(repo().ids(f, 0, 2), all.mid(0, 2));
        QCOMPARE(repo().ids(f, 2, 2), all.mid(2, 2));
        QCOMPARE(repo().ids(f, 4, 2), all.mid(4, 1));
        QCOMPARE(repo().ids(f, 5, 2), Ids{});
        QCOMPARE(repo().rows(f, 1, 3).size(), 3);
        QCOMPARE(repo().rows(f, 1, 3).first().id, all.at(1));
    }

    void rowsCarryWhatListsShow()
    {
        const QList<LeadRow> rows = repo().rowsByIds({m_anna, m_lukasz, 99999});
        QCOMPARE(rows.size(), 2);
        const LeadRow &anna = rows[0];
        QCOMPARE(anna.id, m_anna);
        QCOMPARE(anna.fullName, QStringLiteral("Anna Ærø"));
        QCOMPARE(anna.company, QStringLiteral("Acme"));
        QCOMPARE(anna.email, QStringLiteral("anna@acme.com"));
        QCOMPARE(anna.phone, QStringLiteral("+1 415 555 2671"));
        QCOMPARE(anna.city, QStringLiteral("Copenhagen"));
        QCOMPARE(anna.assignedTo, m_alice);
        QCOMPARE(anna.assignedName, QStringLiteral("Alice Martin"));
        QCOMPARE(anna.statusId, statusId(ws(), QStringLiteral("Nurturing")));
        QCOMPARE(anna.score, 5);
        QCOMPARE(anna.createdAt, QDateTime(QDate(2026, 2, 15), QTime(12, 0), QTimeZone::utc()));
        Ids tags = anna.tagIds;
        std::sort(tags.begin(), tags.end());
        QCOMPARE(tags, (Ids{m_hot, m_vip}));
        QCOMPARE(rows[1].id, m_lukasz);
        QCOMPARE(rows[1].title, QStringLiteral("Forty vans"));
    }

    void setFieldWritesManyAtOnce()
    {
        const QDateTime later(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc());
        QVERIFY(repo().setField({m_anna, m_dave}, QStringLiteral("score"), 4, later).ok());
        QCOMPARE(repo().find(m_anna)->score, 4);
        QCOMPARE(repo().find(m_dave)->score, 4);
        QCOMPARE(repo().find(m_dave)->updatedAt, later);
        QCOMPARE(repo().find(m_bob)->score, 0);
        QVERIFY(!repo().setField({m_anna}, QStringLiteral("tags"), 1, later).ok());
        QVERIFY(!repo().setField({m_anna}, QStringLiteral("no_such_field"), 1, later).ok());
    }

    void eventDatesAreDerived()
    {
        const QString sql = QStringLiteral("INSERT INTO events (lead_id, kind, subject, starts_at, state, created_at) VALUES (%1, 'call', '%2', '%3', '%4', '2026-01-01T00:00:00.000Z')");
        sqlInsert(ws(), sql.arg(m_anna).arg(QStringLiteral("past")).arg(QStringLiteral("2026-03-01T10:00:00.000Z"), QStringLiteral("done")));
        sqlInsert(ws(), sql.arg(m_anna).arg(QStringLiteral("next")).arg(QStringLiteral("2026-03-05T10:00:00.000Z"), QStringLiteral("planned")));
        sqlInsert(ws(), sql.arg(m_anna).arg(QStringLiteral("later")).arg(QStringLiteral("2026-03-09T10:00:00.000Z"), QStringLiteral("planned")));
        sqlInsert(ws(), sql.arg(m_anna).arg(QStringLiteral("cancelled")).arg(QStringLiteral("2026-03-04T10:00:00.000Z"), QStringLiteral("cancelled")));
        const VoidResult r = repo().refreshEventDates(m_anna, QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Lead anna = *repo().find(m_anna);
        QCOMPARE(anna.lastEventAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(anna.nextEventAt, QDateTime(QDate(2026, 3, 5), QTime(10, 0), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestLeadRepository)
#include "tst_leadrepository.moc"
