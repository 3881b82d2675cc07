#pragma once

#include "result.h"
#include "ticket.h"

#include <QList>

#include <optional>

class Database;

/// Tickets (requests linked to a lead, seed 004) in SQL.
class TicketRepository
{
public:
    explicit TicketRepository(Database &db);

    std::optional<Ticket> find(qint64 id) const;
    /// A lead's tickets, newest first; `open`: only open (true) or closed
    /// (false) ones, or all when unset.
    QList<Ticket> forLead(qint64 leadId, std::optional<bool> open = std::nullopt) const;
    /// Inserts `ticket` (its id is ignored) and returns the new id.
    Result<qint64> insert(const Ticket &ticket);
    VoidResult update(const Ticket &ticket);

private:
    Database &m_db;
};
