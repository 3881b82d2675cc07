#include "leadtablemodel.h"

#include "leadrepository.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QLocale>

LeadTableModel::LeadTableModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws), m_pager(ws.leadRepository()), m_cache(DefaultPageSize, DefaultCacheBound)
{
    m_cache.setLoader([this](qint64 offset, int limit) { return loadPage(offset, limit); });
    loadStatusNames();
    connect(&ws, &Workspace::leadsChanged, this, &LeadTableModel::onLeadsChanged);
    connect(&ws, &Workspace::leadsAdded, this, &LeadTableModel::reload);
    connect(&ws, &Workspace::leadsRemoved, this, &LeadTableModel::reload);
    connect(&ws, &Workspace::leadsReset, this, &LeadTableModel::reload);
    connect(&ws, &Workspace::usersChanged, this, &LeadTableModel::reload);
    connect(&ws, &Workspace::statusesChanged, this, [this] {
        loadStatusNames();
        reload();
    });
    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
        // Tag colours are drawn from the rows' tag ids: repaint, no re-read.
        if (kind == RefKind::Tag && m_count > 0)
            emit dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1), {TagColorsRole});
    });
}

QString LeadTableModel::sortKey(int column)
{
    switch (column) {
    case Id: return QStringLiteral("id");
    case FullName: return QStringLiteral("full_name");
    case Title: return QStringLiteral("title");
    case Company: return QStringLiteral("company");
    case Phone: return QStringLiteral("phone");
    case Email: return QStringLiteral("email");
    case City: return QStringLiteral("city");
    case CreatedAt: return QStringLiteral("created_at");
    case AssignedTo: return QStringLiteral("assigned_to");
    case Status: return QStringLiteral("status");
    case Score: return QStringLiteral("score");
    default: return {};
    }
}

int LeadTableModel::columnOfSortKey(const QString &key)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (sortKey(c) == key)
            return c;
    return -1;
}

QString LeadTableModel::countKey(const LeadFilter &f)
{
    auto ids = [](const QList<qint64> &list) {
        QStringList parts;
        for (qint64 id : list)
            parts << QString::number(id);
        return parts.join(QLatin1Char(','));
    };
    return QStringList{LeadFilter::menuKey(f.menu), QString::number(f.currentUserId), ids(f.statusIds), ids(f.assignedTo),
                       ids(f.sourceIds), ids(f.tagIds), f.createdFrom.toString(Qt::ISODate), f.createdTo.toString(Qt::ISODate),
                       f.search.trimmed(), ids(f.ids)}
        .join(QLatin1Char('|'));
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
    m_pager.setFilter(filter);
    resetRows();
    emit filterChanged(m_filter);
}

void LeadTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_cache.setPageSize(rows);
    m_count = -1;
    endResetModel();
}

void LeadTableModel::reload()
{
    m_counts.clear();
    m_pager.invalidate();
    resetRows();
}

void LeadTableModel::setSearchLimit(int leads)
{
    m_counts.clear();
    m_pager.setSearchLimit(leads);
    resetRows();
}

void LeadTableModel::resetRows()
{
    // Cheap on purpose: nothing is read here; the count and the first page
    // are read when the view asks for them after the reset.
    beginResetModel();
    m_cache.clear();
    m_count = -1;
    endResetModel();
}

void LeadTableModel::loadStatusNames()
{
    m_statusNames.clear();
    for (const LeadStatus &s : m_ws.statuses().all())
        m_statusNames.insert(s.id, s.name);
}

QList<LeadRow> LeadTableModel::loadPage(qint64 offset, int limit) const
{
    return m_ws.leadRepository().rowsByIds(m_pager.ids(offset, limit));
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_count < 0) {
        const QString key = countKey(m_filter);
        if (const auto known = m_counts.constFind(key); known != m_counts.cend()) {
            m_count = *known;
            m_pager.setKnownCount(m_count);
        } else {
            // Rows before the count: a first page that is not full is the whole
            // list, and no COUNT is needed (most searches end here).
            const qint64 firstPage = m_cache.pageRowCount(0);
            m_count = firstPage < m_cache.pageSize() ? firstPage : m_pager.count();
            m_counts.insert(key, m_count);
        }
    }
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LeadRow *LeadTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_cache.row(row);
}

qint64 LeadTableModel::leadId(int row) const
{
    const LeadRow *r = rowAt(row);
    return r ? r->id : 0;
}

int LeadTableModel::rowOf(qint64 id) const
{
    return int(m_cache.indexOf(id));
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role >= Qt::UserRole)
        return LeadRoles::value(*r, role, &m_ws.references());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Id || index.column() == Score)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id: return r->id;
    case FullName: return r->fullName;
    case Title: return r->title;
    case Company: return r->company;
    case Phone: return r->phone;
    case Email: return r->email;
    case City: return r->city;
    case CreatedAt:
        return r->createdAt.isValid() ? QLocale().toString(r->createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case AssignedTo: return r->assignedName;
    case Status: return m_statusNames.value(r->statusId);
    case Score: return r->score;
    default: return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case FullName: return tr("Name");
    case Title: return tr("Title");
    case Company: return tr("Company");
    case Phone: return tr("Phone");
    case Email: return tr("Email");
    case City: return tr("City");
    case CreatedAt: return tr("Created");
    case AssignedTo: return tr("Assigned to");
    case Status: return tr("Status");
    case Score: return tr("Score");
    default: return {};
    }
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LeadTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LeadRoles::names());
    return names;
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKey(column);
    if (key.isEmpty())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortField == key && m_filter.sortDescending == descending)
        return;
    // Sorting changes the order only: the count stays valid and is kept.
    beginResetModel();
    m_filter.sortField = key;
    m_filter.sortDescending = descending;
    m_pager.setSort(key, descending);
    m_cache.clear();
    endResetModel();
    emit filterChanged(m_filter);
}

QStringList LeadTableModel::mimeTypes() const
{
    return {LeadRoles::mimeType()};
}

QMimeData *LeadTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes)
        if (const LeadRow *r = i.isValid() ? rowAt(i.row()) : nullptr; r && !ids.contains(r->id))
            ids << r->id;
    return ids.isEmpty() ? nullptr : LeadRoles::mimeDataFor(ids);
}

void LeadTableModel::onLeadsChanged(const QList<qint64> &ids)
{
    m_counts.clear(); // a lead may have left or joined another list
    // Changed rows are refreshed in place: they keep their place until the
    // next reset (sort, filter, reload) even when they no longer match, as a
    // row must not jump away under the user's pointer. Rows not loaded need
    // nothing: they are read fresh when shown.
    const QList<qint64> cached = m_cache.cachedIds(ids);
    if (cached.isEmpty())
        return;
    const QList<qint64> changed = m_cache.refresh(m_ws.leadRepository().rowsByIds(cached));
    for (qint64 row : changed)
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}
