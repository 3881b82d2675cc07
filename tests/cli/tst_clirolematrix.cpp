// The role matrix on a team server: each role of seed 003 (an admin, a
// manager, two sales reps in two teams, a marketeer, a partner user), each
// logged in as their own login role with their own password, tries the same
// actions through quarry-cli and through psql; both must allow exactly what
// the rules allow (docs/cli.md, Users) and refuse the rest, so that a user
// with psql sees and changes no more than in Quarry. Also the ways around the
// policies a user might try: someone else's lead, a field their role keeps
// off, the journals that keep copies of leads, the configuration, a bulk
// import (COPY through staging tables, judged row by row by the policies).
// Runs when the tests run against PostgreSQL (QUARRY_TEST_POSTGRES).
#include "clirunner.h"
#include "databaseaddress.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

QString ids(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestCliRoleMatrix : public QObject
{
    Q_OBJECT

private:
    struct Login
    {
        QString login;
        QString password;
        QString uri;
    };

    QTemporaryDir m_dir;
    QString m_db;
    QString m_suffix = QString::number(QCoreApplication::applicationPid());

    CliRunner::Run admin(const QStringList &args) { return CliRunner::run(m_dir.path(), m_db, QStringList{QStringLiteral("--json")} + args); }
    CliRunner::Run as(const Login &who, const QStringList &args)
    {
        return CliRunner::run(m_dir.path(), who.uri, QStringList{QStringLiteral("--json")} + args);
    }
    /// psql as `who`: (exit code, output and errors).
    std::pair<int, QString> psql(const Login &who, const QString &sql)
    {
        const DatabaseAddress a = DatabaseAddress::parse(m_db).value();
        QProcess q;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), who.password);
        q.setProcessEnvironment(env);
        q.start(QStringLiteral("psql"), {QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(a.host).arg(a.port).arg(who.login, a.database),
                                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-tAc"), sql});
        q.waitForFinished(30000);
        return {q.exitCode(), (QString::fromUtf8(q.readAllStandardOutput()) + QString::fromUtf8(q.readAllStandardError())).trimmed()};
    }
    Login addUser(const QString &name, const QString &role, const QStringList &extra = {})
    {
        Login l;
        l.login = name + QLatin1Char('_') + m_suffix;
        l.password = QStringLiteral("Pass-%1-1").arg(name);
        QProcess *p = CliRunner::start(m_dir.path(), m_db,
                                       QStringList{QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"), l.login, QStringLiteral("--role"),
                                                   role, QStringLiteral("--password-stdin")}
                                           + extra);
        p->write(l.password.toUtf8() + '\n');
        p->closeWriteChannel();
        const CliRunner::Run r = CliRunner::finish(p);
        if (r.code != 0)
            qWarning("user add %s: %s", qPrintable(l.login), CliRunner::describe(r).constData());
        DatabaseAddress a = DatabaseAddress::parse(m_db).value();
        a.user = l.login;
        a.password = l.password;
        l.uri = a.uri();
        return l;
    }
    qint64 addLead(const QStringList &fields)
    {
        const CliRunner::Run r = admin(QStringList{QStringLiteral("lead"), QStringLiteral("add")} + fields);
        if (r.code != 0)
            qWarning("lead add: %s", CliRunner::describe(r).constData());
        return r.object().value(QStringLiteral("id")).toInteger();
    }
    /// The ids of the leads `leads --menu all` lists as `who`, with `extra` options.
    QList<qint64> cliSees(const Login &who, const QStringList &extra = {})
    {
        const CliRunner::Run r = as(who, QStringList{QStringLiteral("leads"), QStringLiteral("--menu"), QStringLiteral("all")} + extra);
        if (r.code != 0)
            qWarning("leads as %s: %s", qPrintable(who.login), CliRunner::describe(r).constData());
        QList<qint64> out;
        for (const QJsonValue &v : r.array())
            out << v.toObject().value(QStringLiteral("id")).toInteger();
        return out;
    }
    QList<qint64> psqlSees(const Login &who, const QString &sql = QStringLiteral("SELECT id FROM leads WHERE merged_into IS NULL AND deleted_at IS NULL"))
    {
        const auto [code, text] = psql(who, sql);
        QList<qint64> out;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << line.toLongLong();
        return code == 0 ? out : QList<qint64>{-1};
    }
    /// Whether psql as `who` changed lead `id` with `set` (one row updated).
    bool psqlChanges(const Login &who, qint64 id, const QString &set)
    {
        const auto [code, text] = psql(who, QStringLiteral("WITH u AS (UPDATE leads SET %1 WHERE id = %2 RETURNING id) SELECT count(*) FROM u").arg(set).arg(id));
        return code == 0 && text == QLatin1String("1");
    }

private slots:
    void init()
    {
        if (!TestWorkspace::onPostgres())
            QSKIP("no PostgreSQL server for this run (QUARRY_TEST_POSTGRES)");
        m_db = TestWorkspace::freshDatabase(m_dir.path());
    }
    void cleanup() { TestWorkspace::dropFresh(m_db); }

    void eachRoleSeesAndChangesTheSameThroughQuarryAndPsql()
    {
        QCOMPARE(admin({QStringLiteral("init")}).code, 0);
        for (const QString &team : {QStringLiteral("North"), QStringLiteral("South")})
            QCOMPARE(admin({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("teams"), team}).code, 0);
        const Login boss = addUser(QStringLiteral("boss"), QStringLiteral("crm_admin"));
        // A partner company: what a conversion makes.
        const qint64 acme = addLead({QStringLiteral("last_name=Acme"), QStringLiteral("company=Acme"), QStringLiteral("assigned_to=") + boss.login});
        CliRunner::Run r = admin({QStringLiteral("lead"), QStringLiteral("convert"), QString::number(acme), QStringLiteral("--partner"), QStringLiteral("new"),
                                  QStringLiteral("--contact"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        const qint64 partner = r.object().value(QStringLiteral("partner")).toInteger();
        QVERIFY(partner > 0);

        const Login mia = addUser(QStringLiteral("mia"), QStringLiteral("crm_manager"), {QStringLiteral("--team"), QStringLiteral("North")});
        const Login sam = addUser(QStringLiteral("sam"), QStringLiteral("crm_sales"), {QStringLiteral("--team"), QStringLiteral("North")});
        const Login olga = addUser(QStringLiteral("olga"), QStringLiteral("crm_sales"), {QStringLiteral("--team"), QStringLiteral("South")});
        const Login mark = addUser(QStringLiteral("mark"), QStringLiteral("crm_marketeer"));
        const Login pat = addUser(QStringLiteral("pat"), QStringLiteral("partner"), {QStringLiteral("--partner"), QString::number(partner)});

        // The leads: Sam's, Olga's (team South), an unassigned one, a lost
        // one, the partner's (Olga's too), the converted Acme (the admin's).
        const qint64 a = addLead({QStringLiteral("last_name=Alpha"), QStringLiteral("assigned_to=") + sam.login});
        const qint64 b = addLead({QStringLiteral("last_name=Bravo"), QStringLiteral("assigned_to=") + olga.login, QStringLiteral("team=South")});
        const qint64 c = addLead({QStringLiteral("last_name=Charlie")});
        const qint64 d = addLead({QStringLiteral("last_name=Delta")});
        const qint64 e = addLead({QStringLiteral("last_name=Echo"), QStringLiteral("assigned_to=") + olga.login, QStringLiteral("team=South"),
                                  QStringLiteral("channel_partner=Acme")});
        QVERIFY(a && b && c && d && e);
        for (qint64 id : {c, d})
            QCOMPARE(admin({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(id), QStringLiteral("--to"), QStringLiteral("none")}).code, 0);
        const QString reason = admin({QStringLiteral("ref"), QStringLiteral("list"), QStringLiteral("loss_reasons")})
                                   .array().first().toObject().value(QStringLiteral("name")).toString();
        r = admin({QStringLiteral("lead"), QStringLiteral("lose"), QString::number(d), QStringLiteral("--reason"), reason});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        // Two of Olga's leads merged: the merge's snapshot holds copies of both.
        const qint64 g1 = addLead({QStringLiteral("last_name=Golf"), QStringLiteral("assigned_to=") + olga.login, QStringLiteral("team=South")});
        const qint64 g2 = addLead({QStringLiteral("last_name=Golf"), QStringLiteral("assigned_to=") + olga.login, QStringLiteral("team=South")});
        r = admin({QStringLiteral("merge"), QString::number(g1), QString::number(g2)});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());

        // Who sees what, in Quarry and through psql alike.
        const QList<std::pair<const Login *, QList<qint64>>> sees{
            {&boss, {a, b, c, d, e, acme, g1}}, {&mia, {a, c, d}},  {&sam, {a, c, d}},
            {&olga, {b, c, d, e, g1}},          {&mark, {a, b, c, e, g1}}, {&pat, {e}},
        };
        // The server's search answers nothing of a lead out of its caller's
        // sight either, asked directly (it reads the index as the owner).
        const QString anyName = QStringLiteral("SELECT quarry_search('alpha:* | bravo:* | charlie:* | delta:* | echo:* | acme:* | golf:*', NULL)");
        for (const auto &[who, expected] : sees) {
            QCOMPARE(ids(cliSees(*who)) + QLatin1Char(' ') + who->login, ids(expected) + QLatin1Char(' ') + who->login);
            QCOMPARE(ids(psqlSees(*who)) + QLatin1Char(' ') + who->login, ids(expected) + QLatin1Char(' ') + who->login);
            QCOMPARE(ids(psqlSees(*who, anyName)) + QLatin1Char(' ') + who->login, ids(expected) + QLatin1Char(' ') + who->login);
            const QList<qint64> golf = expected.contains(g1) ? QList<qint64>{g1} : QList<qint64>{};
            QCOMPARE(ids(cliSees(*who, {QStringLiteral("--search"), QStringLiteral("golf")})) + QLatin1Char(' ') + who->login, ids(golf) + QLatin1Char(' ') + who->login);
        }

        // Who may change the city of the open leads: the same through both.
        const QList<qint64> open{a, b, c, e};
        const QList<std::pair<const Login *, QList<qint64>>> edits{
            {&boss, {a, b, c, e}}, {&mia, {a, c}}, {&sam, {a}}, {&olga, {b, e}}, {&mark, {}}, {&pat, {e}},
        };
        int n = 0;
        for (const auto &[who, expected] : edits) {
            for (qint64 id : open) {
                const bool allowed = expected.contains(id);
                const QString what = QStringLiteral("%1 changing the city of #%2").arg(who->login).arg(id);
                r = as(*who, {QStringLiteral("lead"), QStringLiteral("set"), QString::number(id), QStringLiteral("city=Cli%1").arg(++n)});
                QVERIFY2((r.code == 0) == allowed, qPrintable(what + QStringLiteral(" in Quarry: ") + QString::fromUtf8(CliRunner::describe(r))));
                QVERIFY2(psqlChanges(*who, id, QStringLiteral("city = 'Psql%1'").arg(n)) == allowed, qPrintable(what + QStringLiteral(" through psql")));
            }
        }
        // The marketeer changes the marketing fields of the open leads, and
        // nothing else, there too.
        r = as(mark, {QStringLiteral("lead"), QStringLiteral("set"), QString::number(b), QStringLiteral("score=4")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QVERIFY(psqlChanges(mark, b, QStringLiteral("score = 3")));
        // … moves them through the open statuses (a status change writes the
        // whole row: the server's guard lets the untouched fields pass) …
        QString openStatus;
        for (const QJsonValue &v : admin({QStringLiteral("statuses")}).array())
            if (v.toObject().value(QStringLiteral("open")).toBool() && v.toObject().value(QStringLiteral("role")).isNull())
                openStatus = v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(!openStatus.isEmpty());
        r = as(mark, {QStringLiteral("lead"), QStringLiteral("status"), QString::number(b), openStatus});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        auto [code, text] = psql(mark, QStringLiteral("UPDATE leads SET first_name = 'Sneaky' WHERE id = %1").arg(b));
        QVERIFY2(code != 0 && text.contains(QStringLiteral("may not change the first name")), qPrintable(text));
        // … and cannot close a lead through psql, any more than in Quarry.
        std::tie(code, text) = psql(mark, QStringLiteral("UPDATE leads SET status_id = (SELECT id FROM lead_statuses WHERE role = 'lost') WHERE id = %1").arg(b));
        QVERIFY2(code != 0, qPrintable(text));
        // The partner user keeps off the owner, the team and the status.
        std::tie(code, text) = psql(pat, QStringLiteral("UPDATE leads SET assigned_to = NULL WHERE id = %1").arg(e));
        QVERIFY2(code != 0 && text.contains(QStringLiteral("may not change")), qPrintable(text));
        std::tie(code, text) = psql(pat, QStringLiteral("UPDATE leads SET channel_partner_id = NULL WHERE id = %1").arg(e));
        QVERIFY2(code != 0, qPrintable(text));
        QVERIFY(as(pat, {QStringLiteral("lead"), QStringLiteral("assign"), QString::number(e), QStringLiteral("--to"), QStringLiteral("none")}).code != 0);
        // A sales rep cannot hand his lead to someone else, nor drop it.
        std::tie(code, text) = psql(sam, QStringLiteral("UPDATE leads SET assigned_to = (SELECT id FROM users WHERE login = '%1') WHERE id = %2").arg(olga.login).arg(a));
        QVERIFY2(code != 0, qPrintable(text));
        QVERIFY(!psqlChanges(sam, a, QStringLiteral("assigned_to = NULL")));
        QVERIFY(as(sam, {QStringLiteral("lead"), QStringLiteral("assign"), QString::number(a), QStringLiteral("--to"), olga.login}).code != 0);

        // The work on a lead follows who works it: Sam sees Mia's lead of
        // team North and its events, and adds none to it, through neither.
        const qint64 h = addLead({QStringLiteral("last_name=Hotel"), QStringLiteral("assigned_to=") + mia.login, QStringLiteral("team=North")});
        const QStringList call{QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--subject"), QStringLiteral("Call"),
                               QStringLiteral("--at"), QStringLiteral("2026-12-01T10:00:00Z")};
        r = as(mia, QStringList{QStringLiteral("event"), QStringLiteral("add"), QString::number(h)} + call);
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(psql(sam, QStringLiteral("SELECT count(*) FROM events WHERE lead_id = %1").arg(h)).second, QStringLiteral("1"));
        r = as(sam, QStringList{QStringLiteral("event"), QStringLiteral("add"), QString::number(h)} + call);
        QVERIFY2(r.code == 1 && r.err.contains(sam.login), CliRunner::describe(r).constData());
        const QString event = QStringLiteral("INSERT INTO events (lead_id, kind, subject, starts_at, created_at) VALUES (%1, 'call', 'Sneaky', "
                                             "'2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')");
        std::tie(code, text) = psql(sam, event.arg(h));
        QVERIFY2(code != 0 && text.contains(QStringLiteral("row-level security")), qPrintable(text));
        std::tie(code, text) = psql(sam, QStringLiteral("UPDATE events SET subject = 'Sneaky' WHERE lead_id = %1").arg(h));
        QVERIFY2(text.contains(QStringLiteral("UPDATE 0")), qPrintable(text));
        std::tie(code, text) = psql(sam, QStringLiteral("DELETE FROM events WHERE lead_id = %1").arg(h));
        QVERIFY2(text.contains(QStringLiteral("DELETE 0")), qPrintable(text));
        std::tie(code, text) = psql(sam, event.arg(a));
        QVERIFY2(code == 0, qPrintable(text));
        QCOMPARE(psql(boss, QStringLiteral("SELECT string_agg(subject, ',' ORDER BY id) FROM events WHERE lead_id IN (%1, %2)").arg(h).arg(a)).second,
                 QStringLiteral("Call,Sneaky"));
        // A manager of North hands a lead to a teammate, not out of her own
        // sight (to Olga, of South): refused by Quarry and by the server.
        const qint64 k = addLead({QStringLiteral("last_name=Kilo")});
        QCOMPARE(admin({QStringLiteral("lead"), QStringLiteral("assign"), QString::number(k), QStringLiteral("--to"), QStringLiteral("none")}).code, 0);
        r = as(mia, {QStringLiteral("lead"), QStringLiteral("assign"), QString::number(k), QStringLiteral("--to"), olga.login});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("out of their own sight")), CliRunner::describe(r).constData());
        std::tie(code, text) = psql(mia, QStringLiteral("UPDATE leads SET assigned_to = (SELECT id FROM users WHERE login = '%1') WHERE id = %2")
                                             .arg(olga.login).arg(k));
        QVERIFY2(code != 0 && text.contains(QStringLiteral("row-level security")), qPrintable(text));
        r = as(mia, {QStringLiteral("lead"), QStringLiteral("assign"), QString::number(k), QStringLiteral("--to"), sam.login});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        QCOMPARE(admin({QStringLiteral("lead"), QStringLiteral("show"), QString::number(k)}).object().value(QStringLiteral("assigned_to")).toString(),
                 sam.login);

        // The journals: Olga's merge is out of Sam's sight, in Olga's.
        QCOMPARE(psql(sam, QStringLiteral("SELECT count(*) FROM merges")).second, QStringLiteral("0"));
        QCOMPARE(psql(sam, QStringLiteral("SELECT count(*) FROM merge_members")).second, QStringLiteral("0"));
        QCOMPARE(psql(olga, QStringLiteral("SELECT count(*) FROM merges")).second, QStringLiteral("1"));
        // The partner user sees their company and nothing else of the customers.
        QCOMPARE(psql(pat, QStringLiteral("SELECT string_agg(id::text, ',') FROM partners")).second, QString::number(partner));
        QCOMPARE(psql(pat, QStringLiteral("SELECT count(*) FROM opportunities")).second, QStringLiteral("0"));
        QCOMPARE(psql(pat, QStringLiteral("SELECT count(*) FROM activities WHERE lead_id = %1").arg(a)).second, QStringLiteral("0"));

        // Creating leads: staff yes, the partner user no.
        for (const Login *who : {&boss, &mia, &sam, &mark})
            QVERIFY2(as(*who, {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=By") + who->login.left(4)}).code == 0,
                     qPrintable(who->login));
        QVERIFY(as(pat, {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=ByPat")}).code != 0);
        std::tie(code, text) = psql(pat, QStringLiteral("INSERT INTO leads (last_name) VALUES ('ByPat')"));
        QVERIFY2(code != 0 && text.contains(QStringLiteral("permission denied")), qPrintable(text));
        // A sales rep's lead is his, whatever he asks.
        r = as(sam, {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("last_name=Mine")});
        QCOMPARE(admin({QStringLiteral("lead"), QStringLiteral("show"), QString::number(r.object().value(QStringLiteral("id")).toInteger())})
                     .object().value(QStringLiteral("assigned_to")).toString(),
                 sam.login);

        // Deleting for good: the admin alone, through the trash.
        for (const Login *who : {&mia, &sam, &olga, &mark, &pat}) {
            std::tie(code, text) = psql(*who, QStringLiteral("DELETE FROM leads WHERE id = %1").arg(c));
            QVERIFY2(text.contains(QStringLiteral("DELETE 0")) || code != 0, qPrintable(who->login + text));
        }

        // The configuration and the users: the admin's, through both.
        for (const Login *who : {&mia, &sam, &olga, &mark, &pat}) {
            QVERIFY2(as(*who, {QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("By") + who->login}).code != 0, qPrintable(who->login));
            std::tie(code, text) = psql(*who, QStringLiteral("INSERT INTO lead_statuses (name, name_key, sequence) VALUES ('X', 'x', 99)"));
            QVERIFY2(code != 0 && text.contains(QStringLiteral("permission denied")), qPrintable(who->login + text));
            std::tie(code, text) = psql(*who, QStringLiteral("UPDATE users SET role = 'crm_admin' WHERE login = '%1'").arg(who->login));
            QVERIFY2(code != 0 && text.contains(QStringLiteral("permission denied")), qPrintable(who->login + text));
            QVERIFY(as(*who, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("intruder_") + m_suffix}).code != 0);
            std::tie(code, text) = psql(*who, QStringLiteral("CREATE ROLE intruder_%1 LOGIN SUPERUSER").arg(m_suffix));
            QVERIFY2(code != 0, qPrintable(who->login + text));
        }
        r = as(boss, {QStringLiteral("status"), QStringLiteral("add"), QStringLiteral("Qualified by boss")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        // The admin, from his own session, adds a user the server lets in.
        QProcess *p = CliRunner::start(m_dir.path(), boss.uri, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"),
                                                                 QStringLiteral("newbie_") + m_suffix, QStringLiteral("--password-stdin")});
        p->write("Newbie-Pass-1\n");
        p->closeWriteChannel();
        r = CliRunner::finish(p);
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        const Login newbie{QStringLiteral("newbie_") + m_suffix, QStringLiteral("Newbie-Pass-1"), QString()};
        QCOMPARE(psql(newbie, QStringLiteral("SELECT 1")).second, QStringLiteral("1"));

        // Imports: the marketeer's goes in whole, through the staging
        // tables the policies judge; a sales rep's is refused.
        const QString csv = m_dir.filePath(QStringLiteral("fair.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("last_name,first_name,email,city\nImport,Ann,ann@fair.example,Lyon\nImport,Bob,bob@fair.example,Nice\n"
                    "Import,Cy,cy@fair.example,\"Saint-\\tEtienne\"\n");
        }
        r = as(sam, {QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("create")});
        QVERIFY2(r.code == 1 && r.err.contains(sam.login), CliRunner::describe(r).constData());
        r = as(mark, {QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("create")});
        QVERIFY2(r.code == 0, CliRunner::describe(r).constData());
        r = as(mark, {QStringLiteral("leads"), QStringLiteral("--search"), QStringLiteral("fair")});
        QCOMPARE(r.array().size(), 3);
        QCOMPARE(psql(mark, QStringLiteral("SELECT string_agg(city, '|' ORDER BY first_name) FROM leads WHERE last_name = 'Import'")).second,
                 QStringLiteral("Lyon|Nice|Saint-\\tEtienne"));
        QCOMPARE(psql(mark, QStringLiteral("SELECT count(*) FROM lead_contact_points p JOIN leads l ON l.id = p.lead_id WHERE l.last_name = 'Import'")).second,
                 QStringLiteral("3"));

        // Taking an unassigned lead in charge: Sam can, and then it is his.
        QVERIFY(psqlChanges(sam, c, QStringLiteral("assigned_to = quarry_me()")));
        QVERIFY(!cliSees(olga).contains(c));
    }
};

QTEST_GUILESS_MAIN(TestCliRoleMatrix)
#include "tst_clirolematrix.moc"
