#pragma once

#include "leadfilter.h"
#include "leadsortmarks.h"

#include <QHash>

#include <QList>
#include <QMap>
#include <QVariant>

class LeadRepository;

/// Ordered windows of lead ids over a LeadFilter, for the lazy list models:
/// what row N of a million is, without reading the rows before it.
///
/// Pages are read through the sort column's index by key ("seek after the
/// last key seen", keyset paging), not by LIMIT/OFFSET over whole rows. Each
/// page read leaves anchors (the sort key at a row number), so the next page,
/// the previous one or a jump near a known place seeks from the nearest
/// anchor; a jump far from any skips through the index only, from the start or
/// (once the count is known) backwards from the end, whichever is nearer.
///
/// When the list is every live lead, in an order that keeps sort marks
/// (LeadSortMarks), a jump anywhere seeks from the mark before it: at most a
/// bucket of index entries is skipped, and the count is the marks' sum.
///
/// A live search matches at most searchLimit() leads (the first by id): the
/// FTS5 query runs with a LIMIT, so a one-letter prefix costs no more than a
/// word. isCapped() tells the view to say "more than N".
class LeadPager
{
public:
    static constexpr int DefaultSearchLimit = 5000;

    explicit LeadPager(LeadRepository &repo);

    /// Drops the count and the anchors.
    void setFilter(const LeadFilter &filter);
    /// Another order of the same leads: drops the anchors, keeps the count.
    void setSort(const QString &sortField, bool descending);
    const LeadFilter &filter() const { return m_filter; }
    int searchLimit() const { return m_searchLimit; }
    void setSearchLimit(int limit);

    /// How many leads match, counted once (a search at most searchLimit()).
    qint64 count();
    /// Whether the count stopped at the search limit.
    bool isCapped();
    /// Forgets the count and anchors (the leads changed).
    void invalidate();
    /// A count known from elsewhere (the board's GROUP BY).
    void setKnownCount(qint64 count) { m_count = count; }
    /// Row `row` left the list (a card moved away): later anchors shift, so
    /// they are forgotten; a known count goes down by one.
    void rowRemoved(qint64 row);
    /// A row was inserted at `row`: the same, the count going up.
    void rowInserted(qint64 row);
    /// Whether lead `id` is among the leads the filter selects (one lookup).
    bool contains(qint64 id) const;

    /// The ids of rows [offset, offset + limit) in the filter's order.
    QList<qint64> ids(qint64 offset, int limit);

    /// How many anchors are kept (for tests); bounded.
    int anchorCount() const { return int(m_anchors.size()); }
    /// How many index entries the last ids() call skipped to reach its window.
    qint64 lastSkip() const { return m_lastSkip; }

private:
    struct Anchor
    {
        QVariant key;
        qint64 id = 0;
    };
    struct Segment
    {
        QVariant key;
        qint64 count = -1; ///< -1 until counted
    };
    bool keysetSortable() const;
    QList<qint64> segmentedIds(qint64 offset, int limit); ///< over m_segments
    void remember(qint64 row, const QVariant &key, qint64 id);
    /// The sort marks of the list, or null (a filter, an order without marks).
    const LeadSortMarks::Order *marks();
    /// Live leads whose key is below `key` (sorts by a reference), by the marks.
    qint64 rowsBelow(qint64 key);
    void forgetMarks();

    LeadRepository &m_repo;
    LeadFilter m_filter;
    int m_searchLimit = DefaultSearchLimit;
    qint64 m_count = -1;
    QMap<qint64, Anchor> m_anchors; ///< row number → its sort key and id
    QList<Segment> m_segments;      ///< sorts by a reference: the keys in order, with their sizes once counted
    qint64 m_lastSkip = 0;
    LeadSortMarks::Order m_marks;
    bool m_marksRead = false;
    QHash<qint64, qint64> m_rowsBelow; ///< rowsBelow() by key, read once per marks
};
