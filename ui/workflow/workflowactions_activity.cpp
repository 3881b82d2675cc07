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

/// One undo step for the records a dialog made on leads (events scheduled,
/// emails logged): `list` reads a lead's records, `add` makes one again
/// (returning its new id), `remove` takes one away. Nothing is pushed when
/// the dialog made nothing.
template<typename Record>
void pushMade(LeadCommands &commands, const QList<qint64> &leadIds, const QSet<qint64> &before,
              const std::function<QList<Record>(qint64)> &list, const std::function<QString(const QList<Record> &)> &text,
              const std::function<Result<qint64>(Record)> &add, const std::function<VoidResult(qint64)> &remove)
{
    QList<Record> made;
    for (qint64 lead : leadIds)
        for (const Record &r : list(lead))
            if (!before.contains(r.id))
                made << r;
    if (made.isEmpty())
        return;
    auto ids = std::make_shared<QList<qint64>>();
    for (const Record &r : std::as_const(made))
        *ids << r.id;
    commands.pushAction(
        text(made),
        [made, ids, add]() -> Problems {
            Problems p;
            ids->clear();
            for (Record r : made) {
                r.id = 0;
                if (auto id = add(r))
                    *ids << id.value();
                else
                    p << id.problems();
            }
            return p;
        },
        [ids, remove]() -> Problems {
            Problems p;
            for (qint64 id : std::as_const(*ids))
                if (VoidResult r = remove(id); !r)
                    p << r.problems();
            return p;
        });
}

template<typename Record>
QSet<qint64> idsOf(const QList<qint64> &leadIds, const std::function<QList<Record>(qint64)> &list)
{
    QSet<qint64> out;
    for (qint64 lead : leadIds)
        for (const Record &r : list(lead))
            out.insert(r.id);
    return out;
}

} // namespace

void WorkflowActions::scheduleEvent(const QList<qint64> &leadIds, QWidget *parent)
{
    Workspace &ws = workspace();
    const std::function<QList<Event>(qint64)> events = [&ws](qint64 lead) { return ws.events().forLead(lead); };
    const QSet<qint64> before = idsOf(leadIds, events);
    if (!ScheduleEventDialog::run(ws, leadIds, parent) || !m_commands)
        return;
    // Undo removes the events the dialog scheduled, on every lead; redo
    // schedules them again.
    pushMade<Event>(
        *m_commands, leadIds, before, events,
        [](const QList<Event> &made) {
            return made.size() == 1 ? tr("Schedule \"%1\"").arg(made.first().subject) : tr("Schedule %n event(s)", nullptr, int(made.size()));
        },
        [&ws](Event e) -> Result<qint64> {
            auto r = ws.events().add(e);
            return r ? Result<qint64>(r->id) : Result<qint64>(r.problems());
        },
        [&ws](qint64 id) { return ws.events().remove(id); });
}

void WorkflowActions::sendEmail(const QList<qint64> &leadIds, QWidget *parent)
{
    Workspace &ws = workspace();
    const std::function<QList<EmailMessage>(qint64)> emails = [&ws](qint64 lead) { return ws.emails().forLead(lead); };
    const QSet<qint64> before = idsOf(leadIds, emails);
    if (!ComposeEmailDialog::run(ws, leadIds, parent) || !m_commands)
        return;
    // Undo takes the logged emails off their leads (what the mail program
    // sent is its own); redo logs them again.
    pushMade<EmailMessage>(
        *m_commands, leadIds, before, emails,
        [](const QList<EmailMessage> &made) {
            return made.size() == 1 ? tr("Log the email \"%1\"").arg(made.first().subject)
                                    : tr("Log %n email(s)", nullptr, int(made.size()));
        },
        [&ws](EmailMessage m) -> Result<qint64> {
            auto r = ws.emails().send(m);
            return r ? Result<qint64>(r->id) : Result<qint64>(r.problems());
        },
        [&ws](qint64 id) { return ws.emails().removeLogged(id); });
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
