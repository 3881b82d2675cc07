#include "kanbanboardmodel.h"

#include "kanbancolumnmodel.h"
#include "leadrepository.h"
#include "statusservice.h"
#include "workspace.h"

#include <algorithm>

KanbanBoardModel::KanbanBoardModel(Workspace &ws, QObject *parent) : QAbstractListModel(parent), m_ws(ws)
{
    connect(&ws, &Workspace::statusesChanged, this, &KanbanBoardModel::rebuild);
    connect(&ws, &Workspace::leadsChanged, this, &KanbanBoardModel::onLeadsChanged);
    rebuild();
}

KanbanBoardModel::~KanbanBoardModel() = default;

void KanbanBoardModel::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
    applyFilter();
}

void KanbanBoardModel::applyFilter()
{
    // One GROUP BY for every column instead of a COUNT each.
    const QHash<qint64, qint64> counts = m_ws.leadRepository().countByStatus(m_filter);
    for (KanbanColumnModel *c : std::as_const(m_columns))
        c->setFilter(m_filter, counts.value(c->statusId(), 0));
}

void KanbanBoardModel::rebuild()
{
    beginResetModel();
    const QList<KanbanColumnModel *> old = m_columns;
    m_columns.clear();
    m_statuses = m_ws.statuses().all();
    for (const LeadStatus &s : std::as_const(m_statuses)) {
        auto *c = new KanbanColumnModel(m_ws, s.id, this);
        c->leaveChangesToBoard();
        watch(c);
        m_columns << c;
    }
    applyFilter();
    endResetModel();
    // Views may still hold the old columns until they handle the reset.
    for (KanbanColumnModel *c : old) {
        c->disconnect(this);
        c->deleteLater();
    }
}

void KanbanBoardModel::onLeadsChanged(const QList<qint64> &ids)
{
    // One read of the changed rows for the whole board, not one a column.
    const bool anyRead = std::any_of(m_columns.cbegin(), m_columns.cend(), [](const KanbanColumnModel *c) { return !c->unread(); });
    if (!anyRead)
        return;
    const QList<LeadRow> fresh = ids.size() > KanbanColumnModel::MaxIncrementalChange ? QList<LeadRow>{}
                                                                                        : m_ws.leadRepository().rowsByIds(ids);
    for (KanbanColumnModel *c : std::as_const(m_columns))
        c->followChange(ids, fresh);
}

void KanbanBoardModel::watch(KanbanColumnModel *column)
{
    auto countChanged = [this, column] {
        const int row = int(m_columns.indexOf(column));
        if (row >= 0)
            emit dataChanged(index(row), index(row), {CountRole, Qt::DisplayRole});
    };
    connect(column, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(column, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(column, &QAbstractItemModel::modelReset, this, countChanged);
}

KanbanColumnModel *KanbanBoardModel::column(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row) : nullptr;
}

KanbanColumnModel *KanbanBoardModel::columnFor(qint64 statusId) const
{
    for (KanbanColumnModel *c : m_columns)
        if (c->statusId() == statusId)
            return c;
    return nullptr;
}

LeadStatus KanbanBoardModel::status(int row) const
{
    return row >= 0 && row < m_statuses.size() ? m_statuses.at(row) : LeadStatus{};
}

int KanbanBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

QVariant KanbanBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadStatus &s = m_statuses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.name;
    case StatusIdRole:
        return s.id;
    case CountRole:
        return qint64(m_columns.at(index.row())->rowCount());
    case IsOpenRole:
        return s.isOpen;
    case StatusRoleKeyRole:
        return statusRoleKey(s.role);
    default:
        return {};
    }
}

QHash<int, QByteArray> KanbanBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StatusIdRole, "statusId");
    names.insert(CountRole, "count");
    names.insert(IsOpenRole, "isOpen");
    names.insert(StatusRoleKeyRole, "statusRole");
    return names;
}
