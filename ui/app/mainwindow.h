#pragma once

#include "page.h"

#include <QHash>

#include <functional>
#include <QMainWindow>

class LeadActions;
class LeadCommands;
class LeadForm;
class LeadGrid;
class NavigationPanel;
class QLabel;
class QSplitter;
class QStackedWidget;
class QThread;
class QTimer;
class QUndoStack;
class SearchField;
class Workspace;

/// Quarry's main window: the navigation on the left (lead lists with
/// counts, kanban, partners, contacts, opportunities, configuration), the
/// toolbar (New lead, undo/redo, search, Tools), the lead grid or the lead
/// form in the middle, counts in the status bar. It owns the QUndoStack,
/// and restores its geometry, splitter, grid columns and last view from
/// QSettings.
///
/// Views that later parts of Quarry provide are placeholders until
/// setPage() installs them; the workflow dialogs come through
/// setLeadActions().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &ws, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Installs the workflow hooks (convert, lose, events, emails…); takes ownership.
    void setLeadActions(LeadActions *actions);
    LeadActions *leadActions() const { return m_actions; }
    /// Replaces the placeholder of a page (kanban, partners…); takes ownership.
    void setPage(Page page, QWidget *widget);
    /// The page's widget, built on first use (configuration, partners…).
    QWidget *page(Page page);

    /// Shows a page (a lead list shows the grid with that list).
    void showPage(Page page);
    Page currentPage() const { return m_page; }
    /// Opens a lead in the form (asks first when the form has unsaved changes).
    bool openLead(qint64 id);
    /// Opens an empty form for a new lead.
    void newLead();
    /// Back from the form to the list it came from.
    bool closeForm();
    bool isFormShown() const;

    Workspace &workspace() const { return m_ws; }
    QUndoStack *undoStack() const { return m_undo; }
    LeadCommands *commands() const { return m_commands; }
    LeadGrid *grid() const { return m_grid; }
    /// The lead form, built on first use: a cold start shows a list.
    LeadForm *form();
    NavigationPanel *navigation() const { return m_navigation; }
    SearchField *searchField() const { return m_search; }

    /// Window geometry, splitter, grid columns and last view.
    void saveSettings() const;
    void restoreSettings();
    /// Once shown: the leads in the trash for 30 days go, and the daily
    /// backup is made on a thread of its own when due.
    void startHousekeeping();

signals:
    /// A backup was restored: the app starts again on the restored file.
    void restartRequested();
    /// File > Connect to a team server…: start again on `where` (a
    /// postgresql:// address with its password, or "" for the local file).
    void databaseSwitchRequested(const QString &where);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void refreshCounts();
    void updateStatusCounts();
    QList<qint64> selectedLeads() const; ///< the grid's or the kanban's selection
    void updateLeadActions();            ///< Convert / Lose: the open lead or one selected
    void updateTitle();
    void showProblem(const QString &title, const QString &details);
    /// Builds the page registered in m_pageFactories, once.
    void buildPage(Page page);

    Workspace &m_ws;
    QUndoStack *m_undo;
    LeadCommands *m_commands;
    LeadActions *m_actions = nullptr;
    NavigationPanel *m_navigation;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    LeadGrid *m_grid;
    LeadForm *m_form = nullptr;
    SearchField *m_search;
    QHash<Page, QWidget *> m_pages;
    QHash<Page, std::function<QWidget *()>> m_pageFactories; ///< pages built when first shown
    Page m_page = Page::MyLeads;
    Page m_listPage = Page::MyLeads; ///< the list the form goes back to
    QTimer *m_countsTimer;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    QLabel *m_userLabel;
    QHash<QString, QAction *> m_actionsByName;
    QThread *m_backupThread = nullptr;
    /// What other programs and users write shows here within a second.
    class ChangeWatcher *m_watcher = nullptr;
};
