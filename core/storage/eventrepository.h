#pragma once

#include "event.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// Events (calls, meetings, tasks) in SQL. Writes open no transaction of
/// their own: the calling service owns it and refreshes the lead's dates.
class EventRepository
{
public:
    explicit EventRepository(Database &db);

    std::optional<Event> find(qint64 id) const;
    /// A lead's events by start time.
    QList<Event> forLead(qint64 leadId) const;
    /// Inserts `event` (its id is ignored) and returns the new id.
    Result<qint64> insert(const Event &event);
    VoidResult update(const Event &event);
    VoidResult remove(qint64 id);

private:
    Database &m_db;
};
