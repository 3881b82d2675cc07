#include "contacteditor.h"

#include "fieldproblems.h"
#include "partnerservice.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ContactEditor::ContactEditor(Workspace &ws, QWidget *parent)
    : RecordEditor(ws, QStringLiteral("contactEditor"), QStringLiteral("contactTitle"), parent)
{
    QVBoxLayout *card = addCard(tr("Contact"));
    QFormLayout *form = addForm(card);
    addLine(form, QStringLiteral("civility"), tr("Civility"));
    addLine(form, QStringLiteral("first_name"), tr("First name"));
    addLine(form, QStringLiteral("middle_name"), tr("Middle name"));
    addLine(form, QStringLiteral("last_name"), tr("Last name"));
    m_function = addCombo(form, QStringLiteral("function"), tr("Function"), QStringLiteral("functionBox"), 10);
    addLine(form, QStringLiteral("email"), tr("Email"));
    addLine(form, QStringLiteral("phone"), tr("Phone"));
    addLine(form, QStringLiteral("mobile"), tr("Mobile"));
    m_doNotCall = new QCheckBox(tr("Do not call"), this);
    m_doNotCall->setObjectName(QStringLiteral("doNotCallBox"));
    trackEdits(m_doNotCall);
    m_doNotEmail = new QCheckBox(tr("Do not email"), this);
    m_doNotEmail->setObjectName(QStringLiteral("doNotEmailBox"));
    trackEdits(m_doNotEmail);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_doNotCall);
    checks->addWidget(m_doNotEmail);
    checks->addStretch(1);
    form->addRow(QString(), checks);
    m_partnerName = new QLabel(this);
    m_partnerName->setObjectName(QStringLiteral("contactPartner"));
    addField(QStringLiteral("partner"), m_partnerName);
    form->addRow(tr("Partner"), m_partnerName);
    addLeadRow(form, QStringLiteral("contactLead"));
    addSaveButtons(card, tr("Save contact"));
    mainLayout()->addStretch(1);
}

void ContactEditor::setContact(qint64 id)
{
    const auto c = id ? workspace().partners().contact(id) : std::nullopt;
    load(c ? *c : Contact{});
}

void ContactEditor::load(const Contact &c)
{
    beginLoad(c.id);
    m_contact = c;
    titleLabel()->setText(c.fullName());
    setLineTexts({{QStringLiteral("civility"), c.civility}, {QStringLiteral("first_name"), c.firstName},
                  {QStringLiteral("middle_name"), c.middleName}, {QStringLiteral("last_name"), c.lastName},
                  {QStringLiteral("email"), c.email},       {QStringLiteral("phone"), c.phone},
                  {QStringLiteral("mobile"), c.mobile}});
    m_function->clear();
    m_function->addItem(QString(), qint64(0));
    for (const ReferenceItem &f : workspace().references().list(RefKind::Function))
        m_function->addItem(f.name, f.id);
    m_function->setCurrentIndex(std::max(0, m_function->findData(c.functionId)));
    m_doNotCall->setChecked(c.doNotCall);
    m_doNotEmail->setChecked(c.doNotEmail);
    const QString partner = c.partnerId ? recordName(workspace().database(), RefKind::Partner, c.partnerId) : QString();
    m_partnerName->setText(partner.isEmpty() ? tr("(none)") : partner);
    showFromLead(c.partnerId, c.fromLeadId, tr("(none)"));
    endLoad(c.id);
}

Contact ContactEditor::edited() const
{
    Contact c = m_contact;
    c.civility = lineText(QStringLiteral("civility"));
    c.firstName = lineText(QStringLiteral("first_name"));
    c.middleName = lineText(QStringLiteral("middle_name"));
    c.lastName = lineText(QStringLiteral("last_name"));
    c.email = lineText(QStringLiteral("email"));
    c.phone = lineText(QStringLiteral("phone"));
    c.mobile = lineText(QStringLiteral("mobile"));
    c.functionId = m_function->currentData().toLongLong();
    c.doNotCall = m_doNotCall->isChecked();
    c.doNotEmail = m_doNotEmail->isChecked();
    return c;
}

bool ContactEditor::saveEdits()
{
    const auto result = workspace().partners().updateContact(edited());
    if (!result) {
        problems()->show(tr("The contact was not saved"), result.problems());
        return false;
    }
    load(*result);
    showSaved(result->id);
    return true;
}
