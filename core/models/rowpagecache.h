#pragma once

#include "leadrepository.h"

#include <QHash>
#include <QList>

#include <functional>

/// A bounded, least-recently-used cache of list rows in fixed-size pages,
/// shared by the grid and kanban models. Rows are loaded a page at a time by
/// a loader the model supplies; at most maxPages() pages are kept, so walking
/// a million rows never holds more than pageSize() × maxPages() of them
/// (QSqlQueryModel keeps every row it has read: DB4S #1364).
class RowPageCache
{
public:
    /// Loads `limit` rows starting at `offset` of the current list.
    using Loader = std::function<QList<LeadRow>(qint64 offset, int limit)>;

    explicit RowPageCache(int pageSize = 200, int maxPages = 20);

    void setLoader(Loader loader) { m_loader = std::move(loader); }

    int pageSize() const { return m_pageSize; }
    /// Changes the page size; drops every cached page.
    void setPageSize(int rows);
    int maxPages() const { return m_maxPages; }
    /// Changes the bound, evicting the least recently used pages beyond it.
    void setMaxPages(int pages);

    /// The row at `index`, loading its page when missing (nullptr past the
    /// end of the list or when the loader fails). The pointer is valid until
    /// the next call that may load or evict.
    const LeadRow *row(qint64 index);
    /// How many rows page `page` holds, loading it when missing (a page
    /// shorter than pageSize() is the last one).
    int pageRowCount(qint64 page);
    /// The row at `index` when its page is cached, without loading.
    const LeadRow *peek(qint64 index) const;
    /// The index of lead `id` among the cached rows, or -1.
    qint64 indexOf(qint64 id) const;

    /// Replaces the cached copies of `rows` (matched by lead id) and returns
    /// the indexes that changed. Rows of ids missing from `rows` are left.
    QList<qint64> refresh(const QList<LeadRow> &rows);
    /// The lead ids among the cached rows that are also in `ids`.
    QList<qint64> cachedIds(const QList<qint64> &ids) const;

    /// Drops the pages holding `index` and everything after it (rows there
    /// shift after a removal); the pages before stay.
    void dropFrom(qint64 index);
    /// Puts `row` at `index` when its page is cached, with no read: the
    /// rows after it on that page move down, the last one off a full page,
    /// and the pages after it are dropped (their rows shift). Anything else
    /// is dropped from the page of `index` on.
    void insertAt(qint64 index, const LeadRow &row);
    /// Takes the row at `index` out of its cached page with no read: the
    /// page is then short of its last row, read again only when that row is
    /// asked for; the pages after it are dropped (their rows shift).
    void removeAt(qint64 index);
    /// Holds `rows` as page `page`, known without a read (the only card of
    /// a column that was empty, say).
    void seed(qint64 page, const QList<LeadRow> &rows);
    void clear();
    int cachedPageCount() const { return int(m_pages.size()); }
    qint64 cachedRowCount() const;
    /// How many pages were read through the loader since construction.
    qint64 loadCount() const { return m_loads; }

private:
    struct Page
    {
        QList<LeadRow> rows;
        quint64 lastUse = 0;
        /// A row was taken out: the page may lack rows at its end that the
        /// list has, so it is read again before one past its rows is used.
        bool partial = false;
    };
    void evict();
    /// The cached page of `index` (its place in it in `offset`) once the
    /// pages after it are dropped, or nullptr (not cached, or dropped since
    /// `index` lies past its known rows).
    Page *shiftAt(qint64 index, int *offset, bool inserting);

    int m_pageSize;
    int m_maxPages;
    Loader m_loader;
    QHash<qint64, Page> m_pages;
    quint64 m_clock = 0;
    qint64 m_loads = 0;
};
