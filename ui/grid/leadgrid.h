#pragma once

#include "leadfilter.h"

#include <QList>
#include <QWidget>

class ColumnChooser;
class LeadActions;
class LeadCommands;
class QToolButton;
class LeadFilterBar;
class LeadTableModel;
class LeadTools;
class MessageBanner;
class QLabel;
class QTableView;
class QTimer;
class Workspace;

/// The lead grid: the filter bar, a selection bar with the row actions when
/// leads are selected, and a QTableView on the lazy LeadTableModel, sorted
/// by any column (the header), with a column chooser (header menu), multi-
/// select and a row context menu. The search text comes from the main
/// window's search field.
class LeadGrid : public QWidget
{
    Q_OBJECT
public:
    /// `menu`: the list shown first (counted once, before the view asks).
    LeadGrid(Workspace &ws, LeadCommands &commands, QWidget *parent = nullptr, LeadFilter::Menu menu = LeadFilter::Menu::All);

    void setLeadActions(LeadActions *actions);

    /// Which list: my, opened, closed or all leads.
    void setMenu(LeadFilter::Menu menu);
    LeadFilter::Menu menu() const { return m_menu; }
    /// Search as you type (the caller debounces).
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    /// The whole filter the grid shows now (menu, criteria, search, sort).
    LeadFilter filter() const;
    /// Takes a whole filter (a saved filter): menu, criteria, search, sort.
    void applyFilter(const LeadFilter &filter);

    /// The selected leads, in row order.
    QList<qint64> selectedIds() const;
    /// Selects the row of `id` when it is loaded.
    void selectLead(qint64 id);
    qint64 rowCount() const;

    QTableView *view() const { return m_view; }
    LeadTableModel *model() const { return m_model; }
    LeadTools *tools() const { return m_tools; }
    LeadFilterBar *filterBar() const { return m_filterBar; }
    ColumnChooser *columnChooser() const { return m_columns; }

    /// Header layout (order, widths, hidden columns, sort) for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    /// The user opened a lead (double click, Enter).
    void openRequested(qint64 id);
    /// The selection changed (count of selected leads).
    void selectionChanged(int selected);
    /// The number of leads shown changed.
    void countChanged(qint64 count);
    /// A saved filter asks for another list (my, opened…).
    void menuRequested(LeadFilter::Menu menu);
    /// A problem to show (the banner of the grid shows it too).
    void problem(const QString &title, const QString &details);
    /// A short confirmation for the status bar.
    void message(const QString &text);

public:
    /// The banner above the grid (refusals, a bulk change done in part).
    MessageBanner *banner() const { return m_banner; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The trash's tools (restore, delete for good) in the trash, the usual ones elsewhere.
    void showTrashTools();
    void applyDefaultColumns();
    void refilter();
    void updateSelectionBar();
    void showRowMenu(const QPoint &pos);

    Workspace &m_ws;
    LeadCommands &m_commands;
    LeadTableModel *m_model;
    QTableView *m_view;
    LeadFilterBar *m_filterBar;
    LeadTools *m_tools;
    ColumnChooser *m_columns;
    MessageBanner *m_banner;
    QWidget *m_selectionBar;
    QLabel *m_selectionLabel;
    QLabel *m_emptyLabel;
    LeadFilter::Menu m_menu = LeadFilter::Menu::All;
    QString m_search;
    QList<QToolButton *> m_rowButtons;   ///< take in charge, schedule, email
    QList<QToolButton *> m_trashButtons; ///< restore, delete for good
};
