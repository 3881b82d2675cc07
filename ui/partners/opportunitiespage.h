#pragma once

#include "recordlistpage.h"

class OpportunityDetails;
class OpportunityListModel;

/// Opportunities: what conversions generated, with name, partner, expected
/// amount (the locale's currency), expected close, stage and the lead it
/// came from, searched as you type; the OpportunityDetails beside the list
/// edit the selected one and open its lead.
class OpportunitiesPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit OpportunitiesPage(Workspace &ws, QWidget *parent = nullptr);

    OpportunityListModel *opportunityModel() const;
    OpportunityDetails *details() const { return m_details; }

private:
    OpportunityDetails *m_details;
};
