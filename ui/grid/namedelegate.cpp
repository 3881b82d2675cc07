#include "namedelegate.h"

#include "leadroles.h"

#include <QApplication>
#include <QPainter>

void NameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString text = opt.text;
    const bool person = !text.isEmpty();
    if (!person)
        text = index.data(LeadRoles::DisplayName).toString();
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QStringList colors = index.data(LeadRoles::TagColors).toStringList();
    const int dots = int(colors.size());
    const int dotSize = 8;
    const int dotsWidth = dots ? dots * (dotSize + 3) + 4 : 0;
    QRect textRect = option.rect.adjusted(6, 0, -6 - dotsWidth, 0);
    painter->save();
    QFont f = option.font;
    f.setItalic(!person);
    painter->setFont(f);
    painter->setPen(person ? option.palette.color(QPalette::Text) : option.palette.color(QPalette::Dark));
    const QString shown = QFontMetrics(f).elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shown);
    if (dots) {
        painter->setRenderHint(QPainter::Antialiasing);
        int x = option.rect.left() + 6 + QFontMetrics(f).horizontalAdvance(shown) + 6;
        for (const QString &c : colors) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(c));
            painter->drawEllipse(QRect(x, option.rect.center().y() - dotSize / 2, dotSize, dotSize));
            x += dotSize + 3;
        }
    }
    painter->restore();
}
