#include "partnerspage.h"

#include "optionsservice.h"
#include "partnereditor.h"
#include "partnerlistmodel.h"
#include "workspace.h"

#include "searchfield.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

PartnersPage::PartnersPage(Workspace &ws, QWidget *parent)
    : RecordListPage(ws, new PartnerListModel(ws), tr("Partners"), parent)
{
    setObjectName(QStringLiteral("partnersPage"));
    searchField()->setPlaceholderText(tr("Search name, city, email, phone, TIN…"));
    searchField()->setAccessibleName(tr("Search partners"));
    m_editor = new PartnerEditor(ws, this);
    setDetailsWidget(m_editor);
    connect(m_editor, &PartnerEditor::openLeadRequested, this, &RecordListPage::openLeadRequested);
    connect(m_editor, &PartnerEditor::saved, this, [this] { reload(); });
    connect(&ws, &Workspace::optionsChanged, this, &PartnersPage::updateColumns);

    QHeaderView *header = view()->horizontalHeader();
    const QList<std::pair<int, int>> widths{{PartnerListModel::Name, 190}, {PartnerListModel::Type, 80},
                                            {PartnerListModel::ProspectStatus, 120}, {PartnerListModel::City, 100},
                                            {PartnerListModel::Country, 110}, {PartnerListModel::Phone, 120},
                                            {PartnerListModel::Email, 180}, {PartnerListModel::Contacts, 70}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
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

QString PartnersPage::emptyListText(const QString &search) const
{
    if (!search.isEmpty())
        return tr("No partner matches \"%1\".").arg(search);
    return tr("No partners yet.\nConvert a lead to create a partner.");
}

void PartnersPage::currentRowChanged(int row)
{
    const qint64 id = row >= 0 ? partnerModel()->partner(row).id : 0;
    // A reload while the user edits keeps the edits.
    if (id == m_editor->partnerId() && m_editor->isModified())
        return;
    m_editor->setPartner(id);
}

QString PartnersPage::countText(qint64 count) const
{
    return count == 1 ? tr("1 partner") : tr("%1 partners").arg(QLocale().toString(count));
}
