#pragma once

#include "leadactions.h"

#include <functional>

class LeadCommands;

/// The lead workflows with their dialogs and the lead form's Events,
/// Emails, Attachments and Tickets tabs, over core's workflow services.
/// The main window installs it in place of the LeadActions base.
///
/// Two files implement it: workflowactions.cpp (convert, lose, reopen,
/// check duplicates and merge) and workflowactions_activity.cpp (schedule
/// an event, compose an email, the form tabs).
class WorkflowActions : public LeadActions
{
    Q_OBJECT
public:
    explicit WorkflowActions(Workspace &ws, QObject *parent = nullptr);
    ~WorkflowActions() override;

    /// Where Lose and Reopen push their undo (the main window's commands).
    void setCommands(LeadCommands *commands) { m_commands = commands; }

    void convert(qint64 leadId, QWidget *parent) override;
    void lose(qint64 leadId, QWidget *parent) override;
    void loseAll(const QList<qint64> &leadIds, QWidget *parent) override;
    void reopen(qint64 leadId, QWidget *parent) override;
    void checkDuplicates(const QList<qint64> &leadIds, QWidget *parent) override;

    void scheduleEvent(const QList<qint64> &leadIds, QWidget *parent) override;
    void sendEmail(const QList<qint64> &leadIds, QWidget *parent) override;
    LeadTabPage *createLeadTab(LeadTab tab, QWidget *parent) override;

private:
    bool undoable(const QList<qint64> &leadIds, const std::function<bool()> &act);
    LeadCommands *m_commands = nullptr;
};
