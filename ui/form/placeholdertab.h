#pragma once

#include "leadtabpage.h"

/// A lead form tab that a later part of Quarry fills (events, emails,
/// attachments, tickets): says what it will hold.
class PlaceholderTab : public LeadTabPage
{
    Q_OBJECT
public:
    PlaceholderTab(const QString &iconName, const QString &text, QWidget *parent = nullptr);
    void setLead(const Lead &) override {}
};
