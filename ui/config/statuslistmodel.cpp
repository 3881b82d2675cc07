#include "statuslistmodel.h"
#include "leadqueries.h"

#include "configundo.h"
#include "undoids.h"

#include "leadfilter.h"
#include "leadrepository.h"
#include "statusservice.h"
#include "workspace.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

StatusListModel::StatusListModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    connect(&ws, &Workspace::statusesChanged, this, &StatusListModel::reload);
    connect(&ws, &Workspace::leadsReset, this, &StatusListModel::reload);
    reload();
}

void StatusListModel::reload()
{
    const QList<LeadStatus> statuses = m_ws.statuses().all();
    m_counts = LeadQueries(m_ws).countByStatus();
    auto idsOf = [](const QList<LeadStatus> &list) {
        QList<qint64> ids;
        for (const LeadStatus &s : list)
            ids << s.id;
        return ids;
    };
    // A rename or a flag keeps the rows where they are: update them in place,
    // so an editor being closed and the selection survive.
    if (!m_statuses.isEmpty() && idsOf(statuses) == idsOf(m_statuses)) {
        m_statuses = statuses;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_statuses = statuses;
    endResetModel();
}

int StatusListModel::rowOf(qint64 statusId) const
{
    for (int i = 0; i < m_statuses.size(); ++i)
        if (m_statuses.at(i).id == statusId)
            return i;
    return -1;
}

int StatusListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int StatusListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatusListModel::roleLabel(StatusRole role)
{
    switch (role) {
    case StatusRole::New: return tr("New leads");
    case StatusRole::Converted: return tr("Converted");
    case StatusRole::Lost: return tr("Lost");
    case StatusRole::None: break;
    }
    return {};
}

QVariant StatusListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadStatus &s = m_statuses.at(index.row());
    if (role == StatusIdRole)
        return s.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return s.name;
        if (role == Qt::ToolTipRole)
            return tr("Double-click to rename; drag to reorder.");
        break;
    case OpenColumn:
        if (role == Qt::CheckStateRole)
            return s.isOpen ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return s.isOpen ? tr("Open") : tr("Closed");
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return roleLabel(s.role);
        break;
    case LeadsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_counts.value(s.id));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant StatusListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Status");
    case OpenColumn: return tr("Open");
    case RoleColumn: return tr("Role");
    case LeadsColumn: return tr("Leads");
    default: return {};
    }
}

Qt::ItemFlags StatusListModel::flags(const QModelIndex &index) const
{
    // Rows are not drop targets themselves: a drop lands between two rows.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == OpenColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool StatusListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const LeadStatus s = m_statuses.at(index.row());
    VoidResult result;
    QString title;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        if (value.toString() == s.name)
            return false;
        title = tr("The status \"%1\" was not renamed").arg(s.name);
        result = m_ws.statuses().rename(s.id, value.toString());
    } else if (index.column() == OpenColumn && role == Qt::CheckStateRole) {
        const bool open = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (open == s.isOpen)
            return false;
        title = open ? tr("The status \"%1\" was not opened").arg(s.name) : tr("The status \"%1\" was not closed").arg(s.name);
        result = m_ws.statuses().setOpen(s.id, open);
    } else {
        return false;
    }
    if (!result) {
        emit problem(title, result.problems());
        return false;
    }
    Workspace &ws = m_ws;
    const qint64 id = s.id;
    if (index.column() == NameColumn) {
        auto rename = [&ws, id](const QString &n) -> Problems {
            VoidResult r = ws.statuses().rename(UndoIds::current(QStringLiteral("status"), id), n);
            return r ? Problems{} : r.problems();
        };
        ConfigUndo::push(tr("Rename the status \"%1\" to \"%2\"").arg(s.name, value.toString()),
                         [rename, n = value.toString()] { return rename(n); }, [rename, n = s.name] { return rename(n); });
    } else {
        auto setOpen = [&ws, id](bool open) -> Problems {
            VoidResult r = ws.statuses().setOpen(UndoIds::current(QStringLiteral("status"), id), open);
            return r ? Problems{} : r.problems();
        };
        const bool open = !s.isOpen;
        ConfigUndo::push(open ? tr("Open the status \"%1\"").arg(s.name) : tr("Close the status \"%1\"").arg(s.name),
                         [setOpen, open] { return setOpen(open); }, [setOpen, open] { return setOpen(!open); });
    }
    return true; // the rows are read again on statusesChanged
}

QString StatusListModel::mimeType()
{
    return QStringLiteral("application/x-quarry-status-id");
}

QStringList StatusListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StatusListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.model() != this)
            continue;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << m_statuses.at(i.row()).id;
        auto *data = new QMimeData;
        data->setData(mimeType(), bytes);
        return data;
    }
    return nullptr;
}

bool StatusListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!data || !data->hasFormat(mimeType()))
        return false;
    QDataStream in(data->data(mimeType()));
    qint64 id = 0;
    in >> id;
    const int from = rowOf(id);
    if (from < 0)
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_statuses.size());
    // Dropping before row r: once the status leaves its place, rows after it shift up.
    const int to = row > from ? row - 1 : row;
    if (to == from)
        return false;
    return moveTo(id, to).ok();
}

VoidResult StatusListModel::moveTo(qint64 statusId, int to)
{
    QList<qint64> order;
    for (const LeadStatus &s : std::as_const(m_statuses))
        order << s.id;
    const qsizetype from = order.indexOf(statusId);
    if (from < 0 || to < 0 || to >= order.size())
        return VoidResult::failure(QStringLiteral("status"), tr("There is no such place in the list."));
    const QList<qint64> before = order;
    order.move(from, to);
    VoidResult result = m_ws.statuses().reorder(order);
    if (!result) {
        emit problem(tr("The statuses were not reordered"), result.problems());
        return result;
    }
    Workspace &ws = m_ws;
    auto reorder = [&ws](QList<qint64> ids) -> Problems {
        for (qint64 &id : ids)
            id = UndoIds::current(QStringLiteral("status"), id);
        VoidResult r = ws.statuses().reorder(ids);
        return r ? Problems{} : r.problems();
    };
    ConfigUndo::push(tr("Move the status \"%1\"").arg(m_statuses.value(from).name), [reorder, order] { return reorder(order); },
                     [reorder, before] { return reorder(before); });
    return result;
}

bool StatusListModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}
