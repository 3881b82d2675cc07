#include "leadcommands.h"

#include "leadservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QHash>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

/// An undo command whose redo and undo call the core. The first redo is
/// skipped: the change was made (and checked) before the push.
class ServiceCommand : public QUndoCommand
{
public:
    using Action = std::function<Problems()>;
    ServiceCommand(const QString &text, Action redoAction, Action undoAction, std::function<void(const QString &, const Problems &)> report)
        : QUndoCommand(text), m_redo(std::move(redoAction)), m_undo(std::move(undoAction)), m_report(std::move(report))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (const Problems p = m_redo(); !p.isEmpty())
            m_report(QObject::tr("Redo of \"%1\" failed").arg(text()), p);
    }
    void undo() override
    {
        if (const Problems p = m_undo(); !p.isEmpty())
            m_report(QObject::tr("Undo of \"%1\" failed").arg(text()), p);
    }

private:
    Action m_redo;
    Action m_undo;
    std::function<void(const QString &, const Problems &)> m_report;
    bool m_first = true;
};

} // namespace

LeadCommands::LeadCommands(Workspace &ws, QUndoStack &stack, QObject *parent) : QObject(parent), m_ws(ws), m_stack(stack) {}

Result<int> LeadCommands::takeInCharge(const QList<qint64> &ids)
{
    return pushGrouped(tr("Take %n lead(s) in charge", nullptr, int(ids.size())), ids, m_ws.currentUserId(), false);
}

Result<int> LeadCommands::assign(const QList<qint64> &ids, qint64 userId)
{
    const QString who = userId ? m_ws.users().nameOf(userId) : tr("nobody");
    return pushGrouped(tr("Assign %n lead(s) to %1", nullptr, int(ids.size())).arg(who), ids, userId, false);
}

Result<int> LeadCommands::changeStatus(const QList<qint64> &ids, qint64 statusId)
{
    const auto status = m_ws.statuses().find(statusId);
    return pushGrouped(tr("Move %n lead(s) to %1", nullptr, int(ids.size())).arg(status ? status->name : QString()), ids,
                       statusId, true);
}

Result<int> LeadCommands::pushGrouped(const QString &text, const QList<qint64> &ids, qint64 target, bool status)
{
    // What each lead had before, so undo puts every lead back where it was.
    QHash<qint64, QList<qint64>> before;
    for (qint64 id : ids)
        if (auto lead = m_ws.leads().get(id))
            before[status ? lead->statusId : lead->assignedTo] << id;
    Workspace &ws = m_ws;
    auto apply = [&ws, status](const QList<qint64> &leadIds, qint64 value) -> Problems {
        auto r = status ? ws.leads().changeStatus(leadIds, value) : ws.leads().assign(leadIds, value);
        return r ? Problems{} : r.problems();
    };
    auto result = status ? m_ws.leads().changeStatus(ids, target) : m_ws.leads().assign(ids, target);
    if (!result || result.value() == 0)
        return result;
    auto redo = [apply, ids, target] { return apply(ids, target); };
    auto undo = [apply, before] {
        Problems all;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            all << apply(it.value(), it.key());
        return all;
    };
    m_stack.push(new ServiceCommand(text, redo, undo, [this](const QString &t, const Problems &p) { emit problem(t, p); }));
    return result;
}

Result<SavedLead> LeadCommands::save(const Lead &lead)
{
    if (lead.id == 0)
        return m_ws.leads().create(lead);
    auto before = m_ws.leads().get(lead.id);
    if (!before)
        return before.problems();
    auto saved = m_ws.leads().update(lead);
    if (!saved)
        return saved;
    Workspace &ws = m_ws;
    const Lead old = before.value();
    const Lead now = saved->lead;
    auto write = [&ws](const Lead &target) -> Problems {
        // Keep the status as it is now: status moves have their own commands.
        auto current = ws.leads().get(target.id);
        if (!current)
            return current.problems();
        Lead l = target;
        l.statusId = current->statusId;
        auto r = ws.leads().update(l);
        return r ? Problems{} : r.problems();
    };
    m_stack.push(new ServiceCommand(tr("Edit %1").arg(now.displayName()), [write, now] { return write(now); },
                                    [write, old] { return write(old); },
                                    [this](const QString &t, const Problems &p) { emit problem(t, p); }));
    return saved;
}

VoidResult LeadCommands::remove(const QList<qint64> &ids)
{
    return m_ws.leads().remove(ids);
}
