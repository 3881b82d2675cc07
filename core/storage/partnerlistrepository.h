#pragma once

#include "leadscope.h"
#include "result.h"

#include <QList>
#include <QString>

class Database;

/// One page of a partner, contact or opportunity list: which rows (ids, in
/// order) match a search, with what the list shows beside the row itself.
/// The rows themselves are read by their own repositories.
struct PartnerListPage
{
    struct Row
    {
        qint64 id = 0;
        int contactCount = 0;    ///< partners: their contacts
        QString partnerName;     ///< contacts, opportunities: the partner's name
        qint64 leadId = 0;       ///< opportunities: the lead it came from
        QString leadName;        ///< "First Last", else company, else title ("" when none)
    };
    QList<Row> rows;
};

/// A lead a partner came from (it was converted into the partner).
struct PartnerLeadLink
{
    qint64 id = 0;
    QString name;  ///< "First Last", else the company, else the title
    QString title; ///< what the lead was about
};

/// What a list asks for: a search (folded terms, each must match the start
/// of a word of the name, or the start of the email, phone, city…), an
/// order, and a window.
struct PartnerListQuery
{
    QString searchKey; ///< already folded (Normalize::text)
    int sort = 0;      ///< one of the list's Sort values
    bool descending = false;
    int offset = 0;
    int limit = 100;
};

/// Read-only queries behind the partner, contact and opportunity lists of
/// the desktop app. The lists are small next to the leads (a partner per
/// converted lead at most), so a search may scan them; names are matched on
/// their folded keys, word by word.
class PartnerListRepository
{
public:
    enum class PartnerSort { Name, Type, ProspectStatus, City, Country, Phone, Email, Contacts, Created };
    enum class ContactSort { Name, Function, Partner, Email, Phone };
    enum class OpportunitySort { Name, Partner, Amount, Close, Stage, Lead };

    /// Reads the rows `scope` lets through (LeadScope::partnerLists: what
    /// the acting user sees; an empty condition lets every row through).
    explicit PartnerListRepository(Database &db, LeadScope::PartnerLists scope = {});

    Result<PartnerListPage> partners(const PartnerListQuery &query) const;
    qint64 partnerCount(const QString &searchKey) const;

    Result<PartnerListPage> contacts(const PartnerListQuery &query) const;
    qint64 contactCount(const QString &searchKey) const;

    Result<PartnerListPage> opportunities(const PartnerListQuery &query) const;
    qint64 opportunityCount(const QString &searchKey) const;

    /// The leads converted into a partner (and the one it was created
    /// from), oldest first; merged leads are left out.
    QList<PartnerLeadLink> leadsOf(qint64 partnerId) const;

private:
    Database &m_db;
    LeadScope::PartnerLists m_scope;
};
