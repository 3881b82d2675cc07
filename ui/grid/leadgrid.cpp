#include "leadgrid.h"

#include "columnchooser.h"
#include "icons.h"
#include "leadcommands.h"
#include "leadfilterbar.h"
#include "leadtablemodel.h"
#include "leadtools.h"
#include "messagebanner.h"
#include "namedelegate.h"
#include "stardelegate.h"
#include "statusdelegate.h"
#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *barButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

LeadGrid::LeadGrid(Workspace &ws, LeadCommands &commands, QWidget *parent, LeadFilter::Menu menu)
    : QWidget(parent), m_ws(ws), m_commands(commands), m_menu(menu)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_filterBar = new LeadFilterBar(ws, this);
    m_filterBar->setCurrentFilterProvider([this] { return filter(); });
    layout->addWidget(m_filterBar);

    m_model = new LeadTableModel(ws, this);
    m_model->setFilter(filter()); // the view counts its rows as soon as it has the model
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("leadTable"));
    m_view->setAccessibleName(tr("Leads"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicatorShown(true);
    // Newest leads first until the user sorts otherwise.
    header->setSortIndicator(LeadTableModel::Id, Qt::DescendingOrder);
    applyDefaultColumns();
    m_view->setItemDelegateForColumn(LeadTableModel::Score, new StarDelegate(m_view));
    m_view->setItemDelegateForColumn(LeadTableModel::Status, new StatusDelegate(ws, m_view));
    m_view->setItemDelegateForColumn(LeadTableModel::FullName, new NameDelegate(m_view));
    m_columns = new ColumnChooser(header, this);
    m_columns->setResetHandler([this] { applyDefaultColumns(); });

    m_tools = new LeadTools(commands, this);
    m_tools->setSelectionProvider([this] { return selectedIds(); });
    m_tools->setFilterProvider([this] { return filter(); });
    // Delete acts on the leads only while the grid has the focus.
    m_view->addAction(m_tools->deleteAction());
    m_view->addAction(m_tools->purgeAction());

    m_selectionBar = new QFrame(this);
    m_selectionBar->setObjectName(QStringLiteral("selectionBar"));
    auto *sel = new QHBoxLayout(m_selectionBar);
    sel->setContentsMargins(12, 3, 12, 3);
    m_selectionLabel = new QLabel(m_selectionBar);
    m_selectionLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #1d4b7a;"));
    sel->addWidget(m_selectionLabel);
    sel->addSpacing(12);
    sel->addWidget(barButton(m_tools->takeInChargeAction(), m_selectionBar));
    sel->addWidget(barButton(m_tools->scheduleEventAction(), m_selectionBar));
    sel->addWidget(barButton(m_tools->sendEmailAction(), m_selectionBar));
    m_trashButtons = {barButton(m_tools->restoreAction(), m_selectionBar), barButton(m_tools->purgeAction(), m_selectionBar)};
    m_rowButtons = {qobject_cast<QToolButton *>(sel->itemAt(sel->count() - 3)->widget()),
                    qobject_cast<QToolButton *>(sel->itemAt(sel->count() - 2)->widget()),
                    qobject_cast<QToolButton *>(sel->itemAt(sel->count() - 1)->widget())};
    for (QToolButton *b : std::as_const(m_trashButtons))
        sel->addWidget(b);
    auto *more = new QToolButton(m_selectionBar);
    more->setText(tr("More"));
    more->setIcon(Icons::icon(QStringLiteral("tools")));
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    more->setMenu(m_tools->toolsMenu());
    sel->addWidget(more);
    sel->addStretch(1);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    // Below the rows: showing it must not move the row under the pointer.
    layout->addWidget(m_selectionBar);
    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: #7b8794; font-size: 11pt;"));
    m_emptyLabel->hide();
    m_view->viewport()->installEventFilter(this);

    connect(m_filterBar, &LeadFilterBar::changed, this, &LeadGrid::refilter);
    connect(m_filterBar, &LeadFilterBar::savedFilterApplied, this, &LeadGrid::applyFilter);
    connect(m_filterBar, &LeadFilterBar::problem, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Kind::Error, text);
    });
    // Activated: a double click, or Enter on the current row.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->leadId(index.row()))
            emit openRequested(id);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &LeadGrid::showRowMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeadGrid::updateSelectionBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 n = m_model->rowCount();
        m_emptyLabel->setVisible(n == 0);
        m_emptyLabel->setText(m_search.isEmpty() && !m_filterBar->isActive() ? tr("No leads here yet.")
                                                                            : tr("No lead matches the search and filters."));
        m_emptyLabel->resize(m_view->viewport()->size());
        updateSelectionBar();
        emit countChanged(n);
    });
    connect(m_tools, &LeadTools::problem, this, [this](const QString &title, const Problems &p) {
        QList<MessageBanner::Line> lines;
        for (const Problem &x : p)
            lines << MessageBanner::Line{x.message, {}};
        m_banner->showMessage(MessageBanner::Kind::Error, title, lines);
        emit problem(title, describe(p));
    });
    connect(m_tools, &LeadTools::partlyRefused, this, [this](const QString &title, const Problems &p) {
        QList<MessageBanner::Line> lines;
        for (const Problem &x : p)
            lines << MessageBanner::Line{x.message, {}};
        m_banner->showMessage(MessageBanner::Kind::Warning, title, lines);
    });
    // A change that went through: the banner of an earlier refusal is stale.
    connect(m_tools, &LeadTools::message, this, [this](const QString &text) {
        m_banner->clear();
        emit message(text);
    });
    // Sorting by a column header is a model sort (an indexed ORDER BY).
    showTrashTools();
    updateSelectionBar();
    refilter();
}

void LeadGrid::applyDefaultColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    // Widths that fit the data, set once: ResizeToContents would read every page.
    const QList<std::pair<int, int>> widths = {
        {LeadTableModel::Id, 56}, {LeadTableModel::FullName, 190}, {LeadTableModel::Title, 220},
        {LeadTableModel::Company, 170}, {LeadTableModel::Phone, 140}, {LeadTableModel::Email, 220},
        {LeadTableModel::City, 110}, {LeadTableModel::CreatedAt, 130}, {LeadTableModel::AssignedTo, 120},
        {LeadTableModel::Status, 170}, {LeadTableModel::Score, 96}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // What a rep scans first comes first; the user reorders and hides at will.
    const QList<int> order = {LeadTableModel::Id, LeadTableModel::FullName, LeadTableModel::Company, LeadTableModel::Title,
                              LeadTableModel::Status, LeadTableModel::Score, LeadTableModel::AssignedTo, LeadTableModel::Email,
                              LeadTableModel::Phone, LeadTableModel::City, LeadTableModel::CreatedAt};
    for (int logical = 0; logical < header->count(); ++logical)
        header->setSectionHidden(logical, false);
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
}

bool LeadGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->resize(m_view->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

void LeadGrid::setLeadActions(LeadActions *actions)
{
    m_tools->setLeadActions(actions);
}

void LeadGrid::setMenu(LeadFilter::Menu menu)
{
    if (menu == m_menu)
        return;
    m_menu = menu;
    showTrashTools();
    refilter();
}

void LeadGrid::showTrashTools()
{
    const bool trash = m_menu == LeadFilter::Menu::Trash;
    m_tools->setTrashMode(trash);
    for (QToolButton *b : std::as_const(m_rowButtons))
        b->setVisible(!trash);
    m_trashButtons.at(0)->setVisible(trash);
    m_trashButtons.at(1)->setVisible(trash && m_tools->purgeAction()->isVisible());
}

void LeadGrid::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
}

LeadFilter LeadGrid::filter() const
{
    LeadFilter f = m_model->filter();
    f.menu = m_menu;
    f.currentUserId = m_ws.currentUserId();
    f.search = m_search;
    m_filterBar->applyTo(f);
    return f;
}

void LeadGrid::applyFilter(const LeadFilter &filter)
{
    m_filterBar->setCriteria(filter);
    m_search = filter.search;
    const bool menuChanged = filter.menu != m_menu;
    m_menu = filter.menu;
    showTrashTools();
    LeadFilter f = this->filter();
    f.sortField = filter.sortField;
    f.sortDescending = filter.sortDescending;
    m_model->setFilter(f);
    const int column = LeadTableModel::columnOfSortKey(f.sortField);
    if (column >= 0) {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(column, f.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (menuChanged)
        emit menuRequested(m_menu);
}

void LeadGrid::refilter()
{
    m_banner->clear();
    m_model->setFilter(filter());
}

QList<qint64> LeadGrid::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows)
        if (const qint64 id = m_model->leadId(r))
            ids << id;
    return ids;
}

void LeadGrid::selectLead(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

qint64 LeadGrid::rowCount() const
{
    return m_model->rowCount();
}

void LeadGrid::updateSelectionBar()
{
    const int n = int(m_view->selectionModel()->selectedRows().size());
    m_selectionBar->setVisible(n > 0);
    m_selectionLabel->setText(tr("%n selected", nullptr, n));
    m_tools->updateEnabled();
    emit selectionChanged(n);
}

void LeadGrid::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    if (index.isValid()) {
        const qint64 id = m_model->leadId(index.row());
        QAction *open = menu.addAction(Icons::icon(QStringLiteral("open")), tr("&Open"), this, [this, id] { emit openRequested(id); });
        menu.setDefaultAction(open);
        menu.addSeparator();
    }
    m_tools->fillRowMenu(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QByteArray LeadGrid::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool LeadGrid::restoreState(const QByteArray &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return false;
    // The restored sort indicator becomes the model's order.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}
