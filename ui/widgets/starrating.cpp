#include "starrating.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {

constexpr int kSpacing = 3;

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF c = box.center();
    const double outer = box.width() / 2.0;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 == 0) ? outer : inner;
        const double a = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF p(c.x() + r * std::cos(a), c.y() + r * std::sin(a) + outer * 0.08);
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

StarRating::StarRating(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Lead scoring"));
    setToolTip(tr("Lead scoring: click a star (Left/Right or 0–5 on the keyboard)"));
}

void StarRating::setValue(int value)
{
    value = qBound(0, value, maximum());
    if (value == m_value)
        return;
    m_value = value;
    setAccessibleDescription(tr("%n star(s)", nullptr, value));
    update();
}

void StarRating::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    setCursor(readOnly ? Qt::ArrowCursor : Qt::PointingHandCursor);
    m_hovered = -1;
    update();
}

void StarRating::setStarSize(int size)
{
    m_starSize = size;
    updateGeometry();
    update();
}

QSize StarRating::sizeHint() const
{
    return QSize(maximum() * (m_starSize + kSpacing) + 2, m_starSize + 6);
}

void StarRating::paint(QPainter *painter, const QRect &rect, int value, int starSize, const QPalette &palette, int hovered)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor filled(0xe8, 0xa3, 0x17);
    const QColor hover(0xf3, 0xc9, 0x6b);
    const QColor empty = palette.color(QPalette::Mid);
    const int y = rect.top() + (rect.height() - starSize) / 2;
    const int shown = hovered >= 0 ? hovered : value;
    for (int i = 0; i < 5; ++i) {
        const QRectF box(rect.left() + 1 + i * (starSize + kSpacing), y, starSize, starSize);
        const QPainterPath path = starPath(box);
        if (i < shown) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(hovered >= 0 ? hover : filled);
        } else {
            painter->setPen(QPen(empty, 1.2));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawPath(path);
    }
    painter->restore();
}

void StarRating::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(&p, rect(), m_value, m_starSize, palette(), m_readOnly ? -1 : m_hovered);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

int StarRating::starAt(const QPoint &pos) const
{
    const int i = (pos.x() - 1) / (m_starSize + kSpacing);
    return (pos.x() < 1 || i >= maximum()) ? -1 : i + 1;
}

void StarRating::choose(int value)
{
    value = qBound(0, value, maximum());
    if (m_readOnly || value == m_value)
        return;
    setValue(value);
    emit valueChanged(m_value);
}

void StarRating::mouseMoveEvent(QMouseEvent *event)
{
    if (m_readOnly)
        return;
    const int star = starAt(event->position().toPoint());
    if (star != m_hovered) {
        m_hovered = star;
        update();
    }
}

void StarRating::mousePressEvent(QMouseEvent *event)
{
    if (m_readOnly || event->button() != Qt::LeftButton)
        return;
    const int star = starAt(event->position().toPoint());
    if (star < 0)
        return;
    // Clicking the current value again clears it: the only way to zero by mouse.
    choose(star == m_value ? 0 : star);
    m_hovered = -1;
    update();
}

void StarRating::leaveEvent(QEvent *)
{
    m_hovered = -1;
    update();
}

void StarRating::keyPressEvent(QKeyEvent *event)
{
    if (m_readOnly)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Plus:
    case Qt::Key_Up:
        choose(m_value + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Minus:
    case Qt::Key_Down:
        choose(m_value - 1);
        return;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_5) {
            choose(event->key() - Qt::Key_0);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}
