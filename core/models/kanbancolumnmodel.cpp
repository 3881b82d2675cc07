#include "kanbancolumnmodel.h"

#include "leadrepository.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QMimeData>
#include <QSet>

KanbanColumnModel::KanbanColumnModel(Workspace &ws, qint64 statusId, QObject *parent)
    : QAbstractListModel(parent), m_ws(ws), m_statusId(statusId), m_pager(ws.leadRepository()), m_cache(50, 20)
{
    m_filter.statusIds = {statusId};
    m_filter.sortField = QStringLiteral("updated_at");
    m_filter.sortDescending = true;
    m_pager.setFilter(m_filter);
    m_takesEveryLead = ws.leadRepository().listsEveryLiveLead(LeadFilter{});
    m_cache.setLoader([this](qint64 offset, int limit) { return loadPage(offset, limit); });
    m_changes = connect(&ws, &Workspace::leadsChanged, this, &KanbanColumnModel::onLeadsChanged);
    connect(&ws, &Workspace::leadsAdded, this, &KanbanColumnModel::reload);
    connect(&ws, &Workspace::leadsRemoved, this, &KanbanColumnModel::reload);
    connect(&ws, &Workspace::leadsReset, this, &KanbanColumnModel::reload);
    connect(&ws, &Workspace::usersChanged, this, &KanbanColumnModel::reload);
    connect(&ws, &Workspace::statusesChanged, this, &KanbanColumnModel::reload);
    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
        if (kind == RefKind::Tag && m_count > 0)
            emit dataChanged(index(0), index(int(m_count) - 1), {TagColorsRole});
    });
}

void KanbanColumnModel::setFilter(const LeadFilter &filter, qint64 knownCount)
{
    m_filter = filter;
    m_filter.statusIds = {m_statusId};
    m_filter.sortField = QStringLiteral("updated_at");
    m_filter.sortDescending = true;
    m_pager.setFilter(m_filter);
    LeadFilter others = filter;
    others.statusIds.clear();
    m_takesEveryLead = m_ws.leadRepository().listsEveryLiveLead(others);
    resetRows(knownCount);
}

void KanbanColumnModel::leaveChangesToBoard()
{
    disconnect(m_changes);
}

void KanbanColumnModel::setKnownCount(qint64 count)
{
    resetRows(count);
}

void KanbanColumnModel::setPageSize(int rows)
{
    beginResetModel();
    m_cache.setPageSize(rows);
    m_count = -1;
    endResetModel();
}

void KanbanColumnModel::reload()
{
    resetRows();
}

void KanbanColumnModel::resetRows(qint64 knownCount)
{
    beginResetModel();
    m_pager.invalidate();
    if (knownCount >= 0)
        m_pager.setKnownCount(knownCount);
    m_cache.clear();
    m_count = knownCount;
    endResetModel();
}

QList<LeadRow> KanbanColumnModel::loadPage(qint64 offset, int limit) const
{
    return m_ws.leadRepository().rowsByIds(m_pager.ids(offset, limit));
}

int KanbanColumnModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_count < 0) {
        const qint64 firstPage = m_cache.pageRowCount(0);
        m_count = firstPage < m_cache.pageSize() ? firstPage : m_pager.count();
    }
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

const LeadRow *KanbanColumnModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_cache.row(row);
}

qint64 KanbanColumnModel::leadId(int row) const
{
    const LeadRow *r = rowAt(row);
    return r ? r->id : 0;
}

int KanbanColumnModel::rowOf(qint64 id) const
{
    return int(m_cache.indexOf(id));
}

QVariant KanbanColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return LeadRoles::displayName(*r);
    case Qt::ToolTipRole: {
        QStringList lines{LeadRoles::displayName(*r)};
        for (const QString &s : {r->company, r->title, r->assignedName})
            if (!s.isEmpty() && !lines.contains(s))
                lines << s;
        return lines.join(QLatin1Char('\n'));
    }
    default:
        if (role >= Qt::UserRole)
            return LeadRoles::value(*r, role, &m_ws.references());
        return {};
    }
}

Qt::ItemFlags KanbanColumnModel::flags(const QModelIndex &index) const
{
    // The column itself (invalid index) takes drops; so do cards, so that a
    // drop on a card means "into this column".
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
           | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> KanbanColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LeadRoles::names());
    return names;
}

QStringList KanbanColumnModel::mimeTypes() const
{
    return {LeadRoles::mimeType()};
}

QMimeData *KanbanColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && i.model() == this && !rows.contains(i.row()))
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        if (const qint64 id = leadId(row))
            ids << id;
    return ids.isEmpty() ? nullptr : LeadRoles::mimeDataFor(ids);
}

bool KanbanColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return (action == Qt::MoveAction || action == Qt::CopyAction) && !idsFromMime(data).isEmpty();
}

bool KanbanColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids = idsFromMime(data);
    // Cards dropped back on their own column do not move.
    ids.removeIf([this](qint64 id) { return m_cache.indexOf(id) >= 0; });
    if (ids.isEmpty())
        return false;
    const auto status = m_ws.statuses().find(m_statusId);
    if (!status)
        return false;
    // Converted and lost need a dialog (partner, reason): the UI opens it,
    // and nothing changes when it is cancelled, so the drop itself fails.
    if (status->role == StatusRole::Converted) {
        emit convertRequested(ids);
        return false;
    }
    if (status->role == StatusRole::Lost) {
        emit loseRequested(ids);
        return false;
    }
    if (!status->isOpen)
        return false;
    emit statusChangeRequested(ids, m_statusId);
    return true;
}

bool KanbanColumnModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

bool KanbanColumnModel::insertOnTop(const LeadRow &row)
{
    // The column lists the most recently updated first: a card that was
    // just moved here (its update is the newest) goes on top, with no
    // recount. Anything else (an older card, row 0 not read) is not placed.
    const LeadRow *top = m_count > 0 ? m_cache.peek(0) : nullptr;
    if (m_count != 0 && !top)
        return false;
    if (top && (row.updatedAt < top->updatedAt || (row.updatedAt == top->updatedAt && row.id < top->id)))
        return false;
    if (!m_takesEveryLead && !m_pager.contains(row.id))
        return true; // the grid's filter leaves it out: nothing to show
    // The card goes into the cached top page as it is, with no read: a
    // card this column holds can be seen leaving it (an undo right after
    // the drop takes it away again).
    beginInsertRows(QModelIndex(), 0, 0);
    if (m_count == 0)
        m_cache.seed(0, {row}); // it is the column's only card
    else
        m_cache.insertAt(0, row);
    m_pager.rowInserted(0);
    ++m_count;
    endInsertRows();
    return true;
}

void KanbanColumnModel::onLeadsChanged(const QList<qint64> &ids)
{
    if (m_count < 0)
        return; // nothing read yet: the next read is fresh anyway
    followChange(ids, ids.size() > MaxIncrementalChange ? QList<LeadRow>{} : m_ws.leadRepository().rowsByIds(ids));
}

void KanbanColumnModel::followChange(const QList<qint64> &ids, const QList<LeadRow> &fresh)
{
    if (m_count < 0)
        return;
    if (ids.size() > MaxIncrementalChange) {
        resetRows();
        return;
    }
    // A drop's source column holds the card (it was visible): it leaves
    // without a recount. The target column puts it on top (insertOnTop()).
    // Any other lead of this status that was not loaded may be entering at
    // an unknown place: the column recounts.
    const QList<qint64> cachedList = m_cache.cachedIds(ids);
    const QSet<qint64> cached(cachedList.cbegin(), cachedList.cend());
    QList<LeadRow> staying;
    QList<LeadRow> entering;
    QSet<qint64> stayingIds;
    for (const LeadRow &r : fresh) {
        if (r.statusId != m_statusId)
            continue;
        if (cached.contains(r.id)) {
            staying << r;
            stayingIds.insert(r.id);
        } else {
            entering << r;
        }
    }
    if (entering.size() > 1) {
        resetRows();
        return;
    }
    for (qint64 row : m_cache.refresh(staying))
        emit dataChanged(index(int(row)), index(int(row)));
    // The rest of the cached ones left (another status, or gone). Rows are
    // found first and removed from the last up, so the others keep their
    // numbers; the pages from each removed row on are dropped as rows there
    // shift up, and read again when shown; the page it leaves keeps its
    // other rows.
    QList<qint64> leaving;
    for (qint64 id : cached)
        if (!stayingIds.contains(id))
            if (const qint64 row = m_cache.indexOf(id); row >= 0)
                leaving << row;
    std::sort(leaving.begin(), leaving.end(), std::greater<>());
    for (qint64 row : leaving) {
        beginRemoveRows(QModelIndex(), int(row), int(row));
        m_cache.removeAt(row);
        m_pager.rowRemoved(row);
        --m_count;
        endRemoveRows();
    }
    if (!entering.isEmpty() && !insertOnTop(entering.first()))
        resetRows();
}
