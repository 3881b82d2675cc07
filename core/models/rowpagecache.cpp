#include "rowpagecache.h"

#include <QSet>

#include <algorithm>
#include <limits>

RowPageCache::RowPageCache(int pageSize, int maxPages)
    : m_pageSize(std::max(1, pageSize)), m_maxPages(std::max(1, maxPages))
{
}

void RowPageCache::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    clear();
}

void RowPageCache::setMaxPages(int pages)
{
    m_maxPages = std::max(1, pages);
    evict();
}

const LeadRow *RowPageCache::row(qint64 index)
{
    if (index < 0)
        return nullptr;
    const qint64 page = index / m_pageSize;
    const int offset = int(index % m_pageSize);
    auto it = m_pages.find(page);
    if (it != m_pages.end() && it->partial && offset >= it->rows.size()) {
        m_pages.erase(it);
        it = m_pages.end();
    }
    if (it == m_pages.end()) {
        if (!m_loader)
            return nullptr;
        Page p;
        p.rows = m_loader(page * m_pageSize, m_pageSize);
        ++m_loads;
        it = m_pages.insert(page, std::move(p));
        it->lastUse = ++m_clock;
        // Evicting may not drop the page just read: it is the most recent.
        evict();
        it = m_pages.find(page);
    } else {
        it->lastUse = ++m_clock;
    }
    if (offset >= it->rows.size())
        return nullptr;
    return &it->rows.at(offset);
}

int RowPageCache::pageRowCount(qint64 page)
{
    if (auto it = m_pages.constFind(page); it != m_pages.constEnd() && it->partial)
        m_pages.remove(page); // its length says nothing of the list's
    if (!row(page * m_pageSize))
        return 0;
    return int(m_pages.value(page).rows.size());
}

const LeadRow *RowPageCache::peek(qint64 index) const
{
    if (index < 0)
        return nullptr;
    auto it = m_pages.constFind(index / m_pageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = int(index % m_pageSize);
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

qint64 RowPageCache::indexOf(qint64 id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (int i = 0; i < it->rows.size(); ++i)
            if (it->rows.at(i).id == id)
                return it.key() * m_pageSize + i;
    return -1;
}

QList<qint64> RowPageCache::refresh(const QList<LeadRow> &rows)
{
    QHash<qint64, const LeadRow *> byId;
    for (const LeadRow &r : rows)
        byId.insert(r.id, &r);
    QList<qint64> changed;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        for (int i = 0; i < it->rows.size(); ++i)
            if (const LeadRow *fresh = byId.value(it->rows.at(i).id)) {
                it->rows[i] = *fresh;
                changed << it.key() * m_pageSize + i;
            }
    std::sort(changed.begin(), changed.end());
    return changed;
}

QList<qint64> RowPageCache::cachedIds(const QList<qint64> &ids) const
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<qint64> out;
    for (const Page &p : m_pages)
        for (const LeadRow &r : p.rows)
            if (wanted.contains(r.id))
                out << r.id;
    return out;
}

void RowPageCache::dropFrom(qint64 index)
{
    const qint64 first = std::max<qint64>(0, index) / m_pageSize;
    for (auto it = m_pages.begin(); it != m_pages.end();)
        it = it.key() >= first ? m_pages.erase(it) : std::next(it);
}

RowPageCache::Page *RowPageCache::shiftAt(qint64 index, int *offset, bool inserting)
{
    const qint64 page = std::max<qint64>(0, index) / m_pageSize;
    *offset = int(std::max<qint64>(0, index) % m_pageSize);
    dropFrom((page + 1) * m_pageSize); // the rows after this page shift
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    // A place past the page's rows (after them, for an insert): a gap whose
    // rows are not known.
    if (*offset > it->rows.size() - (inserting ? 0 : 1)) {
        m_pages.erase(it);
        return nullptr;
    }
    return &*it;
}

void RowPageCache::insertAt(qint64 index, const LeadRow &row)
{
    int offset = 0;
    Page *it = shiftAt(index, &offset, true);
    if (!it)
        return;
    it->rows.insert(offset, row);
    if (it->rows.size() > m_pageSize)
        it->rows.removeLast();
    it->lastUse = ++m_clock;
}

void RowPageCache::removeAt(qint64 index)
{
    int offset = 0;
    Page *it = shiftAt(index, &offset, false);
    if (!it)
        return;
    it->rows.removeAt(offset);
    // A full page had rows after it in the list: one of them moved up.
    if (it->rows.size() + 1 >= m_pageSize)
        it->partial = true;
}

void RowPageCache::seed(qint64 page, const QList<LeadRow> &rows)
{
    Page p;
    p.rows = rows.mid(0, m_pageSize);
    p.lastUse = ++m_clock;
    m_pages.insert(page, std::move(p));
    evict();
}

void RowPageCache::clear()
{
    m_pages.clear();
}

qint64 RowPageCache::cachedRowCount() const
{
    qint64 n = 0;
    for (const Page &p : m_pages)
        n += p.rows.size();
    return n;
}

void RowPageCache::evict()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.end();
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldestUse) {
                oldestUse = it->lastUse;
                oldest = it;
            }
        m_pages.erase(oldest);
    }
}
