#include "leadpager.h"

#include "database.h"
#include "leadrepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
/// Anchors kept at most; past it the farthest half is forgotten.
constexpr int MaxAnchors = 4096;
} // namespace

LeadPager::LeadPager(LeadRepository &repo) : m_repo(repo) {}

void LeadPager::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
    invalidate();
}

void LeadPager::setSort(const QString &sortField, bool descending)
{
    m_filter.sortField = sortField;
    m_filter.sortDescending = descending;
    m_anchors.clear();
    m_segments.clear();
    forgetMarks();
}

void LeadPager::setSearchLimit(int limit)
{
    m_searchLimit = std::max(0, limit);
    invalidate();
}

void LeadPager::invalidate()
{
    m_count = -1;
    m_anchors.clear();
    m_segments.clear();
    forgetMarks();
}

void LeadPager::forgetMarks()
{
    m_marks = {};
    m_marksRead = false;
    m_rowsBelow.clear();
}

const LeadSortMarks::Order *LeadPager::marks()
{
    if (!m_marksRead) {
        m_marksRead = true;
        if (m_repo.listsEveryLiveLead(m_filter))
            m_marks = LeadSortMarks::load(m_repo.m_db, m_filter.sortField.isEmpty() ? QStringLiteral("id") : m_filter.sortField);
        // A count known otherwise that disagrees (a row moved and the pager
        // was told before the file was): the marks are not used.
        if (m_count >= 0 && m_count != m_marks.total)
            m_marks = {};
    }
    return m_marks.isEmpty() ? nullptr : &m_marks;
}

qint64 LeadPager::rowsBelow(qint64 key)
{
    auto it = m_rowsBelow.constFind(key);
    if (it == m_rowsBelow.constEnd())
        it = m_rowsBelow.insert(key, LeadSortMarks::rowsBelowKey(m_repo.m_db, m_filter.sortField, m_marks, key));
    return it.value();
}

void LeadPager::rowRemoved(qint64 row)
{
    m_anchors.erase(m_anchors.lowerBound(row), m_anchors.end());
    m_segments.clear();
    forgetMarks();
    if (m_count > 0)
        --m_count;
}

void LeadPager::rowInserted(qint64 row)
{
    m_anchors.erase(m_anchors.lowerBound(row), m_anchors.end());
    m_segments.clear();
    forgetMarks();
    if (m_count >= 0)
        ++m_count;
}

bool LeadPager::contains(qint64 id) const
{
    const LeadRepository::Where w = m_repo.where(m_filter, m_searchLimit);
    QSqlQuery q = m_repo.m_db.run(QStringLiteral("SELECT 1 FROM leads l WHERE l.id = ? AND ") + w.sql, QVariantList{id} + w.bindings);
    return q.isActive() && q.next();
}

qint64 LeadPager::count()
{
    if (m_count >= 0)
        return m_count;
    if (const LeadSortMarks::Order *known = marks())
        return m_count = known->total;
    const LeadRepository::Where w = m_repo.where(m_filter, m_searchLimit);
    QSqlQuery q = m_repo.m_db.run(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + w.sql, w.bindings);
    m_count = (q.isActive() && q.next()) ? q.value(0).toLongLong() : 0;
    return m_count;
}

bool LeadPager::isCapped()
{
    return m_searchLimit > 0 && !m_filter.search.trimmed().isEmpty() && count() >= m_searchLimit;
}

bool LeadPager::keysetSortable() const
{
    // Keyset paging compares (key, id) row values: the key must be a plain
    // column that is never NULL (a NULL compares as unknown and would drop
    // rows). Other sorts (subqueries, nullable columns) page by offset.
    static const QStringList notNull{
        QStringLiteral("l.id"),           QStringLiteral("l.full_name_key"), QStringLiteral("l.last_name_key"),
        QStringLiteral("l.title"),        QStringLiteral("l.company_key"),   QStringLiteral("l.city_key"),
        QStringLiteral("l.created_at"),   QStringLiteral("l.status_id"),     QStringLiteral("l.score"),
        QStringLiteral("l.updated_at"),   QStringLiteral("IFNULL(l.assigned_to, 0)"), QStringLiteral("l.email_key"),
        QStringLiteral("l.phone_key")};
    return notNull.contains(LeadRepository::sortExpression(m_filter.sortField));
}

void LeadPager::remember(qint64 row, const QVariant &key, qint64 id)
{
    if (m_anchors.size() >= MaxAnchors) {
        // Forget every other anchor: the spacing doubles, the reach stays.
        bool drop = false;
        for (auto it = m_anchors.begin(); it != m_anchors.end();) {
            it = drop ? m_anchors.erase(it) : std::next(it);
            drop = !drop;
        }
    }
    m_anchors.insert(row, Anchor{key, id});
}

QList<qint64> LeadPager::ids(qint64 offset, int limit)
{
    m_lastSkip = 0;
    if (offset < 0 || limit <= 0)
        return {};
    if (m_count < 0 && marks())
        m_count = m_marks.total;
    if (m_count >= 0) {
        // The last page is short: reading it backwards from the end skips nothing.
        if (offset >= m_count)
            return {};
        limit = int(std::min<qint64>(limit, m_count - offset));
    }
    if (!m_segments.isEmpty())
        return segmentedIds(offset, limit); // the keys are known: no need to read them again
    if (const QVariantList order = m_repo.sortSegments(m_filter.sortField); !order.isEmpty()) {
        // Every key a lead can hold: the foreign keys keep them among `order`.
        for (const QVariant &k : order)
            m_segments << Segment{k, -1};
        if (m_filter.sortDescending)
            std::reverse(m_segments.begin(), m_segments.end());
        return segmentedIds(offset, limit);
    }
    const LeadRepository::Where w = m_repo.where(m_filter, m_searchLimit);
    const QString key = LeadRepository::sortExpression(m_filter.sortField);
    const bool keyset = keysetSortable();

    // Where to start: the start of the list, an anchor before the window, or
    // (reading backwards) an anchor after it or the end of the list.
    qint64 skip = offset;
    const Anchor *from = nullptr;
    Anchor markAnchor;
    bool backwards = false;
    if (keyset) {
        auto after = m_anchors.upperBound(offset - 1);
        if (after != m_anchors.begin()) {
            auto before = std::prev(after);
            if (offset - (before.key() + 1) < skip) {
                skip = offset - (before.key() + 1);
                from = &before.value();
            }
        }
        auto next = m_anchors.lowerBound(offset + limit);
        if (next != m_anchors.end() && next.key() - (offset + limit) < skip) {
            skip = next.key() - (offset + limit);
            from = &next.value();
            backwards = true;
        }
        if (m_count >= 0 && m_count - (offset + limit) < skip && offset + limit <= m_count) {
            skip = m_count - (offset + limit);
            from = nullptr;
            backwards = true;
        }
        if (const LeadSortMarks::Order *known = marks()) {
            // The window's first row in the index's (ascending) order, read
            // forwards in that order from the mark before it. (A descending
            // list reads it "backwards": its rows come out reversed.)
            // (The head mark is the start of the list: the candidates above have it.)
            const qint64 lowest = m_filter.sortDescending ? m_count - (offset + limit) : offset;
            const LeadSortMarks::Mark &mark = known->marks.at(known->bucketOfRank(lowest));
            if (lowest >= 0 && !mark.isHead() && lowest - mark.before < skip) {
                skip = lowest - mark.before;
                markAnchor = Anchor{mark.key, mark.id};
                from = &markAnchor;
                backwards = m_filter.sortDescending;
            }
        }
    }
    const bool ascending = m_filter.sortDescending == backwards;
    const LeadSortMarks::Query read = LeadSortMarks::seekQuery(key, w.sql, w.bindings, from ? &from->key : nullptr, from ? from->id : 0,
                                                               !ascending, limit, skip, m_repo.m_db.isPostgres());
    m_lastSkip = skip;

    QSqlQuery q = m_repo.m_db.stream(read.sql, read.bindings);
    QList<qint64> ids;
    QVariantList keys;
    if (q.isActive())
        while (q.next()) {
            ids << q.value(0).toLongLong();
            keys << q.value(1);
        }
    if (backwards) {
        std::reverse(ids.begin(), ids.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (keyset && !ids.isEmpty()) {
        // A backwards read that fell short started before row 0: its rows
        // are not where we asked; keep no anchor from it.
        if (!backwards || ids.size() == limit) {
            remember(offset, keys.first(), ids.first());
            remember(offset + ids.size() - 1, keys.last(), ids.last());
        }
    }
    return ids;
}

QList<qint64> LeadPager::segmentedIds(qint64 offset, int limit)
{
    // A sort by a reference (the status by its sequence, the owner by name)
    // has no index in that order, but it is few keys: the list is the leads
    // of the first key by id, then those of the second, and so on. Each
    // segment pages through the (key, id) index; a segment's size is counted
    // (on the same index) only when a window lies beyond it, from the start
    // or, once the total is known, from the end, whichever is nearer.
    const LeadRepository::Where w = m_repo.where(m_filter, m_searchLimit);
    const QString key = LeadRepository::sortExpression(m_filter.sortField);
    const bool descending = m_filter.sortDescending;
    auto countOf = [&](Segment &segment) {
        if (segment.count < 0 && marks()) {
            const qint64 k = segment.key.toLongLong();
            segment.count = rowsBelow(k + 1) - rowsBelow(k);
        }
        if (segment.count < 0) {
            QSqlQuery q = m_repo.m_db.run(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE %1 AND %2 = ?").arg(w.sql, key),
                                          w.bindings + QVariantList{segment.key});
            segment.count = (q.isActive() && q.next()) ? q.value(0).toLongLong() : 0;
        }
        return segment.count;
    };

    // The segment holding `offset`, and where it starts.
    qsizetype at = 0;
    qint64 start = 0;
    if (m_count >= 0 && m_count - offset < offset) {
        qint64 end = m_count;
        at = m_segments.size() - 1;
        while (at > 0 && end - countOf(m_segments[at]) > offset)
            end -= m_segments[at--].count;
        start = at > 0 ? end - countOf(m_segments[at]) : 0;
    } else {
        while (at < m_segments.size() - 1 && offset > start && start + countOf(m_segments[at]) <= offset)
            start += m_segments[at++].count;
    }

    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
    QList<qint64> ids;
    m_lastSkip = 0;
    for (; at < m_segments.size() && ids.size() < limit; ++at) {
        Segment &segment = m_segments[at];
        const qint64 want = offset + ids.size(); // the next row to read
        const int n = limit - int(ids.size());
        qint64 skip = want - start;
        qint64 afterId = 0;
        // The nearest anchor before `want` in this segment: seek after its id.
        auto after = m_anchors.upperBound(want - 1);
        if (after != m_anchors.begin()) {
            auto before = std::prev(after);
            if (before.key() >= start && before.value().key == segment.key) {
                skip = want - before.key() - 1;
                afterId = before.value().id;
            }
        }
        if (const LeadSortMarks::Order *known = marks()) {
            // A mark inside the segment, before the row in its order: seek from it.
            const qint64 k = segment.key.toLongLong();
            const qint64 inSegment = want - start;
            if (!descending) {
                const qint64 rank = rowsBelow(k) + inSegment; // in the (key, id) index
                const LeadSortMarks::Mark &m = known->marks.at(known->bucketOfRank(rank));
                if (m.key.toLongLong() == k && rank - m.before < skip) {
                    skip = rank - m.before;
                    afterId = m.id;
                }
            } else {
                // Read downwards from the mark after the row: ids at most its id.
                const qint64 rank = rowsBelow(k) + countOf(segment) - 1 - inSegment;
                const qsizetype next = known->bucketOfRank(rank) + 1;
                if (next < known->marks.size()) {
                    const LeadSortMarks::Mark &m = known->marks.at(next);
                    if (m.key.toLongLong() == k && m.before - 1 - rank < skip) {
                        skip = m.before - 1 - rank;
                        afterId = m.id + 1;
                    }
                }
            }
        }
        QString sql = QStringLiteral("SELECT l.id FROM leads l WHERE %1 AND %2 = ?").arg(w.sql, key);
        QVariantList bindings = w.bindings;
        bindings << segment.key;
        if (afterId > 0) {
            sql += QStringLiteral(" AND l.id %1 ?").arg(cmp);
            bindings << afterId;
        }
        sql += QStringLiteral(" ORDER BY l.id%1 LIMIT %2 OFFSET %3").arg(dir).arg(n).arg(skip);
        m_lastSkip += skip;
        QSqlQuery q = m_repo.m_db.stream(sql, bindings);
        QList<qint64> got;
        if (q.isActive())
            while (q.next())
                got << q.value(0).toLongLong();
        if (!got.isEmpty()) {
            remember(want, segment.key, got.first());
            remember(want + got.size() - 1, segment.key, got.last());
        }
        ids << got;
        if (got.size() < n && segment.count < 0)
            segment.count = want - start + got.size(); // read to its end
        if (ids.size() < limit)
            start += countOf(segment);
    }
    return ids;
}
