#pragma once

#include "leadtabpage.h"

class FieldEditor;

/// The Marketing lists tab: the named static lists the lead belongs to,
/// ticked in a list (the lead's marketing_lists field, saved with the form).
class MarketingListTab : public LeadTabPage
{
    Q_OBJECT
public:
    /// Shows `editor` (the form's editor of marketing_lists).
    MarketingListTab(FieldEditor *editor, QWidget *parent = nullptr);
    void setLead(const Lead &lead) override;

private:
    FieldEditor *m_editor;
};
