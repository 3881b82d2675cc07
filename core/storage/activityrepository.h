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
    /// The field changes made to a lead after it was at `version`, oldest
    /// first: who changed what since a form read it.
    QList<Activity> changesSince(qint64 leadId, qint64 version) const;
    /// Moves every entry of `fromLeadIds` to `toLeadId` (merge).
    VoidResult moveTo(const QList<qint64> &fromLeadIds, qint64 toLeadId);
    /// Removes one comment of `leadId` (no other kind of entry); false when
    /// there was no such comment.
    Result<bool> removeComment(qint64 leadId, qint64 activityId);

private:
    QList<Activity> read(const QString &sql, const QVariantList &bindings) const;
    Database &m_db;
};
