#include "access.h"

#include "leadfield.h"
#include "leadscope.h"
#include "rolefields.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Access", s); }
} // namespace

Access::Access(const User &user, const QList<qint64> &teamMemberIds, std::function<bool(qint64)> isOpenStatus)
    : m_user(user), m_teamMembers(teamMemberIds), m_isOpenStatus(std::move(isOpenStatus)), m_nobody(false)
{
    if (!m_user.active)
        m_nobody = true;
}

bool Access::inMyTeams(qint64 teamId) const { return teamId != 0 && m_user.teamIds.contains(teamId); }

bool Access::may(Action action) const
{
    if (m_nobody)
        return false;
    const Role r = m_user.role;
    if (r == Role::Admin)
        return true;
    switch (action) {
    case Action::CreateLead:
        return r != Role::Partner;
    case Action::Import:
    case Action::ManageMarketingLists:
        return r == Role::Marketeer;
    case Action::ManageLossReasons:
    case Action::SeeReports:
        return r == Role::Manager;
    case Action::Configure:
    case Action::ManageUsers:
    case Action::EmptyTrash:
        return false;
    }
    return false;
}

bool Access::allows(const Lead &lead, LeadAction action) const
{
    if (m_nobody)
        return false;
    const Role r = m_user.role;
    if (r == Role::Admin)
        return true;
    const qint64 me = m_user.id;
    const bool open = !m_isOpenStatus || m_isOpenStatus(lead.statusId);
    bool sees = false;
    switch (r) {
    case Role::Admin:
        sees = true;
        break;
    case Role::Manager:
        sees = m_user.teamIds.isEmpty() || inMyTeams(lead.teamId) || (lead.assignedTo && m_teamMembers.contains(lead.assignedTo))
               || lead.assignedTo == me || (lead.assignedTo == 0 && lead.teamId == 0);
        break;
    case Role::Sales:
        sees = lead.assignedTo == me || lead.assignedTo == 0 || inMyTeams(lead.teamId);
        break;
    case Role::Marketeer:
        sees = open;
        break;
    case Role::Partner:
        sees = m_user.partnerId != 0 && lead.channelPartnerId == m_user.partnerId;
        break;
    }
    if (!sees)
        return false;
    switch (action) {
    case LeadAction::See:
    case LeadAction::Comment:
        return true;
    case LeadAction::Edit:
        return r == Role::Manager || r == Role::Marketeer || r == Role::Partner || lead.assignedTo == me;
    case LeadAction::ChangeStatus:
        return r == Role::Manager || r == Role::Marketeer || lead.assignedTo == me;
    case LeadAction::Take:
        return (r == Role::Manager || r == Role::Sales) && (lead.assignedTo == 0 || lead.assignedTo == me || r == Role::Manager);
    case LeadAction::Assign:
        return r == Role::Manager;
    case LeadAction::Convert:
    case LeadAction::Lose:
    case LeadAction::Reopen:
    case LeadAction::Delete:
    case LeadAction::Activities:
        return r == Role::Manager || (r == Role::Sales && lead.assignedTo == me);
    }
    return false;
}

bool Access::mayEver(LeadAction action) const
{
    if (m_nobody)
        return false;
    const Role r = m_user.role;
    if (r == Role::Admin)
        return true;
    switch (action) {
    case LeadAction::See:
    case LeadAction::Comment:
    case LeadAction::Edit:
        return true;
    case LeadAction::ChangeStatus:
        return r != Role::Partner;
    case LeadAction::Assign:
        return r == Role::Manager;
    case LeadAction::Take:
    case LeadAction::Convert:
    case LeadAction::Lose:
    case LeadAction::Reopen:
    case LeadAction::Delete:
    case LeadAction::Activities:
        return r == Role::Manager || r == Role::Sales;
    }
    return false;
}

bool Access::allowsField(const Lead &lead, const LeadField &field) const
{
    if (!allows(lead, LeadAction::Edit))
        return false;
    return RoleFields::changes(m_user.role, field);
}

bool Access::assignsTo(qint64 userId) const
{
    if (m_nobody)
        return false;
    if (m_user.role == Role::Admin || m_user.role == Role::Manager)
        return true;
    return m_user.role == Role::Sales && userId == m_user.id;
}

QString Access::seesWhat() const
{
    switch (m_user.role) {
    case Role::Admin:
        return tr("every lead");
    case Role::Manager:
        return m_user.teamIds.isEmpty() ? tr("every lead") : tr("the leads of your teams and the unassigned ones");
    case Role::Sales:
        return tr("your leads, your teams' and the unassigned ones");
    case Role::Marketeer:
        return tr("the open leads");
    case Role::Partner:
        return tr("the leads of your company's partnership");
    }
    return {};
}

QString Access::visibleSql() const
{
    using K = LeadScope::Kind;
    K kind = K::Nothing;
    if (!m_nobody) {
        switch (m_user.role) {
        case Role::Admin:
            kind = K::Everything;
            break;
        case Role::Manager:
            kind = m_user.teamIds.isEmpty() ? K::Everything : K::Teams;
            break;
        case Role::Sales:
            kind = K::Own;
            break;
        case Role::Marketeer:
            kind = K::Open;
            break;
        case Role::Partner:
            kind = K::Partner;
            break;
        }
    }
    return LeadScope::sql(kind, m_user.id, m_user.teamIds, m_teamMembers, m_user.partnerId);
}

QString Access::refusal(Action action) const
{
    switch (action) {
    case Action::CreateLead:
        return tr("add leads");
    case Action::Import:
        return tr("import leads");
    case Action::Configure:
        return tr("change the configuration (statuses, options, reference lists, teams, templates)");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::ManageLossReasons:
        return tr("change the loss reasons");
    case Action::ManageMarketingLists:
        return tr("change the tags, marketing lists and campaigns");
    case Action::EmptyTrash:
        return tr("empty the trash");
    case Action::SeeReports:
        return tr("see the reports");
    }
    return {};
}

QString Access::refusal(LeadAction action) const
{
    switch (action) {
    case LeadAction::See:
        return tr("see");
    case LeadAction::Edit:
        return tr("change");
    case LeadAction::Comment:
        return tr("comment on");
    case LeadAction::Take:
        return tr("take in charge");
    case LeadAction::Assign:
        return tr("assign");
    case LeadAction::ChangeStatus:
        return tr("move to another status");
    case LeadAction::Convert:
        return tr("convert");
    case LeadAction::Lose:
        return tr("mark as lost");
    case LeadAction::Reopen:
        return tr("reopen");
    case LeadAction::Delete:
        return tr("delete");
    case LeadAction::Activities:
        return tr("plan events, log emails or attach files to");
    }
    return {};
}

Problems Access::check(Action action) const
{
    if (may(action))
        return {};
    if (m_nobody)
        return Problems{Problem{QStringLiteral("user"), tr("User %1 is deactivated.").arg(m_user.login)}};
    return Problems{Problem{QStringLiteral("role"), tr("%1 (%2) may not %3.").arg(m_user.login, Roles::label(m_user.role), refusal(action))}};
}

Problems Access::check(const Lead &lead, LeadAction action) const
{
    if (allows(lead, action))
        return {};
    if (m_nobody)
        return Problems{Problem{QStringLiteral("user"), tr("User %1 is deactivated.").arg(m_user.login)}};
    // A lead out of sight is refused as if absent, whatever was asked of it.
    if (action == LeadAction::See || !allows(lead, LeadAction::See))
        return Problems{Problem{QStringLiteral("id"), tr("There is no lead #%1 that %2 may see (%3 sees %4).")
                                                          .arg(lead.id)
                                                          .arg(m_user.login, Roles::label(m_user.role), seesWhat())}};
    QString why;
    if (m_user.role == Role::Sales && lead.assignedTo != m_user.id)
        why = tr(": a sales rep works only the leads assigned to them");
    return Problems{Problem{QStringLiteral("role"), tr("%1 (%2) may not %3 lead #%4%5.")
                                                        .arg(m_user.login, Roles::label(m_user.role), refusal(action))
                                                        .arg(lead.id)
                                                        .arg(why)}};
}

Problems Access::keepsInSight(const Lead &after, const QString &field) const
{
    if (m_nobody || allows(after, LeadAction::See))
        return {};
    const QString lead = after.id ? tr("lead #%1").arg(after.id) : tr("the new lead");
    return Problems{Problem{field, tr("%1 (%2) may not put %3 out of their own sight (you see %4); an admin can.")
                                       .arg(m_user.login, Roles::label(m_user.role), lead, seesWhat())}};
}

Problems Access::checkField(const Lead &lead, const LeadField &field) const
{
    if (allowsField(lead, field))
        return {};
    if (!allows(lead, LeadAction::Edit))
        return check(lead, LeadAction::Edit);
    return Problems{Problem{field.key, tr("%1 (%2) may not change the %3 of lead #%4.")
                                           .arg(m_user.login, Roles::label(m_user.role), field.translatedLabel().toLower())
                                           .arg(lead.id)}};
}
