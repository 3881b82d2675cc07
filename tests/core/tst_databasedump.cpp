// DatabaseDump, the yardstick of the crash and refusal tests: a sound file
// passes checkDerived, and each kind of damage to what Quarry derives is
// named; the dump sees a change in any table and masks only timestamps.
#include "databasedump.h"
#include "leadsortmarks.h"
#include "testhelpers.h"

#include <QTest>

using namespace TestHelpers;

class TestDatabaseDump : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void soundFilePasses();
    void damageIsNamed_data();
    void damageIsNamed();
    void dumpSeesEveryTable();
    void maskHidesTimestampsOnly();

private:
    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_first = 0;
};

void TestDatabaseDump::init()
{
    LeadSortMarks::setSpacing(4); // several buckets with a handful of leads
    m_tw = std::make_unique<TestWorkspace>();
    for (int i = 0; i < 14; ++i) {
        const qint64 id = m_tw->addLead(LeadBuilder()
                                            .named(QStringLiteral("Ann%1").arg(i), QStringLiteral("Lée"))
                                            .company(QStringLiteral("Acme %1").arg(i % 3))
                                            .email(QStringLiteral("ann%1@example.org").arg(i))
                                            .phone(QStringLiteral("+33 6 12 34 56 %1").arg(10 + i))
                                            .city(QStringLiteral("Besançon")));
        QVERIFY(id);
        if (!m_first)
            m_first = id;
    }
    // The marks built with the small spacing.
    QVERIFY(LeadSortMarks::rebuild(m_tw->ws().database()));
}

void TestDatabaseDump::cleanup()
{
    m_tw.reset();
    LeadSortMarks::setSpacing(4096);
}

void TestDatabaseDump::soundFilePasses()
{
    const QStringList problems = DatabaseDump::checkDerived(m_tw->path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(sqlValue(m_tw->ws(), QStringLiteral("SELECT COUNT(*) FROM lead_sort_marks WHERE sort = 'company'")).toInt() > 2);
}

void TestDatabaseDump::damageIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("a bucket miscounted") << QStringLiteral("UPDATE lead_sort_marks SET n = n + 1 WHERE sort = 'company' AND id <> 0")
                                         << QStringLiteral("sort marks company");
    QTest::newRow("a head lost") << QStringLiteral("DELETE FROM lead_sort_marks WHERE sort = 'city' AND id = 0") << QStringLiteral("sort marks city: no head");
    QTest::newRow("a trigger dropped") << QStringLiteral("DROP TRIGGER lead_marks_insert") << QStringLiteral("lead_marks_insert is missing");
    QTest::newRow("a search entry lost") << QStringLiteral("DELETE FROM leads_fts WHERE rowid = %1") << QStringLiteral("no search entry");
    QTest::newRow("a search entry stale") << QStringLiteral("UPDATE leads_fts SET company = 'other' WHERE rowid = %1") << QStringLiteral("search entry");
    QTest::newRow("a search entry of no lead") << QStringLiteral("INSERT INTO leads_fts (rowid, name) VALUES (999999, 'ghost')")
                                               << QStringLiteral("search entry #999999 has no lead");
    QTest::newRow("a stored key stale") << QStringLiteral("UPDATE leads SET city_key = 'lyon' WHERE id = %1") << QStringLiteral("city_key");
    QTest::newRow("a contact point key stale") << QStringLiteral("UPDATE lead_contact_points SET norm_key = 'x' WHERE lead_id = %1 AND kind = 'email'")
                                               << QStringLiteral("contact points");
    QTest::newRow("a merged lead of no merge") << QStringLiteral("UPDATE leads SET merged_into = %1 WHERE id = %1 + 1") << QStringLiteral("merged by no merge");
    QTest::newRow("a dangling reference") << QStringLiteral("UPDATE leads SET assigned_to = 4242 WHERE id = %1") << QStringLiteral("foreign_key_check");
}

void TestDatabaseDump::damageIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    {
        // Raw SQL on the file, as a bug would write it (foreign keys off for the dangling one).
        QSqlQuery q(m_tw->ws().database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QString(sql).replace(QStringLiteral("%1"), QString::number(m_first))), qPrintable(q.lastError().text()));
    }
    const QStringList problems = DatabaseDump::checkDerived(m_tw->path());
    QVERIFY2(!problems.isEmpty(), "the damage went unseen");
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(named), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDatabaseDump::dumpSeesEveryTable()
{
    const QString before = DatabaseDump::dump(m_tw->path());
    QVERIFY(!before.isEmpty());
    QVERIFY(before.contains(QStringLiteral("table|lead_sort_marks|")));
    QVERIFY(before.contains(QStringLiteral("table|leads_fts|14 rows")));
    QVERIFY(!before.contains(QStringLiteral("table|leads_fts_data"))); // through its query, not its shadow tables
    QString previous = before;
    for (const QString &sql : {QStringLiteral("UPDATE crm_options SET value = value || 'x' WHERE rowid = 1"),
                               QStringLiteral("UPDATE lead_sort_marks SET n = n WHERE 0"), // no change: equal
                               QStringLiteral("UPDATE leads_fts SET city = 'x' WHERE rowid = %1"),
                               QStringLiteral("CREATE INDEX extra ON leads(title)")}) {
        sqlInsert(m_tw->ws(), QString(sql).replace(QStringLiteral("%1"), QString::number(m_first)));
        const QString now = DatabaseDump::dump(m_tw->path());
        if (sql.contains(QLatin1String("WHERE 0")))
            QCOMPARE(now, previous);
        else
            QVERIFY2(now != previous, qPrintable(sql));
        previous = now;
    }
    QString error;
    QVERIFY(DatabaseDump::dump(m_tw->dir() + QStringLiteral("/missing.sqlite"), false, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_tw->dir() + QStringLiteral("/missing.sqlite"))); // never created
}

void TestDatabaseDump::maskHidesTimestampsOnly()
{
    const QString before = DatabaseDump::dump(m_tw->path(), true);
    sqlInsert(m_tw->ws(), QStringLiteral("UPDATE leads SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = %1").arg(m_first));
    QCOMPARE(DatabaseDump::dump(m_tw->path(), true), before);
    QVERIFY(DatabaseDump::dump(m_tw->path(), false) != DatabaseDump::dump(m_tw->path(), true));
    sqlInsert(m_tw->ws(), QStringLiteral("UPDATE leads SET title = 'Dr' WHERE id = %1").arg(m_first));
    QVERIFY(DatabaseDump::dump(m_tw->path(), true) != before);
}

QTEST_GUILESS_MAIN(TestDatabaseDump)
#include "tst_databasedump.moc"
