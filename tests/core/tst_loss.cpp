// LossService: losing a lead with a loss reason (configurable, seeded) and a
// comment, all or nothing over several leads, and reopening a lost lead on
// an open status.
#include "conversionservice.h"
#include "lossservice.h"
#include "mergeservice.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestHelpers;

class TestLoss : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }

    qint64 reason(const QString &name)
    {
        auto id = ws().references().resolve(RefKind::LossReason, name, false);
        return id ? id.value() : 0;
    }
    qint64 lead(const QString &last = QStringLiteral("Martin"))
    {
        return m_tw->addLead(LeadBuilder().named(QStringLiteral("Paul"), last).company(QStringLiteral("Martin & fils")));
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void reasonsAreSeededAndConfigurable()
    {
        QStringList names;
        for (const ReferenceItem &r : ws().losses().reasons())
            names << r.name;
        QVERIFY(names.size() >= 5);
        QVERIFY(names.contains(QStringLiteral("Too expensive")));
        QVERIFY(names.contains(QStringLiteral("Chose a competitor")));
        QVERIFY(ws().references().add(RefKind::LossReason, QStringLiteral("Went silent")).ok());
        const qint64 id = lead();
        QVERIFY(ws().losses().lose(id, reason(QStringLiteral("went silent"))).ok());
    }

    void losesWithReasonAndComment()
    {
        const qint64 id = lead();
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        auto lost = ws().losses().lose(id, reason(QStringLiteral("Too expensive")), QStringLiteral("  Budget cut in March  "));
        QVERIFY2(lost.ok(), qPrintable(lost.errorText()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(ws().leads().isLost(lost.value()));
        QCOMPARE(lost->statusId, ws().statuses().idOf(StatusRole::Lost));
        QCOMPARE(lost->lostReasonId, reason(QStringLiteral("Too expensive")));
        QCOMPARE(lost->lostComment, QStringLiteral("Budget cut in March"));
        // Lost leads list under "Closed leads".
        LeadFilter closed;
        closed.menu = LeadFilter::Menu::Closed;
        QCOMPARE(ws().leadRepository().ids(closed), QList<qint64>{id});
        const QList<Activity> history = ws().leads().history(id);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Lose && a.newValue == QStringLiteral("Too expensive") && a.text.contains(QStringLiteral("Budget cut"));
        }));
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Status && a.newValue == QStringLiteral("Lost");
        }));
    }

    void commentIsOptional()
    {
        const qint64 id = lead();
        auto lost = ws().losses().lose(id, reason(QStringLiteral("No budget")));
        QVERIFY2(lost.ok(), qPrintable(lost.errorText()));
        QVERIFY(lost->lostComment.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("field");
        QTest::addRow("no reason") << "no reason" << "lost_reason";
        QTest::addRow("unknown reason") << "unknown reason" << "lost_reason";
        QTest::addRow("already lost") << "lost" << "status";
        QTest::addRow("converted") << "converted" << "status";
        QTest::addRow("merged") << "merged" << "id";
        QTest::addRow("unknown lead") << "unknown" << "id";
    }
    void refused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, field);
        qint64 id = lead();
        qint64 reasonId = reason(QStringLiteral("No response"));
        if (situation == QLatin1String("no reason"))
            reasonId = 0;
        else if (situation == QLatin1String("unknown reason"))
            reasonId = 9999;
        else if (situation == QLatin1String("lost"))
            QVERIFY(ws().losses().lose(id, reasonId).ok());
        else if (situation == QLatin1String("converted"))
            QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(id)).ok());
        else if (situation == QLatin1String("merged"))
            QVERIFY(ws().merges().merge(lead(), {id}).ok());
        else if (situation == QLatin1String("unknown"))
            id = 9999;
        const auto before = ws().leadRepository().find(id);
        const qint64 activities = sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM activities")).toLongLong();
        auto lost = ws().losses().lose(id, reasonId, QStringLiteral("why"));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.problems().first().field, field);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM activities")).toLongLong(), activities);
        if (before)
            QCOMPARE(ws().leadRepository().find(id)->statusId, before->statusId);
    }

    void loseAllIsAllOrNothing()
    {
        const qint64 a = lead(QStringLiteral("A"));
        const qint64 b = lead(QStringLiteral("B"));
        const qint64 c = lead(QStringLiteral("C"));
        QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(c)).ok());
        auto refused = ws().losses().loseAll({a, b, c}, reason(QStringLiteral("No budget")));
        QVERIFY(!refused.ok());
        QVERIFY(!ws().leads().isLost(*ws().leadRepository().find(a)));
        QVERIFY(!ws().leads().isLost(*ws().leadRepository().find(b)));
        auto done = ws().losses().loseAll({a, b, a}, reason(QStringLiteral("No budget")));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(done.value(), 2);
    }

    void loseAllDoesTheAllowedPartWhenAskedTo()
    {
        const qint64 a = lead(QStringLiteral("A"));
        const qint64 b = lead(QStringLiteral("B"));
        const qint64 c = lead(QStringLiteral("C"));
        QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(c)).ok());
        Refusals refused;
        auto done = ws().losses().loseAll({a, b, c}, reason(QStringLiteral("No budget")), QString(), &refused);
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(done.value(), 2);
        QCOMPARE(refused.ids, QList<qint64>{c});
        QVERIFY(refused.problems.first().message.contains(QStringLiteral("#%1").arg(c)));
        QVERIFY(ws().leads().isLost(*ws().leadRepository().find(a)));
        QVERIFY(ws().leads().isConverted(*ws().leadRepository().find(c)));
        // Every lead refused: nothing written, not even the acting user.
        Refusals all;
        auto none = ws().losses().loseAll({c}, reason(QStringLiteral("No budget")), QString(), &all);
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
        QCOMPARE(all.ids, QList<qint64>{c});
        // A bad reason refuses them all.
        Refusals bad;
        QVERIFY(!ws().losses().loseAll({b}, 987654, QString(), &bad).ok());
    }

    void failureLeavesNothingBehind()
    {
        const qint64 a = lead(QStringLiteral("A"));
        const qint64 b = lead(QStringLiteral("B"));
        // The second lead's timeline entry fails after the first lead was written.
        QVERIFY(injectFailure(ws(), QStringLiteral("BEFORE INSERT ON activities"),
                              QStringLiteral("NEW.lead_id = %1 AND NEW.kind = 'lose'").arg(b)));
        auto lost = ws().losses().loseAll({a, b}, reason(QStringLiteral("No budget")));
        QVERIFY(!lost.ok());
        QVERIFY(!ws().leads().isLost(*ws().leadRepository().find(a)));
        QCOMPARE(ws().leadRepository().find(a)->lostReasonId, qint64(0));
    }

    void lostLeadMovesOnlyThroughReopen()
    {
        const qint64 id = lead();
        QVERIFY(ws().losses().lose(id, reason(QStringLiteral("No budget"))).ok());
        QVERIFY(!ws().leads().changeStatus({id}, statusId(ws(), QStringLiteral("Nurturing"))).ok());
        // And Lost is reached only through lose().
        const qint64 other = lead(QStringLiteral("Other"));
        QVERIFY(!ws().leads().changeStatus({other}, ws().statuses().idOf(StatusRole::Lost)).ok());
    }

    void reopens_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        QTest::addRow("default: the new status") << QString() << "To be processed";
        QTest::addRow("a chosen open status") << "Nurturing" << "Nurturing";
    }
    void reopens()
    {
        QFETCH(QString, status);
        QFETCH(QString, expected);
        const qint64 id = lead();
        QVERIFY(ws().losses().lose(id, reason(QStringLiteral("No budget")), QStringLiteral("later")).ok());
        auto reopened = ws().losses().reopen(id, status.isEmpty() ? 0 : statusId(ws(), status));
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorText()));
        QCOMPARE(reopened->statusId, statusId(ws(), expected));
        QCOMPARE(reopened->lostReasonId, qint64(0));
        QVERIFY(reopened->lostComment.isEmpty());
        const QList<Activity> history = ws().leads().history(id);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Reopen && a.oldValue == QStringLiteral("No budget");
        }));
        // Open again: it can be lost again.
        QVERIFY(ws().losses().lose(id, reason(QStringLiteral("No response"))).ok());
    }

    void reopenRefused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addRow("lead not lost") << "open";
        QTest::addRow("onto a closed status") << "closed";
        QTest::addRow("onto the converted status") << "converted";
        QTest::addRow("onto the lost status") << "lost";
        QTest::addRow("unknown status") << "unknown";
        QTest::addRow("unknown lead") << "no lead";
    }
    void reopenRefused()
    {
        QFETCH(QString, situation);
        qint64 id = lead();
        qint64 status = 0;
        if (situation != QLatin1String("open"))
            QVERIFY(ws().losses().lose(id, reason(QStringLiteral("No budget"))).ok());
        if (situation == QLatin1String("closed")) {
            auto added = ws().statuses().add(QStringLiteral("Archived"), false);
            QVERIFY(added.ok());
            status = added->id;
        } else if (situation == QLatin1String("converted")) {
            status = ws().statuses().idOf(StatusRole::Converted);
        } else if (situation == QLatin1String("lost")) {
            status = ws().statuses().idOf(StatusRole::Lost);
        } else if (situation == QLatin1String("unknown")) {
            status = 9999;
        } else if (situation == QLatin1String("no lead")) {
            id = 9999;
        }
        auto reopened = ws().losses().reopen(id, status);
        QVERIFY(!reopened.ok());
        QVERIFY(!reopened.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoss)
#include "tst_loss.moc"
