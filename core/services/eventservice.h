#pragma once

#include "event.h"
#include "result.h"

#include <QList>

#include <optional>

class Workspace;
struct Lead;

/// Calls, meetings and tasks on a lead. Every change is written to the
/// lead's timeline and refreshes its last and next event dates, which are
/// derived from the events and never typed. A lead marked do-not-call
/// refuses a call.
class EventService
{
public:
    explicit EventService(Workspace &ws);

    std::optional<Event> find(qint64 id) const;
    /// A lead's events by start time.
    QList<Event> forLead(qint64 leadId) const;

    /// Everything wrong with `event` for `lead`, each problem naming its field.
    Problems validate(const Event &event, const Lead &lead) const;
    /// Sets the duration from an end time (the dialog offers either).
    static void setEnd(Event &event, const QDateTime &end);

    /// Schedules an event (owner: the current user unless one is given).
    Result<Event> add(Event event);
    /// Saves an edited event.
    Result<Event> update(const Event &event);
    /// Marks an event planned, done or cancelled.
    Result<Event> setState(qint64 eventId, Event::State state);
    VoidResult remove(qint64 eventId);

private:
    VoidResult afterChange(qint64 leadId, const QString &text);
    Workspace &m_ws;
};
