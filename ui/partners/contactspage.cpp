#include "contactspage.h"

#include "contacteditor.h"
#include "contactlistmodel.h"

ContactsPage::ContactsPage(Workspace &ws, QWidget *parent)
    : RecordListPage(ws, new ContactListModel(ws),
                     {tr("Contacts"), tr("Search name, partner, email, phone…"), tr("Search contacts"), tr("1 contact"),
                      tr("%1 contacts"), tr("No contact matches \"%1\"."),
                      tr("No contacts yet.\nConvert a lead that names a person to create a contact.")},
                     parent)
{
    setObjectName(QStringLiteral("contactsPage"));
    m_editor = new ContactEditor(ws, this);
    setEditor(m_editor);
    setColumnWidths({{ContactListModel::Name, 170}, {ContactListModel::Function, 130}, {ContactListModel::Partner, 160},
                     {ContactListModel::Email, 180}});
}

ContactListModel *ContactsPage::contactModel() const
{
    return static_cast<ContactListModel *>(model());
}
