#include "conversionservice.h"

#include "activity.h"
#include "contactrepository.h"
#include "fieldlimits.h"
#include "lead.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "normalize.h"
#include "opportunityrepository.h"
#include "optionsservice.h"
#include "partnerrepository.h"
#include "partnerservice.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ConversionService", s); }

bool namesPerson(const Lead &lead)
{
    return !lead.firstName.trimmed().isEmpty() || !lead.lastName.trimmed().isEmpty();
}

/// The description a partner or opportunity carries from the lead: its
/// description and customer requirements, so nothing typed is lost.
QString carriedDescription(const Lead &lead)
{
    QStringList parts;
    if (!lead.description.trimmed().isEmpty())
        parts << lead.description.trimmed();
    if (!lead.requirements.trimmed().isEmpty())
        parts << QCoreApplication::translate("ConversionService", "Customer requirements: %1").arg(lead.requirements.trimmed());
    return parts.join(QStringLiteral("\n\n"));
}

/// Copies what the lead knows of the company into the partner, filling only
/// what the partner lacks (an existing partner's values are kept).
void fillPartner(Partner &p, const Lead &lead)
{
    auto fill = [](QString &target, const QString &value) {
        if (target.trimmed().isEmpty())
            target = value.trimmed();
    };
    auto fillId = [](qint64 &target, qint64 value) {
        if (target == 0)
            target = value;
    };
    fill(p.name, lead.company.trimmed().isEmpty() ? lead.fullName() : lead.company);
    fill(p.tin, Normalize::digits(lead.tin));
    fill(p.website, lead.website);
    fill(p.email, lead.emails.value(0));
    fill(p.phone, lead.phones.value(0, lead.mobile));
    fill(p.street, lead.street);
    fill(p.postalCode, lead.postalCode);
    fill(p.city, lead.city);
    fill(p.companySize, lead.companySize);
    fill(p.description, carriedDescription(lead));
    fillId(p.countryId, lead.countryId);
    fillId(p.industryId, lead.industryId);
    fillId(p.sourceId, lead.sourceId);
    fillId(p.categoryId, lead.categoryId);
    fillId(p.assignedTo, lead.assignedTo);
    fillId(p.teamId, lead.teamId);
    if (p.score == 0)
        p.score = lead.score;
    p.keyAccount = p.keyAccount || lead.keyAccount;
}
} // namespace

ConversionService::ConversionService(Workspace &ws) : m_ws(ws) {}

QString ConversionService::opportunityNameFor(const Lead &lead)
{
    if (!lead.title.trimmed().isEmpty())
        return lead.title.trimmed();
    return lead.displayName();
}

std::optional<double> ConversionService::expectedAmountFor(const Lead &lead)
{
    // The most precise figure the qualification gives: the deal value, the
    // exact budget, else the estimated amount.
    if (lead.dealValue)
        return lead.dealValue;
    if (lead.budget)
        return lead.budget;
    return lead.estimatedAmount;
}

VoidResult ConversionService::canConvert(qint64 leadId) const
{
    auto lead = m_ws.leads().getFor(leadId, Access::LeadAction::Convert);
    if (!lead)
        return lead.problems();
    if (m_ws.leads().isConverted(lead.value()))
        return VoidResult::failure(QStringLiteral("status"), tr("Lead #%1 is already converted.").arg(leadId));
    if (m_ws.leads().isLost(lead.value()))
        return VoidResult::failure(QStringLiteral("status"), tr("Lead #%1 is lost: reopen it before converting it.").arg(leadId));
    return {};
}

ConversionRequest ConversionService::defaultRequest(qint64 leadId) const
{
    ConversionRequest r;
    r.leadId = leadId;
    const auto lead = m_ws.leadRepository().find(leadId);
    if (!lead)
        return r;
    if (lead->partnerId) {
        r.partnerMode = ConversionRequest::PartnerMode::Existing;
        r.partnerId = lead->partnerId;
    } else {
        r.partnerMode = ConversionRequest::PartnerMode::New;
    }
    if (lead->contactId) {
        r.contactMode = ConversionRequest::ContactMode::Existing;
        r.contactIds = {lead->contactId};
    } else {
        r.contactMode = namesPerson(*lead) ? ConversionRequest::ContactMode::New : ConversionRequest::ContactMode::None;
    }
    if (m_ws.options().manageProspectStatuses())
        r.prospectStatusId = m_ws.partners().defaultProspectStatusId();
    return r;
}

Result<ConversionResult> ConversionService::convert(const ConversionRequest &given)
{
    // Checked and written under one write lock: two conversions of the same
    // lead at once give one partner, not two.
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (VoidResult r = canConvert(given.leadId); !r)
        return r.problems();
    const Lead lead = m_ws.leads().get(given.leadId).value();
    const LeadStatus converted = m_ws.statuses().byRole(StatusRole::Converted);
    if (converted.id == 0)
        return Result<ConversionResult>::failure(QStringLiteral("status"), tr("No status is marked as the converted status in the CRM options."));

    ConversionRequest req = given;
    const ConversionRequest defaults = defaultRequest(lead.id);
    if (req.partnerMode == ConversionRequest::PartnerMode::Default) {
        req.partnerMode = defaults.partnerMode;
        req.partnerId = defaults.partnerId;
    }
    if (req.contactMode == ConversionRequest::ContactMode::Default) {
        req.contactMode = defaults.contactMode;
        req.contactIds = defaults.contactIds;
    }

    // Check everything before writing anything.
    PartnerService &partners = m_ws.partners();
    std::optional<ProspectStatus> prospectStatus;
    if (req.prospectStatusId != 0) {
        if (!m_ws.options().manageProspectStatuses())
            return Result<ConversionResult>::failure(
                QStringLiteral("partner_status"),
                tr("Prospect statuses are off: turn on \"Manage statuses on prospect partner\" in the CRM options."));
        prospectStatus = m_ws.partnerRepository().prospectStatus(req.prospectStatusId);
        if (!prospectStatus)
            return Result<ConversionResult>::failure(QStringLiteral("partner_status"), tr("There is no prospect status #%1.").arg(req.prospectStatusId));
    } else if (m_ws.options().manageProspectStatuses() && req.partnerMode == ConversionRequest::PartnerMode::New) {
        prospectStatus = m_ws.partnerRepository().prospectStatus(partners.defaultProspectStatusId());
    }

    Partner partner;
    if (req.partnerMode == ConversionRequest::PartnerMode::Existing) {
        const auto existing = partners.find(req.partnerId);
        if (!existing)
            return Result<ConversionResult>::failure(QStringLiteral("partner"), tr("There is no partner #%1.").arg(req.partnerId));
        partner = *existing;
    } else {
        const QString tin = Normalize::digits(lead.tin);
        if (!tin.isEmpty())
            if (const qint64 other = partnerIdByTin(m_ws.database(), tin); other != 0)
                return Result<ConversionResult>::failure(
                    QStringLiteral("partner"),
                    tr("Partner #%1 (%2) already has the TIN %3: convert into that partner instead of creating a new one.")
                        .arg(other)
                        .arg(recordName(m_ws.database(), RefKind::Partner, other), lead.tin));
        partner.type = Partner::Type::Prospect;
        partner.fromLeadId = lead.id;
        partner.createdAt = m_ws.now();
        partner.createdBy = m_ws.currentUserId();
    }

    QList<Contact> existingContacts;
    if (req.contactMode == ConversionRequest::ContactMode::Existing) {
        if (req.contactIds.isEmpty())
            return Result<ConversionResult>::failure(QStringLiteral("contact"), tr("Select at least one existing contact."));
        for (qint64 id : req.contactIds) {
            const auto c = m_ws.contactRepository().find(id);
            if (!c)
                return Result<ConversionResult>::failure(QStringLiteral("contact"), tr("There is no contact #%1.").arg(id));
            // A contact of no partner joins this one; a contact of another partner does not.
            if (c->partnerId != 0 && c->partnerId != partner.id)
                return Result<ConversionResult>::failure(
                    QStringLiteral("contact"),
                    tr("Contact #%1 (%2) belongs to another partner.").arg(id).arg(c->fullName()));
            if (!std::any_of(existingContacts.cbegin(), existingContacts.cend(), [id](const Contact &e) { return e.id == id; }))
                existingContacts << *c;
        }
    } else if (req.contactMode == ConversionRequest::ContactMode::New && !namesPerson(lead)) {
        return Result<ConversionResult>::failure(QStringLiteral("contact"),
                                                 tr("The lead names no person (first or last name) to create a contact from."));
    }

    const QString opportunityName = req.opportunityName.trimmed().isEmpty() ? opportunityNameFor(lead) : req.opportunityName.trimmed();
    const std::optional<double> amount = req.expectedAmount ? req.expectedAmount : expectedAmountFor(lead);
    if (req.createOpportunity) {
        // An infinite or NaN amount of an older lead, or one given in the request, never reaches the opportunity.
        Problems p = FieldLimits::checkNumber(QStringLiteral("expected_amount"), tr("The expected amount"), amount);
        p << FieldLimits::checkText(QStringLiteral("opportunity_name"), tr("The opportunity name"), opportunityName, TextShape::Name);
        if (!p.isEmpty())
            return p;
    }
    if (req.createOpportunity && amount && *amount < 0)
        return Result<ConversionResult>::failure(QStringLiteral("expected_amount"), tr("The expected amount cannot be negative."));

    // Write: partner, contacts, opportunity, then the lead; all or nothing.
    ConversionResult out;
    out.leadId = lead.id;
    fillPartner(partner, lead);
    if (prospectStatus)
        partners.applyProspectStatus(partner, *prospectStatus);
    if (req.partnerMode == ConversionRequest::PartnerMode::Existing) {
        if (VoidResult r = m_ws.partnerRepository().update(partner); !r)
            return r.problems();
    } else {
        auto id = m_ws.partnerRepository().insert(partner);
        if (!id)
            return id.problems();
        partner.id = id.value();
        out.partnerCreated = true;
    }
    out.partnerId = partner.id;

    if (req.contactMode == ConversionRequest::ContactMode::New) {
        Contact c;
        c.partnerId = partner.id;
        c.civility = lead.civility;
        c.firstName = lead.firstName;
        c.middleName = lead.middleName;
        c.lastName = lead.lastName;
        c.functionId = lead.functionId;
        c.departmentId = lead.departmentId;
        c.email = lead.emails.value(0);
        c.phone = lead.phones.value(0);
        c.mobile = lead.mobile;
        c.doNotCall = lead.doNotCall;
        c.doNotEmail = lead.doNotEmail;
        c.fromLeadId = lead.id;
        c.createdAt = m_ws.now();
        c.createdBy = m_ws.currentUserId();
        auto id = m_ws.contactRepository().insert(c);
        if (!id)
            return id.problems();
        out.contactIds << id.value();
    } else if (req.contactMode == ConversionRequest::ContactMode::Existing) {
        for (Contact c : existingContacts) {
            if (c.partnerId == 0) {
                c.partnerId = partner.id;
                if (VoidResult r = m_ws.contactRepository().update(c); !r)
                    return r.problems();
            }
            out.contactIds << c.id;
        }
    }

    if (req.createOpportunity) {
        Opportunity o;
        o.name = opportunityName;
        o.partnerId = partner.id;
        o.contactId = out.contactIds.value(0);
        o.expectedAmount = amount;
        o.expectedClose = req.expectedClose.isValid() ? req.expectedClose : lead.estimatedCloseDate;
        o.assignedTo = lead.assignedTo;
        o.teamId = lead.teamId;
        o.sourceId = lead.sourceId;
        o.description = carriedDescription(lead);
        o.fromLeadId = lead.id;
        o.createdAt = m_ws.now();
        o.createdBy = m_ws.currentUserId();
        auto id = m_ws.opportunityRepository().insert(o);
        if (!id)
            return id.problems();
        out.opportunityId = id.value();
    }

    Lead after = lead;
    after.statusId = converted.id;
    after.convertedPartnerId = partner.id;
    after.convertedOpportunityId = out.opportunityId;
    after.convertedContactIds = out.contactIds;
    after.convertedAt = m_ws.now();
    after.updatedAt = after.convertedAt; // one instant: undo() tells an untouched lead by it
    if (after.partnerId == 0)
        after.partnerId = partner.id;
    if (after.contactId == 0 && !out.contactIds.isEmpty())
        after.contactId = out.contactIds.first();
    if (VoidResult r = m_ws.leadRepository().update(after); !r)
        return r.problems();

    const auto before = m_ws.statuses().find(lead.statusId);
    if (VoidResult r = m_ws.leads().record(lead.id, Activity::Kind::Status, QStringLiteral("status"), before ? before->name : QString(),
                                           converted.name);
        !r)
        return r.problems();
    QStringList produced;
    produced << (out.partnerCreated ? tr("new partner #%1 (%2)") : tr("partner #%1 (%2)")).arg(partner.id).arg(partner.name);
    for (qint64 id : out.contactIds)
        produced << tr("contact #%1 (%2)").arg(id).arg(recordName(m_ws.database(), RefKind::Contact, id));
    if (out.opportunityId)
        produced << tr("opportunity #%1 (%2)").arg(out.opportunityId).arg(opportunityName);
    if (prospectStatus)
        produced << tr("partner status %1").arg(prospectStatus->name);
    if (VoidResult r = m_ws.leads().record(lead.id, Activity::Kind::Convert, {}, {}, {},
                                           tr("Converted into %1.").arg(produced.join(QStringLiteral(", "))));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({lead.id});
    return out;
}

Result<Lead> ConversionService::undo(const Lead &before, const ConversionResult &done)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto now = m_ws.leadRepository().find(done.leadId);
    if (!now)
        return Result<Lead>::failure(QStringLiteral("id"), tr("There is no lead #%1.").arg(done.leadId));
    if (Problems no = m_ws.access().check(*now, Access::LeadAction::Convert); !no.isEmpty())
        return no;
    if (!m_ws.leads().isConverted(*now) || now->convertedPartnerId != done.partnerId
        || now->convertedOpportunityId != done.opportunityId || now->mergedInto || now->deletedAt.isValid()
        || now->updatedAt != now->convertedAt)
        return Result<Lead>::failure(QStringLiteral("status"),
                                     tr("Lead #%1 changed since its conversion: the conversion cannot be taken back.").arg(done.leadId));
    // The contacts this conversion created: those made from this lead (a lead
    // is converted once; a conversion taken back took its contacts too).
    QList<qint64> created;
    for (qint64 id : done.contactIds)
        if (const auto c = m_ws.contactRepository().find(id); c && c->fromLeadId == done.leadId)
            created << id;
    PartnerRepository &partners = m_ws.partnerRepository();
    if (done.partnerCreated && partners.usedBeyond(done.partnerId, done.leadId, created, done.opportunityId))
        return Result<Lead>::failure(QStringLiteral("partner"),
                                     tr("Partner #%1 is used by other leads, contacts or opportunities since: the conversion "
                                        "cannot be taken back.")
                                         .arg(done.partnerId));
    if (VoidResult r = partners.removeConverted(done.partnerCreated ? done.partnerId : 0, created, done.opportunityId); !r)
        return r.problems();
    Lead back = *now;
    back.statusId = before.statusId;
    back.partnerId = before.partnerId;
    back.contactId = before.contactId;
    back.convertedPartnerId = 0;
    back.convertedOpportunityId = 0;
    back.convertedContactIds.clear();
    back.convertedAt = QDateTime();
    back.updatedAt = m_ws.now();
    if (VoidResult r = m_ws.leadRepository().update(back); !r)
        return r.problems();
    const auto from = m_ws.statuses().find(now->statusId);
    const auto to = m_ws.statuses().find(before.statusId);
    if (VoidResult r = m_ws.leads().record(done.leadId, Activity::Kind::Status, QStringLiteral("status"), from ? from->name : QString(),
                                           to ? to->name : QString());
        !r)
        return r.problems();
    QStringList removed;
    if (done.opportunityId)
        removed << tr("opportunity #%1").arg(done.opportunityId);
    for (qint64 id : created)
        removed << tr("contact #%1").arg(id);
    if (done.partnerCreated)
        removed << tr("partner #%1").arg(done.partnerId);
    if (VoidResult r = m_ws.leads().record(done.leadId, Activity::Kind::Convert, {}, {}, {},
                                           removed.isEmpty() ? tr("Conversion taken back.")
                                                             : tr("Conversion taken back: %1 removed.").arg(removed.join(QStringLiteral(", "))));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({done.leadId});
    return *m_ws.leadRepository().find(done.leadId);
}
