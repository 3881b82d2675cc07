#pragma once

#include <QList>
#include <QString>

/// The leads a user sees, as SQL over the alias l: the client-side twin of
/// the server's policies on leads (PostgresRoles, one set per group).
/// Access (core/services) decides which case applies; the SQL of each case
/// lives here.
namespace LeadScope {

enum class Kind {
    Everything, ///< no condition
    Nothing,    ///< a deactivated user, an unknown role
    Teams,      ///< a manager: their teams' leads, their teammates', the unassigned ones
    Own,        ///< a sales rep: theirs, their teams', the unassigned ones
    Open,       ///< marketing staff: the open leads
    Partner,    ///< a partner user: their company's leads
};

/// The condition for `kind` (empty for Everything), with the ids written in.
QString sql(Kind kind, qint64 me, const QList<qint64> &teams, const QList<qint64> &teammates, qint64 partnerId);

/// What a partner user sees of the customer base, as the server's policies
/// on partners, contacts and opportunities say: their own company and the
/// companies and contacts of their leads (aliases p and c), no opportunity.
/// Empty for everyone else (`partnerId` 0 and not a partner user).
struct PartnerLists
{
    QString partners;      ///< over the alias p
    QString contacts;      ///< over the alias c
    QString opportunities; ///< over the alias o
    QString leads;         ///< over the alias l: the leads the user sees (Access::visibleSql())
};
PartnerLists partnerLists(bool partnerUser, qint64 partnerId, const QString &visibleLeads);

} // namespace LeadScope
