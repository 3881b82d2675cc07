#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>

class QUndoStack;
class Workspace;

/// Moves leads to an open status through LeadService::changeStatus, as one
/// undo step (one kanban drag, one "Move to" choice). Undo puts every lead
/// back in the status it had before, grouped by that status.
///
/// The command reads the previous statuses when it is built and changes
/// nothing until QUndoStack::push() calls redo(). When that first redo is
/// refused, or moves no lead, the command makes itself obsolete so the stack
/// drops it: a refused drop never leaves an empty undo step. Refusals (also
/// of later undo/redo, e.g. a lead lost since) go to the reporter.
class ChangeStatusCommand : public QUndoCommand
{
public:
    /// Receives the problems of a refused redo or undo, with a title.
    using Reporter = std::function<void(const QString &title, const Problems &problems)>;

    ChangeStatusCommand(Workspace &ws, const QList<qint64> &leadIds, qint64 toStatusId, Reporter reporter = {},
                        QUndoCommand *parent = nullptr);

    /// Runs `command` now and pushes it only when it moved leads, so that a
    /// refused or empty move also leaves the stack's redo history alone
    /// (QUndoStack::push drops the redo history before it drops an obsolete
    /// command). Returns whether it was pushed; deletes it when not.
    static bool pushIfMoved(QUndoStack &stack, ChangeStatusCommand *command);

    void redo() override;
    void undo() override;

    /// The leads the command moves (those not already in the target status).
    QList<qint64> leadIds() const { return m_ids; }
    qint64 toStatusId() const { return m_to; }
    /// The status each lead had before the move.
    qint64 previousStatus(qint64 leadId) const { return m_before.value(leadId); }
    /// How many leads the last redo moved.
    int movedCount() const { return m_moved; }

private:
    void report(const QString &title, const Problems &problems) const;

    Workspace &m_ws;
    QList<qint64> m_ids;
    qint64 m_to;
    QHash<qint64, qint64> m_before;
    Reporter m_reporter;
    bool m_pushed = false;
    bool m_skipRedo = false; ///< already run by pushIfMoved()
    int m_moved = 0;
};
