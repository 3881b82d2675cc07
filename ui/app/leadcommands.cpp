#include "leadcommands.h"

#include "changewatcher.h"

#include "leadservice.h"
#include "lossservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QHash>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

/// An undo command whose redo and undo call the core. The first redo is
/// skipped: the change was made (and checked) before the push.
/// How many undo or redo actions are running: what they change (a
/// configuration signal) must not clear Redo under the stack's feet.
int g_running = 0;

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
        ++g_running;
        const Problems p = m_redo();
        --g_running;
        if (!p.isEmpty())
            m_report(QObject::tr("Redo of \"%1\" failed").arg(text()), p);
    }
    void undo() override
    {
        ++g_running;
        const Problems p = m_undo();
        --g_running;
        if (!p.isEmpty())
            m_report(QObject::tr("Undo of \"%1\" failed").arg(text()), p);
    }

private:
    Action m_redo;
    Action m_undo;
    std::function<void(const QString &, const Problems &)> m_report;
    bool m_first = true;
};

using Action = ServiceCommand::Action;

} // namespace

LeadCommands::LeadCommands(Workspace &ws, QUndoStack &stack, QObject *parent) : QObject(parent), m_ws(ws), m_stack(stack)
{
    // A change of the configuration is not undone here: Redo goes with it,
    // unless the change is another user's (follow()).
    auto configured = [this] {
        if (!m_elsewhere)
            clearRedo();
    };
    for (auto signal : {&Workspace::statusesChanged, &Workspace::usersChanged, &Workspace::optionsChanged})
        connect(&ws, signal, this, configured);
    connect(&ws, &Workspace::referencesChanged, this, configured);
}

void LeadCommands::follow(const ChangeWatcher &watcher)
{
    connect(&watcher, &ChangeWatcher::changingElsewhere, this, [this] { m_elsewhere = true; });
    connect(&watcher, &ChangeWatcher::changedElsewhere, this, [this] { m_elsewhere = false; });
}

Result<int> LeadCommands::takeInCharge(const QList<qint64> &ids, Refusals *refused)
{
    return pushGrouped([](int n) { return tr("Take %n lead(s) in charge", nullptr, n); }, ids, m_ws.currentUserId(), false, refused);
}

Result<int> LeadCommands::assign(const QList<qint64> &ids, qint64 userId, Refusals *refused)
{
    const QString who = userId ? m_ws.users().nameOf(userId) : tr("nobody");
    return pushGrouped([who](int n) { return tr("Assign %n lead(s) to %1", nullptr, n).arg(who); }, ids, userId, false, refused);
}

Result<int> LeadCommands::changeStatus(const QList<qint64> &ids, qint64 statusId, Refusals *refused)
{
    const auto status = m_ws.statuses().find(statusId);
    const QString name = status ? status->name : QString();
    return pushGrouped([name](int n) { return tr("Move %n lead(s) to %1", nullptr, n).arg(name); }, ids, statusId, true, refused);
}

Result<int> LeadCommands::pushGrouped(const std::function<QString(int)> &text, const QList<qint64> &ids, qint64 target,
                                      bool status, Refusals *refused)
{
    // What each lead had before, so undo puts every lead back where it was.
    QHash<qint64, qint64> was;
    for (qint64 id : ids)
        if (auto lead = m_ws.leads().get(id))
            was.insert(id, status ? lead->statusId : lead->assignedTo);
    Workspace &ws = m_ws;
    auto apply = [&ws, status](const QList<qint64> &leadIds, qint64 value) -> Problems {
        auto r = status ? ws.leads().changeStatus(leadIds, value) : ws.leads().assign(leadIds, value);
        return r ? Problems{} : r.problems();
    };
    Refusals local;
    Refusals *no = refused ? refused : &local;
    auto result = status ? m_ws.leads().changeStatus(ids, target, no) : m_ws.leads().assign(ids, target, no);
    if (!result || result.value() == 0)
        return result;
    // The command names what it did: the leads that changed, not those asked.
    QList<qint64> changed;
    QHash<qint64, QList<qint64>> before;
    for (qint64 id : ids)
        if (!no->ids.contains(id) && was.contains(id) && was.value(id) != target && !changed.contains(id)) {
            changed << id;
            before[was.value(id)] << id;
        }
    auto redo = [apply, changed, target] { return apply(changed, target); };
    auto undo = [apply, before] {
        Problems all;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            all << apply(it.value(), it.key());
        return all;
    };
    m_stack.push(new ServiceCommand(text(result.value()), redo, undo, [this](const QString &t, const Problems &p) { emit problem(t, p); }));
    return result;
}

Result<SavedLead> LeadCommands::save(const Lead &lead, const std::optional<Lead> &base)
{
    if (lead.id == 0) {
        auto created = m_ws.leads().create(lead);
        if (!created)
            return created;
        push(tr("Create %1").arg(created->lead.displayName()), {created->lead.id}, false);
        return created;
    }
    auto before = m_ws.leads().get(lead.id);
    if (!before)
        return before.problems();
    auto saved = m_ws.leads().update(lead, base ? base : std::optional<Lead>(before.value()));
    if (!saved)
        return saved;
    Workspace &ws = m_ws;
    const Lead old = before.value();
    const Lead now = saved->lead;
    // Undo and redo write back only the fields this save changed, from the
    // state the other step left (a field someone else changed meanwhile is
    // refused, never overwritten); the status keeps its own commands.
    auto write = [&ws](Lead target, const Lead &from) -> Problems {
        target.statusId = from.statusId;
        auto r = ws.leads().update(target, from);
        return r ? Problems{} : r.problems();
    };
    m_stack.push(new ServiceCommand(tr("Edit %1").arg(now.displayName()), [write, now, old] { return write(now, old); },
                                    [write, old, now] { return write(old, now); },
                                    [this](const QString &t, const Problems &p) { emit problem(t, p); }));
    return saved;
}

void LeadCommands::clearRedo()
{
    if (!m_stack.canRedo() || g_running > 0)
        return;
    // A command pushed drops every command above the stack's index; an
    // obsolete one is then deleted rather than kept as a step.
    auto *cut = new QUndoCommand;
    cut->setObsolete(true);
    m_stack.push(cut);
}

void LeadCommands::pushAction(const QString &text, std::function<Problems()> redo, std::function<Problems()> undo)
{
    m_stack.push(new ServiceCommand(text, std::move(redo), std::move(undo),
                                    [this](const QString &t, const Problems &p) { emit problem(t, p); }));
}

bool LeadCommands::recordWorkflow(const QList<qint64> &ids, const std::function<bool()> &act)
{
    QHash<qint64, Lead> before;
    for (qint64 id : ids)
        if (auto lead = m_ws.leads().get(id))
            before.insert(id, lead.value());
    if (!act())
        return false;
    // What the dialog did, lead by lead: lost, or reopened.
    QList<qint64> lost, reopened;
    QHash<qint64, Lead> after;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        auto now = m_ws.leads().get(it.key());
        if (!now || now->statusId == it->statusId)
            continue;
        after.insert(it.key(), now.value());
        (m_ws.leads().isLost(now.value()) ? lost : reopened) << it.key();
    }
    if (lost.isEmpty() && reopened.isEmpty())
        return true;
    Workspace &ws = m_ws;
    // Lose: undo reopens each lead on its old status; redo loses it again.
    // Reopen: undo loses it again with its reason and comment; redo reopens.
    auto toBefore = [&ws, before, lost, reopened]() -> Problems {
        Problems all;
        for (qint64 id : lost)
            if (auto r = ws.losses().reopen(id, before.value(id).statusId); !r)
                all << r.problems();
        for (qint64 id : reopened)
            if (auto r = ws.losses().lose(id, before.value(id).lostReasonId, before.value(id).lostComment); !r)
                all << r.problems();
        return all;
    };
    auto toAfter = [&ws, after, lost, reopened]() -> Problems {
        Problems all;
        for (qint64 id : lost)
            if (auto r = ws.losses().lose(id, after.value(id).lostReasonId, after.value(id).lostComment); !r)
                all << r.problems();
        for (qint64 id : reopened)
            if (auto r = ws.losses().reopen(id, after.value(id).statusId); !r)
                all << r.problems();
        return all;
    };
    const QList<qint64> changed = lost + reopened;
    const QString text = !lost.isEmpty() ? (lost.size() == 1 ? tr("Lose %1").arg(after.value(lost.first()).displayName())
                                                             : tr("Lose %n lead(s)", nullptr, int(lost.size())))
                                         : (reopened.size() == 1 ? tr("Reopen %1").arg(after.value(reopened.first()).displayName())
                                                                 : tr("Reopen %n lead(s)", nullptr, int(reopened.size())));
    m_stack.push(new ServiceCommand(text, toAfter, toBefore, [this](const QString &t, const Problems &p) { emit problem(t, p); }));
    return true;
}

Result<int> LeadCommands::remove(const QList<qint64> &ids)
{
    auto removed = m_ws.leads().remove(ids);
    if (removed)
        push(tr("Move %n lead(s) to the trash", nullptr, removed.value()), ids, true);
    return removed;
}

Result<int> LeadCommands::restore(const QList<qint64> &ids)
{
    auto restored = m_ws.leads().restore(ids);
    if (restored)
        push(tr("Restore %n lead(s) from the trash", nullptr, restored.value()), ids, false);
    return restored;
}

void LeadCommands::push(const QString &text, const QList<qint64> &ids, bool toTrash)
{
    // Creating and restoring undo into the trash; deleting undoes out of it.
    Workspace &ws = m_ws;
    auto trash = [&ws, ids]() -> Problems {
        auto r = ws.leads().remove(ids);
        return r ? Problems{} : r.problems();
    };
    auto untrash = [&ws, ids]() -> Problems {
        auto r = ws.leads().restore(ids);
        return r ? Problems{} : r.problems();
    };
    m_stack.push(new ServiceCommand(text, toTrash ? Action(trash) : Action(untrash), toTrash ? Action(untrash) : Action(trash),
                                    [this](const QString &t, const Problems &p) { emit problem(t, p); }));
}
