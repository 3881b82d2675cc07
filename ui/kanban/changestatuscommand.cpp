#include "changestatuscommand.h"

#include "leadservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QMap>
#include <QUndoStack>

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1)
{
    return QCoreApplication::translate("ChangeStatusCommand", s, c, n);
}
} // namespace

ChangeStatusCommand::ChangeStatusCommand(Workspace &ws, const QList<qint64> &leadIds, qint64 toStatusId,
                                         Reporter reporter, QUndoCommand *parent)
    : QUndoCommand(parent), m_ws(ws), m_to(toStatusId), m_reporter(std::move(reporter))
{
    // Remember where each lead was, so undo sends each one back there.
    for (qint64 id : leadIds) {
        if (m_before.contains(id))
            continue;
        auto lead = ws.leads().get(id);
        const qint64 from = lead ? lead->statusId : 0;
        if (lead && from == toStatusId)
            continue;
        m_before.insert(id, from);
        m_ids << id;
    }
    const auto status = ws.statuses().find(toStatusId);
    setText(tr("Move %n lead(s) to %1", nullptr, int(m_ids.size())).arg(status ? status->name : QString()));
}

void ChangeStatusCommand::report(const QString &title, const Problems &problems) const
{
    if (m_reporter)
        m_reporter(title, problems);
}

bool ChangeStatusCommand::pushIfMoved(QUndoStack &stack, ChangeStatusCommand *command)
{
    command->redo();
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    command->m_skipRedo = true;
    stack.push(command);
    return true;
}

void ChangeStatusCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const bool first = !m_pushed;
    m_pushed = true;
    m_moved = 0;
    if (m_ids.isEmpty()) {
        setObsolete(first);
        return;
    }
    auto result = m_ws.leads().changeStatus(m_ids, m_to);
    if (!result) {
        report(first ? tr("The leads were not moved") : tr("Redo of \"%1\" failed").arg(text()), result.problems());
        // A first run that changed nothing is no step to undo.
        setObsolete(first);
        return;
    }
    m_moved = result.value();
    if (first && m_moved == 0)
        setObsolete(true);
}

void ChangeStatusCommand::undo()
{
    // One service call per previous status; ordered so the result is stable.
    QMap<qint64, QList<qint64>> byStatus;
    for (qint64 id : std::as_const(m_ids))
        byStatus[m_before.value(id)] << id;
    Problems problems;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        if (it.key() == 0)
            continue; // the lead was unknown when the command was built
        auto result = m_ws.leads().changeStatus(it.value(), it.key());
        if (!result)
            problems << result.problems();
    }
    if (!problems.isEmpty())
        report(tr("Undo of \"%1\" failed").arg(text()), problems);
}
