#pragma once

#include "recordlisttab.h"

class QPushButton;

/// The lead form's Tickets tab (seed 004): the lead's requests (subject,
/// state, opened, closed) with New…, Edit…, Close and Reopen. The title
/// counts the open tickets.
class TicketsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit TicketsTab(Workspace &ws, QWidget *parent = nullptr);

    /// Opens a ticket on the lead (what New… does once its dialog is filled).
    bool addTicket(const QString &subject, const QString &description = {});
    /// Closes or reopens the current ticket (the toggle button).
    bool toggleCurrent();

    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *toggleButton() const { return m_toggle; }

protected:
    void fill() override;
    int count() const override { return m_open; }
    void updateActions() override;
    QString unsavedHint() const override;
    void activateRequested() override
    {
        if (canAdd())
            editCurrent();
    }

private:
    void newTicket();
    void editCurrent();
    /// Asks subject and description; false when cancelled.
    bool askTicket(const QString &title, QString *subject, QString *description);

    int m_open = 0;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
};
