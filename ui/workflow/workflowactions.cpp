#include "workflowactions.h"

#include "convertdialog.h"
#include "conversionservice.h"
#include "duplicatesdialog.h"
#include "losedialog.h"
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
    ConvertDialog dialog(workspace(), leadId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A short confirmation that does not hold up the next action.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Lead converted"), dialog.summary(), QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void WorkflowActions::lose(qint64 leadId, QWidget *parent)
{
    LoseDialog::run(workspace(), {leadId}, parent);
}

void WorkflowActions::loseAll(const QList<qint64> &leadIds, QWidget *parent)
{
    if (!leadIds.isEmpty())
        LoseDialog::run(workspace(), leadIds, parent);
}

void WorkflowActions::reopen(qint64 leadId, QWidget *parent)
{
    ReopenDialog::run(workspace(), {leadId}, parent);
}

void WorkflowActions::checkDuplicates(const QList<qint64> &leadIds, QWidget *parent)
{
    DuplicatesDialog dialog(workspace(), leadIds, parent);
    connect(&dialog, &DuplicatesDialog::openLeadRequested, this, &LeadActions::openLeadRequested, Qt::QueuedConnection);
    dialog.exec();
}
