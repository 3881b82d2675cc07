#include "ticketservice.h"

#include "activity.h"
#include "fieldlimits.h"
#include "leadservice.h"
#include "ticketrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("TicketService", s); }

/// Lengths and control characters of a ticket's subject and description.
Problems checkText(const QString &subject, const QString &description)
{
    Problems p = FieldLimits::checkText(QStringLiteral("subject"), tr("The subject"), subject, TextShape::Line);
    p << FieldLimits::checkText(QStringLiteral("description"), tr("The description"), description, TextShape::MultiLine);
    return p;
}
} // namespace

TicketService::TicketService(Workspace &ws) : m_ws(ws) {}

std::optional<Ticket> TicketService::find(qint64 id) const
{
    return m_ws.ticketRepository().find(id);
}

QList<Ticket> TicketService::forLead(qint64 leadId) const
{
    return m_ws.ticketRepository().forLead(leadId);
}

QList<Ticket> TicketService::openForLead(qint64 leadId) const
{
    return m_ws.ticketRepository().forLead(leadId, true);
}

QList<Ticket> TicketService::closedForLead(qint64 leadId) const
{
    return m_ws.ticketRepository().forLead(leadId, false);
}

Result<Ticket> TicketService::add(qint64 leadId, const QString &subject, const QString &description)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto lead = m_ws.leads().getFor(leadId, Access::LeadAction::Activities);
    if (!lead)
        return lead.problems();
    if (m_ws.leads().isConverted(lead.value()))
        return Result<Ticket>::failure(QStringLiteral("lead"), tr("Lead #%1 is converted and can no longer be changed.").arg(leadId));
    if (subject.trimmed().isEmpty())
        return Result<Ticket>::failure(QStringLiteral("subject"), tr("A ticket needs a subject."));
    if (Problems p = checkText(subject, description); !p.isEmpty())
        return p;
    Ticket t;
    t.leadId = leadId;
    t.subject = subject.trimmed();
    t.description = description.trimmed();
    t.isOpen = true;
    t.createdAt = m_ws.now();
    t.createdBy = m_ws.currentUserId();
    auto id = m_ws.ticketRepository().insert(t);
    if (!id)
        return id.problems();
    t.id = id.value();
    if (VoidResult r = m_ws.leads().record(leadId, Activity::Kind::Ticket, {}, {}, {}, tr("Ticket #%1 opened: \"%2\".").arg(t.id).arg(t.subject)); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({leadId});
    return t;
}

Result<Ticket> TicketService::update(const Ticket &given)
{
    auto before = find(given.id);
    if (!before)
        return Result<Ticket>::failure(QStringLiteral("id"), tr("There is no ticket #%1.").arg(given.id));
    if (given.subject.trimmed().isEmpty())
        return Result<Ticket>::failure(QStringLiteral("subject"), tr("A ticket needs a subject."));
    if (Problems p = checkText(given.subject, given.description); !p.isEmpty())
        return p;
    Ticket t = *before;
    t.subject = given.subject.trimmed();
    t.description = given.description.trimmed();
    if (VoidResult r = m_ws.ticketRepository().update(t); !r)
        return r.problems();
    emit m_ws.leadsChanged({t.leadId});
    return t;
}

Result<Ticket> TicketService::close(qint64 ticketId)
{
    return setOpen(ticketId, false);
}

Result<Ticket> TicketService::reopen(qint64 ticketId)
{
    return setOpen(ticketId, true);
}

Result<Ticket> TicketService::setOpen(qint64 ticketId, bool open)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto t = find(ticketId);
    if (!t)
        return Result<Ticket>::failure(QStringLiteral("id"), tr("There is no ticket #%1.").arg(ticketId));
    if (t->isOpen == open)
        return Result<Ticket>::failure(QStringLiteral("state"), open ? tr("Ticket #%1 is already open.").arg(ticketId)
                                                                     : tr("Ticket #%1 is already closed.").arg(ticketId));
    t->isOpen = open;
    t->closedAt = open ? QDateTime() : m_ws.now();
    if (VoidResult r = m_ws.ticketRepository().update(*t); !r)
        return r.problems();
    if (VoidResult r = m_ws.leads().record(t->leadId, Activity::Kind::Ticket, {}, {}, {},
                                           open ? tr("Ticket #%1 reopened: \"%2\".").arg(ticketId).arg(t->subject)
                                                : tr("Ticket #%1 closed: \"%2\".").arg(ticketId).arg(t->subject));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({t->leadId});
    return *t;
}
