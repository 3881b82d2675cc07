#include "kanbancardview.h"

#include "kanbancarddelegate.h"
#include "leadroles.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QPainter>

KanbanCardView::KanbanCardView(QWidget *parent) : QListView(parent)
{
    setObjectName(QStringLiteral("kanbanCards"));
    // Equal sizes: the view never asks a million cards for their size.
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(ExtendedSelection);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    // Drags leave from here; drops land on the column (see the class comment).
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    viewport()->setAcceptDrops(false);
    // The column's background (and its drop highlight) shows through.
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral(
        "QListView#kanbanCards { background: transparent; border: none; }"
        "QScrollBar:vertical { width: 8px; background: transparent; margin: 2px 1px 2px 0; }"
        "QScrollBar::handle:vertical { background: #c3ccd6; border-radius: 3px; min-height: 32px; }"
        "QScrollBar::handle:vertical:hover { background: #9aa5b1; }"
        "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }"));
    m_emptyText = tr("No leads");
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(LeadRoles::LeadId).toLongLong())
            emit openLeadRequested(id);
    });
}

QList<qint64> KanbanCardView::selectedLeadIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &i : rows)
        if (const qint64 id = i.data(LeadRoles::LeadId).toLongLong(); id && !ids.contains(id))
            ids << id;
    return ids;
}

void KanbanCardView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void KanbanCardView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(viewport()->rect()).adjusted(8.5, 4.5, -8.5, 0).intersected(QRectF(0, 4.5, viewport()->width(), 64));
    p.setPen(QPen(QColor(0xc5, 0xce, 0xd8), 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box.adjusted(0, 0, 0, -1), 8, 8);
    p.setPen(QColor(0x7b, 0x87, 0x94));
    p.drawText(box, Qt::AlignCenter, m_emptyText);
}

void KanbanCardView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        if (const qint64 id = currentIndex().data(LeadRoles::LeadId).toLongLong())
            emit openLeadRequested(id);
        return;
    }
    if (event->key() == Qt::Key_Menu && currentIndex().isValid()) {
        const QRect r = visualRect(currentIndex());
        QList<qint64> ids = selectedLeadIds();
        if (ids.isEmpty())
            ids << currentIndex().data(LeadRoles::LeadId).toLongLong();
        emit cardMenuRequested(ids, viewport()->mapToGlobal(r.center()));
        return;
    }
    QListView::keyPressEvent(event);
}

void KanbanCardView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    // A right click on a card outside the selection acts on that card alone.
    if (!selectionModel()->isSelected(index))
        selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    const QList<qint64> ids = selectedLeadIds();
    if (!ids.isEmpty())
        emit cardMenuRequested(ids, event->globalPos());
}

void KanbanCardView::startDrag(Qt::DropActions supportedActions)
{
    emit dragActiveChanged(true);
    QListView::startDrag(supportedActions); // runs the drag to its end
    emit dragActiveChanged(false);
}
