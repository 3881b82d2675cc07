#include "workflowactions.h"

void WorkflowActions::scheduleEvent(const QList<qint64> &leadIds, QWidget *parent)
{
    LeadActions::scheduleEvent(leadIds, parent);
}

void WorkflowActions::sendEmail(const QList<qint64> &leadIds, QWidget *parent)
{
    LeadActions::sendEmail(leadIds, parent);
}

LeadTabPage *WorkflowActions::createLeadTab(LeadTab tab, QWidget *parent)
{
    return LeadActions::createLeadTab(tab, parent);
}
