// quarry-bench: generates a deterministic set of N leads and measures, in one
// run, Quarry (through its import service, models and services) and the raw
// floor (the sqlite3 C API, or libpq with --backend postgresql, on the same
// data and schema) side by side; prints one line per figure, or JSON with
// --json. See tests/bench/README.md.
#include "apptheme.h"
#include "benchreferences.h"
#include "figure.h"
#include "leadgenerator.h"
#include "databaseaddress.h"
#include "mainwindow.h"
#include "postgresfloor.h"
#include "quarryfigures.h"
#include "rawfloor.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void progress(const QString &text)
{
    err() << text << Qt::endl;
}

/// A PostgreSQL 15 cluster of the bench's own (scripts/pg-cluster, with
/// fsync and synchronous commits on, as a real server runs, on a Unix
/// socket), stopped and removed with this object.
class BenchCluster
{
public:
    explicit BenchCluster(const QString &dir) : m_dir(dir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUARRY_PG_DURABLE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(script(), {QStringLiteral("start"), m_dir});
        p.waitForFinished(180000);
        if (p.exitCode() != 0)
            qFatal("cannot start a PostgreSQL cluster in %s: %s", qPrintable(m_dir), p.readAllStandardError().constData());
        m_uri = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    ~BenchCluster() { QProcess::execute(script(), {QStringLiteral("stop"), m_dir}); }
    QString uri() const { return m_uri; }

private:
    static QString script() { return QStringLiteral(QUARRY_SOURCE_DIR "/scripts/pg-cluster"); }
    QString m_dir;
    QString m_uri;
};

/// The URI of database `name` on the server of `adminUri`.
QString databaseUri(const QString &adminUri, const QString &name)
{
    QString error;
    std::optional<DatabaseAddress> a = DatabaseAddress::parse(adminUri, &error);
    if (!a)
        qFatal("--server: %s", qPrintable(error));
    a->database = name;
    return a->uri();
}

/// The URI of the same database as Quarry's user "bench" logs in: a
/// crm_admin login role under the server's policies, as a team's admin
/// works (not the superuser that made the databases, whom no policy binds).
QString asBenchUser(const QString &uri)
{
    std::optional<DatabaseAddress> a = DatabaseAddress::parse(uri);
    a->user = QStringLiteral("bench");
    a->password = QStringLiteral("bench-password");
    return a->uri();
}

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    auto ws = Workspace::open(path, QStringLiteral("bench"));
    if (!ws)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(ws.errorText()));
    return std::move(ws).value();
}

void writeCsv(const QString &path, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    const LeadGenerator generator;
    QByteArray buffer = LeadGenerator::csvHeader().toUtf8() + '\n';
    for (qint64 i = 0; i < count; ++i) {
        buffer += LeadGenerator::csvRow(generator.lead(i)).toUtf8();
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
}

/// Child: walks every row of the grid model; prints the peak memory.
int childWalk(const QString &db)
{
    auto ws = openWorkspace(db);
    const double before = Measure::peakRssMb();
    QElapsedTimer t;
    t.start();
    const qint64 rows = QuarryFigures::walkAllRows(*ws);
    QTextStream(stdout) << "rows=" << rows << " ms=" << t.elapsed() << " peak_mb=" << Measure::peakRssMb()
                        << " open_mb=" << before << Qt::endl;
    return 0;
}

/// Child: opens the main window offscreen on `db`, says "ready" once it is
/// shown and painted, and quits.
int childWindow(int argc, char **argv, const QString &db)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppTheme::apply(app);
    auto ws = openWorkspace(db);
    MainWindow window(*ws);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        window.grab(); // the first paint, as the screen would get it
        QTextStream(stdout) << "ready" << Qt::endl;
        app.quit();
    });
    return app.exec();
}

/// Milliseconds from starting `program` to its first line on stdout (or its
/// end), median of `runs`.
double coldStartMs(const QString &program, const QStringList &args, int runs, QString *note)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForStarted(5000)) {
            *note = QStringLiteral("cannot start %1").arg(QFileInfo(program).fileName());
            return NAN;
        }
        p.waitForReadyRead(30000);
        times << double(t.nsecsElapsed()) / 1e6;
        p.waitForFinished(30000);
        if (p.exitCode() != 0) {
            *note = QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()).trimmed().left(120));
            return NAN;
        }
    }
    return Measure::median(times);
}

Figure info(const QString &name, double quarry, double floor = NAN, const QString &note = {})
{
    Figure f;
    f.name = name;
    f.quarry = quarry;
    f.floor = floor;
    f.note = note;
    return f;
}

Figure target(const QString &name, double quarry, double floor, Figure::Target kind, double limit, const QString &note = {})
{
    Figure f = info(name, quarry, floor, note);
    f.target = kind;
    f.limit = limit;
    return f;
}

Figure withFloor(Figure f, double floor)
{
    f.floor = floor;
    f.floorCpu = Measure::lastCpuMs(); // of the floor measurement just made (the argument)
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--child-window") == 0)
            return childWindow(argc, argv, QString::fromLocal8Bit(argv[i + 1]));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quarry-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Quarry against the raw floor (SQLite or PostgreSQL) on N generated leads."));
    parser.addHelpOption();
    const QCommandLineOption leadsOption(QStringLiteral("leads"), QStringLiteral("How many leads (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure; the median is kept (default 7)."), QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of the table."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Keep the CSV and databases in DIR (default: a temporary folder)."), QStringLiteral("DIR"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("With --dir: reuse the files of an earlier run with the same N (the import figures are then not measured)."));
    const QCommandLineOption walkOption(QStringLiteral("child-walk"), QStringLiteral("(internal) walk the grid over DB."), QStringLiteral("DB"));
    const QCommandLineOption skipOption(QStringLiteral("skip"), QStringLiteral("Skip figure groups: import,grid,search,kanban,duplicates,memory,start."), QStringLiteral("LIST"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("sqlite (default) or postgresql."), QStringLiteral("NAME"),
                                           QStringLiteral("sqlite"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("With --backend postgresql: a superuser's URI on the server to use (default: a cluster of the "
                                                         "bench's own, started in DIR and removed at the end)."),
                                          QStringLiteral("URI"));
    parser.addOptions({leadsOption, runsOption, jsonOption, dirOption, reuseOption, walkOption, skipOption, backendOption, serverOption});
    parser.process(app);

    if (parser.isSet(walkOption))
        return childWalk(parser.value(walkOption));

    const qint64 n = parser.value(leadsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QStringList skip = parser.value(skipOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    const QString csvPath = QDir(dir).filePath(QStringLiteral("leads-%1.csv").arg(n));
    const QString backend = parser.value(backendOption);
    const bool postgres = backend == QLatin1String("postgresql");
    if (!postgres && backend != QLatin1String("sqlite"))
        qFatal("--backend: sqlite or postgresql, not %s", qPrintable(backend));
    // On PostgreSQL the two databases live on one server: the bench's own
    // cluster, or the one --server names (which --reuse can then measure again).
    std::unique_ptr<BenchCluster> cluster;
    QString adminUri = parser.value(serverOption);
    if (postgres && adminUri.isEmpty()) {
        // Directly in the temporary folder: run as root, the cluster belongs
        // to the postgres system user, who must reach its directory.
        const QString clusterDir = QDir(QDir::tempPath()).filePath(QStringLiteral("quarry-bench-pg-%1").arg(QCoreApplication::applicationPid()));
        progress(QStringLiteral("starting a PostgreSQL cluster in %1").arg(clusterDir));
        cluster = std::make_unique<BenchCluster>(clusterDir);
        adminUri = cluster->uri();
    }
    const QString quarryPath = postgres ? databaseUri(adminUri, QStringLiteral("quarry_bench_%1").arg(n))
                                        : QDir(dir).filePath(QStringLiteral("quarry-%1.sqlite").arg(n));
    const QString floorPath = postgres ? databaseUri(adminUri, QStringLiteral("floor_bench_%1").arg(n))
                                       : QDir(dir).filePath(QStringLiteral("floor-%1.sqlite").arg(n));
    // Quarry's side works as its user does: on PostgreSQL the login role
    // "bench" (made when the references are prepared, as the superuser acting
    // for it), with a password set by the superuser.
    const QString userPath = postgres ? asBenchUser(quarryPath) : quarryPath;
    auto letBenchLogIn = [&] {
        if (postgres)
            PostgresFloor::adminExec(adminUri, "ALTER ROLE bench PASSWORD 'bench-password'");
    };
    const bool reuse = parser.isSet(reuseOption) && (postgres ? !cluster : QFile::exists(quarryPath) && QFile::exists(floorPath));
    auto openFloor = [&]() -> std::unique_ptr<Floor> {
        if (postgres)
            return std::make_unique<PostgresFloor>(floorPath);
        return std::make_unique<RawFloor>(floorPath);
    };

    QList<Figure> figures;
    const LeadGenerator generator;
    if (!reuse) {
        progress(QStringLiteral("generating %1 leads into %2").arg(n).arg(csvPath));
        const double genMs = Measure::onceMs([&] { writeCsv(csvPath, n); });
        progress(QStringLiteral("  %1 ms, %2 MB").arg(genMs, 0, 'f', 0).arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1));
        if (postgres) {
            for (const QString &uri : {quarryPath, floorPath}) {
                const QByteArray name = DatabaseAddress::parse(uri)->database.toUtf8();
                PostgresFloor::adminExec(adminUri, "DROP DATABASE IF EXISTS " + name);
                PostgresFloor::adminExec(adminUri, "CREATE DATABASE " + name);
            }
        } else {
            for (const QString &p : {quarryPath, floorPath})
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(p + suffix);
        }

        progress(QStringLiteral("floor: loading"));
        Floor::ImportTimes floorTimes;
        QString ftsName;
        {
            BenchReferences refs;
            {
                auto ws = openWorkspace(floorPath);
                refs = BenchReferences::prepare(*ws);
            }
            std::unique_ptr<Floor> floor = openFloor();
            floorTimes = floor->import(generator, n, refs);
            ftsName = floor->ftsName();
        }
        progress(QStringLiteral("  %1 ms").arg(floorTimes.total(), 0, 'f', 0));

        progress(QStringLiteral("quarry: importing the CSV"));
        qint64 imported = 0;
        QString importError;
        double importMs = NAN;
        double importCpu = NAN;
        {
            {
                auto admin = openWorkspace(quarryPath);
                BenchReferences::prepare(*admin);
            }
            letBenchLogIn();
            auto ws = openWorkspace(userPath);
            importMs = QuarryFigures::importCsvMs(*ws, csvPath, &imported, &importError, &importCpu);
        }
        // A login role may not vacuum the tables (autovacuum comes to them
        // within its naptime): the superuser does, untimed, as for the floor.
        if (postgres)
            PostgresFloor::adminExec(quarryPath, "VACUUM (ANALYZE)");
        progress(QStringLiteral("  %1 ms, %2 imported %3").arg(importMs, 0, 'f', 0).arg(imported).arg(importError));
        Figure import = target(QStringLiteral("import %1-row CSV").arg(n), importMs, floorTimes.total(), Figure::Target::MaxRatio, 2,
                               importError.isEmpty() ? QString() : importError);
        import.quarryCpu = importCpu;
        import.floorCpu = floorTimes.cpu;
        figures << import;
        figures << info(QStringLiteral("  floor: raw insert"), NAN, floorTimes.load);
        figures << info(QStringLiteral("  floor: index build"), NAN, floorTimes.indexes);
        figures << info(QStringLiteral("  floor: %1 build + commit").arg(ftsName), NAN, floorTimes.fts);
    } else {
        progress(QStringLiteral("reusing %1 and %2").arg(quarryPath, floorPath));
        openWorkspace(quarryPath); // the superuser upgrades the schema, if needed
        letBenchLogIn();
    }

    std::unique_ptr<Floor> floorPtr = openFloor();
    Floor &floor = *floorPtr;
    auto ws = openWorkspace(userPath);

    if (!skip.contains(QStringLiteral("grid"))) {
        progress(QStringLiteral("grid"));
        double open = floor.countAllMs(runs);
        double openCpu = Measure::lastCpuMs();
        open += floor.firstPageMs(runs);
        openCpu += Measure::lastCpuMs();
        const double keyset = floor.keysetPageMs(runs);
        const double keysetCpu = Measure::lastCpuMs();
        for (Figure f : QuarryFigures::grid(*ws, runs)) {
            const bool opening = f.name.contains(QLatin1String("open"));
            f.floor = opening ? open : keyset;
            f.floorCpu = opening ? openCpu : keysetCpu;
            figures << f;
        }
    }
    if (!skip.contains(QStringLiteral("search"))) {
        progress(QStringLiteral("search"));
        for (Figure f : QuarryFigures::search(*ws, runs)) {
            const qsizetype q = f.name.indexOf(QLatin1Char('"'));
            QString term = q >= 0 ? f.name.mid(q + 1).chopped(1) : QString();
            if (f.name.contains(QLatin1String("keystroke")))
                term = term + QLatin1Char('*');
            if (!term.isEmpty()) {
                f.floor = floor.ftsMs(term, runs);
                f.floorCpu = Measure::lastCpuMs();
            }
            figures << f;
        }
    }
    if (!skip.contains(QStringLiteral("kanban"))) {
        progress(QStringLiteral("kanban"));
        const QList<Figure> k = QuarryFigures::kanban(*ws, runs);
        figures << withFloor(k.at(0), floor.countByStatusMs(runs)) << withFloor(k.at(1), floor.statusUpdateMs(runs));
    }
    if (!skip.contains(QStringLiteral("duplicates"))) {
        progress(QStringLiteral("duplicates"));
        const QList<std::pair<QStringList, QString>> sets = {{{QStringLiteral("email")}, QStringLiteral("email")},
                                                             {{QStringLiteral("phone")}, QStringLiteral("phone")},
                                                             {{QStringLiteral("last_name"), QStringLiteral("company")}, QStringLiteral("name_company")}};
        for (const auto &[fields, floorKind] : sets) {
            qint64 groups = 0;
            double cpu = NAN;
            const double ms = QuarryFigures::duplicatesMs(*ws, fields, std::min(runs, 3), &groups, &cpu);
            Figure f = withFloor(target(QStringLiteral("duplicates: %1").arg(fields.join(QLatin1String(" + "))), ms, NAN,
                                        Figure::Target::MaxValue, 1000, QStringLiteral("%1 groups").arg(groups)),
                                 floor.duplicatesMs(floorKind, std::min(runs, 3)));
            f.quarryCpu = cpu;
            figures << f;
        }
    }
    ws.reset();

    if (!skip.contains(QStringLiteral("memory"))) {
        progress(QStringLiteral("memory: walking every row in a child process"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-walk"), userPath});
        child.waitForFinished(-1);
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        double peak = NAN;
        QString note = out;
        for (const QString &part : out.split(QLatin1Char(' ')))
            if (part.startsWith(QLatin1String("peak_mb=")))
                peak = part.mid(8).toDouble();
        figures << target(QStringLiteral("peak memory walking all rows, MB"), peak, NAN, Figure::Target::MaxValue, 200, note);
    }
    if (!skip.contains(QStringLiteral("start"))) {
        progress(QStringLiteral("cold starts"));
        QString note;
        const QString cli = QStringLiteral(QUARRY_CLI_PATH);
        const double cliMs = QFile::exists(cli) ? coldStartMs(cli, {QStringLiteral("--database"), userPath, QStringLiteral("--user"), QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("stats")}, std::min(runs, 5), &note)
                                                : NAN;
        figures << target(QStringLiteral("cold start: quarry-cli stats"), cliMs, NAN, Figure::Target::MaxValue, 500,
                          QFile::exists(cli) ? note : QStringLiteral("quarry-cli not built"));
        note.clear();
        const double windowMs = coldStartMs(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-window"), userPath}, std::min(runs, 5), &note);
        figures << target(QStringLiteral("cold start: desktop window (offscreen)"), windowMs, NAN, Figure::Target::MaxValue, 500, note);
    }

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << figureJson(figures);
    else
        out << QStringLiteral("Quarry bench: %1 leads on %2, median of %3 runs (times in ms)\n").arg(n).arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")).arg(runs)
            << figureTable(figures);
    return 0;
}
