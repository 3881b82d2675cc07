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
    /// The most attachment_max_bytes may be: attachments live in the database
    /// file (every backup and copy carries them) and are read whole into
    /// memory, to attach, to open and to save; past 100 MiB a file belongs
    /// in a file share, not in the CRM.
    static constexpr qint64 AttachmentMaxBytesCap = 100 * 1024 * 1024;
    /// How many daily backups the desktop app keeps beside the database
    /// (0: it makes none; those made before an upgrade are always kept).
    int backupsKept() const;
    static constexpr int DefaultBackupsKept = 7;
    static constexpr int MaxBackupsKept = 365;

    /// Option keys: agencies_management, manage_prospect_statuses,
    /// restrict_functions, assign_team_members_only (yes/no),
    /// required_fields (comma-separated field keys), attachment_max_bytes,
    /// backups_kept (0 to MaxBackupsKept).
    static QStringList keys();
    QString value(const QString &key) const;
    /// Sets an option; problems name it. attachment_max_bytes is a number of
    /// bytes from 1 to AttachmentMaxBytesCap, set by an admin only.
    VoidResult set(const QString &key, const QString &value);

private:
    bool flag(const QString &key) const;
    Workspace &m_ws;
};
