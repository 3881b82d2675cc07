#pragma once

#include "leadstatus.h"
#include "result.h"

#include <QDateTime>

class Database;

/// Lead statuses in SQL. Roles are kept in crm_options ("status.new", …).
class StatusRepository
{
public:
    explicit StatusRepository(Database &db);

    /// All statuses by sequence, with their roles filled in.
    QList<LeadStatus> all() const;
    Result<qint64> insert(const QString &name, int sequence, bool isOpen);
    VoidResult rename(qint64 id, const QString &name);
    VoidResult setOpen(qint64 id, bool isOpen);
    /// Rewrites every sequence from the given order (10, 20, 30, …).
    VoidResult setOrder(const QList<qint64> &orderedIds);
    VoidResult setRole(StatusRole role, qint64 id);
    VoidResult remove(qint64 id);
    /// Moves the leads of one status to another, stamping updated_at with
    /// `at`; returns how many.
    Result<qint64> moveLeads(qint64 fromId, qint64 toId, const QDateTime &at);
    qint64 leadCount(qint64 statusId) const;
    /// The leads (merged ones included) having the status, by id.
    QList<qint64> leadIds(qint64 statusId) const;
    /// The status whose folded name is `nameKey`, or 0.
    qint64 idByNameKey(const QString &nameKey) const;

private:
    Database &m_db;
};
