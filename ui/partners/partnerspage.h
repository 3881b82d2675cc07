#pragma once

#include "recordlistpage.h"

class PartnerEditor;
class PartnerListModel;

/// Partners: the companies conversions produced, listed with name, type,
/// prospect status (with "Manage statuses on prospect partner" on), city,
/// country, phone, email, contacts and creation date, searched as you type;
/// the PartnerEditor beside the list edits the selected one.
class PartnersPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit PartnersPage(Workspace &ws, QWidget *parent = nullptr);

    PartnerListModel *partnerModel() const;
    PartnerEditor *editor() const { return m_editor; }

private:
    void updateColumns();
    PartnerEditor *m_editor;
};
