#include "opportunitiespage.h"

#include "opportunitydetails.h"
#include "opportunitylistmodel.h"

#include "searchfield.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

OpportunitiesPage::OpportunitiesPage(Workspace &ws, QWidget *parent)
    : RecordListPage(ws, new OpportunityListModel(ws), tr("Opportunities"), parent)
{
    setObjectName(QStringLiteral("opportunitiesPage"));
    searchField()->setPlaceholderText(tr("Search opportunity, partner, lead…"));
    searchField()->setAccessibleName(tr("Search opportunities"));
    m_details = new OpportunityDetails(ws, this);
    setDetailsWidget(m_details);
    connect(m_details, &OpportunityDetails::openLeadRequested, this, &RecordListPage::openLeadRequested);
    connect(m_details, &OpportunityDetails::saved, this, [this] { reload(); });
    // Double-clicking a row opens the lead it came from.
    connect(view(), &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 lead = index.data(RecordListModel::LeadIdRole).toLongLong())
            emit openLeadRequested(lead);
    });
    QHeaderView *header = view()->horizontalHeader();
    const QList<std::pair<int, int>> widths{{OpportunityListModel::Name, 200}, {OpportunityListModel::Partner, 150},
                                            {OpportunityListModel::Amount, 135}, {OpportunityListModel::Close, 100},
                                            {OpportunityListModel::Stage, 80}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
}

OpportunityListModel *OpportunitiesPage::opportunityModel() const
{
    return static_cast<OpportunityListModel *>(model());
}

QString OpportunitiesPage::emptyListText(const QString &search) const
{
    if (!search.isEmpty())
        return tr("No opportunity matches \"%1\".").arg(search);
    return tr("No opportunities yet.\nConvert a lead and choose to generate an opportunity.");
}

void OpportunitiesPage::currentRowChanged(int row)
{
    const qint64 id = row >= 0 ? opportunityModel()->opportunity(row).id : 0;
    if (id == m_details->opportunityId() && m_details->isModified())
        return;
    m_details->setOpportunity(id);
}

QString OpportunitiesPage::countText(qint64 count) const
{
    return count == 1 ? tr("1 opportunity") : tr("%1 opportunities").arg(QLocale().toString(count));
}
