#pragma once

#include "contact.h"
#include "opportunity.h"
#include "partner.h"
#include "partnerlistrepository.h"

#include <QList>
#include <QString>

class Workspace;

/// A partner as its list shows it.
struct PartnerListItem
{
    Partner partner;
    int contactCount = 0;
};

/// A contact as its list shows it.
struct ContactListItem
{
    Contact contact;
    QString partnerName;
};

/// An opportunity as its list shows it.
struct OpportunityListItem
{
    Opportunity opportunity;
    QString partnerName;
    QString leadName; ///< the lead it came from ("" when none)
};

/// The read side of partners, contacts and opportunities, for the lists of
/// the desktop app: search (folded, word by word), order and windows.
/// Writes stay with PartnerService. Cheap to make: it holds the workspace.
class PartnerQueries
{
public:
    using PartnerSort = PartnerListRepository::PartnerSort;
    using ContactSort = PartnerListRepository::ContactSort;
    using OpportunitySort = PartnerListRepository::OpportunitySort;

    explicit PartnerQueries(Workspace &ws);

    /// Partners matching `search` (every word must start a word of the name,
    /// or start the city, email or TIN, or appear in the phone).
    QList<PartnerListItem> partners(const QString &search, PartnerSort sort = PartnerSort::Name, bool descending = false,
                                    int offset = 0, int limit = 100) const;
    qint64 partnerCount(const QString &search = {}) const;

    /// Contacts matching `search` (their name, their partner's name, email, phones).
    QList<ContactListItem> contacts(const QString &search, ContactSort sort = ContactSort::Name, bool descending = false,
                                    int offset = 0, int limit = 100) const;
    qint64 contactCount(const QString &search = {}) const;

    /// Opportunities matching `search` (their name, the partner's, the lead's).
    QList<OpportunityListItem> opportunities(const QString &search, OpportunitySort sort = OpportunitySort::Name,
                                             bool descending = false, int offset = 0, int limit = 100) const;
    qint64 opportunityCount(const QString &search = {}) const;

    /// The leads a partner came from (converted into it), oldest first.
    QList<PartnerLeadLink> leadsOf(qint64 partnerId) const;

    /// The translated name of a partner type ("Prospect", "Customer", …).
    static QString typeName(Partner::Type type);
    /// The translated name of an opportunity stage key ("new" → "New").
    static QString stageName(const QString &stage);

private:
    Workspace &m_ws;
};
