#pragma once

#include "leadstatus.h"
#include "result.h"

#include <optional>

class StatusRepository;
class Workspace;

/// Lead statuses: order, open/closed, and the roles new / converted / lost.
/// Invariants: exactly one status per role; the new status is open, the
/// converted and lost ones closed; no status holds two roles.
class StatusService
{
public:
    explicit StatusService(Workspace &ws);

    /// All statuses in sequence order, with roles. Kept between reads until
    /// a status changes (here, or elsewhere once the change is announced);
    /// read again in each write transaction.
    QList<LeadStatus> all() const;
    std::optional<LeadStatus> find(qint64 id) const;
    /// By name, folded.
    std::optional<LeadStatus> findByName(const QString &name) const;
    /// The leads in a status (the undo of a removal keeps them).
    QList<qint64> leadsIn(qint64 statusId) const;
    /// The status holding `role`.
    LeadStatus byRole(StatusRole role) const;
    qint64 idOf(StatusRole role) const { return byRole(role).id; }

    /// Adds a status at the end, or right after `afterId`.
    Result<LeadStatus> add(const QString &name, bool isOpen = true, qint64 afterId = 0);
    VoidResult rename(qint64 id, const QString &name);
    /// Moves a status to a 1-based position.
    VoidResult move(qint64 id, int position);
    /// Rewrites the order (every status once), e.g. after a drag in the config page.
    VoidResult reorder(const QList<qint64> &orderedIds);
    VoidResult setOpen(qint64 id, bool isOpen);
    VoidResult setRole(StatusRole role, qint64 id);
    /// Removes a status; refused while leads use it unless `moveLeadsTo` names
    /// another status, and refused for a status holding a role.
    VoidResult remove(qint64 id, qint64 moveLeadsTo = 0);
    /// The undo of remove(): adds `removed` again (a new id) at its place in
    /// `order` (the ids as they were, `removed.id` among them), and brings
    /// back into it those of `leadIds` still in `movedTo`, whatever the
    /// status is (open or closed).
    Result<LeadStatus> putBack(const LeadStatus &removed, const QList<qint64> &order, const QList<qint64> &leadIds, qint64 movedTo);

private:
    Problems checkName(const QString &name, qint64 selfId) const;
    /// The repository, for a write: what was kept is read again after it.
    StatusRepository &writer();
    Workspace &m_ws;
    /// The statuses as last read outside a write transaction, kept until a
    /// status changes here or elsewhere (Workspace::statusesChanged).
    mutable std::optional<QList<LeadStatus>> m_kept;
    /// As read inside the write transaction numbered m_keptInSerial: the
    /// checks a service makes there see what is committed, read once.
    mutable std::optional<QList<LeadStatus>> m_keptInTransaction;
    mutable quint64 m_keptInSerial = 0;
};
