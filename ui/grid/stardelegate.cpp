#include "stardelegate.h"

#include "leadroles.h"
#include "starrating.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kStar = 13;
}

void StarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QVariant score = index.data(LeadRoles::Score);
    StarRating::paint(painter, option.rect.adjusted(6, 0, 0, 0), score.isValid() ? score.toInt() : index.data().toInt(), kStar,
                      option.palette);
}

QSize StarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(5 * (kStar + 3) + 12, kStar + 8));
}
