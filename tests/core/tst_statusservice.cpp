// StatusService: the six defaults, add, rename, move, reorder, open/closed,
// roles, remove; and the invariants every change keeps: exactly one status
// per role, the new status open, converted and lost closed, one role a status.
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

using namespace TestHelpers;

class TestStatusService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    StatusService &statuses() { return ws().statuses(); }
    qint64 id(const QString &name) { return statusId(ws(), name); }

    QStringList names()
    {
        QStringList out;
        for (const LeadStatus &s : statuses().all())
            out << s.name;
        return out;
    }

    /// The invariants, read from storage rather than through the service.
    void checkInvariants()
    {
        QSet<qint64> holders;
        for (const char *role : {"new", "converted", "lost"}) {
            const QVariant v = sqlValue(ws(), QStringLiteral("SELECT value FROM crm_options WHERE key = 'status.%1'").arg(QLatin1String(role)));
            QVERIFY2(!v.isNull(), role);
            const qint64 holder = v.toLongLong();
            QVERIFY2(!holders.contains(holder), "a status holds two roles");
            holders.insert(holder);
            const QVariant open = sqlValue(ws(), QStringLiteral("SELECT is_open FROM lead_statuses WHERE id = %1").arg(holder));
            QVERIFY2(!open.isNull(), "a role names a status that does not exist");
            QCOMPARE(open.toInt() == 1, qstrcmp(role, "new") == 0);
        }
        int withRole = 0;
        QList<int> sequences;
        for (const LeadStatus &s : statuses().all()) {
            withRole += s.role != StatusRole::None ? 1 : 0;
            sequences << s.sequence;
        }
        QCOMPARE(withRole, 3);
        QList<int> sorted = sequences;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sequences, sorted);
        QCOMPARE(QSet<int>(sequences.begin(), sequences.end()).size(), sequences.size());
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup()
    {
        if (m_tw)
            checkInvariants();
        m_tw.reset();
    }

    void sixDefaultsInOrder()
    {
        const QList<LeadStatus> all = statuses().all();
        QCOMPARE(all.size(), 6);
        const QStringList expectedNames{QStringLiteral("To be processed"), QStringLiteral("Marketing qualification"),
                                        QStringLiteral("Sales qualification"), QStringLiteral("Nurturing"),
                                        QStringLiteral("Converted"), QStringLiteral("Lost")};
        const QList<bool> open{true, true, true, true, false, false};
        const QList<StatusRole> roles{StatusRole::New, StatusRole::None, StatusRole::None, StatusRole::None,
                                      StatusRole::Converted, StatusRole::Lost};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(all[i].name, expectedNames[i]);
            QCOMPARE(all[i].isOpen, open[i]);
            QCOMPARE(all[i].role, roles[i]);
            QCOMPARE(all[i].sequence, 10 * (i + 1));
        }
        QCOMPARE(statuses().byRole(StatusRole::New).name, QStringLiteral("To be processed"));
        QCOMPARE(statuses().byRole(StatusRole::Converted).name, QStringLiteral("Converted"));
        QCOMPARE(statuses().byRole(StatusRole::Lost).name, QStringLiteral("Lost"));
    }

    void findsByFoldedName()
    {
        QCOMPARE(statuses().findByName(QStringLiteral("  to BE   processed ")).value().id, id(QStringLiteral("To be processed")));
        QVERIFY(!statuses().findByName(QStringLiteral("Won")).has_value());
        QVERIFY(!statuses().find(9999).has_value());
    }

    void addAtTheEnd()
    {
        QSignalSpy changed(&ws(), &Workspace::statusesChanged);
        auto added = statuses().add(QStringLiteral("  Waiting for budget "));
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        QCOMPARE(added->name, QStringLiteral("Waiting for budget"));
        QVERIFY(added->isOpen);
        QCOMPARE(added->role, StatusRole::None);
        QCOMPARE(names().last(), QStringLiteral("Waiting for budget"));
        QCOMPARE(changed.count(), 1);
    }

    void addAfterAnother()
    {
        auto added = statuses().add(QStringLiteral("Demo scheduled"), true, id(QStringLiteral("Sales qualification")));
        QVERIFY(added.ok());
        QCOMPARE(names().indexOf(QStringLiteral("Demo scheduled")), 3);
        QCOMPARE(names().size(), 7);
        auto closed = statuses().add(QStringLiteral("Archived"), false, id(QStringLiteral("Lost")));
        QVERIFY(closed.ok());
        QVERIFY(!closed->isOpen);
        QCOMPARE(names().last(), QStringLiteral("Archived"));
    }

    void addRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QString>("field");
        QTest::addRow("empty name") << QString() << qint64(0) << QStringLiteral("status");
        QTest::addRow("blank name") << QStringLiteral("   ") << qint64(0) << QStringLiteral("status");
        QTest::addRow("same name") << QStringLiteral("Nurturing") << qint64(0) << QStringLiteral("status");
        QTest::addRow("same name, other case and spaces") << QStringLiteral("sales  QUALIFICATION") << qint64(0) << QStringLiteral("status");
        QTest::addRow("same name, other accents") << QStringLiteral("Lóst") << qint64(0) << QStringLiteral("status");
        QTest::addRow("after an unknown status") << QStringLiteral("New one") << qint64(9999) << QStringLiteral("after");
    }
    void addRefuses()
    {
        QFETCH(QString, name);
        QFETCH(qint64, after);
        QFETCH(QString, field);
        QSignalSpy changed(&ws(), &Workspace::statusesChanged);
        auto added = statuses().add(name, true, after);
        QVERIFY(!added.ok());
        QCOMPARE(added.problems().first().field, field);
        QCOMPARE(names().size(), 6);
        QCOMPARE(changed.count(), 0);
    }

    void rename()
    {
        const qint64 s = id(QStringLiteral("Nurturing"));
        QSignalSpy changed(&ws(), &Workspace::statusesChanged);
        QVERIFY(statuses().rename(s, QStringLiteral("Long-term nurturing")).ok());
        QCOMPARE(statuses().find(s)->name, QStringLiteral("Long-term nurturing"));
        QCOMPARE(changed.count(), 1);
        // Its own name in another case is fine.
        QVERIFY(statuses().rename(s, QStringLiteral("LONG-TERM NURTURING")).ok());
        // Renaming keeps roles.
        QVERIFY(statuses().rename(id(QStringLiteral("Lost")), QStringLiteral("Lost for good")).ok());
        QCOMPARE(statuses().byRole(StatusRole::Lost).name, QStringLiteral("Lost for good"));
    }

    void renameRefuses()
    {
        const qint64 s = id(QStringLiteral("Nurturing"));
        QVERIFY(!statuses().rename(s, QStringLiteral("converted")).ok());
        QVERIFY(!statuses().rename(s, QStringLiteral(" ")).ok());
        QVERIFY(!statuses().rename(9999, QStringLiteral("Anything")).ok());
        QCOMPARE(statuses().find(s)->name, QStringLiteral("Nurturing"));
    }

    void move_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("position");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("to the front") << QStringLiteral("Nurturing") << 1
                                      << QStringList{"Nurturing", "To be processed", "Marketing qualification", "Sales qualification", "Converted", "Lost"};
        QTest::addRow("to the end") << QStringLiteral("To be processed") << 6
                                    << QStringList{"Marketing qualification", "Sales qualification", "Nurturing", "Converted", "Lost", "To be processed"};
        QTest::addRow("one down") << QStringLiteral("Marketing qualification") << 3
                                  << QStringList{"To be processed", "Sales qualification", "Marketing qualification", "Nurturing", "Converted", "Lost"};
        QTest::addRow("where it is") << QStringLiteral("Lost") << 6
                                     << QStringList{"To be processed", "Marketing qualification", "Sales qualification", "Nurturing", "Converted", "Lost"};
    }
    void move()
    {
        QFETCH(QString, name);
        QFETCH(int, position);
        QFETCH(QStringList, expected);
        QVERIFY(statuses().move(id(name), position).ok());
        QCOMPARE(names(), expected);
        QList<int> seq;
        for (const LeadStatus &s : statuses().all())
            seq << s.sequence;
        QCOMPARE(seq, (QList<int>{10, 20, 30, 40, 50, 60}));
    }

    void moveRefuses()
    {
        const QStringList before = names();
        QCOMPARE(statuses().move(id(QStringLiteral("Nurturing")), 0).problems().first().field, QStringLiteral("position"));
        QCOMPARE(statuses().move(id(QStringLiteral("Nurturing")), 7).problems().first().field, QStringLiteral("position"));
        QVERIFY(!statuses().move(9999, 1).ok());
        QCOMPARE(names(), before);
    }

    void reorder()
    {
        QList<qint64> order;
        for (const LeadStatus &s : statuses().all())
            order.prepend(s.id);
        QSignalSpy changed(&ws(), &Workspace::statusesChanged);
        QVERIFY(statuses().reorder(order).ok());
        QCOMPARE(names().first(), QStringLiteral("Lost"));
        QCOMPARE(names().last(), QStringLiteral("To be processed"));
        QCOMPARE(changed.count(), 1);
    }

    void reorderRefusesAnIncompleteOrder()
    {
        QList<qint64> order;
        for (const LeadStatus &s : statuses().all())
            order << s.id;
        const QStringList before = names();
        QList<qint64> missing = order.mid(1);
        QVERIFY(!statuses().reorder(missing).ok());
        QList<qint64> twice = order;
        twice[1] = twice[0];
        QVERIFY(!statuses().reorder(twice).ok());
        QList<qint64> unknown = order;
        unknown[0] = 9999;
        QVERIFY(!statuses().reorder(unknown).ok());
        QVERIFY(!statuses().reorder(order + QList<qint64>{order.first()}).ok());
        QCOMPARE(names(), before);
    }

    void openAndClosed()
    {
        const qint64 s = id(QStringLiteral("Nurturing"));
        QVERIFY(statuses().setOpen(s, false).ok());
        QVERIFY(!statuses().find(s)->isOpen);
        QVERIFY(statuses().setOpen(s, true).ok());
        QVERIFY(statuses().find(s)->isOpen);
    }

    void openAndClosedRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("open");
        QTest::addRow("close the new status") << QStringLiteral("To be processed") << false;
        QTest::addRow("open the converted status") << QStringLiteral("Converted") << true;
        QTest::addRow("open the lost status") << QStringLiteral("Lost") << true;
        QTest::addRow("unknown status") << QStringLiteral("Nowhere") << true;
    }
    void openAndClosedRefuses()
    {
        QFETCH(QString, name);
        QFETCH(bool, open);
        const auto before = statuses().findByName(name);
        const VoidResult r = statuses().setOpen(id(name), open);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().field, QStringLiteral("status"));
        if (before)
            QCOMPARE(statuses().findByName(name)->isOpen, before->isOpen);
    }

    void rolesMoveToAnotherStatus()
    {
        const qint64 oldNew = id(QStringLiteral("To be processed"));
        const qint64 inbox = statuses().add(QStringLiteral("Inbox"), true).value().id;
        QVERIFY(statuses().setRole(StatusRole::New, inbox).ok());
        QCOMPARE(statuses().idOf(StatusRole::New), inbox);
        QCOMPARE(statuses().find(oldNew)->role, StatusRole::None);
        // New leads now start there.
        auto saved = ws().leads().create(LeadBuilder().named({}, QStringLiteral("X")));
        QVERIFY(saved.ok());
        QCOMPARE(saved->lead.statusId, inbox);

        const qint64 won = statuses().add(QStringLiteral("Won"), false).value().id;
        QVERIFY(statuses().setRole(StatusRole::Converted, won).ok());
        QCOMPARE(statuses().idOf(StatusRole::Converted), won);
        const qint64 dropped = statuses().add(QStringLiteral("Dropped"), false).value().id;
        QVERIFY(statuses().setRole(StatusRole::Lost, dropped).ok());
        QCOMPARE(statuses().idOf(StatusRole::Lost), dropped);
        // Giving a status the role it holds is fine.
        QVERIFY(statuses().setRole(StatusRole::Lost, dropped).ok());
    }

    void rolesRefuse_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("name");
        QTest::addRow("new to a closed status") << QStringLiteral("new") << QStringLiteral("Archived");
        QTest::addRow("converted to an open status") << QStringLiteral("converted") << QStringLiteral("Nurturing");
        QTest::addRow("lost to an open status") << QStringLiteral("lost") << QStringLiteral("Nurturing");
        QTest::addRow("converted to the lost status") << QStringLiteral("converted") << QStringLiteral("Lost");
        QTest::addRow("lost to the converted status") << QStringLiteral("lost") << QStringLiteral("Converted");
        QTest::addRow("new to the converted status") << QStringLiteral("new") << QStringLiteral("Converted");
        QTest::addRow("no role") << QString() << QStringLiteral("Nurturing");
        QTest::addRow("unknown status") << QStringLiteral("new") << QStringLiteral("Nowhere");
    }
    void rolesRefuse()
    {
        QFETCH(QString, role);
        QFETCH(QString, name);
        QVERIFY(statuses().add(QStringLiteral("Archived"), false).ok());
        const qint64 n = statuses().idOf(StatusRole::New), c = statuses().idOf(StatusRole::Converted), l = statuses().idOf(StatusRole::Lost);
        QVERIFY(!statuses().setRole(statusRoleFromKey(role), id(name)).ok());
        QCOMPARE(statuses().idOf(StatusRole::New), n);
        QCOMPARE(statuses().idOf(StatusRole::Converted), c);
        QCOMPARE(statuses().idOf(StatusRole::Lost), l);
    }

    void removeAnUnusedStatus()
    {
        const qint64 s = id(QStringLiteral("Nurturing"));
        QSignalSpy changed(&ws(), &Workspace::statusesChanged);
        QVERIFY(statuses().remove(s).ok());
        QVERIFY(!statuses().find(s));
        QCOMPARE(names().size(), 5);
        QCOMPARE(changed.count(), 1);
    }

    void removeRefusedWhileLeadsUseIt()
    {
        const qint64 s = id(QStringLiteral("Nurturing"));
        m_tw->addLead(LeadBuilder().named({}, QStringLiteral("A")).status(s));
        m_tw->addLead(LeadBuilder().named({}, QStringLiteral("B")).status(s));
        const VoidResult r = statuses().remove(s);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("2 lead")), qPrintable(r.errorText()));
        QVERIFY(statuses().find(s));
        QCOMPARE(ws().statusRepository().leadCount(s), 2);
    }

    void removeMovingTheLeads()
    {
        const qint64 s = id(QStringLiteral("Nurturing"));
        const qint64 target = id(QStringLiteral("Sales qualification"));
        const qint64 a = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("A")).status(s));
        const qint64 b = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("B")).status(s));
        const qint64 other = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("C")));
        m_tw->setNow(QDateTime(QDate(2026, 3, 5), QTime(14, 0), QTimeZone::utc()));
        QSignalSpy reset(&ws(), &Workspace::leadsReset);
        const VoidResult r = statuses().remove(s, target);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(!statuses().find(s));
        QCOMPARE(reset.count(), 1);
        for (qint64 lead : {a, b}) {
            const Lead l = *ws().leadRepository().find(lead);
            QCOMPARE(l.statusId, target);
            QCOMPARE(l.updatedAt, QDateTime(QDate(2026, 3, 5), QTime(14, 0), QTimeZone::utc()));
            // The move is on each lead's timeline, as any status change.
            const QList<Activity> history = ws().leads().history(lead);
            QVERIFY(!history.isEmpty());
            const Activity &last = history.last();
            QCOMPARE(last.kind, Activity::Kind::Status);
            QCOMPARE(last.field, QStringLiteral("status"));
            QCOMPARE(last.oldValue, QStringLiteral("Nurturing"));
            QCOMPARE(last.newValue, QStringLiteral("Sales qualification"));
            QCOMPARE(last.userId, ws().currentUserId());
            QCOMPARE(last.at, QDateTime(QDate(2026, 3, 5), QTime(14, 0), QTimeZone::utc()));
        }
        QCOMPARE(ws().leads().history(other).size(), 1); // "created" only
        QCOMPARE(ws().leadRepository().find(other)->statusId, statuses().idOf(StatusRole::New));
    }

    void removeRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("moveTo");
        QTest::addRow("the new status") << QStringLiteral("To be processed") << QStringLiteral("Nurturing");
        QTest::addRow("the converted status") << QStringLiteral("Converted") << QString();
        QTest::addRow("the lost status") << QStringLiteral("Lost") << QString();
        QTest::addRow("moving leads to itself") << QStringLiteral("Nurturing") << QStringLiteral("Nurturing");
        QTest::addRow("moving leads to Converted") << QStringLiteral("Nurturing") << QStringLiteral("Converted");
        QTest::addRow("moving leads to Lost") << QStringLiteral("Nurturing") << QStringLiteral("Lost");
        QTest::addRow("moving leads nowhere") << QStringLiteral("Nurturing") << QStringLiteral("Nowhere");
        QTest::addRow("an unknown status") << QStringLiteral("Nowhere") << QString();
    }
    void removeRefuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, moveTo);
        const qint64 s = id(name);
        qint64 lead = 0;
        if (s && statuses().find(s)->role == StatusRole::None)
            lead = m_tw->addLead(LeadBuilder().named({}, QStringLiteral("A")).status(s));
        const qint64 entries = sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM activities")).toLongLong();
        const VoidResult r = statuses().remove(s, moveTo.isEmpty() ? 0 : (id(moveTo) ? id(moveTo) : 9999));
        QVERIFY(!r.ok());
        if (s)
            QVERIFY(statuses().find(s));
        if (lead)
            QCOMPARE(ws().leadRepository().find(lead)->statusId, s);
        QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM activities")).toLongLong(), entries);
    }

    void invariantsSurviveAMixOfChanges()
    {
        const qint64 a = statuses().add(QStringLiteral("A"), true).value().id;
        const qint64 b = statuses().add(QStringLiteral("B"), false, a).value().id;
        QVERIFY(statuses().setRole(StatusRole::New, a).ok());
        QVERIFY(!statuses().setOpen(a, false).ok());
        QVERIFY(statuses().setRole(StatusRole::Lost, b).ok());
        QVERIFY(!statuses().setOpen(b, true).ok());
        QVERIFY(!statuses().setRole(StatusRole::Converted, b).ok());
        QVERIFY(statuses().remove(id(QStringLiteral("Lost"))).ok()); // no longer holds a role
        QVERIFY(!statuses().remove(b).ok());
        QVERIFY(statuses().move(b, 1).ok());
        checkInvariants();
    }
};

QTEST_GUILESS_MAIN(TestStatusService)
#include "tst_statusservice.moc"
