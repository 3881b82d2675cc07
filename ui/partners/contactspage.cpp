#include "contactspage.h"

#include "contacteditor.h"
#include "contactlistmodel.h"

#include "searchfield.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

ContactsPage::ContactsPage(Workspace &ws, QWidget *parent)
    : RecordListPage(ws, new ContactListModel(ws), tr("Contacts"), parent)
{
    setObjectName(QStringLiteral("contactsPage"));
    searchField()->setPlaceholderText(tr("Search name, partner, email, phone…"));
    searchField()->setAccessibleName(tr("Search contacts"));
    m_editor = new ContactEditor(ws, this);
    setDetailsWidget(m_editor);
    connect(m_editor, &ContactEditor::openLeadRequested, this, &RecordListPage::openLeadRequested);
    connect(m_editor, &ContactEditor::saved, this, [this] { reload(); });
    QHeaderView *header = view()->horizontalHeader();
    const QList<std::pair<int, int>> widths{{ContactListModel::Name, 170}, {ContactListModel::Function, 130},
                                            {ContactListModel::Partner, 160}, {ContactListModel::Email, 180}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
}

ContactListModel *ContactsPage::contactModel() const
{
    return static_cast<ContactListModel *>(model());
}

QString ContactsPage::emptyListText(const QString &search) const
{
    if (!search.isEmpty())
        return tr("No contact matches \"%1\".").arg(search);
    return tr("No contacts yet.\nConvert a lead that names a person to create a contact.");
}

void ContactsPage::currentRowChanged(int row)
{
    const qint64 id = row >= 0 ? contactModel()->contact(row).id : 0;
    if (id == m_editor->contactId() && m_editor->isModified())
        return;
    m_editor->setContact(id);
}

QString ContactsPage::countText(qint64 count) const
{
    return count == 1 ? tr("1 contact") : tr("%1 contacts").arg(QLocale().toString(count));
}
