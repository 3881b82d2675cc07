// The activity timeline: every change of a lead (field, status, owner) is
// written with who, when, the old and the new value as people read them;
// comments too; oldest first.
#include "testhelpers.h"

#include <QTest>
#include <QTimeZone>

using namespace TestHelpers;

class TestActivity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    Lead stored(qint64 id) { return *ws().leadRepository().find(id); }
    QList<Activity> history(qint64 id) { return ws().leads().history(id); }
    static QDateTime at(int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc()); }

    /// "field: old -> new" of the change entries after the first (creation).
    QStringList changes(qint64 id)
    {
        QStringList out;
        for (const Activity &a : history(id).mid(1))
            out << QStringLiteral("%1: %2 -> %3").arg(a.field, a.oldValue, a.newValue);
        return out;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void kindKeysRoundTrip()
    {
        for (auto kind : {Activity::Kind::Created, Activity::Kind::Change, Activity::Kind::Status, Activity::Kind::Comment,
                          Activity::Kind::Convert, Activity::Kind::Lose, Activity::Kind::Reopen, Activity::Kind::Merge,
                          Activity::Kind::Event, Activity::Kind::Email, Activity::Kind::Attachment, Activity::Kind::Ticket}) {
            const QString key = Activity::kindKey(kind);
            QVERIFY(!key.isEmpty());
            QCOMPARE(Activity::kindFromKey(key), kind);
        }
    }

    void creationIsTheFirstEntry()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")));
        const QList<Activity> h = history(id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].kind, Activity::Kind::Created);
        QCOMPARE(h[0].leadId, id);
        QCOMPARE(h[0].userId, ws().currentUserId());
        QCOMPARE(h[0].userName, QStringLiteral("tester"));
        QCOMPARE(h[0].at, at(2, 9));
        QVERIFY(!h[0].text.isEmpty());
    }

    void eachChangedFieldIsAnEntry()
    {
        const qint64 industry = ws().references().add(RefKind::Industry, QStringLiteral("Transport")).value().id;
        const qint64 hot = ws().references().add(RefKind::Tag, QStringLiteral("Hot")).value().id;
        const qint64 vip = ws().references().add(RefKind::Tag, QStringLiteral("VIP")).value().id;
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).email(QStringLiteral("a@x.fr")).tag(hot));
        m_tw->setNow(at(3, 15));
        Lead lead = stored(id);
        lead.company = QStringLiteral("Acme");
        lead.industryId = industry;
        lead.score = 3;
        lead.civility = QStringLiteral("mrs");
        lead.emails << QStringLiteral("b@x.fr");
        lead.tagIds << vip;
        lead.estimatedAmount = 1234.5;
        lead.description = QStringLiteral("<p>Wants <b>40 vans</b></p>");
        QVERIFY(ws().leads().update(lead).ok());

        const QList<Activity> h = history(id);
        QCOMPARE(changes(id), (QStringList{
                                  QStringLiteral("civility:  -> Mrs."),
                                  QStringLiteral("company:  -> Acme"),
                                  QStringLiteral("industry:  -> Transport"),
                                  QStringLiteral("email: a@x.fr -> a@x.fr, b@x.fr"),
                                  QStringLiteral("description:  -> Wants 40 vans"),
                                  QStringLiteral("score: 0 -> 3"),
                                  QStringLiteral("tags: Hot -> Hot, VIP"),
                                  QStringLiteral("estimated_amount:  -> 1234.5"),
                              }));
        for (const Activity &a : h.mid(1)) {
            QCOMPARE(a.kind, Activity::Kind::Change);
            QCOMPARE(a.userId, ws().currentUserId());
            QCOMPARE(a.at, at(3, 15));
        }
    }

    void booleansReadYesOrNo()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        Lead lead = stored(id);
        lead.doNotCall = true;
        QVERIFY(ws().leads().update(lead).ok());
        QCOMPARE(changes(id), QStringList{QStringLiteral("do_not_call: no -> yes")});
    }

    void anEditThatChangesNothingWritesNothing()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("Acme")));
        m_tw->setNow(at(4, 10));
        Lead lead = stored(id);
        lead.company = QStringLiteral("  Acme "); // trimmed back to the same
        QVERIFY(ws().leads().update(lead).ok());
        QCOMPARE(history(id).size(), 1);
    }

    void termsWriteTheTermAndTheDate()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        Lead lead = stored(id);
        lead.terms = QStringLiteral("1_3_months");
        QVERIFY(ws().leads().update(lead).ok());
        QCOMPARE(changes(id), (QStringList{QStringLiteral("terms:  -> 1 to 3 months"),
                                           QStringLiteral("estimated_close_date:  -> 2026-06-02")}));
    }

    void aLinkedPartnerIsAnEntry()
    {
        addPartner(ws(), QStringLiteral("Acme SA"), QStringLiteral("123456789"));
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        Lead lead = stored(id);
        lead.tin = QStringLiteral("123456789");
        QVERIFY(ws().leads().update(lead).ok());
        QCOMPARE(changes(id), (QStringList{QStringLiteral("tin:  -> 123456789"), QStringLiteral("partner:  -> Acme SA")}));
    }

    void statusChangesAreStatusEntries()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        m_tw->setNow(at(5, 11));
        QVERIFY(ws().leads().changeStatus({id}, statusId(ws(), QStringLiteral("Nurturing"))).ok());
        const Activity a = history(id).last();
        QCOMPARE(a.kind, Activity::Kind::Status);
        QCOMPARE(a.field, QStringLiteral("status"));
        QCOMPARE(a.oldValue, QStringLiteral("To be processed"));
        QCOMPARE(a.newValue, QStringLiteral("Nurturing"));
        QCOMPARE(a.at, at(5, 11));
        QCOMPARE(a.userId, ws().currentUserId());

        // A status changed in the form is a status entry too.
        Lead lead = stored(id);
        lead.statusId = statusId(ws(), QStringLiteral("Sales qualification"));
        QVERIFY(ws().leads().update(lead).ok());
        QCOMPARE(history(id).last().kind, Activity::Kind::Status);
        QCOMPARE(history(id).last().newValue, QStringLiteral("Sales qualification"));
    }

    void ownerChangesNameTheUsers()
    {
        const qint64 alice = addUser(ws(), QStringLiteral("alice"), QStringLiteral("Alice Martin"));
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        QVERIFY(ws().leads().assign({id}, alice).ok());
        QVERIFY(ws().leads().takeInCharge({id}).ok());
        QVERIFY(ws().leads().assign({id}, 0).ok());
        QCOMPARE(changes(id), (QStringList{QStringLiteral("assigned_to:  -> Alice Martin"),
                                           QStringLiteral("assigned_to: Alice Martin -> tester"),
                                           QStringLiteral("assigned_to: tester -> ")}));
    }

    void bulkChangesWriteOneEntryPerLead()
    {
        const qint64 a = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("A")));
        const qint64 b = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("B")));
        const qint64 mine = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("C")).assignedTo(ws().currentUserId()));
        QCOMPARE(ws().leads().takeInCharge({a, b, mine}).value(), 2);
        QCOMPARE(history(a).size(), 2);
        QCOMPARE(history(b).size(), 2);
        QCOMPARE(history(mine).size(), 1); // nothing changed on it
    }

    void whoDidItIsKept()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        QVERIFY(addUser(ws(), QStringLiteral("bob")));
        m_tw->reopen(QStringLiteral("bob"));
        QVERIFY(ws().leads().addComment(id, QStringLiteral("Called back")).ok());
        const QList<Activity> h = history(id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].userName, QStringLiteral("tester"));
        QCOMPARE(h[1].userName, QStringLiteral("bob"));
        QCOMPARE(h[1].kind, Activity::Kind::Comment);
        QCOMPARE(h[1].text, QStringLiteral("Called back"));
        QVERIFY(h[1].field.isEmpty());
    }

    void oldestFirst()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        m_tw->setNow(at(10, 9));
        QVERIFY(ws().leads().addComment(id, QStringLiteral("third")).ok());
        m_tw->setNow(at(6, 9));
        QVERIFY(ws().leads().addComment(id, QStringLiteral("second")).ok());
        QVERIFY(ws().leads().addComment(id, QStringLiteral("second, later entry")).ok());
        QStringList texts;
        for (const Activity &a : history(id).mid(1))
            texts << a.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("second"), QStringLiteral("second, later entry"), QStringLiteral("third")}));
    }

    void aRefusedChangeWritesNothing()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        Lead lead = stored(id);
        lead.company = QStringLiteral("Acme");
        lead.score = 12;
        QVERIFY(!ws().leads().update(lead).ok());
        QVERIFY(!ws().leads().changeStatus({id}, ws().statuses().idOf(StatusRole::Lost)).ok());
        QVERIFY(!ws().leads().assign({id}, 4242).ok());
        QCOMPARE(history(id).size(), 1);
    }

    void recordForOtherServices()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("Dupont")));
        QVERIFY(ws().leads().record(id, Activity::Kind::Event, {}, {}, {}, QStringLiteral("Meeting planned")).ok());
        QCOMPARE(history(id).last().kind, Activity::Kind::Event);
        QCOMPARE(history(id).last().text, QStringLiteral("Meeting planned"));
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
