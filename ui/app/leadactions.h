#pragma once

#include "leadfilter.h"

#include <QList>
#include <QObject>

class LeadTabPage;
class QWidget;
class Workspace;

/// The tabs of the lead form that the workflow engineer fills.
enum class LeadTab { Events, Emails, Attachments, Tickets };

/// The hooks the main window, grid and lead form call for the workflows
/// that have their own dialogs: convert, lose, reopen, schedule an event,
/// send an email, check duplicates, export, and the Events / Emails /
/// Attachments / Tickets tabs. This base class only explains that the
/// workflow is not available yet; the workflow UI subclasses it and is
/// installed with MainWindow::setLeadActions().
class LeadActions : public QObject
{
    Q_OBJECT
public:
    explicit LeadActions(Workspace &ws, QObject *parent = nullptr);
    ~LeadActions() override;

    Workspace &workspace() const { return m_ws; }

    /// Converts the lead (partner, contact, opportunity: seed 002).
    virtual void convert(qint64 leadId, QWidget *parent);
    /// Loses the lead (loss reason and comment).
    virtual void lose(qint64 leadId, QWidget *parent);
    /// Loses several leads with one reason and comment (a kanban drop of
    /// several cards, a selection in the grid). By default, one after the other.
    virtual void loseAll(const QList<qint64> &leadIds, QWidget *parent);
    /// Reopens a lost lead.
    virtual void reopen(qint64 leadId, QWidget *parent);
    /// Schedules a call, meeting or task on each lead.
    virtual void scheduleEvent(const QList<qint64> &leadIds, QWidget *parent);
    /// Composes an email to the leads.
    virtual void sendEmail(const QList<qint64> &leadIds, QWidget *parent);
    /// Checks duplicates among the leads (empty: among all leads).
    virtual void checkDuplicates(const QList<qint64> &leadIds, QWidget *parent);
    /// Exports what the view shows (`filter`), or only `selected` when given.
    virtual void exportLeads(const LeadFilter &filter, const QList<qint64> &selected, QWidget *parent);
    /// The page of a lead form tab, or nullptr for the "coming" placeholder.
    virtual LeadTabPage *createLeadTab(LeadTab tab, QWidget *parent);

signals:
    /// A workflow wants a lead shown (a merged master, a duplicate…).
    void openLeadRequested(qint64 leadId);

protected:
    /// Tells the user that `what` comes with a later version.
    void notAvailable(const QString &what, QWidget *parent) const;

private:
    Workspace &m_ws;
};
