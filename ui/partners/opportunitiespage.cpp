#include "opportunitiespage.h"

#include "opportunitydetails.h"
#include "opportunitylistmodel.h"

#include <QTableView>

OpportunitiesPage::OpportunitiesPage(Workspace &ws, QWidget *parent)
    : RecordListPage(ws, new OpportunityListModel(ws),
                     {tr("Opportunities"), tr("Search opportunity, partner, lead…"), tr("Search opportunities"),
                      tr("1 opportunity"), tr("%1 opportunities"), tr("No opportunity matches \"%1\"."),
                      tr("No opportunities yet.\nConvert a lead and choose to generate an opportunity.")},
                     parent)
{
    setObjectName(QStringLiteral("opportunitiesPage"));
    m_details = new OpportunityDetails(ws, this);
    setEditor(m_details);
    // Double-clicking a row opens the lead it came from.
    connect(view(), &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 lead = index.data(RecordListModel::LeadIdRole).toLongLong())
            emit openLeadRequested(lead);
    });
    setColumnWidths({{OpportunityListModel::Name, 200}, {OpportunityListModel::Partner, 150},
                     {OpportunityListModel::Amount, 135}, {OpportunityListModel::Close, 100}, {OpportunityListModel::Stage, 80}});
}

OpportunityListModel *OpportunitiesPage::opportunityModel() const
{
    return static_cast<OpportunityListModel *>(model());
}
