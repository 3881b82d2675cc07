#pragma once

#include "lead.h"

#include <QWidget>

/// A tab of the lead form below the fields (Activity, Events, Emails,
/// Attachments, Tickets, Marketing lists). The form tells each tab which
/// lead it shows; a tab reports how many entries it holds for its title.
class LeadCommands;

class LeadTabPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows `lead` (id 0: a new lead not yet saved).
    virtual void setLead(const Lead &lead) = 0;
    /// Whether the tab changes the lead's own fields (Marketing lists does);
    /// such a tab then gives its value to the form on save.
    virtual bool editsLead() const { return false; }
    /// Writes the tab's edits into `lead` before it is saved.
    virtual void applyTo(Lead &lead) const { Q_UNUSED(lead); }
    /// Where the tab's actions push their undo (none in some tests).
    void setCommands(LeadCommands *commands) { m_commands = commands; }
    LeadCommands *commands() const { return m_commands; }

signals:
    /// The number shown in the tab title changed (-1: none shown).
    void countChanged(int count);
    /// The tab changed a value of the lead (the form becomes modified).
    void edited();

private:
    LeadCommands *m_commands = nullptr;
};
