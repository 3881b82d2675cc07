#include "eventservice.h"

#include "activity.h"
#include "eventrepository.h"
#include "fieldlimits.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("EventService", s); }

QString kindLabel(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Call: return tr("Call");
    case Event::Kind::Meeting: return tr("Meeting");
    case Event::Kind::Task: return tr("Task");
    }
    return {};
}

QString when(const Event &e)
{
    return e.startsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

EventService::EventService(Workspace &ws) : m_ws(ws) {}

std::optional<Event> EventService::find(qint64 id) const
{
    return m_ws.eventRepository().find(id);
}

QList<Event> EventService::forLead(qint64 leadId) const
{
    return m_ws.eventRepository().forLead(leadId);
}

void EventService::setEnd(Event &event, const QDateTime &end)
{
    event.durationMinutes = int(event.startsAt.secsTo(end) / 60);
}

Problems EventService::validate(const Event &e, const Lead &lead) const
{
    Problems p = FieldLimits::checkText(QStringLiteral("subject"), tr("The subject"), e.subject, TextShape::Line);
    p << FieldLimits::checkText(QStringLiteral("notes"), tr("The notes"), e.notes, TextShape::MultiLine);
    if (e.subject.trimmed().isEmpty())
        p << Problem{QStringLiteral("subject"), tr("An event needs a subject.")};
    if (!e.startsAt.isValid())
        p << Problem{QStringLiteral("start"), tr("An event needs a valid start date and time.")};
    if (e.durationMinutes < 0)
        p << Problem{QStringLiteral("end"), tr("The end is before the start.")};
    else if (e.durationMinutes > 60 * 24 * 31)
        p << Problem{QStringLiteral("duration"), tr("An event lasts at most 31 days.")};
    if (e.kind == Event::Kind::Call && lead.doNotCall)
        p << Problem{QStringLiteral("kind"),
                     tr("%1 (lead #%2) is marked \"Do not call\": no call can be scheduled.").arg(lead.displayName()).arg(lead.id)};
    if (e.ownerId) {
        const auto user = m_ws.users().find(e.ownerId);
        if (!user)
            p << Problem{QStringLiteral("owner"), tr("There is no user #%1.").arg(e.ownerId)};
        else if (!user->active)
            p << Problem{QStringLiteral("owner"), tr("%1 is not an active user.").arg(user->name)};
    }
    return p;
}

VoidResult EventService::afterChange(qint64 leadId, const QString &text)
{
    if (VoidResult r = m_ws.leadRepository().refreshEventDates(leadId, m_ws.now()); !r)
        return r;
    return m_ws.leads().record(leadId, Activity::Kind::Event, {}, {}, {}, text);
}

Result<Event> EventService::add(Event event)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto lead = m_ws.leads().getFor(event.leadId, Access::LeadAction::Activities);
    if (!lead)
        return lead.problems();
    if (m_ws.leads().isConverted(lead.value()))
        return Result<Event>::failure(QStringLiteral("lead"), tr("Lead #%1 is converted and can no longer be changed.").arg(event.leadId));
    event.subject = event.subject.trimmed();
    if (event.ownerId == 0)
        event.ownerId = m_ws.currentUserId();
    event.createdAt = m_ws.now();
    event.createdBy = m_ws.currentUserId();
    if (Problems p = validate(event, lead.value()); !p.isEmpty())
        return p;
    auto id = m_ws.eventRepository().insert(event);
    if (!id)
        return id.problems();
    event.id = id.value();
    if (VoidResult r = afterChange(event.leadId, tr("%1 scheduled: \"%2\" on %3 (%4 min).")
                                                     .arg(kindLabel(event.kind), event.subject, when(event))
                                                     .arg(event.durationMinutes));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({event.leadId});
    return event;
}

Result<Event> EventService::update(const Event &given)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto before = find(given.id);
    if (!before)
        return Result<Event>::failure(QStringLiteral("id"), tr("There is no event #%1.").arg(given.id));
    auto lead = m_ws.leads().getFor(before->leadId, Access::LeadAction::Activities);
    if (!lead)
        return lead.problems();
    Event event = given;
    event.leadId = before->leadId;
    event.createdAt = before->createdAt;
    event.createdBy = before->createdBy;
    event.subject = event.subject.trimmed();
    Problems p = validate(event, lead.value());
    // An existing call stays editable on a do-not-call lead; only a new call is refused.
    if (before->kind == Event::Kind::Call)
        p.removeIf([](const Problem &problem) { return problem.field == QLatin1String("kind"); });
    if (!p.isEmpty())
        return p;
    if (VoidResult r = m_ws.eventRepository().update(event); !r)
        return r.problems();
    if (VoidResult r = afterChange(event.leadId, tr("%1 changed: \"%2\" on %3 (%4 min), %5.")
                                                     .arg(kindLabel(event.kind), event.subject, when(event))
                                                     .arg(event.durationMinutes)
                                                     .arg(Event::stateKey(event.state)));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({event.leadId});
    return event;
}

Result<Event> EventService::setState(qint64 eventId, Event::State state)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto event = find(eventId);
    if (!event)
        return Result<Event>::failure(QStringLiteral("id"), tr("There is no event #%1.").arg(eventId));
    if (auto lead = m_ws.leads().getFor(event->leadId, Access::LeadAction::Activities); !lead)
        return lead.problems();
    if (event->state == state)
        return *event;
    event->state = state;
    if (VoidResult r = m_ws.eventRepository().update(*event); !r)
        return r.problems();
    QString text;
    switch (state) {
    case Event::State::Done: text = tr("%1 done: \"%2\".").arg(kindLabel(event->kind), event->subject); break;
    case Event::State::Cancelled: text = tr("%1 cancelled: \"%2\".").arg(kindLabel(event->kind), event->subject); break;
    case Event::State::Planned: text = tr("%1 planned again: \"%2\".").arg(kindLabel(event->kind), event->subject); break;
    }
    if (VoidResult r = afterChange(event->leadId, text); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({event->leadId});
    return *event;
}

VoidResult EventService::remove(qint64 eventId)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto event = find(eventId);
    if (!event)
        return VoidResult::failure(QStringLiteral("id"), tr("There is no event #%1.").arg(eventId));
    if (auto lead = m_ws.leads().getFor(event->leadId, Access::LeadAction::Activities); !lead)
        return lead.problems();
    if (VoidResult r = m_ws.eventRepository().remove(eventId); !r)
        return r;
    if (VoidResult r = afterChange(event->leadId, tr("%1 removed: \"%2\" on %3.").arg(kindLabel(event->kind), event->subject, when(*event))); !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({event->leadId});
    return {};
}
