#include "statuschevronbar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
constexpr int kArrow = 10;   ///< depth of the chevron point
constexpr int kHeight = 30;
constexpr int kPadding = 16;
constexpr int kGap = 12;     ///< between open and closed statuses

QPainterPath chevron(const QRect &r, bool first, bool last)
{
    QPainterPath p;
    const int a = kArrow;
    p.moveTo(r.left(), r.top());
    p.lineTo(last ? r.right() : r.right() - a, r.top());
    if (!last)
        p.lineTo(r.right(), r.center().y());
    p.lineTo(last ? r.right() : r.right() - a, r.bottom());
    p.lineTo(r.left(), r.bottom());
    if (!first)
        p.lineTo(r.left() + a, r.center().y());
    p.closeSubpath();
    return p;
}
} // namespace

StatusChevronBar::StatusChevronBar(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Lead status"));
}

void StatusChevronBar::setSteps(const QList<Step> &steps)
{
    m_steps = steps;
    m_focused = -1;
    layoutSteps();
    updateGeometry();
    update();
}

void StatusChevronBar::setCurrent(qint64 id)
{
    m_current = id;
    for (const Step &s : m_steps)
        if (s.id == id)
            setAccessibleDescription(tr("Current status: %1").arg(s.name));
    update();
}

void StatusChevronBar::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setCursor(Qt::ArrowCursor);
    update();
}

bool StatusChevronBar::canChoose(int index) const
{
    return m_interactive && index >= 0 && index < m_steps.size() && m_steps.at(index).clickable
           && m_steps.at(index).id != m_current;
}

QRect StatusChevronBar::stepRect(qint64 id) const
{
    for (int i = 0; i < m_steps.size() && i < m_rects.size(); ++i)
        if (m_steps.at(i).id == id)
            return m_rects.at(i);
    return {};
}

QSize StatusChevronBar::sizeHint() const
{
    int w = 0;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (const Step &s : m_steps)
        w += fm.horizontalAdvance(s.name) + 2 * kPadding + kArrow;
    return QSize(w + kGap, kHeight);
}

QSize StatusChevronBar::minimumSizeHint() const
{
    return QSize(int(m_steps.size()) * (2 * kArrow + 24), kHeight);
}

void StatusChevronBar::layoutSteps()
{
    m_rects.clear();
    if (m_steps.isEmpty())
        return;
    // Widths follow the text, scaled down together when space is short.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold); // the current step is bold: measure all alike
    QList<int> natural;
    int total = 0;
    bool gap = false;
    for (int i = 0; i < m_steps.size(); ++i) {
        natural << fm.horizontalAdvance(m_steps.at(i).name) + 2 * kPadding + kArrow;
        total += natural.last();
        gap = gap || (i > 0 && m_steps.at(i).closed && !m_steps.at(i - 1).closed);
    }
    const int available = width() - 1 - (gap ? kGap : 0);
    // Steps share the whole width: shrunk when it is short, widened up to
    // half again when it is long, so the bar reads as one control.
    const double scale = qMin(1.5, double(available) / qMax(1, total));
    int x = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (i > 0 && m_steps.at(i).closed && !m_steps.at(i - 1).closed)
            x += kGap;
        const int w = int(natural.at(i) * scale);
        // Chevrons overlap by the arrow depth so that they nest.
        m_rects << QRect(x, 0, w, kHeight - 1);
        x += w - kArrow + 2;
    }
}

void StatusChevronBar::resizeEvent(QResizeEvent *)
{
    layoutSteps();
}

void StatusChevronBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    int currentIndex = -1;
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).id == m_current)
            currentIndex = i;
    for (int i = 0; i < m_steps.size() && i < m_rects.size(); ++i) {
        const Step &s = m_steps.at(i);
        const QRect r = m_rects.at(i);
        const bool first = i == 0 || (s.closed && !m_steps.at(i - 1).closed);
        const bool last = i == m_steps.size() - 1 || (!s.closed && m_steps.at(i + 1).closed);
        const bool isCurrent = i == currentIndex;
        const bool passed = !s.closed && currentIndex >= 0 && i < currentIndex && !m_steps.at(currentIndex).closed;
        QColor fill = pal.color(QPalette::Button);
        QColor text = pal.color(QPalette::ButtonText);
        if (isCurrent) {
            fill = s.color.isEmpty() ? accent : QColor(s.color);
            text = pal.color(QPalette::HighlightedText);
        } else if (passed) {
            fill = accent.lighter(185);
        } else if (i == m_hovered && canChoose(i)) {
            fill = accent.lighter(170);
        }
        if (!s.clickable && !isCurrent)
            text = pal.color(QPalette::Disabled, QPalette::ButtonText);
        const QPainterPath path = chevron(r, first, last);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(fill);
        p.drawPath(path);
        if (hasFocus() && i == m_focused) {
            p.setPen(QPen(accent.darker(130), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawPath(chevron(r.adjusted(3, 3, -3, -3), first, last));
        }
        QFont f = font();
        f.setBold(isCurrent);
        p.setFont(f);
        p.setPen(text);
        const QRect textRect = r.adjusted(first ? 6 : kArrow + 4, 0, last ? -6 : -kArrow - 2, 0);
        p.drawText(textRect, Qt::AlignCenter, QFontMetrics(f).elidedText(s.name, Qt::ElideRight, textRect.width()));
    }
}

int StatusChevronBar::stepAt(const QPoint &pos) const
{
    // Later steps win where chevrons overlap, as they are drawn on top.
    for (int i = int(m_rects.size()) - 1; i >= 0; --i)
        if (m_rects.at(i).contains(pos))
            return i;
    return -1;
}

void StatusChevronBar::mouseMoveEvent(QMouseEvent *event)
{
    const int i = stepAt(event->position().toPoint());
    if (i != m_hovered) {
        m_hovered = i;
        setCursor(canChoose(i) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void StatusChevronBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int i = stepAt(event->position().toPoint());
    if (canChoose(i))
        emit statusClicked(m_steps.at(i).id);
}

void StatusChevronBar::leaveEvent(QEvent *)
{
    m_hovered = -1;
    update();
}

void StatusChevronBar::keyPressEvent(QKeyEvent *event)
{
    if (m_steps.isEmpty())
        return QWidget::keyPressEvent(event);
    if (m_focused < 0)
        for (int i = 0; i < m_steps.size(); ++i)
            if (m_steps.at(i).id == m_current)
                m_focused = i;
    switch (event->key()) {
    case Qt::Key_Left:
        m_focused = qMax(0, m_focused - 1);
        update();
        return;
    case Qt::Key_Right:
        m_focused = qMin(int(m_steps.size()) - 1, m_focused + 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (canChoose(m_focused))
            emit statusClicked(m_steps.at(m_focused).id);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool StatusChevronBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = stepAt(help->pos());
        if (i >= 0) {
            const Step &s = m_steps.at(i);
            QString tip = s.name;
            if (s.id == m_current)
                tip = tr("%1 (current status)").arg(s.name);
            else if (!s.clickable)
                tip = tr("%1: reached through Convert or Lose").arg(s.name);
            else if (m_interactive)
                tip = tr("Move the lead to %1").arg(s.name);
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}
