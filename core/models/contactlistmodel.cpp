#include "contactlistmodel.h"

#include "referenceservice.h"
#include "workspace.h"

ContactListModel::ContactListModel(Workspace &ws, QObject *parent) : RecordListModel(ws, parent), m_queries(ws)
{
    reload();
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ContactListModel::readPage(int offset, int limit)
{
    m_pending = m_queries.contacts(search(), PartnerQueries::ContactSort(sortColumn()), sortOrder() == Qt::DescendingOrder, offset, limit);
    return int(m_pending.size());
}

void ContactListModel::commitPage()
{
    m_rows += m_pending;
    m_pending.clear();
}

qint64 ContactListModel::count() const
{
    return m_queries.contactCount(search());
}

void ContactListModel::clearRows()
{
    m_rows.clear();
    m_pending.clear();
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactListItem &item = m_rows.at(index.row());
    const Contact &c = item.contact;
    switch (role) {
    case IdRole: return c.id;
    case PartnerIdRole: return c.partnerId;
    case LeadIdRole: return c.fromLeadId;
    case SortRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return c.fullName();
        case Function: return workspace().references().nameOf(RefKind::Function, c.functionId);
        case Partner: return item.partnerName;
        case Email: return c.email;
        case Phone: return c.phone.isEmpty() ? c.mobile : c.phone;
        default: return {};
        }
    default: return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Function: return tr("Function");
    case Partner: return tr("Partner");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    default: return {};
    }
}
