// backup: a consistent copy of the live database; restore: put one back.
#include "backupservice.h"
#include "cli.h"
#include "databaseaddress.h"

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

int restore(CliIo &io, const QString &database, QStringList args)
{
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            return io.usage(QStringLiteral("Unknown option \"%1\".").arg(a));
    if (args.size() != 1)
        return io.usage(QStringLiteral("Usage: restore FILE"));
    auto restored = BackupService::restore(database, args.first());
    if (!restored)
        return io.fail(restored.problems(), Exit::Failed);
    QString text = QStringLiteral("Restored %1 from %2 (schema %3).")
                       .arg(QDir::toNativeSeparators(DatabaseAddress::parse(database).value_or(DatabaseAddress{}).display()),
                            QDir::toNativeSeparators(args.first()))
                       .arg(restored->schemaVersion);
    if (!restored->keptAs.isEmpty())
        text += QStringLiteral(" The replaced file is kept as %1.").arg(QDir::toNativeSeparators(restored->keptAs));
    QJsonObject o{{QStringLiteral("schema_version"), restored->schemaVersion}};
    if (!restored->keptAs.isEmpty())
        o.insert(QStringLiteral("kept_as"), restored->keptAs);
    io.print(o, text);
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("backup")}, QStringLiteral("FILE"),
     QStringLiteral("a consistent copy of the live database (every committed edit, while others write)"), backup},
    {{QStringLiteral("restore")}, QStringLiteral("FILE"),
     QStringLiteral("put a backup back (refuses a newer schema; keeps the replaced file beside it)"), {}, restore},
};

} // namespace
