#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class ReferenceService;

/// Draws a lead as a kanban card: the name, the company, the title, the tags as
/// coloured chips, the scoring stars, the owner's initials in a circle and
/// the next scheduled event (red when overdue). Every card has the same
/// size, so a column of a million cards lays out without asking each one.
class KanbanCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `refs` names the tags; `accent` is the column's status colour, drawn
    /// as a thin stripe on the card's left edge.
    KanbanCardDelegate(ReferenceService &refs, const QColor &accent, QObject *parent = nullptr);

    void setAccent(const QColor &accent) { m_accent = accent; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The card's height in pixels (the margins around it included).
    static int cardHeight();
    /// The colour of an owner's circle: the same user always gets the same one.
    static QColor ownerColor(qint64 userId);

private:
    void paintTags(QPainter *painter, const QRect &rect, const QModelIndex &index, const QFont &base) const;
    void paintNextEvent(QPainter *painter, const QRect &rect, const QDateTime &at, const QFont &base,
                        const QPalette &palette) const;

    ReferenceService &m_refs;
    QColor m_accent;
};
