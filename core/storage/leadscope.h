#pragma once

#include <QList>
#include <QString>

/// The leads a user sees, as SQL over the alias l: the client-side twin of
/// the server's policies (PostgresRoles' quarry_sees). Access (core/services)
/// decides which case applies; the SQL of each case lives here.
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

} // namespace LeadScope
