// Live: what another program writes reaches this Quarry within a second,
// as the Workspace's signals (the leads changed, then a reset of the
// views), on a SQLite file (data_version) and on PostgreSQL (NOTIFY).
#include "changewatcher.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

using namespace TestHelpers;

class TestChangeWatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<Workspace> m_other;

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        auto other = Workspace::open(m_tw->path(), QStringLiteral("tester"));
        QVERIFY2(other, qPrintable(other.errorText()));
        m_other = std::move(other).value();
    }
    void cleanup()
    {
        m_other.reset();
        m_tw.reset();
    }

    void aChangeElsewhereArrivesWithinASecond()
    {
        const qint64 id = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Dupont")));
        ChangeWatcher watcher(m_tw->ws());
        watcher.start(100);
        QSignalSpy changed(&m_tw->ws(), &Workspace::leadsChanged);
        QSignalSpy reset(&m_tw->ws(), &Workspace::leadsReset);
        QSignalSpy statuses(&m_tw->ws(), &Workspace::statusesChanged);
        // Another program moves the clock on and edits the lead.
        m_other->setClock([] { return QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()); });
        const Lead read = m_other->leads().get(id).value();
        Lead e = read;
        e.city = QStringLiteral("Lyon");
        QVERIFY(m_other->leads().update(e, read));
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() >= 1, 1000);
        QVERIFY(statuses.count() >= 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.first().first().value<QList<qint64>>().contains(id));
        // What this Quarry reads now is what the other wrote.
        QCOMPARE(m_tw->ws().leads().get(id)->city, QStringLiteral("Lyon"));
        // Its own writes are not announced back to it.
        reset.clear();
        QVERIFY(m_tw->ws().leads().takeInCharge({id}));
        QTest::qWait(400);
        QCOMPARE(reset.count(), 0);
    }

    void aStatusAddedElsewhereReachesTheLists()
    {
        ChangeWatcher watcher(m_tw->ws());
        watcher.start(100);
        QSignalSpy statuses(&m_tw->ws(), &Workspace::statusesChanged);
        QVERIFY(m_other->statuses().add(QStringLiteral("Waiting"), true, 0));
        QTRY_VERIFY_WITH_TIMEOUT(statuses.count() >= 1, 1000);
        QVERIFY(m_tw->ws().statuses().findByName(QStringLiteral("Waiting")));
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
