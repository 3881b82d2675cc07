#include "partnerspage.h"

#include "optionsservice.h"
#include "partnereditor.h"
#include "partnerlistmodel.h"
#include "workspace.h"

#include <QTableView>

PartnersPage::PartnersPage(Workspace &ws, QWidget *parent)
    : RecordListPage(ws, new PartnerListModel(ws),
                     {tr("Partners"), tr("Search name, city, email, phone, TIN…"), tr("Search partners"), tr("1 partner"),
                      tr("%1 partners"), tr("No partner matches \"%1\"."), tr("No partners yet.\nConvert a lead to create a partner.")},
                     parent)
{
    setObjectName(QStringLiteral("partnersPage"));
    m_editor = new PartnerEditor(ws, this);
    setEditor(m_editor);
    connect(&ws, &Workspace::optionsChanged, this, &PartnersPage::updateColumns);
    setColumnWidths({{PartnerListModel::Name, 190}, {PartnerListModel::Type, 80}, {PartnerListModel::ProspectStatus, 120},
                     {PartnerListModel::City, 100}, {PartnerListModel::Country, 110}, {PartnerListModel::Phone, 120},
                     {PartnerListModel::Email, 180}, {PartnerListModel::Contacts, 70}});
    updateColumns();
}

PartnerListModel *PartnersPage::partnerModel() const
{
    return static_cast<PartnerListModel *>(model());
}

void PartnersPage::updateColumns()
{
    view()->setColumnHidden(PartnerListModel::ProspectStatus, !workspace().options().manageProspectStatuses());
}
