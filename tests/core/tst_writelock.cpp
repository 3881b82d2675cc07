// A write that cannot take the write lock changes nothing and says so.
// Another connection holds the lock (BEGIN IMMEDIATE through the sqlite3
// C API, as `sqlite3 FILE` would) while each write service runs: every one
// returns a failure (Problem::Kind::Failure) and the whole database reads
// as before. A lock released within the wait lets the write through.
#include "attachmentservice.h"
#include "conversionservice.h"
#include "duplicatefinder.h"
#include "emailservice.h"
#include "eventservice.h"
#include "lossservice.h"
#include "mergeservice.h"
#include "testhelpers.h"
#include "ticketservice.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <sqlite3.h>

#include <functional>
#include <thread>

namespace {

/// A second connection to the file, as another program would hold it.
class OtherWriter
{
public:
    explicit OtherWriter(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~OtherWriter()
    {
        release();
        sqlite3_close(m_db);
    }
    bool hold() { return sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK; }
    void release() { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }

    /// Every row of every table, hashed: equal when nothing was written.
    QByteArray fingerprint()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList tables;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        for (const QString &t : tables) {
            hash.addData(t.toUtf8());
            const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t).toUtf8();
            if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
                sqlite3_prepare_v2(m_db, QStringLiteral("SELECT * FROM \"%1\"").arg(t).toUtf8().constData(), -1, &st, nullptr);
            }
            while (sqlite3_step(st) == SQLITE_ROW)
                for (int c = 0; c < sqlite3_column_count(st); ++c) {
                    const void *blob = sqlite3_column_blob(st, c);
                    hash.addData(QByteArrayView(static_cast<const char *>(blob), sqlite3_column_bytes(st, c)));
                    hash.addData("|");
                }
            sqlite3_finalize(st);
        }
        return hash.result();
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

class TestWriteLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_lost = 0, m_merge = 0, m_reason = 0, m_event = 0;
    Workspace &ws() { return m_tw->ws(); }

    /// Every write a user can make, by name.
    QMap<QString, std::function<Problems()>> writes()
    {
        auto problemsOf = [](const auto &r) { return r.ok() ? Problems{} : r.problems(); };
        QMap<QString, std::function<Problems()>> w;
        w[QStringLiteral("lead create")] = [&] { return problemsOf(ws().leads().create(LeadBuilder().named(QStringLiteral("New"), QStringLiteral("Lead")).build())); };
        w[QStringLiteral("lead update")] = [&] {
            Lead l = *ws().leadRepository().find(m_a);
            l.city = QStringLiteral("Lyon");
            return problemsOf(ws().leads().update(l));
        };
        w[QStringLiteral("lead delete")] = [&] { return problemsOf(ws().leads().remove({m_c})); };
        w[QStringLiteral("take in charge")] = [&] { return problemsOf(ws().leads().takeInCharge({m_a, m_b})); };
        w[QStringLiteral("assign")] = [&] { return problemsOf(ws().leads().assign({m_a}, ws().currentUserId())); };
        w[QStringLiteral("status change")] = [&] {
            return problemsOf(ws().leads().changeStatus({m_a}, ws().statuses().all().at(1).id));
        };
        w[QStringLiteral("comment")] = [&] { return problemsOf(ws().leads().addComment(m_a, QStringLiteral("Called back"))); };
        w[QStringLiteral("convert")] = [&] {
            ConversionRequest r;
            r.leadId = m_a;
            r.createOpportunity = true;
            return problemsOf(ws().conversions().convert(r));
        };
        w[QStringLiteral("lose")] = [&] { return problemsOf(ws().losses().lose(m_b, m_reason, QStringLiteral("Too dear"))); };
        w[QStringLiteral("reopen")] = [&] { return problemsOf(ws().losses().reopen(m_lost)); };
        w[QStringLiteral("merge")] = [&] { return problemsOf(ws().merges().merge(m_a, {m_b})); };
        w[QStringLiteral("merge undo")] = [&] { return problemsOf(ws().merges().undo(m_merge)); };
        w[QStringLiteral("not duplicates")] = [&] { return problemsOf(ws().duplicates().markNotDuplicates({m_a, m_b})); };
        w[QStringLiteral("event add")] = [&] {
            Event e;
            e.leadId = m_a;
            e.subject = QStringLiteral("Call");
            e.startsAt = ws().now().addDays(1);
            return problemsOf(ws().events().add(e));
        };
        w[QStringLiteral("event remove")] = [&] { return problemsOf(ws().events().remove(m_event)); };
        w[QStringLiteral("ticket add")] = [&] { return problemsOf(ws().tickets().add(m_a, QStringLiteral("Broken van"))); };
        w[QStringLiteral("email kept")] = [&] {
            EmailMessage m;
            m.leadId = m_a;
            m.to = {QStringLiteral("zoe@example.org")};
            m.subject = QStringLiteral("Hello");
            m.body = QStringLiteral("Body");
            return problemsOf(ws().emails().send(m));
        };
        w[QStringLiteral("attachment add")] = [&] { return problemsOf(ws().attachments().add(m_a, QStringLiteral("a.txt"), "hello")); };
        w[QStringLiteral("status add")] = [&] { return problemsOf(ws().statuses().add(QStringLiteral("Waiting"))); };
        w[QStringLiteral("status rename")] = [&] { return problemsOf(ws().statuses().rename(ws().statuses().all().at(1).id, QStringLiteral("Qualifying"))); };
        w[QStringLiteral("reference add")] = [&] { return problemsOf(ws().references().add(RefKind::Tag, QStringLiteral("Hot"))); };
        w[QStringLiteral("user add")] = [&] {
            User u;
            u.login = QStringLiteral("alice");
            return problemsOf(ws().users().add(u));
        };
        w[QStringLiteral("option set")] = [&] { return problemsOf(ws().options().set(QStringLiteral("agencies_management"), QStringLiteral("1"))); };
        return w;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ada"), QStringLiteral("Lovelace")).company(QStringLiteral("Engines")).email(QStringLiteral("ada@engines.uk")).build());
        m_b = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ada"), QStringLiteral("Lovelace")).email(QStringLiteral("ada@engines.uk")).build());
        m_c = m_tw->addLead(LeadBuilder().named(QStringLiteral("Charles"), QStringLiteral("Babbage")).build());
        const qint64 d = m_tw->addLead(LeadBuilder().named(QStringLiteral("Mary"), QStringLiteral("Somerville")).build());
        const qint64 e = m_tw->addLead(LeadBuilder().named(QStringLiteral("Mary"), QStringLiteral("Somerville")).build());
        m_lost = m_tw->addLead(LeadBuilder().named(QStringLiteral("Grace"), QStringLiteral("Hopper")).build());
        auto reason = ws().references().add(RefKind::LossReason, QStringLiteral("Too dear"));
        QVERIFY(reason.ok());
        m_reason = reason->id;
        QVERIFY(ws().losses().lose(m_lost, m_reason).ok());
        auto merged = ws().merges().merge(d, {e});
        QVERIFY2(merged.ok(), qPrintable(merged.errorText()));
        m_merge = merged->mergeId;
        Event ev;
        ev.leadId = m_c;
        ev.subject = QStringLiteral("Meeting");
        ev.startsAt = ws().now().addDays(2);
        auto added = ws().events().add(ev);
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        m_event = added->id;
    }
    void cleanup() { m_tw.reset(); }

    void everyWriteFailsAndChangesNothingWhileAnotherHoldsTheLock_data()
    {
        QTest::addColumn<QString>("write");
        for (const QString &name : writes().keys())
            QTest::addRow("%s", qPrintable(name)) << name;
    }
    void everyWriteFailsAndChangesNothingWhileAnotherHoldsTheLock()
    {
        QFETCH(QString, write);
        // Each write works when nobody holds the lock (so the refusal below
        // is the lock's, not a rule's): tried first on a copy of the state.
        ws().database().setWriteWait(150);
        OtherWriter other(m_tw->path());
        const QByteArray before = other.fingerprint();
        QVERIFY(other.hold());
        QElapsedTimer clock;
        clock.start();
        const Problems problems = writes().value(write)();
        const qint64 waited = clock.elapsed();
        other.release();
        QVERIFY2(!problems.isEmpty(), "the write reported success while it could not write");
        QVERIFY2(hasFailure(problems), qPrintable(describe(problems)));
        QVERIFY2(waited >= 100, qPrintable(QString::number(waited)));
        QCOMPARE(other.fingerprint(), before);
        QCOMPARE(ws().database().transactionDepth(), 0);

        // The same write goes through once the lock is free.
        const Problems after = writes().value(write)();
        QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
        QVERIFY(other.fingerprint() != before);
    }

    void aWriteWaitsForALockReleasedInTime()
    {
        ws().database().setWriteWait(5000);
        OtherWriter other(m_tw->path());
        QVERIFY(other.hold());
        std::thread releaser([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            other.release();
        });
        QElapsedTimer clock;
        clock.start();
        auto r = ws().leads().changeStatus({m_a}, ws().statuses().all().at(1).id);
        const qint64 waited = clock.elapsed();
        releaser.join();
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.value(), 1);
        QVERIFY2(waited >= 350 && waited < 4000, qPrintable(QString::number(waited)));
    }

    void aNoWaitTransactionGivesUpAtOnce()
    {
        ws().database().setWriteWait(5000);
        OtherWriter other(m_tw->path());
        QVERIFY(other.hold());
        QElapsedTimer clock;
        clock.start();
        {
            Transaction tx(ws().database(), 0);
            QVERIFY(!tx.isActive());
            QVERIFY(hasFailure(tx.failure()));
            QVERIFY2(tx.failure().first().message.contains(QStringLiteral("busy")), qPrintable(describe(tx.failure())));
        }
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestWriteLock)
#include "tst_writelock.moc"
