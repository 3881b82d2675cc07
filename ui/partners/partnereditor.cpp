#include "partnereditor.h"

#include "fieldproblems.h"
#include "icons.h"
#include "messagebanner.h"
#include "opportunitylistmodel.h"
#include "optionsservice.h"
#include "partnerqueries.h"
#include "partnerservice.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QListWidget *smallList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setFrameShape(QFrame::NoFrame);
    list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; } QListWidget::item { padding: 3px 2px; }"));
    // Long names wrap rather than widen the pane.
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

} // namespace

PartnerEditor::PartnerEditor(Workspace &ws, QWidget *parent)
    : RecordEditor(ws, QStringLiteral("partnerEditor"), QStringLiteral("partnerTitle"), parent)
{
    titleLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_type = new QLabel(this);
    m_type->setObjectName(QStringLiteral("partnerType"));
    titleRow()->addWidget(m_type, 0, Qt::AlignVCenter);

    QVBoxLayout *details = addCard(tr("Details"), 8);
    m_form = addForm(details, 10);
    addLine(m_form, QStringLiteral("name"), tr("Name"));
    addLine(m_form, QStringLiteral("street"), tr("Street"));
    auto *cityRow = new QHBoxLayout;
    QLineEdit *postal = createLine(QStringLiteral("postal_code"), tr("Postal code"));
    postal->setPlaceholderText(tr("Postal code"));
    postal->setMaximumWidth(110);
    QLineEdit *city = createLine(QStringLiteral("city"), tr("City"));
    city->setPlaceholderText(tr("City"));
    cityRow->addWidget(postal);
    cityRow->addWidget(city, 1);
    m_form->addRow(tr("City"), cityRow);
    m_country = addCombo(m_form, QStringLiteral("country"), tr("Country"), QStringLiteral("countryBox"), 8);
    addLine(m_form, QStringLiteral("phone"), tr("Phone"));
    addLine(m_form, QStringLiteral("email"), tr("Email"));
    addLine(m_form, QStringLiteral("website"), tr("Website"));
    addLine(m_form, QStringLiteral("tin"), tr("TIN"))->setPlaceholderText(tr("9, 10 or 12 digits"));
    m_status = addCombo(m_form, QStringLiteral("prospect_status"), tr("Prospect status"), QStringLiteral("prospectStatusBox"), 10);
    m_status->setToolTip(tr("A prospect set to a won status becomes a customer."));
    addSaveButtons(details, tr("Save partner"));

    QVBoxLayout *contacts = addCard(tr("Contacts"), 8);
    m_contacts = smallList(this, QStringLiteral("partnerContacts"));
    contacts->addWidget(m_contacts);

    QVBoxLayout *opportunities = addCard(tr("Opportunities"), 8);
    m_opportunities = smallList(this, QStringLiteral("partnerOpportunities"));
    opportunities->addWidget(m_opportunities);

    QVBoxLayout *leads = addCard(tr("Converted from"), 8);
    m_leads = smallList(this, QStringLiteral("partnerLeads"));
    m_leads->setToolTip(tr("Double-click to open the lead"));
    leads->addWidget(m_leads);
    m_openLead = new QPushButton(Icons::icon(QStringLiteral("open")), tr("Open lead"), this);
    m_openLead->setObjectName(QStringLiteral("openLeadButton"));
    auto *leadButtons = new QHBoxLayout;
    leadButtons->addStretch(1);
    leadButtons->addWidget(m_openLead);
    leads->addLayout(leadButtons);
    connect(m_openLead, &QPushButton::clicked, this, &PartnerEditor::openSelectedLead);
    connect(m_leads, &QListWidget::itemActivated, this, &PartnerEditor::openSelectedLead);
    connect(m_leads, &QListWidget::currentRowChanged, this, [this](int row) { m_openLead->setEnabled(row >= 0); });
    mainLayout()->addStretch(1);
    m_openLead->setEnabled(false);
}

void PartnerEditor::fillCombos()
{
    const QSignalBlocker b1(m_country), b2(m_status);
    m_country->clear();
    m_country->addItem(QString(), qint64(0));
    for (const ReferenceItem &c : workspace().references().list(RefKind::Country))
        m_country->addItem(c.name, c.id);
    m_status->clear();
    m_status->addItem(tr("(none)"), qint64(0));
    for (const ProspectStatus &s : workspace().partners().prospectStatuses())
        m_status->addItem(s.isWon ? tr("%1 (makes a customer)").arg(s.name) : s.name, s.id);
    // Prospect statuses only with the CRM option on, as the service requires.
    m_form->setRowVisible(m_status, workspace().options().manageProspectStatuses());
}

void PartnerEditor::setPartner(qint64 id)
{
    const auto p = id ? workspace().partners().find(id) : std::nullopt;
    load(p ? *p : Partner{});
}

void PartnerEditor::load(const Partner &p)
{
    beginLoad(p.id);
    m_partner = p;
    fillCombos();
    titleLabel()->setText(p.name);
    m_type->setText(PartnerQueries::typeName(p.type));
    const bool customer = p.type == Partner::Type::Customer;
    m_type->setStyleSheet(customer ? QStringLiteral("background: #e3f4e8; color: #1e6b3a; border-radius: 10px; padding: 2px 10px; font-weight: bold;")
                                   : QStringLiteral("background: #e3eefa; color: #1d4b7a; border-radius: 10px; padding: 2px 10px; font-weight: bold;"));
    setLineTexts({{QStringLiteral("name"), p.name},       {QStringLiteral("street"), p.street},
                  {QStringLiteral("postal_code"), p.postalCode}, {QStringLiteral("city"), p.city},
                  {QStringLiteral("phone"), p.phone},     {QStringLiteral("email"), p.email},
                  {QStringLiteral("website"), p.website}, {QStringLiteral("tin"), p.tin}});
    {
        const QSignalBlocker b1(m_country), b2(m_status);
        m_country->setCurrentIndex(std::max(0, m_country->findData(p.countryId)));
        m_status->setCurrentIndex(std::max(0, m_status->findData(p.prospectStatusId)));
    }

    m_contacts->clear();
    m_opportunities->clear();
    m_leads->clear();
    if (p.id) {
        for (const Contact &c : workspace().partners().contacts(p.id)) {
            QStringList parts{c.fullName()};
            const QString function = workspace().references().nameOf(RefKind::Function, c.functionId);
            if (!function.isEmpty())
                parts << function;
            if (!c.email.isEmpty())
                parts << c.email;
            auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("user")), parts.join(QStringLiteral(" · ")), m_contacts);
            item->setData(Qt::UserRole, c.id);
        }
        for (const Opportunity &o : workspace().partners().opportunities(p.id)) {
            QString text = o.name;
            if (o.expectedAmount)
                text += QStringLiteral(" · ") + OpportunityListModel::formatAmount(o.expectedAmount);
            auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("opportunities")), text, m_opportunities);
            item->setData(Qt::UserRole, o.id);
        }
        for (const PartnerLeadLink &l : PartnerQueries(workspace()).leadsOf(p.id)) {
            QString text = l.name;
            if (!l.title.isEmpty() && l.title != l.name)
                text += QStringLiteral(" · ") + l.title;
            auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("convert")), text, m_leads);
            item->setData(Qt::UserRole, l.id);
        }
    }
    auto placeholder = [](QListWidget *list, const QString &text) {
        if (list->count() == 0) {
            auto *item = new QListWidgetItem(text, list);
            item->setFlags(Qt::NoItemFlags);
        }
    };
    placeholder(m_contacts, tr("No contacts."));
    placeholder(m_opportunities, tr("No opportunities."));
    placeholder(m_leads, tr("No lead was converted into this partner."));
    // Each list as tall as its rows (up to a few), so short lists leave no gap.
    for (QListWidget *list : {m_contacts, m_opportunities, m_leads}) {
        int height = 2 * list->frameWidth() + 4;
        for (int r = 0; r < list->count() && height < 130; ++r)
            height += std::max(list->sizeHintForRow(r), list->fontMetrics().height() + 6);
        list->setFixedHeight(std::min(height, 130));
    }
    if (m_leads->count() > 0 && (m_leads->item(0)->flags() & Qt::ItemIsEnabled))
        m_leads->setCurrentRow(0);
    m_openLead->setEnabled(m_leads->currentRow() >= 0);

    endLoad(p.id);
}

Partner PartnerEditor::edited() const
{
    Partner p = m_partner;
    p.name = lineEdit(QStringLiteral("name"))->text();
    p.street = lineText(QStringLiteral("street"));
    p.postalCode = lineText(QStringLiteral("postal_code"));
    p.city = lineText(QStringLiteral("city"));
    p.phone = lineText(QStringLiteral("phone"));
    p.email = lineText(QStringLiteral("email"));
    p.website = lineText(QStringLiteral("website"));
    p.tin = lineText(QStringLiteral("tin"));
    p.countryId = m_country->currentData().toLongLong();
    p.prospectStatusId = m_status->currentData().toLongLong();
    return p;
}

bool PartnerEditor::saveEdits()
{
    // One update: the service refuses a status change while the option is
    // off and turns a prospect set to a won status into a customer.
    const auto result = workspace().partners().update(edited());
    if (!result) {
        problems()->show(tr("The partner was not saved"), result.problems());
        return false;
    }
    const Partner before = m_partner;
    load(*result);
    const bool madeCustomer = before.type != result->type && result->type == Partner::Type::Customer;
    showSaved(result->id, madeCustomer ? tr("Saved. %1 is now a customer.").arg(result->name) : QString());
    return true;
}

void PartnerEditor::openSelectedLead()
{
    const QListWidgetItem *item = m_leads->currentItem();
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit openLeadRequested(item->data(Qt::UserRole).toLongLong());
}
