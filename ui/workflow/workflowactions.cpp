#include "workflowactions.h"

WorkflowActions::WorkflowActions(Workspace &ws, QObject *parent) : LeadActions(ws, parent) {}

WorkflowActions::~WorkflowActions() = default;

void WorkflowActions::convert(qint64 leadId, QWidget *parent)
{
    LeadActions::convert(leadId, parent);
}

void WorkflowActions::lose(qint64 leadId, QWidget *parent)
{
    LeadActions::lose(leadId, parent);
}

void WorkflowActions::reopen(qint64 leadId, QWidget *parent)
{
    LeadActions::reopen(leadId, parent);
}

void WorkflowActions::checkDuplicates(const QList<qint64> &leadIds, QWidget *parent)
{
    LeadActions::checkDuplicates(leadIds, parent);
}
