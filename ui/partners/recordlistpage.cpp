#include "recordlistpage.h"

#include "recordeditor.h"
#include "recordlistmodel.h"
#include "searchfield.h"
#include "workspace.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

RecordListPage::RecordListPage(Workspace &ws, RecordListModel *model, const Texts &texts, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_model(model), m_texts(texts)
{
    const QString &title = texts.title;
    m_model->setParent(this);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("recordListHeader"));
    header->setStyleSheet(QStringLiteral("QFrame#recordListHeader { background: white; border-bottom: 1px solid #dde3ea; }"));
    auto *headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(16, 10, 16, 10);
    headerRow->setSpacing(12);
    auto *heading = new QLabel(title, header);
    heading->setObjectName(QStringLiteral("recordListTitle"));
    heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #1f2933;"));
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_count->setStyleSheet(QStringLiteral("color: #616e7c;"));
    m_search = new SearchField(header);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(420);
    m_search->setPlaceholderText(texts.searchPlaceholder);
    m_search->setAccessibleName(texts.searchName);
    headerRow->addWidget(heading);
    headerRow->addWidget(m_count);
    headerRow->addStretch(1);
    headerRow->addWidget(m_search, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setAccessibleName(title);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #7b8794; font-size: 11pt; padding: 24px;"));
    m_empty->hide();
    m_view->viewport()->installEventFilter(this);

    m_pane = new QStackedWidget(this);
    m_pane->setObjectName(QStringLiteral("recordPane"));
    m_pane->setMinimumWidth(320);
    m_noSelection = new QLabel(m_pane);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_noSelection->setStyleSheet(QStringLiteral("color: #7b8794; padding: 24px;"));
    m_pane->addWidget(m_noSelection);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("recordSplitter"));
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({700, 360});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &SearchField::searchChanged, this, [this](const QString &text) {
        const qint64 id = currentId();
        m_model->setSearch(text);
        // Keep the record shown if it still matches, else show the first match.
        if (!(id && selectId(id)) && m_model->rowCount() > 0)
            selectId(m_model->index(0, 0).data(RecordListModel::IdRole).toLongLong());
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateState(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateState(); });

    // Conversions, merges and imports happen elsewhere in the app.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &RecordListPage::reload);
    for (auto signal : {&Workspace::leadsAdded, &Workspace::leadsChanged, &Workspace::leadsRemoved})
        connect(&ws, signal, this, &RecordListPage::scheduleReload);
    connect(&ws, &Workspace::leadsReset, this, &RecordListPage::scheduleReload);
    connect(&ws, &Workspace::optionsChanged, this, &RecordListPage::scheduleReload);
    connect(&ws, &Workspace::referencesChanged, this, &RecordListPage::scheduleReload);
}

void RecordListPage::setEditor(RecordEditor *editor)
{
    m_editor = editor;
    connect(editor, &RecordEditor::openLeadRequested, this, &RecordListPage::openLeadRequested);
    connect(editor, &RecordEditor::saved, this, [this] { reload(); });
    auto *scroll = new QScrollArea(m_pane);
    scroll->setObjectName(QStringLiteral("recordDetailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(editor);
    m_pane->addWidget(scroll);
    m_pane->setStyleSheet(QStringLiteral("QStackedWidget#recordPane { border-left: 1px solid #dde3ea; }"));
    updateState();
}

void RecordListPage::setColumnWidths(const QList<std::pair<int, int>> &widths)
{
    for (const auto &[column, width] : widths)
        m_view->horizontalHeader()->resizeSection(column, width);
}

void RecordListPage::currentRowChanged(int row)
{
    if (!m_editor)
        return;
    const qint64 id = row >= 0 ? m_model->index(row, 0).data(RecordListModel::IdRole).toLongLong() : 0;
    // A reload while the user edits keeps the edits.
    if (id == m_editor->recordId() && m_editor->isModified())
        return;
    m_editor->showRecord(id);
}

QString RecordListPage::countText(qint64 count) const
{
    return count == 1 ? m_texts.oneRecord : m_texts.records.arg(QLocale().toString(count));
}

QString RecordListPage::emptyText() const
{
    return m_model->rowCount() == 0 ? m_empty->text() : QString();
}

qint64 RecordListPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(RecordListModel::IdRole).toLongLong() : 0;
}

bool RecordListPage::selectId(qint64 id)
{
    int row = m_model->rowOf(id);
    // Pages are read until the record shows up, within reason: a record
    // that left the list must not make it read thousands of rows.
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < 20 * RecordListModel::PageSize) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    updateState();
    return true;
}

void RecordListPage::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    const qint64 id = currentId();
    m_model->reload();
    m_shownId = -1; // show the record again: it may have changed
    if (!id || !selectId(id))
        updateState();
}

void RecordListPage::scheduleReload()
{
    if (isVisible())
        m_reloadTimer->start();
    else
        m_stale = true;
}

void RecordListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Edits made on the other pages (a partner renamed, a contact moved)
    // announce nothing to this one: read again on every show.
    reload();
    // The pane beside the list is for a record: show the first one rather
    // than an empty pane.
    if (!currentId() && m_model->rowCount() > 0)
        selectId(m_model->index(0, 0).data(RecordListModel::IdRole).toLongLong());
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_empty->resize(m_view->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

void RecordListPage::updateState()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(countText(total));
    const bool empty = m_model->rowCount() == 0;
    const QString search = m_model->search();
    m_empty->setText(!empty ? QString() : search.isEmpty() ? m_texts.noRecords : m_texts.noMatch.arg(search));
    m_empty->resize(m_view->viewport()->size());
    m_empty->setVisible(empty);

    const QModelIndex index = m_view->currentIndex();
    const qint64 id = index.isValid() ? index.data(RecordListModel::IdRole).toLongLong() : 0;
    m_noSelection->setText(empty ? QString() : tr("Select a row to see it here."));
    if (m_pane->count() > 1)
        m_pane->setCurrentIndex(id ? 1 : 0);
    if (id != m_shownId) {
        m_shownId = id;
        currentRowChanged(index.isValid() ? index.row() : -1);
    }
}
