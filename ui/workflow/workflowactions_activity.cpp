#include "workflowactions.h"

#include "activities/attachmentstab.h"
#include "activities/composeemaildialog.h"
#include "activities/emailstab.h"
#include "activities/eventstab.h"
#include "activities/scheduleeventdialog.h"
#include "activities/ticketstab.h"

void WorkflowActions::scheduleEvent(const QList<qint64> &leadIds, QWidget *parent)
{
    ScheduleEventDialog::run(workspace(), leadIds, parent);
}

void WorkflowActions::sendEmail(const QList<qint64> &leadIds, QWidget *parent)
{
    ComposeEmailDialog::run(workspace(), leadIds, parent);
}

LeadTabPage *WorkflowActions::createLeadTab(LeadTab tab, QWidget *parent)
{
    switch (tab) {
    case LeadTab::Events: return new EventsTab(workspace(), parent);
    case LeadTab::Emails: return new EmailsTab(workspace(), parent);
    case LeadTab::Attachments: return new AttachmentsTab(workspace(), parent);
    case LeadTab::Tickets: return new TicketsTab(workspace(), parent);
    }
    return LeadActions::createLeadTab(tab, parent);
}
