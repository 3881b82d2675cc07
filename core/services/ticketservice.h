#pragma once

#include "result.h"
#include "ticket.h"

#include <QList>

#include <optional>

class Workspace;

/// Tickets (seed 004): requests linked to a lead, open or closed; the lead
/// lists its open and its closed tickets.
class TicketService
{
public:
    explicit TicketService(Workspace &ws);

    std::optional<Ticket> find(qint64 id) const;
    /// All of a lead's tickets, newest first.
    QList<Ticket> forLead(qint64 leadId) const;
    QList<Ticket> openForLead(qint64 leadId) const;
    QList<Ticket> closedForLead(qint64 leadId) const;

    /// Opens a ticket on a lead.
    Result<Ticket> add(qint64 leadId, const QString &subject, const QString &description = {});
    /// Saves a ticket's subject and description.
    Result<Ticket> update(const Ticket &ticket);
    Result<Ticket> close(qint64 ticketId);
    Result<Ticket> reopen(qint64 ticketId);

private:
    Result<Ticket> setOpen(qint64 ticketId, bool open);
    Workspace &m_ws;
};
