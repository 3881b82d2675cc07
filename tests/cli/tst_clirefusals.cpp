// All or nothing: every command of quarry-cli, refused (wrong usage, a bad
// id, a value refused, a rule, a file it may not write), exits with the
// contract's code and changes nothing at all: the whole database dumped
// (DatabaseDump, unmasked) is the same before and after. The list is one row
// per refusal, and every command `quarry-cli --help` lists must have one.
// On a team server (QUARRY_TEST_POSTGRES) the same rows run against a
// PostgreSQL database, but those about the files beside a SQLite database
// (its -wal and -shm, writing over it, the file passwords it has not).
#include "clirunner.h"
#include "databasedump.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { dropTestDatabase(m_db); }
    void refusal_data();
    void refusal();
    void everyCommandHasARefusal();
    void foreignAndNewerFilesAreNotTouched();

private:
    CliRunner::Run cli(const QStringList &args, const QString &user = {});
    /// Runs a setup command that must succeed and returns its JSON object.
    QJsonObject setup(const QStringList &args);
    QString expand(QString arg) const;
    /// The files of the folder, the database's -wal and -shm left out.
    QStringList files() const;

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QString> m_vars;
    QString m_dump;
    QStringList m_files;
};

CliRunner::Run TestCliRefusals::cli(const QStringList &args, const QString &user)
{
    // A login the file does not know acts as the OS login (who owns the
    // file): no --user, USER set to it. On a team server a session acts as
    // its login (the schema's owner here), who may name another with --user.
    // "@login": named with --user, as someone else than the OS login.
    // Nobody is made by a first write there: "newbie" acts as the usual tester.
    if (TestWorkspace::onPostgres() && !user.isEmpty() && !user.startsWith(QLatin1Char('@'))) {
        const QString login = user == QLatin1String("newbie") ? QStringLiteral("tester") : user;
        return CliRunner::run(m_dir.path(), m_db, QStringList{QStringLiteral("--user"), login, QStringLiteral("--json")} + args);
    }
    if (user.startsWith(QLatin1Char('@')))
        return CliRunner::run(m_dir.path(), m_db, QStringList{QStringLiteral("--user"), user.mid(1), QStringLiteral("--json")} + args);
    if (!user.isEmpty())
        return CliRunner::run(m_dir.path(), m_db, QStringList{QStringLiteral("--json")} + args, {{QStringLiteral("USER"), user}});
    QStringList all{QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("--json")};
    return CliRunner::run(m_dir.path(), m_db, all + args);
}

QJsonObject TestCliRefusals::setup(const QStringList &args)
{
    const CliRunner::Run r = cli(args);
    if (r.code != 0)
        qFatal("setup %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), CliRunner::describe(r).constData());
    return r.object();
}

QString TestCliRefusals::expand(QString arg) const
{
    for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
        arg.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return arg;
}

QStringList TestCliRefusals::files() const
{
    QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &n) { return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm")); });
    return names;
}

void TestCliRefusals::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = testDatabase(m_dir.path(), QStringLiteral("crm.sqlite"));
    auto id = [](const QJsonObject &o, const char *key) { return QString::number(o.value(QLatin1String(key)).toInteger()); };
    setup({QStringLiteral("init")});
    setup({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("40")});
    setup({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")});
    const QJsonArray open = CliRunner::run(m_dir.path(), m_db, {QStringLiteral("--json"), QStringLiteral("leads"), QStringLiteral("--menu"),
                                                               QStringLiteral("opened"), QStringLiteral("--sort"), QStringLiteral("id")})
                                .array();
    QVERIFY(open.size() >= 8);
    QStringList ids;
    for (const QJsonValue &v : open)
        if (v.toObject().value(QStringLiteral("converted_at")).isNull() || v.toObject().value(QStringLiteral("converted_at")).toString().isEmpty())
            ids << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(ids.size() >= 8);
    m_vars[QStringLiteral("open")] = ids.at(0);
    m_vars[QStringLiteral("open2")] = ids.at(1);
    m_vars[QStringLiteral("db")] = m_db;
    m_vars[QStringLiteral("dir")] = m_dir.path();

    // A converted lead and its partner, a lost lead.
    const QJsonObject converted = setup({QStringLiteral("lead"), QStringLiteral("convert"), ids.at(2), QStringLiteral("--partner"), QStringLiteral("new"),
                                         QStringLiteral("--contact"), QStringLiteral("new"), QStringLiteral("--opportunity"), QStringLiteral("yes")});
    m_vars[QStringLiteral("converted")] = ids.at(2);
    m_vars[QStringLiteral("partner")] = id(converted, "partner");
    setup({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("loss_reasons"), QStringLiteral("Too dear")});
    setup({QStringLiteral("lead"), QStringLiteral("lose"), ids.at(3), QStringLiteral("--reason"), QStringLiteral("Too dear")});
    m_vars[QStringLiteral("lost")] = ids.at(3);
    // A merge undone, a merge kept.
    const QJsonObject undone = setup({QStringLiteral("merge"), ids.at(4), ids.at(5)});
    m_vars[QStringLiteral("undone_merge")] = id(undone, "merge_id");
    setup({QStringLiteral("merge"), QStringLiteral("undo"), m_vars.value(QStringLiteral("undone_merge"))});
    setup({QStringLiteral("merge"), ids.at(6), ids.at(7)});
    m_vars[QStringLiteral("master")] = ids.at(6);
    m_vars[QStringLiteral("merged")] = ids.at(7);
    // An event, a ticket (closed), a template, an email, an attachment, a used tag.
    m_vars[QStringLiteral("event")] = id(setup({QStringLiteral("event"), QStringLiteral("add"), ids.at(0), QStringLiteral("--type"), QStringLiteral("call"),
                                                QStringLiteral("--subject"), QStringLiteral("Call back"), QStringLiteral("--at"),
                                                QStringLiteral("2026-05-04T10:00:00Z")}),
                                         "id");
    m_vars[QStringLiteral("ticket")] = id(setup({QStringLiteral("ticket"), QStringLiteral("add"), ids.at(0), QStringLiteral("--subject"), QStringLiteral("Broken")}), "id");
    setup({QStringLiteral("ticket"), QStringLiteral("close"), m_vars.value(QStringLiteral("ticket"))});
    m_vars[QStringLiteral("open_ticket")] = id(setup({QStringLiteral("ticket"), QStringLiteral("add"), ids.at(0), QStringLiteral("--subject"), QStringLiteral("Open")}), "id");
    setup({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("Welcome"), QStringLiteral("--subject"), QStringLiteral("Hello"),
           QStringLiteral("--body"), QStringLiteral("Dear customer")});
    setup({QStringLiteral("email"), QStringLiteral("send"), ids.at(0), QStringLiteral("--to"), QStringLiteral("ann@example.org"), QStringLiteral("--subject"),
           QStringLiteral("Hi")});
    const QString note = m_dir.filePath(QStringLiteral("note.txt"));
    {
        QFile f(note);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a note\n");
    }
    m_vars[QStringLiteral("note")] = note;
    m_vars[QStringLiteral("attachment")] = id(setup({QStringLiteral("attach"), ids.at(0), note}), "id");
    setup({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("tags"), QStringLiteral("Used")});
    setup({QStringLiteral("ref"), QStringLiteral("add"), QStringLiteral("tags"), QStringLiteral("Other")});
    setup({QStringLiteral("lead"), QStringLiteral("set"), ids.at(0), QStringLiteral("tags=Used")});
    // An import undone; a file whose every row is refused.
    const QString csv = m_dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first_name,last_name,email\nZoe,Import,zoe@example.org\nYann,Import,yann@example.org\n");
    }
    const QJsonObject imported = setup({QStringLiteral("import"), QStringLiteral("leads"), csv});
    m_vars[QStringLiteral("import")] = id(imported, "import");
    setup({QStringLiteral("import"), QStringLiteral("revert"), m_vars.value(QStringLiteral("import"))});
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
    {
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first_name,last_name,email\n,,not-an-email\nAl,Bad,also@@bad\n");
    }
    m_vars[QStringLiteral("rejects")] = rejects;
    const QString badMapping = m_dir.filePath(QStringLiteral("mapping.json"));
    {
        QFile f(badMapping);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    m_vars[QStringLiteral("bad_mapping")] = badMapping;
    m_vars[QStringLiteral("missing")] = m_dir.filePath(QStringLiteral("no-such-file.csv"));

    // Another program's SQLite file, and a Quarry file of a newer schema.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    m_vars[QStringLiteral("foreign")] = foreign;
    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    m_vars[QStringLiteral("newer")] = newer;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusals-foreign"));
        c.setDatabaseName(foreign);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusals-foreign"));
    {
        // A Quarry file of this schema (made beside the test), then marked newer.
        const CliRunner::Run b = CliRunner::run(m_dir.path(), newer, {QStringLiteral("init")});
        QCOMPARE(b.code, 0);
    }
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusals-newer"));
        c.setDatabaseName(newer);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusals-newer"));
    QString error;
    m_dump = DatabaseDump::dump(m_db, false, &error);
    QVERIFY2(!m_dump.isEmpty(), qPrintable(error));
    if (!TestWorkspace::onPostgres()) {
        const QStringList problems = DatabaseDump::checkDerived(m_db);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        m_dump = DatabaseDump::dump(m_db, false, &error); // as checkDerived's open left it (nothing changes, but to be exact)
    }
    m_files = files();
}

namespace {

/// One refused invocation: its arguments ({name} stands for a fixture's id
/// or path), the exit code the contract gives it, and the acting user.
struct Refusal
{
    const char *name;
    QStringList args;
    int code;
    QString user;
};

/// Every refusal, one row each.
QList<Refusal> refusals()
{
    QList<Refusal> rows;
    auto row = [&rows](const char *name, const QString &line, int code, const QString &user = {}) {
        // Arguments split on spaces; "~" stands for a space inside one.
        QStringList args = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &a : args)
            a.replace(QLatin1Char('~'), QLatin1Char(' '));
        rows << Refusal{name, args, code, user};
    };
    const QString newbie = QStringLiteral("newbie"); // an OS login unknown to the file: a refused write must not create it
    // Global
    row("no command", QString(), 2);
    row("unknown command", QStringLiteral("frobnicate"), 2);
    row("unknown option", QStringLiteral("--frob stats"), 2);
    // Database
    row("init: argument", QStringLiteral("init extra"), 2, newbie);
    row("stats: argument", QStringLiteral("stats extra"), 2);
    // Statuses
    row("statuses: argument", QStringLiteral("statuses extra"), 2);
    row("status add: existing", QStringLiteral("status add Nurturing"), 1, newbie);
    row("status add: after unknown", QStringLiteral("status add Fresh --after Nowhere"), 1);
    row("status add: no name", QStringLiteral("status add"), 2);
    row("status rename: unknown", QStringLiteral("status rename Nowhere Somewhere"), 1);
    row("status rename: to existing", QStringLiteral("status rename Nurturing Lost"), 1, newbie);
    row("status move: unknown", QStringLiteral("status move Nowhere --position 1"), 1);
    row("status move: no position", QStringLiteral("status move Nurturing"), 2);
    row("status move: bad position", QStringLiteral("status move Nurturing --position x"), 2);
    row("status open: unknown", QStringLiteral("status open Nowhere yes"), 1);
    row("status open: bad value", QStringLiteral("status open Nurturing maybe"), 2);
    row("status open: role converted", QStringLiteral("status open Converted yes"), 1, newbie);
    row("status role: bad role", QStringLiteral("status role boss Nurturing"), 2);
    row("status role: unknown", QStringLiteral("status role new Nowhere"), 1);
    row("status remove: holds a role", QStringLiteral("status remove Converted"), 1, newbie);
    row("status remove: has leads", QStringLiteral("status remove To~be~processed"), 1);
    row("status remove: move to lost", QStringLiteral("status remove Nurturing --move-leads-to Lost"), 1);
    row("status remove: unknown", QStringLiteral("status remove Nowhere"), 1);
    // Leads
    row("lead add: unknown field", QStringLiteral("lead add first_name=Al bogus=1"), 1, newbie);
    row("lead add: bad email", QStringLiteral("lead add first_name=Al email=not-an-email"), 1);
    row("lead add: unknown status", QStringLiteral("lead add first_name=Al status=Nowhere"), 1);
    row("lead add: read-only field", QStringLiteral("lead add first_name=Al created_at=2020-01-01T00:00:00Z"), 1);
    row("lead add: new tag, bad email", QStringLiteral("lead add first_name=Al tags=Brand~new email=bad@"), 1);
    row("lead add: not FIELD=VALUE", QStringLiteral("lead add first_name"), 2);
    row("lead add: nothing", QStringLiteral("lead add"), 2);
    row("lead show: no such lead", QStringLiteral("lead show 999999"), 1);
    row("lead show: not an id", QStringLiteral("lead show abc"), 2);
    row("lead set: no such lead", QStringLiteral("lead set 999999 first_name=Al"), 1, newbie);
    row("lead set: bad email", QStringLiteral("lead set {open} email=not-an-email"), 1);
    row("lead set: bad score", QStringLiteral("lead set {open} score=high"), 1);
    row("lead set: read-only", QStringLiteral("lead set {open} updated_at=2020-01-01T00:00:00Z"), 1);
    row("lead set: merged lead", QStringLiteral("lead set {merged} first_name=Back"), 1);
    row("lead set: closed status", QStringLiteral("lead set {open} status=Lost"), 1, newbie);
    row("lead set: new function, bad email", QStringLiteral("lead set {open} job_title=Brand~new~job email=bad@"), 1);
    row("lead status: converted", QStringLiteral("lead status {open} Converted"), 1, newbie);
    row("lead status: lost", QStringLiteral("lead status {open} Lost"), 1);
    row("lead status: unknown status", QStringLiteral("lead status {open} Nowhere"), 1);
    row("lead status: no such lead", QStringLiteral("lead status 999999 Nurturing"), 1);
    row("lead status: converted lead", QStringLiteral("lead status {converted} Nurturing"), 1);
    row("lead status: several, each refused", QStringLiteral("lead status {converted} {merged} 999999 Nurturing"), 1, newbie);
    row("lead status: usage", QStringLiteral("lead status {open}"), 2);
    row("lead take: no such lead", QStringLiteral("lead take 999999"), 1, newbie);
    row("lead take: not an id", QStringLiteral("lead take abc"), 2);
    row("lead take: merged and converted", QStringLiteral("lead take {merged},{converted}"), 1);
    row("lead assign: unknown user", QStringLiteral("lead assign {open} --to nobody"), 1, newbie);
    row("lead assign: no such lead", QStringLiteral("lead assign 999999 --to bob"), 1);
    row("lead assign: no --to", QStringLiteral("lead assign {open}"), 2);
    row("lead history: no such lead", QStringLiteral("lead history 999999"), 1);
    row("lead history: usage", QStringLiteral("lead history"), 2);
    row("lead comment: no such lead", QStringLiteral("lead comment 999999 Hello"), 1, newbie);
    row("lead comment: empty", QStringLiteral("lead comment {open} ~"), 1);
    row("lead comment: usage", QStringLiteral("lead comment {open}"), 2);
    row("lead delete: no such lead", QStringLiteral("lead delete 999999"), 1, newbie);
    row("lead delete: not an id", QStringLiteral("lead delete abc"), 2);
    row("lead restore: not in the trash", QStringLiteral("lead restore {open}"), 1, newbie);
    row("lead restore: no such lead", QStringLiteral("lead restore 999999"), 1);
    row("lead restore: not an id", QStringLiteral("lead restore abc"), 2);
    row("trash empty: not an admin", QStringLiteral("trash empty"), 1, QStringLiteral("bob"));
    row("trash empty: not in the trash", QStringLiteral("trash empty {open}"), 1, newbie);
    row("trash empty: not an id", QStringLiteral("trash empty abc"), 2);
    row("leads: bad sort", QStringLiteral("leads --sort bogus"), 2);
    row("leads: bad menu", QStringLiteral("leads --menu bogus"), 2);
    row("leads: bad limit", QStringLiteral("leads --limit x"), 2);
    // Workflows
    row("lead convert: converted lead", QStringLiteral("lead convert {converted}"), 1, newbie);
    row("lead convert: lost lead", QStringLiteral("lead convert {lost}"), 1);
    row("lead convert: no such partner", QStringLiteral("lead convert {open} --partner 999999"), 1);
    row("lead convert: bad partner", QStringLiteral("lead convert {open} --partner bogus"), 2);
    row("lead convert: no such contact", QStringLiteral("lead convert {open} --partner {partner} --contact 999999"), 1);
    row("lead convert: unknown partner status", QStringLiteral("lead convert {open} --partner new --partner-status Nowhere"), 1);
    row("lead convert: merged lead", QStringLiteral("lead convert {merged}"), 1);
    row("lead lose: no reason", QStringLiteral("lead lose {open}"), 2);
    row("lead lose: unknown reason", QStringLiteral("lead lose {open} --reason Nowhere"), 1, newbie);
    row("lead lose: converted lead", QStringLiteral("lead lose {converted} --reason Too~dear"), 1);
    row("lead lose: lost lead", QStringLiteral("lead lose {lost} --reason Too~dear"), 1);
    row("lead reopen: open lead", QStringLiteral("lead reopen {open}"), 1, newbie);
    row("lead reopen: closed status", QStringLiteral("lead reopen {lost} --status Converted"), 1);
    row("lead reopen: unknown status", QStringLiteral("lead reopen {lost} --status Nowhere"), 1);
    // Duplicates and merge
    row("duplicates: unknown field", QStringLiteral("duplicates --fields bogus"), 2);
    row("duplicates: one lead", QStringLiteral("duplicates --not-duplicate {open}"), 2);
    row("duplicates: no such lead", QStringLiteral("duplicates --not-duplicate {open},999999"), 1, newbie);
    row("duplicates: forget, not ids", QStringLiteral("duplicates --forget abc"), 2);
    row("merge: with itself", QStringLiteral("merge {open} {open}"), 1, newbie);
    row("merge: merged lead", QStringLiteral("merge {open} {merged}"), 1);
    row("merge: no such lead", QStringLiteral("merge {open} 999999"), 1);
    row("merge: converted lead", QStringLiteral("merge {open} {converted}"), 1);
    row("merge: one lead", QStringLiteral("merge {open}"), 2);
    row("merge undo: undone", QStringLiteral("merge undo {undone_merge}"), 1, newbie);
    row("merge undo: no such merge", QStringLiteral("merge undo 999999"), 1);
    row("merge undo: usage", QStringLiteral("merge undo"), 2);
    row("merges: not an id", QStringLiteral("merges abc"), 2);
    row("merges: usage", QStringLiteral("merges"), 2);
    // Events, tickets
    row("event add: no such lead", QStringLiteral("event add 999999 --type call --subject S --at 2026-05-04T10:00:00Z"), 1, newbie);
    row("event add: bad type", QStringLiteral("event add {open} --type party --subject S --at 2026-05-04T10:00:00Z"), 2);
    row("event add: no --at", QStringLiteral("event add {open} --type call --subject S"), 2);
    row("event add: bad date", QStringLiteral("event add {open} --type call --subject S --at tomorrow"), 2);
    row("event add: empty subject", QStringLiteral("event add {open} --type call --subject ~ --at 2026-05-04T10:00:00Z"), 1);
    row("event add: unknown owner", QStringLiteral("event add {open} --type call --subject S --at 2026-05-04T10:00:00Z --owner nobody"), 2);
    row("event set: no such event", QStringLiteral("event set 999999 --subject S"), 1, newbie);
    row("event set: bad state", QStringLiteral("event set {event} --state sleeping"), 2);
    row("event set: negative duration", QStringLiteral("event set {event} --duration -5"), 1);
    row("event done: no such event", QStringLiteral("event done 999999"), 1, newbie);
    row("event cancel: no such event", QStringLiteral("event cancel 999999"), 1);
    row("event plan: no such event", QStringLiteral("event plan 999999"), 1);
    row("event remove: no such event", QStringLiteral("event remove 999999"), 1, newbie);
    row("events: not an id", QStringLiteral("events abc"), 2);
    row("ticket add: no such lead", QStringLiteral("ticket add 999999 --subject S"), 1, newbie);
    row("ticket add: no subject", QStringLiteral("ticket add {open}"), 1);
    row("ticket close: closed", QStringLiteral("ticket close {ticket}"), 1);
    row("ticket close: no such ticket", QStringLiteral("ticket close 999999"), 1, newbie);
    row("ticket reopen: open", QStringLiteral("ticket reopen {open_ticket}"), 1);
    row("ticket reopen: no such ticket", QStringLiteral("ticket reopen 999999"), 1);
    row("tickets: not an id", QStringLiteral("tickets abc"), 2);
    row("tickets: both filters", QStringLiteral("tickets {open} --open --closed"), 2);
    // Emails, templates, attachments
    row("email compose: no such lead", QStringLiteral("email compose 999999"), 1);
    row("email compose: unknown template", QStringLiteral("email compose {open} --template Nowhere"), 1);
    row("email send: no such lead", QStringLiteral("email send 999999 --to a@example.org"), 1, newbie);
    row("email send: bad address", QStringLiteral("email send {open} --to not-an-address"), 1);
    row("email send: unknown template", QStringLiteral("email send {open} --to a@example.org --template Nowhere"), 1);
    row("emails: not an id", QStringLiteral("emails abc"), 2);
    row("template add: existing", QStringLiteral("template add Welcome --subject S --body B"), 1, newbie);
    row("template add: usage", QStringLiteral("template add"), 2);
    row("templates: argument", QStringLiteral("templates extra"), 2);
    row("attach: no such lead", QStringLiteral("attach 999999 {note}"), 1, newbie);
    row("attach: missing file", QStringLiteral("attach {open} {missing}"), 1);
    row("attach: a folder", QStringLiteral("attach {open} {dir}"), 1);
    row("attach: usage", QStringLiteral("attach {open}"), 2);
    row("attachments: not an id", QStringLiteral("attachments abc"), 2);
    row("attachment get: no such attachment", QStringLiteral("attachment get 999999 {dir}/out.bin"), 1);
    row("attachment get: over the database", QStringLiteral("attachment get {attachment} {db}"), 3);
    row("attachment get: over the wal", QStringLiteral("attachment get {attachment} {db}-wal"), 3);
    row("attachment remove: no such attachment", QStringLiteral("attachment remove 999999"), 1, newbie);
    // Partners
    row("partners: usage", QStringLiteral("partners extra"), 2);
    row("partner show: no such partner", QStringLiteral("partner show 999999"), 1);
    row("partner status: no such partner", QStringLiteral("partner status 999999 Won"), 1, newbie);
    row("partner status: unknown status", QStringLiteral("partner status {partner} Nowhere"), 1);
    // Import, export, backup
    row("import leads: missing file", QStringLiteral("import leads {missing}"), 3, newbie);
    row("import leads: a folder", QStringLiteral("import leads {dir}"), 3);
    row("import leads: bad --on-duplicate", QStringLiteral("import leads {rejects} --on-duplicate merge"), 2);
    row("import leads: bad mapping", QStringLiteral("import leads {rejects} --mapping {bad_mapping}"), 3);
    row("import leads: every row rejected", QStringLiteral("import leads {rejects}"), 1, newbie);
    row("import leads: report over the database", QStringLiteral("import leads {rejects} --report {db}"), 3);
    row("import leads: every row rejected, new tags", QStringLiteral("import leads {rejects} --tags Fresh,Brand~new"), 1, newbie);
    row("import leads: unknown status", QStringLiteral("import leads {rejects} --status Nowhere"), 3);
    row("import leads: bad delimiter", QStringLiteral("import leads {rejects} --delimiter ab"), 2);
    row("imports: argument", QStringLiteral("imports extra"), 2);
    row("import revert: reverted", QStringLiteral("import revert {import}"), 1, newbie);
    row("import revert: no such import", QStringLiteral("import revert 999999"), 1);
    row("import revert: usage", QStringLiteral("import revert"), 2);
    row("import industries: missing file", QStringLiteral("import industries {missing}"), 3, newbie);
    row("import cities: missing file", QStringLiteral("import cities {missing}"), 3, newbie);
    row("import cities: report over the database", QStringLiteral("import cities {rejects} --report {db}"), 3);
    row("export leads: over the database", QStringLiteral("export leads {db}"), 3);
    row("export leads: over the shm", QStringLiteral("export leads {db}-shm"), 3);
    row("export leads: unknown column", QStringLiteral("export leads {dir}/out.csv --columns bogus"), 2);
    row("export leads: bad format", QStringLiteral("export leads {dir}/out.csv --format pdf"), 2);
    row("backup: over the database", QStringLiteral("backup {db}"), 3);
    row("backup: over the wal", QStringLiteral("backup {db}-wal"), 3);
    row("backup: usage", QStringLiteral("backup"), 2);
    row("restore: missing file", QStringLiteral("restore {missing}"), 3, newbie);
    row("restore: newer schema", QStringLiteral("restore {newer}"), 3, newbie);
    row("restore: another program's file", QStringLiteral("restore {foreign}"), 3);
    row("restore: not a database", QStringLiteral("restore {note}"), 3);
    row("restore: the database itself", QStringLiteral("restore {db}"), 3);
    row("restore: usage", QStringLiteral("restore"), 2);
    // Reference data and options
    row("options: argument", QStringLiteral("options extra"), 2);
    row("option set: unknown key", QStringLiteral("option set bogus 1"), 1, newbie);
    row("option set: bad value", QStringLiteral("option set attachment_max_bytes lots"), 1);
    row("option set: bad required field", QStringLiteral("option set required_fields bogus"), 1);
    row("ref list: unknown list", QStringLiteral("ref list bogus"), 2);
    row("ref add: existing", QStringLiteral("ref add tags Used"), 1, newbie);
    row("ref add: unknown list", QStringLiteral("ref add bogus X"), 2);
    row("ref add: bad colour", QStringLiteral("ref add tags Fresh --color red"), 1);
    row("ref add: country without code", QStringLiteral("ref add countries Atlantis"), 1);
    row("ref rename: unknown", QStringLiteral("ref rename tags Nowhere Somewhere"), 1, newbie);
    row("ref rename: to existing", QStringLiteral("ref rename tags Used Other"), 1);
    row("ref remove: in use", QStringLiteral("ref remove tags Used"), 1, newbie);
    row("ref remove: unknown", QStringLiteral("ref remove tags Nowhere"), 1);
    // Users
    row("users: argument", QStringLiteral("users extra"), 2);
    row("user add: existing", QStringLiteral("user add bob"), 1, newbie);
    row("user add: bad email", QStringLiteral("user add carol --email not-an-email"), 1);
    row("user add: usage", QStringLiteral("user add"), 2);
    row("user active: unknown", QStringLiteral("user active nobody no"), 1, newbie);
    row("user active: bad value", QStringLiteral("user active bob maybe"), 2);
    row("user add: bad role", QStringLiteral("user add dora --role boss"), 2);
    row("user add: partner without company", QStringLiteral("user add dora --role partner"), 1, newbie);
    row("user add: unknown team", QStringLiteral("user add dora --team Nowhere"), 1);
    row("user add: by a sales rep", QStringLiteral("user add dora"), 1, QStringLiteral("bob"));
    row("user role: unknown user", QStringLiteral("user role nobody crm_sales"), 1);
    row("user role: bad role", QStringLiteral("user role bob boss"), 2);
    row("user role: the last admin", QStringLiteral("user role tester crm_sales"), 1);
    row("user role: by a sales rep", QStringLiteral("user role bob crm_admin"), 1, QStringLiteral("bob"));
    row("user deactivate: unknown", QStringLiteral("user deactivate nobody"), 1, newbie);
    row("user deactivate: the last admin", QStringLiteral("user deactivate tester"), 1);
    row("user deactivate: usage", QStringLiteral("user deactivate"), 2);
    row("user password: no file passwords", QStringLiteral("user password bob --password-stdin"), 1);
    row("user password: usage", QStringLiteral("user password bob"), 2);
    row("lead set: stale version", QStringLiteral("lead set {open} --if-version 999 city=Lyon"), 1);
    row("lead set: bad version", QStringLiteral("lead set {open} --if-version x city=Lyon"), 2);
    row("lead set: a sales rep on another's lead", QStringLiteral("lead set {open} city=Lyon"), 1, QStringLiteral("bob"));
    row("--user unknown to the file", QStringLiteral("stats"), 1, QStringLiteral("@mallory"));
    // Demo
    row("demo: database has leads", QStringLiteral("demo"), 1, newbie);
    row("demo: bad count", QStringLiteral("demo --leads many"), 2);
    return rows;
}

} // namespace

void TestCliRefusals::refusal_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("user");
    for (const Refusal &r : refusals())
        QTest::newRow(r.name) << r.args << r.code << r.user;
}

void TestCliRefusals::refusal()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, user);
    if (TestWorkspace::onPostgres() && (args.join(QLatin1Char(' ')).contains(QLatin1String("{db}")) || args.contains(QStringLiteral("--password-stdin"))))
        QSKIP("about the files of a SQLite database");
    for (QString &a : args)
        a = expand(a);
    const CliRunner::Run r = cli(args, user);
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("expected exit %1, got %2").arg(code).arg(QString::fromUtf8(CliRunner::describe(r)))));
    QString error;
    const QString now = DatabaseDump::dump(m_db, false, &error);
    QVERIFY2(!now.isEmpty(), qPrintable(error));
    if (now != m_dump) {
        const QString diff = DatabaseDump::difference(m_dump, now);
        m_dump = now; // the next rows compare with what this one left
        QFAIL(qPrintable(QStringLiteral("the refused command changed the database:\n") + diff));
    }
    QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("out.csv"))), "an export was written");
    // No file left beside the database either (a kept copy, a backup, a temporary file).
    QCOMPARE(files(), m_files);
}

void TestCliRefusals::everyCommandHasARefusal()
{
    // The commands as --help lists them: the leading lower-case words of each line.
    const CliRunner::Run help = CliRunner::run(m_dir.path(), m_db, {QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QList<QStringList> commands;
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  ")))
            continue;
        const QString head = line.trimmed().section(QStringLiteral("  "), 0, 0);
        QStringList words;
        static const QRegularExpression word(QStringLiteral("^[a-z]+$"));
        for (const QString &w : head.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!word.match(w).hasMatch())
                break;
            words << w;
        }
        if (!words.isEmpty() && !commands.contains(words))
            commands << words;
    }
    QVERIFY2(commands.size() >= 60, qPrintable(QStringLiteral("only %1 commands read from --help").arg(commands.size())));
    // Each row's command: the longest listed command its arguments start with.
    QSet<QString> covered;
    for (const Refusal &r : refusals()) {
        const QStringList &args = r.args;
        QStringList best;
        for (const QStringList &c : std::as_const(commands))
            if (c.size() > best.size() && args.mid(0, c.size()) == c)
                best = c;
        if (!best.isEmpty())
            covered.insert(best.join(QLatin1Char(' ')));
    }
    QStringList missing;
    for (const QStringList &c : std::as_const(commands))
        if (!covered.contains(c.join(QLatin1Char(' '))))
            missing << c.join(QLatin1Char(' '));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("commands without a refusal row: ") + missing.join(QStringLiteral(", "))));
}

void TestCliRefusals::foreignAndNewerFilesAreNotTouched()
{
    if (TestWorkspace::onPostgres())
        QSKIP("SQLite files (tst_cliintegrity refuses foreign and newer databases on the server)");
    auto bytes = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString foreign = m_vars.value(QStringLiteral("foreign")), newer = m_vars.value(QStringLiteral("newer"));
    for (const QString &file : {foreign, newer}) {
        const QByteArray before = bytes(file);
        for (const QStringList &args : {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("stats")},
                                        QStringList{QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("first_name=Al")},
                                        QStringList{QStringLiteral("demo")}}) {
            const CliRunner::Run r = CliRunner::run(m_dir.path(), file, args, {{QStringLiteral("USER"), QStringLiteral("newbie")}});
            QVERIFY2(r.code == 3, CliRunner::describe(r).constData());
            QVERIFY2(bytes(file) == before, qPrintable(file + QStringLiteral(" changed by ") + args.join(QLatin1Char(' '))));
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "tst_clirefusals.moc"
