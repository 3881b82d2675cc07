#include "partnerservice.h"

#include "contactrepository.h"
#include "fieldlimits.h"
#include "normalize.h"
#include "opportunityrepository.h"
#include "optionsservice.h"
#include "partnerrepository.h"
#include "referencerepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("PartnerService", s); }
}

PartnerService::PartnerService(Workspace &ws) : m_ws(ws) {}

std::optional<Partner> PartnerService::find(qint64 id) const
{
    return m_ws.partnerRepository().find(id);
}

QList<Partner> PartnerService::list(const QString &prefix, int limit) const
{
    return m_ws.partnerRepository().list(Normalize::text(prefix), limit);
}

namespace {
/// Lengths and control characters of a partner's text.
Problems checkPartnerText(const Partner &partner)
{
    Problems p;
    auto check = [&p](const char *field, const QString &label, const QString &text, TextShape shape) {
        p << FieldLimits::checkText(QString::fromLatin1(field), label, text, shape);
    };
    check("name", tr("The name"), partner.name, TextShape::Name);
    check("tin", tr("The TIN"), partner.tin, TextShape::Code);
    check("website", tr("The website"), partner.website, TextShape::Website);
    check("email", tr("The email"), partner.email, TextShape::Email);
    check("phone", tr("The phone"), partner.phone, TextShape::Phone);
    check("street", tr("The street"), partner.street, TextShape::Street);
    check("postal_code", tr("The postal code"), partner.postalCode, TextShape::Code);
    check("city", tr("The city"), partner.city, TextShape::Name);
    check("company_size", tr("The company size"), partner.companySize, TextShape::Code);
    check("description", tr("The description"), partner.description, TextShape::MultiLine);
    return p;
}

/// Lengths and control characters of a contact's text.
Problems checkContactText(const Contact &c)
{
    Problems p;
    auto check = [&p](const char *field, const QString &label, const QString &text, TextShape shape) {
        p << FieldLimits::checkText(QString::fromLatin1(field), label, text, shape);
    };
    check("civility", tr("The civility"), c.civility, TextShape::Code);
    check("first_name", tr("The first name"), c.firstName, TextShape::Name);
    check("middle_name", tr("The middle name"), c.middleName, TextShape::Name);
    check("last_name", tr("The last name"), c.lastName, TextShape::Name);
    check("email", tr("The email"), c.email, TextShape::Email);
    check("phone", tr("The phone"), c.phone, TextShape::Phone);
    check("mobile", tr("The mobile"), c.mobile, TextShape::Phone);
    return p;
}
} // namespace

Problems PartnerService::validate(const Partner &partner) const
{
    Problems p = checkPartnerText(partner);
    if (partner.name.trimmed().isEmpty())
        p << Problem{QStringLiteral("name"), tr("A partner needs a name.")};
    if (!partner.tin.trimmed().isEmpty()) {
        const int n = int(Normalize::digits(partner.tin).size());
        if (n != 9 && n != 10 && n != 12)
            p << Problem{QStringLiteral("tin"), tr("The company TIN must have 9, 10 or 12 digits; \"%1\" does not.").arg(partner.tin)};
        else if (const qint64 other = partnerIdByTin(m_ws.database(), Normalize::digits(partner.tin)); other != 0 && other != partner.id)
            p << Problem{QStringLiteral("tin"), tr("Partner #%1 already has the TIN %2.").arg(other).arg(partner.tin)};
    }
    if (partner.score < 0 || partner.score > 5)
        p << Problem{QStringLiteral("score"), tr("Scoring is from 0 to 5 stars; %1 is out of range.").arg(partner.score)};
    if (partner.prospectStatusId && !m_ws.partnerRepository().prospectStatus(partner.prospectStatusId))
        p << Problem{QStringLiteral("prospect_status"), tr("There is no prospect status #%1.").arg(partner.prospectStatusId)};
    return p;
}

Result<Partner> PartnerService::update(const Partner &partner)
{
    const auto before = find(partner.id);
    if (!before)
        return Result<Partner>::failure(QStringLiteral("id"), tr("There is no partner #%1.").arg(partner.id));
    Partner p = partner;
    p.name = p.name.trimmed();
    p.tin = Normalize::digits(p.tin);
    p.createdAt = before->createdAt;
    p.createdBy = before->createdBy;
    p.fromLeadId = before->fromLeadId;
    if (p.prospectStatusId != before->prospectStatusId) {
        if (!m_ws.options().manageProspectStatuses())
            return Result<Partner>::failure(QStringLiteral("prospect_status"),
                                            tr("Prospect statuses are off: turn on \"Manage statuses on prospect partner\" in the CRM options."));
        if (const auto status = m_ws.partnerRepository().prospectStatus(p.prospectStatusId))
            applyProspectStatus(p, *status);
    }
    if (Problems problems = validate(p); !problems.isEmpty())
        return problems;
    if (VoidResult r = m_ws.partnerRepository().update(p); !r)
        return r.problems();
    return p;
}

QList<ProspectStatus> PartnerService::prospectStatuses() const
{
    return m_ws.partnerRepository().prospectStatuses();
}

std::optional<ProspectStatus> PartnerService::prospectStatusByName(const QString &name) const
{
    return m_ws.partnerRepository().prospectStatusByNameKey(Normalize::text(name));
}

qint64 PartnerService::defaultProspectStatusId() const
{
    const QList<ProspectStatus> all = prospectStatuses();
    return all.isEmpty() ? 0 : all.first().id;
}

void PartnerService::applyProspectStatus(Partner &partner, const ProspectStatus &status) const
{
    partner.prospectStatusId = status.id;
    // Seed 002: "The lead is considered to be a Prospect, until it is changed
    // to Won status. Once the Prospect has been marked as Won, it becomes a Customer."
    if (status.isWon && partner.type == Partner::Type::Prospect)
        partner.type = Partner::Type::Customer;
}

Result<Partner> PartnerService::setProspectStatus(qint64 partnerId, qint64 statusId)
{
    auto partner = find(partnerId);
    if (!partner)
        return Result<Partner>::failure(QStringLiteral("id"), tr("There is no partner #%1.").arg(partnerId));
    Partner p = *partner;
    p.prospectStatusId = statusId;
    return update(p);
}

std::optional<Contact> PartnerService::contact(qint64 id) const
{
    return m_ws.contactRepository().find(id);
}

QList<Contact> PartnerService::contacts(qint64 partnerId) const
{
    return m_ws.contactRepository().forPartner(partnerId);
}

Result<Contact> PartnerService::updateContact(const Contact &contact)
{
    const auto before = m_ws.contactRepository().find(contact.id);
    if (!before)
        return Result<Contact>::failure(QStringLiteral("id"), tr("There is no contact #%1.").arg(contact.id));
    Contact c = contact;
    c.createdAt = before->createdAt;
    c.createdBy = before->createdBy;
    c.fromLeadId = before->fromLeadId;
    if (Problems p = checkContactText(c); !p.isEmpty())
        return p;
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        return Result<Contact>::failure(QStringLiteral("last_name"), tr("A contact needs a first or last name."));
    if (c.partnerId && !m_ws.partnerRepository().find(c.partnerId))
        return Result<Contact>::failure(QStringLiteral("partner"), tr("There is no partner #%1.").arg(c.partnerId));
    if (VoidResult r = m_ws.contactRepository().update(c); !r)
        return r.problems();
    return c;
}

std::optional<Opportunity> PartnerService::opportunity(qint64 id) const
{
    return m_ws.opportunityRepository().find(id);
}

QList<Opportunity> PartnerService::opportunities(qint64 partnerId) const
{
    return m_ws.opportunityRepository().forPartner(partnerId);
}

QStringList PartnerService::opportunityStages()
{
    return {QStringLiteral("new"), QStringLiteral("qualified"), QStringLiteral("proposition"), QStringLiteral("won"), QStringLiteral("lost")};
}

Result<Opportunity> PartnerService::updateOpportunity(const Opportunity &opportunity)
{
    const auto before = m_ws.opportunityRepository().find(opportunity.id);
    if (!before)
        return Result<Opportunity>::failure(QStringLiteral("id"), tr("There is no opportunity #%1.").arg(opportunity.id));
    Opportunity o = *before;
    o.name = opportunity.name.trimmed();
    o.expectedAmount = opportunity.expectedAmount;
    o.expectedClose = opportunity.expectedClose;
    o.stage = opportunity.stage;
    o.description = opportunity.description;
    Problems p = FieldLimits::checkText(QStringLiteral("name"), tr("The name"), o.name, TextShape::Name);
    p << FieldLimits::checkText(QStringLiteral("description"), tr("The description"), o.description, TextShape::MultiLine);
    p << FieldLimits::checkNumber(QStringLiteral("expected_amount"), tr("The expected amount"), o.expectedAmount);
    if (o.name.isEmpty())
        p << Problem{QStringLiteral("name"), tr("An opportunity needs a name.")};
    if (o.expectedAmount && *o.expectedAmount < 0)
        p << Problem{QStringLiteral("expected_amount"), tr("The expected amount cannot be negative.")};
    if (!opportunityStages().contains(o.stage))
        p << Problem{QStringLiteral("stage"), tr("\"%1\" is not an opportunity stage.").arg(o.stage)};
    if (!p.isEmpty())
        return p;
    if (VoidResult r = m_ws.opportunityRepository().update(o); !r)
        return r.problems();
    return o;
}
