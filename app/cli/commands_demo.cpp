// demo [--leads N]: fills an empty database with realistic demo data.
#include "cli.h"
#include "demodata.h"
#include "workspace.h"

#include <QJsonObject>

namespace {

int demo(Cli &cli, QStringList args)
{
    DemoData::Options options;
    QString text;
    bool missing = false;
    if (Cli::takeOption(args, QStringLiteral("--leads"), &text, &missing) || missing) {
        bool ok = false;
        options.leads = text.toInt(&ok);
        if (missing || !ok || options.leads < 0)
            return cli.usage(QStringLiteral("--leads needs a number of leads (0 or more)."));
    }
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Usage: demo [--leads N]"));
    auto created = DemoData::fill(cli.ws, options);
    if (!created)
        return cli.fail(created.problems());
    cli.print(QJsonObject{{QStringLiteral("leads"), created.value()}},
              QStringLiteral("%1 demo leads created.").arg(created.value()));
    return Exit::Done;
}

const CliRegistrar registrar({
    {{QStringLiteral("demo")}, QStringLiteral("[--leads N]"),
     QStringLiteral("fill an empty database with realistic demo leads (default 300)"), demo},
});

} // namespace
