#pragma once

#include "leadfilter.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class KanbanBoardModel;
class KanbanColumn;
class LeadActions;
class MessageBanner;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QTimer;
class QUndoStack;
class Workspace;

/// The kanban board: one column per status in sequence order, each with its
/// name and count (all counted in one GROUP BY by the KanbanBoardModel), the
/// leads as cards. Dragging cards (one or several) onto another column moves
/// them there through LeadService::changeStatus as one undoable step; a drop
/// on the converted or lost column asks the LeadActions hook for its dialog
/// and changes nothing when that is cancelled. Closed columns fold (kept in
/// QSettings). The grid's search and filters apply through setFilter().
class KanbanPage : public QWidget
{
    Q_OBJECT
public:
    /// `undoStack` is the main window's (the page does not own it).
    KanbanPage(Workspace &ws, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~KanbanPage() override;

    /// The grid's filter: its search and filter bar criteria (owners,
    /// sources, tags, dates). Each column keeps its own status, and the
    /// grid's list (my / opened / closed) does not apply: the columns are
    /// the statuses. Applied at once when the page is shown, else when it
    /// is next shown.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }

    /// The workflow dialogs (convert, lose, reopen).
    void setLeadActions(LeadActions *actions);
    /// Where to find the workflow dialogs when they are needed, for a main
    /// window that may replace its LeadActions while the app runs.
    void setLeadActionsProvider(std::function<LeadActions *()> provider);

    /// Moves leads to a status as a drop would: an open status through an
    /// undoable command, the converted or lost status through the
    /// LeadActions dialogs. Returns false when nothing was asked.
    bool moveLeads(const QList<qint64> &ids, qint64 statusId);

    /// The columns in board order (building them when not built yet).
    QList<KanbanColumn *> columns();
    /// The column of a status, or nullptr.
    KanbanColumn *column(qint64 statusId);
    /// The selected cards: those of the column the user last selected in
    /// (selecting in one column clears the others).
    QList<qint64> selectedLeadIds() const;

    /// The board model (building it when not built yet).
    KanbanBoardModel *boardModel();
    /// The banner showing refused moves.
    MessageBanner *banner() const { return m_banner; }

signals:
    /// The user double-clicked a card: the main window opens the lead form.
    void openLeadRequested(qint64 leadId);
    /// The selected cards changed (see selectedLeadIds()).
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureBoard();
    void buildColumns();
    void clearColumns();
    void updateCounts();
    void updateSummary();
    void changeStatus(const QList<qint64> &ids, qint64 statusId);
    void requestConvert(const QList<qint64> &ids);
    void requestLose(const QList<qint64> &ids);
    void showCardMenu(const QList<qint64> &ids, qint64 fromStatusId, const QPoint &globalPos);
    void showProblems(const QString &title, const Problems &problems);
    void autoScroll();
    static QString foldKey(qint64 statusId);

    Workspace &m_ws;
    QPointer<QUndoStack> m_undoStack;
    LeadActions *actions() const;
    std::function<LeadActions *()> m_actions;
    LeadFilter m_filter;
    bool m_filterDirty = false;
    KanbanBoardModel *m_board = nullptr;
    QList<KanbanColumn *> m_columns;
    QLabel *m_summary;
    QLabel *m_filterHint;
    MessageBanner *m_banner;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QHBoxLayout *m_stripLayout;
    QTimer *m_autoScroll;
};
