#include "leadqueries.h"

#include "access.h"
#include "workspace.h"

#include <QSet>

LeadQueries::LeadQueries(Workspace &ws) : m_ws(ws) {}

qint64 LeadQueries::count(const LeadFilter &filter) const
{
    return m_ws.leadRepository().count(filter);
}

QHash<qint64, qint64> LeadQueries::countByStatus(const LeadFilter &filter) const
{
    return m_ws.leadRepository().countByStatus(filter);
}

QList<qint64> LeadQueries::ids(const LeadFilter &filter, qint64 offset, qint64 limit) const
{
    return m_ws.leadRepository().ids(filter, offset, limit);
}

QList<LeadRow> LeadQueries::rows(const LeadFilter &filter, qint64 offset, qint64 limit) const
{
    return m_ws.leadRepository().rows(filter, offset, limit);
}

std::optional<Lead> LeadQueries::find(qint64 id) const
{
    std::optional<Lead> lead = m_ws.leadRepository().find(id);
    if (lead && !m_ws.access().allows(*lead, Access::LeadAction::See))
        return std::nullopt;
    return lead;
}

QList<LeadRow> LeadQueries::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    // The repository's lists are scoped: the ids it gives back are those seen.
    LeadFilter seen;
    seen.menu = LeadFilter::Menu::All;
    seen.ids = ids;
    const QList<qint64> visible = m_ws.leadRepository().ids(seen);
    const QSet<qint64> keep(visible.cbegin(), visible.cend());
    QList<LeadRow> out;
    for (const LeadRow &row : m_ws.leadRepository().rowsByIds(ids))
        if (keep.contains(row.id))
            out << row;
    return out;
}
