// LeadService: create, update, the trash, take in charge, assign (all or
// nothing, or the allowed part), the status
// change rules, terms filling the closing date, TIN linking to a partner,
// likely duplicates, and the signals views listen to. Validation rules are
// in tst_leadvalidation.cpp, the timeline in tst_activity.cpp.
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

using namespace TestHelpers;

class TestLeadService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    LeadService &leads() { return ws().leads(); }

    qint64 add(const QString &last, const QString &company = {})
    {
        return m_tw->addLead(LeadBuilder().named(QString(), last).company(company));
    }
    Lead stored(qint64 id) { return *ws().leadRepository().find(id); }
    qint64 newId() { return ws().statuses().idOf(StatusRole::New); }
    qint64 convertedId() { return ws().statuses().idOf(StatusRole::Converted); }
    qint64 lostId() { return ws().statuses().idOf(StatusRole::Lost); }
    /// Puts a lead in a status behind the service's back (as Convert or Lose will).
    void forceStatus(qint64 leadId, qint64 statusId)
    {
        QVERIFY(ws().database().exec(QStringLiteral("UPDATE leads SET status_id = ? WHERE id = ?"), {statusId, leadId}).ok());
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    // create

    void createFillsWhatQuarryKnows()
    {
        QSignalSpy added(&ws(), &Workspace::leadsAdded);
        Lead lead = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("Acme"));
        lead.createdBy = 4242;        // ignored
        lead.createdAt = QDateTime(); // filled
        auto saved = leads().create(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        const qint64 id = saved->lead.id;
        QVERIFY(id > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().value<QList<qint64>>(), QList<qint64>{id});

        const Lead s = stored(id);
        QCOMPARE(s.statusId, newId());
        QCOMPARE(s.createdBy, ws().currentUserId());
        QCOMPARE(s.createdAt, QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(s.updatedAt, s.createdAt);
        QCOMPARE(s.lastName, QStringLiteral("Dupont"));
        QCOMPARE(s.company, QStringLiteral("Acme"));
        QCOMPARE(s.assignedTo, 0);
    }

    void createRoundTripsEveryKindOfField()
    {
        const qint64 tag1 = ws().references().add(RefKind::Tag, QStringLiteral("Hot")).value().id;
        const qint64 tag2 = ws().references().add(RefKind::Tag, QStringLiteral("Event")).value().id;
        const qint64 list = ws().references().add(RefKind::MarketingList, QStringLiteral("Newsletter")).value().id;
        Lead lead = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont"));
        lead.emails = {QStringLiteral("a@b.fr"), QStringLiteral("c@d.fr")};
        lead.billingEmails = {QStringLiteral("bill@b.fr")};
        lead.phones = {QStringLiteral("+33 1 23 45 67 89")};
        lead.tagIds = {tag2, tag1, tag2};
        lead.marketingListIds = {list};
        lead.latitude = 45.5;
        lead.longitude = -73.25;
        lead.budgetSet = true;
        lead.budget = 1500.5;
        lead.doNotCall = true;
        lead.score = 4;
        lead.description = QStringLiteral("<p>Hello <b>world</b></p>");
        lead.estimatedCloseDate = QDate(2026, 9, 1);
        lead.civility = QStringLiteral("dr");
        auto saved = leads().create(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        const Lead s = stored(saved->lead.id);
        QCOMPARE(s.emails, lead.emails);
        QCOMPARE(s.billingEmails, lead.billingEmails);
        QCOMPARE(s.phones, lead.phones);
        QCOMPARE(s.tagIds, (QList<qint64>{qMin(tag1, tag2), qMax(tag1, tag2)}));
        QCOMPARE(s.marketingListIds, QList<qint64>{list});
        QCOMPARE(s.latitude, std::optional<double>(45.5));
        QCOMPARE(s.longitude, std::optional<double>(-73.25));
        QVERIFY(s.budgetSet);
        QCOMPARE(s.budget, std::optional<double>(1500.5));
        QVERIFY(!s.estimatedAmount.has_value());
        QVERIFY(s.doNotCall);
        QVERIFY(!s.doNotEmail);
        QCOMPARE(s.score, 4);
        QCOMPARE(s.description, lead.description);
        QCOMPARE(s.estimatedCloseDate, QDate(2026, 9, 1));
        QCOMPARE(s.civility, QStringLiteral("dr"));
    }

    void createInAGivenOpenStatus()
    {
        const qint64 nurturing = statusId(ws(), QStringLiteral("Nurturing"));
        auto saved = leads().create(LeadBuilder().named({}, QStringLiteral("X")).status(nurturing));
        QVERIFY(saved.ok());
        QCOMPARE(stored(saved->lead.id).statusId, nurturing);
    }

    void createRefusesConvertedOrLost_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addRow("converted") << QStringLiteral("Converted");
        QTest::addRow("lost") << QStringLiteral("Lost");
    }
    void createRefusesConvertedOrLost()
    {
        QFETCH(QString, status);
        auto saved = leads().create(LeadBuilder().named({}, QStringLiteral("X")).status(statusId(ws(), status)));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.problems().first().field, QStringLiteral("status"));
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 0);
    }

    // update

    void updateSavesAndSignals()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        m_tw->setNow(QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc()));
        Lead lead = stored(id);
        lead.company = QStringLiteral("Acme");
        lead.emails = {QStringLiteral("x@acme.fr")};
        auto saved = leads().update(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
        const Lead s = stored(id);
        QCOMPARE(s.company, QStringLiteral("Acme"));
        QCOMPARE(s.emails, QStringList{QStringLiteral("x@acme.fr")});
        QCOMPARE(s.updatedAt, QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(s.createdAt, QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
    }

    void updateNeverTakesDerivedFields()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        Lead lead = stored(id);
        lead.createdBy = 999;
        lead.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        lead.lastEventAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        lead.lostComment = QStringLiteral("sneaky");
        lead.convertedPartnerId = 5;
        QVERIFY(leads().update(lead).ok());
        const Lead s = stored(id);
        QCOMPARE(s.createdBy, ws().currentUserId());
        QCOMPARE(s.createdAt.date(), QDate(2026, 3, 2));
        QVERIFY(!s.lastEventAt.isValid());
        QVERIFY(s.lostComment.isEmpty());
        QCOMPARE(s.convertedPartnerId, 0);
    }

    void updateOfAnUnknownLead()
    {
        Lead lead = LeadBuilder().named({}, QStringLiteral("Ghost"));
        lead.id = 12345;
        auto saved = leads().update(lead);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.problems().first().field, QStringLiteral("id"));
        QVERIFY(saved.errorText().contains(QStringLiteral("12345")));
    }

    void updateMovesToAnOpenStatus()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        Lead lead = stored(id);
        lead.statusId = statusId(ws(), QStringLiteral("Sales qualification"));
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).statusId, lead.statusId);
    }

    void updateRefusesClosedStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addRow("converted") << QStringLiteral("Converted");
        QTest::addRow("lost") << QStringLiteral("Lost");
        QTest::addRow("custom closed") << QStringLiteral("Archived");
    }
    void updateRefusesClosedStatuses()
    {
        QFETCH(QString, status);
        QVERIFY(ws().statuses().add(QStringLiteral("Archived"), false).ok());
        const qint64 id = add(QStringLiteral("Dupont"));
        Lead lead = stored(id);
        lead.statusId = statusId(ws(), status);
        auto saved = leads().update(lead);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.problems().first().field, QStringLiteral("status"));
        QCOMPARE(stored(id).statusId, newId());
    }

    void convertedLeadsAreReadOnly()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        forceStatus(id, convertedId());
        Lead lead = stored(id);
        lead.company = QStringLiteral("Changed");
        auto saved = leads().update(lead);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.problems().first().field, QStringLiteral("status"));
        QVERIFY(saved.errorText().contains(QStringLiteral("converted")));
        QVERIFY(stored(id).company.isEmpty());
        QVERIFY(!leads().takeInCharge({id}).ok());
        QVERIFY(!leads().changeStatus({id}, newId()).ok());
    }

    void lostLeadsKeepTheirStatusUntilReopened()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        forceStatus(id, lostId());
        Lead lead = stored(id);
        lead.statusId = newId();
        auto saved = leads().update(lead);
        QVERIFY(!saved.ok());
        QVERIFY(saved.errorText().contains(QStringLiteral("reopen")));
        // Other fields of a lost lead may still be corrected.
        lead.statusId = lostId();
        lead.company = QStringLiteral("Acme");
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).company, QStringLiteral("Acme"));
    }

    // delete

    void removeMovesTheLeadToTheTrashWithEverythingOnIt()
    {
        const qint64 tag = ws().references().add(RefKind::Tag, QStringLiteral("Hot")).value().id;
        const qint64 keep = add(QStringLiteral("Keep"));
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Gone")).email(QStringLiteral("g@x.fr")).tag(tag));
        QVERIFY(leads().addComment(id, QStringLiteral("hello")).ok());
        QSignalSpy removed(&ws(), &Workspace::leadsRemoved);
        auto r = leads().remove({id, id});
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.value(), 1);
        QCOMPARE(removed.count(), 1);
        // Out of every list, search and count; still there, whole.
        QVERIFY(ws().leadRepository().exists(id));
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 1);
        LeadFilter search;
        search.search = QStringLiteral("g@x.fr");
        QCOMPARE(ws().leadRepository().count(search), 0);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM leads_fts WHERE rowid = %1").arg(id)).toInt(), 0);
        LeadFilter trash;
        trash.menu = LeadFilter::Menu::Trash;
        QCOMPARE(ws().leadRepository().ids(trash, 0, 10), QList<qint64>{id});
        QVERIFY(stored(id).deletedAt.isValid());
        QCOMPARE(stored(id).deletedBy, ws().currentUserId());
        for (const char *table : {"lead_contact_points", "lead_tags"})
            QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE lead_id = %2").arg(QLatin1String(table)).arg(id)).toInt(), 1);
        const auto refused = leads().get(id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QStringLiteral("trash")), qPrintable(refused.errorText()));
        QVERIFY(!leads().addComment(id, QStringLiteral("in the trash")).ok());
        QVERIFY(!leads().takeInCharge({id}).ok());
        QVERIFY(!leads().remove({id}).ok()); // already there
        QVERIFY(ws().leadRepository().exists(keep));

        // Back whole: search, lists, and the timeline says both moves.
        QSignalSpy added(&ws(), &Workspace::leadsAdded);
        auto back = leads().restore({id});
        QVERIFY2(back.ok(), qPrintable(back.errorText()));
        QCOMPARE(back.value(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(ws().leadRepository().count(search), 1);
        QCOMPARE(ws().leadRepository().count(trash), 0);
        QVERIFY(!stored(id).deletedAt.isValid());
        QCOMPARE(stored(id).tagIds, QList<qint64>{tag});
        QStringList texts;
        for (const Activity &a : leads().history(id))
            texts << a.text;
        QVERIFY2(texts.contains(QStringLiteral("hello")) && texts.contains(QStringLiteral("Moved to the trash."))
                     && texts.contains(QStringLiteral("Restored from the trash.")),
                 qPrintable(texts.join('|')));
        QVERIFY(!leads().restore({id}).ok()); // no longer in the trash
    }

    void removeIsAllOrNothing()
    {
        const qint64 a = add(QStringLiteral("A"));
        QSignalSpy removed(&ws(), &Workspace::leadsRemoved);
        const auto r = leads().remove({a, 98765});
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().contains(QStringLiteral("98765")));
        QVERIFY(!stored(a).deletedAt.isValid());
        QCOMPARE(removed.count(), 0);
    }

    void emptyingTheTrashRemovesEverythingOnTheLeadForGood()
    {
        const qint64 tag = ws().references().add(RefKind::Tag, QStringLiteral("Hot")).value().id;
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Gone")).email(QStringLiteral("g@x.fr")).tag(tag));
        const qint64 live = add(QStringLiteral("Live"));
        QVERIFY(leads().remove({id}).ok());
        QVERIFY(!leads().emptyTrash({live}).ok()); // not in the trash
        auto gone = leads().emptyTrash();
        QVERIFY2(gone.ok(), qPrintable(gone.errorText()));
        QCOMPARE(gone.value(), 1);
        QVERIFY(!ws().leadRepository().exists(id));
        QVERIFY(ws().leadRepository().exists(live));
        for (const char *table : {"lead_contact_points", "lead_tags", "activities"})
            QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE lead_id = %2").arg(QLatin1String(table)).arg(id)).toInt(), 0);
    }

    void onlyAnAdminEmptiesTheTrash()
    {
        const qint64 id = add(QStringLiteral("Gone"));
        QVERIFY(leads().remove({id}).ok());
        addUser(ws(), QStringLiteral("bob"), QStringLiteral("Bob"));
        auto bob = Workspace::open(ws().database().path(), QStringLiteral("bob"));
        QVERIFY2(bob.ok(), qPrintable(bob.errorText()));
        QVERIFY(!bob.value()->currentUser().isAdmin());
        auto refused = bob.value()->leads().emptyTrash();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QStringLiteral("admin")), qPrintable(refused.errorText()));
        QVERIFY(ws().leadRepository().exists(id));
    }

    void theTrashEmptiesItselfAfterThirtyDays()
    {
        const qint64 old = add(QStringLiteral("Old"));
        const qint64 recent = add(QStringLiteral("Recent"));
        QVERIFY(leads().remove({old, recent}).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ws().database().exec(QStringLiteral("UPDATE leads SET deleted_at = ? WHERE id = ?"),
                                     {Database::timestamp(now.addDays(-31)), old}).ok());
        QVERIFY(ws().database().exec(QStringLiteral("UPDATE leads SET deleted_at = ? WHERE id = ?"),
                                     {Database::timestamp(now.addDays(-29)), recent}).ok());
        auto purged = leads().purgeExpiredTrash(now);
        QVERIFY2(purged.ok(), qPrintable(purged.errorText()));
        QCOMPARE(purged.value(), 1);
        QVERIFY(!ws().leadRepository().exists(old));
        QVERIFY(ws().leadRepository().exists(recent));
        QCOMPARE(leads().purgeExpiredTrash(now).value(), 0);
    }

    void aBulkChangeDoesTheAllowedPartWhenAskedTo()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << add(QStringLiteral("Bulk %1").arg(i));
        forceStatus(ids.at(2), convertedId());
        // All or nothing by default: nothing changed.
        QVERIFY(!leads().takeInCharge(ids).ok());
        for (qint64 id : ids)
            QCOMPARE(stored(id).assignedTo, qint64(0));
        // Asked to, the four others change and the converted one is told.
        Refusals refused;
        auto r = leads().takeInCharge(ids, &refused);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.value(), 4);
        QCOMPARE(refused.ids, QList<qint64>{ids.at(2)});
        QCOMPARE(refused.problems.size(), 1);
        QVERIFY2(refused.problems.first().message.contains(QStringLiteral("#%1").arg(ids.at(2))), qPrintable(refused.problems.first().message));
        QCOMPARE(stored(ids.at(2)).assignedTo, qint64(0));
        QCOMPARE(stored(ids.at(4)).assignedTo, ws().currentUserId());
        // A lost lead is left as it is by a bulk status change.
        forceStatus(ids.at(0), lostId());
        Refusals moved;
        const qint64 open = ws().statuses().all().at(1).id;
        auto m = leads().changeStatus({ids.at(0), ids.at(1)}, open, &moved);
        QVERIFY(m.ok());
        QCOMPARE(moved.ids, QList<qint64>{ids.at(0)});
        QCOMPARE(stored(ids.at(0)).statusId, lostId());
    }

    // take in charge and assign

    void takeInChargeAssignsToMe()
    {
        const qint64 a = add(QStringLiteral("A"));
        const qint64 b = add(QStringLiteral("B"));
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto r = leads().takeInCharge({a, b});
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 2);
        QCOMPARE(stored(a).assignedTo, ws().currentUserId());
        QCOMPARE(stored(b).assignedTo, ws().currentUserId());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), (QList<qint64>{a, b}));
        // Taking again changes nothing.
        auto again = leads().takeInCharge({a});
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 0);
    }

    void assignManyToAnotherUser()
    {
        const qint64 alice = addUser(ws(), QStringLiteral("alice"), QStringLiteral("Alice"));
        const qint64 a = add(QStringLiteral("A"));
        const qint64 b = add(QStringLiteral("B"));
        const qint64 c = add(QStringLiteral("C"));
        auto r = leads().assign({a, b, c}, alice);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 3);
        for (qint64 id : {a, b, c})
            QCOMPARE(stored(id).assignedTo, alice);
        // 0 unassigns
        QCOMPARE(leads().assign({b}, 0).value(), 1);
        QCOMPARE(stored(b).assignedTo, 0);
    }

    void assignIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("why");
        QTest::addRow("unknown lead in the batch") << QStringLiteral("unknown lead");
        QTest::addRow("converted lead in the batch") << QStringLiteral("converted");
        QTest::addRow("inactive user") << QStringLiteral("inactive");
        QTest::addRow("unknown user") << QStringLiteral("unknown user");
        QTest::addRow("not a member of the team") << QStringLiteral("team");
    }
    void assignIsAllOrNothing()
    {
        QFETCH(QString, why);
        qint64 user = addUser(ws(), QStringLiteral("alice"));
        const qint64 a = add(QStringLiteral("A"));
        const qint64 b = add(QStringLiteral("B"));
        QList<qint64> ids{a, b};
        if (why == QLatin1String("unknown lead"))
            ids << 4040;
        else if (why == QLatin1String("converted"))
            forceStatus(b, convertedId());
        else if (why == QLatin1String("inactive"))
            user = addUser(ws(), QStringLiteral("gone"), {}, false);
        else if (why == QLatin1String("unknown user"))
            user = 777;
        else if (why == QLatin1String("team")) {
            const qint64 team = ws().references().add(RefKind::Team, QStringLiteral("North")).value().id;
            QVERIFY(ws().options().set(QStringLiteral("assign_team_members_only"), QStringLiteral("yes")).ok());
            Lead lb = stored(b);
            lb.teamId = team;
            QVERIFY(leads().update(lb).ok());
        }
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        const int entries = sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM activities")).toInt();
        auto r = leads().assign(ids, user);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().field, why == QLatin1String("unknown lead") ? QStringLiteral("id")
                                              : why == QLatin1String("converted")  ? QStringLiteral("status")
                                                                                   : QStringLiteral("assigned_to"));
        QCOMPARE(stored(a).assignedTo, 0);
        QCOMPARE(stored(b).assignedTo, 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM activities")).toInt(), entries);
    }

    void assignToATeamMemberWithTheOption()
    {
        const qint64 alice = addUser(ws(), QStringLiteral("alice"));
        const qint64 team = ws().references().add(RefKind::Team, QStringLiteral("North")).value().id;
        QVERIFY(ws().users().setTeamMembers(team, {alice}).ok());
        QVERIFY(ws().options().set(QStringLiteral("assign_team_members_only"), QStringLiteral("yes")).ok());
        Lead lead = LeadBuilder().named({}, QStringLiteral("A"));
        lead.teamId = team;
        const qint64 id = m_tw->addLead(lead);
        QVERIFY(id);
        QCOMPARE(leads().assign({id}, alice).value(), 1);
    }

    // status changes

    void changeStatusToAnOpenStatus()
    {
        const qint64 a = add(QStringLiteral("A"));
        const qint64 b = add(QStringLiteral("B"));
        const qint64 target = statusId(ws(), QStringLiteral("Marketing qualification"));
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto r = leads().changeStatus({a, b}, target);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.value(), 2);
        QCOMPARE(stored(a).statusId, target);
        QCOMPARE(stored(b).statusId, target);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(leads().changeStatus({a}, target).value(), 0);
    }

    void changeStatusRefuses_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("leadState");
        QTest::addColumn<QString>("expected");
        QTest::addRow("to Converted") << QStringLiteral("Converted") << QString() << QStringLiteral("convert");
        QTest::addRow("to Lost") << QStringLiteral("Lost") << QString() << QStringLiteral("losing");
        QTest::addRow("to a closed status") << QStringLiteral("Archived") << QString() << QStringLiteral("closed");
        QTest::addRow("a lost lead") << QStringLiteral("Nurturing") << QStringLiteral("lost") << QStringLiteral("reopen");
        QTest::addRow("a converted lead") << QStringLiteral("Nurturing") << QStringLiteral("converted") << QStringLiteral("converted");
        QTest::addRow("to an unknown status") << QStringLiteral("Nowhere") << QString() << QStringLiteral("no status");
    }
    void changeStatusRefuses()
    {
        QFETCH(QString, target);
        QFETCH(QString, leadState);
        QFETCH(QString, expected);
        QVERIFY(ws().statuses().add(QStringLiteral("Archived"), false).ok());
        const qint64 ok = add(QStringLiteral("Fine"));
        const qint64 id = add(QStringLiteral("Dupont"));
        if (leadState == QLatin1String("lost"))
            forceStatus(id, lostId());
        else if (leadState == QLatin1String("converted"))
            forceStatus(id, convertedId());
        const qint64 before = stored(id).statusId;
        auto r = leads().changeStatus({ok, id}, statusId(ws(), target));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(expected), qPrintable(r.errorText()));
        QCOMPARE(r.problems().first().field, QStringLiteral("status"));
        // nothing changed, not even the good lead of the batch
        QCOMPARE(stored(id).statusId, before);
        QCOMPARE(stored(ok).statusId, newId());
    }

    // terms

    void termsFillTheClosingDate_data()
    {
        QTest::addColumn<QString>("terms");
        QTest::addColumn<QDate>("expected");
        QTest::addRow("under a month") << QStringLiteral("under_1_month") << QDate(2026, 4, 2);
        QTest::addRow("1-3 months") << QStringLiteral("1_3_months") << QDate(2026, 6, 2);
        QTest::addRow("3-6 months") << QStringLiteral("3_6_months") << QDate(2026, 9, 2);
        QTest::addRow("6-12 months") << QStringLiteral("6_12_months") << QDate(2027, 3, 2);
        QTest::addRow("over a year") << QStringLiteral("over_1_year") << QDate(2027, 9, 2);
    }
    void termsFillTheClosingDate()
    {
        QFETCH(QString, terms);
        QFETCH(QDate, expected);
        Lead lead = LeadBuilder().named({}, QStringLiteral("Dupont"));
        lead.terms = terms;
        auto saved = leads().create(lead);
        QVERIFY(saved.ok());
        QCOMPARE(saved->lead.estimatedCloseDate, expected);
        QCOMPARE(stored(saved->lead.id).estimatedCloseDate, expected);
    }

    void termsOnEdit()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        Lead lead = stored(id);
        lead.terms = QStringLiteral("1_3_months");
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).estimatedCloseDate, QDate(2026, 6, 2));

        // Another edit a week later leaves the date alone.
        m_tw->setNow(QDateTime(QDate(2026, 3, 9), QTime(9, 0), QTimeZone::utc()));
        lead = stored(id);
        lead.company = QStringLiteral("Acme");
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).estimatedCloseDate, QDate(2026, 6, 2));

        // A new term refills it from today.
        lead = stored(id);
        lead.terms = QStringLiteral("under_1_month");
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).estimatedCloseDate, QDate(2026, 4, 9));

        // A date typed with the new term wins.
        lead = stored(id);
        lead.terms = QStringLiteral("over_1_year");
        lead.estimatedCloseDate = QDate(2026, 12, 24);
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).estimatedCloseDate, QDate(2026, 12, 24));
    }

    void aDateTypedAtCreationWins()
    {
        Lead lead = LeadBuilder().named({}, QStringLiteral("Dupont"));
        lead.terms = QStringLiteral("1_3_months");
        lead.estimatedCloseDate = QDate(2026, 5, 15);
        auto saved = leads().create(lead);
        QVERIFY(saved.ok());
        QCOMPARE(stored(saved->lead.id).estimatedCloseDate, QDate(2026, 5, 15));
    }

    // TIN

    void aTinAPartnerHasLinksTheLead()
    {
        const qint64 acme = addPartner(ws(), QStringLiteral("Acme"), QStringLiteral("123456789"));
        addPartner(ws(), QStringLiteral("Other"), QStringLiteral("987654321"));
        auto saved = leads().create(LeadBuilder().named({}, QStringLiteral("Dupont")).tin(QStringLiteral("123 456 789")));
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(saved->lead.partnerId, acme);
        QCOMPARE(stored(saved->lead.id).partnerId, acme);
    }

    void aTinNoPartnerHasLinksNothing()
    {
        addPartner(ws(), QStringLiteral("Acme"), QStringLiteral("123456789"));
        auto saved = leads().create(LeadBuilder().named({}, QStringLiteral("Dupont")).tin(QStringLiteral("111222333")));
        QVERIFY(saved.ok());
        QCOMPARE(stored(saved->lead.id).partnerId, 0);
    }

    void aChosenPartnerIsKept()
    {
        addPartner(ws(), QStringLiteral("Acme"), QStringLiteral("123456789"));
        const qint64 chosen = addPartner(ws(), QStringLiteral("Chosen"));
        Lead lead = LeadBuilder().named({}, QStringLiteral("Dupont")).tin(QStringLiteral("123456789"));
        lead.partnerId = chosen;
        auto saved = leads().create(lead);
        QVERIFY(saved.ok());
        QCOMPARE(stored(saved->lead.id).partnerId, chosen);
    }

    void aTinTypedLaterLinksToo()
    {
        const qint64 acme = addPartner(ws(), QStringLiteral("Acme"), QStringLiteral("1234567890"));
        const qint64 id = add(QStringLiteral("Dupont"));
        Lead lead = stored(id);
        lead.tin = QStringLiteral("12345-67890");
        QVERIFY(leads().update(lead).ok());
        QCOMPARE(stored(id).partnerId, acme);
    }

    // likely duplicates

    void warnsOfLikelyDuplicates_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("company");
        QTest::addColumn<bool>("duplicate");
        QTest::addRow("first name and email") << "Jean" << "Dupont" << "JEAN@acme.fr " << "" << "" << true;
        QTest::addRow("phone and company, other spelling") << "" << "DUPONT" << "" << "01 23 45 67 89" << "acme" << true;
        QTest::addRow("folded first name and phone") << "jéan" << "Dupont" << "" << "+33123456789" << "" << true;
        QTest::addRow("only the first name") << "Jean" << "Dupont" << "" << "" << "" << false;
        QTest::addRow("another last name") << "Jean" << "Durand" << "jean@acme.fr" << "" << "Acme" << false;
        QTest::addRow("no last name") << "Jean" << "" << "jean@acme.fr" << "" << "Acme" << false;
    }
    void warnsOfLikelyDuplicates()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, company);
        QFETCH(bool, duplicate);
        const qint64 fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));
        const qint64 original = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("Acme"))
                                                  .email(QStringLiteral("jean@acme.fr")).phone(QStringLiteral("01.23.45.67.89")).country(fr));
        QVERIFY(original);
        LeadBuilder b;
        b.named(first, last).company(company).country(fr);
        if (!email.isEmpty())
            b.email(email);
        if (!phone.isEmpty())
            b.phone(phone);
        auto saved = leads().create(b);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(saved->likelyDuplicates, duplicate ? QList<qint64>{original} : QList<qint64>{});
        // The original does not list itself.
        QVERIFY(!leads().likelyDuplicates(stored(original)).contains(original));
    }

    // get

    void getRefusesMergedLeads()
    {
        const qint64 master = add(QStringLiteral("Master"));
        const qint64 merged = add(QStringLiteral("Merged"));
        QVERIFY(ws().leadRepository().setMergedInto({merged}, master).ok());
        auto r = leads().get(merged);
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().contains(QStringLiteral("#%1").arg(master)));
        QVERIFY(leads().get(master).ok());
        QVERIFY(!leads().get(0).ok());
    }

    void comments()
    {
        const qint64 id = add(QStringLiteral("Dupont"));
        QVERIFY(!leads().addComment(id, QStringLiteral("   ")).ok());
        QVERIFY(!leads().addComment(555, QStringLiteral("hello")).ok());
        auto c = leads().addComment(id, QStringLiteral("  Called, no answer. "));
        QVERIFY(c.ok());
        QCOMPARE(c->text, QStringLiteral("Called, no answer."));
        QCOMPARE(c->userId, ws().currentUserId());
    }
};

QTEST_GUILESS_MAIN(TestLeadService)
#include "tst_leadservice.moc"
