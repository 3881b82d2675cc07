// BulkLeadWriter: the import's write path stores leads exactly as
// LeadRepository::insert does, on the fast and the portable path, builds the
// indexes it deferred, and is all or nothing.
#include "bulkleadwriter.h"
#include "leadbuilder.h"
#include "leadrepository.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <memory>

class TestBulkLeadWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }

    Lead sample(int i)
    {
        auto tag = ws().references().resolve(RefKind::Tag, QStringLiteral("VIP"), true);
        auto fr = ws().references().resolve(RefKind::Country, QStringLiteral("FR"), false);
        Lead l = LeadBuilder()
                     .named(QStringLiteral("Hélène"), QStringLiteral("Weiß %1").arg(i))
                     .title(QStringLiteral("Renewal"))
                     .company(QStringLiteral("Électricité Générale"))
                     .email(QStringLiteral(" Helene.Weiss@Example.FR "))
                     .email(QStringLiteral("hw%1@example.com").arg(i))
                     .phone(QStringLiteral("01.23.45.67.%1").arg(10 + i % 80))
                     .city(QStringLiteral("Łódź"))
                     .country(fr ? fr.value() : 0)
                     .tin(QStringLiteral("123 456 789"))
                     .status(ws().statuses().idOf(StatusRole::New))
                     .score(i % 6)
                     .tag(tag ? tag.value() : 0);
        l.mobile = QStringLiteral("+33 6 12 34 56 78");
        l.billingEmails << QStringLiteral("Billing@Example.fr");
        l.createdAt = l.updatedAt = ws().now();
        return l;
    }

    /// Everything stored for a lead, as text, ids left out.
    QStringList storedRows(qint64 id)
    {
        QStringList out;
        const QStringList queries = {
            QStringLiteral("SELECT * FROM leads WHERE id = ?"),
            QStringLiteral("SELECT kind, position, value, norm_key FROM lead_contact_points WHERE lead_id = ? ORDER BY kind, position"),
            QStringLiteral("SELECT tag_id FROM lead_tags WHERE lead_id = ?"),
            QStringLiteral("SELECT name, company, email, phone, city FROM leads_fts WHERE rowid = ?"),
        };
        for (const QString &sql : queries) {
            QSqlQuery q = ws().database().query(sql);
            q.addBindValue(id);
            q.exec();
            while (q.next())
                for (int c = sql.contains(QLatin1String("SELECT *")) ? 1 : 0; c < q.record().count(); ++c)
                    out << q.value(c).toString();
        }
        return out;
    }

    QStringList indexNames()
    {
        QStringList out;
        QSqlQuery q = ws().database().query(TestWorkspace::onPostgres()
                                                ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1")
                                                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        q.exec();
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void shouldStoreExactlyWhatTheRepositoryStores_data()
    {
        QTest::addColumn<bool>("fast");
        QTest::addColumn<int>("policy");
        QTest::addRow("fast path, indexes kept") << true << int(BulkLeadWriter::IndexPolicy::Keep);
        QTest::addRow("fast path, indexes deferred") << true << int(BulkLeadWriter::IndexPolicy::Defer);
        QTest::addRow("portable path") << false << int(BulkLeadWriter::IndexPolicy::Auto);
    }
    void shouldStoreExactlyWhatTheRepositoryStores()
    {
        QFETCH(bool, fast);
        QFETCH(int, policy);
        // On PostgreSQL the fast path is COPY, indexes kept; lookups while
        // loading (Keep) take the portable path there.
        const bool pg = TestWorkspace::onPostgres();
        const bool usesFast = fast && !(pg && policy == int(BulkLeadWriter::IndexPolicy::Keep));
        // Given a lead stored by the repository
        Transaction tx(ws().database());
        auto reference = ws().leadRepository().insert(sample(1));
        QVERIFY(reference);
        QVERIFY(tx.commit());
        const QStringList indexesBefore = indexNames();

        // When the same lead is loaded in bulk
        BulkLeadWriter writer(ws().database());
        writer.setFastPathEnabled(fast);
        QVERIFY(writer.begin(1, BulkLeadWriter::IndexPolicy(policy)));
        QCOMPARE(writer.usesFastPath(), usesFast);
        QCOMPARE(writer.defersIndexes(), !pg && policy == int(BulkLeadWriter::IndexPolicy::Defer));
        auto id = writer.add(sample(1));
        QVERIFY2(id, qPrintable(id.errorText()));
        QVERIFY(writer.finish());

        // Then it is stored the same in every table, and the indexes are all back
        QCOMPARE(storedRows(id.value()), storedRows(reference.value()));
        QCOMPARE(indexNames(), indexesBefore);
        QCOMPARE(writer.addedCount(), 1);
        // And it is found by its keys and by search
        QCOMPARE(ws().leadRepository().idsWithContactKey(QStringLiteral("phone"), QStringLiteral("+33123456711")),
                 (QList<qint64>{reference.value(), id.value()}));
        LeadFilter f;
        f.search = QStringLiteral("lodz weis");
        QCOMPARE(ws().leadRepository().count(f), qint64(2));
    }

    void shouldLoadManyLeadsThroughCopyInBatches()
    {
        if (!TestWorkspace::onPostgres())
            QSKIP("COPY is PostgreSQL's");
        // Given a load of more leads than one COPY batch (and one block of ids)
        BulkLeadWriter writer(ws().database());
        QVERIFY(writer.begin(BulkLeadWriter::deferThreshold()));
        QVERIFY(writer.usesFastPath());
        QVERIFY(!writer.defersIndexes());
        const int count = 5003;
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            auto id = writer.add(sample(i));
            QVERIFY2(id, qPrintable(id.errorText()));
            ids << id.value();
        }
        QVERIFY(writer.finish());
        // Then every lead is there under the id add() gave, with its
        // contact points and search entry, and the ids grow with the order
        QCOMPARE(ws().leadRepository().count(LeadFilter()), qint64(count));
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(ws().leadRepository().idsWithLastNameKey(QStringLiteral("weiss 5002")), QList<qint64>{ids.last()});
        QCOMPARE(ws().leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("hw4999@example.com")), QList<qint64>{ids.at(4999)});
        LeadFilter f;
        f.search = QStringLiteral("lodz weis");
        QCOMPARE(ws().leadRepository().count(f), qint64(count));
        // And a lead added the usual way afterwards gets a fresh id
        Transaction tx(ws().database());
        auto next = ws().leadRepository().insert(sample(0));
        QVERIFY(next && tx.commit());
        QVERIFY(!ids.contains(next.value()));
    }

    void shouldLoadManyLeadsAndRebuildTheIndexes()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("deferring the indexes is the SQLite fast path's");
        // Given a large load (indexes deferred)
        const QStringList indexesBefore = indexNames();
        BulkLeadWriter writer(ws().database());
        QVERIFY(writer.begin(BulkLeadWriter::deferThreshold()));
        QVERIFY(writer.defersIndexes());
        QVERIFY(!indexNames().contains(QStringLiteral("leads_status")));
        // When 500 leads are added and the load finishes
        for (int i = 0; i < 500; ++i)
            QVERIFY(writer.add(sample(i)));
        QVERIFY(writer.finish());
        // Then every lead is there, searchable, and the indexes are back
        QCOMPARE(indexNames(), indexesBefore);
        QCOMPARE(ws().leadRepository().count(LeadFilter()), qint64(500));
        QCOMPARE(ws().leadRepository().idsWithLastNameKey(QStringLiteral("weiss 42")).size(), 1);
    }

    void shouldRollEverythingBackOnCancel()
    {
        // Given a large load in progress
        const QStringList indexesBefore = indexNames();
        {
            BulkLeadWriter writer(ws().database());
            QVERIFY(writer.begin(0, BulkLeadWriter::IndexPolicy::Defer));
            for (int i = 0; i < 10; ++i)
                QVERIFY(writer.add(sample(i)));
            // When it is cancelled (here: left without finishing)
        }
        // Then no lead, contact point or search entry is left, and the indexes are back
        QCOMPARE(ws().leadRepository().count(LeadFilter()), qint64(0));
        QCOMPARE(indexNames(), indexesBefore);
        QSqlQuery q = ws().database().query(QStringLiteral("SELECT COUNT(*) FROM lead_contact_points"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(ws().database().transactionDepth(), 0);
    }

    void shouldRefuseMisuse()
    {
        BulkLeadWriter writer(ws().database());
        QVERIFY(!writer.add(sample(0)));
        QVERIFY(!writer.finish());
        QVERIFY(writer.begin());
        QVERIFY(!writer.begin());
        writer.cancel();
        QVERIFY(!writer.isActive());
    }
};

QTEST_GUILESS_MAIN(TestBulkLeadWriter)
#include "tst_bulkleadwriter.moc"
