// quarry-crashtest: every writing operation of quarry-cli, killed (SIGKILL)
// at random moments, leaves a sound file holding the data entirely as before
// or entirely as after. See tests/crash/README.md.
//
// For each operation: a seeded database is built once, its dump taken
// ("before"); the operation runs once to completion on a copy ("after", and
// how long it takes); then each trial copies the seeded file, starts the
// operation as a child process, kills it after a random delay within that
// duration, and checks the file: PRAGMA integrity_check, every derived table
// (DatabaseDump::checkDerived) and the dump, timestamps masked, equal to
// "before" or to "after".
#include "databasedump.h"
#include "leadservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <limits>
#include <random>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString g_cli;
QString g_self;
QString g_home;

struct Run
{
    int code = -1;
    QByteArray out, err;
    qint64 ms = 0;
};

QProcess *startProcess(const QString &program, const QStringList &args)
{
    auto *p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_DATA_HOME"), g_home);
    e.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(e);
    p->start(program, args);
    return p;
}

/// quarry-cli --database DB --user tester --json ARGS…, to its end.
Run cli(const QString &db, const QStringList &args)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QProcess> p(startProcess(g_cli, QStringList{QStringLiteral("--database"), db, QStringLiteral("--user"),
                                                                QStringLiteral("tester"), QStringLiteral("--json")} + args));
    Run r;
    if (!p->waitForFinished(600000))
        p->kill(), p->waitForFinished();
    r.ms = clock.elapsed();
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

[[noreturn]] void die(const QString &message)
{
    out() << "quarry-crashtest: " << message << Qt::endl;
    std::exit(2);
}

Run must(const QString &db, const QStringList &args)
{
    Run r = cli(db, args);
    if (r.code != 0)
        die(QStringLiteral("setup `%1` exited %2: %3").arg(args.join(QLatin1Char(' '))).arg(r.code).arg(QString::fromUtf8(r.err)));
    return r;
}

QList<qint64> sqlIds(const QString &db, const QString &sql)
{
    QList<qint64> ids;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashtest-read"));
        c.setDatabaseName(db);
        if (!c.open())
            die(QStringLiteral("cannot read %1").arg(db));
        QSqlQuery q(c);
        if (!q.exec(sql))
            die(QStringLiteral("%1 failed").arg(sql));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crashtest-read"));
    return ids;
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

/// One operation under test.
struct Operation
{
    QString name;
    /// Builds the seeded file from the base file (default: the base as it is).
    std::function<void(const QString &seeded)> seed;
    /// The child process: program and arguments, on database `db`.
    std::function<std::pair<QString, QStringList>(const QString &db)> command;
    /// Extra checks after a trial (the backup's target); problems.
    std::function<QStringList(const QString &db)> extraCheck;
    /// Before each trial (and the run to completion): clean what the last one left.
    std::function<void()> reset;
};

struct Tally
{
    int trials = 0, killed = 0, ended = 0, asBefore = 0, asAfter = 0, failures = 0;
};

class CrashTest
{
public:
    CrashTest(const QString &dir, int leads, quint64 seed, const QString &keep) : m_dir(dir), m_leads(leads), m_rng(seed), m_keep(keep) {}

    void buildBase()
    {
        QElapsedTimer clock;
        clock.start();
        m_base = m_dir + QStringLiteral("/base.sqlite");
        must(m_base, {QStringLiteral("init")});
        must(m_base, {QStringLiteral("demo"), QStringLiteral("--leads"), QString::number(m_leads)});
        must(m_base, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--name"), QStringLiteral("Bob Crash")});
        writeImportFile();
        // How long quarry-cli takes to start and open the file: a kill before
        // that finds the file untouched, so trials kill after it.
        m_startup = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i)
            m_startup = std::min(m_startup, must(m_base, {QStringLiteral("stats")}).ms);
        out() << "base: " << m_leads << " demo leads, import file of " << m_importRows << " rows, built in " << clock.elapsed()
              << " ms; quarry-cli starts and reads in " << m_startup << " ms"
              << Qt::endl;
    }

    QString base() const { return m_base; }
    QString importFile() const { return m_dir + QStringLiteral("/import.csv"); }

    /// Open leads that can be merged, converted, moved: not converted, not lost.
    QList<qint64> openLeads(const QString &db, int limit = -1) const
    {
        return sqlIds(db, QStringLiteral("SELECT l.id FROM leads l JOIN lead_statuses s ON s.id = l.status_id WHERE s.is_open = 1 "
                                         "AND l.merged_into IS NULL AND l.converted_at IS NULL ORDER BY l.id LIMIT %1")
                              .arg(limit));
    }

    Tally run(const Operation &op, int trials)
    {
        Tally t;
        const QString seeded = m_dir + QStringLiteral("/%1-seeded.sqlite").arg(op.name);
        copyDatabase(m_base, seeded);
        if (op.seed)
            op.seed(seeded);
        const QString trial = m_dir + QStringLiteral("/%1-trial.sqlite").arg(op.name);

        // Before: the seeded file, sound.
        QString error;
        const QString before = DatabaseDump::dump(seeded, true, &error);
        if (before.isEmpty())
            die(error);
        if (const QStringList p = DatabaseDump::checkDerived(seeded); !p.isEmpty())
            fail(t, op, -1, QStringLiteral("the seeded file: ") + p.join(QStringLiteral("; ")), {});

        // After: the operation run to its end, and how long it takes.
        if (op.reset)
            op.reset();
        copyDatabase(seeded, trial);
        const auto [program, args] = op.command(trial);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QProcess> p(startProcess(program, args));
        p->waitForFinished(600000);
        const qint64 duration = clock.elapsed();
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            die(QStringLiteral("%1 to its end exited %2: %3").arg(op.name).arg(p->exitCode()).arg(QString::fromUtf8(p->readAllStandardError())));
        p.reset();
        if (const QStringList problems = checkTrial(op, trial); !problems.isEmpty())
            fail(t, op, 0, QStringLiteral("run to its end: ") + problems.join(QStringLiteral("; ")), {});
        const QString after = DatabaseDump::dump(trial, true, &error);
        if (after.isEmpty())
            die(error);

        for (int i = 1; i <= trials; ++i) {
            ++t.trials;
            if (op.reset)
                op.reset();
            copyDatabase(seeded, trial);
            const auto [program, args] = op.command(trial);
            // A random moment of the run, after the start-up (see buildBase).
            const qint64 from = std::min(m_startup * 9 / 10, duration);
            const qint64 delay = std::uniform_int_distribution<qint64>(from, std::max<qint64>(duration, from + 1))(m_rng);
            std::unique_ptr<QProcess> child(startProcess(program, args));
            child->waitForStarted();
            if (child->waitForFinished(int(delay))) {
                ++t.ended;
            } else {
                child->kill(); // SIGKILL
                child->waitForFinished();
                ++t.killed;
            }
            child.reset();
            const QString raw = keepRaw(trial);
            QStringList problems = checkTrial(op, trial);
            const QString now = DatabaseDump::dump(trial, true, &error);
            if (now.isEmpty())
                problems << error;
            else if (now == before)
                ++t.asBefore;
            else if (now == after)
                ++t.asAfter;
            else
                problems << QStringLiteral("neither as before nor as after (delay %1 ms); against after:\n%2")
                                .arg(delay)
                                .arg(DatabaseDump::difference(after, now));
            if (!problems.isEmpty())
                fail(t, op, i, problems.join(QStringLiteral("\n    ")), raw);
            else if (!raw.isEmpty())
                QDir(raw).removeRecursively();
        }
        out() << QStringLiteral("%1 trials %2  killed mid-way %3  ended before kill %4  as before %5  as after %6  failures %7  (one run %8 ms)")
                     .arg(op.name.leftJustified(13))
                     .arg(t.trials, 4)
                     .arg(t.killed, 4)
                     .arg(t.ended, 4)
                     .arg(t.asBefore, 4)
                     .arg(t.asAfter, 4)
                     .arg(t.failures, 3)
                     .arg(duration)
              << Qt::endl;
        return t;
    }

private:
    QStringList checkTrial(const Operation &op, const QString &trial)
    {
        QStringList problems = DatabaseDump::checkDerived(trial);
        if (op.extraCheck)
            problems << op.extraCheck(trial);
        return problems;
    }

    /// The file as the kill left it (with its -wal), before anything opens it.
    QString keepRaw(const QString &trial)
    {
        if (m_keep.isEmpty())
            return {};
        const QString raw = m_dir + QStringLiteral("/raw");
        QDir(raw).removeRecursively();
        QDir().mkpath(raw);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            if (QFile::exists(trial + QLatin1String(suffix)))
                QFile::copy(trial + QLatin1String(suffix), raw + QLatin1Char('/') + QFileInfo(trial).fileName() + QLatin1String(suffix));
        return raw;
    }

    void fail(Tally &t, const Operation &op, int trial, const QString &why, const QString &raw)
    {
        ++t.failures;
        out() << "FAIL " << op.name << " trial " << trial << ": " << why << Qt::endl;
        if (!raw.isEmpty()) {
            const QString to = m_keep + QStringLiteral("/%1-trial%2").arg(op.name).arg(trial);
            QDir(to).removeRecursively();
            QDir().mkpath(QFileInfo(to).absolutePath());
            if (QDir().rename(raw, to))
                out() << "  kept as killed: " << to << Qt::endl;
        }
    }

    void writeImportFile()
    {
        // New leads, and rows matching leads of the base by email (updates).
        QFile f(importFile());
        if (!f.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(importFile()));
        QTextStream s(&f);
        s << "first_name,last_name,company,email,phone,city,description\n";
        const int fresh = std::max(200, m_leads);
        for (int i = 0; i < fresh; ++i)
            s << QStringLiteral("Crash%1,Tester%2,Kill %3 SA,crash%1@example.org,+33 6 %4 %5 %6 %7,Lyon,imported row %1\n")
                     .arg(i)
                     .arg(i % 97)
                     .arg(i % 13)
                     .arg(20 + i / 8100 % 70)
                     .arg(10 + i / 90 % 90)
                     .arg(10 + i % 90)
                     .arg(10 + i % 7);
        QList<QString> emails;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashtest-emails"));
            c.setDatabaseName(m_base);
            c.open();
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT p.value FROM lead_contact_points p JOIN leads l ON l.id = p.lead_id JOIN lead_statuses s ON s.id = l.status_id "
                          "WHERE p.kind = 'email' AND s.is_open = 1 AND l.converted_at IS NULL AND l.merged_into IS NULL "
                          "GROUP BY p.norm_key HAVING COUNT(*) = 1 ORDER BY p.lead_id LIMIT 100"));
            while (q.next())
                emails << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crashtest-emails"));
        for (qsizetype i = 0; i < emails.size(); ++i)
            s << QStringLiteral("Upd%1,Dated,Updated Co,%2,,Grenoble,updated by the import\n").arg(i).arg(emails.at(i));
        m_importRows = fresh + int(emails.size());
    }

    QString m_dir;
    int m_leads;
    std::mt19937_64 m_rng;
    QString m_keep;
    QString m_base;
    int m_importRows = 0;
    qint64 m_startup = 0;
};

/// The child of the bulk status operation: the desktop's bulk path
/// (Tools > Change status on a selection), LeadService::changeStatus.
int childStatus(const QString &db, const QString &statusName)
{
    auto ws = Workspace::open(db, QStringLiteral("tester"), Workspace::UserCreation::OnFirstWrite);
    if (!ws)
        return 3;
    const auto status = ws.value()->statuses().findByName(statusName);
    if (!status)
        return 2;
    QList<qint64> ids;
    {
        QSqlQuery q(ws.value()->database().connection());
        q.exec(QStringLiteral("SELECT l.id FROM leads l JOIN lead_statuses s ON s.id = l.status_id WHERE s.is_open = 1 AND l.merged_into IS NULL "
                              "AND l.converted_at IS NULL AND l.status_id <> %1 ORDER BY l.id")
                   .arg(status->id));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    auto changed = ws.value()->leads().changeStatus(ids, status->id);
    if (!changed) {
        QTextStream(stderr) << describe(changed.problems()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList raw = app.arguments();
    if (raw.size() == 4 && raw.at(1) == QLatin1String("--child-status"))
        return childStatus(raw.at(2), raw.at(3));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills quarry-cli at random moments of each writing operation and checks the file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("trials"), QStringLiteral("Kills per operation (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("ops"), QStringLiteral("Operations, comma-separated (default all)."), QStringLiteral("a,b")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the kill delays (default: from the clock)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("leads"), QStringLiteral("Demo leads in the base file (default 3000)."), QStringLiteral("N"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("keep-failures"), QStringLiteral("Keep each failed trial's file, as killed, in DIR."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The quarry-cli to run."), QStringLiteral("PATH"), QStringLiteral(QUARRY_CLI_PATH)});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Work in DIR (kept) instead of a temporary folder."), QStringLiteral("DIR")});
    parser.process(app);

    g_cli = parser.value(QStringLiteral("cli"));
    g_self = QCoreApplication::applicationFilePath();
    const int trials = parser.value(QStringLiteral("trials")).toInt();
    const int leads = parser.value(QStringLiteral("leads")).toInt();
    const quint64 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong()
                                                              : quint64(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir temp;
    QString dir = parser.value(QStringLiteral("work"));
    if (dir.isEmpty())
        dir = temp.path();
    QDir().mkpath(dir);
    dir = QDir(dir).absolutePath();
    g_home = dir + QStringLiteral("/home");
    QString keep = parser.value(QStringLiteral("keep-failures"));
    if (!keep.isEmpty())
        keep = QDir(keep).absolutePath();
    out() << "quarry-crashtest: seed " << seed << ", " << trials << " trials per operation, " << g_cli << Qt::endl;

    CrashTest test(dir, leads, seed, keep);
    test.buildBase();
    const QString base = test.base();
    auto cliCommand = [&](const QStringList &args) {
        return [args](const QString &db) {
            return std::pair{g_cli, QStringList{QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("tester")} + args};
        };
    };
    const QString importFile = test.importFile();
    const QStringList importArgs{QStringLiteral("import"), QStringLiteral("leads"), importFile, QStringLiteral("--on-duplicate"), QStringLiteral("update")};
    qint64 importId = 0, mergeId = 0;
    const QList<qint64> group = test.openLeads(base, 12);
    const QList<qint64> open = test.openLeads(base);
    const QString backupTarget = dir + QStringLiteral("/backup-target.sqlite");
    QString backupBefore;

    QList<Operation> ops;
    ops << Operation{QStringLiteral("import"), {}, cliCommand(importArgs), {}, {}};
    ops << Operation{QStringLiteral("import-revert"),
                     [&](const QString &seeded) {
                         const Run r = must(seeded, importArgs);
                         importId = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("import")).toInteger();
                     },
                     [&](const QString &db) { return cliCommand({QStringLiteral("import"), QStringLiteral("revert"), QString::number(importId)})(db); },
                     {}, {}};
    ops << Operation{QStringLiteral("merge"), {}, cliCommand(QStringList{QStringLiteral("merge")} << idList(group).split(QLatin1Char(','))), {}, {}};
    ops << Operation{QStringLiteral("merge-undo"),
                     [&](const QString &seeded) {
                         const Run r = must(seeded, QStringList{QStringLiteral("merge")} << idList(group).split(QLatin1Char(',')));
                         mergeId = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("merge_id")).toInteger();
                     },
                     [&](const QString &db) { return cliCommand({QStringLiteral("merge"), QStringLiteral("undo"), QString::number(mergeId)})(db); },
                     {}, {}};
    ops << Operation{QStringLiteral("convert"), {},
                     cliCommand({QStringLiteral("lead"), QStringLiteral("convert"), QString::number(open.value(0)), QStringLiteral("--partner"),
                                 QStringLiteral("new"), QStringLiteral("--contact"), QStringLiteral("new"), QStringLiteral("--opportunity"),
                                 QStringLiteral("yes")}),
                     {}, {}};
    ops << Operation{QStringLiteral("status"), {},
                     [&](const QString &db) { return std::pair{g_self, QStringList{QStringLiteral("--child-status"), db, QStringLiteral("Nurturing")}}; },
                     {}, {}};
    ops << Operation{QStringLiteral("status-cli"), {},
                     cliCommand(QStringList{QStringLiteral("lead"), QStringLiteral("status")} << idList(open).split(QLatin1Char(',')) << QStringLiteral("Nurturing")), {}, {}};
    ops << Operation{QStringLiteral("assign"), {},
                     cliCommand({QStringLiteral("lead"), QStringLiteral("assign"), idList(open), QStringLiteral("--to"), QStringLiteral("bob")}), {}, {}};
    ops << Operation{QStringLiteral("take"), {}, cliCommand({QStringLiteral("lead"), QStringLiteral("take"), idList(open)}), {}, {}};
    ops << Operation{QStringLiteral("backup"),
                     [&](const QString &seeded) { backupBefore = DatabaseDump::dump(seeded); },
                     cliCommand({QStringLiteral("backup"), backupTarget}),
                     [&](const QString &) {
                         // The target is absent, or a whole backup of the database.
                         if (!QFile::exists(backupTarget))
                             return QStringList{};
                         QStringList p = DatabaseDump::checkDerived(backupTarget);
                         if (const QString copy = DatabaseDump::dump(backupTarget); copy != backupBefore)
                             p << QStringLiteral("the backup is not the database:\n") + DatabaseDump::difference(backupBefore, copy);
                         return p;
                     },
                     [&] { removeDatabase(backupTarget); }};

    // Restore: the backup is the base after the import (another state of the
    // same file); the trial's database is replaced by it, or left as it was.
    const QString restoreFrom = dir + QStringLiteral("/restore-from.sqlite");
    auto clearKept = [dir] {
        for (const QString &n : QDir(dir).entryList({QStringLiteral("restore-trial.replaced-*"), QStringLiteral(".restore-trial*")}, QDir::Files | QDir::Hidden))
            QFile::remove(dir + QLatin1Char('/') + n);
    };
    ops << Operation{QStringLiteral("restore"),
                     [&](const QString &seeded) {
                         const QString other = dir + QStringLiteral("/restore-source.sqlite");
                         copyDatabase(seeded, other);
                         must(other, importArgs);
                         removeDatabase(restoreFrom);
                         must(other, {QStringLiteral("backup"), restoreFrom});
                         backupBefore = DatabaseDump::dump(seeded);
                     },
                     cliCommand({QStringLiteral("restore"), restoreFrom}),
                     [&, dir](const QString &) {
                         // A copy of the replaced file kept beside it is whole.
                         QStringList p;
                         for (const QString &n : QDir(dir).entryList({QStringLiteral("restore-trial.replaced-*.sqlite")}, QDir::Files)) {
                             const QString kept = dir + QLatin1Char('/') + n;
                             p << DatabaseDump::checkDerived(kept);
                             if (const QString copy = DatabaseDump::dump(kept); copy != backupBefore)
                                 p << QStringLiteral("the kept file %1 is not the replaced database:\n%2").arg(n, DatabaseDump::difference(backupBefore, copy));
                         }
                         return p;
                     },
                     clearKept};

    const QStringList chosen = parser.value(QStringLiteral("ops")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : chosen)
        if (std::none_of(ops.cbegin(), ops.cend(), [&](const Operation &op) { return op.name == name; }))
            die(QStringLiteral("unknown operation %1").arg(name));
    int failures = 0;
    for (const Operation &op : std::as_const(ops))
        if (chosen.isEmpty() || chosen.contains(op.name))
            failures += test.run(op, trials).failures;
    out() << (failures ? "FAILED: " : "ok: ") << failures << " failures" << Qt::endl;
    return failures ? 1 : 0;
}
