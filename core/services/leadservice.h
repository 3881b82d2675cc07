#pragma once

#include "access.h"
#include "activity.h"
#include "lead.h"
#include "result.h"

#include <optional>

class Workspace;

/// A lead as saved, with the leads it likely duplicates (seed 003: the same
/// last name and at least two of first name, email, phone, company).
struct SavedLead
{
    Lead lead;
    QList<qint64> likelyDuplicates;
};

/// A field someone else changed after a form or a script read the lead:
/// who, when, and what it holds now.
struct FieldConflict
{
    QString field;      ///< lead field key
    QString user;       ///< their name
    QDateTime at;
    QString theirs;     ///< the value now stored, as shown
    QString mine;       ///< the value the save wanted, as shown
};

/// The leads a bulk change left as they were, and why (one problem each,
/// naming the lead: "Lead #218 is converted and can no longer be changed.").
struct Refusals
{
    QList<qint64> ids;
    Problems problems;
    bool isEmpty() const { return ids.isEmpty(); }
};

/// The rules of a lead: validation in the core (never only in a form),
/// creation, edits written to the timeline field by field, taking in charge,
/// assignment and plain status changes. Converted and lost are reached only
/// through ConversionService and the lose workflow.
class LeadService
{
public:
    explicit LeadService(Workspace &ws);

    /// Everything wrong with `lead`, each problem naming its field. With
    /// `before` (an edit), an owner who was deactivated since is kept.
    Problems validate(const Lead &lead, const Lead *before = nullptr) const;

    /// Creates a lead (status: the default new status unless one is given;
    /// created by the current user). A TIN that a partner has links the lead
    /// to that partner; a chosen term fills the estimated closing date.
    Result<SavedLead> create(Lead lead);
    /// Saves an edited lead; every changed field goes to the timeline.
    /// With `base` (the lead as the caller read it) only the fields that
    /// differ from it are written, the others stay as they are now; a field
    /// someone else changed since `base` is refused, named with who changed
    /// it, when and to what (problem field: its key; see conflicts()). Without
    /// a base, a lead read at another version than the stored one is refused
    /// on every field changed since, unless it holds the stored value.
    Result<SavedLead> update(Lead lead, const std::optional<Lead> &base = std::nullopt);
    /// The fields of `edited` that someone else changed since `base` was
    /// read, to a value other than the one `edited` holds.
    QList<FieldConflict> conflicts(const Lead &base, const Lead &edited) const;
    /// Who changed what on a lead since it was at `version` ("status by
    /// Bob Martin at 14:03: New → Qualified"), for the refusal of
    /// `lead set --if-version`.
    QStringList changesSince(qint64 leadId, qint64 version) const;
    /// The lead, or a problem naming it (unknown, merged into another, in
    /// the trash, or not one the acting user may see).
    Result<Lead> get(qint64 id) const;
    /// get(), and a refusal when the acting user may not do `action` to it.
    Result<Lead> getFor(qint64 id, Access::LeadAction action) const;
    /// Moves live leads to the trash (all or nothing): they leave every list,
    /// search and count, and keep everything on them. Returns how many.
    Result<int> remove(const QList<qint64> &ids);
    /// Brings leads back from the trash with everything on them.
    Result<int> restore(const QList<qint64> &ids);
    /// Removes leads in the trash for good, with everything on them (all of
    /// it when `ids` is empty): an admin's act. Returns how many.
    Result<int> emptyTrash(const QList<qint64> &ids = {});
    /// Removes for good the leads in the trash for more than TrashDays days
    /// (housekeeping, whoever works). Returns how many.
    Result<int> purgeExpiredTrash(const QDateTime &now);
    static constexpr int TrashDays = 30;

    // Bulk changes. Without `refused` all or nothing: one lead the rules
    // refuse refuses them all. With it, the leads allowed are changed and
    // each one refused is told in *refused, left as it was. Either way a
    // refusal of the change itself (no such user or status) changes nothing.

    /// Assigns the leads to the current user. Returns how many changed.
    Result<int> takeInCharge(const QList<qint64> &ids, Refusals *refused = nullptr);
    /// Assigns the leads to an active user (0: unassign).
    Result<int> assign(const QList<qint64> &ids, qint64 userId, Refusals *refused = nullptr);
    /// Moves leads to an open status (not the converted or lost status;
    /// a converted lead is read-only; a lost lead is reopened instead).
    Result<int> changeStatus(const QList<qint64> &ids, qint64 statusId, Refusals *refused = nullptr);

    /// Adds a comment to the lead's timeline.
    Result<Activity> addComment(qint64 leadId, const QString &text);
    /// Takes a comment off the timeline (its undo): by its author or an admin.
    VoidResult removeComment(qint64 leadId, qint64 activityId);
    QList<Activity> history(qint64 leadId) const;
    /// Writes one entry to the timeline (for other services).
    VoidResult record(qint64 leadId, Activity::Kind kind, const QString &field, const QString &oldValue,
                      const QString &newValue, const QString &text = {});

    /// Likely duplicates of `lead` among live leads (itself excluded).
    QList<qint64> likelyDuplicates(const Lead &lead) const;

    /// Normalises a new lead as create() does before validating it (values
    /// trimmed, lists de-duplicated and sorted, a chosen term's closing date,
    /// the partner of a known TIN), for bulk paths that validate with
    /// validate() and store through BulkLeadWriter (import). Stores nothing.
    void prepareNew(Lead &lead) const { prepare(lead, nullptr); }

    /// Whether the lead's status is the converted one (the lead is read-only).
    bool isConverted(const Lead &lead) const;
    bool isLost(const Lead &lead) const;

private:
    void prepare(Lead &lead, const Lead *before) const;
    QList<FieldConflict> findConflicts(const Lead *base, const Lead &edited, const Lead &current) const;
    VoidResult writeChanges(const Lead &before, const Lead &after);
    /// getFor(), and a refusal when the lead is converted (read-only).
    Result<Lead> editable(qint64 id, Access::LeadAction action = Access::LeadAction::Edit) const;
    static void refuse(Refusals *refused, qint64 id, const Problems &why);
    /// Into the trash (`into`) or out of it, all or nothing.
    Result<int> moveTrash(const QList<qint64> &ids, bool into);
    Workspace &m_ws;
};
