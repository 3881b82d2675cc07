#pragma once

#include "lead.h"
#include "result.h"
#include "user.h"

#include <QList>
#include <QString>

#include <functional>

struct LeadField;

/// What the acting user may see and do: the roles of seed 003 in one place.
/// The services ask it before every write and refuse with its message; the
/// lead reads apply visibleSql(), so a list, a count or a search never shows
/// a lead the user may not see. On PostgreSQL the server applies the same
/// rules again through group roles and row-level security.
///
///  role       | sees                                   | changes
///  -----------|----------------------------------------|------------------------------------------
///  admin      | every lead                             | everything, configuration, users
///  manager    | their teams' leads (all when in none)  | those leads; assigns; loss reasons
///  sales      | theirs, their teams', unassigned ones  | theirs; takes unassigned ones in charge
///  marketeer  | every open lead                        | marketing fields and open statuses; imports;
///             |                                        | tags, marketing lists, campaigns
///  partner    | their company's leads (channel partner) | those leads' fields and comments
class Access
{
public:
    /// What is asked of one lead.
    enum class LeadAction { See, Edit, Comment, Take, Assign, ChangeStatus, Convert, Lose, Reopen, Delete, Activities };
    /// What is asked beyond one lead.
    enum class Action {
        CreateLead,
        Import,
        Configure,          ///< statuses, options, reference lists, teams, templates
        ManageUsers,
        ManageLossReasons,
        ManageMarketingLists, ///< tags, marketing lists, campaigns, distribution channels
        EmptyTrash,
        SeeReports,
    };

    Access() = default;
    /// The rules for `user`; `teamMemberIds` are the users of the teams
    /// `user` is in (a manager sees the leads assigned to them).
    Access(const User &user, const QList<qint64> &teamMemberIds, std::function<bool(qint64 statusId)> isOpenStatus);

    const User &user() const { return m_user; }
    Role role() const { return m_user.role; }

    bool may(Action action) const;
    /// A refusal naming what is not allowed, or no problem when allowed.
    Problems check(Action action) const;

    bool allows(const Lead &lead, LeadAction action) const;
    /// Whether the role may ever do `action` to some lead: the desktop app
    /// hides or disables what it never may (a marketeer's Convert).
    bool mayEver(LeadAction action) const;
    /// Whether the user may change `field` of `lead` (Edit, narrowed by
    /// role: marketing staff change the marketing fields and the status,
    /// partner users neither the owner nor the channel partner).
    bool allowsField(const Lead &lead, const LeadField &field) const;
    /// Refusal of `action` on `lead`, naming the lead and the rule.
    Problems check(const Lead &lead, LeadAction action) const;
    /// Refusal of a change of `fieldKey` on `lead`.
    Problems checkField(const Lead &lead, const LeadField &field) const;
    /// Whether the user may assign leads to `userId` (0: unassign).
    bool assignsTo(qint64 userId) const;
    /// Refusal of a write that would leave `after` (a lead as the write
    /// makes it) out of the user's own sight: a team manager handing a lead
    /// to someone outside their teams. The server refuses the same (a row
    /// written must pass the reading policy); `field` is the one named.
    Problems keepsInSight(const Lead &after, const QString &field) const;

    /// The condition (over the alias l) a lead must meet to be seen, with
    /// its values written in (ids only); empty when every lead is seen.
    QString visibleSql() const;
    /// What the role sees, for messages ("your leads, your teams' and the
    /// unassigned ones").
    QString seesWhat() const;

private:
    QString refusal(LeadAction action) const;
    QString refusal(Action action) const;
    bool inMyTeams(qint64 teamId) const;

    User m_user;
    QList<qint64> m_teamMembers;
    std::function<bool(qint64)> m_isOpenStatus;
    bool m_nobody = true; ///< default-constructed: sees and does nothing
};
