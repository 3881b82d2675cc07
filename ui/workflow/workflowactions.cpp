#include "workflowactions.h"

#include "convertdialog.h"
#include "conversionservice.h"
#include "duplicatesdialog.h"
#include "leadcommands.h"
#include "losedialog.h"
#include "mergeservice.h"
#include "workspace.h"

#include <QMessageBox>

WorkflowActions::WorkflowActions(Workspace &ws, QObject *parent) : LeadActions(ws, parent) {}

WorkflowActions::~WorkflowActions() = default;

void WorkflowActions::convert(qint64 leadId, QWidget *parent)
{
    // A lead that cannot be converted (already converted, lost) says why at once.
    if (VoidResult can = workspace().conversions().canConvert(leadId); !can) {
        QMessageBox::warning(parent, tr("Convert lead"), can.errorText());
        return;
    }
    const auto before = workspace().leads().get(leadId);
    ConvertDialog dialog(workspace(), leadId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_commands && before && dialog.conversion()) {
        // Undo takes it back when the lead and what it made are untouched
        // (ConversionService::undo); redo converts again as asked.
        Workspace &ws = workspace();
        auto done = std::make_shared<ConversionResult>(*dialog.conversion());
        const ConversionRequest request = dialog.request();
        m_commands->pushAction(
            tr("Convert %1").arg(before->displayName()),
            [&ws, done, request]() -> Problems {
                auto again = ws.conversions().convert(request);
                if (!again)
                    return again.problems();
                *done = again.value();
                return {};
            },
            [&ws, done, lead = before.value()]() -> Problems {
                auto back = ws.conversions().undo(lead, *done);
                return back ? Problems{} : back.problems();
            });
    }
    // A short confirmation that does not hold up the next action.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Lead converted"), dialog.summary(), QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

bool WorkflowActions::undoable(const QList<qint64> &leadIds, const std::function<bool()> &act)
{
    return m_commands ? m_commands->recordWorkflow(leadIds, act) : act();
}

void WorkflowActions::lose(qint64 leadId, QWidget *parent)
{
    undoable({leadId}, [&] { return LoseDialog::run(workspace(), {leadId}, parent); });
}

void WorkflowActions::loseAll(const QList<qint64> &leadIds, QWidget *parent)
{
    if (!leadIds.isEmpty())
        undoable(leadIds, [&] { return LoseDialog::run(workspace(), leadIds, parent); });
}

void WorkflowActions::reopen(qint64 leadId, QWidget *parent)
{
    undoable({leadId}, [&] { return ReopenDialog::run(workspace(), {leadId}, parent); });
}

void WorkflowActions::checkDuplicates(const QList<qint64> &leadIds, QWidget *parent)
{
    DuplicatesDialog dialog(workspace(), leadIds, parent);
    connect(&dialog, &DuplicatesDialog::openLeadRequested, this, &LeadActions::openLeadRequested, Qt::QueuedConnection);
    dialog.exec();
    if (!m_commands)
        return;
    // Each merge still in effect is one step: undo is the merge's own undo
    // (the leads back as they were); redo merges the same leads again.
    Workspace &ws = workspace();
    for (const DuplicatesDialog::Merge &m : dialog.merges()) {
        auto mergeId = std::make_shared<qint64>(m.mergeId);
        m_commands->pushAction(
            tr("Merge %n lead(s) into %1", nullptr, int(m.others.size())).arg(m.masterName),
            [&ws, mergeId, m]() -> Problems {
                auto again = ws.merges().merge(m.master, m.others);
                if (!again)
                    return again.problems();
                *mergeId = again->mergeId;
                return {};
            },
            [&ws, mergeId]() -> Problems {
                auto undone = ws.merges().undo(*mergeId);
                return undone ? Problems{} : undone.problems();
            });
    }
}
