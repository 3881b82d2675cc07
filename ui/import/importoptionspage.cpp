#include "importoptionspage.h"

#include "importwizard.h"
#include "leadcodec.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Options"));
    setSubTitle(tr("Values given to every imported lead, and what to do with duplicates."));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. Trade fair 2026"));
    m_tags->setToolTip(tr("Added to every imported lead; missing tags are created."));

    auto *values = new QGroupBox(tr("For every row"), this);
    auto *form = new QFormLayout(values);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Assigned to:"), m_owner);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Tags:"), m_tags);

    auto *duplicates = new QGroupBox(tr("A row with the email or phone of an existing lead, or of an earlier row"), this);
    auto *box = new QVBoxLayout(duplicates);
    m_duplicates = new QButtonGroup(this);
    const struct
    {
        DuplicatePolicy policy;
        QString name;
        QString text;
    } choices[] = {
        {DuplicatePolicy::Skip, QStringLiteral("skipRadio"), tr("S&kip it: leave the existing lead as it is")},
        {DuplicatePolicy::Update, QStringLiteral("updateRadio"),
         tr("&Update the existing lead: fill its blanks, add emails, phones and tags (nothing is overwritten)")},
        {DuplicatePolicy::Create, QStringLiteral("createRadio"), tr("&Create a new lead anyway")},
    };
    for (const auto &c : choices) {
        auto *radio = new QRadioButton(c.text, duplicates);
        radio->setObjectName(c.name);
        m_duplicates->addButton(radio, int(c.policy));
        box->addWidget(radio);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(values);
    layout->addWidget(duplicates);
    layout->addStretch();
}

void ImportOptionsPage::initializePage()
{
    Workspace &ws = m_wizard->workspace();
    const ImportDefaults defaults = m_wizard->defaults();
    auto select = [](QComboBox *combo, const QString &value) { combo->setCurrentIndex(qMax(0, combo->findData(value))); };

    m_status->clear();
    m_status->addItem(tr("As in the file (else \"%1\")").arg(ws.statuses().byRole(StatusRole::New).name), QString());
    for (const LeadStatus &s : ws.statuses().all())
        if (s.role != StatusRole::Converted && s.role != StatusRole::Lost)
            m_status->addItem(s.name, s.name);
    select(m_status, defaults.status);

    m_owner->clear();
    m_owner->addItem(tr("As in the file"), QString());
    for (const User &u : ws.users().active())
        m_owner->addItem(QStringLiteral("%1 (%2)").arg(u.name, u.login), u.login);
    select(m_owner, defaults.assignedTo);

    m_source->clear();
    m_source->addItem(tr("As in the file"), QString());
    for (const ReferenceItem &s : ws.references().list(RefKind::Source))
        m_source->addItem(s.name, s.name);
    select(m_source, defaults.source);

    m_tags->setText(defaults.tags.join(QStringLiteral(", ")));
    if (QAbstractButton *b = m_duplicates->button(int(m_wizard->duplicatePolicy())))
        b->setChecked(true);
}

bool ImportOptionsPage::validatePage()
{
    ImportDefaults d;
    d.status = m_status->currentData().toString();
    d.assignedTo = m_owner->currentData().toString();
    d.source = m_source->currentData().toString();
    d.tags = splitList(m_tags->text());
    m_wizard->setDefaults(d);
    m_wizard->setDuplicatePolicy(DuplicatePolicy(qMax(0, m_duplicates->checkedId())));
    return true;
}
