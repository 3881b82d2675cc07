#include "recordlistmodel.h"

RecordListModel::RecordListModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws) {}

void RecordListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    load(PageSize);
}

void RecordListModel::reload()
{
    load(std::max(PageSize, loadedRows()));
}

void RecordListModel::load(int rows)
{
    beginResetModel();
    clearRows();
    m_total = count();
    for (int offset = 0; offset < rows;) {
        const int got = readPage(offset, std::min(PageSize, rows - offset));
        commitPage();
        if (got <= 0)
            break;
        offset += got;
    }
    endResetModel();
}

int RecordListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < loadedRows(); ++r)
        if (idAt(r) == id)
            return r;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && loadedRows() < m_total;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = loadedRows();
    const int limit = int(std::min<qint64>(PageSize, m_total - first));
    // Read first, then announce exactly what was read: a short read (rows
    // removed meanwhile) also lowers the total so that fetching stops.
    const int got = readPage(first, limit);
    if (got < limit)
        m_total = first + got;
    if (got <= 0)
        return;
    beginInsertRows({}, first, first + got - 1);
    commitPage();
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    load(std::max(PageSize, loadedRows()));
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PartnerIdRole, "partnerId");
    names.insert(LeadIdRole, "leadId");
    names.insert(SortRole, "sortValue");
    return names;
}
