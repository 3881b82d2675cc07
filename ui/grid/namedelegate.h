#pragma once

#include <QStyledItemDelegate>

/// The name column: the lead's name (its company or title when it has no
/// person), followed by a coloured dot per tag.
class NameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
