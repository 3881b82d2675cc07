// TicketService (seed 004): requests linked to a lead, open or closed; the
// lead lists its open and its closed tickets.
#include "conversionservice.h"
#include "mergeservice.h"
#include "testhelpers.h"
#include "ticketservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestHelpers;

class TestTickets : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    qint64 m_lead = 0;

    QStringList subjects(const QList<Ticket> &tickets)
    {
        QStringList out;
        for (const Ticket &t : tickets)
            out << t.subject;
        return out;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Grace"), QStringLiteral("Hopper")));
        QVERIFY(m_lead);
    }
    void cleanup() { m_tw.reset(); }

    void opensListsClosesAndReopens()
    {
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto modem = ws().tickets().add(m_lead, QStringLiteral("  Modem does not sync "), QStringLiteral("Since Monday"));
        QVERIFY2(modem.ok(), qPrintable(modem.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(modem->subject, QStringLiteral("Modem does not sync"));
        QVERIFY(modem->isOpen);
        QCOMPARE(modem->createdAt, ws().now());
        m_tw->setNow(ws().now().addSecs(60));
        auto invoice = ws().tickets().add(m_lead, QStringLiteral("Invoice question"));
        QVERIFY(invoice.ok());

        QCOMPARE(subjects(ws().tickets().openForLead(m_lead)), (QStringList{QStringLiteral("Invoice question"), QStringLiteral("Modem does not sync")}));
        QVERIFY(ws().tickets().closedForLead(m_lead).isEmpty());

        m_tw->setNow(ws().now().addSecs(3600));
        auto closed = ws().tickets().close(modem->id);
        QVERIFY2(closed.ok(), qPrintable(closed.errorText()));
        QVERIFY(!closed->isOpen);
        QCOMPARE(closed->closedAt, ws().now());
        QCOMPARE(subjects(ws().tickets().openForLead(m_lead)), QStringList{QStringLiteral("Invoice question")});
        QCOMPARE(subjects(ws().tickets().closedForLead(m_lead)), QStringList{QStringLiteral("Modem does not sync")});
        QCOMPARE(ws().tickets().forLead(m_lead).size(), 2);
        QVERIFY(!ws().tickets().close(modem->id).ok()); // already closed

        auto reopened = ws().tickets().reopen(modem->id);
        QVERIFY(reopened.ok());
        QVERIFY(reopened->isOpen);
        QVERIFY(!reopened->closedAt.isValid());
        QVERIFY(!ws().tickets().reopen(modem->id).ok()); // already open
        QCOMPARE(ws().tickets().openForLead(m_lead).size(), 2);

        const QList<Activity> history = ws().leads().history(m_lead);
        QCOMPARE(std::count_if(history.cbegin(), history.cend(), [](const Activity &a) { return a.kind == Activity::Kind::Ticket; }), 4);
    }

    void editsSubjectAndDescription()
    {
        auto t = ws().tickets().add(m_lead, QStringLiteral("Slow line"));
        QVERIFY(t.ok());
        Ticket edited = t.value();
        edited.description = QStringLiteral("Only in the evening");
        edited.isOpen = false; // closing goes through close(), not an edit
        auto saved = ws().tickets().update(edited);
        QVERIFY(saved.ok());
        QCOMPARE(ws().tickets().find(t->id)->description, QStringLiteral("Only in the evening"));
        QVERIFY(ws().tickets().find(t->id)->isOpen);
        edited.subject.clear();
        QVERIFY(!ws().tickets().update(edited).ok());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("field");
        QTest::addRow("no subject") << "no subject" << "subject";
        QTest::addRow("unknown lead") << "unknown" << "id";
        QTest::addRow("converted lead") << "converted" << "lead";
    }
    void refused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, field);
        qint64 lead = m_lead;
        QString subject = QStringLiteral("Help");
        if (situation == QLatin1String("no subject"))
            subject = QStringLiteral(" ");
        else if (situation == QLatin1String("unknown"))
            lead = 9999;
        else if (situation == QLatin1String("converted"))
            QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(m_lead)).ok());
        auto t = ws().tickets().add(lead, subject);
        QVERIFY(!t.ok());
        QCOMPARE(t.problems().first().field, field);
        QVERIFY(ws().tickets().forLead(m_lead).isEmpty());
        QVERIFY(!ws().tickets().close(9999).ok());
    }

    void ticketsFollowAMergeAndItsUndo()
    {
        const qint64 other = m_tw->addLead(LeadBuilder().named(QStringLiteral("Grace"), QStringLiteral("Hopper")));
        auto t = ws().tickets().add(other, QStringLiteral("From the duplicate"));
        QVERIFY(t.ok());
        auto merged = ws().merges().merge(m_lead, {other});
        QVERIFY2(merged.ok(), qPrintable(merged.errorText()));
        QCOMPARE(subjects(ws().tickets().openForLead(m_lead)), QStringList{QStringLiteral("From the duplicate")});
        QVERIFY(ws().merges().undo(merged->mergeId).ok());
        QVERIFY(ws().tickets().forLead(m_lead).isEmpty());
        QCOMPARE(ws().tickets().forLead(other).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
