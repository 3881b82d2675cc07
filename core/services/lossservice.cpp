#include "lossservice.h"

#include "activity.h"
#include "fieldlimits.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("LossService", s); }
}

LossService::LossService(Workspace &ws) : m_ws(ws) {}

QList<ReferenceItem> LossService::reasons() const
{
    return m_ws.references().list(RefKind::LossReason);
}

Result<Lead> LossService::losable(qint64 leadId) const
{
    auto lead = m_ws.leads().getFor(leadId, Access::LeadAction::Lose);
    if (!lead)
        return lead;
    if (m_ws.leads().isConverted(lead.value()))
        return Result<Lead>::failure(QStringLiteral("status"), tr("Lead #%1 is converted and can no longer be lost.").arg(leadId));
    if (m_ws.leads().isLost(lead.value()))
        return Result<Lead>::failure(QStringLiteral("status"), tr("Lead #%1 is already lost.").arg(leadId));
    return lead;
}

Result<Lead> LossService::lose(qint64 leadId, qint64 reasonId, const QString &comment)
{
    auto done = loseAll({leadId}, reasonId, comment);
    if (!done)
        return done.problems();
    return m_ws.leads().get(leadId);
}

Result<int> LossService::loseAll(const QList<qint64> &leadIds, qint64 reasonId, const QString &comment, Refusals *refused)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (Problems p = FieldLimits::checkText(QStringLiteral("lost_comment"), tr("The loss comment"), comment, TextShape::MultiLine); !p.isEmpty())
        return p;
    if (leadIds.isEmpty())
        return Result<int>::failure(QStringLiteral("id"), tr("Choose the leads to lose."));
    if (reasonId == 0)
        return Result<int>::failure(QStringLiteral("lost_reason"), tr("Choose a loss reason."));
    const auto reason = m_ws.references().find(RefKind::LossReason, reasonId);
    if (!reason)
        return Result<int>::failure(QStringLiteral("lost_reason"), tr("There is no loss reason #%1.").arg(reasonId));
    const LeadStatus lost = m_ws.statuses().byRole(StatusRole::Lost);
    if (lost.id == 0)
        return Result<int>::failure(QStringLiteral("status"), tr("No status is marked as the lost status in the CRM options."));
    QList<Lead> leads;
    for (qint64 id : leadIds) {
        auto lead = losable(id);
        if (!lead && !refused)
            return lead.problems();
        if (!lead) {
            if (!refused->ids.contains(id)) {
                refused->ids << id;
                refused->problems << lead.problems();
            }
            continue;
        }
        if (!std::any_of(leads.cbegin(), leads.cend(), [id](const Lead &l) { return l.id == id; }))
            leads << lead.value();
    }

    const QString text = comment.trimmed().isEmpty() ? tr("Lost: %1.").arg(reason->name)
                                                     : tr("Lost: %1. %2").arg(reason->name, comment.trimmed());
    QList<qint64> ids;
    for (Lead lead : leads) {
        const auto before = m_ws.statuses().find(lead.statusId);
        lead.statusId = lost.id;
        lead.lostReasonId = reasonId;
        lead.lostComment = comment.trimmed();
        lead.updatedAt = m_ws.now();
        if (VoidResult r = m_ws.leadRepository().update(lead); !r)
            return r.problems();
        if (VoidResult r = m_ws.leads().record(lead.id, Activity::Kind::Status, QStringLiteral("status"), before ? before->name : QString(),
                                               lost.name);
            !r)
            return r.problems();
        if (VoidResult r = m_ws.leads().record(lead.id, Activity::Kind::Lose, QStringLiteral("lost_reason"), {}, reason->name, text); !r)
            return r.problems();
        ids << lead.id;
    }
    if (ids.isEmpty())
        return 0; // every lead refused: nothing to commit
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged(ids);
    return int(ids.size());
}

Result<Lead> LossService::reopen(qint64 leadId, qint64 statusId)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto current = m_ws.leads().getFor(leadId, Access::LeadAction::Reopen);
    if (!current)
        return current;
    Lead lead = current.value();
    if (!m_ws.leads().isLost(lead))
        return Result<Lead>::failure(QStringLiteral("status"), tr("Lead #%1 is not lost: only a lost lead is reopened.").arg(leadId));
    if (statusId == 0)
        statusId = m_ws.statuses().idOf(StatusRole::New);
    const auto status = m_ws.statuses().find(statusId);
    if (!status)
        return Result<Lead>::failure(QStringLiteral("status"), tr("There is no status #%1.").arg(statusId));
    if (!status->isOpen || status->role == StatusRole::Converted || status->role == StatusRole::Lost)
        return Result<Lead>::failure(QStringLiteral("status"), tr("\"%1\" is not an open status: a lead is reopened on an open one.").arg(status->name));

    const QString reason = m_ws.references().nameOf(RefKind::LossReason, lead.lostReasonId);
    const auto before = m_ws.statuses().find(lead.statusId);
    lead.statusId = status->id;
    lead.lostReasonId = 0;
    lead.lostComment.clear();
    lead.updatedAt = m_ws.now();
    if (VoidResult r = m_ws.leadRepository().update(lead); !r)
        return r.problems();
    if (VoidResult r = m_ws.leads().record(lead.id, Activity::Kind::Status, QStringLiteral("status"), before ? before->name : QString(), status->name);
        !r)
        return r.problems();
    if (VoidResult r = m_ws.leads().record(lead.id, Activity::Kind::Reopen, QStringLiteral("lost_reason"), reason, {},
                                           tr("Reopened on \"%1\".").arg(status->name));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({leadId});
    return m_ws.leads().get(leadId);
}
