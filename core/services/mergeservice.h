#pragma once

#include "lead.h"
#include "mergerecord.h"
#include "result.h"

#include <QList>
#include <QString>

class Workspace;

/// A field whose value on a merged lead did not survive on the master.
struct MergeLoss
{
    qint64 fromLeadId = 0;
    QString field;    ///< lead field key
    QString value;    ///< the value that was not kept, as people read it
    QString kept;     ///< the master's value
};

/// A value the master took from a merged lead.
struct MergeGain
{
    qint64 fromLeadId = 0;
    QString field;    ///< lead field key
    QString value;    ///< what came, as people read it
    bool added = false; ///< added to a list or joined text (else: filled a blank field)
};

/// What a merge makes of the master, before anything is written: the dialog
/// shows it, merge() writes it.
struct MergePlan
{
    Lead before;              ///< the master as it is
    Lead master;              ///< the master as it will be saved
    QList<Lead> others;       ///< the merged leads, oldest first
    QList<MergeGain> gains;   ///< what came from where
    QList<MergeLoss> losses;  ///< values that did not survive
};

/// The result of a merge.
struct MergedLead
{
    Lead lead;        ///< the master after the merge
    qint64 mergeId = 0;
    QList<qint64> mergedIds;
};

/// Merges a group of duplicates into one chosen master, nothing lost: blank
/// fields filled from the others (oldest first), emails, phones, tags and
/// marketing lists united, descriptions joined, events, emails, attachments,
/// tickets and the timeline moved to the master, and each value that did
/// not survive written on the master's timeline. The others leave every list
/// (merged_into is set; they are not deleted) and the merge is journalled
/// with a JSON snapshot, so it can be shown and undone. One transaction.
class MergeService
{
public:
    explicit MergeService(Workspace &ws);

    /// What merging `otherIds` into `masterId` would give; refused as merge() would be.
    Result<MergePlan> plan(qint64 masterId, const QList<qint64> &otherIds) const;
    Result<MergedLead> merge(qint64 masterId, const QList<qint64> &otherIds);

    /// Puts the leads of a merge back as they were: the merged leads return
    /// to every list with their events, emails, attachments, tickets and
    /// timeline; on the master, each field still holding what the merge gave
    /// it returns to its value before (fields edited since are kept).
    /// Refused when a later merge involves these leads (undo that first) or
    /// when the master was converted since.
    Result<Lead> undo(qint64 mergeId);

    Result<MergeRecord> find(qint64 mergeId) const;
    /// Merges a lead took part in (as master or merged lead), newest first.
    QList<MergeRecord> mergesOf(qint64 leadId) const;

private:
    Workspace &m_ws;
};
