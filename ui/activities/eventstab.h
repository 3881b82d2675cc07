#pragma once

#include "event.h"
#include "recordlisttab.h"

class QPushButton;

/// The lead form's Events tab: the lead's calls, meetings and tasks (type,
/// subject, start, end and duration, state, owner) with New, Edit, Mark
/// done, Cancel and Delete; a double-click edits. The title counts the
/// planned events.
class EventsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit EventsTab(Workspace &ws, QWidget *parent = nullptr);

    /// Marks the current event done or cancelled (the buttons).
    bool markCurrent(Event::State state);
    /// Deletes the current event after confirmation (the button).
    bool removeCurrent();

    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *deleteButton() const { return m_delete; }

    static QString kindIcon(Event::Kind kind);
    static QString kindText(Event::Kind kind);
    static QString stateText(Event::State state);

protected:
    void fill() override;
    int count() const override { return m_planned; }
    void updateActions() override;
    QString unsavedHint() const override;
    QString readyHint() const override;
    void deleteRequested() override { removeCurrent(); }
    void activateRequested() override
    {
        if (canAdd())
            editCurrent();
    }

private:
    void newEvent();
    void editCurrent();

    int m_planned = 0;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_done;
    QPushButton *m_cancel;
    QPushButton *m_delete;
};
