#pragma once

#include <QString>

/// The role a CRM option gives a status: the default for new leads, the
/// status Convert moves to, the status Lose moves to.
enum class StatusRole { None, New, Converted, Lost };

/// A lead status, ordered by sequence; open statuses list under "Opened
/// leads", closed ones under "Closed leads".
struct LeadStatus
{
    qint64 id = 0;
    QString name;
    int sequence = 0;
    bool isOpen = true;
    StatusRole role = StatusRole::None; ///< filled from the CRM options
    bool operator==(const LeadStatus &) const = default;
};

QString statusRoleKey(StatusRole role); ///< "new", "converted", "lost" or ""
StatusRole statusRoleFromKey(const QString &key);
