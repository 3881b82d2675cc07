#include "duplicatefinder.h"

#include "duplicaterepository.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("DuplicateFinder", s); }

/// (lead id, group number) for every membership of a lead in a group.
using Entry = std::pair<qint64, qint64>;

/// The memberships of key groups: sorted by group, groups numbered densely,
/// each with two or more distinct leads (the shape keepShared() gives).
std::vector<Entry> entriesOf(const KeyGroups &groups)
{
    std::vector<Entry> out;
    out.reserve(groups.ids.size());
    for (qsizetype g = 0; g < groups.count(); ++g)
        for (qsizetype i = groups.starts[g]; i < groups.starts[g + 1]; ++i)
            out.emplace_back(groups.ids[i], g);
    return out;
}

/// Keeps the (id, key) entries whose key is shared by two or more distinct
/// leads, renumbering the keys 0…n-1.
std::vector<Entry> keepShared(std::vector<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    std::vector<Entry> out;
    out.reserve(entries.size());
    qint64 next = 0;
    for (size_t i = 0; i < entries.size();) {
        size_t j = i;
        while (j < entries.size() && entries[j].second == entries[i].second)
            ++j;
        if (j - i > 1) {
            for (size_t k = i; k < j; ++k)
                out.emplace_back(entries[k].first, next);
            ++next;
        }
        i = j;
    }
    return out;
}

/// Equal on both: joins the memberships on the lead id; a lead in groups
/// g and h gets the key (g, h), for every pair of its groups. The smaller
/// side is hashed and the larger one streamed, unsorted.
std::vector<Entry> refine(const std::vector<Entry> &current, const std::vector<Entry> &next)
{
    const bool currentIsSmaller = current.size() <= next.size();
    const std::vector<Entry> &small = currentIsSmaller ? current : next;
    const std::vector<Entry> &large = currentIsSmaller ? next : current;
    QMultiHash<qint64, qint64> groupsOf;
    groupsOf.reserve(qsizetype(small.size()));
    for (const Entry &e : small)
        groupsOf.insert(e.first, e.second);
    std::vector<Entry> joined;
    for (const Entry &e : large) {
        auto [it, end] = groupsOf.equal_range(e.first);
        for (; it != end; ++it)
            joined.emplace_back(e.first, currentIsSmaller ? (*it << 32) | e.second : (e.second << 32) | *it);
    }
    return keepShared(std::move(joined));
}

/// Union-find over dense indices.
class DisjointSets
{
public:
    explicit DisjointSets(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), size_t(0)); }
    size_t find(size_t x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(size_t a, size_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<size_t> m_parent;
};

/// Connected components of the leads sharing a group. `entries` come from
/// keepShared(): sorted by group, groups numbered densely.
QList<QList<qint64>> components(const std::vector<Entry> &entries)
{
    std::vector<qint64> ids;
    ids.reserve(entries.size());
    for (const Entry &e : entries)
        ids.push_back(e.first);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto indexOf = [&ids](qint64 id) { return size_t(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin()); };

    DisjointSets sets(ids.size());
    for (size_t i = 1; i < entries.size(); ++i)
        if (entries[i].second == entries[i - 1].second)
            sets.unite(indexOf(entries[i - 1].first), indexOf(entries[i].first));
    // Roots are the smallest index of each set, so walking ids in order
    // yields groups already sorted by their first id.
    std::vector<qsizetype> groupOfRoot(ids.size(), -1);
    QList<QList<qint64>> out;
    for (size_t i = 0; i < ids.size(); ++i) {
        const size_t root = sets.find(i);
        if (groupOfRoot[root] < 0) {
            groupOfRoot[root] = out.size();
            out.append(QList<qint64>{ids[i]});
        } else {
            out[groupOfRoot[root]].append(ids[i]);
        }
    }
    return out;
}

QList<QList<qint64>> fromGroups(const KeyGroups &groups)
{
    QList<QList<qint64>> out;
    out.reserve(groups.count());
    for (qsizetype g = 0; g < groups.count(); ++g) {
        QList<qint64> members(groups.ids.begin() + groups.starts[g], groups.ids.begin() + groups.starts[g + 1]);
        std::sort(members.begin(), members.end());
        out.append(members);
    }
    std::sort(out.begin(), out.end(), [](const QList<qint64> &a, const QList<qint64> &b) { return a.first() < b.first(); });
    return out;
}

std::pair<qint64, qint64> orderedPair(qint64 a, qint64 b)
{
    return {std::min(a, b), std::max(a, b)};
}

/// Splits groups holding a pair marked "not a duplicate": each lead, in id
/// order, joins the first part holding none of its marked partners. Parts
/// of one lead are not groups and are dropped.
QList<QList<qint64>> withoutMarkedPairs(const QList<QList<qint64>> &groups, const QSet<std::pair<qint64, qint64>> &marked)
{
    if (marked.isEmpty())
        return groups;
    // Only the leads named in a mark need their group: marks are few, groups may be many.
    QSet<qint64> markedIds;
    for (const auto &[a, b] : marked)
        markedIds << a << b;
    QHash<qint64, qsizetype> groupOf;
    for (qsizetype g = 0; g < groups.size(); ++g)
        for (qint64 id : groups[g])
            if (markedIds.contains(id))
                groupOf.insert(id, g);
    QHash<qint64, QSet<qint64>> partners; // marked partners within the same group
    for (const auto &[a, b] : marked) {
        const auto ga = groupOf.constFind(a);
        const auto gb = groupOf.constFind(b);
        if (ga != groupOf.constEnd() && gb != groupOf.constEnd() && *ga == *gb) {
            partners[a].insert(b);
            partners[b].insert(a);
        }
    }
    if (partners.isEmpty())
        return groups;
    QList<QList<qint64>> out;
    for (const QList<qint64> &group : groups) {
        bool conflicted = false;
        for (qint64 id : group)
            conflicted = conflicted || partners.contains(id);
        if (!conflicted) {
            out << group;
            continue;
        }
        QList<QList<qint64>> parts;
        for (qint64 id : group) {
            const QSet<qint64> avoid = partners.value(id);
            bool placed = false;
            for (QList<qint64> &part : parts) {
                const bool clash = std::any_of(part.cbegin(), part.cend(), [&avoid](qint64 other) { return avoid.contains(other); });
                if (!clash) {
                    part << id;
                    placed = true;
                    break;
                }
            }
            if (!placed)
                parts << QList<qint64>{id};
        }
        for (const QList<qint64> &part : parts)
            if (part.size() > 1)
                out << part;
    }
    std::sort(out.begin(), out.end(), [](const QList<qint64> &a, const QList<qint64> &b) { return a.first() < b.first(); });
    return out;
}

} // namespace

DuplicateFinder::DuplicateFinder(Workspace &ws) : m_ws(ws) {}

QStringList DuplicateFinder::fieldKeys()
{
    return DuplicateRepository::fieldKeys();
}

QString DuplicateFinder::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("DuplicateFinder", "Company")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("DuplicateFinder", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("DuplicateFinder", "Last name")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("DuplicateFinder", "Full name")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("DuplicateFinder", "Function")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("DuplicateFinder", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("DuplicateFinder", "Phone")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("DuplicateFinder", "City")},
        {QStringLiteral("tin"), QT_TRANSLATE_NOOP("DuplicateFinder", "Company TIN")},
    };
    const char *label = labels.value(key, nullptr);
    return label ? tr(label) : key;
}

QStringList DuplicateFinder::defaultFields()
{
    return {QStringLiteral("full_name")};
}

QString DuplicateFinder::canonicalField(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("emails"), QStringLiteral("email")},
        {QStringLiteral("phones"), QStringLiteral("phone")},
        {QStringLiteral("job_title"), QStringLiteral("function")},
        {QStringLiteral("company_name"), QStringLiteral("company")},
        {QStringLiteral("name"), QStringLiteral("full_name")},
    };
    const QString key = aliases.value(name.trimmed(), name.trimmed());
    return fieldKeys().contains(key) ? key : QString();
}

Result<QList<QList<qint64>>> DuplicateFinder::find(const QStringList &fields, const QList<qint64> &scope) const
{
    QStringList keys;
    for (const QString &f : fields) {
        const QString key = canonicalField(f);
        if (key.isEmpty())
            return Result<QList<QList<qint64>>>::failure(
                QStringLiteral("fields"),
                tr("\"%1\" is not a field duplicates are checked on; choose among %2.").arg(f, fieldKeys().join(QStringLiteral(", "))));
        if (!keys.contains(key))
            keys << key;
    }
    if (keys.isEmpty())
        return Result<QList<QList<qint64>>>::failure(QStringLiteral("fields"), tr("Pick at least one field to compare."));
    if (!scope.isEmpty() && scope.size() < 2)
        return QList<QList<qint64>>{};

    DuplicateRepository &repo = m_ws.duplicateRepository();
    QStringList single, multi;
    for (const QString &key : keys)
        (DuplicateRepository::isMultiValued(key) ? multi : single) << key;
    QList<QList<qint64>> groups;
    std::vector<Entry> entries;
    if (!single.isEmpty()) {
        // Single-valued keys compare in one GROUP BY; equality on them is an
        // equivalence, so without emails or phones its groups are the answer.
        auto g = repo.groups(single, scope);
        if (!g)
            return g.problems();
        if (multi.isEmpty())
            return withoutMarkedPairs(fromGroups(g.value()), repo.notDuplicatePairs());
        entries = entriesOf(g.value());
    }
    // Emails and phones: a lead holds several, so leads are matched on any
    // shared value, and groups are joined where leads link them (union-find).
    for (qsizetype i = 0; i < multi.size(); ++i) {
        const bool first = single.isEmpty() && i == 0;
        if (!first && entries.empty())
            return QList<QList<qint64>>{};
        auto g = repo.groups({multi[i]}, scope);
        if (!g)
            return g.problems();
        entries = first ? entriesOf(g.value()) : refine(entries, entriesOf(g.value()));
    }
    groups = components(entries);
    return withoutMarkedPairs(groups, repo.notDuplicatePairs());
}

VoidResult DuplicateFinder::markNotDuplicates(const QList<qint64> &ids)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    if (unique.size() < 2)
        return VoidResult::failure(QStringLiteral("ids"), tr("Name at least two leads that are not duplicates of each other."));
    for (qint64 id : unique)
        if (!m_ws.leadRepository().exists(id))
            return VoidResult::failure(QStringLiteral("ids"), tr("There is no lead #%1.").arg(id));
    QList<std::pair<qint64, qint64>> pairs;
    for (int i = 0; i < unique.size(); ++i)
        for (int j = i + 1; j < unique.size(); ++j)
            pairs << orderedPair(unique[i], unique[j]);
    if (VoidResult r = m_ws.duplicateRepository().insertNotDuplicates(pairs); !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    return {};
}

VoidResult DuplicateFinder::unmarkNotDuplicates(const QList<qint64> &ids)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    QList<std::pair<qint64, qint64>> pairs;
    for (int i = 0; i < ids.size(); ++i)
        for (int j = i + 1; j < ids.size(); ++j)
            if (ids[i] != ids[j])
                pairs << orderedPair(ids[i], ids[j]);
    if (VoidResult r = m_ws.duplicateRepository().removeNotDuplicates(pairs); !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    return {};
}

bool DuplicateFinder::isMarkedNotDuplicate(qint64 a, qint64 b) const
{
    return m_ws.duplicateRepository().notDuplicatePairs().contains(orderedPair(a, b));
}

QList<qint64> DuplicateFinder::likelyDuplicates(const Lead &lead) const
{
    QList<qint64> out = m_ws.leads().likelyDuplicates(lead);
    if (out.isEmpty() || lead.id == 0)
        return out;
    const auto marked = m_ws.duplicateRepository().notDuplicatePairs();
    out.removeIf([&](qint64 other) { return marked.contains(orderedPair(lead.id, other)); });
    return out;
}
