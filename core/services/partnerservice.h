#pragma once

#include "contact.h"
#include "opportunity.h"
#include "partner.h"
#include "result.h"

#include <QList>
#include <QStringList>

#include <optional>

class Workspace;

/// Partners, their contacts and opportunities, as far as conversion needs:
/// see and edit what a conversion produced, the partner type, and the
/// prospect status (with "Manage statuses on prospect partner" on, a
/// prospect set to a won status becomes a customer).
class PartnerService
{
public:
    explicit PartnerService(Workspace &ws);

    std::optional<Partner> find(qint64 id) const;
    /// Partners whose name starts with `prefix` (folded), by name.
    QList<Partner> list(const QString &prefix = {}, int limit = 200) const;
    /// Everything wrong with a partner, each problem naming its field.
    Problems validate(const Partner &partner) const;
    /// Saves an edited partner (name, type, TIN, addresses …).
    Result<Partner> update(const Partner &partner);

    /// Prospect statuses in order.
    QList<ProspectStatus> prospectStatuses() const;
    /// The prospect status named `name` (folded), or nullopt.
    std::optional<ProspectStatus> prospectStatusByName(const QString &name) const;
    /// The status a new prospect gets when none is chosen: the first in order.
    qint64 defaultProspectStatusId() const;
    /// Sets a partner's prospect status (refused while the option is off);
    /// a prospect set to a won status becomes a customer.
    Result<Partner> setProspectStatus(qint64 partnerId, qint64 statusId);
    /// Applies the won rule to a partner value (no write).
    void applyProspectStatus(Partner &partner, const ProspectStatus &status) const;

    std::optional<Contact> contact(qint64 id) const;
    QList<Contact> contacts(qint64 partnerId) const;
    Result<Contact> updateContact(const Contact &contact);

    std::optional<Opportunity> opportunity(qint64 id) const;
    QList<Opportunity> opportunities(qint64 partnerId) const;
    /// The stages an opportunity may be at, in order: new, qualified,
    /// proposition, won, lost.
    static QStringList opportunityStages();
    /// Saves an edited opportunity (name, expected amount and close, stage,
    /// description); its partner, contact and lead stay as they were.
    Result<Opportunity> updateOpportunity(const Opportunity &opportunity);

private:
    Workspace &m_ws;
};
