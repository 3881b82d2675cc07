#pragma once

#include "activity.h"
#include "result.h"

class Database;

/// The activity timeline in SQL.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db);
    Result<qint64> insert(const Activity &activity);
    /// A lead's timeline, oldest first, with user names.
    QList<Activity> forLead(qint64 leadId) const;
    /// Moves every entry of `fromLeadIds` to `toLeadId` (merge).
    VoidResult moveTo(const QList<qint64> &fromLeadIds, qint64 toLeadId);

private:
    Database &m_db;
};
