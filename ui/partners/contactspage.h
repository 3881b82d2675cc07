#pragma once

#include "recordlistpage.h"

class ContactEditor;
class ContactListModel;

/// Contacts: the people at partners (conversions create them from the
/// lead's person), with name, function, partner, email and phone, searched
/// as you type; the ContactEditor beside the list edits the selected one.
class ContactsPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit ContactsPage(Workspace &ws, QWidget *parent = nullptr);

    ContactListModel *contactModel() const;
    ContactEditor *editor() const { return m_editor; }

private:
    ContactEditor *m_editor;
};
