// OptionsService: the CRM options, their values as people type them, and
// the refusals that name the option.
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>

class TestOptionsService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    OptionsService &options() { return m_tw->ws().options(); }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void defaults()
    {
        QVERIFY(!options().agenciesManagement());
        QVERIFY(!options().manageProspectStatuses());
        QVERIFY(!options().restrictFunctions());
        QVERIFY(!options().assignTeamMembersOnly());
        QVERIFY(options().requiredFields().isEmpty());
        QCOMPARE(options().attachmentMaxBytes(), 26214400);
        for (const QString &key : OptionsService::keys())
            QVERIFY2(!options().value(key).isNull(), qPrintable(key));
        QCOMPARE(options().value(QStringLiteral("restrict_functions")), QStringLiteral("no"));
    }

    void flags_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("on");
        for (const char *yes : {"yes", "YES", "1", "true", "on", " yes "})
            QTest::addRow("%s", yes) << QString::fromLatin1(yes) << true;
        for (const char *no : {"no", "0", "false", "OFF"})
            QTest::addRow("%s", no) << QString::fromLatin1(no) << false;
    }
    void flags()
    {
        QFETCH(QString, typed);
        QFETCH(bool, on);
        QSignalSpy changed(&m_tw->ws(), &Workspace::optionsChanged);
        for (const QString &key : {QStringLiteral("agencies_management"), QStringLiteral("restrict_functions"),
                                   QStringLiteral("assign_team_members_only"), QStringLiteral("manage_prospect_statuses")}) {
            QVERIFY(options().set(key, typed).ok());
            QCOMPARE(options().value(key), on ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        QCOMPARE(options().agenciesManagement(), on);
        QCOMPARE(options().restrictFunctions(), on);
        QCOMPARE(options().assignTeamMembersOnly(), on);
        QCOMPARE(options().manageProspectStatuses(), on);
        QCOMPARE(changed.count(), 4);
    }

    void requiredFields()
    {
        QVERIFY(options().set(QStringLiteral("required_fields"), QStringLiteral("source, emails ,function")).ok());
        // aliases are stored as the field keys
        QCOMPARE(options().requiredFields(), (QStringList{QStringLiteral("source"), QStringLiteral("email"), QStringLiteral("job_title")}));
        QVERIFY(options().set(QStringLiteral("required_fields"), QString()).ok());
        QVERIFY(options().requiredFields().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("flag not yes or no") << QStringLiteral("agencies_management") << QStringLiteral("maybe") << QStringLiteral("agencies_management");
        QTest::addRow("unknown required field") << QStringLiteral("required_fields") << QStringLiteral("source,shoe_size") << QStringLiteral("required_fields");
        QTest::addRow("read-only required field") << QStringLiteral("required_fields") << QStringLiteral("created_at") << QStringLiteral("required_fields");
        QTest::addRow("bytes not a number") << QStringLiteral("attachment_max_bytes") << QStringLiteral("lots") << QStringLiteral("attachment_max_bytes");
        QTest::addRow("bytes not positive") << QStringLiteral("attachment_max_bytes") << QStringLiteral("0") << QStringLiteral("attachment_max_bytes");
        QTest::addRow("bytes past the cap") << QStringLiteral("attachment_max_bytes") << QStringLiteral("104857601") << QStringLiteral("attachment_max_bytes");
        QTest::addRow("bytes 2^63-1") << QStringLiteral("attachment_max_bytes") << QStringLiteral("9223372036854775807") << QStringLiteral("attachment_max_bytes");
        QTest::addRow("unknown option") << QStringLiteral("colour_scheme") << QStringLiteral("dark") << QStringLiteral("option");
    }
    void refusals()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, field);
        const QString before = options().value(key);
        QSignalSpy changed(&m_tw->ws(), &Workspace::optionsChanged);
        const VoidResult r = options().set(key, value);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().field, field);
        QCOMPARE(options().value(key), before);
        QCOMPARE(changed.count(), 0);
    }

    void attachmentLimitIsCappedAndForAdminsOnly()
    {
        QVERIFY(options().set(QStringLiteral("attachment_max_bytes"), QString::number(OptionsService::AttachmentMaxBytesCap)).ok());
        const VoidResult over = options().set(QStringLiteral("attachment_max_bytes"), QString::number(OptionsService::AttachmentMaxBytesCap + 1));
        QVERIFY(!over.ok());
        QVERIFY2(over.errorText().contains(QStringLiteral("attachment_max_bytes")), qPrintable(over.errorText()));
        QCOMPARE(options().attachmentMaxBytes(), OptionsService::AttachmentMaxBytesCap);

        // A user who is not an admin may not change it, even downwards.
        User user = m_tw->ws().currentUser();
        QVERIFY(user.isAdmin());
        user.role = Role::Manager;
        m_tw->ws().setCurrentUser(user);
        const VoidResult r = options().set(QStringLiteral("attachment_max_bytes"), QStringLiteral("1000"));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().field, QStringLiteral("role"));
        QVERIFY2(r.errorText().contains(QStringLiteral("may not change the configuration")), qPrintable(r.errorText()));
        QCOMPARE(options().attachmentMaxBytes(), OptionsService::AttachmentMaxBytesCap);
    }

    void optionsSurviveAReopen()
    {
        QVERIFY(options().set(QStringLiteral("restrict_functions"), QStringLiteral("yes")).ok());
        QVERIFY(options().set(QStringLiteral("attachment_max_bytes"), QStringLiteral("1000")).ok());
        m_tw->reopen();
        QVERIFY(options().restrictFunctions());
        QCOMPARE(options().attachmentMaxBytes(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestOptionsService)
#include "tst_optionsservice.moc"
