#include "partnerlistmodel.h"

#include "partnerservice.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QLocale>

PartnerListModel::PartnerListModel(Workspace &ws, QObject *parent) : RecordListModel(ws, parent), m_queries(ws)
{
    reload();
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PartnerListModel::readPage(int offset, int limit)
{
    m_pending = m_queries.partners(search(), PartnerQueries::PartnerSort(sortColumn()), sortOrder() == Qt::DescendingOrder, offset,
                                   limit);
    return int(m_pending.size());
}

void PartnerListModel::commitPage()
{
    m_rows += m_pending;
    m_pending.clear();
}

qint64 PartnerListModel::count() const
{
    return m_queries.partnerCount(search());
}

void PartnerListModel::clearRows()
{
    m_rows.clear();
    m_pending.clear();
    m_statusNames.clear();
    for (const ::ProspectStatus &s : workspace().partners().prospectStatuses())
        m_statusNames.insert(s.id, s.name);
}

QString PartnerListModel::statusName(qint64 id) const
{
    return id ? m_statusNames.value(id) : QString();
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerListItem &item = m_rows.at(index.row());
    const Partner &p = item.partner;
    switch (role) {
    case IdRole:
    case PartnerIdRole: return p.id;
    case LeadIdRole: return p.fromLeadId;
    case Qt::TextAlignmentRole:
        if (index.column() == Contacts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Contacts: return item.contactCount;
        case Created: return p.createdAt;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return p.name;
        case Type: return PartnerQueries::typeName(p.type);
        case ProspectStatus: return statusName(p.prospectStatusId);
        case City: return p.city;
        case Country: return workspace().references().nameOf(RefKind::Country, p.countryId);
        case Phone: return p.phone;
        case Email: return p.email;
        case Contacts: return item.contactCount;
        case Created: return QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        default: return {};
        }
    default: return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case ProspectStatus: return tr("Prospect status");
    case City: return tr("City");
    case Country: return tr("Country");
    case Phone: return tr("Phone");
    case Email: return tr("Email");
    case Contacts: return tr("Contacts");
    case Created: return tr("Created");
    default: return {};
    }
}
