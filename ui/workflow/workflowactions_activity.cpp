#include "workflowactions.h"

#include "emailservice.h"
#include "eventservice.h"
#include "leadcommands.h"
#include "workspace.h"

#include "activities/attachmentstab.h"
#include "activities/composeemaildialog.h"
#include "activities/emailstab.h"
#include "activities/eventstab.h"
#include "activities/scheduleeventdialog.h"
#include "activities/ticketstab.h"

#include <QSet>

namespace {

/// The ids of what `list` gives for each lead, to tell what a dialog made.
template<typename List>
QSet<qint64> idsOf(const QList<qint64> &leadIds, List list)
{
    QSet<qint64> out;
    for (qint64 lead : leadIds)
        for (const auto &record : list(lead))
            out.insert(record.id);
    return out;
}

} // namespace

void WorkflowActions::scheduleEvent(const QList<qint64> &leadIds, QWidget *parent)
{
    Workspace &ws = workspace();
    auto events = [&ws](qint64 lead) { return ws.events().forLead(lead); };
    const QSet<qint64> before = idsOf(leadIds, events);
    if (!ScheduleEventDialog::run(ws, leadIds, parent) || !m_commands)
        return;
    // One step for what the dialog scheduled, on every lead: undo removes
    // those events, redo schedules them again.
    QList<Event> made;
    for (qint64 lead : leadIds)
        for (const Event &e : ws.events().forLead(lead))
            if (!before.contains(e.id))
                made << e;
    if (made.isEmpty())
        return;
    auto ids = std::make_shared<QList<qint64>>();
    for (const Event &e : std::as_const(made))
        *ids << e.id;
    m_commands->pushAction(
        made.size() == 1 ? tr("Schedule \"%1\"").arg(made.first().subject) : tr("Schedule %n event(s)", nullptr, int(made.size())),
        [&ws, made, ids]() -> Problems {
            Problems p;
            ids->clear();
            for (Event e : made) {
                e.id = 0;
                if (auto r = ws.events().add(e))
                    *ids << r->id;
                else
                    p << r.problems();
            }
            return p;
        },
        [&ws, ids]() -> Problems {
            Problems p;
            for (qint64 id : std::as_const(*ids))
                if (VoidResult r = ws.events().remove(id); !r)
                    p << r.problems();
            return p;
        });
}

void WorkflowActions::sendEmail(const QList<qint64> &leadIds, QWidget *parent)
{
    Workspace &ws = workspace();
    auto emails = [&ws](qint64 lead) { return ws.emails().forLead(lead); };
    const QSet<qint64> before = idsOf(leadIds, emails);
    if (!ComposeEmailDialog::run(ws, leadIds, parent) || !m_commands)
        return;
    // Undo takes the logged emails off their leads (what the mail program
    // sent is its own); redo logs them again.
    QList<EmailMessage> logged;
    for (qint64 lead : leadIds)
        for (const EmailMessage &m : ws.emails().forLead(lead))
            if (!before.contains(m.id))
                logged << m;
    if (logged.isEmpty())
        return;
    auto ids = std::make_shared<QList<qint64>>();
    for (const EmailMessage &m : std::as_const(logged))
        *ids << m.id;
    m_commands->pushAction(
        logged.size() == 1 ? tr("Log the email \"%1\"").arg(logged.first().subject) : tr("Log %n email(s)", nullptr, int(logged.size())),
        [&ws, logged, ids]() -> Problems {
            Problems p;
            ids->clear();
            for (EmailMessage m : logged) {
                m.id = 0;
                if (auto r = ws.emails().send(m))
                    *ids << r->id;
                else
                    p << r.problems();
            }
            return p;
        },
        [&ws, ids]() -> Problems {
            Problems p;
            for (qint64 id : std::as_const(*ids))
                if (VoidResult r = ws.emails().removeLogged(id); !r)
                    p << r.problems();
            return p;
        });
}

LeadTabPage *WorkflowActions::createLeadTab(LeadTab tab, QWidget *parent)
{
    LeadTabPage *page = nullptr;
    switch (tab) {
    case LeadTab::Events: page = new EventsTab(workspace(), parent); break;
    case LeadTab::Emails: page = new EmailsTab(workspace(), parent); break;
    case LeadTab::Attachments: page = new AttachmentsTab(workspace(), parent); break;
    case LeadTab::Tickets: page = new TicketsTab(workspace(), parent); break;
    }
    if (!page)
        return LeadActions::createLeadTab(tab, parent);
    page->setCommands(m_commands);
    return page;
}
