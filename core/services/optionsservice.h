#pragma once

#include "result.h"

#include <QStringList>

class Workspace;

/// The CRM options an admin sets. Status roles are in StatusService.
class OptionsService
{
public:
    explicit OptionsService(Workspace &ws);

    bool agenciesManagement() const;
    bool manageProspectStatuses() const;
    /// Functions (job titles) only from the predefined list: no inline "+".
    bool restrictFunctions() const;
    /// Leads of a team may only be assigned to that team's members.
    bool assignTeamMembersOnly() const;
    /// Lead field keys an admin requires beyond last name or company.
    QStringList requiredFields() const;
    qint64 attachmentMaxBytes() const;

    /// Option keys: agencies_management, manage_prospect_statuses,
    /// restrict_functions, assign_team_members_only (yes/no),
    /// required_fields (comma-separated field keys), attachment_max_bytes.
    static QStringList keys();
    QString value(const QString &key) const;
    VoidResult set(const QString &key, const QString &value);

private:
    bool flag(const QString &key) const;
    Workspace &m_ws;
};
