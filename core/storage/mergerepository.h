#pragma once

#include "mergerecord.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// The merge journal (merges, merge_members) and the moves a merge makes:
/// the rows hanging on a lead (timeline, events, emails, attachments,
/// tickets, logo) listed by id and moved to another lead, so that an undo
/// can move exactly those rows back. Writes open no transaction of their own.
class MergeRepository
{
public:
    /// The kinds of rows that hang on a lead and follow it into a merge.
    enum class Rows { Activities, Events, Emails, Attachments, Tickets };
    static QList<Rows> allRows();
    /// "activities", "events", … (the key used in snapshots).
    static QString rowsKey(Rows rows);

    explicit MergeRepository(Database &db);

    Result<qint64> insert(const MergeRecord &merge);
    std::optional<MergeRecord> find(qint64 id) const;
    /// Merges where the lead was the master or a member, newest first.
    QList<MergeRecord> forLead(qint64 leadId) const;
    VoidResult setUndone(qint64 id, const QDateTime &at);
    /// Whether a later merge, not undone, involves the lead (as master or member).
    bool hasLaterMerge(qint64 leadId, qint64 afterMergeId) const;

    /// Ids of the rows of that kind on a lead.
    QList<qint64> rowIds(Rows rows, qint64 leadId) const;
    /// Moves rows of that kind (by id) to another lead.
    VoidResult moveRows(Rows rows, const QList<qint64> &ids, qint64 toLeadId);
    bool hasLogo(qint64 leadId) const;
    /// Moves a lead's logo to another lead that has none.
    VoidResult moveLogo(qint64 fromLeadId, qint64 toLeadId);

private:
    Database &m_db;
};
