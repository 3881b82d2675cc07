// EventService: calls, meetings and tasks on a lead; the lead's last and
// next event dates follow from them; do-not-call refuses a call.
#include "conversionservice.h"
#include "eventservice.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace TestHelpers;

class TestEvents : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    qint64 m_lead = 0;

    /// The workspace's fixed clock: 2026-03-02 09:00 UTC.
    QDateTime at(int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc()); }

    Event event(Event::Kind kind, const QString &subject, const QDateTime &start, int minutes = 30)
    {
        Event e;
        e.leadId = m_lead;
        e.kind = kind;
        e.subject = subject;
        e.startsAt = start;
        e.durationMinutes = minutes;
        return e;
    }
    Lead lead() { return *ws().leadRepository().find(m_lead); }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ada"), QStringLiteral("Lovelace")).company(QStringLiteral("Engines")));
        QVERIFY(m_lead);
    }
    void cleanup() { m_tw.reset(); }

    void schedulesAndDerivesDates()
    {
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto call = ws().events().add(event(Event::Kind::Call, QStringLiteral("  Discovery call "), at(5, 10), 15));
        QVERIFY2(call.ok(), qPrintable(call.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(call->subject, QStringLiteral("Discovery call"));
        QCOMPARE(call->ownerId, ws().currentUserId());
        QCOMPARE(call->state, Event::State::Planned);
        QCOMPARE(lead().nextEventAt, at(5, 10));
        QVERIFY(!lead().lastEventAt.isValid());

        // A meeting held yesterday: the last event; an earlier future task: the next one.
        QVERIFY(ws().events().add(event(Event::Kind::Meeting, QStringLiteral("Visit"), at(1, 14))).ok());
        QVERIFY(ws().events().add(event(Event::Kind::Task, QStringLiteral("Send brochure"), at(3, 9))).ok());
        QCOMPARE(lead().lastEventAt, at(1, 14));
        QCOMPARE(lead().nextEventAt, at(3, 9));
        QCOMPARE(ws().events().forLead(m_lead).size(), 3);
        QCOMPARE(ws().events().forLead(m_lead).first().subject, QStringLiteral("Visit")); // by start time
        const QList<Activity> history = ws().leads().history(m_lead);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Event && a.text.contains(QStringLiteral("Discovery call"));
        }));
    }

    void statesMoveTheDates()
    {
        auto task = ws().events().add(event(Event::Kind::Task, QStringLiteral("Send brochure"), at(3, 9)));
        auto call = ws().events().add(event(Event::Kind::Call, QStringLiteral("Follow-up"), at(6, 9)));
        QVERIFY(task.ok() && call.ok());
        QCOMPARE(lead().nextEventAt, at(3, 9));
        // A cancelled event is neither the next nor the last one.
        QVERIFY(ws().events().setState(task->id, Event::State::Cancelled).ok());
        QCOMPARE(lead().nextEventAt, at(6, 9));
        // Done early: no longer the next event.
        auto done = ws().events().setState(call->id, Event::State::Done);
        QVERIFY(done.ok());
        QCOMPARE(done->state, Event::State::Done);
        QVERIFY(!lead().nextEventAt.isValid());
        // Planned again.
        QVERIFY(ws().events().setState(call->id, Event::State::Planned).ok());
        QCOMPARE(lead().nextEventAt, at(6, 9));
        // Removed: gone from the dates too.
        QVERIFY(ws().events().remove(call->id).ok());
        QVERIFY(!lead().nextEventAt.isValid());
        QVERIFY(!ws().events().find(call->id));
    }

    void datesAreNeverTyped()
    {
        QVERIFY(ws().events().add(event(Event::Kind::Meeting, QStringLiteral("Demo"), at(4, 11))).ok());
        Lead edited = lead();
        edited.nextEventAt = at(20, 8);
        edited.lastEventAt = at(1, 8);
        edited.title = QStringLiteral("edited");
        QVERIFY(ws().leads().update(edited).ok());
        QCOMPARE(lead().nextEventAt, at(4, 11));
        QVERIFY(!lead().lastEventAt.isValid());
    }

    void updatesAnEvent()
    {
        auto e = ws().events().add(event(Event::Kind::Meeting, QStringLiteral("Demo"), at(4, 11)));
        QVERIFY(e.ok());
        Event moved = e.value();
        moved.startsAt = at(8, 15);
        EventService::setEnd(moved, at(8, 16).addSecs(30 * 60));
        QCOMPARE(moved.durationMinutes, 90);
        moved.notes = QStringLiteral("Bring the prototype");
        auto saved = ws().events().update(moved);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        const auto stored = ws().events().find(e->id);
        QCOMPARE(stored->startsAt, at(8, 15));
        QCOMPARE(stored->durationMinutes, 90);
        QCOMPARE(stored->endsAt(), at(8, 16).addSecs(30 * 60));
        QCOMPARE(stored->notes, QStringLiteral("Bring the prototype"));
        QCOMPARE(lead().nextEventAt, at(8, 15));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("field");
        QTest::addRow("no subject") << "subject" << "subject";
        QTest::addRow("no start") << "start" << "start";
        QTest::addRow("end before start") << "end" << "end";
        QTest::addRow("inactive owner") << "owner" << "owner";
        QTest::addRow("unknown owner") << "unknown owner" << "owner";
        QTest::addRow("call to a do-not-call lead") << "do not call" << "kind";
        QTest::addRow("unknown lead") << "unknown lead" << "id";
        QTest::addRow("converted lead") << "converted" << "lead";
    }
    void refused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, field);
        Event e = event(Event::Kind::Call, QStringLiteral("Call"), at(5, 10));
        if (situation == QLatin1String("subject")) {
            e.subject = QStringLiteral("   ");
        } else if (situation == QLatin1String("start")) {
            e.startsAt = QDateTime();
        } else if (situation == QLatin1String("end")) {
            EventService::setEnd(e, at(5, 9));
        } else if (situation == QLatin1String("owner")) {
            e.ownerId = addUser(ws(), QStringLiteral("gone"), QStringLiteral("Gone Away"), false);
        } else if (situation == QLatin1String("unknown owner")) {
            e.ownerId = 9999;
        } else if (situation == QLatin1String("do not call")) {
            Lead l = lead();
            l.doNotCall = true;
            QVERIFY(ws().leads().update(l).ok());
        } else if (situation == QLatin1String("unknown lead")) {
            e.leadId = 9999;
        } else if (situation == QLatin1String("converted")) {
            QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(m_lead)).ok());
        }
        auto added = ws().events().add(e);
        QVERIFY(!added.ok());
        QCOMPARE(added.problems().first().field, field);
        QVERIFY(ws().events().forLead(m_lead).isEmpty());
    }

    void doNotCallStillAllowsMeetingsAndTasks()
    {
        Lead l = lead();
        l.doNotCall = true;
        QVERIFY(ws().leads().update(l).ok());
        auto call = ws().events().add(event(Event::Kind::Call, QStringLiteral("Call"), at(5, 10)));
        QVERIFY(!call.ok());
        QVERIFY(call.errorText().contains(QStringLiteral("Do not call")));
        QVERIFY(ws().events().add(event(Event::Kind::Meeting, QStringLiteral("Visit"), at(5, 10))).ok());
        auto task = ws().events().add(event(Event::Kind::Task, QStringLiteral("Write"), at(5, 11)));
        QVERIFY(task.ok());
        // Turning an existing task into a call is refused too.
        Event asCall = task.value();
        asCall.kind = Event::Kind::Call;
        QVERIFY(!ws().events().update(asCall).ok());
    }

    void unknownEventRefused()
    {
        QVERIFY(!ws().events().setState(9999, Event::State::Done).ok());
        QVERIFY(!ws().events().remove(9999).ok());
        Event e = event(Event::Kind::Task, QStringLiteral("x"), at(5, 10));
        e.id = 9999;
        QVERIFY(!ws().events().update(e).ok());
    }

    void keysRoundTrip()
    {
        for (Event::Kind k : {Event::Kind::Call, Event::Kind::Meeting, Event::Kind::Task}) {
            Event::Kind back = Event::Kind::Task;
            QVERIFY(Event::kindFromKey(Event::kindKey(k), &back));
            QCOMPARE(back, k);
        }
        Event::State s;
        QVERIFY(!Event::stateFromKey(QStringLiteral("maybe"), &s));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
