// The main window: navigation between the lead lists with counts, the
// search field filtering the grid as one types, opening a lead and coming
// back by keyboard, undo/redo of grid actions through the window's stack,
// placeholders replaced by setPage(), settings restored, and the guard on
// closing with unsaved changes.
#include "fieldeditor.h"
#include "kanbancardview.h"
#include "kanbancolumn.h"
#include "configpage.h"
#include "kanbanpage.h"
#include "leadactions.h"
#include "leadform.h"
#include "leadtablemodel.h"
#include "leadgrid.h"
#include "leadtools.h"
#include "mainwindow.h"
#include "navigationpanel.h"
#include "placeholderpage.h"
#include "partners/partnerspage.h"
#include "searchfield.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace TestHelpers;

namespace {
/// Records the workflow hooks the window calls instead of opening dialogs.
class RecordingActions : public LeadActions
{
public:
    using LeadActions::LeadActions;
    void convert(qint64 id, QWidget *) override { converted << id; }
    void lose(qint64 id, QWidget *) override { lost << id; }
    QList<qint64> converted, lost;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigationShowsListsWithCounts();
    void searchFieldFiltersTheGridAsYouType();
    void openLeadAndComeBackByKeyboard();
    void newLeadShortcutOpensAnEmptyForm();
    void findShortcutFocusesTheSearch();
    void undoRedoThroughTheWindow();
    void placeholderPagesCanBeReplaced();
    void settingsAreRestored();
    void closingWithUnsavedChangesAsks();
    void convertAndLoseActOnOneSelectedLead();
    void pagesAreBuiltWhenFirstShown();

private:
    QAction *action(const QString &name) const;

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuarryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_tw = std::make_unique<TestWorkspace>();
    Workspace &ws = m_tw->ws();
    m_ids = {m_tw->addLead(LeadBuilder().named(QStringLiteral("Élodie"), QStringLiteral("Lefèvre")).company(QStringLiteral("Giraud")).assignedTo(ws.currentUserId())),
             m_tw->addLead(LeadBuilder().named(QStringLiteral("Jürgen"), QStringLiteral("Weiß")).company(QStringLiteral("Nordlicht"))),
             m_tw->addLead(LeadBuilder().named(QStringLiteral("Łukasz"), QStringLiteral("Wójcik")).company(QStringLiteral("Zielony")))};
    QVERIFY(!m_ids.contains(0));
    m_window = std::make_unique<MainWindow>(ws);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_tw.reset();
}

void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    // A cold start shows a list: the form and the other pages wait.
    QVERIFY(!m_window->findChild<LeadForm *>());
    QVERIFY(!m_window->findChild<ConfigPage *>());
    QVERIFY(!m_window->findChild<PartnersPage *>());
    m_window->showPage(Page::Configuration);
    QVERIFY(m_window->findChild<ConfigPage *>());
    QCOMPARE(m_window->page(Page::Configuration), m_window->findChild<ConfigPage *>());
    QVERIFY(m_window->openLead(m_ids.at(0)));
    QVERIFY(m_window->findChild<LeadForm *>());
    QCOMPARE(m_window->form(), m_window->findChild<LeadForm *>());
    QVERIFY(m_window->isFormShown());
}

QAction *TestMainWindow::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name + QStringLiteral("Action"));
}

void TestMainWindow::navigationShowsListsWithCounts()
{
    NavigationPanel *nav = m_window->navigation();
    QCOMPARE(m_window->currentPage(), Page::MyLeads);
    QCOMPARE(m_window->grid()->rowCount(), 1);
    QCOMPARE(nav->count(Page::MyLeads), 1);
    QCOMPARE(nav->count(Page::OpenedLeads), 3);
    QCOMPARE(nav->count(Page::ClosedLeads), 0);
    QCOMPARE(nav->count(Page::AllLeads), 3);

    // Keyboard: Down moves to the next list, and the grid follows.
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(m_window->currentPage(), Page::OpenedLeads);
    QCOMPARE(m_window->grid()->menu(), LeadFilter::Menu::Opened);
    QCOMPARE(m_window->grid()->rowCount(), 3);

    // Counts follow the data.
    QVERIFY(m_tw->ws().leads().takeInCharge({m_ids.at(1)}).ok());
    QTRY_COMPARE(nav->count(Page::MyLeads), 2);

    // A page shortcut (Ctrl+5: Kanban) shows its placeholder.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Kanban);
}

void TestMainWindow::searchFieldFiltersTheGridAsYouType()
{
    m_window->showPage(Page::AllLeads);
    QCOMPARE(m_window->grid()->rowCount(), 3);
    SearchField *search = m_window->searchField();
    QTest::keyClicks(search, QStringLiteral("weis"));
    // Debounced: nothing yet, then the grid narrows.
    QCOMPARE(m_window->grid()->rowCount(), 3);
    QTRY_COMPARE(m_window->grid()->rowCount(), 1);
    QCOMPARE(m_window->grid()->model()->leadId(0), m_ids.at(1));
    // Escape clears the search.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(m_window->grid()->rowCount(), 3);
}

void TestMainWindow::openLeadAndComeBackByKeyboard()
{
    m_window->showPage(Page::AllLeads);
    QTableView *view = m_window->grid()->view();
    view->setFocus();
    view->selectRow(0);
    const qint64 id = m_window->grid()->model()->leadId(0);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_window->isFormShown());
    QCOMPARE(m_window->form()->leadId(), id);
    QVERIFY(m_window->windowTitle().contains(m_window->form()->windowTitle()));
    action(QStringLiteral("back"))->trigger();
    QVERIFY(!m_window->isFormShown());
    QCOMPARE(m_window->grid()->selectedIds(), QList<qint64>{id});
}

void TestMainWindow::newLeadShortcutOpensAnEmptyForm()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->isFormShown());
    QCOMPARE(m_window->form()->leadId(), 0);
}

void TestMainWindow::findShortcutFocusesTheSearch()
{
    m_window->grid()->view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
}

void TestMainWindow::undoRedoThroughTheWindow()
{
    m_window->showPage(Page::AllLeads);
    QTableView *view = m_window->grid()->view();
    view->selectAll();
    m_window->grid()->tools()->takeInChargeAction()->trigger();
    Workspace &ws = m_tw->ws();
    for (qint64 id : m_ids)
        QCOMPARE(ws.leads().get(id)->assignedTo, ws.currentUserId());
    QVERIFY(action(QStringLiteral("undo"))->isEnabled());
    QCOMPARE(m_window->undoStack()->count(), 1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ws.leads().get(m_ids.at(1))->assignedTo, qint64(0));
    QCOMPARE(ws.leads().get(m_ids.at(0))->assignedTo, ws.currentUserId()); // was mine before
    action(QStringLiteral("redo"))->trigger();
    QCOMPARE(ws.leads().get(m_ids.at(1))->assignedTo, ws.currentUserId());
}

void TestMainWindow::placeholderPagesCanBeReplaced()
{
    QVERIFY(qobject_cast<PartnersPage *>(m_window->page(Page::Partners))); // ui/partners installs it
    auto *partners = new QWidget;
    m_window->setPage(Page::Partners, partners);
    m_window->showPage(Page::Partners);
    QCOMPARE(m_window->page(Page::Partners), partners);
    QVERIFY(partners->isVisible());
}

void TestMainWindow::settingsAreRestored()
{
    m_window->showPage(Page::ClosedLeads);
    m_window->grid()->view()->horizontalHeader()->setSectionHidden(LeadTableModel::Email, true);
    m_window->saveSettings();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_tw->ws());
    m_window->restoreSettings();
    QCOMPARE(m_window->currentPage(), Page::ClosedLeads);
    QVERIFY(m_window->grid()->view()->horizontalHeader()->isSectionHidden(LeadTableModel::Email));
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    QVERIFY(m_window->openLead(m_ids.at(1)));
    m_window->form()->editor(QStringLiteral("city"))->setValue(QStringLiteral("Berlin"));
    emit m_window->form()->editor(QStringLiteral("city"))->edited();
    QVERIFY(m_window->form()->isModified());
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->objectName();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QVERIFY(!m_window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isFormShown());
}

void TestMainWindow::convertAndLoseActOnOneSelectedLead()
{
    auto *recorder = new RecordingActions(m_tw->ws());
    m_window->setLeadActions(recorder);
    QAction *convert = action(QStringLiteral("convert"));
    QAction *lose = action(QStringLiteral("lose"));
    QVERIFY(convert && lose);

    // The grid: nothing selected, nothing to act on.
    m_window->showPage(Page::AllLeads);
    m_window->grid()->view()->clearSelection();
    QVERIFY(!convert->isEnabled());
    QVERIFY(!lose->isEnabled());

    // One lead selected: both act on it.
    m_window->grid()->selectLead(m_ids.at(1));
    QCOMPARE(m_window->grid()->selectedIds(), QList<qint64>{m_ids.at(1)});
    QVERIFY(convert->isEnabled());
    QVERIFY(lose->isEnabled());
    convert->trigger();
    QCOMPARE(recorder->converted, QList<qint64>{m_ids.at(1)});
    lose->trigger();
    QCOMPARE(recorder->lost, QList<qint64>{m_ids.at(1)});

    // Several selected: Convert is disabled (one lead at a time) and does
    // nothing; Lose loses them all at once.
    m_window->grid()->view()->selectAll();
    QCOMPARE(m_window->grid()->selectedIds().size(), 3);
    QVERIFY(!convert->isEnabled());
    QVERIFY(lose->isEnabled());
    convert->trigger();
    QCOMPARE(recorder->converted.size(), 1);
    lose->trigger();
    QList<qint64> all = recorder->lost.mid(1);
    std::sort(all.begin(), all.end());
    QList<qint64> expected = m_ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(all, expected);

    // The kanban: one card selected in a column.
    m_window->showPage(Page::Kanban);
    auto *kanban = qobject_cast<KanbanPage *>(m_window->page(Page::Kanban));
    QVERIFY(kanban);
    QVERIFY(!convert->isEnabled()); // the grid's selection does not count here
    KanbanCardView *cards = nullptr;
    QTRY_VERIFY([&] {
        for (KanbanColumn *c : kanban->columns())
            if (c->cardView()->model() && c->cardView()->model()->rowCount() > 0)
                return (cards = c->cardView()) != nullptr;
        return false;
    }());
    const QModelIndex first = cards->model()->index(0, 0);
    cards->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect);
    const QList<qint64> picked = kanban->selectedLeadIds();
    QCOMPARE(picked.size(), 1);
    QVERIFY(convert->isEnabled());
    QVERIFY(lose->isEnabled());
    lose->trigger();
    QCOMPARE(recorder->lost.last(), picked.first());
    convert->trigger();
    QCOMPARE(recorder->converted.last(), picked.first());
    cards->selectionModel()->clearSelection();
    QVERIFY(!lose->isEnabled());

    // The form: always the open lead (through the form's own dialogs).
    QVERIFY(m_window->openLead(m_ids.at(2)));
    QVERIFY(convert->isEnabled());
    QVERIFY(lose->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
