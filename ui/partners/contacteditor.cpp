#include "contacteditor.h"

#include "fieldproblems.h"
#include "icons.h"
#include "messagebanner.h"
#include "partnerqueries.h"
#include "partnerservice.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ContactEditor::ContactEditor(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("contactEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f2933;"));
    layout->addWidget(m_title);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_problems = new FieldProblems(m_banner, this);

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("sectionCard"));
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(14, 12, 14, 12);
    auto *heading = new QLabel(tr("Contact"), frame);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    inner->addWidget(heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(6);
    inner->addLayout(form);
    addLine(form, QStringLiteral("civility"), tr("Civility"));
    addLine(form, QStringLiteral("first_name"), tr("First name"));
    addLine(form, QStringLiteral("middle_name"), tr("Middle name"));
    addLine(form, QStringLiteral("last_name"), tr("Last name"));
    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("functionBox"));
    m_function->setMinimumContentsLength(10);
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_problems->addField(QStringLiteral("function"), m_function);
    form->addRow(tr("Function"), m_function);
    addLine(form, QStringLiteral("email"), tr("Email"));
    addLine(form, QStringLiteral("phone"), tr("Phone"));
    addLine(form, QStringLiteral("mobile"), tr("Mobile"));
    m_doNotCall = new QCheckBox(tr("Do not call"), this);
    m_doNotCall->setObjectName(QStringLiteral("doNotCallBox"));
    m_doNotEmail = new QCheckBox(tr("Do not email"), this);
    m_doNotEmail->setObjectName(QStringLiteral("doNotEmailBox"));
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_doNotCall);
    checks->addWidget(m_doNotEmail);
    checks->addStretch(1);
    form->addRow(QString(), checks);
    m_partnerName = new QLabel(this);
    m_partnerName->setObjectName(QStringLiteral("contactPartner"));
    m_problems->addField(QStringLiteral("partner"), m_partnerName);
    form->addRow(tr("Partner"), m_partnerName);
    auto *leadRow = new QHBoxLayout;
    m_leadName = new QLabel(this);
    m_leadName->setObjectName(QStringLiteral("contactLead"));
    m_openLead = new QPushButton(Icons::icon(QStringLiteral("open")), tr("Open lead"), this);
    m_openLead->setObjectName(QStringLiteral("openLeadButton"));
    leadRow->addWidget(m_leadName, 1);
    leadRow->addWidget(m_openLead);
    form->addRow(tr("From lead"), leadRow);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(Icons::icon(QStringLiteral("save-light")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setAccessibleName(tr("Save contact"));
    m_revert = new QPushButton(Icons::icon(QStringLiteral("undo")), tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    inner->addLayout(buttons);
    layout->addWidget(frame);
    layout->addStretch(1);

    for (QLineEdit *e : std::as_const(m_lines)) {
        connect(e, &QLineEdit::textEdited, this, [this] { setModified(true); });
        connect(e, &QLineEdit::returnPressed, this, &ContactEditor::save);
    }
    connect(m_function, &QComboBox::currentIndexChanged, this, [this] { setModified(true); });
    connect(m_doNotCall, &QCheckBox::toggled, this, [this] { setModified(true); });
    connect(m_doNotEmail, &QCheckBox::toggled, this, [this] { setModified(true); });
    connect(m_save, &QPushButton::clicked, this, &ContactEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ContactEditor::revert);
    connect(m_openLead, &QPushButton::clicked, this, [this] {
        if (m_contact.fromLeadId)
            emit openLeadRequested(m_contact.fromLeadId);
    });
    setModified(false);
}

QLineEdit *ContactEditor::addLine(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setAccessibleName(label);
    m_lines.insert(key, edit);
    m_problems->addField(key, edit);
    form->addRow(label, edit);
    return edit;
}

QWidget *ContactEditor::field(const QString &key) const
{
    return m_problems->field(key);
}

QLineEdit *ContactEditor::lineEdit(const QString &key) const
{
    return m_lines.value(key);
}

void ContactEditor::setContact(qint64 id)
{
    const auto c = id ? m_ws.partners().contact(id) : std::nullopt;
    load(c ? *c : Contact{});
}

void ContactEditor::load(const Contact &c)
{
    m_loading = true;
    // The same record read again (after a save, or a change elsewhere)
    // keeps the banner's note; another record starts clean.
    m_problems->clear(c.id != m_contact.id);
    m_contact = c;
    m_title->setText(c.fullName());
    const QHash<QString, QString> values{{QStringLiteral("civility"), c.civility}, {QStringLiteral("first_name"), c.firstName},
                                         {QStringLiteral("middle_name"), c.middleName}, {QStringLiteral("last_name"), c.lastName},
                                         {QStringLiteral("email"), c.email},       {QStringLiteral("phone"), c.phone},
                                         {QStringLiteral("mobile"), c.mobile}};
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
        it.value()->setCursorPosition(0);
    }
    m_function->clear();
    m_function->addItem(QString(), qint64(0));
    for (const ReferenceItem &f : m_ws.references().list(RefKind::Function))
        m_function->addItem(f.name, f.id);
    m_function->setCurrentIndex(std::max(0, m_function->findData(c.functionId)));
    m_doNotCall->setChecked(c.doNotCall);
    m_doNotEmail->setChecked(c.doNotEmail);
    const QString partner = c.partnerId ? recordName(m_ws.database(), RefKind::Partner, c.partnerId) : QString();
    m_partnerName->setText(partner.isEmpty() ? tr("(none)") : partner);
    QString lead;
    if (c.fromLeadId)
        for (const PartnerLeadLink &l : PartnerQueries(m_ws).leadsOf(c.partnerId))
            if (l.id == c.fromLeadId)
                lead = l.name;
    if (c.fromLeadId && lead.isEmpty())
        lead = tr("Lead #%1").arg(c.fromLeadId);
    m_leadName->setText(lead.isEmpty() ? tr("(none)") : lead);
    m_openLead->setEnabled(c.fromLeadId != 0);
    setEnabled(c.id != 0);
    m_loading = false;
    setModified(false);
}

Contact ContactEditor::edited() const
{
    Contact c = m_contact;
    c.civility = m_lines.value(QStringLiteral("civility"))->text().trimmed();
    c.firstName = m_lines.value(QStringLiteral("first_name"))->text().trimmed();
    c.middleName = m_lines.value(QStringLiteral("middle_name"))->text().trimmed();
    c.lastName = m_lines.value(QStringLiteral("last_name"))->text().trimmed();
    c.email = m_lines.value(QStringLiteral("email"))->text().trimmed();
    c.phone = m_lines.value(QStringLiteral("phone"))->text().trimmed();
    c.mobile = m_lines.value(QStringLiteral("mobile"))->text().trimmed();
    c.functionId = m_function->currentData().toLongLong();
    c.doNotCall = m_doNotCall->isChecked();
    c.doNotEmail = m_doNotEmail->isChecked();
    return c;
}

bool ContactEditor::save()
{
    if (!m_contact.id)
        return false;
    if (!m_modified)
        return true;
    const auto result = m_ws.partners().updateContact(edited());
    if (!result) {
        m_problems->show(tr("The contact was not saved"), result.problems());
        return false;
    }
    load(*result);
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved."));
    emit saved(result->id);
    return true;
}

void ContactEditor::revert()
{
    setContact(m_contact.id);
}

void ContactEditor::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}
