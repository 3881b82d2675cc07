#pragma once

#include "leadservice.h"
#include "result.h"

#include <QObject>

#include <functional>

class ChangeWatcher;
class QUndoStack;
class Workspace;

/// Where the widgets' writes to leads go: each call asks the LeadService
/// and, when it succeeds, pushes an undo command on the main window's
/// QUndoStack whose undo asks the service to put the previous values back.
/// Nothing here holds a rule; a refused undo or redo is reported through
/// problem().
class LeadCommands : public QObject
{
    Q_OBJECT
public:
    LeadCommands(Workspace &ws, QUndoStack &stack, QObject *parent = nullptr);

    Workspace &workspace() const { return m_ws; }
    QUndoStack &undoStack() const { return m_stack; }

    // Bulk changes do the allowed part: the leads the rules refuse are left
    // as they were and told in *refused; undo puts back those that changed.

    /// Assigns the leads to the current user (undo: back to their owners).
    Result<int> takeInCharge(const QList<qint64> &ids, Refusals *refused = nullptr);
    /// Assigns the leads to `userId` (0: nobody).
    Result<int> assign(const QList<qint64> &ids, qint64 userId, Refusals *refused = nullptr);
    /// Moves the leads to an open status (undo: back to their statuses).
    Result<int> changeStatus(const QList<qint64> &ids, qint64 statusId, Refusals *refused = nullptr);
    /// Creates (id 0) or updates the lead; both undoable (undoing a creation
    /// puts the new lead in the trash, redo brings it back).
    /// Creates or saves `lead`; `base` is the lead as the form read it (only
    /// what differs from it is written; see LeadService::update).
    Result<SavedLead> save(const Lead &lead, const std::optional<Lead> &base = std::nullopt);
    /// Runs `act` (a workflow dialog that loses or reopens leads); when it
    /// returns true, pushes its undo: the leads that changed go back to the
    /// status they had (and a reopened lead is lost again with its reason
    /// and comment). "Lose 3 leads", "Reopen Jean Dupont".
    bool recordWorkflow(const QList<qint64> &ids, const std::function<bool()> &act);

    /// Pushes an action already done (its first redo is skipped): `undo` and
    /// `redo` call the core and return what it refused. For the actions of
    /// the lead form's tabs (events, attachments, comments) and the import.
    void pushAction(const QString &text, std::function<Problems()> redo, std::function<Problems()> undo);

    /// After an action that is not undone here (a conversion, a change of
    /// the configuration): what Redo would do no longer follows, so it goes;
    /// the undo steps before stay.
    void clearRedo();
    /// Tells this Quarry's changes of the configuration (they clear Redo)
    /// from the ones `watcher` brings in from other users and programs
    /// (they leave Undo and Redo as they are).
    void follow(const ChangeWatcher &watcher);

    /// Moves the leads to the trash (undo: back out of it).
    Result<int> remove(const QList<qint64> &ids);
    /// Brings leads back from the trash (undo: into it again).
    Result<int> restore(const QList<qint64> &ids);

signals:
    /// An undo or redo was refused by the core (e.g. the lead was converted since).
    void problem(const QString &title, const Problems &problems);

private:
    Result<int> pushGrouped(const std::function<QString(int)> &text, const QList<qint64> &ids, qint64 target, bool status,
                            Refusals *refused);
    void push(const QString &text, const QList<qint64> &ids, bool toTrash);

    Workspace &m_ws;
    QUndoStack &m_stack;
    bool m_elsewhere = false; ///< the watcher is announcing another's change
};
