#pragma once

#include "leadstatus.h"

#include <QColor>
#include <QFrame>

class KanbanCardDelegate;
class KanbanCardView;
class KanbanColumnModel;
class QLabel;
class QToolButton;
class ReferenceService;

/// One column of the kanban: a header (status colour, name, card count and,
/// for closed statuses, a fold toggle) above the cards. The whole column is
/// a drop target: it lights up in the status colour while cards hover over
/// it, and a drop asks its KanbanColumnModel (which never edits rows).
/// Folded, the column is a narrow strip with its name written upwards; it
/// still takes drops.
class KanbanColumn : public QFrame
{
    Q_OBJECT
public:
    KanbanColumn(const LeadStatus &status, const QColor &color, KanbanColumnModel *model, ReferenceService &refs,
                 QWidget *parent = nullptr);

    const LeadStatus &status() const { return m_status; }
    qint64 statusId() const { return m_status.id; }
    KanbanColumnModel *model() const { return m_model; }
    KanbanCardView *cardView() const { return m_view; }

    /// Only closed statuses fold (the board's funnel stays visible).
    bool isFoldable() const { return !m_status.isOpen; }
    bool isFolded() const { return m_folded; }
    void setFolded(bool folded);

    /// The count shown in the header.
    void setCount(qint64 count);
    qint64 count() const { return m_count; }

    /// Whether a drag carrying `ids` may land here (not the column the cards
    /// are in, not a closed status without a role).
    bool acceptsLeads(const QList<qint64> &ids) const;
    /// Whether cards are hovering over the column now.
    bool isDropHighlighted() const { return m_dropHover; }

    /// Expanded width of every column.
    static int columnWidth() { return 288; }
    static int foldedWidth() { return 46; }

signals:
    /// The user toggled the fold (remembered by the page).
    void foldToggled(bool folded);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void setDropHover(bool hover);
    void updateHeader();
    QString dropHint() const;

    LeadStatus m_status;
    QColor m_color;
    KanbanColumnModel *m_model;
    QWidget *m_header;
    QLabel *m_name;
    QLabel *m_countLabel;
    QToolButton *m_fold;
    KanbanCardView *m_view;
    KanbanCardDelegate *m_delegate;
    qint64 m_count = 0;
    bool m_folded = false;
    bool m_dropHover = false;
};
