// The kanban page: drops through the column model's MIME data and through a
// real view change the status in the database as one undo step; drops on
// Converted / Lost ask the LeadActions hook and change nothing by
// themselves; closed columns fold and remember it; the grid's filter applies.
#include "changestatuscommand.h"
#include "kanbanboardmodel.h"
#include "kanbancardview.h"
#include "kanbancolumn.h"
#include "kanbancolumnmodel.h"
#include "kanbanpage.h"
#include "leadactions.h"
#include "lossservice.h"
#include "messagebanner.h"
#include "testhelpers.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace TestHelpers;

namespace {

/// Records what the kanban asks of the workflow dialogs; "accepting" a
/// lose really loses the lead, as the real dialog would.
class RecordingActions : public LeadActions
{
public:
    using LeadActions::LeadActions;
    void convert(qint64 leadId, QWidget *) override { converted << leadId; }
    void lose(qint64 leadId, QWidget *) override
    {
        lost << leadId;
        if (acceptLose) {
            const QList<ReferenceItem> reasons = workspace().losses().reasons();
            if (!reasons.isEmpty())
                (void)workspace().losses().lose(leadId, reasons.first().id, QStringLiteral("too expensive"));
        }
    }
    void reopen(qint64 leadId, QWidget *) override { reopened << leadId; }
    QList<qint64> converted, lost, reopened;
    bool acceptLose = false;
};

} // namespace

class TestKanban : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsFollowStatusesWithCounts();
    void dropThroughModelMimeDataChangesStatusAndUndoRestores();
    void dropThroughViewMovesSeveralCardsAsOneStep();
    void dropOnLostAsksTheHookAndChangesNothing();
    void acceptedLoseMovesTheCard();
    void dropOnConvertedAsksTheHook();
    void dropOnOwnColumnIsRefused();
    void refusedMoveShowsTheProblemAndLeavesNoUndoStep();
    void foldToggleIsRemembered();
    void moveToWithoutDrag();
    void contextMenuMovesCard();
    void doubleClickOpensLead();
    void filterApplies();
    void undoCommandRestoresEachPreviousStatus();

private:
    qint64 status(const QString &name) { return statusId(m_tw->ws(), name); }
    qint64 statusOf(qint64 leadId) { return m_tw->ws().leads().get(leadId)->statusId; }
    /// Sends enter, move and drop of `mime` at `pos` of `view` to the widget
    /// Qt would pick (the first one up the parents that accepts drops).
    bool dropOn(QWidget *view, const QPoint &pos, QMimeData *mime, bool checkHighlight = true);
    QMimeData *dragFrom(KanbanColumn *column, const QList<int> &rows);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<KanbanPage> m_page;
    RecordingActions *m_actions = nullptr;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestKanban::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuarryTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_kanban"));
}

void TestKanban::init()
{
    QSettings().clear();
    m_tw = std::make_unique<TestWorkspace>();
    const qint64 toProcess = status(QStringLiteral("To be processed"));
    m_a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")).company(QStringLiteral("Acme")).status(toProcess).score(3));
    m_b = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ana"), QStringLiteral("Sousa")).company(QStringLiteral("Brisa")).status(toProcess));
    m_c = m_tw->addLead(LeadBuilder().named(QStringLiteral("Olaf"), QStringLiteral("Berg")).status(status(QStringLiteral("Nurturing"))));
    QVERIFY(m_a && m_b && m_c);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<KanbanPage>(m_tw->ws(), m_undo.get());
    m_actions = new RecordingActions(m_tw->ws(), m_page.get());
    m_page->setLeadActions(m_actions);
    m_page->resize(1600, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestKanban::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_tw.reset();
}

QMimeData *TestKanban::dragFrom(KanbanColumn *column, const QList<int> &rows)
{
    // What QAbstractItemView::startDrag does: the selected indexes' MIME data.
    KanbanCardView *view = column->cardView();
    view->selectionModel()->clear();
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select);
    return view->model()->mimeData(view->selectionModel()->selectedIndexes());
}

bool TestKanban::dropOn(QWidget *view, const QPoint &pos, QMimeData *mime, bool checkHighlight)
{
    QWidget *target = view->childAt(pos) ? view->childAt(pos) : view;
    QPoint at = target->mapFrom(view, pos);
    while (target && !target->acceptDrops()) {
        at = target->mapToParent(at);
        target = target->parentWidget();
    }
    if (!target)
        return false;
    QDragEnterEvent enter(at, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    if (checkHighlight)
        if (auto *column = qobject_cast<KanbanColumn *>(target))
            if (!column->isDropHighlighted())
                return false;
    QDragMoveEvent move(at, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(at), Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    if (auto *column = qobject_cast<KanbanColumn *>(target))
        if (column->isDropHighlighted())
            return false; // the highlight must go with the drop
    return drop.isAccepted() && drop.dropAction() == Qt::MoveAction;
}

void TestKanban::columnsFollowStatusesWithCounts()
{
    const QList<LeadStatus> statuses = m_tw->ws().statuses().all();
    const QList<KanbanColumn *> columns = m_page->columns();
    QCOMPARE(columns.size(), statuses.size());
    for (int i = 0; i < statuses.size(); ++i)
        QCOMPARE(columns.at(i)->statusId(), statuses.at(i).id);
    QCOMPARE(m_page->column(status(QStringLiteral("To be processed")))->count(), 2);
    QCOMPARE(m_page->column(status(QStringLiteral("Nurturing")))->count(), 1);
    QCOMPARE(m_page->column(status(QStringLiteral("Lost")))->count(), 0);
    // Open columns are expanded, closed ones folded unless told otherwise.
    QVERIFY(!m_page->column(status(QStringLiteral("Nurturing")))->isFolded());
    QVERIFY(m_page->column(status(QStringLiteral("Lost")))->isFolded());
}

void TestKanban::dropThroughModelMimeDataChangesStatusAndUndoRestores()
{
    const qint64 from = status(QStringLiteral("To be processed"));
    const qint64 to = status(QStringLiteral("Sales qualification"));
    KanbanColumnModel *source = m_page->column(from)->model();
    KanbanColumnModel *target = m_page->column(to)->model();
    const int row = source->rowOf(m_a) >= 0 ? source->rowOf(m_a) : [&] {
        for (int r = 0; r < source->rowCount(); ++r)
            if (source->leadId(r) == m_a)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    std::unique_ptr<QMimeData> mime(source->mimeData({source->index(row)}));
    QVERIFY(mime);
    QVERIFY(target->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(target->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));

    QCOMPARE(statusOf(m_a), to);
    QCOMPARE(statusOf(m_b), from);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_page->column(from)->count(), 1);
    QCOMPARE(m_page->column(to)->count(), 1);

    m_undo->undo();
    QCOMPARE(statusOf(m_a), from);
    QCOMPARE(m_page->column(from)->count(), 2);
    QCOMPARE(m_page->column(to)->count(), 0);
    m_undo->redo();
    QCOMPARE(statusOf(m_a), to);
}

void TestKanban::dropThroughViewMovesSeveralCardsAsOneStep()
{
    const qint64 from = status(QStringLiteral("To be processed"));
    const qint64 to = status(QStringLiteral("Marketing qualification"));
    QMimeData *mime = dragFrom(m_page->column(from), {0, 1});
    QVERIFY(mime);
    QCOMPARE(KanbanColumnModel::idsFromMime(mime).size(), 2);
    KanbanCardView *targetView = m_page->column(to)->cardView();
    QVERIFY(dropOn(targetView->viewport(), QPoint(60, 40), mime));
    delete mime;

    QCOMPARE(statusOf(m_a), to);
    QCOMPARE(statusOf(m_b), to);
    QCOMPARE(m_undo->count(), 1); // one drag, one undo step
    QCOMPARE(m_page->column(to)->count(), 2);
    QCOMPARE(m_page->column(from)->count(), 0);
    QCOMPARE(targetView->model()->rowCount(), 2);

    m_undo->undo();
    QCOMPARE(statusOf(m_a), from);
    QCOMPARE(statusOf(m_b), from);
    QCOMPARE(m_page->column(from)->count(), 2);
    // The timeline tells of both moves.
    QVERIFY(m_tw->ws().leads().history(m_a).size() >= 2);
}

void TestKanban::dropOnLostAsksTheHookAndChangesNothing()
{
    const qint64 from = status(QStringLiteral("To be processed"));
    KanbanColumn *lost = m_page->column(status(QStringLiteral("Lost")));
    QVERIFY(lost->isFolded()); // a folded column still takes drops
    QSignalSpy asked(lost->model(), &KanbanColumnModel::loseRequested);
    QMimeData *mime = dragFrom(m_page->column(from), {0});
    const QList<qint64> ids = KanbanColumnModel::idsFromMime(mime);
    QVERIFY(!dropOn(lost, QPoint(lost->width() / 2, 120), mime));
    delete mime;

    QCOMPARE(asked.count(), 1);
    QTRY_COMPARE(m_actions->lost, ids); // the dialog opens after the drag
    QCOMPARE(statusOf(ids.first()), from);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(lost->count(), 0);
    QVERIFY(m_actions->converted.isEmpty());
}

void TestKanban::acceptedLoseMovesTheCard()
{
    m_actions->acceptLose = true;
    const qint64 lostId = status(QStringLiteral("Lost"));
    KanbanColumn *lost = m_page->column(lostId);
    lost->setFolded(false);
    QMimeData *mime = dragFrom(m_page->column(status(QStringLiteral("Nurturing"))), {0});
    dropOn(lost->cardView()->viewport(), QPoint(40, 20), mime);
    delete mime;
    QTRY_COMPARE(m_actions->lost, QList<qint64>{m_c});
    QCOMPARE(statusOf(m_c), lostId);
    QTRY_COMPARE(m_page->column(lostId)->count(), 1);
    QCOMPARE(m_page->column(status(QStringLiteral("Nurturing")))->count(), 0);
}

void TestKanban::dropOnConvertedAsksTheHook()
{
    KanbanColumn *converted = m_page->column(status(QStringLiteral("Converted")));
    QMimeData *mime = dragFrom(m_page->column(status(QStringLiteral("Nurturing"))), {0});
    QVERIFY(!dropOn(converted, QPoint(converted->width() / 2, 200), mime));
    delete mime;
    QTRY_COMPARE(m_actions->converted, QList<qint64>{m_c});
    QCOMPARE(statusOf(m_c), status(QStringLiteral("Nurturing")));
    QCOMPARE(m_undo->count(), 0);
}

void TestKanban::dropOnOwnColumnIsRefused()
{
    KanbanColumn *column = m_page->column(status(QStringLiteral("To be processed")));
    QMimeData *mime = dragFrom(column, {0});
    QVERIFY(!dropOn(column->cardView()->viewport(), QPoint(40, 200), mime));
    QVERIFY(!column->isDropHighlighted());
    delete mime;
    QCOMPARE(m_undo->count(), 0);
}

void TestKanban::refusedMoveShowsTheProblemAndLeavesNoUndoStep()
{
    // A lost lead leaves Lost only through Reopen: the service refuses the drag.
    const auto reasons = m_tw->ws().losses().reasons();
    QVERIFY(!reasons.isEmpty());
    QVERIFY(m_tw->ws().losses().lose(m_c, reasons.first().id).ok());
    KanbanColumn *lost = m_page->column(status(QStringLiteral("Lost")));
    lost->setFolded(false);
    QTRY_COMPARE(lost->count(), 1);
    QMimeData *mime = dragFrom(lost, {0});
    dropOn(m_page->column(status(QStringLiteral("Nurturing")))->cardView()->viewport(), QPoint(40, 20), mime);
    delete mime;
    QCOMPARE(statusOf(m_c), status(QStringLiteral("Lost")));
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("reopen")), qPrintable(m_page->banner()->text()));
}

void TestKanban::foldToggleIsRemembered()
{
    const qint64 lostId = status(QStringLiteral("Lost"));
    KanbanColumn *lost = m_page->column(lostId);
    QVERIFY(lost->isFoldable());
    QVERIFY(lost->isFolded());
    QCOMPARE(lost->width(), KanbanColumn::foldedWidth());
    auto *toggle = lost->findChild<QToolButton *>(QStringLiteral("kanbanFoldButton"));
    QVERIFY(toggle && toggle->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!lost->isFolded());
    QVERIFY(lost->cardView()->isVisible());
    QTRY_COMPARE(lost->width(), KanbanColumn::columnWidth());
    QCOMPARE(QSettings().value(QStringLiteral("kanban/folded/%1").arg(lostId)).toBool(), false);

    // Another page (the next start) remembers it; fold it again.
    KanbanPage again(m_tw->ws(), m_undo.get());
    again.show();
    QVERIFY(!again.column(lostId)->isFolded());
    QTest::mouseClick(again.column(lostId)->findChild<QToolButton *>(QStringLiteral("kanbanFoldButton")), Qt::LeftButton);
    QVERIFY(again.column(lostId)->isFolded());
    QVERIFY(!again.column(lostId)->cardView()->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("kanban/folded/%1").arg(lostId)).toBool(), true);

    // Open columns do not fold.
    KanbanColumn *open = m_page->column(status(QStringLiteral("Nurturing")));
    QVERIFY(!open->isFoldable());
    open->setFolded(true);
    QVERIFY(!open->isFolded());
}

void TestKanban::moveToWithoutDrag()
{
    const qint64 to = status(QStringLiteral("Nurturing"));
    QVERIFY(m_page->moveLeads({m_a}, to));
    QCOMPARE(statusOf(m_a), to);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_page->column(to)->count(), 2);
    QVERIFY(m_page->moveLeads({m_b}, status(QStringLiteral("Lost"))));
    QTRY_COMPARE(m_actions->lost, QList<qint64>{m_b});
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(statusOf(m_a), status(QStringLiteral("To be processed")));
}

void TestKanban::contextMenuMovesCard()
{
    const qint64 to = status(QStringLiteral("Sales qualification"));
    KanbanCardView *view = m_page->column(status(QStringLiteral("Nurturing")))->cardView();
    const QRect card = view->visualRect(view->model()->index(0, 0));
    bool chosen = false;
    // The menu runs its own loop: choose "Move to ▸ Sales qualification" from inside it.
    QTimer::singleShot(0, this, [&] {
        auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!popup)
            return;
        if (auto *moveTo = popup->findChild<QMenu *>(QStringLiteral("kanbanMoveToMenu")))
            for (QAction *a : moveTo->actions())
                if (a->data().toLongLong() == to && a->isEnabled()) {
                    a->trigger();
                    chosen = true;
                }
        popup->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, card.center(), view->viewport()->mapToGlobal(card.center()));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY(chosen);
    QCOMPARE(statusOf(m_c), to);
    QCOMPARE(m_undo->count(), 1);
}

void TestKanban::doubleClickOpensLead()
{
    QSignalSpy open(m_page.get(), &KanbanPage::openLeadRequested);
    KanbanCardView *view = m_page->column(status(QStringLiteral("Nurturing")))->cardView();
    const QRect card = view->visualRect(view->model()->index(0, 0));
    // A press first, as a real double-click has (the view checks the pressed card).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), m_c);
    // Enter on the current card too.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
}

void TestKanban::filterApplies()
{
    LeadFilter filter;
    filter.search = QStringLiteral("dupont");
    filter.menu = LeadFilter::Menu::Opened; // the board keeps every column
    m_page->setFilter(filter);
    QCOMPARE(m_page->column(status(QStringLiteral("To be processed")))->count(), 1);
    QCOMPARE(m_page->column(status(QStringLiteral("Nurturing")))->count(), 0);
    QCOMPARE(m_page->column(status(QStringLiteral("To be processed")))->model()->leadId(0), m_a);
    QCOMPARE(m_page->filter().menu, LeadFilter::Menu::All);

    m_page->setFilter(LeadFilter{});
    QCOMPARE(m_page->column(status(QStringLiteral("To be processed")))->count(), 2);
    QCOMPARE(m_page->column(status(QStringLiteral("Nurturing")))->count(), 1);

    // A hidden page keeps the filter for when it is shown.
    m_page->hide();
    m_page->setFilter(filter);
    m_page->show();
    QCOMPARE(m_page->column(status(QStringLiteral("To be processed")))->count(), 1);
}

void TestKanban::undoCommandRestoresEachPreviousStatus()
{
    // Leads from two statuses moved at once go back each to its own.
    const qint64 toProcess = status(QStringLiteral("To be processed"));
    const qint64 nurturing = status(QStringLiteral("Nurturing"));
    const qint64 sales = status(QStringLiteral("Sales qualification"));
    QStringList reported;
    QUndoStack stack;
    stack.push(new ChangeStatusCommand(m_tw->ws(), {m_a, m_c}, sales,
                                       [&](const QString &title, const Problems &) { reported << title; }));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(statusOf(m_a), sales);
    QCOMPARE(statusOf(m_c), sales);
    stack.undo();
    QCOMPARE(statusOf(m_a), toProcess);
    QCOMPARE(statusOf(m_c), nurturing);
    QVERIFY(reported.isEmpty());

    // A move to where the leads already are is no step, a refused one
    // neither, and the redo history stays.
    QVERIFY(!ChangeStatusCommand::pushIfMoved(stack, new ChangeStatusCommand(m_tw->ws(), {m_c}, nurturing)));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.index(), 0);
    QVERIFY(!ChangeStatusCommand::pushIfMoved(stack, new ChangeStatusCommand(m_tw->ws(), {m_a}, status(QStringLiteral("Converted")),
                                       [&](const QString &title, const Problems &) { reported << title; })));
    QCOMPARE(reported.size(), 1);
    QCOMPARE(statusOf(m_a), toProcess);
    QCOMPARE(stack.count(), 1);
    QVERIFY(stack.canRedo());
    // A plain push of a refused command leaves no step either.
    stack.push(new ChangeStatusCommand(m_tw->ws(), {m_a}, status(QStringLiteral("Lost"))));
    QCOMPARE(stack.index(), 0);
    QCOMPARE(statusOf(m_a), toProcess);
    // And pushIfMoved's step undoes and redoes like any other.
    QVERIFY(ChangeStatusCommand::pushIfMoved(stack, new ChangeStatusCommand(m_tw->ws(), {m_a}, sales)));
    QCOMPARE(statusOf(m_a), sales);
    stack.undo();
    QCOMPARE(statusOf(m_a), toProcess);
    stack.redo();
    QCOMPARE(statusOf(m_a), sales);
}

QTEST_MAIN(TestKanban)
#include "tst_kanban.moc"
