// MergeService: a group merged into one chosen master, nothing lost (blank
// fields filled oldest first, emails, phones and tags united, descriptions
// joined, events, emails, attachments, tickets and the timeline moved, each
// value that did not survive written on the master's timeline), the others
// out of every list but journalled, undo, and all or nothing.
#include "attachmentservice.h"
#include "emailservice.h"
#include "lossservice.h"
#include "eventservice.h"
#include "mergerepository.h"
#include "mergeservice.h"
#include "conversionservice.h"
#include "testhelpers.h"
#include "ticketservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace TestHelpers;

class TestMerge : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    qint64 m_master = 0, m_old = 0, m_new = 0;
    qint64 m_tagA = 0, m_tagB = 0;

    Lead lead(qint64 id) { return *ws().leadRepository().find(id); }
    qint64 count(const QString &sql) { return sqlValue(ws(), sql).toLongLong(); }

    QList<Activity> mergeEntries(qint64 id)
    {
        QList<Activity> out;
        for (const Activity &a : ws().leads().history(id))
            if (a.kind == Activity::Kind::Merge)
                out << a;
        return out;
    }

    /// Everything on the three leads, to compare before and after a failure or an undo.
    QStringList footprint()
    {
        QStringList out;
        for (const char *sql : {"SELECT group_concat(id || ':' || IFNULL(merged_into, 0) || ':' || city || ':' || first_name, ' ') FROM leads",
                                "SELECT group_concat(x, ' ') FROM (SELECT lead_id || '/' || kind || position || '/' || value AS x FROM lead_contact_points ORDER BY x)",
                                "SELECT group_concat(x, ' ') FROM (SELECT lead_id || '/' || tag_id AS x FROM lead_tags ORDER BY x)",
                                "SELECT group_concat(id || '@' || lead_id, ' ') FROM events",
                                "SELECT group_concat(id || '@' || lead_id, ' ') FROM emails",
                                "SELECT group_concat(id || '@' || lead_id, ' ') FROM attachments",
                                "SELECT group_concat(id || '@' || lead_id, ' ') FROM tickets",
                                "SELECT group_concat(x, ' ') FROM (SELECT rowid || ':' || email AS x FROM leads_fts ORDER BY x)",
                                "SELECT COUNT(*) FROM merges"})
            out << sqlValue(ws(), QString::fromLatin1(sql)).toString();
        return out;
    }
    QStringList activityPlaces()
    {
        QStringList out;
        for (const qint64 id : {m_master, m_old, m_new})
            for (const Activity &a : ws().activityRepository().forLead(id))
                if (a.kind != Activity::Kind::Merge)
                    out << QStringLiteral("%1@%2").arg(a.id).arg(id);
        return out;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        const qint64 fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));
        m_tagA = ws().references().add(RefKind::Tag, QStringLiteral("VIP"))->id;
        m_tagB = ws().references().add(RefKind::Tag, QStringLiteral("Trade show"))->id;

        // The oldest duplicate, created first.
        Lead old = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("Acme"))
                       .email(QStringLiteral("jean@acme.fr")).email(QStringLiteral("jd@perso.fr"))
                       .phone(QStringLiteral("01 23 45 67 89")).city(QStringLiteral("Lyon")).country(fr).tag(m_tagB);
        old.description = QStringLiteral("<p>Met at the fair</p>");
        old.website = QStringLiteral("acme.fr");
        old.score = 2;
        m_old = m_tw->addLead(old);

        m_tw->setNow(ws().now().addDays(1));
        Lead master = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("ACME SA"))
                          .email(QStringLiteral("JEAN@acme.fr")).phone(QStringLiteral("+33 1 23 45 67 89")).country(fr).tag(m_tagA);
        master.description = QStringLiteral("<p>Wants 40 vans</p>");
        m_master = m_tw->addLead(master);

        m_tw->setNow(ws().now().addDays(1));
        Lead newer = LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).email(QStringLiteral("jean.dupont@gmail.com"))
                         .phone(QStringLiteral("06 11 22 33 44")).city(QStringLiteral("Paris")).country(fr).tag(m_tagA).score(5);
        newer.website = QStringLiteral("dupont.example");
        newer.doNotCall = true;
        m_new = m_tw->addLead(newer);
        QVERIFY(m_old && m_master && m_new);
        m_tw->setNow(ws().now().addDays(1));
    }
    void cleanup() { m_tw.reset(); }

    void fillsUnitesAndJoins()
    {
        auto merged = ws().merges().merge(m_master, {m_new, m_old});
        QVERIFY2(merged.ok(), qPrintable(merged.errorText()));
        const Lead m = merged->lead;
        QCOMPARE(m.id, m_master);
        QCOMPARE(merged->mergedIds, (QList<qint64>{m_old, m_new})); // oldest first
        // Kept from the master.
        QCOMPARE(m.company, QStringLiteral("ACME SA"));
        // Blank on the master: filled from the oldest that has it.
        QCOMPARE(m.city, QStringLiteral("Lyon"));
        QCOMPARE(m.website, QStringLiteral("acme.fr"));
        QCOMPARE(m.score, 2);
        QVERIFY(m.doNotCall); // a "do not call" anywhere is kept
        // Lists united, the same email or phone typed differently once.
        QCOMPARE(m.emails, (QStringList{QStringLiteral("JEAN@acme.fr"), QStringLiteral("jd@perso.fr"), QStringLiteral("jean.dupont@gmail.com")}));
        QCOMPARE(m.phones, (QStringList{QStringLiteral("+33 1 23 45 67 89"), QStringLiteral("06 11 22 33 44")}));
        QCOMPARE(m.tagIds, (QList<qint64>{m_tagA, m_tagB}));
        // Descriptions joined.
        QVERIFY(m.description.contains(QStringLiteral("Wants 40 vans")));
        QVERIFY(m.description.contains(QStringLiteral("Met at the fair")));
        QCOMPARE(m.statusId, lead(m_master).statusId);
        // And stored so.
        QCOMPARE(lead(m_master).emails, m.emails);
        QCOMPARE(ws().leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("jean.dupont@gmail.com")), QList<qint64>{m_master});
    }

    void writesWhatCameFromWhereAndWhatWasLost()
    {
        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(merged.ok());
        const QList<Activity> entries = mergeEntries(m_master);
        auto has = [&](const QString &field, const QString &oldValue, const QString &newValue, const QString &text) {
            return std::any_of(entries.cbegin(), entries.cend(), [&](const Activity &a) {
                return a.field == field && a.oldValue == oldValue && a.newValue == newValue && a.text.contains(text);
            });
        };
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&](const Activity &a) {
            return a.field.isEmpty() && a.text.contains(QStringLiteral("#%1").arg(m_old)) && a.text.contains(QStringLiteral("#%1").arg(m_new));
        }));
        QVERIFY(has(QStringLiteral("city"), QString(), QStringLiteral("Lyon"), QStringLiteral("lead #%1").arg(m_old)));
        QVERIFY(has(QStringLiteral("email"), QString(), QStringLiteral("jean.dupont@gmail.com"), QStringLiteral("lead #%1").arg(m_new)));
        // Values that did not survive: the newer city and website, the old company, the newer score.
        QVERIFY(has(QStringLiteral("city"), QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("lead #%1").arg(m_new)));
        QVERIFY(has(QStringLiteral("website"), QStringLiteral("dupont.example"), QStringLiteral("acme.fr"), QStringLiteral("lead #%1").arg(m_new)));
        QVERIFY(has(QStringLiteral("company"), QStringLiteral("Acme"), QStringLiteral("ACME SA"), QStringLiteral("lead #%1").arg(m_old)));
        QVERIFY(has(QStringLiteral("score"), QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("lead #%1").arg(m_new)));
        // The merged leads' own timeline moved to the master.
        const QList<Activity> history = ws().leads().history(m_master);
        QCOMPARE(std::count_if(history.cbegin(), history.cend(), [](const Activity &a) { return a.kind == Activity::Kind::Created; }), 3);
    }

    void movesEverythingHangingOnTheLeads()
    {
        Event e;
        e.leadId = m_old;
        e.kind = Event::Kind::Meeting;
        e.subject = QStringLiteral("Visit");
        e.startsAt = ws().now().addDays(3);
        auto event = ws().events().add(e);
        QVERIFY(event.ok());
        EmailMessage mail;
        mail.leadId = m_new;
        mail.to = {QStringLiteral("jean.dupont@gmail.com")};
        mail.subject = QStringLiteral("Hello");
        auto sent = ws().emails().send(mail);
        QVERIFY(sent.ok());
        auto file = ws().attachments().add(m_new, QStringLiteral("quote.pdf"), QByteArray("%PDF"));
        QVERIFY(file.ok());
        auto ticket = ws().tickets().add(m_old, QStringLiteral("Question"));
        QVERIFY(ticket.ok());
        QVERIFY(!lead(m_master).nextEventAt.isValid());

        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY2(merged.ok(), qPrintable(merged.errorText()));
        QCOMPARE(ws().events().forLead(m_master).size(), 1);
        QCOMPARE(ws().emails().forLead(m_master).size(), 1);
        QCOMPARE(ws().attachments().forLead(m_master).size(), 1);
        QCOMPARE(ws().tickets().forLead(m_master).size(), 1);
        QCOMPARE(lead(m_master).nextEventAt, e.startsAt); // derived dates follow the events
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM activities WHERE kind <> 'merge' AND lead_id IN (%1, %2)").arg(m_old).arg(m_new)), qint64(0));
    }

    void othersLeaveEveryListButStay()
    {
        QSignalSpy removed(&ws(), &Workspace::leadsRemoved);
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(merged.ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<QList<qint64>>(), (QList<qint64>{m_old, m_new}));
        QCOMPARE(changed.last().first().value<QList<qint64>>(), QList<qint64>{m_master});

        LeadFilter all;
        QCOMPARE(ws().leadRepository().ids(all), QList<qint64>{m_master});
        QCOMPARE(ws().leadRepository().count(all), qint64(1));
        LeadFilter search;
        search.search = QStringLiteral("gmail");
        QCOMPARE(ws().leadRepository().ids(search), QList<qint64>{m_master});
        // Not deleted: journalled and pointing at the master.
        QCOMPARE(lead(m_old).mergedInto, m_master);
        QCOMPARE(lead(m_new).mergedInto, m_master);
        QCOMPARE(lead(m_new).city, QStringLiteral("Paris"));
        auto got = ws().leads().get(m_old);
        QVERIFY(!got.ok());
        QVERIFY(got.errorText().contains(QStringLiteral("merged into lead #%1").arg(m_master)));
        QCOMPARE(ws().leads().likelyDuplicates(lead(m_master)), QList<qint64>{});

        const auto record = ws().merges().find(merged->mergeId);
        QVERIFY(record.ok());
        QCOMPARE(record->masterId, m_master);
        QCOMPARE(record->memberIds, (QList<qint64>{m_old, m_new}));
        QCOMPARE(record->userId, ws().currentUserId());
        QVERIFY(!record->isUndone());
        const QJsonObject snapshot = QJsonDocument::fromJson(record->snapshot).object();
        QCOMPARE(snapshot.value(QStringLiteral("master")).toObject().value(QStringLiteral("city")).toString(), QString());
        QCOMPARE(snapshot.value(QStringLiteral("master_after")).toObject().value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
        QCOMPARE(snapshot.value(QStringLiteral("members")).toArray().size(), 2);
        QCOMPARE(ws().merges().mergesOf(m_new).size(), 1);
        QCOMPARE(ws().merges().mergesOf(m_master).first().id, merged->mergeId);
    }

    void undoPutsEverythingBack()
    {
        Event e;
        e.leadId = m_old;
        e.kind = Event::Kind::Task;
        e.subject = QStringLiteral("Call back");
        e.startsAt = ws().now().addDays(2);
        auto event = ws().events().add(e);
        QVERIFY(event.ok());
        QVERIFY(ws().attachments().add(m_new, QStringLiteral("a.txt"), QByteArray("a")).ok());
        auto comment = ws().leads().addComment(m_old, QStringLiteral("Prefers email"));
        QVERIFY(comment.ok());
        const QStringList before = footprint();
        const QStringList placesBefore = activityPlaces();
        const Lead masterBefore = lead(m_master);

        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(merged.ok());
        QVERIFY(footprint() != before);
        const QList<Activity> merging = ws().leads().history(m_master);
        QVERIFY(std::any_of(merging.cbegin(), merging.cend(), [&](const Activity &a) { return a.id == comment->id; }));
        QSignalSpy reset(&ws(), &Workspace::leadsReset);
        auto undone = ws().merges().undo(merged->mergeId);
        QVERIFY2(undone.ok(), qPrintable(undone.errorText()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(footprint().mid(0, 8), before.mid(0, 8));
        QCOMPARE(activityPlaces(), placesBefore);
        QCOMPARE(undone->emails, masterBefore.emails);
        QCOMPARE(undone->city, masterBefore.city);
        QCOMPARE(undone->description, masterBefore.description);
        QCOMPARE(undone->tagIds, masterBefore.tagIds);
        QVERIFY(!undone->nextEventAt.isValid());
        QCOMPARE(lead(m_old).nextEventAt, e.startsAt);
        QVERIFY(ws().leads().get(m_old).ok());
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), qint64(3));
        QVERIFY(ws().merges().find(merged->mergeId)->isUndone());
        const QList<Activity> entries = mergeEntries(m_master);
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Activity &a) { return a.text.contains(QStringLiteral("undone")); }));
        // Once only.
        QVERIFY(!ws().merges().undo(merged->mergeId).ok());
        // And the leads can be merged again.
        QVERIFY(ws().merges().merge(m_master, {m_old, m_new}).ok());
    }

    void undoKeepsEditsMadeSince()
    {
        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(merged.ok());
        Lead edited = lead(m_master);
        edited.website = QStringLiteral("acme-vans.fr");
        QVERIFY(ws().leads().update(edited).ok());
        auto undone = ws().merges().undo(merged->mergeId);
        QVERIFY2(undone.ok(), qPrintable(undone.errorText()));
        QCOMPARE(undone->website, QStringLiteral("acme-vans.fr")); // edited since: kept
        QVERIFY(undone->city.isEmpty());                          // untouched since: back
        const QList<Activity> entries = mergeEntries(m_master);
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Activity &a) { return a.text.contains(QStringLiteral("Website")); }));
    }

    void undoRefusedAfterALaterMerge()
    {
        auto first = ws().merges().merge(m_master, {m_old});
        QVERIFY(first.ok());
        auto second = ws().merges().merge(m_master, {m_new});
        QVERIFY(second.ok());
        auto refused = ws().merges().undo(first->mergeId);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorText().contains(QStringLiteral("later merge")));
        QVERIFY(ws().merges().undo(second->mergeId).ok());
        QVERIFY(ws().merges().undo(first->mergeId).ok());
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), qint64(3));
    }

    void undoRefusedWhenTheMasterWasMergedOrConverted()
    {
        auto first = ws().merges().merge(m_master, {m_old});
        QVERIFY(first.ok());
        auto second = ws().merges().merge(m_new, {m_master});
        QVERIFY(second.ok());
        QVERIFY(!ws().merges().undo(first->mergeId).ok());
        QVERIFY(ws().merges().undo(second->mergeId).ok());
        QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(m_master)).ok());
        auto refused = ws().merges().undo(first->mergeId);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorText().contains(QStringLiteral("converted")));
        QVERIFY(!ws().merges().undo(9999).ok());
    }

    void deletingTheMasterDeletesWhatWasMergedIntoIt()
    {
        auto merged = ws().merges().merge(m_master, {m_old});
        QVERIFY(merged.ok());
        QVERIFY2(ws().leads().remove({m_master}).ok(), "a master of a merge goes to the trash");
        QVERIFY(ws().leadRepository().exists(m_old)); // in the trash, the merge is whole
        QVERIFY(!ws().leads().remove({m_old}).ok()); // a merged lead is not live: not trashed on its own
        QVERIFY(ws().leads().emptyTrash().ok());
        QVERIFY(!ws().leadRepository().exists(m_master));
        QVERIFY(!ws().leadRepository().exists(m_old));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM merges")), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM merge_members")), qint64(0));
        QVERIFY(ws().leadRepository().exists(m_new));
    }

    void undoRefusedWhileTheMasterIsInTheTrash()
    {
        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(merged.ok());
        QVERIFY(ws().leads().remove({m_master}).ok());
        auto refused = ws().merges().undo(merged->mergeId);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QStringLiteral("trash")), qPrintable(refused.errorText()));
        // Restored, the merge can be undone.
        QVERIFY(ws().leads().restore({m_master}).ok());
        QVERIFY2(ws().merges().undo(merged->mergeId).ok(), "the merge is undone once its master is back");
    }

    void fillThatBreaksARuleIsNotKept()
    {
        const qint64 vans = ws().references().add(RefKind::SalesDirection, QStringLiteral("Vans"))->id;
        const qint64 cars = ws().references().add(RefKind::SalesDirection, QStringLiteral("Cars"))->id;
        ReferenceItem product{0, QStringLiteral("City car"), {}, {}, cars};
        const qint64 cityCar = ws().references().add(RefKind::Product, product)->id;
        Lead master = lead(m_master);
        master.salesDirectionId = vans;
        QVERIFY(ws().leads().update(master).ok());
        Lead other = lead(m_old);
        other.salesDirectionId = cars;
        other.productId = cityCar;
        QVERIFY(ws().leads().update(other).ok());

        auto merged = ws().merges().merge(m_master, {m_old});
        QVERIFY2(merged.ok(), qPrintable(merged.errorText()));
        QCOMPARE(merged->lead.salesDirectionId, vans);
        QCOMPARE(merged->lead.productId, qint64(0)); // a car is not a product of the vans direction
        const QList<Activity> entries = mergeEntries(m_master);
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const Activity &a) {
            return a.field == QStringLiteral("product") && a.oldValue == QStringLiteral("City car");
        }));
    }

    void outcomeOfAMergedLeadIsWritten()
    {
        const qint64 reason = ws().losses().reasons().first().id;
        QVERIFY(ws().losses().lose(m_old, reason, QStringLiteral("Went quiet")).ok());
        auto merged = ws().merges().merge(m_master, {m_old});
        QVERIFY2(merged.ok(), qPrintable(merged.errorText()));
        QCOMPARE(merged->lead.statusId, ws().statuses().idOf(StatusRole::New)); // the master's status stays
        const QList<Activity> entries = mergeEntries(m_master);
        for (const char *field : {"status", "lost_reason", "lost_comment"})
            QVERIFY2(std::any_of(entries.cbegin(), entries.cend(), [&](const Activity &a) { return a.field == QLatin1String(field); }), field);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addRow("nothing to merge") << "none";
        QTest::addRow("only the master itself") << "self";
        QTest::addRow("unknown master") << "unknown master";
        QTest::addRow("unknown lead") << "unknown lead";
        QTest::addRow("a merged lead") << "merged";
        QTest::addRow("a converted lead") << "converted";
    }
    void refused()
    {
        QFETCH(QString, situation);
        qint64 master = m_master;
        QList<qint64> others{m_old};
        if (situation == QLatin1String("none")) {
            others.clear();
        } else if (situation == QLatin1String("self")) {
            others = {m_master};
        } else if (situation == QLatin1String("unknown master")) {
            master = 9999;
        } else if (situation == QLatin1String("unknown lead")) {
            others << 9999;
        } else if (situation == QLatin1String("merged")) {
            QVERIFY(ws().merges().merge(m_new, {m_old}).ok());
        } else if (situation == QLatin1String("converted")) {
            QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(m_old)).ok());
        }
        const QStringList before = footprint();
        auto merged = ws().merges().merge(master, others);
        QVERIFY(!merged.ok());
        QVERIFY(!merged.errorText().isEmpty());
        QCOMPARE(footprint(), before);
    }

    void failureLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("trigger");
        // Each makes a later step fail after earlier ones have written.
        QTest::addRow("marking the merged leads fails") << "BEFORE UPDATE OF merged_into ON leads";
        QTest::addRow("the journal's members fail") << "BEFORE INSERT ON merge_members";
        QTest::addRow("the master's timeline fails") << "BEFORE INSERT ON activities WHEN NEW.kind = 'merge'";
        QTest::addRow("moving the tickets fails") << "BEFORE UPDATE ON tickets";
    }
    void failureLeavesNothingBehind()
    {
        QFETCH(QString, trigger);
        QVERIFY(ws().tickets().add(m_old, QStringLiteral("Question")).ok());
        Event e;
        e.leadId = m_new;
        e.kind = Event::Kind::Meeting;
        e.subject = QStringLiteral("Visit");
        e.startsAt = ws().now().addDays(3);
        QVERIFY(ws().events().add(e).ok());
        const QStringList before = footprint();
        const QStringList places = activityPlaces();
        const Lead master = lead(m_master);
        QVERIFY(injectFailure(ws(), trigger));
        QSignalSpy removed(&ws(), &Workspace::leadsRemoved);
        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(!merged.ok());
        QVERIFY(merged.errorText().contains(QStringLiteral("injected failure")));
        QCOMPARE(removed.count(), 0);
        QCOMPARE(footprint(), before);
        QCOMPARE(activityPlaces(), places);
        QCOMPARE(lead(m_master).emails, master.emails);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM merge_members")), qint64(0));
        QCOMPARE(ws().database().transactionDepth(), 0);
    }

    void undoFailureLeavesTheMergeInPlace()
    {
        auto merged = ws().merges().merge(m_master, {m_old, m_new});
        QVERIFY(merged.ok());
        const QStringList after = footprint();
        QVERIFY(injectFailure(ws(), QStringLiteral("BEFORE UPDATE OF undone_at ON merges")));
        QVERIFY(!ws().merges().undo(merged->mergeId).ok());
        QCOMPARE(footprint(), after);
        QVERIFY(!ws().merges().find(merged->mergeId)->isUndone());
    }

    void planShowsTheOutcomeWithoutWriting()
    {
        const QStringList before = footprint();
        auto plan = ws().merges().plan(m_master, {m_old, m_new});
        QVERIFY2(plan.ok(), qPrintable(plan.errorText()));
        QCOMPARE(plan->master.city, QStringLiteral("Lyon"));
        QCOMPARE(plan->others.size(), 2);
        QVERIFY(!plan->gains.isEmpty());
        QVERIFY(!plan->losses.isEmpty());
        QCOMPARE(footprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
