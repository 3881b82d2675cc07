#include "mainwindow.h"
#include "leadqueries.h"

#include "backupservice.h"
#include "configundo.h"
#include "importjournal.h"
#include "importservice.h"
#include "optionsservice.h"
#include "restoredialog.h"

#include "workflow/workflowactions.h"

#include "configpage.h"
#include "icons.h"
#include "import/importhistorydialog.h"
#include "import/importwizard.h"
#include "import/referenceimportdialog.h"
#include "kanbanpage.h"
#include "partners/contactspage.h"
#include "partners/opportunitiespage.h"
#include "partners/partnerspage.h"
#include "leadactions.h"
#include "leadcommands.h"
#include "leadfilter.h"
#include "leadform.h"
#include "leadgrid.h"
#include "leadrepository.h"
#include "leadtools.h"
#include "navigationpanel.h"
#include "placeholderpage.h"
#include "columnchooser.h"
#include "searchfield.h"
#include "statusservice.h"
#include "changewatcher.h"
#include "team/connectdialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QSplitter>
#include <QThread>
#include <QDir>
#include <QDateTime>
#include <QStackedWidget>
#include <QTableView>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace {

LeadFilter::Menu menuOf(Page page)
{
    switch (page) {
    case Page::MyLeads: return LeadFilter::Menu::My;
    case Page::OpenedLeads: return LeadFilter::Menu::Opened;
    case Page::ClosedLeads: return LeadFilter::Menu::Closed;
    case Page::Trash: return LeadFilter::Menu::Trash;
    default: return LeadFilter::Menu::All;
    }
}

Page pageOf(LeadFilter::Menu menu)
{
    switch (menu) {
    case LeadFilter::Menu::My: return Page::MyLeads;
    case LeadFilter::Menu::Opened: return Page::OpenedLeads;
    case LeadFilter::Menu::Closed: return Page::ClosedLeads;
    case LeadFilter::Menu::Trash: return Page::Trash;
    case LeadFilter::Menu::All: break;
    }
    return Page::AllLeads;
}

QString placeholderText(Page page)
{
    switch (page) {
    case Page::Kanban:
        return MainWindow::tr("One column per status with counts; drag a card to another column to move the lead.");
    case Page::Partners: return MainWindow::tr("The companies that converted leads produced, with their type and prospect status.");
    case Page::Contacts: return MainWindow::tr("The people of those companies.");
    case Page::Opportunities: return MainWindow::tr("The opportunities generated when leads are converted.");
    case Page::Configuration:
        return MainWindow::tr("Statuses, reference lists, users, teams and the CRM options.");
    default: return {};
    }
}

} // namespace

MainWindow::MainWindow(Workspace &ws, QWidget *parent) : QMainWindow(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quarry.svg")));
    m_undo = new QUndoStack(this);
    m_undo->setUndoLimit(200);
    m_commands = new LeadCommands(ws, *m_undo, this);
    ConfigUndo::setCommands(m_commands);
    auto *workflows = new WorkflowActions(ws, this);
    workflows->setCommands(m_commands);
    m_actions = workflows;

    m_navigation = new NavigationPanel(this);
    m_stack = new QStackedWidget(this);
    m_grid = new LeadGrid(ws, *m_commands, m_stack, menuOf(m_page));
    m_grid->setLeadActions(m_actions);
    m_stack->addWidget(m_grid);
    for (Page p : Pages::all()) {
        if (Pages::isLeadList(p))
            continue;
        auto *placeholder = new PlaceholderPage(Pages::iconName(p), Pages::title(p), placeholderText(p), m_stack);
        m_pages.insert(p, placeholder);
        m_stack->addWidget(placeholder);
    }
    // The kanban (ui/kanban): the grid's filter follows it, cards open in the form.
    auto *kanban = new KanbanPage(ws, m_undo, m_stack);
    kanban->setLeadActionsProvider([this] { return m_actions; });
    connect(kanban, &KanbanPage::openLeadRequested, this, &MainWindow::openLead);
    connect(m_grid, &LeadGrid::countChanged, kanban, [this, kanban] { kanban->setFilter(m_grid->filter()); });
    connect(kanban, &KanbanPage::selectionChanged, this, &MainWindow::updateLeadActions);
    setPage(Page::Kanban, kanban);
    // The other pages are built when first shown (a cold start shows a list).
    // Configuration (ui/config); its "Import CSV…" buttons open the reference import (ui/import).
    m_pageFactories.insert(Page::Configuration, [this]() -> QWidget * {
        auto *config = new ConfigPage(m_ws, m_stack);
        connect(config, &ConfigPage::csvImportRequested, this,
                [this](RefKind kind) { ReferenceImportDialog::importList(m_ws, kind, this); });
        return config;
    });
    // Partners, contacts, opportunities (ui/partners): the leads they came from open in the form.
    auto recordPage = [this](auto *page) -> QWidget * {
        connect(page, &RecordListPage::openLeadRequested, this, &MainWindow::openLead);
        return page;
    };
    m_pageFactories.insert(Page::Partners, [this, recordPage] { return recordPage(new PartnersPage(m_ws, m_stack)); });
    m_pageFactories.insert(Page::Contacts, [this, recordPage] { return recordPage(new ContactsPage(m_ws, m_stack)); });
    m_pageFactories.insert(Page::Opportunities, [this, recordPage] { return recordPage(new OpportunitiesPage(m_ws, m_stack)); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_navigation->setMinimumWidth(180);
    m_splitter->setHandleWidth(1);
    m_splitter->setSizes({220, 1060});
    setCentralWidget(m_splitter);

    createActions();
    createToolBar();
    createMenus();
    createStatusBar();

    // The Tools menu acts on the open lead when the form is shown.
    m_grid->tools()->setSelectionProvider([this]() -> QList<qint64> {
        if (isFormShown())
            return m_form->leadId() ? QList<qint64>{m_form->leadId()} : QList<qint64>{};
        return m_grid->selectedIds();
    });

    connect(m_navigation, &NavigationPanel::pageRequested, this, &MainWindow::showPage);
    connect(m_search, &SearchField::searchChanged, this, [this](const QString &text) {
        if (isFormShown() && !closeForm())
            return;
        if (!Pages::isLeadList(m_page) && m_page != Page::Kanban)
            showPage(m_listPage);
        m_grid->setSearch(text);
    });
    connect(m_grid, &LeadGrid::openRequested, this, &MainWindow::openLead);
    connect(m_grid, &LeadGrid::countChanged, this, &MainWindow::updateStatusCounts);
    connect(m_grid, &LeadGrid::selectionChanged, this, &MainWindow::updateStatusCounts);
    connect(m_grid, &LeadGrid::menuRequested, this, [this](LeadFilter::Menu menu) {
        m_page = m_listPage = pageOf(menu);
        m_navigation->setCurrentPage(m_page);
        updateTitle();
    });
    connect(m_grid, &LeadGrid::message, this, [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_commands, &LeadCommands::problem, this, [this](const QString &title, const Problems &p) {
        showProblem(title, describe(p));
    });
    connect(m_actions, &LeadActions::openLeadRequested, this, &MainWindow::openLead);

    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    for (auto signal : {&Workspace::leadsAdded, &Workspace::leadsChanged, &Workspace::leadsRemoved})
        connect(&ws, signal, m_countsTimer, qOverload<>(&QTimer::start));
    connect(&ws, &Workspace::leadsReset, m_countsTimer, qOverload<>(&QTimer::start));
    connect(&ws, &Workspace::statusesChanged, m_countsTimer, qOverload<>(&QTimer::start));
    // The navigation's counts come right after the window shows (a GROUP BY
    // over every lead is not worth delaying the first paint for).
    QTimer::singleShot(0, this, &MainWindow::refreshCounts);

    resize(1280, 800);
    showPage(Page::MyLeads);
}

MainWindow::~MainWindow()
{
    // A backup still being written finishes first: it is whole or not at all.
    if (m_backupThread)
        m_backupThread->wait();
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &icon, const QString &text, const QKeySequence &key = {}) {
        auto *a = new QAction(Icons::icon(icon), text, this);
        a->setObjectName(name + QStringLiteral("Action"));
        if (!key.isEmpty())
            a->setShortcut(key);
        m_actionsByName.insert(name, a);
        addAction(a); // shortcuts work even when the menu bar is hidden
        return a;
    };
    connect(add(QStringLiteral("new"), QStringLiteral("new"), tr("&New lead"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newLead);
    QAction *save = add(QStringLiteral("save"), QStringLiteral("save"), tr("&Save"), QKeySequence::Save);
    save->setEnabled(false);
    connect(save, &QAction::triggered, this, [this] {
        if (isFormShown())
            m_form->save();
    });
    QAction *print = add(QStringLiteral("print"), QStringLiteral("print"), tr("&Print lead report…"), QKeySequence::Print);
    connect(print, &QAction::triggered, this, [this] {
        if (isFormShown())
            m_form->printLead();
        else if (const QList<qint64> ids = m_grid->selectedIds(); ids.size() == 1 && openLead(ids.first()))
            m_form->printLead();
    });
    QAction *pdf = add(QStringLiteral("pdf"), QStringLiteral("pdf"), tr("Save lead report as P&DF…"));
    connect(pdf, &QAction::triggered, this, [this] {
        if (isFormShown())
            m_form->saveReportAsPdf();
    });
    connect(add(QStringLiteral("quit"), QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &MainWindow::close);
    connect(add(QStringLiteral("find"), QStringLiteral("search"), tr("&Find"), QKeySequence::Find), &QAction::triggered, this,
            [this] {
                m_search->setFocus(Qt::ShortcutFocusReason);
                m_search->selectAll();
            });
    QAction *back = add(QStringLiteral("back"), QStringLiteral("back"), tr("&Back to the list"), QKeySequence::Back);
    connect(back, &QAction::triggered, this, &MainWindow::closeForm);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setIcon(Icons::icon(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setIcon(Icons::icon(QStringLiteral("redo")));
    redo->setShortcut(QKeySequence::Redo);
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    m_actionsByName.insert(QStringLiteral("undo"), undo);
    m_actionsByName.insert(QStringLiteral("redo"), redo);
    addAction(undo);
    addAction(redo);

    int n = 1;
    for (Page p : Pages::all()) {
        // The trash has no number: Ctrl+1… keep the pages they always had.
        const QKeySequence key = p == Page::Trash ? QKeySequence() : QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++));
        QAction *a = add(QStringLiteral("page_") + Pages::key(p), Pages::iconName(p), Pages::title(p), key);
        connect(a, &QAction::triggered, this, [this, p] { showPage(p); });
    }
    // Convert and Lose act on the open lead, or on the lead selected in the
    // grid or the kanban (Lose on several at once; updateStatusCounts() keeps
    // them enabled in step).
    QAction *convert = add(QStringLiteral("convert"), QStringLiteral("convert"), tr("&Convert…"));
    connect(convert, &QAction::triggered, this, [this] {
        if (isFormShown())
            m_form->convert();
        else if (const QList<qint64> ids = selectedLeads(); ids.size() == 1)
            m_actions->convert(ids.first(), this);
    });
    QAction *lose = add(QStringLiteral("lose"), QStringLiteral("lose"), tr("&Lose…"));
    connect(lose, &QAction::triggered, this, [this] {
        if (isFormShown())
            m_form->lose();
        else if (const QList<qint64> ids = selectedLeads(); !ids.isEmpty())
            m_actions->loseAll(ids, this);
    });
    // File > Import leads: the import wizard (ui/import).
    QAction *importLeads = add(QStringLiteral("import"), QStringLiteral("import"), tr("&Import leads…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importLeads, &QAction::triggered, this, [this] {
        ImportWizard wizard(m_ws, this);
        wizard.exec();
        // Undone through the import journal (import revert): the leads it
        // created go, those it updated get their values back, and a lead
        // changed since is named and left as it is. An import is not redone:
        // the file is imported again.
        const auto &result = wizard.result();
        if (!result || !*result || (*result)->importId == 0)
            return;
        const ImportSummary s = result->value();
        Workspace &ws = m_ws;
        m_commands->pushAction(
            tr("Import %n lead(s)", nullptr, int(s.counts.imported + s.counts.updated)),
            [] {
                return Problems{Problem{QStringLiteral("import"), tr("An import is not redone: import the file again (File > Import leads…).")}};
            },
            [&ws, id = s.importId]() -> Problems {
                auto r = ws.importJournal().revert(id);
                if (!r)
                    return r.problems();
                Problems refused;
                for (const RevertRefusal &x : r->refused)
                    refused << Problem{QStringLiteral("id"), tr("Lead #%1 (%2) was left as it is: %3").arg(x.leadId).arg(x.leadName, x.reason)};
                return refused;
            });
    });
    // File > Import history: the import journal, and the undo of an import (ui/import).
    QAction *importHistory = add(QStringLiteral("import_history"), QStringLiteral("import"), tr("Import &history…"));
    connect(importHistory, &QAction::triggered, this, [this] {
        ImportHistoryDialog dialog(m_ws, this);
        dialog.exec();
    });
    // File > Restore a backup: the automatic backups beside the database
    // (ui/backup); Quarry starts again on the restored file.
    QAction *restoreBackup = add(QStringLiteral("restore_backup"), QStringLiteral("undo"), tr("&Restore a backup…"));
    connect(restoreBackup, &QAction::triggered, this, [this] {
        if (!closeForm())
            return;
        RestoreDialog dialog(m_ws.database().path(), {}, this);
        if (dialog.exec() != QDialog::Accepted || dialog.restored().isEmpty())
            return;
        emit restartRequested();
    });
    // File > Connect to a team server: the team's PostgreSQL database, or back
    // to this computer's file (ui/team); Quarry starts again on it.
    QAction *connectTeam = add(QStringLiteral("connect_team"), QStringLiteral("partners"), tr("&Connect to a team server…"));
    connect(connectTeam, &QAction::triggered, this, [this] {
        if (!closeForm())
            return;
        ConnectDialog dialog(m_ws.database().path(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        emit databaseSwitchRequested(dialog.chosen());
    });
    QAction *about = add(QStringLiteral("about"), QStringLiteral("info"), tr("&About Quarry"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Quarry"),
                           tr("<h3>Quarry %1</h3><p>A desktop CRM for working leads.</p><p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(), m_ws.database().path().toHtmlEscaped()));
    });
}

void MainWindow::createMenus()
{
    LeadTools *tools = m_grid->tools();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actionsByName.value(QStringLiteral("new")));
    file->addAction(m_actionsByName.value(QStringLiteral("save")));
    file->addSeparator();
    file->addAction(m_actionsByName.value(QStringLiteral("print")));
    file->addAction(m_actionsByName.value(QStringLiteral("pdf")));
    file->addAction(m_actionsByName.value(QStringLiteral("import")));
    file->addAction(m_actionsByName.value(QStringLiteral("import_history")));
    file->addAction(tools->exportAction());
    file->addSeparator();
    file->addAction(m_actionsByName.value(QStringLiteral("restore_backup")));
    file->addAction(m_actionsByName.value(QStringLiteral("connect_team")));
    file->addSeparator();
    file->addAction(m_actionsByName.value(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actionsByName.value(QStringLiteral("undo")));
    edit->addAction(m_actionsByName.value(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(m_actionsByName.value(QStringLiteral("find")));
    edit->addAction(tools->deleteAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (Page p : Pages::all()) {
        view->addAction(m_actionsByName.value(QStringLiteral("page_") + Pages::key(p)));
        if (p == Page::Kanban || p == Page::Opportunities)
            view->addSeparator();
    }
    view->addAction(m_actionsByName.value(QStringLiteral("back")));
    QMenu *columns = view->addMenu(Icons::icon(QStringLiteral("columns")), tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] { m_grid->columnChooser()->populate(columns); });

    QMenu *lead = menuBar()->addMenu(tr("&Lead"));
    lead->addAction(tools->takeInChargeAction());
    lead->addAction(tools->scheduleEventAction());
    lead->addAction(tools->sendEmailAction());
    lead->addSeparator();
    lead->addAction(m_actionsByName.value(QStringLiteral("convert")));
    lead->addAction(m_actionsByName.value(QStringLiteral("lose")));

    menuBar()->addMenu(tools->toolsMenu());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actionsByName.value(QStringLiteral("about")));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *newButton = new QToolButton(bar);
    newButton->setDefaultAction(m_actionsByName.value(QStringLiteral("new")));
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setObjectName(QStringLiteral("primaryButton"));
    newButton->setIcon(Icons::icon(QStringLiteral("new-light")));
    bar->addWidget(newButton);
    bar->addSeparator();
    for (const char *name : {"undo", "redo"}) {
        QAction *a = m_actionsByName.value(QString::fromLatin1(name));
        bar->addAction(a);
        if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    m_search = new SearchField(bar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setMinimumWidth(280);
    m_search->setMaximumWidth(560);
    auto *searchBox = new QWidget(bar);
    auto *searchLayout = new QHBoxLayout(searchBox);
    searchLayout->setContentsMargins(12, 0, 12, 0);
    searchLayout->addWidget(m_search);
    searchBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(searchBox);
    auto *toolsButton = new QToolButton(bar);
    toolsButton->setText(tr("Tools"));
    toolsButton->setIcon(Icons::icon(QStringLiteral("tools")));
    toolsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolsButton->setPopupMode(QToolButton::InstantPopup);
    toolsButton->setMenu(m_grid->tools()->toolsMenu());
    toolsButton->setObjectName(QStringLiteral("toolsButton"));
    bar->addWidget(toolsButton);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_userLabel = new QLabel(tr("Signed in as %1").arg(m_ws.currentUser().name), this);
    m_userLabel->setToolTip(m_ws.database().path());
    for (QLabel *l : {m_countLabel, m_selectionLabel, m_userLabel}) {
        l->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(l);
    }
}

void MainWindow::setLeadActions(LeadActions *actions)
{
    if (!actions || actions == m_actions)
        return;
    actions->setParent(this);
    if (m_actions)
        m_actions->deleteLater();
    m_actions = actions;
    m_grid->setLeadActions(actions);
    if (m_form)
        m_form->setLeadActions(actions);
    connect(actions, &LeadActions::openLeadRequested, this, &MainWindow::openLead);
}

LeadForm *MainWindow::form()
{
    if (!m_form) {
        m_form = new LeadForm(m_ws, *m_commands, m_stack);
        m_form->setLeadActions(m_actions);
        m_stack->addWidget(m_form);
        connect(m_form, &LeadForm::closeRequested, this, &MainWindow::closeForm);
        connect(m_form, &LeadForm::message, this, [this](const QString &text) { statusBar()->showMessage(text, 4000); });
        connect(m_form, &LeadForm::titleChanged, this, &MainWindow::updateTitle);
        connect(m_form, &LeadForm::modifiedChanged, this, [this](bool modified) {
            setWindowModified(modified);
            m_actionsByName.value(QStringLiteral("save"))->setEnabled(isFormShown() && modified);
        });
    }
    return m_form;
}

QWidget *MainWindow::page(Page page)
{
    buildPage(page);
    return m_pages.value(page);
}

void MainWindow::buildPage(Page page)
{
    if (const auto factory = m_pageFactories.take(page))
        setPage(page, factory());
}

void MainWindow::setPage(Page page, QWidget *widget)
{
    m_pageFactories.remove(page); // a page given from outside replaces the built-in one
    if (Pages::isLeadList(page) || !widget)
        return;
    QWidget *old = m_pages.value(page);
    const bool current = old && m_stack->currentWidget() == old;
    m_stack->addWidget(widget);
    m_pages.insert(page, widget);
    if (old) {
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    if (current)
        m_stack->setCurrentWidget(widget);
}

void MainWindow::showPage(Page page)
{
    if (isFormShown() && !closeForm())
        return m_navigation->setCurrentPage(m_page);
    m_page = page;
    m_navigation->setCurrentPage(page);
    if (Pages::isLeadList(page)) {
        m_listPage = page;
        m_grid->setMenu(menuOf(page));
        m_stack->setCurrentWidget(m_grid);
    } else {
        buildPage(page);
        m_stack->setCurrentWidget(m_pages.value(page));
    }
    updateTitle();
    updateStatusCounts();
}

bool MainWindow::isFormShown() const
{
    return m_form && m_stack->currentWidget() == m_form;
}

bool MainWindow::openLead(qint64 id)
{
    if (isFormShown() && m_form->leadId() != id && !m_form->maybeClose())
        return false;
    if (!form()->openLead(id))
        return false;
    m_stack->setCurrentWidget(m_form);
    m_actionsByName.value(QStringLiteral("save"))->setEnabled(false);
    updateTitle();
    updateStatusCounts();
    return true;
}

void MainWindow::newLead()
{
    if (isFormShown() && !m_form->maybeClose())
        return;
    form()->newLead();
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus(Qt::ShortcutFocusReason); // the title, first thing to type
    updateTitle();
    updateStatusCounts();
}

bool MainWindow::closeForm()
{
    if (!isFormShown())
        return true;
    if (!m_form->maybeClose())
        return false;
    const qint64 id = m_form->leadId();
    m_stack->setCurrentWidget(Pages::isLeadList(m_page) ? static_cast<QWidget *>(m_grid) : m_pages.value(m_page, m_grid));
    m_actionsByName.value(QStringLiteral("save"))->setEnabled(false);
    setWindowModified(false);
    m_grid->selectLead(id);
    m_grid->view()->setFocus();
    updateTitle();
    updateStatusCounts();
    return true;
}

void MainWindow::refreshCounts()
{
    // One GROUP BY for the status lists and one indexed count for "My leads".
    const LeadQueries leads(m_ws);
    const QHash<qint64, qint64> byStatus = leads.countByStatus();
    qint64 open = 0, closed = 0;
    for (const LeadStatus &s : m_ws.statuses().all())
        (s.isOpen ? open : closed) += byStatus.value(s.id);
    LeadFilter mine;
    mine.menu = LeadFilter::Menu::My;
    mine.currentUserId = m_ws.currentUserId();
    m_navigation->setCount(Page::MyLeads, leads.count(mine));
    m_navigation->setCount(Page::OpenedLeads, open);
    m_navigation->setCount(Page::ClosedLeads, closed);
    m_navigation->setCount(Page::AllLeads, open + closed);
    LeadFilter trash;
    trash.menu = LeadFilter::Menu::Trash;
    m_navigation->setCount(Page::Trash, leads.count(trash));
    m_navigation->viewport()->update();
}

QList<qint64> MainWindow::selectedLeads() const
{
    if (Pages::isLeadList(m_page))
        return m_grid->selectedIds();
    if (m_page == Page::Kanban)
        if (auto *kanban = qobject_cast<KanbanPage *>(m_pages.value(Page::Kanban)))
            return kanban->selectedLeadIds();
    return {};
}

void MainWindow::updateLeadActions()
{
    const qsizetype selected = isFormShown() ? 1 : selectedLeads().size();
    // What the role never may is disabled; the core refuses the rest lead by lead.
    const Access &access = m_ws.access();
    m_actionsByName.value(QStringLiteral("convert"))->setEnabled(selected == 1 && access.mayEver(Access::LeadAction::Convert));
    m_actionsByName.value(QStringLiteral("lose"))->setEnabled(selected >= 1 && access.mayEver(Access::LeadAction::Lose));
    m_actionsByName.value(QStringLiteral("new"))->setEnabled(access.may(Access::Action::CreateLead));
    m_actionsByName.value(QStringLiteral("import"))->setEnabled(access.may(Access::Action::Import));
}

void MainWindow::updateStatusCounts()
{
    updateLeadActions();
    const bool list = Pages::isLeadList(m_page) && !isFormShown();
    m_countLabel->setVisible(list);
    m_selectionLabel->setVisible(list && !m_grid->selectedIds().isEmpty());
    if (list) {
        m_countLabel->setText(tr("%Ln lead(s)", nullptr, int(qMin<qint64>(m_grid->rowCount(), INT_MAX))));
        m_selectionLabel->setText(tr("%n selected", nullptr, int(m_grid->selectedIds().size())));
    }
}

void MainWindow::updateTitle()
{
    QString what = Pages::title(m_page);
    if (isFormShown())
        what = m_form->windowTitle();
    setWindowTitle(tr("%1[*] — Quarry").arg(what));
}

void MainWindow::showProblem(const QString &title, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    box.setInformativeText(details);
    box.exec();
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("grid/header"), m_grid->saveState());
    s.setValue(QStringLiteral("view/last"), Pages::key(m_page));
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, centred.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            const QSize size(qMin(avail.width(), qMax(1280, avail.width() * 85 / 100)),
                             qMin(avail.height(), qMax(800, avail.height() * 85 / 100)));
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, avail));
        }
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (const QByteArray splitter = s.value(QStringLiteral("window/splitter")).toByteArray(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_grid->restoreState(s.value(QStringLiteral("grid/header")).toByteArray());
    Page page = Page::MyLeads;
    if (Pages::fromKey(s.value(QStringLiteral("view/last")).toString(), &page))
        showPage(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isFormShown() && !m_form->maybeClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::startHousekeeping()
{
    // Changes made by other programs or users come in as they happen.
    if (!m_watcher) {
        m_watcher = new ChangeWatcher(m_ws, this);
        m_commands->follow(*m_watcher);
        connect(m_watcher, &ChangeWatcher::changedElsewhere, this,
                [this] { statusBar()->showMessage(tr("Changes made elsewhere are shown"), 3000); });
        m_watcher->start();
    }
    // Leads in the trash for more than 30 days go for good.
    if (auto purged = m_ws.leads().purgeExpiredTrash(QDateTime::currentDateTimeUtc()); purged && purged.value() > 0) {
        statusBar()->showMessage(tr("%n lead(s) in the trash for more than %1 days removed for good", nullptr, purged.value())
                                     .arg(LeadService::TrashDays),
                                 8000);
        refreshCounts();
    }
    // The daily backup, on a thread of its own: a large file takes seconds.
    const int keep = m_ws.options().backupsKept();
    if (keep <= 0 || m_backupThread)
        return;
    auto outcome = std::make_shared<Result<QString>>(QString());
    const QString path = m_ws.database().path();
    m_backupThread = QThread::create([outcome, path, keep] { *outcome = BackupService::daily(path, keep); });
    connect(m_backupThread, &QThread::finished, this, [this, outcome] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (!*outcome) {
            QStringList lines;
            for (const Problem &p : outcome->problems())
                lines << p.message;
            statusBar()->showMessage(tr("The daily backup failed: %1").arg(lines.join(QLatin1Char(' '))));
        } else if (!outcome->value().isEmpty()) {
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(outcome->value())), 6000);
        }
    });
    m_backupThread->start(QThread::LowPriority);
}
