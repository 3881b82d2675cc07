// LeadSortMarks: every bucket holds exactly the live leads between its mark
// and the next one, in every order, through inserts, edits, status changes,
// assignment, merges, deletes, bulk loads (deferred or not) and splits; on
// SQLite (row triggers) and on PostgreSQL (statement-level triggers over
// transition tables, COPY's batches included).
#include "bulkleadwriter.h"
#include "database.h"
#include "leadbuilder.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "leadsortmarks.h"
#include "mergeservice.h"
#include "testworkspace.h"
#include "statusservice.h"
#include "userservice.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {
constexpr int Spacing = 4;

/// Leads with few distinct keys, so that ties cross bucket borders.
Lead sampleLead(int i, const QList<LeadStatus> &statuses, const QDateTime &at)
{
    Lead l = LeadBuilder()
        .named(QStringLiteral("F%1").arg(i % 7), QStringLiteral("Name%1").arg((i * 31) % 11))
        .title(QStringLiteral("T%1").arg(i % 3))
        .company(QStringLiteral("Company %1").arg(i % 5))
        .city(i % 4 ? QStringLiteral("Paris") : QString())
        .email(QStringLiteral("e%1@x.org").arg(i % 9))
        .phone(QStringLiteral("+33 1 23 45 67 %1").arg(10 + i % 13))
        .status(statuses.at(i % 4).id) // the open ones
        .score(i % 6);
    l.createdAt = l.updatedAt = at.addSecs(i % 7);
    return l;
}
} // namespace

class TestLeadSortMarks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    Database &db() { return ws().database(); }

    QList<qint64> addLeads(int count, int from = 0)
    {
        const QList<LeadStatus> statuses = ws().statuses().all();
        QList<qint64> ids;
        for (int i = from; i < from + count; ++i) {
            Lead l = sampleLead(i, statuses, ws().now());
            l.assignedTo = i % 3 == 0 ? 0 : ws().currentUserId();
            ids << m_tw->addLead(l);
        }
        return ids;
    }

    /// The column holding `sort`'s keys: one of any type on SQLite, one per
    /// type on PostgreSQL.
    static QString keyColumn(const QString &sort)
    {
        const bool integer = QStringList{QStringLiteral("id"), QStringLiteral("assigned_to"), QStringLiteral("status"), QStringLiteral("score")}
                                 .contains(sort);
        return TestWorkspace::onPostgres() && integer ? QStringLiteral("num") : QStringLiteral("key");
    }

    /// Each stored bucket against a count of the leads it spans.
    bool marksAreExact(const QString &sort)
    {
        const QString e = LeadRepository::sortExpression(sort);
        QSqlQuery marks = db().query(QStringLiteral("SELECT %1, id, n FROM lead_sort_marks WHERE sort = ? ORDER BY %1, id").arg(keyColumn(sort)));
        marks.addBindValue(sort);
        if (!marks.exec())
            return false;
        QList<std::tuple<QVariant, qint64, qint64>> list;
        while (marks.next())
            list << std::tuple{marks.value(0), marks.value(1).toLongLong(), marks.value(2).toLongLong()};
        if (list.isEmpty()) {
            qWarning("%s: no marks", qPrintable(sort));
            return false;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto &[key, id, n] = list.at(i);
            // The head (id 0) is the start: a bound integer would be compared as text with a text key.
            QString sql = QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + LeadRepository::liveCondition();
            QVariantList bindings;
            if (id != 0) {
                sql += QStringLiteral(" AND (%1, l.id) > (?, ?)").arg(e);
                bindings << key << id;
            }
            if (i + 1 < list.size()) {
                sql += QStringLiteral(" AND (%1, l.id) <= (?, ?)").arg(e);
                bindings << std::get<0>(list.at(i + 1)) << std::get<1>(list.at(i + 1));
            }
            auto q = db().exec(sql, bindings);
            if (!q || !q.value().next())
                return false;
            const qint64 actual = q.value().value(0).toLongLong();
            if (actual != n) {
                qWarning("%s: bucket %lld holds %lld leads, its count says %lld", qPrintable(sort), qint64(i), actual, n);
                return false;
            }
        }
        return true;
    }

    bool allMarksAreExact()
    {
        for (const QString &sort : LeadSortMarks::sorts())
            if (!marksAreExact(sort))
                return false;
        return true;
    }

    qint64 liveLeads()
    {
        auto q = db().exec(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE ") + LeadRepository::liveCondition());
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        LeadSortMarks::setSpacing(Spacing);
        m_tw = std::make_unique<TestWorkspace>();
    }
    void cleanup() { m_tw.reset(); }
    void cleanupTestCase() { LeadSortMarks::setSpacing(4096); }

    void shouldStartWithAHeadMarkPerOrder()
    {
        for (const QString &sort : LeadSortMarks::sorts()) {
            const LeadSortMarks::Order order = LeadSortMarks::load(db(), sort);
            QCOMPARE(order.marks.size(), 1);
            QCOMPARE(order.total, 0);
        }
        QVERIFY(LeadSortMarks::load(db(), QStringLiteral("next_event_at")).isEmpty()); // no index, no marks
    }

    void shouldBuildBucketsOfTheSpacing()
    {
        addLeads(37);
        QVERIFY(LeadSortMarks::rebuild(db()));
        QVERIFY(allMarksAreExact());
        const LeadSortMarks::Order order = LeadSortMarks::load(db(), QStringLiteral("company"));
        QCOMPARE(order.total, 37);
        QCOMPARE(order.marks.size(), 1 + 37 / Spacing); // the head, then one every Spacing leads
        for (qsizetype i = 0; i + 1 < order.marks.size(); ++i)
            QCOMPARE(order.marks.at(i).count, Spacing);
        QCOMPARE(order.marks.at(5).before, 5 * Spacing);
        QCOMPARE(order.bucketOfRank(0), 0);
        QCOMPARE(order.bucketOfRank(Spacing - 1), 0);
        QCOMPARE(order.bucketOfRank(Spacing), 1);
        QCOMPARE(order.bucketOfRank(36), 37 / Spacing);
    }

    void shouldCountThroughEveryKindOfWrite()
    {
        QList<qint64> ids = addLeads(40);
        QVERIFY(LeadSortMarks::rebuild(db()));
        ids << addLeads(9, 40); // through the triggers, into existing buckets
        QVERIFY(allMarksAreExact());

        // An edit of sort keys moves the lead between buckets.
        Lead lead = *ws().leads().get(ids.at(3));
        lead.company = QStringLiteral("Aardvark");
        lead.city = QStringLiteral("Zurich");
        lead.title = QStringLiteral("Zz");
        lead.score = 5;
        lead.emails = {QStringLiteral("zz@x.org")};
        QVERIFY(ws().leads().update(lead));
        QVERIFY(allMarksAreExact());

        QVERIFY(ws().leads().changeStatus(ids.mid(0, 12), ws().statuses().all().at(2).id));
        QVERIFY(ws().leads().assign(ids.mid(5, 10), 0));
        QVERIFY(allMarksAreExact());

        // A merge takes the others out of the list; its undo puts them back.
        auto merged = ws().merges().merge(ids.at(20), {ids.at(21), ids.at(30)});
        QVERIFY2(merged, qPrintable(merged.errorText()));
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("id")).total, liveLeads());
        QVERIFY(ws().merges().undo(merged->mergeId));
        QVERIFY(allMarksAreExact());

        // The trash takes leads out of the list, restoring puts them back,
        // emptying it deletes them for good.
        QVERIFY(ws().leads().remove(ids.mid(10, 7)));
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("score")).total, liveLeads());
        QVERIFY(ws().leads().restore(ids.mid(10, 3)));
        QVERIFY(allMarksAreExact());
        QVERIFY(ws().leads().emptyTrash());
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("score")).total, liveLeads());
    }

    void shouldRebuildAfterADeferredBulkLoad()
    {
        addLeads(10);
        const QList<LeadStatus> statuses = ws().statuses().all();
        {
            BulkLeadWriter writer(db());
            QVERIFY(writer.begin(0, BulkLeadWriter::IndexPolicy::Defer));
            for (int i = 0; i < 30; ++i)
                QVERIFY(writer.add(sampleLead(100 + i, statuses, ws().now())));
            QVERIFY(writer.finish());
        }
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("city")).total, 40);
        // The triggers are back: a lead added afterwards is counted.
        addLeads(1, 500);
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("city")).total, 41);

        // A cancelled load leaves triggers and marks as they were.
        {
            BulkLeadWriter writer(db());
            QVERIFY(writer.begin(0, BulkLeadWriter::IndexPolicy::Defer));
            QVERIFY(writer.add(sampleLead(7, statuses, ws().now())));
            writer.cancel();
        }
        addLeads(1, 600);
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("city")).total, 42);
    }

    void shouldCountALoadThatKeepsItsIndexes()
    {
        addLeads(12);
        QVERIFY(LeadSortMarks::rebuild(db()));
        const QList<LeadStatus> statuses = ws().statuses().all();
        BulkLeadWriter writer(db());
        QVERIFY(writer.begin(0, BulkLeadWriter::IndexPolicy::Keep));
        for (int i = 0; i < 15; ++i)
            QVERIFY(writer.add(sampleLead(200 + i, statuses, ws().now())));
        QVERIFY(writer.finish());
        QVERIFY(allMarksAreExact());
        QCOMPARE(LeadSortMarks::load(db(), QStringLiteral("email")).total, 27);
    }

    void shouldSplitABucketThatGrew()
    {
        addLeads(8);
        QVERIFY(LeadSortMarks::rebuild(db()));
        // New leads all land in the last bucket of the id order.
        addLeads(30, 8);
        auto q = db().exec(QStringLiteral("SELECT MAX(n) FROM lead_sort_marks WHERE sort = 'id'"));
        QVERIFY(q && q.value().next());
        QVERIFY(q.value().value(0).toLongLong() > 4 * Spacing);

        const LeadSortMarks::Order order = LeadSortMarks::load(db(), QStringLiteral("id"));
        QCOMPARE(order.total, 38);
        for (const LeadSortMarks::Mark &m : order.marks)
            QVERIFY2(m.count <= Spacing, qPrintable(QString::number(m.count)));
        QVERIFY(marksAreExact(QStringLiteral("id")));

        // Not inside a transaction: loading reads, it does not write there.
        addLeads(30, 38);
        Transaction tx(db());
        const LeadSortMarks::Order inside = LeadSortMarks::load(db(), QStringLiteral("id"));
        QCOMPARE(inside.total, 68);
        QVERIFY(std::any_of(inside.marks.begin(), inside.marks.end(), [](const auto &m) { return m.count > 4 * Spacing; }));
    }

    void shouldLeaveASplitToLaterWhenAnotherWriterHoldsTheFile()
    {
        addLeads(8);
        QVERIFY(LeadSortMarks::rebuild(db()));
        addLeads(30, 8);
        // Another writer holds the file's lock, or the server's advisory lock.
        Database other;
        QVERIFY(other.open(m_tw->path()));
        QVERIFY(other.begin());
        QVERIFY(other.exec(QStringLiteral("UPDATE crm_options SET value = value WHERE key IS NOT NULL")));
        auto lopsided = [](const LeadSortMarks::Order &o) {
            return std::any_of(o.marks.begin(), o.marks.end(), [](const auto &m) { return m.count > 4 * Spacing; });
        };
        // The file is locked for writing: the marks come as they are, exact.
        const LeadSortMarks::Order waiting = LeadSortMarks::load(db(), QStringLiteral("id"));
        QCOMPARE(waiting.total, 38);
        QVERIFY(lopsided(waiting));
        if (!TestWorkspace::onPostgres()) {
            auto timeout = db().exec(QStringLiteral("PRAGMA busy_timeout"));
            QVERIFY(timeout && timeout.value().next());
            QCOMPARE(timeout.value().value(0).toInt(), 5000); // as Database::open set it
            timeout.value().finish();
        }
        other.rollback();
        QVERIFY(!lopsided(LeadSortMarks::load(db(), QStringLiteral("id"))));
    }

    void shouldCountLeadsBelowAKey()
    {
        addLeads(45);
        QVERIFY(LeadSortMarks::rebuild(db()));
        const QString sort = QStringLiteral("status");
        const LeadSortMarks::Order order = LeadSortMarks::load(db(), sort);
        for (const LeadStatus &s : ws().statuses().all()) {
            auto q = db().exec(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE %1 AND status_id < ?").arg(LeadRepository::liveCondition()), {s.id});
            QVERIFY(q && q.value().next());
            QCOMPARE(LeadSortMarks::rowsBelowKey(db(), sort, order, s.id), q.value().value(0).toLongLong());
        }
    }

    void shouldCountEachStatusOfTheBoardFromTheMarks()
    {
        // Given 45 leads over four statuses, with marks every 4 in status order
        const QList<qint64> ids = addLeads(45);
        QVERIFY(LeadSortMarks::rebuild(db()));
        auto byGroup = [this] {
            QHash<qint64, qint64> out;
            auto q = db().exec(QStringLiteral("SELECT status_id, COUNT(*) FROM leads l WHERE %1 GROUP BY status_id").arg(LeadRepository::liveCondition()));
            while (q && q.value().next())
                out.insert(q.value().value(0).toLongLong(), q.value().value(1).toLongLong());
            return out;
        };
        // Then the board's counts of every live lead (read from the marks)
        // are those of a GROUP BY
        QCOMPARE(ws().leadRepository().countByStatus(LeadFilter{}), byGroup());
        // And they follow a status change and a delete
        const qint64 lost = ws().statuses().idOf(StatusRole::Lost);
        QVERIFY(ws().leads().changeStatus({ids.at(3)}, ws().statuses().all().at(1).id));
        QVERIFY(ws().leads().remove({ids.at(4), ids.at(5)}));
        QCOMPARE(ws().leadRepository().countByStatus(LeadFilter{}), byGroup());
        QVERIFY(!byGroup().contains(lost)); // a status with none is left out, as by GROUP BY
    }
};

QTEST_GUILESS_MAIN(TestLeadSortMarks)
#include "tst_leadsortmarks.moc"
