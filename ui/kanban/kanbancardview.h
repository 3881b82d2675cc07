#pragma once

#include <QListView>

/// The cards of one kanban column: a QListView of equal-sized cards that
/// drags the selected cards (several with Ctrl or Shift) in Quarry's lead
/// MIME type. It does not take drops itself: the column around it does, so
/// that the header, the empty space and a folded column are targets too.
class KanbanCardView : public QListView
{
    Q_OBJECT
public:
    explicit KanbanCardView(QWidget *parent = nullptr);

    /// The ids of the selected cards, top to bottom.
    QList<qint64> selectedLeadIds() const;
    /// The text shown when the column is empty.
    void setEmptyText(const QString &text);

signals:
    /// The user double-clicked a card or pressed Enter on it.
    void openLeadRequested(qint64 leadId);
    /// The user asked for the context menu of `leadIds` (the cards under
    /// the cursor and the selection) at `globalPos`.
    void cardMenuRequested(const QList<qint64> &leadIds, const QPoint &globalPos);
    /// A drag of cards from this view starts (true) or ends (false), so the
    /// board can scroll sideways while it runs.
    void dragActiveChanged(bool active);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    QString m_emptyText;
};
