#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class Workspace;

/// Draws a lead's status as a coloured pill: the funnel's open statuses in
/// calm blues and teals, converted in green, lost in red.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(Workspace &ws, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour of a status ("#rrggbb"), shared with other views.
    static QString colorOf(Workspace &ws, qint64 statusId);

private:
    void reload();
    Workspace &m_ws;
    QHash<qint64, QString> m_colors;
};
