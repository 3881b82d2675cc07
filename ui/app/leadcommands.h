#pragma once

#include "leadservice.h"
#include "result.h"

#include <QObject>

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

    /// Assigns the leads to the current user (undo: back to their owners).
    Result<int> takeInCharge(const QList<qint64> &ids);
    /// Assigns the leads to `userId` (0: nobody).
    Result<int> assign(const QList<qint64> &ids, qint64 userId);
    /// Moves the leads to an open status (undo: back to their statuses).
    Result<int> changeStatus(const QList<qint64> &ids, qint64 statusId);
    /// Creates (id 0) or updates the lead. Updates are undoable; a creation
    /// is not (undoing it would delete what the user typed).
    Result<SavedLead> save(const Lead &lead);
    /// Deletes the leads. Not undoable: the caller confirms first. The undo
    /// history is kept; commands on deleted leads then report a problem.
    VoidResult remove(const QList<qint64> &ids);

signals:
    /// An undo or redo was refused by the core (e.g. the lead was converted since).
    void problem(const QString &title, const Problems &problems);

private:
    Result<int> pushGrouped(const QString &text, const QList<qint64> &ids, qint64 target, bool status);

    Workspace &m_ws;
    QUndoStack &m_stack;
};
