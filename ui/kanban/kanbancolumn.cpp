#include "kanbancolumn.h"

#include "kanbancarddelegate.h"
#include "kanbancardview.h"
#include "kanbancolumnmodel.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int HeaderHeight = 46;
const QColor Background(0xe9, 0xed, 0xf2);

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

KanbanColumn::KanbanColumn(const LeadStatus &status, const QColor &color, KanbanColumnModel *model,
                           ReferenceService &refs, QWidget *parent)
    : QFrame(parent), m_status(status), m_color(color), m_model(model)
{
    setObjectName(QStringLiteral("kanbanColumn"));
    setAcceptDrops(true);
    setAccessibleName(status.name);

    m_header = new QWidget(this);
    m_header->setFixedHeight(HeaderHeight);
    auto *headerRow = new QHBoxLayout(m_header);
    headerRow->setContentsMargins(14, 10, 6, 4);
    headerRow->setSpacing(8);
    m_name = new QLabel(m_header);
    m_name->setObjectName(QStringLiteral("kanbanColumnName"));
    m_name->setStyleSheet(QStringLiteral("font-weight: bold; color: #1f2933;"));
    m_countLabel = new QLabel(m_header);
    m_countLabel->setObjectName(QStringLiteral("kanbanColumnCount"));
    m_fold = new QToolButton(m_header);
    m_fold->setObjectName(QStringLiteral("kanbanFoldButton"));
    m_fold->setAutoRaise(true);
    m_fold->setCheckable(true);
    m_fold->setVisible(isFoldable());
    m_fold->setFocusPolicy(Qt::TabFocus);
    connect(m_fold, &QToolButton::clicked, this, [this](bool folded) {
        setFolded(folded);
        emit foldToggled(folded);
    });
    headerRow->addWidget(m_name);
    headerRow->addWidget(m_countLabel);
    headerRow->addStretch(1);
    headerRow->addWidget(m_fold);

    m_view = new KanbanCardView(this);
    m_delegate = new KanbanCardDelegate(refs, color, m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(model);
    m_view->setEmptyText(status.isOpen ? tr("No leads") : tr("No leads here"));

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 6);
    column->setSpacing(0);
    column->addWidget(m_header, 0, Qt::AlignTop); // stays on top when folded
    column->addWidget(m_view, 1);

    setFolded(false);
}

void KanbanColumn::setFolded(bool folded)
{
    folded = folded && isFoldable();
    m_folded = folded;
    m_fold->setChecked(folded);
    m_fold->setArrowType(folded ? Qt::RightArrow : Qt::LeftArrow);
    m_fold->setToolTip(folded ? tr("Unfold \"%1\"").arg(m_status.name) : tr("Fold \"%1\"").arg(m_status.name));
    m_fold->setAccessibleName(m_fold->toolTip());
    m_view->setVisible(!folded);
    m_name->setVisible(!folded);
    m_countLabel->setVisible(!folded);
    m_header->layout()->setContentsMargins(folded ? 6 : 14, 10, 6, 4);
    setFixedWidth(folded ? foldedWidth() : columnWidth());
    setToolTip(folded ? tr("%1: %n lead(s)", nullptr, int(qMin<qint64>(m_count, INT_MAX))).arg(m_status.name) : QString());
    updateHeader();
    update();
}

void KanbanColumn::setCount(qint64 count)
{
    m_count = count;
    if (m_folded)
        setToolTip(tr("%1: %n lead(s)", nullptr, int(qMin<qint64>(m_count, INT_MAX))).arg(m_status.name));
    updateHeader();
    update();
}

QString KanbanColumn::dropHint() const
{
    switch (m_status.role) {
    case StatusRole::Converted: return tr("Convert…");
    case StatusRole::Lost: return tr("Lose…");
    default: return tr("Move here");
    }
}

void KanbanColumn::updateHeader()
{
    const QString countText = m_dropHover ? dropHint() : QLocale().toString(m_count);
    const QColor pill = m_dropHover ? m_color : QColor(0xd9, 0xdf, 0xe6);
    m_countLabel->setText(countText);
    m_countLabel->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 9px; padding: 1px 8px; font-weight: bold;")
                                    .arg(pill.name(), m_dropHover ? QStringLiteral("white") : QStringLiteral("#3e4c59")));
    // Long names are elided so the count and the fold toggle stay visible.
    const int room = columnWidth() - 14 - 8 - m_countLabel->sizeHint().width() - (isFoldable() ? 30 : 0) - 16;
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setText(QFontMetrics(bold).elidedText(m_status.name, Qt::ElideRight, room));
    m_name->setToolTip(m_status.name);
}

bool KanbanColumn::acceptsLeads(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return false;
    // A closed status without a role takes no drop (the service refuses it).
    if (!m_status.isOpen && m_status.role != StatusRole::Converted && m_status.role != StatusRole::Lost)
        return false;
    for (qint64 id : ids)
        if (m_model->rowOf(id) < 0)
            return true;
    return false; // every card is already here
}

void KanbanColumn::setDropHover(bool hover)
{
    if (m_dropHover == hover)
        return;
    m_dropHover = hover;
    updateHeader();
    update();
}

void KanbanColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsLeads(KanbanColumnModel::idsFromMime(event->mimeData()))) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setDropHover(true);
    } else {
        event->ignore();
    }
}

void KanbanColumn::dragMoveEvent(QDragMoveEvent *event)
{
    // Accepted for the whole column: no need to ask again on every move.
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void KanbanColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHover(false);
    QFrame::dragLeaveEvent(event);
}

void KanbanColumn::dropEvent(QDropEvent *event)
{
    setDropHover(false);
    if (!acceptsLeads(KanbanColumnModel::idsFromMime(event->mimeData()))) {
        event->ignore();
        return;
    }
    // The model asks (statusChangeRequested, convertRequested, loseRequested);
    // the page answers. Convert and lose open a dialog first, so that drop
    // reports no move: the card stays until the dialog is accepted.
    if (m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, QModelIndex())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
    }
}

void KanbanColumn::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (isFoldable()) {
        setFolded(!m_folded);
        emit foldToggled(m_folded);
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

void KanbanColumn::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, 10, 10);
    p.setPen(Qt::NoPen);
    p.setBrush(m_dropHover ? mix(m_color, Qt::white, 0.86) : Background);
    p.drawPath(shape);

    // The status colour as a band along the top.
    p.save();
    p.setClipPath(shape);
    p.setBrush(m_color);
    p.drawRect(QRectF(0, 0, width(), 4));
    p.restore();

    if (m_dropHover) {
        p.setPen(QPen(m_color, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box.adjusted(1, 1, -1, -1), 9, 9);
    }

    if (m_folded) {
        // The name and count written upwards along the strip.
        p.save();
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.setPen(QColor(0x1f, 0x29, 0x33));
        p.translate(width() / 2.0, HeaderHeight + 8);
        p.rotate(90);
        const QString text = QStringLiteral("%1  ·  %2").arg(m_status.name, QLocale().toString(m_count));
        const int length = height() - HeaderHeight - 24;
        p.drawText(QRect(0, -12, length, 24), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(f).elidedText(text, Qt::ElideRight, length));
        p.restore();
    }
}
