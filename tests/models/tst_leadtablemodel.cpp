// LeadTableModel: the lazy grid model, tested through the model API alone,
// with QAbstractItemModelTester attached (Fatal) to every model.
#include "leadbuilder.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "leadtablemodel.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "testhelpers.h"
#include "testworkspace.h"
#include "userservice.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;

    Workspace &ws() { return m_tw->ws(); }

    /// Inserts `n` leads straight through the repository in one transaction
    /// (the services would add a timeline entry each, too slow for thousands).
    QList<qint64> insertLeads(int n)
    {
        const qint64 status = ws().statuses().idOf(StatusRole::New);
        QList<qint64> ids;
        Transaction tx(ws().database());
        for (int i = 0; i < n; ++i) {
            Lead l = LeadBuilder()
                         .named(QStringLiteral("First%1").arg(i), QStringLiteral("Last%1").arg(n - i, 5, 10, QLatin1Char('0')))
                         .company(QStringLiteral("Company %1").arg(i % 37))
                         .email(QStringLiteral("lead%1@example.com").arg(i))
                         .status(status)
                         .score(i % 6);
            l.createdAt = l.updatedAt = m_tw->ws().now().addSecs(i);
            auto id = ws().leadRepository().insert(l);
            if (!id)
                qFatal("insert failed: %s", qPrintable(id.errorText()));
            ids << id.value();
        }
        tx.commit();
        return ids;
    }

    std::unique_ptr<LeadTableModel> makeModel(QObject *testerParent = nullptr)
    {
        auto model = std::make_unique<LeadTableModel>(ws());
        auto *tester = new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                                    testerParent ? testerParent : model.get());
        tester->setUseFetchMore(false);
        return model;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
    }
    void cleanup()
    {
        m_tw.reset();
    }

    void shouldBeEmptyWithoutLeads()
    {
        // Given a database without leads
        // When a model is made
        auto model = makeModel();
        // Then it has no rows but all its columns
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), int(LeadTableModel::ColumnCount));
        QCOMPARE(model->headerData(LeadTableModel::Company, Qt::Horizontal).toString(), QStringLiteral("Company"));
    }

    void shouldShowALeadInItsColumns()
    {
        // Given a lead with every listed field, assigned to the current user
        auto tag = ws().references().add(RefKind::Tag, ReferenceItem{0, QStringLiteral("VIP"), QStringLiteral("#ff0000")});
        QVERIFY(tag);
        const qint64 id = m_tw->addLead(LeadBuilder()
                                            .named(QStringLiteral("Jean"), QStringLiteral("Dupont"))
                                            .title(QStringLiteral("Printer renewal"))
                                            .company(QStringLiteral("Acme"))
                                            .email(QStringLiteral("jean@acme.fr"))
                                            .phone(QStringLiteral("+33 1 23 45 67 89"))
                                            .city(QStringLiteral("Lyon"))
                                            .score(4)
                                            .tag(tag->id)
                                            .assignedTo(ws().currentUserId()));
        QVERIFY(id);

        // When the grid shows it
        auto model = makeModel();

        // Then each column shows its value, names rather than ids
        QCOMPARE(model->rowCount(), 1);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };
        QCOMPARE(cell(LeadTableModel::Id).toLongLong(), id);
        QCOMPARE(cell(LeadTableModel::FullName).toString(), QStringLiteral("Jean Dupont"));
        QCOMPARE(cell(LeadTableModel::Title).toString(), QStringLiteral("Printer renewal"));
        QCOMPARE(cell(LeadTableModel::Company).toString(), QStringLiteral("Acme"));
        QCOMPARE(cell(LeadTableModel::Email).toString(), QStringLiteral("jean@acme.fr"));
        QCOMPARE(cell(LeadTableModel::Phone).toString(), QStringLiteral("+33 1 23 45 67 89"));
        QCOMPARE(cell(LeadTableModel::City).toString(), QStringLiteral("Lyon"));
        QCOMPARE(cell(LeadTableModel::AssignedTo).toString(), ws().currentUser().name);
        QCOMPARE(cell(LeadTableModel::Status).toString(), ws().statuses().byRole(StatusRole::New).name);
        QCOMPARE(cell(LeadTableModel::Score).toInt(), 4);
        QVERIFY(!cell(LeadTableModel::CreatedAt).toString().isEmpty());
        // And the roles carry what delegates need
        QCOMPARE(cell(0, LeadTableModel::LeadIdRole).toLongLong(), id);
        QCOMPARE(cell(0, LeadTableModel::StatusIdRole).toLongLong(), ws().statuses().idOf(StatusRole::New));
        QCOMPARE(cell(0, LeadTableModel::ScoreRole).toInt(), 4);
        QCOMPARE(cell(0, LeadTableModel::TagIdsRole).value<QList<qint64>>(), QList<qint64>({tag->id}));
        QCOMPARE(cell(0, LeadTableModel::TagColorsRole).toStringList(), QStringList{QStringLiteral("#ff0000")});
        QVERIFY(!cell(0, LeadTableModel::NextEventRole).toDateTime().isValid());
        QCOMPARE(model->leadId(0), id);
        QCOMPARE(model->rowOf(id), 0);
    }

    void shouldCountWithoutLoadingEveryRow()
    {
        // Given 1,000 leads
        insertLeads(1000);
        // When the model is asked for its size
        auto model = makeModel();
        // Then it knows it from one count, having read the first page only
        QCOMPARE(model->rowCount(), 1000);
        QVERIFY2(model->cachedRowCount() <= model->pageSize(), qPrintable(QString::number(model->cachedRowCount())));
        // And the last row is one page read away
        const qint64 loads = model->pageLoads();
        QVERIFY(model->leadId(999) != 0);
        QCOMPARE(model->pageLoads(), loads + 1);
    }

    void shouldKeepTheCacheWithinItsBound()
    {
        // Given 5,000 leads and a grid keeping at most 4 pages of 100 rows
        insertLeads(5000);
        auto model = makeModel();
        model->setPageSize(100);
        model->setCacheBound(4);
        QCOMPARE(model->rowCount(), 5000);
        const qint64 loadsBefore = model->pageLoads(); // the first page, read for the count

        // When a view scrolls through every row
        QSet<qint64> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            seen.insert(model->index(row, LeadTableModel::Id).data().toLongLong());
            // Then the cache never holds more than the bound
            QVERIFY(model->cachedRowCount() <= 4 * 100);
        }
        // And every lead was shown once
        QCOMPARE(seen.size(), 5000);
        QCOMPARE(model->pageLoads(), loadsBefore + 49);
        // And going back to the top reads the first page again (it was evicted)
        model->index(0, 0).data();
        QCOMPARE(model->pageLoads(), loadsBefore + 50);
    }

    void shouldMapEachColumnToASortKey_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
            QTest::addRow("%s", qPrintable(LeadTableModel::sortKey(c))) << c;
    }
    void shouldMapEachColumnToASortKey()
    {
        QFETCH(int, column);
        const QString key = LeadTableModel::sortKey(column);
        QVERIFY(LeadRepository::sortableFields().contains(key));
        QCOMPARE(LeadTableModel::columnOfSortKey(key), column);
    }

    void shouldSortByAColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        const QStringList names{QStringLiteral("Ann Zed"), QStringLiteral("Bob Young"), QStringLiteral("Cid Xu")};
        QTest::addRow("name ascending") << int(LeadTableModel::FullName) << int(Qt::AscendingOrder) << names;
        QTest::addRow("name descending") << int(LeadTableModel::FullName) << int(Qt::DescendingOrder)
                                         << QStringList{names[2], names[1], names[0]};
        QTest::addRow("company ascending") << int(LeadTableModel::Company) << int(Qt::AscendingOrder)
                                           << QStringList{names[2], names[0], names[1]};
        QTest::addRow("score descending") << int(LeadTableModel::Score) << int(Qt::DescendingOrder)
                                          << QStringList{names[1], names[2], names[0]};
        QTest::addRow("id descending") << int(LeadTableModel::Id) << int(Qt::DescendingOrder)
                                       << QStringList{names[2], names[1], names[0]};
    }
    void shouldSortByAColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        // Given three leads
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")).company(QStringLiteral("Beta")).score(1)));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")).company(QStringLiteral("Gamma")).score(5)));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Cid"), QStringLiteral("Xu")).company(QStringLiteral("alpha")).score(3)));
        auto model = makeModel();
        QCOMPARE(model->rowCount(), 3);
        QSignalSpy filterSpy(model.get(), &LeadTableModel::filterChanged);

        // When sorted by the column
        model->sort(column, Qt::SortOrder(order));

        // Then the filter carries the sort and the rows follow it
        QCOMPARE(model->filter().sortField, LeadTableModel::sortKey(column));
        QCOMPARE(model->filter().sortDescending, order == Qt::DescendingOrder);
        QCOMPARE(filterSpy.count(), 1);
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->index(row, LeadTableModel::FullName).data().toString();
        QCOMPARE(shown, expected);
    }

    void shouldApplyTheFilterAndItsSearch()
    {
        // Given leads of two companies
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")).company(QStringLiteral("Électricité Générale"))));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")).company(QStringLiteral("Gamma"))));
        auto model = makeModel();
        QCOMPARE(model->rowCount(), 2);
        QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);

        // When the user types an accent-free prefix
        LeadFilter f;
        f.search = QStringLiteral("electr");
        model->setFilter(f);

        // Then the model is reset to the one match
        QCOMPARE(resetSpy.count(), 1);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, LeadTableModel::FullName).data().toString(), QStringLiteral("Ann Zed"));
        QCOMPARE(model->filter().search, QStringLiteral("electr"));
    }

    void shouldCountAListOnceUntilTheLeadsChange()
    {
        // Given two leads of mine
        const qint64 me = ws().currentUserId();
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")).assignedTo(me));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")).assignedTo(me)));
        auto model = makeModel();
        LeadFilter mine;
        mine.menu = LeadFilter::Menu::My;
        mine.currentUserId = me;
        model->setFilter(mine);
        QCOMPARE(model->rowCount(), 2);
        // When a search is typed, then cleared, the list's count comes back
        LeadFilter search = mine;
        search.search = QStringLiteral("ann");
        model->setFilter(search);
        QCOMPARE(model->rowCount(), 1);
        model->setFilter(mine);
        QCOMPARE(model->rowCount(), 2);
        // And once a lead leaves the list, no count is taken from before
        const qint64 other = TestHelpers::addUser(ws(), QStringLiteral("other"), QStringLiteral("Other User"));
        QVERIFY(ws().leads().assign({a}, other).ok());
        model->setFilter(search);
        QCOMPARE(model->rowCount(), 0);
        model->setFilter(mine);
        QCOMPARE(model->rowCount(), 1);
    }

    void shouldRefreshAChangedRowInPlace()
    {
        // Given a grid showing two leads
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young"))));
        auto model = makeModel();
        QCOMPARE(model->index(0, LeadTableModel::FullName).data().toString(), QStringLiteral("Ann Zed"));
        QSignalSpy changedSpy(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);

        // When the first lead's status changes through the service
        const qint64 qualified = ws().statuses().all().at(1).id;
        auto changed = ws().leads().changeStatus({a}, qualified);
        QVERIFY2(changed, qPrintable(changed.errorText()));

        // Then only that row changes, without a reset, and shows the new status
        QCOMPARE(resetSpy.count(), 0);
        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model->index(0, LeadTableModel::Status).data().toString(), ws().statuses().all().at(1).name);
        QCOMPARE(model->index(0, 0).data(LeadTableModel::StatusIdRole).toLongLong(), qualified);
    }

    void shouldIgnoreChangesToRowsNotLoaded()
    {
        // Given a grid that has not read its rows yet
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        LeadTableModel model(ws());
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
        // When a lead changes
        QVERIFY(ws().leads().changeStatus({a}, ws().statuses().all().at(1).id));
        // Then nothing is read or signalled: the row is read fresh when shown
        QCOMPARE(changedSpy.count(), 0);
        QCOMPARE(model.pageLoads(), 0);
        QCOMPARE(model.index(0, 0).data(LeadTableModel::StatusIdRole).toLongLong(),
                 ws().statuses().all().at(1).id);
    }

    void shouldResetWhenLeadsAreAddedOrRemoved()
    {
        // Given a grid of one lead
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        auto model = makeModel();
        QCOMPARE(model->rowCount(), 1);
        QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);

        // When a lead is added, then removed
        const qint64 b = m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")));
        // Then the grid is reset and counts again
        QCOMPARE(resetSpy.count(), 1);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(ws().leads().remove({a}));
        QCOMPARE(resetSpy.count(), 2);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->leadId(0), b);
    }

    void shouldFollowRenamedStatuses()
    {
        // Given a grid showing a new lead
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed"))));
        auto model = makeModel();
        QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
        // When its status is renamed
        QVERIFY(ws().statuses().rename(ws().statuses().idOf(StatusRole::New), QStringLiteral("Fresh")));
        // Then the grid shows the new name
        QCOMPARE(resetSpy.count(), 1);
        QCOMPARE(model->index(0, LeadTableModel::Status).data().toString(), QStringLiteral("Fresh"));
    }

    void shouldCarryLeadIdsInMimeData()
    {
        // Given two leads
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        const qint64 b = m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")));
        auto model = makeModel();
        // When both rows are dragged (several cells of each)
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0), model->index(0, 2), model->index(1, 1)}));
        // Then the data carries each lead once, in Quarry's type
        QVERIFY(data);
        QCOMPARE(model->mimeTypes(), QStringList{QStringLiteral("application/x-quarry-lead-ids")});
        QCOMPARE(LeadRoles::idsFromMime(data.get()), (QList<qint64>{a, b}));
        QVERIFY(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    }
};

QTEST_GUILESS_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
