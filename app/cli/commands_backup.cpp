// backup: a consistent copy of the live database.
#include "backupservice.h"
#include "cli.h"

#include <QDir>
#include <QJsonObject>

namespace {

int backup(Cli &cli, QStringList args)
{
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            return cli.usage(QStringLiteral("Unknown option \"%1\".").arg(a));
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: backup FILE"));
    auto written = BackupService(cli.ws).backup(args.first());
    if (!written)
        return cli.fail(written.problems(), Exit::Failed);
    cli.print(QJsonObject{{QStringLiteral("bytes"), written.value()}},
              QStringLiteral("Backed up to %1 (%2 bytes).").arg(QDir::toNativeSeparators(args.first())).arg(written.value()));
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("backup")}, QStringLiteral("FILE"),
     QStringLiteral("a consistent copy of the live database (every committed edit, while others write)"), backup},
};

} // namespace
