#pragma once

#include "leadfilter.h"
#include "leadservice.h"
#include "result.h"

#include <QKeySequence>
#include <QObject>

#include <functional>

class LeadActions;
class LeadCommands;
class QAction;
class QMenu;
class QWidget;

/// The actions on a selection of leads, shared by the grid's row menu, its
/// selection bar, the main window's Tools menu and the keyboard: take in
/// charge, schedule an event, send an email (row actions); assign to me,
/// assign to…, change status, check duplicates, export, delete (Tools).
/// Writes go through LeadCommands (undoable); the workflow dialogs through
/// the LeadActions hooks.
class LeadTools : public QObject
{
    Q_OBJECT
public:
    LeadTools(LeadCommands &commands, QWidget *parentWidget);

    void setLeadActions(LeadActions *actions) { m_actions = actions; }
    /// Which leads the actions apply to (the grid's selection, the open lead…).
    void setSelectionProvider(std::function<QList<qint64>()> provider);
    /// What the view shows, for export and "check duplicates" without a selection.
    void setFilterProvider(std::function<LeadFilter()> provider) { m_filter = std::move(provider); }
    /// Asks before deleting for good; the default shows a question box (tests replace it).
    void setConfirmer(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    QList<qint64> selection() const { return m_selection ? m_selection() : QList<qint64>{}; }

    QAction *takeInChargeAction() const { return m_take; }
    QAction *scheduleEventAction() const { return m_event; }
    QAction *sendEmailAction() const { return m_email; }
    QAction *assignToMeAction() const { return m_assignMe; }
    QAction *checkDuplicatesAction() const { return m_duplicates; }
    QAction *exportAction() const { return m_export; }
    QAction *deleteAction() const { return m_delete; }
    QAction *restoreAction() const { return m_restore; }
    QAction *purgeAction() const { return m_purge; }

    /// In the trash, the selection can only be restored or (by an admin)
    /// deleted for good; elsewhere those two are hidden.
    void setTrashMode(bool trash);
    bool trashMode() const { return m_trash; }

    /// The Tools menu (built once, kept in step with the selection).
    QMenu *toolsMenu() const { return m_tools; }
    /// Fills a row context menu.
    void fillRowMenu(QMenu *menu) const;
    /// Enables what applies to the current selection.
    void updateEnabled();

    // The operations behind the actions, callable directly.
    void takeInCharge();
    void changeStatus(qint64 statusId);
    void assignTo(qint64 userId);
    void deleteSelection();
    void restoreSelection();
    /// Asks, then removes the selected leads of the trash for good (admin).
    void purgeSelection();

signals:
    /// A write was refused; the problems name what.
    void problem(const QString &title, const Problems &problems);
    /// A short confirmation for the status bar ("3 leads taken in charge").
    void message(const QString &text);
    /// A bulk change did the allowed part; `problems` say why each other
    /// lead was left as it was.
    void partlyRefused(const QString &title, const Problems &problems);

private:
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &shortcut = {});
    void report(const Result<int> &result, const Refusals &refused, const QString &failedTitle,
                const std::function<QString(int)> &done);
    void fillStatusMenu();
    void fillAssignMenu();

    LeadCommands &m_commands;
    QWidget *m_parent;
    LeadActions *m_actions = nullptr;
    std::function<QList<qint64>()> m_selection;
    std::function<LeadFilter()> m_filter;
    std::function<bool(const QString &)> m_confirm;
    QAction *m_take, *m_event, *m_email, *m_assignMe, *m_duplicates, *m_export, *m_delete, *m_restore, *m_purge;
    bool m_trash = false;
    QMenu *m_tools, *m_status, *m_assign;
};
