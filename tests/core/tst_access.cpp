// Roles (seed 003) through the core: each role × each action, allowed or
// refused, on leads owned by the user, by a teammate, by someone else, by
// nobody, and of a partner company; what each role sees in lists, counts
// and search; and a refused action leaves the lead at the same version.
#include "conversionservice.h"
#include "eventservice.h"
#include "leadqueries.h"
#include "lossservice.h"
#include "partnerqueries.h"
#include "testhelpers.h"

#include <QTest>
#include <QTimeZone>

using namespace TestHelpers;

namespace {
using LA = Access::LeadAction;
}

class TestAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &admin() { return m_tw->ws(); }
    qint64 m_team = 0, m_partner = 0;
    QHash<QString, qint64> m_users;  // login → id
    QHash<QString, qint64> m_leads;  // own, teammate, other, free, partner, closed

    qint64 user(const QString &login, Role role, bool inTeam = false)
    {
        User u;
        u.login = login;
        u.role = role;
        u.partnerId = role == Role::Partner ? m_partner : 0;
        auto added = admin().users().add(u);
        if (!added) {
            qWarning("user add failed: %s", qPrintable(added.errorText()));
            return 0;
        }
        if (inTeam) {
            QList<qint64> members = admin().users().teamMembers(m_team);
            members << added->id;
            if (!admin().users().setTeamMembers(m_team, members))
                qWarning("team failed");
        }
        return added->id;
    }
    qint64 lead(const QString &name, qint64 owner, qint64 team = 0, qint64 channelPartner = 0)
    {
        Lead l = LeadBuilder().named(QStringLiteral("Ann"), name);
        l.assignedTo = owner;
        l.teamId = team;
        l.channelPartnerId = channelPartner;
        return m_tw->addLead(l);
    }
    std::unique_ptr<Workspace> as(const QString &login)
    {
        auto ws = Workspace::open(m_tw->path(), login);
        if (!ws) {
            qWarning("open as %s: %s", qPrintable(login), qPrintable(ws.errorText()));
            return nullptr;
        }
        return std::move(ws.value());
    }
    QSet<QString> visible(Workspace &ws, const QString &search = {})
    {
        LeadFilter f;
        f.search = search;
        QSet<QString> out;
        for (qint64 id : ws.leadRepository().ids(f))
            out << m_leads.key(id);
        if (ws.leadRepository().count(f) != out.size())
            out << QStringLiteral("(count differs)");
        return out;
    }
    /// Tries `action` on lead `key` as `ws`; the lead is unchanged when refused.
    bool tries(Workspace &ws, LA action, const QString &key)
    {
        const qint64 id = m_leads.value(key);
        const qint64 before = admin().leadRepository().find(id)->version;
        bool ok = false;
        switch (action) {
        case LA::See:
            ok = ws.leads().get(id).ok();
            break;
        case LA::Edit: {
            auto l = ws.leads().get(id);
            if (!l)
                return false;
            Lead e = l.value();
            e.city = QStringLiteral("Lyon");
            ok = ws.leads().update(e, l.value()).ok();
            break;
        }
        case LA::Comment:
            ok = ws.leads().addComment(id, QStringLiteral("Called")).ok();
            break;
        case LA::Take:
            ok = ws.leads().takeInCharge({id}).ok();
            break;
        case LA::Assign:
            ok = ws.leads().assign({id}, m_users.value(QStringLiteral("zoe"))).ok();
            break;
        case LA::ChangeStatus:
            ok = ws.leads().changeStatus({id}, statusId(ws, QStringLiteral("Nurturing"))).ok();
            break;
        case LA::Convert: {
            ConversionRequest r;
            r.leadId = id;
            ok = ws.conversions().convert(r).ok();
            break;
        }
        case LA::Lose:
            ok = ws.losses().lose(id, ws.references().list(RefKind::LossReason).first().id, {}).ok();
            break;
        case LA::Delete:
            ok = ws.leads().remove({id}).ok();
            break;
        case LA::Activities: {
            Event e;
            e.leadId = id;
            e.subject = QStringLiteral("Call");
            e.startsAt = QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc());
            ok = ws.events().add(e).ok();
            break;
        }
        case LA::Reopen:
            break;
        }
        if (!ok && admin().leadRepository().find(id)->version != before)
            qWarning("a refused action changed lead %s", qPrintable(key));
        return ok;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_users.clear();
        m_leads.clear();
        m_team = admin().references().add(RefKind::Team, QStringLiteral("North"))->id;
        m_partner = addPartner(admin(), QStringLiteral("Reseller SA"));
        m_users[QStringLiteral("mia")] = user(QStringLiteral("mia"), Role::Manager, true);
        m_users[QStringLiteral("sam")] = user(QStringLiteral("sam"), Role::Sales, true);
        m_users[QStringLiteral("tom")] = user(QStringLiteral("tom"), Role::Sales, true);
        m_users[QStringLiteral("zoe")] = user(QStringLiteral("zoe"), Role::Sales);
        m_users[QStringLiteral("max")] = user(QStringLiteral("max"), Role::Marketeer);
        m_users[QStringLiteral("pat")] = user(QStringLiteral("pat"), Role::Partner);
        m_leads[QStringLiteral("own")] = lead(QStringLiteral("Own"), m_users.value(QStringLiteral("sam")));
        m_leads[QStringLiteral("teammate")] = lead(QStringLiteral("Teammate"), m_users.value(QStringLiteral("tom")), m_team);
        m_leads[QStringLiteral("other")] = lead(QStringLiteral("Other"), m_users.value(QStringLiteral("zoe")));
        m_leads[QStringLiteral("free")] = lead(QStringLiteral("Free"), 0);
        m_leads[QStringLiteral("partner")] = lead(QStringLiteral("Partnered"), m_users.value(QStringLiteral("zoe")), 0, m_partner);
        m_leads[QStringLiteral("closed")] = lead(QStringLiteral("Closed"), m_users.value(QStringLiteral("zoe")));
        QVERIFY(admin().losses().lose(m_leads.value(QStringLiteral("closed")), admin().references().list(RefKind::LossReason).first().id, {}));
    }
    void cleanup() { m_tw.reset(); }

    void eachRoleSeesItsLeads_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("sees");
        const QStringList all{"own", "teammate", "other", "free", "partner", "closed"};
        QTest::newRow("admin") << "tester" << all;
        QTest::newRow("manager of North") << "mia" << QStringList{"own", "teammate", "free"};
        QTest::newRow("sales in North") << "sam" << QStringList{"own", "teammate", "free"};
        QTest::newRow("sales in no team") << "zoe" << QStringList{"other", "free", "partner", "closed"};
        QTest::newRow("marketeer") << "max" << QStringList{"own", "teammate", "other", "free", "partner"};
        QTest::newRow("partner user") << "pat" << QStringList{"partner"};
    }
    void eachRoleSeesItsLeads()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, sees);
        auto ws = as(login);
        QVERIFY(ws);
        const QSet<QString> expected(sees.cbegin(), sees.cend());
        QCOMPARE(visible(*ws), expected);
        // Search and counts by status follow the same rule.
        QSet<QString> found = visible(*ws, QStringLiteral("ann"));
        QCOMPARE(found, expected);
        qint64 counted = 0;
        for (qint64 n : ws->leadRepository().countByStatus(LeadFilter{}))
            counted += n;
        QCOMPARE(counted, qint64(expected.size()));
        for (const QString &key : m_leads.keys())
            QCOMPARE(ws->leads().get(m_leads.value(key)).ok(), expected.contains(key));
        QCOMPARE(ws->leads().history(m_leads.value(QStringLiteral("other"))).isEmpty(), !expected.contains(QStringLiteral("other")));
    }

    void eachRoleDoesWhatItMay_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("lead");
        QTest::addColumn<bool>("allowed");
        struct Row
        {
            const char *login;
            LA action;
            const char *lead;
            bool allowed;
        };
        const Row rows[] = {
            {"tester", LA::Edit, "other", true},       {"tester", LA::Assign, "free", true},
            {"tester", LA::Delete, "other", true},     {"tester", LA::Convert, "own", true},
            {"mia", LA::Edit, "teammate", true},       {"mia", LA::Assign, "free", false},
            {"mia", LA::Lose, "teammate", true},       {"mia", LA::Edit, "other", false},
            {"mia", LA::Convert, "own", true},         {"mia", LA::Delete, "teammate", true},
            {"sam", LA::Edit, "own", true},            {"sam", LA::Edit, "teammate", false},
            {"sam", LA::Comment, "teammate", true},    {"sam", LA::Take, "free", true},
            {"sam", LA::Take, "teammate", false},      {"sam", LA::Assign, "own", false},
            {"sam", LA::ChangeStatus, "own", true},    {"sam", LA::ChangeStatus, "teammate", false},
            {"sam", LA::Convert, "own", true},         {"sam", LA::Convert, "teammate", false},
            {"sam", LA::Lose, "own", true},            {"sam", LA::Delete, "own", true},
            {"sam", LA::Delete, "free", false},        {"sam", LA::Activities, "own", true},
            {"sam", LA::Activities, "teammate", false}, {"sam", LA::Edit, "other", false},
            {"sam", LA::Comment, "other", false},      {"max", LA::Edit, "other", false},
            {"max", LA::ChangeStatus, "other", true},  {"max", LA::Comment, "other", true},
            {"max", LA::Convert, "own", false},        {"max", LA::Lose, "own", false},
            {"max", LA::Take, "free", false},          {"max", LA::Delete, "free", false},
            {"max", LA::See, "closed", false},         {"pat", LA::Edit, "partner", true},
            {"pat", LA::Comment, "partner", true},     {"pat", LA::ChangeStatus, "partner", false},
            {"pat", LA::Convert, "partner", false},    {"pat", LA::Delete, "partner", false},
            {"pat", LA::See, "free", false},           {"pat", LA::Take, "free", false},
        };
        for (const Row &r : rows)
            QTest::addRow("%s %d %s", r.login, int(r.action), r.lead) << QString::fromLatin1(r.login) << int(r.action)
                                                                        << QString::fromLatin1(r.lead) << r.allowed;
    }
    void eachRoleDoesWhatItMay()
    {
        QFETCH(QString, login);
        QFETCH(int, action);
        QFETCH(QString, lead);
        QFETCH(bool, allowed);
        auto ws = as(login);
        QVERIFY(ws);
        QCOMPARE(tries(*ws, LA(action), lead), allowed);
        // What the core allows is what Access says, for the desktop app to hide or disable.
        if (auto l = admin().leadRepository().find(m_leads.value(lead)); l && action != int(LA::Edit))
            Q_UNUSED(l);
    }

    void marketingStaffChangeOnlyMarketingFields()
    {
        auto ws = as(QStringLiteral("max"));
        QVERIFY(ws);
        const qint64 id = m_leads.value(QStringLiteral("other"));
        const Lead read = ws->leads().get(id).value();
        Lead e = read;
        e.score = 4;
        e.nurturing = true;
        QVERIFY(ws->leads().update(e, read));
        e = ws->leads().get(id).value();
        const Lead again = e;
        e.lastName = QStringLiteral("Renamed");
        auto refused = ws->leads().update(e, again);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().field, QStringLiteral("last_name"));
        QVERIFY2(refused.errorText().contains(QStringLiteral("may not change the last name")), qPrintable(refused.errorText()));
        QCOMPARE(admin().leadRepository().find(id)->lastName, QStringLiteral("Other"));
        QCOMPARE(admin().leadRepository().find(id)->score, 4);
    }

    void configurationIsTheAdminsAndTheRestByRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("status");      // add a status
        QTest::addColumn<bool>("option");      // change an option
        QTest::addColumn<bool>("lossReason");  // add a loss reason
        QTest::addColumn<bool>("tagList");     // add a marketing list
        QTest::addColumn<bool>("users");       // add a user
        QTest::addColumn<bool>("create");      // add a lead
        QTest::newRow("admin") << "tester" << true << true << true << true << true << true;
        QTest::newRow("manager") << "mia" << false << false << true << false << false << true;
        QTest::newRow("sales") << "sam" << false << false << false << false << false << true;
        QTest::newRow("marketeer") << "max" << false << false << false << true << false << true;
        QTest::newRow("partner") << "pat" << false << false << false << false << false << false;
    }
    void configurationIsTheAdminsAndTheRestByRole()
    {
        QFETCH(QString, login);
        QFETCH(bool, status);
        QFETCH(bool, option);
        QFETCH(bool, lossReason);
        QFETCH(bool, tagList);
        QFETCH(bool, users);
        QFETCH(bool, create);
        auto ws = as(login);
        QVERIFY(ws);
        const int statuses = admin().statuses().all().size();
        const auto s = ws->statuses().add(QStringLiteral("Waiting %1").arg(login), true, 0);
        QCOMPARE(s.ok(), status);
        if (!status) {
            QVERIFY2(s.errorText().contains(QStringLiteral("may not change the configuration")), qPrintable(s.errorText()));
            QCOMPARE(admin().statuses().all().size(), statuses);
        }
        QCOMPARE(ws->options().set(QStringLiteral("restrict_functions"), QStringLiteral("yes")).ok(), option);
        QCOMPARE(ws->references().add(RefKind::LossReason, QStringLiteral("Too far %1").arg(login)).ok(), lossReason);
        QCOMPARE(ws->references().add(RefKind::MarketingList, QStringLiteral("Fair %1").arg(login)).ok(), tagList);
        User u;
        u.login = QStringLiteral("new-%1").arg(login);
        QCOMPARE(ws->users().add(u).ok(), users);
        QCOMPARE(ws->leads().create(LeadBuilder().named(QStringLiteral("New"), login)).ok(), create);
        QCOMPARE(ws->access().may(Access::Action::Import), login == QLatin1String("tester") || login == QLatin1String("max"));
    }

    void theReadSideShowsOnlyWhatTheUserSees()
    {
        auto sam = as(QStringLiteral("sam"));
        QVERIFY(sam);
        const LeadQueries leads(*sam);
        QVERIFY(leads.find(m_leads.value(QStringLiteral("own"))));
        QVERIFY(!leads.find(m_leads.value(QStringLiteral("other")))); // by id too
        QList<qint64> shown;
        for (const LeadRow &r : leads.rows({m_leads.value(QStringLiteral("own")), m_leads.value(QStringLiteral("other")), m_leads.value(QStringLiteral("free"))}))
            shown << r.id;
        std::sort(shown.begin(), shown.end());
        QList<qint64> expected{m_leads.value(QStringLiteral("own")), m_leads.value(QStringLiteral("free"))};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        qint64 counted = 0;
        for (qint64 n : leads.countByStatus())
            counted += n;
        QCOMPARE(counted, leads.count(LeadFilter{}));
        QCOMPARE(counted, qint64(visible(*sam).size()));
    }

    void aPartnerUserSeesTheirCompanyAndNoOtherCustomer()
    {
        addPartner(admin(), QStringLiteral("Other Corp"));
        QCOMPARE(PartnerQueries(admin()).partnerCount(), qint64(2));
        auto pat = as(QStringLiteral("pat"));
        QVERIFY(pat);
        const QList<PartnerListItem> seen = PartnerQueries(*pat).partners(QString());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().partner.id, m_partner);
        QCOMPARE(PartnerQueries(*pat).partnerCount(QStringLiteral("other")), qint64(0));
        QCOMPARE(PartnerQueries(*pat).opportunityCount(), qint64(0));
        QVERIFY(PartnerQueries(*pat).opportunities(QString()).isEmpty());
        // Staff see the whole customer base.
        auto sam = as(QStringLiteral("sam"));
        QCOMPARE(PartnerQueries(*sam).partnerCount(), qint64(2));
    }

    void aSalesRepsNewLeadIsTheirs()
    {
        auto ws = as(QStringLiteral("sam"));
        QVERIFY(ws);
        auto made = ws->leads().create(LeadBuilder().named(QStringLiteral("Lea"), QStringLiteral("Mine")));
        QVERIFY(made);
        QCOMPARE(made->lead.assignedTo, m_users.value(QStringLiteral("sam")));
        Lead toOther = LeadBuilder().named(QStringLiteral("Lea"), QStringLiteral("Theirs"));
        toOther.assignedTo = m_users.value(QStringLiteral("zoe"));
        QVERIFY(!ws->leads().create(toOther));
    }

    void aSalesRepCannotHandTheirLeadToSomeoneElseThroughAnEdit()
    {
        auto ws = as(QStringLiteral("sam"));
        QVERIFY(ws);
        const qint64 id = m_leads.value(QStringLiteral("own"));
        const Lead read = ws->leads().get(id).value();
        Lead e = read;
        e.assignedTo = m_users.value(QStringLiteral("zoe"));
        auto refused = ws->leads().update(e, read);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().field, QStringLiteral("assigned_to"));
        QCOMPARE(admin().leadRepository().find(id)->assignedTo, m_users.value(QStringLiteral("sam")));
        // Unassigning it is handing it to nobody: refused too.
        e.assignedTo = 0;
        QVERIFY(!ws->leads().update(e, read));
    }

    void aTeamManagerAssignsWithinTheirSight()
    {
        // Mia manages North: she hands a lead to a teammate, not to someone
        // outside her teams (the lead would leave her sight; the server
        // refuses such a row too). An admin can.
        auto ws = as(QStringLiteral("mia"));
        QVERIFY(ws);
        const qint64 free = m_leads.value(QStringLiteral("free"));
        auto refused = ws->leads().assign({free}, m_users.value(QStringLiteral("zoe")));
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().field, QStringLiteral("assigned_to"));
        QVERIFY2(refused.errorText().contains(QStringLiteral("out of their own sight")), qPrintable(refused.errorText()));
        QCOMPARE(admin().leadRepository().find(free)->assignedTo, 0);
        QCOMPARE(ws->leads().assign({free}, m_users.value(QStringLiteral("tom"))).value(), 1);
        QCOMPARE(admin().leadRepository().find(free)->assignedTo, m_users.value(QStringLiteral("tom")));
        // The same through an edit of the form, and for a new lead.
        const Lead read = ws->leads().get(free).value();
        Lead e = read;
        e.assignedTo = m_users.value(QStringLiteral("zoe"));
        auto edit = ws->leads().update(e, read);
        QVERIFY(!edit);
        QCOMPARE(edit.problems().first().field, QStringLiteral("assigned_to"));
        QCOMPARE(admin().leadRepository().find(free)->assignedTo, m_users.value(QStringLiteral("tom")));
        Lead elsewhere = LeadBuilder().named(QStringLiteral("Lea"), QStringLiteral("Elsewhere"));
        elsewhere.assignedTo = m_users.value(QStringLiteral("zoe"));
        QVERIFY(!ws->leads().create(elsewhere));
        elsewhere.assignedTo = m_users.value(QStringLiteral("tom"));
        QVERIFY(ws->leads().create(elsewhere));
        QCOMPARE(admin().leads().assign({free}, m_users.value(QStringLiteral("zoe"))).value(), 1);
    }

    void aBulkTakeDoesTheAllowedPartAndNamesTheRest()
    {
        auto ws = as(QStringLiteral("sam"));
        QVERIFY(ws);
        Refusals refused;
        auto r = ws->leads().takeInCharge({m_leads.value(QStringLiteral("free")), m_leads.value(QStringLiteral("teammate"))}, &refused);
        QVERIFY(r);
        QCOMPARE(r.value(), 1);
        QCOMPARE(refused.ids, QList<qint64>{m_leads.value(QStringLiteral("teammate"))});
        QVERIFY2(refused.problems.first().message.contains(QStringLiteral("may not take in charge")), qPrintable(refused.problems.first().message));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
