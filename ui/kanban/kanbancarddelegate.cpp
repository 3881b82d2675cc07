#include "kanbancarddelegate.h"

#include "leadroles.h"
#include "referenceservice.h"
#include "starrating.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int MarginX = 8;     ///< space between the card and the column's sides
constexpr int MarginY = 4;     ///< half the gap between two cards
constexpr int Padding = 10;    ///< inside the card
constexpr int Avatar = 26;     ///< owner circle diameter
constexpr int StarSize = 11;
constexpr int ChipHeight = 18;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

KanbanCardDelegate::KanbanCardDelegate(ReferenceService &refs, const QColor &accent, QObject *parent)
    : QStyledItemDelegate(parent), m_refs(refs), m_accent(accent)
{
}

int KanbanCardDelegate::cardHeight()
{
    return 128;
}

QSize KanbanCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(qMax(option.rect.width(), 200), cardHeight());
}

QColor KanbanCardDelegate::ownerColor(qint64 userId)
{
    static const QList<QColor> colors = {QColor(0x3a, 0x7b, 0xd5), QColor(0x7b, 0x61, 0xc9), QColor(0xd0, 0x8a, 0x1c),
                                         QColor(0x1f, 0x9a, 0xa6), QColor(0xc2, 0x56, 0x9b), QColor(0x2e, 0x9e, 0x6b),
                                         QColor(0x5a, 0x71, 0x84), QColor(0xc0, 0x5a, 0x2b)};
    return colors.at(int(quint64(userId) % quint64(colors.size())));
}

void KanbanCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(option.rect).adjusted(MarginX + 0.5, MarginY + 0.5, -MarginX - 0.5, -MarginY - 0.5);

    // A soft shadow under the card, then the card itself.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(16, 42, 67, hovered ? 30 : 16));
    painter->drawRoundedRect(card.translated(0, hovered ? 2 : 1), 8, 8);
    const QColor border = selected ? pal.color(QPalette::Highlight) : hovered ? QColor(0xb4, 0xc3, 0xd3) : QColor(0xdd, 0xe3, 0xea);
    painter->setPen(QPen(border, selected ? 1.6 : 1.0));
    painter->setBrush(selected ? QColor(0xf4, 0xf8, 0xfd) : QColor(Qt::white));
    painter->drawRoundedRect(card, 8, 8);

    // The status stripe on the left edge, clipped to the card's rounding.
    {
        QPainterPath clip;
        clip.addRoundedRect(card, 8, 8);
        painter->save();
        painter->setClipPath(clip);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_accent);
        painter->drawRect(QRectF(card.left(), card.top(), 4, card.height()));
        painter->restore();
    }

    const QRect inner = card.toRect().adjusted(Padding + 3, Padding - 2, -Padding, -Padding + 2);
    const QFont base = option.font;

    // Owner: initials in a circle, top right (a dashed circle when nobody).
    const QRect avatar(inner.right() - Avatar + 1, inner.top(), Avatar, Avatar);
    const qint64 owner = index.data(LeadRoles::AssignedTo).toLongLong();
    if (owner) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(ownerColor(owner));
        painter->drawEllipse(avatar);
        QFont f = base;
        f.setBold(true);
        f.setPointSizeF(base.pointSizeF() * 0.8);
        painter->setFont(f);
        painter->setPen(Qt::white);
        painter->drawText(avatar, Qt::AlignCenter, index.data(LeadRoles::OwnerInitials).toString());
    } else {
        painter->setPen(QPen(pal.color(QPalette::Mid), 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(avatar).adjusted(1, 1, -1, -1));
    }

    // Name (bold) and company (muted) beside the avatar.
    const int textRight = avatar.left() - 8;
    QFont nameFont = base;
    nameFont.setBold(true);
    nameFont.setPointSizeF(base.pointSizeF() * 1.05);
    const QFontMetrics nameFm(nameFont);
    painter->setFont(nameFont);
    painter->setPen(pal.color(QPalette::Text));
    const QRect nameRect(inner.left(), inner.top(), textRight - inner.left(), nameFm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameFm.elidedText(index.data(LeadRoles::DisplayName).toString(), Qt::ElideRight, nameRect.width()));

    // Company (muted), then the title: what the lead is about.
    const QFontMetrics fm(base);
    const QString displayName = index.data(LeadRoles::DisplayName).toString();
    QString company = index.data(LeadRoles::Company).toString();
    QString title = index.data(LeadRoles::Title).toString();
    if (company == displayName)
        company.clear();
    if (title == displayName)
        title.clear();
    int y = nameRect.bottom() + 3;
    if (!company.isEmpty()) {
        const QRect companyRect(inner.left(), y, textRight - inner.left(), fm.height());
        painter->setFont(base);
        painter->setPen(QColor(0x61, 0x6e, 0x7c));
        painter->drawText(companyRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(company, Qt::ElideRight, companyRect.width()));
        y = companyRect.bottom() + 2;
    }
    if (!title.isEmpty()) {
        // Beside the avatar the line stops short of it.
        const int right = y < avatar.bottom() ? textRight : inner.right();
        const QRect titleRect(inner.left(), y, right - inner.left(), fm.height());
        painter->setFont(base);
        painter->setPen(QColor(0x3e, 0x4c, 0x59));
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, titleRect.width()));
    }

    // Tags as chips, then stars and the next event on the bottom line.
    const QRect bottom(inner.left(), inner.bottom() - 17, inner.width(), 18);
    const QRect tagsRect(inner.left(), bottom.top() - ChipHeight - 7, inner.width(), ChipHeight);
    paintTags(painter, tagsRect, index, base);
    StarRating::paint(painter, QRect(bottom.left() - 1, bottom.top(), 5 * (StarSize + 4), bottom.height()),
                      index.data(LeadRoles::Score).toInt(), StarSize, pal);
    paintNextEvent(painter, bottom, index.data(LeadRoles::NextEvent).toDateTime(), base, pal);

    if (option.state & QStyle::State_HasFocus && !selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 6, 6);
    }
    painter->restore();
}

void KanbanCardDelegate::paintTags(QPainter *painter, const QRect &rect, const QModelIndex &index, const QFont &base) const
{
    const QList<qint64> ids = index.data(LeadRoles::TagIds).value<QList<qint64>>();
    if (ids.isEmpty())
        return;
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.82);
    const QFontMetrics fm(f);
    painter->setFont(f);
    int x = rect.left();
    for (int i = 0; i < ids.size(); ++i) {
        const QColor color(m_refs.colorOf(ids.at(i)));
        const QString name = m_refs.nameOf(RefKind::Tag, ids.at(i));
        const int remaining = rect.right() - x;
        const QString more = QStringLiteral("+%1").arg(ids.size() - i - 1);
        const int moreWidth = i + 1 < ids.size() ? fm.horizontalAdvance(more) + 14 : 0;
        QString shown = fm.elidedText(name, Qt::ElideRight, qMin(110, remaining - moreWidth - 16));
        if (shown.isEmpty() || shown == QStringLiteral("…") || remaining - moreWidth < 40) {
            // No room for another chip: say how many are left.
            const QString rest = QStringLiteral("+%1").arg(ids.size() - i);
            const QRect r(x, rect.top(), fm.horizontalAdvance(rest) + 12, rect.height());
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xee, 0xf1, 0xf5));
            painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
            painter->setPen(QColor(0x52, 0x60, 0x6d));
            painter->drawText(r, Qt::AlignCenter, rest);
            return;
        }
        const QRect chip(x, rect.top(), fm.horizontalAdvance(shown) + 16, rect.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(color, Qt::white, 0.82));
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(chip.left() + 7, chip.center().y() + 0.5), 2.5, 2.5);
        painter->setPen(mix(color, Qt::black, 0.45));
        painter->drawText(chip.adjusted(11, 0, -3, 0), Qt::AlignCenter, shown);
        x = chip.right() + 5;
    }
}

void KanbanCardDelegate::paintNextEvent(QPainter *painter, const QRect &rect, const QDateTime &at, const QFont &base,
                                        const QPalette &palette) const
{
    if (!at.isValid())
        return;
    const QDateTime local = at.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    // The locale's short time, without seconds (some locales keep them).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    const QString time = locale.toString(local.time(), timeFormat);
    QString text;
    if (local.date() == today)
        text = tr("Today %1").arg(time);
    else if (local.date() == today.addDays(1))
        text = tr("Tomorrow %1").arg(time);
    else if (local.date().year() == today.year())
        text = locale.toString(local.date(), QStringLiteral("d MMM"));
    else
        text = locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
    const bool overdue = local < QDateTime::currentDateTime();
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    const QFontMetrics fm(f);
    const int textWidth = fm.horizontalAdvance(text);
    const QColor color = overdue ? QColor(0xc0, 0x39, 0x2b) : palette.color(QPalette::Dark).darker(115);
    // A small clock before the date.
    const QRectF clock(rect.right() - textWidth - 15, rect.center().y() - 5.5, 11, 11);
    painter->setPen(QPen(color, 1.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(clock);
    painter->drawLine(clock.center(), clock.center() + QPointF(0, -3.5));
    painter->drawLine(clock.center(), clock.center() + QPointF(2.5, 0));
    painter->setFont(f);
    painter->drawText(QRect(rect.right() - textWidth, rect.top(), textWidth + 1, rect.height()), Qt::AlignRight | Qt::AlignVCenter, text);
}
