#pragma once

#include "lead.h"
#include "leadfilter.h"
#include "leadrepository.h"

#include <QHash>
#include <QList>

#include <optional>

class Workspace;

/// The read side of leads for widgets and commands: counts, ids, rows and
/// single leads, as the acting user may see them (Access: the lists are
/// scoped in SQL, a lead asked for by id is returned only when it may be
/// seen). Writes go through LeadService. Cheap to make: it holds the
/// workspace.
///
///     const qint64 mine = LeadQueries(ws).count(filter);
class LeadQueries
{
public:
    explicit LeadQueries(Workspace &ws);

    qint64 count(const LeadFilter &filter) const;
    /// Live leads per status id, of those the user sees.
    QHash<qint64, qint64> countByStatus(const LeadFilter &filter = {}) const;
    QList<qint64> ids(const LeadFilter &filter, qint64 offset = 0, qint64 limit = -1) const;
    /// A window of the list's rows.
    QList<LeadRow> rows(const LeadFilter &filter, qint64 offset, qint64 limit) const;
    /// The lead, when it exists and the user may see it.
    std::optional<Lead> find(qint64 id) const;
    /// The list rows of those of `ids` the user sees (in rowsByIds() order).
    QList<LeadRow> rows(const QList<qint64> &ids) const;

private:
    Workspace &m_ws;
};
