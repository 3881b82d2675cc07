// KanbanBoardModel: the statuses of the board with their counts from one
// GROUP BY, and the column models it owns.
#include "kanbanboardmodel.h"
#include "kanbancolumnmodel.h"
#include "leadbuilder.h"
#include "leadservice.h"
#include "statusservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestKanbanBoardModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }

    std::unique_ptr<KanbanBoardModel> makeBoard()
    {
        auto board = std::make_unique<KanbanBoardModel>(ws());
        new QAbstractItemModelTester(board.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, board.get());
        return board;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void shouldListEveryStatusWithItsCount()
    {
        // Given two new leads and one in qualification
        const qint64 qualification = ws().statuses().all().at(1).id;
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed"))));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young"))));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Cid"), QStringLiteral("Xu")).status(qualification)));

        // When the board opens
        auto board = makeBoard();

        // Then it shows each status in order, with its count and column
        const QList<LeadStatus> statuses = ws().statuses().all();
        QCOMPARE(board->rowCount(), statuses.size());
        for (int row = 0; row < statuses.size(); ++row) {
            QCOMPARE(board->index(row).data().toString(), statuses.at(row).name);
            QCOMPARE(board->index(row).data(KanbanBoardModel::StatusIdRole).toLongLong(), statuses.at(row).id);
            QCOMPARE(board->column(row)->statusId(), statuses.at(row).id);
        }
        QCOMPARE(board->index(0).data(KanbanBoardModel::CountRole).toLongLong(), qint64(2));
        QCOMPARE(board->index(1).data(KanbanBoardModel::CountRole).toLongLong(), qint64(1));
        QCOMPARE(board->index(2).data(KanbanBoardModel::CountRole).toLongLong(), qint64(0));
        QCOMPARE(board->index(0).data(KanbanBoardModel::StatusRoleKeyRole).toString(), QStringLiteral("new"));
        // And the columns got their counts without reading a page
        QCOMPARE(board->column(1)->pageLoads(), 0);
        QCOMPARE(board->columnFor(qualification), board->column(1));
    }

    void shouldFollowCardsThatMove()
    {
        // Given a board with two new leads shown
        const qint64 qualification = ws().statuses().all().at(1).id;
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young"))));
        auto board = makeBoard();
        QCOMPARE(board->column(0)->leadId(1), a);
        QCOMPARE(board->column(1)->rowCount(), 0);
        QSignalSpy changed(board.get(), &QAbstractItemModel::dataChanged);
        const qint64 loads = board->column(0)->pageLoads() + board->column(1)->pageLoads();

        // When one moves to qualification
        QVERIFY(ws().leads().changeStatus({a}, qualification));

        // Then both counts follow
        QVERIFY(changed.count() >= 2);
        QCOMPARE(board->index(0).data(KanbanBoardModel::CountRole).toLongLong(), qint64(1));
        QCOMPARE(board->index(1).data(KanbanBoardModel::CountRole).toLongLong(), qint64(1));
        // And the card left one column and topped the other with no page read
        QCOMPARE(board->column(1)->leadId(0), a);
        QVERIFY(board->column(0)->leadId(0) != a);
        QCOMPARE(board->column(0)->pageLoads() + board->column(1)->pageLoads(), loads);
        // And a move back, a minute later, shows on both as well
        m_tw->setNow(ws().now().addSecs(60));
        QVERIFY(ws().leads().changeStatus({a}, board->column(0)->statusId()));
        QCOMPARE(board->column(0)->leadId(0), a);
        QCOMPARE(board->column(0)->rowCount(), 2);
        QCOMPARE(board->column(1)->rowCount(), 0);
        QCOMPARE(board->column(0)->pageLoads() + board->column(1)->pageLoads(), loads);
    }

    void shouldRebuildWhenStatusesChange()
    {
        // Given a board
        auto board = makeBoard();
        const int before = board->rowCount();
        QSignalSpy reset(board.get(), &QAbstractItemModel::modelReset);
        // When a status is added
        QVERIFY(ws().statuses().add(QStringLiteral("Demo"), true));
        // Then the board has a column more
        QCOMPARE(reset.count(), 1);
        QCOMPARE(board->rowCount(), before + 1);
        QVERIFY(board->column(before));
    }

    void shouldApplyTheFilterToEveryColumn()
    {
        // Given leads of two companies
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")).company(QStringLiteral("Acme"))));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")).company(QStringLiteral("Beta"))));
        auto board = makeBoard();
        // When the board is filtered
        LeadFilter f;
        f.search = QStringLiteral("beta");
        board->setFilter(f);
        // Then the columns count the matches only
        QCOMPARE(board->index(0).data(KanbanBoardModel::CountRole).toLongLong(), qint64(1));
        QCOMPARE(board->column(0)->index(0).data().toString(), QStringLiteral("Bob Young"));
    }
};

QTEST_GUILESS_MAIN(TestKanbanBoardModel)
#include "tst_kanbanboardmodel.moc"
