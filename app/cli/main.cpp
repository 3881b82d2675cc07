// quarry-cli: the headless face of Quarry (docs/cli.md). It links
// quarry_core alone; every rule lives in the core's services.
#include "cli.h"
#include "database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: quarry-cli [--database PATH] [--user LOGIN] [--json] COMMAND [ARGS]\n\n"
        << "Commands:\n";
    for (const CliCommand &c : cliCommands())
        out << "  " << (c.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + c.synopsis).trimmed().leftJustified(58)
            << ' ' << c.help << '\n';
    out << "\nExit codes: 0 done; 1 done in part or refused by a rule; 2 wrong usage; 3 failed, nothing changed.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quarry"));
    QCoreApplication::setApplicationName(QStringLiteral("Quarry"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString database = Database::defaultPath();
    QString login;
    bool json = false;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--json")) {
            json = true;
        } else if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            printHelp(out);
            return Exit::Done;
        } else if (opt == QLatin1String("--database") || opt == QLatin1String("--user")) {
            if (args.isEmpty()) {
                err << opt << " needs a value.\n";
                return Exit::Usage;
            }
            (opt == QLatin1String("--database") ? database : login) = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--database="))) {
            database = opt.mid(11);
        } else if (opt.startsWith(QLatin1String("--user="))) {
            login = opt.mid(7);
        } else {
            err << "Unknown option " << Cli::visible(opt) << ".\n";
            return Exit::Usage;
        }
    }
    // --json may also follow the command words.
    if (args.removeAll(QStringLiteral("--json")) > 0)
        json = true;
    if (args.isEmpty()) {
        printHelp(err);
        return Exit::Usage;
    }

    // The longest command whose words start the arguments.
    const CliCommand *command = nullptr;
    for (const CliCommand &c : cliCommands()) {
        if (c.words.size() > args.size() || (command && command->words.size() >= c.words.size()))
            continue;
        if (args.mid(0, c.words.size()) == c.words)
            command = &c;
    }
    if (!command) {
        err << "Unknown command \"" << Cli::visible(args.join(QLatin1Char(' ')).left(60), false) << "\".\n";
        printHelp(err);
        return Exit::Usage;
    }
    args = args.mid(command->words.size());

    if (command->runOnFile) {
        CliIo io(json, out, err);
        return command->runOnFile(io, database, args);
    }
    auto ws = Workspace::open(database, login, Workspace::UserCreation::OnFirstWrite);
    if (!ws) {
        err << Cli::visible(ws.errorText()) << '\n';
        // A login the file does not know is a refusal; a file that does not open, a failure.
        return hasFailure(ws.problems()) ? Exit::Failed : Exit::Refused;
    }
    Cli cli(*ws.value(), json, out, err);
    return command->run(cli, args);
}
