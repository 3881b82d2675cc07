#pragma once

#include "lead.h"
#include "reference.h"
#include "result.h"

#include <QList>
#include <QWidget>

struct FieldConflict;

class ActivityTab;
class FieldEditor;
class LeadActions;
class LeadCommands;
class LeadFormHeader;
class LeadSections;
class LeadTabPage;
class MarketingListTab;
class MessageBanner;
class ProblemPresenter;
class QScrollArea;
class QTabWidget;
class Workspace;

/// The lead form: a header (name, title, stars, Save/Discard, Take in
/// charge / Convert / Lose / Reopen / Print, web search, the clickable
/// status chevrons), the fields generated from the registry in section
/// cards, and the tabs Activity, Events, Emails, Attachments, Tickets and
/// Marketing lists. Saving goes through LeadCommands (undoable); problems
/// the core returns are shown at the fields they name and listed at the top;
/// likely duplicates are reported after a save; unsaved changes are guarded.
class LeadForm : public QWidget
{
    Q_OBJECT
public:
    LeadForm(Workspace &ws, LeadCommands &commands, QWidget *parent = nullptr);
    ~LeadForm() override;

    /// The workflow hooks (convert, lose, reopen, and the tabs they fill).
    void setLeadActions(LeadActions *actions);

    /// Shows lead `id`; false (and a message) when there is none.
    bool openLead(qint64 id);
    /// An empty form for a new lead (default status, assigned to me).
    void newLead();
    /// The lead as last saved (id 0 for a new one).
    const Lead &savedLead() const { return m_original; }
    qint64 leadId() const { return m_original.id; }
    /// The lead with the editors' values.
    Lead editedLead() const;
    /// Shows the fields someone else changed since the form read the lead,
    /// with Keep mine and Take theirs (a save refused on them).
    void showConflicts(const QList<FieldConflict> &clash);
    /// Keep mine: saves the user's values over theirs. Take theirs: puts
    /// the stored values in those fields and keeps the user's other edits.
    void resolveConflicts(bool keepMine);
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }

    /// Saves; on refusal shows the problems at their fields. True when saved.
    bool save();
    /// Forgets the edits.
    void discard();
    /// Asks Save / Discard / Cancel when there are unsaved changes.
    /// True when the form may close.
    bool maybeClose();

    void takeInCharge();
    void convert();
    void lose();
    void reopen();
    void printLead();
    void saveReportAsPdf();

    FieldEditor *editor(const QString &key) const;
    MessageBanner *banner() const { return m_banner; }
    MessageBanner *stateBanner() const { return m_state; }
    LeadFormHeader *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    ActivityTab *activityTab() const { return m_activity; }

signals:
    /// The user wants to go back to the list.
    void closeRequested();
    /// The lead was saved (created or updated).
    void leadSaved(qint64 id);
    /// The name shown changed (window title).
    void titleChanged();
    void modifiedChanged(bool modified);
    /// A short confirmation for the status bar.
    void message(const QString &text);
    /// The user asked to see another lead (a likely duplicate).
    void openLeadRequested(qint64 id);

private:
    void load(const Lead &lead);
    void onEdited(const QString &key);
    void onLeadsChanged(const QList<qint64> &ids);
    void onStatusClicked(qint64 statusId);
    void refresh();
    void refreshStatusBar();
    void refreshStateBanner();
    void showDuplicates(const QList<qint64> &ids);
    void applyCity(const City &city);
    void createHookTabs();
    void updateTabTitle(QWidget *tab, const QString &title, int count);
    bool saveBeforeWorkflow();
    QString displayName(const Lead &lead) const;

    Workspace &m_ws;
    LeadCommands &m_commands;
    LeadActions *m_actions = nullptr;
    Lead m_original;
    /// The lead as the user's edits started from, once a change made
    /// elsewhere refreshed the form under them (the base of their save).
    std::optional<Lead> m_editBase;
    LeadFormHeader *m_header;
    MessageBanner *m_state;
    MessageBanner *m_banner;
    QScrollArea *m_scroll;
    LeadSections *m_sections;
    ProblemPresenter *m_problems;
    QTabWidget *m_tabs;
    ActivityTab *m_activity;
    MarketingListTab *m_lists;
    QList<LeadTabPage *> m_hookTabs;
    bool m_wasModified = false;
    bool m_saving = false;
    bool m_readOnly = false;
};
