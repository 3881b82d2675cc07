#include "opportunitylistmodel.h"

#include "workspace.h"

#include <QLocale>

OpportunityListModel::OpportunityListModel(Workspace &ws, QObject *parent) : RecordListModel(ws, parent), m_queries(ws)
{
    reload();
}

QString OpportunityListModel::formatAmount(const std::optional<double> &amount)
{
    return amount ? QLocale().toCurrencyString(*amount) : QString();
}

int OpportunityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OpportunityListModel::readPage(int offset, int limit)
{
    m_pending = m_queries.opportunities(search(), PartnerQueries::OpportunitySort(sortColumn()), sortOrder() == Qt::DescendingOrder,
                                        offset, limit);
    return int(m_pending.size());
}

void OpportunityListModel::commitPage()
{
    m_rows += m_pending;
    m_pending.clear();
}

qint64 OpportunityListModel::count() const
{
    return m_queries.opportunityCount(search());
}

void OpportunityListModel::clearRows()
{
    m_rows.clear();
    m_pending.clear();
}

QVariant OpportunityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpportunityListItem &item = m_rows.at(index.row());
    const Opportunity &o = item.opportunity;
    switch (role) {
    case IdRole: return o.id;
    case PartnerIdRole: return o.partnerId;
    case LeadIdRole: return o.fromLeadId;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Amount: return o.expectedAmount ? QVariant(*o.expectedAmount) : QVariant();
        case Close: return o.expectedClose;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return o.name;
        case Partner: return item.partnerName;
        case Amount: return formatAmount(o.expectedAmount);
        case Close: return o.expectedClose.isValid() ? QLocale().toString(o.expectedClose, QLocale::ShortFormat) : QString();
        case Stage: return PartnerQueries::stageName(o.stage);
        case Lead: return item.leadName;
        default: return {};
        }
    default: return {};
    }
}

QVariant OpportunityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Close)
        return tr("Expected close date");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Opportunity");
    case Partner: return tr("Partner");
    case Amount: return tr("Expected amount");
    case Close: return tr("Close date");
    case Stage: return tr("Stage");
    case Lead: return tr("From lead");
    default: return {};
    }
}
