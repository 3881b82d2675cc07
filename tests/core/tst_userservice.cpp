// UserService and the current user: the user named after the login is
// created on first start (admin when first), users are validated, resolved
// by login or folded name, and "My leads" are the open leads assigned to me.
#include "testdatabase.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestUserService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db; ///< a file, or a fresh database on the test run's PostgreSQL server

    std::unique_ptr<Workspace> open(const QString &login)
    {
        auto ws = Workspace::open(m_db, login);
        if (!ws) {
            qWarning("%s", qPrintable(ws.errorText()));
            return nullptr;
        }
        return std::move(ws).value();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("users.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("users.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("users.sqlite-shm")));
        m_db = testDatabase(m_dir.path(), QStringLiteral("users.sqlite"));
    }
    void cleanup() { dropTestDatabase(m_db); }

    void firstUserIsCreatedAndAdmin()
    {
        auto ws = open(QStringLiteral("alice"));
        QVERIFY(ws);
        const User &me = ws->currentUser();
        QVERIFY(me.id > 0);
        QCOMPARE(me.login, QStringLiteral("alice"));
        QCOMPARE(me.name, QStringLiteral("alice"));
        QVERIFY(me.isAdmin());
        QCOMPARE(me.role, Role::Admin);
        QVERIFY(me.active);
        QCOMPARE(ws->users().all().size(), 1);
    }

    void anUnknownLoginIsRefusedUntilAnAdminAddsIt()
    {
        qint64 aliceId = 0;
        {
            auto ws = open(QStringLiteral("alice"));
            aliceId = ws->currentUserId();
        }
        {
            // Nobody creates themselves by naming a login: an admin adds users.
            auto mallory = Workspace::open(m_db, QStringLiteral("mallory"));
            QVERIFY(!mallory);
            QVERIFY2(mallory.errorText().contains(QStringLiteral("user add mallory")), qPrintable(mallory.errorText()));
        }
        {
            auto ws = open(QStringLiteral("alice"));
            User bob;
            bob.login = QStringLiteral("bob");
            bob.role = Role::Sales;
            QVERIFY(ws->users().add(bob));
        }
        {
            auto ws = open(QStringLiteral("bob"));
            QVERIFY(ws);
            QCOMPARE(ws->currentUser().login, QStringLiteral("bob"));
            QVERIFY(!ws->currentUser().isAdmin());
            QCOMPARE(ws->currentUser().role, Role::Sales);
            QCOMPARE(ws->users().all().size(), 2);
            // A sales rep adds no users and makes nobody an admin, themselves included.
            User carol;
            carol.login = QStringLiteral("carol");
            auto refused = ws->users().add(carol);
            QVERIFY(!refused);
            QVERIFY2(refused.errorText().contains(QStringLiteral("may not manage users")), qPrintable(refused.errorText()));
            User me = ws->currentUser();
            me.role = Role::Admin;
            QVERIFY(!ws->users().update(me));
            me = ws->currentUser();
            me.name = QStringLiteral("Bob Martin"); // their own name is theirs to change
            QVERIFY(ws->users().update(me));
        }
        auto ws = open(QStringLiteral("alice"));
        QCOMPARE(ws->currentUserId(), aliceId); // found, not created again
        QVERIFY(ws->currentUser().isAdmin());
        QCOMPARE(ws->users().all().size(), 2);
        // The last active admin stays one.
        User alice = ws->currentUser();
        alice.role = Role::Manager;
        const VoidResult last = ws->users().update(alice);
        QVERIFY(!last);
        QVERIFY2(last.errorText().contains(QStringLiteral("last active admin")), qPrintable(last.errorText()));
        alice.role = Role::Admin;
        alice.active = false;
        QVERIFY(!ws->users().update(alice));
        // A deactivated user cannot open the file.
        User bob = *ws->users().resolve(QStringLiteral("bob"));
        bob.active = false;
        QVERIFY(ws->users().update(bob));
        auto gone = Workspace::open(m_db, QStringLiteral("bob"));
        QVERIFY(!gone);
        QVERIFY2(gone.errorText().contains(QStringLiteral("deactivated")), qPrintable(gone.errorText()));
    }

    void theOsLoginOwnsTheFile()
    {
        if (TestWorkspace::onPostgres())
            QSKIP("on a team server the OS login is nobody's: each user is a login role");
        {
            auto ws = open(QStringLiteral("alice"));
            QVERIFY(ws);
        }
        // Whoever runs Quarry as the OS user owns the file: they are its admin.
        auto ws = Workspace::open(m_db, Workspace::osLogin());
        QVERIFY2(ws, qPrintable(ws.errorText()));
        QVERIFY(ws.value()->currentUser().isAdmin());
    }

    void theOsLoginIsTheDefault()
    {
        const QByteArray saved = qgetenv("USER");
        qputenv("USER", "jean.dupont");
        QCOMPARE(Workspace::osLogin(), QStringLiteral("jean.dupont"));
        auto ws = open(QString());
        QVERIFY(ws);
        QCOMPARE(ws->currentUser().login, QStringLiteral("jean.dupont"));
        // Characters a login cannot hold are dropped.
        qputenv("USER", "Jean Dupont!");
        QCOMPARE(Workspace::osLogin(), QStringLiteral("JeanDupont"));
        qputenv("USER", saved);
    }

    void addValidates_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::addRow("good") << QStringLiteral("carol") << QStringLiteral("carol@acme.fr") << QString();
        QTest::addRow("login with dots and at") << QStringLiteral("c.d@acme") << QString() << QString();
        QTest::addRow("empty login") << QString() << QString() << QStringLiteral("login");
        QTest::addRow("login with a space") << QStringLiteral("carol smith") << QString() << QStringLiteral("login");
        QTest::addRow("login taken") << QStringLiteral("tester") << QString() << QStringLiteral("login");
        QTest::addRow("bad email") << QStringLiteral("dave") << QStringLiteral("dave.acme.fr") << QStringLiteral("email");
        QTest::addRow("login of 64") << QString(64, QLatin1Char('c')) << QString() << QString();
        QTest::addRow("login of 65") << QString(65, QLatin1Char('c')) << QString() << QStringLiteral("login");
        QTest::addRow("login of 10,000") << QString(10000, QLatin1Char('c')) << QString() << QStringLiteral("login");
        QTest::addRow("login with ESC") << QStringLiteral("ca\x1b[2Jrol") << QString() << QStringLiteral("login");
        QTest::addRow("email of 255") << QStringLiteral("erin") << QString(249, QLatin1Char('e')) + QStringLiteral("@ac.fr")
                                      << QStringLiteral("email");
    }

    void refusedLoginsAreNotQuoted()
    {
        // A 10,000-character login refused in a message of 10,000 characters
        // would be refused twice.
        TestWorkspace tw;
        User u;
        u.login = QString(10000, QLatin1Char('c'));
        auto added = tw->users().add(u);
        QVERIFY(!added.ok());
        QCOMPARE(added.problems().first().field, QStringLiteral("login"));
        QCOMPARE(added.problems().first().message, QStringLiteral("The login is longer than 64 characters (%L1).").arg(10000));
        for (const Problem &p : added.problems())
            QVERIFY2(p.message.size() < 100, qPrintable(p.message.left(200)));
        User named;
        named.login = QStringLiteral("frank");
        named.name = QStringLiteral("Frank\x1b]0;owned\x07");
        auto refused = tw->users().add(named);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.problems().first().field, QStringLiteral("name"));
        QCOMPARE(refused.problems().first().message, QStringLiteral("The name holds a control character (U+001B) at position 6."));
    }
    void addValidates()
    {
        QFETCH(QString, login);
        QFETCH(QString, email);
        QFETCH(QString, field);
        TestWorkspace tw;
        QSignalSpy changed(&tw.ws(), &Workspace::usersChanged);
        User u;
        u.login = login;
        u.email = email;
        auto added = tw->users().add(u);
        QCOMPARE(added.ok(), field.isEmpty());
        if (added.ok()) {
            QCOMPARE(added->name, login); // the name defaults to the login
            QCOMPARE(tw->users().find(added->id)->login, login);
            QCOMPARE(changed.count(), 1);
        } else {
            QCOMPARE(added.problems().first().field, field);
            QCOMPARE(tw->users().all().size(), 1);
            QCOMPARE(changed.count(), 0);
        }
    }

    void updateAndDeactivate()
    {
        TestWorkspace tw;
        const qint64 id = addUser(tw.ws(), QStringLiteral("carol"), QStringLiteral("Carol King"));
        User u = *tw->users().find(id);
        u.name = QStringLiteral("Carol Queen");
        u.active = false;
        QVERIFY(tw->users().update(u).ok());
        QCOMPARE(tw->users().find(id)->name, QStringLiteral("Carol Queen"));
        QVERIFY(!tw->users().find(id)->active);
        QCOMPARE(tw->users().active().size(), 1);
        QCOMPARE(tw->users().all().size(), 2);
        u.login = QStringLiteral("tester");
        QVERIFY(!tw->users().update(u).ok());
        User ghost;
        ghost.id = 4242;
        ghost.login = QStringLiteral("ghost");
        QVERIFY(!tw->users().update(ghost).ok());
    }

    void resolveByLoginOrFoldedName()
    {
        TestWorkspace tw;
        const qint64 id = addUser(tw.ws(), QStringLiteral("zoe"), QStringLiteral("Zoé Łukasiewicz"));
        QCOMPARE(tw->users().resolve(QStringLiteral("zoe"))->id, id);
        QCOMPARE(tw->users().resolve(QStringLiteral("  zoe lukasiewicz "))->id, id);
        QVERIFY(!tw->users().resolve(QStringLiteral("nobody")));
        QCOMPARE(tw->users().nameOf(id), QStringLiteral("Zoé Łukasiewicz"));
        QCOMPARE(tw->users().nameOf(0), QString());
    }

    void teams()
    {
        TestWorkspace tw;
        const qint64 a = addUser(tw.ws(), QStringLiteral("a"));
        const qint64 b = addUser(tw.ws(), QStringLiteral("b"));
        const qint64 team = tw->references().add(RefKind::Team, QStringLiteral("North")).value().id;
        QVERIFY(tw->users().setTeamMembers(team, {b, a, a}).ok());
        QCOMPARE(tw->users().teamMembers(team), (QList<qint64>{a, b}));
        QCOMPARE(tw->users().find(a)->teamIds, QList<qint64>{team});
        QVERIFY(tw->users().setTeamMembers(team, {b}).ok());
        QCOMPARE(tw->users().teamMembers(team), QList<qint64>{b});
        QVERIFY(tw->users().find(a)->teamIds.isEmpty());
    }

    void myLeadsAreAssignedToMeAndOpen()
    {
        TestWorkspace tw;
        const qint64 me = tw->currentUserId();
        const qint64 other = addUser(tw.ws(), QStringLiteral("other"));
        const qint64 mineOpen = tw.addLead(LeadBuilder().named({}, QStringLiteral("Mine")).assignedTo(me));
        const qint64 mineNurturing = tw.addLead(LeadBuilder().named({}, QStringLiteral("Mine too")).assignedTo(me)
                                                    .status(statusId(tw.ws(), QStringLiteral("Nurturing"))));
        const qint64 mineLost = tw.addLead(LeadBuilder().named({}, QStringLiteral("Mine, lost")).assignedTo(me));
        QVERIFY(tw->database().exec(QStringLiteral("UPDATE leads SET status_id = ? WHERE id = ?"),
                                    {tw->statuses().idOf(StatusRole::Lost), mineLost}).ok());
        tw.addLead(LeadBuilder().named({}, QStringLiteral("Theirs")).assignedTo(other));
        tw.addLead(LeadBuilder().named({}, QStringLiteral("Nobody's")));

        LeadFilter my;
        my.menu = LeadFilter::Menu::My;
        my.currentUserId = me;
        QCOMPARE(tw->leadRepository().ids(my), (QList<qint64>{mineOpen, mineNurturing}));
        QCOMPARE(tw->leadRepository().count(my), 2);

        // Taking a lead in charge puts it among my leads.
        const qint64 taken = tw.addLead(LeadBuilder().named({}, QStringLiteral("Taken")));
        QVERIFY(tw->leads().takeInCharge({taken}).ok());
        QCOMPARE(tw->leadRepository().ids(my), (QList<qint64>{mineOpen, mineNurturing, taken}));

        // Another user's "My leads" are theirs.
        tw.reopen(QStringLiteral("other"));
        my.currentUserId = tw->currentUserId();
        QCOMPARE(my.currentUserId, other);
        QCOMPARE(tw->leadRepository().count(my), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
