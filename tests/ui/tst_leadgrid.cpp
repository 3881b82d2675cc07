// The lead grid: row actions on a selection write to the database through
// the services (and undo), search and filters narrow the rows, the header
// sorts, the column chooser hides columns, Delete moves to the trash (undoable), saved
// filters come back whole.
#include "columnchooser.h"
#include "leadcommands.h"
#include "messagebanner.h"
#include "leadfilterbar.h"
#include "leadgrid.h"
#include "leadtablemodel.h"
#include "leadtools.h"
#include "testhelpers.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace TestHelpers;

class TestLeadGrid : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEveryLeadOfTheList();
    void takeInChargeOnSelectionUpdatesDatabase();
    void takeInChargeIsUndoable();
    void changeStatusFromTools();
    void searchNarrowsRows_data();
    void searchNarrowsRows();
    void statusFilterNarrowsRows();
    void myLeadsShowsOnlyMine();
    void headerClickSorts();
    void columnChooserHidesColumns();
    void lastColumnCannotBeHidden();
    void deleteMovesToTheTrashAndUndoBringsBack();
    void aBulkChangeDoesTheAllowedPartAndSaysWhich();
    void enterOpensLead();
    void savedFilterComesBackWhole();

private:
    QList<int> rowsOf(const QList<qint64> &ids) const;
    void selectRows(const QList<int> &rows);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadCommands> m_commands;
    std::unique_ptr<LeadGrid> m_grid;
    QList<qint64> m_ids;
    qint64 m_otherUser = 0;
};

void TestLeadGrid::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    Workspace &ws = m_tw->ws();
    auto other = ws.users().add(User{0, QStringLiteral("amelie"), QStringLiteral("Amélie Roux")});
    QVERIFY(other.ok());
    m_otherUser = other->id;
    m_ids.clear();
    m_ids << m_tw->addLead(LeadBuilder().named(QStringLiteral("Élodie"), QStringLiteral("Lefèvre")).company(QStringLiteral("Boulangeries Giraud")).city(QStringLiteral("Nantes")).assignedTo(m_otherUser));
    m_ids << m_tw->addLead(LeadBuilder().named(QStringLiteral("Jürgen"), QStringLiteral("Weiß")).company(QStringLiteral("Nordlicht Logistik")).city(QStringLiteral("Berlin")));
    m_ids << m_tw->addLead(LeadBuilder().named(QStringLiteral("Łukasz"), QStringLiteral("Wójcik")).company(QStringLiteral("Zielony Ogród")).city(QStringLiteral("Łódź")).score(4));
    m_ids << m_tw->addLead(LeadBuilder().named(QStringLiteral("Siobhan"), QStringLiteral("O'Brien")).company(QStringLiteral("Thames Couriers")).assignedTo(ws.currentUserId()));
    QVERIFY(!m_ids.contains(0));
    m_undo = std::make_unique<QUndoStack>();
    m_commands = std::make_unique<LeadCommands>(ws, *m_undo);
    m_grid = std::make_unique<LeadGrid>(ws, *m_commands);
    m_grid->resize(1200, 600);
    m_grid->setMenu(LeadFilter::Menu::Opened);
    m_grid->setMenu(LeadFilter::Menu::All);
    m_grid->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_grid.get()));
}

void TestLeadGrid::cleanup()
{
    m_grid.reset();
    m_commands.reset();
    m_undo.reset();
    m_tw.reset();
}

QList<int> TestLeadGrid::rowsOf(const QList<qint64> &ids) const
{
    QList<int> rows;
    for (int r = 0; r < m_grid->model()->rowCount(); ++r)
        if (ids.contains(m_grid->model()->leadId(r)))
            rows << r;
    return rows;
}

void TestLeadGrid::selectRows(const QList<int> &rows)
{
    // Real clicks: the first plain, the others with Ctrl (multi-select).
    QTableView *view = m_grid->view();
    bool first = true;
    for (int r : rows) {
        const QRect rect = view->visualRect(m_grid->model()->index(r, LeadTableModel::Title));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier, rect.center());
        first = false;
    }
}

void TestLeadGrid::showsEveryLeadOfTheList()
{
    QCOMPARE(m_grid->rowCount(), 4);
    // Newest first by default.
    QCOMPARE(m_grid->model()->leadId(0), m_ids.last());
}

void TestLeadGrid::takeInChargeOnSelectionUpdatesDatabase()
{
    const QList<qint64> chosen{m_ids.at(0), m_ids.at(2)};
    selectRows(rowsOf(chosen));
    QCOMPARE(m_grid->selectedIds().size(), 2);
    QVERIFY(m_grid->tools()->takeInChargeAction()->isEnabled());

    QSignalSpy messages(m_grid.get(), &LeadGrid::message);
    m_grid->tools()->takeInChargeAction()->trigger();

    Workspace &ws = m_tw->ws();
    for (qint64 id : chosen)
        QCOMPARE(ws.leads().get(id)->assignedTo, ws.currentUserId());
    QCOMPARE(ws.leads().get(m_ids.at(1))->assignedTo, qint64(0)); // not selected, untouched
    QCOMPARE(messages.count(), 1);
    // The grid shows the new owner in place.
    const int row = rowsOf({m_ids.at(2)}).first();
    QCOMPARE(m_grid->model()->index(row, LeadTableModel::AssignedTo).data().toString(), ws.currentUser().name);
}

void TestLeadGrid::takeInChargeIsUndoable()
{
    selectRows(rowsOf({m_ids.at(0), m_ids.at(1)}));
    m_grid->tools()->takeInCharge();
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    Workspace &ws = m_tw->ws();
    // Each lead goes back to its own previous owner.
    QCOMPARE(ws.leads().get(m_ids.at(0))->assignedTo, m_otherUser);
    QCOMPARE(ws.leads().get(m_ids.at(1))->assignedTo, qint64(0));
    m_undo->redo();
    QCOMPARE(ws.leads().get(m_ids.at(0))->assignedTo, ws.currentUserId());
}

void TestLeadGrid::changeStatusFromTools()
{
    Workspace &ws = m_tw->ws();
    const QList<LeadStatus> statuses = ws.statuses().all();
    const qint64 sales = statuses.at(2).id;
    selectRows(rowsOf({m_ids.at(1)}));
    m_grid->tools()->changeStatus(sales);
    QCOMPARE(ws.leads().get(m_ids.at(1))->statusId, sales);

    // Converted is reached only through Convert: refused, shown, nothing changed.
    QSignalSpy problems(m_grid.get(), &LeadGrid::problem);
    m_grid->tools()->changeStatus(ws.statuses().idOf(StatusRole::Converted));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(ws.leads().get(m_ids.at(1))->statusId, sales);
}

void TestLeadGrid::searchNarrowsRows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addRow("folded accent") << QStringLiteral("lodz") << 1;
    QTest::addRow("as typed") << QStringLiteral("Weiß") << 1;
    QTest::addRow("company prefix") << QStringLiteral("nordl") << 1;
    QTest::addRow("nothing") << QStringLiteral("zzzz") << 0;
    QTest::addRow("cleared") << QString() << 4;
}

void TestLeadGrid::searchNarrowsRows()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    QSignalSpy counts(m_grid.get(), &LeadGrid::countChanged);
    m_grid->setSearch(QStringLiteral("something else first"));
    m_grid->setSearch(search);
    QCOMPARE(m_grid->rowCount(), rows);
    QVERIFY(counts.count() >= 1);
}

void TestLeadGrid::statusFilterNarrowsRows()
{
    Workspace &ws = m_tw->ws();
    const qint64 sales = ws.statuses().all().at(2).id;
    QVERIFY(ws.leads().changeStatus({m_ids.at(3)}, sales).ok());
    LeadFilter f;
    f.statusIds = {sales};
    m_grid->filterBar()->setCriteria(f);
    emit m_grid->filterBar()->changed();
    QCOMPARE(m_grid->rowCount(), 1);
    QCOMPARE(m_grid->model()->leadId(0), m_ids.at(3));
    QVERIFY(m_grid->filterBar()->isActive());
    m_grid->filterBar()->clear();
    emit m_grid->filterBar()->changed();
    QCOMPARE(m_grid->rowCount(), 4);
}

void TestLeadGrid::myLeadsShowsOnlyMine()
{
    m_grid->setMenu(LeadFilter::Menu::My);
    QCOMPARE(m_grid->rowCount(), 1);
    QCOMPARE(m_grid->model()->leadId(0), m_ids.at(3));
}

void TestLeadGrid::headerClickSorts()
{
    QHeaderView *header = m_grid->view()->horizontalHeader();
    const int x = header->sectionViewportPosition(LeadTableModel::Company) + header->sectionSize(LeadTableModel::Company) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_grid->filter().sortField, QStringLiteral("company"));
    // Ascending by company: Boulangeries first.
    QCOMPARE(m_grid->model()->leadId(0), m_ids.at(0));
}

void TestLeadGrid::columnChooserHidesColumns()
{
    QHeaderView *header = m_grid->view()->horizontalHeader();
    QMenu menu;
    m_grid->columnChooser()->populate(&menu);
    QAction *email = nullptr;
    for (QAction *a : menu.actions())
        if (a->text() == m_grid->model()->headerData(LeadTableModel::Email, Qt::Horizontal).toString())
            email = a;
    QVERIFY(email);
    QVERIFY(email->isChecked());
    email->setChecked(false);
    QVERIFY(header->isSectionHidden(LeadTableModel::Email));

    // The hidden column survives a save and restore of the header state.
    const QByteArray state = m_grid->saveState();
    m_grid->columnChooser()->reset();
    QVERIFY(!header->isSectionHidden(LeadTableModel::Email));
    QVERIFY(m_grid->restoreState(state));
    QVERIFY(header->isSectionHidden(LeadTableModel::Email));
}

void TestLeadGrid::lastColumnCannotBeHidden()
{
    QHeaderView *header = m_grid->view()->horizontalHeader();
    for (int c = 1; c < header->count(); ++c)
        header->setSectionHidden(c, true);
    QMenu menu;
    m_grid->columnChooser()->populate(&menu);
    const QList<QAction *> actions = menu.actions();
    QAction *idAction = actions.first();
    QVERIFY(idAction->isChecked());
    QVERIFY(!idAction->isEnabled());
}

void TestLeadGrid::deleteMovesToTheTrashAndUndoBringsBack()
{
    Workspace &ws = m_tw->ws();
    QStringList asked;
    m_grid->tools()->setConfirmer([&](const QString &q) {
        asked << q;
        return true;
    });
    QSignalSpy messages(m_grid.get(), &LeadGrid::message);
    selectRows(rowsOf({m_ids.at(1)}));
    m_grid->view()->setFocus();
    QTest::keyClick(m_grid->view(), Qt::Key_Delete);
    // No question: the lead goes to the trash, and Undo says so.
    QVERIFY(asked.isEmpty());
    QVERIFY(ws.leads().get(m_ids.at(1)).errorText().contains(QStringLiteral("trash")));
    QCOMPARE(m_grid->rowCount(), 3);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Move 1 lead(s) to the trash"));
    m_undo->undo();
    QVERIFY(ws.leads().get(m_ids.at(1)).ok());
    QTRY_COMPARE(m_grid->rowCount(), 4);
    m_undo->redo();
    QVERIFY(!ws.leads().get(m_ids.at(1)).ok());

    // The trash lists it with its own tools: restore, and (an admin)
    // delete for good, which asks first.
    m_grid->setMenu(LeadFilter::Menu::Trash);
    QTRY_COMPARE(m_grid->rowCount(), 1);
    QVERIFY(!m_grid->tools()->deleteAction()->isVisible());
    QVERIFY(m_grid->tools()->restoreAction()->isVisible());
    QVERIFY(m_grid->tools()->purgeAction()->isVisible());
    selectRows({0});
    QVERIFY(m_grid->tools()->restoreAction()->isEnabled());
    m_grid->tools()->restoreAction()->trigger();
    QVERIFY(ws.leads().get(m_ids.at(1)).ok());
    QTRY_COMPARE(m_grid->rowCount(), 0);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Restore 1 lead(s) from the trash"));
    m_undo->undo(); // back in the trash
    QTRY_COMPARE(m_grid->rowCount(), 1);
    selectRows({0});
    m_grid->tools()->purgeAction()->trigger();
    QCOMPARE(asked.size(), 1);
    QVERIFY(!ws.leadRepository().exists(m_ids.at(1)));
    m_grid->setMenu(LeadFilter::Menu::All);
    QVERIFY(m_grid->tools()->deleteAction()->isVisible());
    QVERIFY(!m_grid->tools()->restoreAction()->isVisible());
}

void TestLeadGrid::aBulkChangeDoesTheAllowedPartAndSaysWhich()
{
    Workspace &ws = m_tw->ws();
    // One of the four is converted: the three others are taken in charge.
    QVERIFY(ws.database().exec(QStringLiteral("UPDATE leads SET status_id = ? WHERE id = ?"),
                               {ws.statuses().idOf(StatusRole::Converted), m_ids.at(2)}).ok());
    QSignalSpy messages(m_grid.get(), &LeadGrid::message);
    m_grid->view()->selectAll();
    QCOMPARE(m_grid->selectedIds().size(), 4);
    m_grid->tools()->takeInCharge();
    for (int i : {0, 1, 3})
        QCOMPARE(ws.leads().get(m_ids.at(i))->assignedTo, ws.currentUserId());
    QCOMPARE(ws.leadRepository().find(m_ids.at(2))->assignedTo, qint64(0));
    QCOMPARE(messages.count(), 1);
    const QString said = messages.first().first().toString();
    QVERIFY2(said.contains(QStringLiteral("2 lead(s) taken in charge")) && said.contains(QStringLiteral("#%1").arg(m_ids.at(2))),
             qPrintable(said)); // the fourth was already mine
    // (Tests load no translation: English plurals read "lead(s)" here.)
    QVERIFY(m_grid->banner()->isVisible());
    QVERIFY2(m_grid->banner()->text().contains(QStringLiteral("converted")), qPrintable(m_grid->banner()->text()));
    // The undo names what changed, and puts back only those.
    QCOMPARE(m_undo->undoText(), QStringLiteral("Take 2 lead(s) in charge"));
    m_undo->undo();
    QCOMPARE(ws.leads().get(m_ids.at(0))->assignedTo, m_otherUser);
    QCOMPARE(ws.leads().get(m_ids.at(1))->assignedTo, qint64(0));
    QCOMPARE(ws.leads().get(m_ids.at(3))->assignedTo, ws.currentUserId());
    // The next change that goes through clears the banner.
    selectRows(rowsOf({m_ids.at(1)}));
    m_grid->tools()->takeInCharge();
    QVERIFY(!m_grid->banner()->isVisible());
}

void TestLeadGrid::enterOpensLead()
{
    QSignalSpy open(m_grid.get(), &LeadGrid::openRequested);
    selectRows({0});
    m_grid->view()->setFocus();
    QTest::keyClick(m_grid->view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_grid->model()->leadId(0));
}

void TestLeadGrid::savedFilterComesBackWhole()
{
    Workspace &ws = m_tw->ws();
    const qint64 firstStatus = ws.statuses().all().first().id;
    LeadFilter f;
    f.statusIds = {firstStatus};
    m_grid->filterBar()->setCriteria(f);
    m_grid->setSearch(QStringLiteral("berlin"));
    m_grid->setMenu(LeadFilter::Menu::Opened);
    auto saved = m_grid->filterBar()->savedFilters().save(QStringLiteral("Berlin new"), m_grid->filter());
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));

    m_grid->filterBar()->clear();
    m_grid->setSearch(QString());
    m_grid->setMenu(LeadFilter::Menu::All);
    QCOMPARE(m_grid->rowCount(), 4);

    const QList<SavedFilter> list = m_grid->filterBar()->savedFilters().list();
    QCOMPARE(list.size(), 1);
    QSignalSpy menus(m_grid.get(), &LeadGrid::menuRequested);
    m_grid->applyFilter(list.first().filter);
    QCOMPARE(m_grid->rowCount(), 1);
    QCOMPARE(m_grid->search(), QStringLiteral("berlin"));
    QCOMPARE(m_grid->menu(), LeadFilter::Menu::Opened);
    QCOMPARE(menus.count(), 1);
    QCOMPARE(m_grid->filter().statusIds, QList<qint64>{firstStatus});

    // Saving under the same name replaces; a blank name is refused.
    QVERIFY(m_grid->filterBar()->savedFilters().save(QStringLiteral("berlin NEW"), LeadFilter{}).ok());
    QCOMPARE(m_grid->filterBar()->savedFilters().list().size(), 1);
    QVERIFY(!m_grid->filterBar()->savedFilters().save(QStringLiteral("  "), LeadFilter{}).ok());
}

QTEST_MAIN(TestLeadGrid)
#include "tst_leadgrid.moc"
