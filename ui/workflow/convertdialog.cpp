#include "convertdialog.h"

#include "contact.h"
#include "workflowproblems.h"
#include "icons.h"
#include "leadservice.h"
#include "messagebanner.h"
#include "normalize.h"
#include "optionsservice.h"
#include "partner.h"
#include "partnerservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QDate NoDate(2000, 1, 1);

QString partnerLine(const Partner &p)
{
    QStringList parts{p.name};
    if (!p.city.isEmpty())
        parts << p.city;
    if (!p.tin.isEmpty())
        parts << p.tin;
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ConvertDialog::ConvertDialog(Workspace &ws, qint64 leadId, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("convertDialog"));
    setWindowTitle(tr("Convert lead"));
    setWindowIcon(Icons::icon(QStringLiteral("convert")));
    if (auto lead = ws.leads().get(leadId))
        m_lead = lead.value();
    const ConversionRequest defaults = ws.conversions().defaultRequest(leadId);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Convert “%1”</b> into a partner, contacts and an opportunity. "
                                  "Everything on the lead is copied; the lead is kept as it is, read-only.")
                                   .arg(m_lead.displayName().toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("convertHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("convertBanner"));
    layout->addWidget(m_banner);
    m_problems = new WorkflowProblems(m_banner);

    // Partner
    auto *partnerBox = new QGroupBox(tr("Partner"), this);
    auto *partnerLayout = new QVBoxLayout(partnerBox);
    m_newPartner = new QRadioButton(tr("Create a &new partner (a prospect)"), partnerBox);
    m_newPartner->setObjectName(QStringLiteral("newPartnerRadio"));
    m_existingPartner = new QRadioButton(tr("Link to an &existing partner"), partnerBox);
    m_existingPartner->setObjectName(QStringLiteral("existingPartnerRadio"));
    partnerLayout->addWidget(m_newPartner);
    partnerLayout->addWidget(m_existingPartner);
    auto *suggestionRow = new QHBoxLayout;
    m_suggestion = new QLabel(partnerBox);
    m_suggestion->setObjectName(QStringLiteral("partnerSuggestion"));
    m_suggestion->setWordWrap(true);
    m_useSuggestion = new QPushButton(Icons::icon(QStringLiteral("partners")), tr("&Use this partner"), partnerBox);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestionButton"));
    suggestionRow->addWidget(m_suggestion, 1);
    suggestionRow->addWidget(m_useSuggestion);
    partnerLayout->addLayout(suggestionRow);
    m_partnerSearch = new QLineEdit(partnerBox);
    m_partnerSearch->setObjectName(QStringLiteral("partnerSearch"));
    m_partnerSearch->setPlaceholderText(tr("Search partners by name…"));
    m_partnerSearch->setClearButtonEnabled(true);
    m_partnerSearch->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_partnerList = new QListWidget(partnerBox);
    m_partnerList->setObjectName(QStringLiteral("partnerList"));
    m_partnerList->setMinimumHeight(90);
    m_partnerList->setMaximumHeight(150);
    partnerLayout->addWidget(m_partnerSearch);
    partnerLayout->addWidget(m_partnerList);
    QLabel *partnerError = WorkflowProblems::makeLabel(QStringLiteral("partnerError"), partnerBox);
    partnerLayout->addWidget(partnerError);
    m_problems->bind(QStringLiteral("partner"), partnerError, m_partnerList);

    m_prospectLabel = new QLabel(tr("Prospect &status:"), partnerBox);
    m_prospectStatus = new QComboBox(partnerBox);
    m_prospectStatus->setObjectName(QStringLiteral("prospectStatus"));
    m_prospectLabel->setBuddy(m_prospectStatus);
    auto *prospectRow = new QHBoxLayout;
    prospectRow->addWidget(m_prospectLabel);
    prospectRow->addWidget(m_prospectStatus, 1);
    partnerLayout->addLayout(prospectRow);
    QLabel *prospectError = WorkflowProblems::makeLabel(QStringLiteral("prospectStatusError"), partnerBox);
    partnerLayout->addWidget(prospectError);
    m_problems->bind(QStringLiteral("partner_status"), prospectError, m_prospectStatus);
    const bool manageStatuses = ws.options().manageProspectStatuses();
    m_prospectLabel->setVisible(manageStatuses);
    m_prospectStatus->setVisible(manageStatuses);
    if (manageStatuses) {
        for (const ProspectStatus &s : ws.partners().prospectStatuses())
            m_prospectStatus->addItem(s.isWon ? tr("%1 (becomes a customer)").arg(s.name) : s.name, s.id);
        const int i = m_prospectStatus->findData(defaults.prospectStatusId ? defaults.prospectStatusId
                                                                            : ws.partners().defaultProspectStatusId());
        m_prospectStatus->setCurrentIndex(qMax(i, 0));
    }
    layout->addWidget(partnerBox);

    // Contact
    auto *contactBox = new QGroupBox(tr("Contact"), this);
    auto *contactLayout = new QVBoxLayout(contactBox);
    m_contactMode = new QComboBox(contactBox);
    m_contactMode->setObjectName(QStringLiteral("contactMode"));
    m_contactMode->addItem(tr("No contact creation"), int(ConversionRequest::ContactMode::None));
    m_contactMode->addItem(tr("Create a new contact from the lead"), int(ConversionRequest::ContactMode::New));
    m_contactMode->addItem(tr("Select existing contacts of the partner"), int(ConversionRequest::ContactMode::Existing));
    auto *contactLabel = new QLabel(tr("C&ontact:"), contactBox);
    contactLabel->setBuddy(m_contactMode);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(contactLabel);
    contactRow->addWidget(m_contactMode, 1);
    contactLayout->addLayout(contactRow);
    m_contactList = new QListWidget(contactBox);
    m_contactList->setObjectName(QStringLiteral("contactList"));
    m_contactList->setMinimumHeight(70);
    m_contactList->setMaximumHeight(140);
    contactLayout->addWidget(m_contactList);
    QLabel *contactError = WorkflowProblems::makeLabel(QStringLiteral("contactError"), contactBox);
    contactLayout->addWidget(contactError);
    m_problems->bind(QStringLiteral("contact"), contactError, m_contactMode);
    layout->addWidget(contactBox);

    // Opportunity
    m_opportunity = new QGroupBox(tr("&Generate an opportunity"), this);
    m_opportunity->setObjectName(QStringLiteral("opportunityBox"));
    m_opportunity->setCheckable(true);
    m_opportunity->setChecked(false);
    auto *oppForm = new QFormLayout(m_opportunity);
    m_opportunityName = new QLineEdit(ConversionService::opportunityNameFor(m_lead), m_opportunity);
    m_opportunityName->setObjectName(QStringLiteral("opportunityName"));
    m_amount = new QDoubleSpinBox(m_opportunity);
    m_amount->setObjectName(QStringLiteral("expectedAmount"));
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSpecialValueText(tr("Not known"));
    m_amount->setValue(ConversionService::expectedAmountFor(m_lead).value_or(0));
    m_closeDate = new QDateEdit(m_opportunity);
    m_closeDate->setObjectName(QStringLiteral("expectedClose"));
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setMinimumDate(NoDate);
    m_closeDate->setSpecialValueText(tr("Not known"));
    m_closeDate->setDate(m_lead.estimatedCloseDate.isValid() ? m_lead.estimatedCloseDate : NoDate);
    oppForm->addRow(tr("Na&me:"), m_opportunityName);
    oppForm->addRow(tr("Expected &amount:"), m_amount);
    QLabel *amountError = WorkflowProblems::makeLabel(QStringLiteral("expectedAmountError"), m_opportunity);
    oppForm->addRow(QString(), amountError);
    m_problems->bind(QStringLiteral("expected_amount"), amountError, m_amount);
    oppForm->addRow(tr("Expected close &date:"), m_closeDate);
    layout->addWidget(m_opportunity);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_convertButton = buttons->addButton(tr("&Convert"), QDialogButtonBox::AcceptRole);
    m_convertButton->setObjectName(QStringLiteral("convertButton"));
    m_convertButton->setIcon(Icons::icon(QStringLiteral("convert")));
    m_convertButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setIcon(Icons::icon(QStringLiteral("close")));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConvertDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConvertDialog::reject);
    layout->addWidget(buttons);

    // The partner whose name is the lead's company, suggested.
    if (!m_lead.company.trimmed().isEmpty()) {
        const QString key = Normalize::text(m_lead.company);
        for (const Partner &p : ws.partners().list(m_lead.company, 20))
            if (Normalize::text(p.name) == key) {
                m_suggestedPartnerId = p.id;
                m_suggestion->setText(tr("A partner named “%1” already exists.").arg(p.name.toHtmlEscaped()));
                break;
            }
    }

    connect(m_partnerSearch, &QLineEdit::textChanged, this, &ConvertDialog::searchPartners);
    connect(m_partnerList, &QListWidget::currentRowChanged, this, [this] {
        if (m_partnerList->currentItem())
            m_existingPartner->setChecked(true);
        // An existing partner keeps its prospect status unless the user picks another.
        if (m_prospectStatus->count() > 0)
            if (const auto p = m_ws.partners().find(currentPartnerId()); p && p->prospectStatusId)
                m_prospectStatus->setCurrentIndex(qMax(0, m_prospectStatus->findData(p->prospectStatusId)));
        loadContacts();
        updateState();
    });
    connect(m_newPartner, &QRadioButton::toggled, this, [this] {
        loadContacts();
        updateState();
    });
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] { selectPartner(m_suggestedPartnerId); });
    connect(m_contactMode, &QComboBox::currentIndexChanged, this, &ConvertDialog::updateState);

    if (defaults.partnerMode == ConversionRequest::PartnerMode::Existing && defaults.partnerId) {
        selectPartner(defaults.partnerId);
    } else {
        m_newPartner->setChecked(true);
        searchPartners({});
    }
    const int mode = m_contactMode->findData(int(defaults.contactMode));
    m_contactMode->setCurrentIndex(mode >= 0 ? mode : 0);
    if (defaults.contactMode == ConversionRequest::ContactMode::Existing)
        selectContacts(defaults.contactIds);

    const VoidResult can = ws.conversions().canConvert(leadId);
    m_canConvert = can.ok();
    if (!can)
        m_problems->show(tr("This lead cannot be converted"), can.problems());
    updateState();
    m_convertButton->setEnabled(m_canConvert);
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

ConvertDialog::~ConvertDialog()
{
    delete m_problems;
}

bool ConvertDialog::run(Workspace &ws, qint64 leadId, QWidget *parent)
{
    ConvertDialog dialog(ws, leadId, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ConvertDialog::searchPartners(const QString &text)
{
    const qint64 keep = currentPartnerId();
    const QSignalBlocker block(m_partnerList);
    m_partnerList->clear();
    QList<Partner> found = m_ws.partners().list(text.trimmed(), 100);
    // The chosen partner stays listed while searching for another.
    if (keep && std::none_of(found.cbegin(), found.cend(), [keep](const Partner &p) { return p.id == keep; }))
        if (const auto p = m_ws.partners().find(keep))
            found.prepend(*p);
    for (const Partner &p : std::as_const(found)) {
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("partners")), partnerLine(p), m_partnerList);
        item->setData(Qt::UserRole, p.id);
        if (p.id == keep)
            m_partnerList->setCurrentItem(item);
    }
}

void ConvertDialog::selectPartner(qint64 partnerId)
{
    for (int i = 0; i < m_partnerList->count(); ++i)
        if (m_partnerList->item(i)->data(Qt::UserRole).toLongLong() == partnerId) {
            m_partnerList->setCurrentRow(i);
            m_existingPartner->setChecked(true);
            return;
        }
    const auto p = m_ws.partners().find(partnerId);
    if (!p)
        return;
    {
        const QSignalBlocker block(m_partnerSearch);
        m_partnerSearch->clear();
    }
    auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("partners")), partnerLine(*p));
    item->setData(Qt::UserRole, p->id);
    m_partnerList->insertItem(0, item);
    m_partnerList->setCurrentRow(0);
    m_existingPartner->setChecked(true);
}

qint64 ConvertDialog::currentPartnerId() const
{
    const QListWidgetItem *item = m_partnerList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ConvertDialog::loadContacts()
{
    QList<qint64> checked;
    for (int i = 0; i < m_contactList->count(); ++i)
        if (m_contactList->item(i)->flags().testFlag(Qt::ItemIsUserCheckable) && m_contactList->item(i)->checkState() == Qt::Checked)
            checked << m_contactList->item(i)->data(Qt::UserRole).toLongLong();
    m_contactList->clear();
    const qint64 partnerId = m_existingPartner->isChecked() ? currentPartnerId() : 0;
    if (!partnerId)
        return;
    for (const Contact &c : m_ws.partners().contacts(partnerId)) {
        QString text = c.fullName();
        if (!c.email.isEmpty())
            text += QStringLiteral(" <%1>").arg(c.email);
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("user")), text, m_contactList);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_contactList->count() == 0) {
        auto *none = new QListWidgetItem(tr("This partner has no contacts yet."), m_contactList);
        none->setFlags(Qt::NoItemFlags);
    }
}

void ConvertDialog::selectContacts(const QList<qint64> &contactIds)
{
    const int mode = m_contactMode->findData(int(ConversionRequest::ContactMode::Existing));
    m_contactMode->setCurrentIndex(mode);
    for (int i = 0; i < m_contactList->count(); ++i) {
        QListWidgetItem *item = m_contactList->item(i);
        if (!item->flags().testFlag(Qt::ItemIsUserCheckable))
            continue;
        item->setCheckState(contactIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ConvertDialog::updateState()
{
    const bool existing = m_existingPartner->isChecked();
    m_partnerSearch->setEnabled(existing || m_partnerList->count() > 0);
    // A new partner has no contacts yet: "existing contacts" needs an existing partner.
    auto *model = qobject_cast<QStandardItemModel *>(m_contactMode->model());
    const int existingRow = m_contactMode->findData(int(ConversionRequest::ContactMode::Existing));
    if (model && existingRow >= 0)
        if (QStandardItem *item = model->item(existingRow))
            item->setEnabled(existing && currentPartnerId() != 0);
    const bool pickContacts = m_contactMode->currentData().toInt() == int(ConversionRequest::ContactMode::Existing);
    m_contactList->setVisible(pickContacts);
    const bool suggestionTaken = existing && currentPartnerId() == m_suggestedPartnerId;
    m_suggestion->setVisible(m_suggestedPartnerId != 0 && !suggestionTaken);
    m_useSuggestion->setVisible(m_suggestedPartnerId != 0 && !suggestionTaken);
    m_contactList->setEnabled(existing);
    growToFit();
}

void ConvertDialog::growToFit()
{
    // Shown rows (contacts, problems) must not squeeze the others: grow instead.
    if (!isVisible())
        return;
    layout()->activate();
    const QSize wanted = size().expandedTo(sizeHint());
    if (wanted != size())
        resize(wanted);
}

ConversionRequest ConvertDialog::request() const
{
    ConversionRequest r;
    r.leadId = m_lead.id;
    if (m_existingPartner->isChecked()) {
        r.partnerMode = ConversionRequest::PartnerMode::Existing;
        r.partnerId = currentPartnerId();
    } else {
        r.partnerMode = ConversionRequest::PartnerMode::New;
    }
    r.contactMode = ConversionRequest::ContactMode(m_contactMode->currentData().toInt());
    if (r.contactMode == ConversionRequest::ContactMode::Existing)
        for (int i = 0; i < m_contactList->count(); ++i)
            if (m_contactList->item(i)->flags().testFlag(Qt::ItemIsUserCheckable) && m_contactList->item(i)->checkState() == Qt::Checked)
                r.contactIds << m_contactList->item(i)->data(Qt::UserRole).toLongLong();
    r.createOpportunity = m_opportunity->isChecked();
    if (r.createOpportunity) {
        r.opportunityName = m_opportunityName->text().trimmed();
        if (m_amount->value() > 0)
            r.expectedAmount = m_amount->value();
        if (m_closeDate->date() != NoDate)
            r.expectedClose = m_closeDate->date();
    }
    if (m_ws.options().manageProspectStatuses())
        r.prospectStatusId = m_prospectStatus->currentData().toLongLong();
    return r;
}

bool ConvertDialog::apply()
{
    m_problems->clear();
    const ConversionRequest r = request();
    if (r.partnerMode == ConversionRequest::PartnerMode::Existing && r.partnerId == 0) {
        m_problems->show(tr("The lead was not converted"),
                         {Problem{QStringLiteral("partner"), tr("Choose the partner to link the lead to.")}});
        growToFit();
        return false;
    }
    auto done = m_ws.conversions().convert(r);
    if (!done) {
        m_problems->show(tr("The lead was not converted"), done.problems());
        growToFit();
        return false;
    }
    m_result = done.value();
    return true;
}

void ConvertDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString ConvertDialog::summary() const
{
    if (!m_result)
        return {};
    const auto partner = m_ws.partners().find(m_result->partnerId);
    const QString name = partner ? partner->name : QString::number(m_result->partnerId);
    QStringList parts;
    parts << (m_result->partnerCreated ? tr("new partner “%1”") : tr("partner “%1”")).arg(name);
    if (!m_result->contactIds.isEmpty())
        parts << tr("%n contact(s)", nullptr, int(m_result->contactIds.size()));
    if (m_result->opportunityId)
        parts << tr("an opportunity");
    return tr("“%1” was converted: %2.").arg(m_lead.displayName(), QLocale().createSeparatedList(parts));
}

QString ConvertDialog::problemAt(const QString &field) const
{
    return m_problems->textAt(field);
}
