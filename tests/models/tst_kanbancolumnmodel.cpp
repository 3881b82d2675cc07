// KanbanColumnModel: one lazy column of cards per status, and its drag and
// drop that asks for status changes and never edits rows. Tested through the
// model API with QAbstractItemModelTester (Fatal) attached.
#include "kanbancolumnmodel.h"
#include "leadbuilder.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestKanbanColumnModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;

    Workspace &ws() { return m_tw->ws(); }
    qint64 newStatus() { return ws().statuses().idOf(StatusRole::New); }
    qint64 qualification() { return ws().statuses().all().at(1).id; }

    std::unique_ptr<KanbanColumnModel> makeColumn(qint64 statusId)
    {
        auto model = std::make_unique<KanbanColumnModel>(ws(), statusId);
        auto *tester = new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                                    model.get());
        tester->setUseFetchMore(false);
        return model;
    }

    static std::unique_ptr<QMimeData> mimeOf(const QList<qint64> &ids)
    {
        return std::unique_ptr<QMimeData>(LeadRoles::mimeDataFor(ids));
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

    void shouldListTheCardsOfItsStatusOnly()
    {
        // Given a new lead with a tag and an owner, and a lead in qualification
        auto tag = ws().references().add(RefKind::Tag, ReferenceItem{0, QStringLiteral("Hot"), QStringLiteral("#00ff00")});
        QVERIFY(tag);
        const qint64 a = m_tw->addLead(LeadBuilder()
                                           .named(QStringLiteral("Ann"), QStringLiteral("Zed"))
                                           .company(QStringLiteral("Acme"))
                                           .tag(tag->id)
                                           .score(3)
                                           .assignedTo(ws().currentUserId()));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")).status(qualification())));

        // When the "new" column is shown
        auto column = makeColumn(newStatus());

        // Then it holds the new lead only, as a card
        QCOMPARE(column->rowCount(), 1);
        const QModelIndex card = column->index(0);
        QCOMPARE(card.data().toString(), QStringLiteral("Ann Zed"));
        QCOMPARE(card.data(KanbanColumnModel::LeadIdRole).toLongLong(), a);
        QCOMPARE(card.data(KanbanColumnModel::StatusIdRole).toLongLong(), newStatus());
        QCOMPARE(card.data(KanbanColumnModel::CompanyRole).toString(), QStringLiteral("Acme"));
        QCOMPARE(card.data(KanbanColumnModel::ScoreRole).toInt(), 3);
        QCOMPARE(card.data(KanbanColumnModel::OwnerInitialsRole).toString(), ws().currentUser().initials());
        QCOMPARE(card.data(KanbanColumnModel::TagColorsRole).toStringList(), QStringList{QStringLiteral("#00ff00")});
        QCOMPARE(card.data(KanbanColumnModel::TagIdsRole).value<QList<qint64>>(), QList<qint64>({tag->id}));
        QCOMPARE(column->leadId(0), a);
        QCOMPARE(column->rowOf(a), 0);
    }

    void shouldApplyTheGridFilterWithItsOwnStatus()
    {
        // Given two new leads
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")).company(QStringLiteral("Acme"))));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")).company(QStringLiteral("Beta"))));
        auto column = makeColumn(newStatus());
        QCOMPARE(column->rowCount(), 2);

        // When the grid's filter (searching, and naming another status) applies
        LeadFilter f;
        f.search = QStringLiteral("acm");
        f.statusIds = {qualification()};
        column->setFilter(f);

        // Then the search applies but the status stays the column's
        QCOMPARE(column->filter().statusIds, QList<qint64>({newStatus()}));
        QCOMPARE(column->rowCount(), 1);
        QCOMPARE(column->index(0).data().toString(), QStringLiteral("Ann Zed"));
    }

    void shouldCarryTheDraggedIds()
    {
        // Given a column of two cards
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        const qint64 b = m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")));
        auto column = makeColumn(newStatus());

        // When both are dragged
        std::unique_ptr<QMimeData> data(column->mimeData({column->index(1), column->index(0)}));

        // Then the drag carries their ids in Quarry's type, in row order
        // (the newest first), as a move
        QVERIFY(data);
        QCOMPARE(column->mimeTypes(), QStringList{QStringLiteral("application/x-quarry-lead-ids")});
        QCOMPARE(KanbanColumnModel::idsFromMime(data.get()), (QList<qint64>{b, a}));
        QCOMPARE(column->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
        QVERIFY(column->flags(column->index(0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(column->flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
    }

    void shouldAskForAStatusChangeOnDrop()
    {
        // Given a new lead and the qualification column
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        auto target = makeColumn(qualification());
        QSignalSpy requested(target.get(), &KanbanColumnModel::statusChangeRequested);
        QSignalSpy inserted(target.get(), &QAbstractItemModel::rowsInserted);

        // When the card is dropped on the column
        const auto data = mimeOf({a});
        QVERIFY(target->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
        const bool accepted = target->dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex());

        // Then the column asks for the change, and changed nothing itself
        QVERIFY(accepted);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<QList<qint64>>(), QList<qint64>({a}));
        QCOMPARE(requested.at(0).at(1).toLongLong(), qualification());
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(target->rowCount(), 0);
        QCOMPARE(ws().leads().get(a)->statusId, newStatus());
    }

    void shouldAskForADialogOnConvertedOrLost_data()
    {
        QTest::addColumn<int>("role");
        QTest::addRow("converted") << int(StatusRole::Converted);
        QTest::addRow("lost") << int(StatusRole::Lost);
    }
    void shouldAskForADialogOnConvertedOrLost()
    {
        QFETCH(int, role);
        // Given a new lead and the converted (or lost) column
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        auto target = makeColumn(ws().statuses().idOf(StatusRole(role)));
        QSignalSpy statusSpy(target.get(), &KanbanColumnModel::statusChangeRequested);
        QSignalSpy convertSpy(target.get(), &KanbanColumnModel::convertRequested);
        QSignalSpy loseSpy(target.get(), &KanbanColumnModel::loseRequested);

        // When the card is dropped there
        const bool accepted = target->dropMimeData(mimeOf({a}).get(), Qt::MoveAction, -1, -1, QModelIndex());

        // Then the drop is refused (the dialog decides) and the right dialog is asked for
        QVERIFY(!accepted);
        QCOMPARE(statusSpy.count(), 0);
        QCOMPARE(convertSpy.count(), role == int(StatusRole::Converted) ? 1 : 0);
        QCOMPARE(loseSpy.count(), role == int(StatusRole::Lost) ? 1 : 0);
        const QSignalSpy &asked = role == int(StatusRole::Converted) ? convertSpy : loseSpy;
        QCOMPARE(asked.at(0).at(0).value<QList<qint64>>(), QList<qint64>({a}));
        QCOMPARE(ws().leads().get(a)->statusId, newStatus());
    }

    void shouldRefuseDropsItCannotUse()
    {
        // Given a new lead in its column
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        auto column = makeColumn(newStatus());
        QCOMPARE(column->rowCount(), 1);
        QSignalSpy requested(column.get(), &KanbanColumnModel::statusChangeRequested);

        // When its own card, foreign data, or nothing is dropped
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        // Then nothing is asked
        QVERIFY(!column->dropMimeData(mimeOf({a}).get(), Qt::MoveAction, -1, -1, QModelIndex()));
        QVERIFY(!column->canDropMimeData(&text, Qt::MoveAction, -1, -1, QModelIndex()));
        QVERIFY(!column->dropMimeData(&text, Qt::MoveAction, -1, -1, QModelIndex()));
        QVERIFY(!column->dropMimeData(mimeOf({}).get(), Qt::MoveAction, -1, -1, QModelIndex()));
        QCOMPARE(requested.count(), 0);
    }

    void shouldNeverRemoveRowsItself()
    {
        // Given a column of one card
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed"))));
        auto column = makeColumn(newStatus());
        QSignalSpy removed(column.get(), &QAbstractItemModel::rowsRemoved);
        // When the view removes the source rows after a move-drop
        const bool done = column->removeRows(0, 1);
        // Then nothing is removed, in the model or the database
        QVERIFY(!done);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(column->rowCount(), 1);
        QCOMPARE(ws().leadRepository().count(LeadFilter()), qint64(1));
    }

    void shouldMoveTheCardWhenTheStatusChanges()
    {
        // Given two new leads and one in qualification, both columns shown
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        const qint64 b = m_tw->addLead(LeadBuilder().named(QStringLiteral("Bob"), QStringLiteral("Young")));
        QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Cid"), QStringLiteral("Xu")).status(qualification())));
        auto source = makeColumn(newStatus());
        auto target = makeColumn(qualification());
        QCOMPARE(source->rowCount(), 2);
        QCOMPARE(target->rowCount(), 1);
        QSignalSpy removed(source.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(target.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy sourceReset(source.get(), &QAbstractItemModel::modelReset);
        QSignalSpy targetReset(target.get(), &QAbstractItemModel::modelReset);
        connect(target.get(), &KanbanColumnModel::statusChangeRequested, this,
                [this](const QList<qint64> &ids, qint64 to) { QVERIFY(ws().leads().changeStatus(ids, to)); });

        // When the card of Ann (the second: the newest come first) is
        // dropped on qualification, an hour later
        QCOMPARE(source->leadId(1), a);
        m_tw->setNow(ws().now().addSecs(3600));
        std::unique_ptr<QMimeData> drag(source->mimeData({source->index(1)}));
        QVERIFY(target->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, QModelIndex()));

        // Then it leaves its column and lands on top of the other, one row
        // each, without a recount
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(sourceReset.count(), 0);
        QCOMPARE(source->rowCount(), 1);
        QCOMPARE(source->leadId(0), b);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(targetReset.count(), 0);
        QCOMPARE(target->rowCount(), 2);
        QCOMPARE(target->leadId(0), a);
    }

    void shouldRefreshAChangedCardInPlace()
    {
        // Given a column showing a card
        const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ann"), QStringLiteral("Zed")));
        auto column = makeColumn(newStatus());
        QCOMPARE(column->index(0).data().toString(), QStringLiteral("Ann Zed"));
        QSignalSpy changed(column.get(), &QAbstractItemModel::dataChanged);
        // When the lead is renamed
        Lead lead = ws().leads().get(a).value();
        lead.firstName = QStringLiteral("Anna");
        QVERIFY(ws().leads().update(lead));
        // Then the card shows the new name
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column->index(0).data().toString(), QStringLiteral("Anna Zed"));
    }

    void shouldKeepTheCacheWithinItsBound()
    {
        // Given 2,000 new leads and a column keeping at most 3 pages of 50 cards
        Transaction tx(ws().database());
        for (int i = 0; i < 2000; ++i) {
            Lead l = LeadBuilder().named(QStringLiteral("F%1").arg(i), QStringLiteral("L%1").arg(i)).status(newStatus());
            l.createdAt = l.updatedAt = ws().now();
            QVERIFY(ws().leadRepository().insert(l));
        }
        QVERIFY(tx.commit());
        auto column = makeColumn(newStatus());
        column->setPageSize(50);
        column->setCacheBound(3);

        // When every card is scrolled through (same update time: newest id first)
        QCOMPARE(column->rowCount(), 2000);
        qint64 last = std::numeric_limits<qint64>::max();
        for (int row = 0; row < column->rowCount(); ++row) {
            const qint64 id = column->index(row).data(KanbanColumnModel::LeadIdRole).toLongLong();
            QVERIFY(id < last);
            last = id;
            // Then no more than the bound is ever held
            QVERIFY(column->cachedRowCount() <= 3 * 50);
        }
    }
};

QTEST_GUILESS_MAIN(TestKanbanColumnModel)
#include "tst_kanbancolumnmodel.moc"
