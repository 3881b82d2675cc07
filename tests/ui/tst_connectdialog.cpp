// File > Connect to a team server…: the address the fields make, a refusal
// that names what is wrong and keeps the dialog open, and, against the test
// run's PostgreSQL server, a connection that the next start remembers
// (never with its password).
#include "connectdialog.h"
#include "databaseaddress.h"
#include "teamlogin.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("QuarryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
    }
    void init() { QSettings().clear(); }

    void theFieldsMakeTheAddress()
    {
        ConnectDialog dialog({});
        dialog.hostEdit()->setText(QStringLiteral("/run/postgresql"));
        dialog.databaseEdit()->setText(QStringLiteral("crm"));
        dialog.loginEdit()->setText(QStringLiteral("anna"));
        const auto a = DatabaseAddress::parse(dialog.address());
        QVERIFY(a && a->isPostgres());
        QCOMPARE(a->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(a->database, QStringLiteral("crm"));
        QCOMPARE(a->user, QStringLiteral("anna"));
        QCOMPARE(a->port, 5432);
        // A remembered server fills the fields again.
        TeamLogin::rememberServer(QStringLiteral("postgresql://bob:secret@db.example.org:6543/team"));
        QVERIFY(!TeamLogin::rememberedServer().contains(QStringLiteral("secret")));
        ConnectDialog again({});
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("db.example.org"));
        QCOMPARE(again.portBox()->value(), 6543);
        QCOMPARE(again.loginEdit()->text(), QStringLiteral("bob"));
    }

    void aServerThatDoesNotAnswerIsNamedAndTheDialogStays()
    {
        ConnectDialog dialog({});
        QVERIFY(!dialog.tryConnect()); // no server, no login
        QVERIFY(!dialog.problemLabel()->isHidden());
        dialog.hostEdit()->setText(QDir::tempPath() + QStringLiteral("/no-server-here"));
        dialog.loginEdit()->setText(QStringLiteral("anna"));
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("Cannot connect")), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.chosen().isEmpty());
        QVERIFY(TeamLogin::rememberedServer().isEmpty());
    }

    void aConnectionIsRememberedWithoutItsPassword()
    {
        if (!TestWorkspace::onPostgres())
            QSKIP("no PostgreSQL server for this run (QUARRY_TEST_POSTGRES)");
        const QString fresh = TestWorkspace::freshDatabase(QDir::tempPath());
        const auto a = DatabaseAddress::parse(fresh).value();
        ConnectDialog dialog({});
        dialog.hostEdit()->setText(a.host);
        dialog.portBox()->setValue(a.port);
        dialog.databaseEdit()->setText(a.database);
        dialog.loginEdit()->setText(a.user);
        dialog.passwordEdit()->setText(QStringLiteral("unused-on-a-trusted-socket"));
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(DatabaseAddress::parse(dialog.chosen())->database, a.database);
        const QString remembered = TeamLogin::rememberedServer();
        QCOMPARE(DatabaseAddress::parse(remembered)->database, a.database);
        QVERIFY(!remembered.contains(QStringLiteral("unused-on-a-trusted-socket")));
        TestWorkspace::dropFresh(fresh);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
