#pragma once

#include "lead.h"
#include "leadservice.h"
#include "reference.h"
#include "result.h"

#include <QList>

class Workspace;

/// Losing a lead (a loss reason from the configurable list, and a comment)
/// and reopening a lost one. Lost is reached only through lose(); a lost
/// lead leaves it only through reopen().
class LossService
{
public:
    explicit LossService(Workspace &ws);

    /// The loss reasons an admin configured (seeded with sensible ones).
    QList<ReferenceItem> reasons() const;

    /// Moves the lead to the lost status with `reasonId` and `comment`.
    Result<Lead> lose(qint64 leadId, qint64 reasonId, const QString &comment = {});
    /// Loses several leads with one reason and comment: all or nothing, or,
    /// with `refused`, the leads allowed, each other one told there (a
    /// converted or lost lead, one in the trash). A bad reason or comment
    /// refuses them all either way.
    Result<int> loseAll(const QList<qint64> &leadIds, qint64 reasonId, const QString &comment = {}, Refusals *refused = nullptr);
    /// Puts a lost lead back on an open status (0: the default new status);
    /// its loss reason and comment are cleared (the timeline keeps them).
    Result<Lead> reopen(qint64 leadId, qint64 statusId = 0);

private:
    Result<Lead> losable(qint64 leadId) const;
    Workspace &m_ws;
};
