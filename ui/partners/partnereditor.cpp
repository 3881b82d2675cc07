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

QFrame *card(QWidget *parent, const QString &title, QVBoxLayout **inner)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("sectionCard"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, frame);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(heading);
    *inner = layout;
    return frame;
}

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

PartnerEditor::PartnerEditor(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("partnerEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);

    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("partnerTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f2933;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_type = new QLabel(this);
    m_type->setObjectName(QStringLiteral("partnerType"));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_type, 0, Qt::AlignVCenter);
    layout->addLayout(titleRow);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_problems = new FieldProblems(m_banner, this);

    QVBoxLayout *details = nullptr;
    layout->addWidget(card(this, tr("Details"), &details));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(6);
    details->addLayout(m_form);
    addLine(m_form, QStringLiteral("name"), tr("Name"));
    addLine(m_form, QStringLiteral("street"), tr("Street"));
    auto *cityRow = new QHBoxLayout;
    auto *postal = new QLineEdit(this);
    postal->setObjectName(QStringLiteral("postal_codeEdit"));
    postal->setPlaceholderText(tr("Postal code"));
    postal->setMaximumWidth(110);
    auto *city = new QLineEdit(this);
    city->setObjectName(QStringLiteral("cityEdit"));
    city->setPlaceholderText(tr("City"));
    cityRow->addWidget(postal);
    cityRow->addWidget(city, 1);
    m_lines.insert(QStringLiteral("postal_code"), postal);
    m_lines.insert(QStringLiteral("city"), city);
    m_problems->addField(QStringLiteral("postal_code"), postal);
    m_problems->addField(QStringLiteral("city"), city);
    m_form->addRow(tr("City"), cityRow);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryBox"));
    m_country->setMinimumContentsLength(8);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_problems->addField(QStringLiteral("country"), m_country);
    m_form->addRow(tr("Country"), m_country);
    addLine(m_form, QStringLiteral("phone"), tr("Phone"));
    addLine(m_form, QStringLiteral("email"), tr("Email"));
    addLine(m_form, QStringLiteral("website"), tr("Website"));
    addLine(m_form, QStringLiteral("tin"), tr("TIN"))->setPlaceholderText(tr("9, 10 or 12 digits"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("prospectStatusBox"));
    m_status->setMinimumContentsLength(10); // long status names must not widen the pane
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setToolTip(tr("A prospect set to a won status becomes a customer."));
    m_problems->addField(QStringLiteral("prospect_status"), m_status);
    m_form->addRow(tr("Prospect status"), m_status);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(Icons::icon(QStringLiteral("save-light")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setAccessibleName(tr("Save partner"));
    m_revert = new QPushButton(Icons::icon(QStringLiteral("undo")), tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    details->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PartnerEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PartnerEditor::revert);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] { setModified(true); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { setModified(true); });

    QVBoxLayout *contacts = nullptr;
    layout->addWidget(card(this, tr("Contacts"), &contacts));
    m_contacts = smallList(this, QStringLiteral("partnerContacts"));
    contacts->addWidget(m_contacts);

    QVBoxLayout *opportunities = nullptr;
    layout->addWidget(card(this, tr("Opportunities"), &opportunities));
    m_opportunities = smallList(this, QStringLiteral("partnerOpportunities"));
    opportunities->addWidget(m_opportunities);

    QVBoxLayout *leads = nullptr;
    layout->addWidget(card(this, tr("Converted from"), &leads));
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
    layout->addStretch(1);

    for (QLineEdit *e : std::as_const(m_lines)) {
        connect(e, &QLineEdit::textEdited, this, [this] { setModified(true); });
        connect(e, &QLineEdit::returnPressed, this, &PartnerEditor::save); // Enter saves
    }
    setModified(false);
    m_openLead->setEnabled(false);
}

QLineEdit *PartnerEditor::addLine(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setAccessibleName(label);
    m_lines.insert(key, edit);
    m_problems->addField(key, edit);
    form->addRow(label, edit);
    return edit;
}

QWidget *PartnerEditor::field(const QString &key) const
{
    return m_problems->field(key);
}

QLineEdit *PartnerEditor::lineEdit(const QString &key) const
{
    return m_lines.value(key);
}

void PartnerEditor::fillCombos()
{
    const QSignalBlocker b1(m_country), b2(m_status);
    m_country->clear();
    m_country->addItem(QString(), qint64(0));
    for (const ReferenceItem &c : m_ws.references().list(RefKind::Country))
        m_country->addItem(c.name, c.id);
    m_status->clear();
    m_status->addItem(tr("(none)"), qint64(0));
    for (const ProspectStatus &s : m_ws.partners().prospectStatuses())
        m_status->addItem(s.isWon ? tr("%1 (makes a customer)").arg(s.name) : s.name, s.id);
    // Prospect statuses only with the CRM option on, as the service requires.
    m_form->setRowVisible(m_status, m_ws.options().manageProspectStatuses());
}

void PartnerEditor::setPartner(qint64 id)
{
    const auto p = id ? m_ws.partners().find(id) : std::nullopt;
    load(p ? *p : Partner{});
}

void PartnerEditor::load(const Partner &p)
{
    m_loading = true;
    // The same record read again (after a save, or a change elsewhere)
    // keeps the banner's note; another record starts clean.
    m_problems->clear(p.id != m_partner.id);
    m_partner = p;
    fillCombos();
    m_title->setText(p.name);
    m_type->setText(PartnerQueries::typeName(p.type));
    const bool customer = p.type == Partner::Type::Customer;
    m_type->setStyleSheet(customer ? QStringLiteral("background: #e3f4e8; color: #1e6b3a; border-radius: 10px; padding: 2px 10px; font-weight: bold;")
                                   : QStringLiteral("background: #e3eefa; color: #1d4b7a; border-radius: 10px; padding: 2px 10px; font-weight: bold;"));
    const QHash<QString, QString> values{{QStringLiteral("name"), p.name},       {QStringLiteral("street"), p.street},
                                         {QStringLiteral("postal_code"), p.postalCode}, {QStringLiteral("city"), p.city},
                                         {QStringLiteral("phone"), p.phone},     {QStringLiteral("email"), p.email},
                                         {QStringLiteral("website"), p.website}, {QStringLiteral("tin"), p.tin}};
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
        it.value()->setCursorPosition(0);
    }
    {
        const QSignalBlocker b1(m_country), b2(m_status);
        m_country->setCurrentIndex(std::max(0, m_country->findData(p.countryId)));
        m_status->setCurrentIndex(std::max(0, m_status->findData(p.prospectStatusId)));
    }

    m_contacts->clear();
    m_opportunities->clear();
    m_leads->clear();
    if (p.id) {
        for (const Contact &c : m_ws.partners().contacts(p.id)) {
            QStringList parts{c.fullName()};
            const QString function = m_ws.references().nameOf(RefKind::Function, c.functionId);
            if (!function.isEmpty())
                parts << function;
            if (!c.email.isEmpty())
                parts << c.email;
            auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("user")), parts.join(QStringLiteral(" · ")), m_contacts);
            item->setData(Qt::UserRole, c.id);
        }
        for (const Opportunity &o : m_ws.partners().opportunities(p.id)) {
            QString text = o.name;
            if (o.expectedAmount)
                text += QStringLiteral(" · ") + OpportunityListModel::formatAmount(o.expectedAmount);
            auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("opportunities")), text, m_opportunities);
            item->setData(Qt::UserRole, o.id);
        }
        for (const PartnerLeadLink &l : PartnerQueries(m_ws).leadsOf(p.id)) {
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

    setEnabled(p.id != 0);
    m_loading = false;
    setModified(false);
}

Partner PartnerEditor::edited() const
{
    Partner p = m_partner;
    p.name = m_lines.value(QStringLiteral("name"))->text();
    p.street = m_lines.value(QStringLiteral("street"))->text().trimmed();
    p.postalCode = m_lines.value(QStringLiteral("postal_code"))->text().trimmed();
    p.city = m_lines.value(QStringLiteral("city"))->text().trimmed();
    p.phone = m_lines.value(QStringLiteral("phone"))->text().trimmed();
    p.email = m_lines.value(QStringLiteral("email"))->text().trimmed();
    p.website = m_lines.value(QStringLiteral("website"))->text().trimmed();
    p.tin = m_lines.value(QStringLiteral("tin"))->text().trimmed();
    p.countryId = m_country->currentData().toLongLong();
    p.prospectStatusId = m_status->currentData().toLongLong();
    return p;
}

bool PartnerEditor::save()
{
    if (!m_partner.id)
        return false;
    if (!m_modified)
        return true;
    // One update: the service refuses a status change while the option is
    // off and turns a prospect set to a won status into a customer.
    const auto result = m_ws.partners().update(edited());
    if (!result) {
        m_problems->show(tr("The partner was not saved"), result.problems());
        return false;
    }
    const Partner before = m_partner;
    load(*result);
    if (before.type != result->type && result->type == Partner::Type::Customer)
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved. %1 is now a customer.").arg(result->name));
    else
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved."));
    emit saved(result->id);
    return true;
}

void PartnerEditor::revert()
{
    setPartner(m_partner.id);
}

void PartnerEditor::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}

void PartnerEditor::openSelectedLead()
{
    const QListWidgetItem *item = m_leads->currentItem();
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit openLeadRequested(item->data(Qt::UserRole).toLongLong());
}
