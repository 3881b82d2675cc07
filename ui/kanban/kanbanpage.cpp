#include "kanbanpage.h"

#include "changestatuscommand.h"
#include "kanbanboardmodel.h"
#include "kanbancardview.h"
#include "kanbancolumn.h"
#include "kanbancolumnmodel.h"
#include "leadactions.h"
#include "messagebanner.h"
#include "statusdelegate.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCursor>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

KanbanPage::KanbanPage(Workspace &ws, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("kanbanPage"));

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("kanbanHeader"));
    header->setStyleSheet(QStringLiteral("QFrame#kanbanHeader { background: white; border-bottom: 1px solid #dde3ea; }"));
    auto *headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(16, 10, 16, 10);
    headerRow->setSpacing(12);
    auto *title = new QLabel(tr("Pipeline"), header);
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #1f2933;"));
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("kanbanSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #616e7c;"));
    m_filterHint = new QLabel(header);
    m_filterHint->setObjectName(QStringLiteral("kanbanFilterHint"));
    m_filterHint->setStyleSheet(QStringLiteral("background: #e3eefa; color: #1d4b7a; border-radius: 10px; padding: 2px 10px;"));
    m_filterHint->hide();
    auto *help = new QLabel(tr("Drag cards between columns to change their status"), header);
    help->setStyleSheet(QStringLiteral("color: #7b8794;"));
    headerRow->addWidget(title);
    headerRow->addWidget(m_summary);
    headerRow->addWidget(m_filterHint);
    headerRow->addStretch(1);
    headerRow->addWidget(help);

    m_banner = new MessageBanner(this);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("kanbanScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls its own cards
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_strip = new QWidget(m_scroll);
    m_strip->setObjectName(QStringLiteral("kanbanStrip"));
    m_stripLayout = new QHBoxLayout(m_strip);
    m_stripLayout->setContentsMargins(14, 14, 14, 10);
    m_stripLayout->setSpacing(12);
    m_stripLayout->addStretch(1);
    m_scroll->setWidget(m_strip);
    m_scroll->setStyleSheet(QStringLiteral(
        "QScrollArea#kanbanScroll, QWidget#kanbanStrip { background: transparent; }"
        "QScrollBar:horizontal { height: 10px; background: transparent; margin: 0 14px 2px 14px; }"
        "QScrollBar::handle:horizontal { background: #c3ccd6; border-radius: 4px; min-width: 40px; }"
        "QScrollBar::handle:horizontal:hover { background: #9aa5b1; }"
        "QScrollBar::add-line:horizontal, QScrollBar::sub-line:horizontal { width: 0; }"
        "QScrollBar::add-page:horizontal, QScrollBar::sub-page:horizontal { background: transparent; }"));

    // While cards are dragged, the board scrolls sideways when the cursor
    // nears its left or right edge, so far columns can be reached.
    m_autoScroll = new QTimer(this);
    m_autoScroll->setInterval(25);
    connect(m_autoScroll, &QTimer::timeout, this, &KanbanPage::autoScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);
}

KanbanPage::~KanbanPage()
{
    // Columns point into the board's column models: drop them first.
    clearColumns();
}

void KanbanPage::setLeadActions(LeadActions *actions)
{
    QPointer<LeadActions> guarded(actions);
    m_actions = [guarded] { return guarded.data(); };
}

void KanbanPage::setLeadActionsProvider(std::function<LeadActions *()> provider)
{
    m_actions = std::move(provider);
}

LeadActions *KanbanPage::actions() const
{
    return m_actions ? m_actions() : nullptr;
}

void KanbanPage::setFilter(const LeadFilter &filter)
{
    LeadFilter f = filter;
    // The columns are the statuses, so the board is never one of the grid's
    // lists (my / opened / closed): "opened" would only empty some columns.
    // The filter bar's criteria (owners included) and the search apply.
    f.menu = LeadFilter::Menu::All;
    f.statusIds.clear();
    if (f == m_filter && m_board)
        return;
    m_filter = f;
    // A hidden board does not count anything for every keystroke in the grid.
    if (m_board && isVisible()) {
        m_board->setFilter(m_filter);
        m_filterDirty = false;
    } else {
        m_filterDirty = true;
    }
    updateSummary();
}

void KanbanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBoard();
    if (m_filterDirty) {
        m_filterDirty = false;
        m_board->setFilter(m_filter);
    }
}

KanbanBoardModel *KanbanPage::boardModel()
{
    ensureBoard();
    return m_board;
}

QList<KanbanColumn *> KanbanPage::columns()
{
    ensureBoard();
    return m_columns;
}

KanbanColumn *KanbanPage::column(qint64 statusId)
{
    for (KanbanColumn *c : columns())
        if (c->statusId() == statusId)
            return c;
    return nullptr;
}

void KanbanPage::ensureBoard()
{
    if (m_board)
        return;
    // Built on first use, so a main window that never shows the kanban
    // never counts it.
    m_board = new KanbanBoardModel(m_ws, this);
    m_board->setFilter(m_filter);
    m_filterDirty = false;
    connect(m_board, &QAbstractItemModel::modelAboutToBeReset, this, &KanbanPage::clearColumns);
    connect(m_board, &QAbstractItemModel::modelReset, this, &KanbanPage::buildColumns);
    connect(m_board, &QAbstractItemModel::dataChanged, this, &KanbanPage::updateCounts);
    buildColumns();
}

QString KanbanPage::foldKey(qint64 statusId)
{
    return QStringLiteral("kanban/folded/%1").arg(statusId);
}

void KanbanPage::clearColumns()
{
    for (KanbanColumn *c : std::as_const(m_columns)) {
        m_stripLayout->removeWidget(c);
        delete c;
    }
    m_columns.clear();
}

void KanbanPage::buildColumns()
{
    clearColumns();
    QSettings settings;
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const LeadStatus status = m_board->status(row);
        KanbanColumnModel *model = m_board->column(row);
        const QColor color(StatusDelegate::colorOf(m_ws, status.id));
        auto *c = new KanbanColumn(status, color, model, m_ws.references(), m_strip);
        // Closed columns start folded, as boards usually show the funnel first.
        c->setFolded(settings.value(foldKey(status.id), !status.isOpen).toBool());
        c->setCount(m_board->data(m_board->index(row), KanbanBoardModel::CountRole).toLongLong());
        connect(c, &KanbanColumn::foldToggled, this, [id = status.id](bool folded) {
            QSettings().setValue(foldKey(id), folded);
        });
        connect(model, &KanbanColumnModel::statusChangeRequested, this, &KanbanPage::changeStatus);
        connect(model, &KanbanColumnModel::convertRequested, this, &KanbanPage::requestConvert);
        connect(model, &KanbanColumnModel::loseRequested, this, &KanbanPage::requestLose);
        KanbanCardView *view = c->cardView();
        connect(view, &KanbanCardView::openLeadRequested, this, &KanbanPage::openLeadRequested);
        connect(view, &KanbanCardView::dragActiveChanged, this, [this](bool active) {
            if (active)
                m_autoScroll->start();
            else
                m_autoScroll->stop();
        });
        if (QItemSelectionModel *selection = view->selectionModel())
            connect(selection, &QItemSelectionModel::selectionChanged, this, [this, view] {
                // One column's selection at a time, so "the selected lead" means one thing.
                if (view->selectionModel()->hasSelection())
                    for (KanbanColumn *other : std::as_const(m_columns))
                        if (other->cardView() != view && other->cardView()->selectionModel())
                            other->cardView()->selectionModel()->clearSelection();
                emit selectionChanged();
            });
        connect(view, &KanbanCardView::cardMenuRequested, this,
                [this, id = status.id](const QList<qint64> &ids, const QPoint &pos) { showCardMenu(ids, id, pos); });
        m_stripLayout->insertWidget(int(m_columns.size()), c);
        m_columns << c;
    }
    updateSummary();
    emit selectionChanged(); // the old columns' selections went with them
}

QList<qint64> KanbanPage::selectedLeadIds() const
{
    QList<qint64> ids;
    for (KanbanColumn *c : m_columns)
        for (qint64 id : c->cardView()->selectedLeadIds())
            if (!ids.contains(id))
                ids << id;
    return ids;
}

void KanbanPage::updateCounts()
{
    if (!m_board)
        return;
    for (int row = 0; row < m_board->rowCount() && row < m_columns.size(); ++row)
        m_columns.at(row)->setCount(m_board->data(m_board->index(row), KanbanBoardModel::CountRole).toLongLong());
    updateSummary();
}

void KanbanPage::updateSummary()
{
    qint64 total = 0;
    for (KanbanColumn *c : std::as_const(m_columns))
        total += c->count();
    m_summary->setText(tr("%n lead(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));

    // Say that the grid's search and filters narrow the board.
    QStringList parts;
    if (!m_filter.search.trimmed().isEmpty())
        parts << tr("“%1”").arg(m_filter.search.trimmed());
    int filters = 0;
    filters += !m_filter.assignedTo.isEmpty();
    filters += !m_filter.sourceIds.isEmpty();
    filters += !m_filter.tagIds.isEmpty();
    filters += m_filter.createdFrom.isValid() || m_filter.createdTo.isValid();
    filters += !m_filter.ids.isEmpty();
    if (filters)
        parts << tr("%n filter(s)", nullptr, filters);
    m_filterHint->setText(tr("Filtered: %1").arg(parts.join(QStringLiteral(" · "))));
    m_filterHint->setVisible(!parts.isEmpty());
}

void KanbanPage::autoScroll()
{
    QWidget *viewport = m_scroll->viewport();
    const QPoint pos = viewport->mapFromGlobal(QCursor::pos());
    if (pos.y() < 0 || pos.y() > viewport->height())
        return;
    constexpr int Edge = 56;
    int step = 0;
    if (pos.x() < Edge)
        step = -(Edge - qMax(pos.x(), 0)) / 2 - 2;
    else if (pos.x() > viewport->width() - Edge)
        step = (pos.x() - (viewport->width() - Edge)) / 2 + 2;
    if (step)
        m_scroll->horizontalScrollBar()->setValue(m_scroll->horizontalScrollBar()->value() + qBound(-30, step, 30));
}

bool KanbanPage::moveLeads(const QList<qint64> &ids, qint64 statusId)
{
    const auto status = m_ws.statuses().find(statusId);
    if (!status || ids.isEmpty())
        return false;
    if (status->role == StatusRole::Converted) {
        requestConvert(ids);
        return true;
    }
    if (status->role == StatusRole::Lost) {
        requestLose(ids);
        return true;
    }
    changeStatus(ids, statusId);
    return true;
}

void KanbanPage::changeStatus(const QList<qint64> &ids, qint64 statusId)
{
    m_banner->clear();
    auto reporter = [page = QPointer<KanbanPage>(this)](const QString &title, const Problems &problems) {
        if (page)
            page->showProblems(title, problems);
    };
    auto *command = new ChangeStatusCommand(m_ws, ids, statusId, reporter);
    if (m_undoStack) {
        ChangeStatusCommand::pushIfMoved(*m_undoStack, command); // a refused move leaves no step
    } else {
        command->redo();
        delete command;
    }
}

void KanbanPage::requestConvert(const QList<qint64> &ids)
{
    // After the drag has finished: a dialog must not run inside the drop.
    QTimer::singleShot(0, this, [this, ids] {
        if (LeadActions *hook = actions())
            for (qint64 id : ids)
                hook->convert(id, window());
    });
}

void KanbanPage::requestLose(const QList<qint64> &ids)
{
    QTimer::singleShot(0, this, [this, ids] {
        if (LeadActions *hook = actions())
            hook->loseAll(ids, window()); // one dialog, one reason for all the cards
    });
}

void KanbanPage::showProblems(const QString &title, const Problems &problems)
{
    QList<MessageBanner::Line> lines;
    for (const Problem &p : problems)
        lines << MessageBanner::Line{p.message, {}};
    m_banner->showMessage(MessageBanner::Kind::Error, title, lines);
}

void KanbanPage::showCardMenu(const QList<qint64> &ids, qint64 fromStatusId, const QPoint &globalPos)
{
    QMenu menu(this);
    if (ids.size() == 1) {
        QAction *open = menu.addAction(tr("Open"));
        QFont bold = open->font();
        bold.setBold(true);
        open->setFont(bold);
        connect(open, &QAction::triggered, this, [this, id = ids.first()] { emit openLeadRequested(id); });
    }
    QMenu *moveTo = menu.addMenu(tr("Move to"));
    moveTo->setObjectName(QStringLiteral("kanbanMoveToMenu"));
    for (const LeadStatus &s : m_ws.statuses().all()) {
        QString text = s.name;
        if (s.role == StatusRole::Converted || s.role == StatusRole::Lost)
            text += QStringLiteral("…"); // a dialog comes first
        if (s.id == fromStatusId)
            text = tr("%1 (current)").arg(text);
        QAction *a = moveTo->addAction(text);
        a->setData(s.id);
        const bool reachable = s.isOpen || s.role == StatusRole::Converted || s.role == StatusRole::Lost;
        a->setEnabled(s.id != fromStatusId && reachable);
        connect(a, &QAction::triggered, this, [this, ids, id = s.id] { moveLeads(ids, id); });
    }
    const auto from = m_ws.statuses().find(fromStatusId);
    if (from && from->role == StatusRole::Lost) {
        menu.addSeparator();
        QAction *reopen = menu.addAction(tr("Reopen"));
        connect(reopen, &QAction::triggered, this, [this, ids] {
            if (LeadActions *hook = actions())
                for (qint64 id : ids)
                    hook->reopen(id, window());
        });
    }
    menu.exec(globalPos);
}
