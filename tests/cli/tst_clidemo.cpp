// quarry-cli demo [--leads N]: fills an empty database, refuses one with
// leads (exit 1, nothing added), rejects a bad --leads (exit 2); on a file
// and on a team server's database (QUARRY_TEST_POSTGRES).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testdatabase.h"

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_db = testDatabase(m_dir.path(), QStringLiteral("demo.sqlite")); }
    void cleanupTestCase() { dropTestDatabase(m_db); }
    void fillsThenRefuses();
    void badUsage_data();
    void badUsage();

private:
    int run(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(QUARRY_CLI_PATH), QStringList{QStringLiteral("--database"), m_db,
                                                              QStringLiteral("--user"), QStringLiteral("tester")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliDemo::fillsThenRefuses()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("25")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("leads")).toInt(), 25);
    QCOMPARE(run({QStringLiteral("demo")}), 1);
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("stats")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("leads")).toInt(), 25);
}

void TestCliDemo::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("not a number") << QStringList{QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("many")};
    QTest::addRow("missing value") << QStringList{QStringLiteral("demo"), QStringLiteral("--leads")};
    QTest::addRow("extra argument") << QStringList{QStringLiteral("demo"), QStringLiteral("now")};
}

void TestCliDemo::badUsage()
{
    QFETCH(QStringList, args);
    QCOMPARE(run(args), 2);
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_clidemo.moc"
