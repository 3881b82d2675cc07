// imports, import revert: the import journal and the undo of an import.
#include "cli.h"
#include "database.h"
#include "importjournal.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString shown(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int imports(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Usage: imports"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const ImportEntry &e : cli.ws.importJournal().list()) {
        arr << QJsonObject{{QStringLiteral("import"), e.id},
                           {QStringLiteral("at"), Database::timestamp(e.at)},
                           {QStringLiteral("user"), e.userLogin.isEmpty() ? QJsonValue() : QJsonValue(e.userLogin)},
                           {QStringLiteral("file"), e.file},
                           {QStringLiteral("source"), e.source},
                           {QStringLiteral("imported"), e.imported},
                           {QStringLiteral("updated"), e.updated},
                           {QStringLiteral("skipped"), e.skipped},
                           {QStringLiteral("rejected"), e.rejected},
                           {QStringLiteral("leads_left"), e.leadsLeft},
                           {QStringLiteral("reverted_at"), e.isReverted() ? QJsonValue(Database::timestamp(e.revertedAt)) : QJsonValue()}};
        rows << QStringList{QString::number(e.id), shown(e.at), e.userLogin, e.file, e.source, QString::number(e.imported),
                            QString::number(e.updated), QString::number(e.skipped), QString::number(e.rejected),
                            e.isReverted() ? shown(e.revertedAt) : QString()};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("IMPORT"), QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("FILE"),
                        QStringLiteral("SOURCE"), QStringLiteral("IMPORTED"), QStringLiteral("UPDATED"), QStringLiteral("SKIPPED"),
                        QStringLiteral("REJECTED"), QStringLiteral("REVERTED")},
                       rows);
    return Exit::Done;
}

int importRevert(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: import revert IMPORT_ID"));
    auto summary = cli.ws.importJournal().revert(id);
    if (!summary)
        return cli.fail(summary.problems()); // unknown or already undone: 1; a failure: 3
    const RevertSummary &s = summary.value();
    QJsonArray refused;
    for (const RevertRefusal &r : s.refused)
        refused << r.leadId;
    QString text = QStringLiteral("Import #%1 undone: %2 leads removed, %3 restored.").arg(id).arg(s.removed).arg(s.restored);
    if (!s.refused.isEmpty())
        text += QStringLiteral(" %1 left as they are (changed since the import).").arg(s.refused.size());
    cli.print(QJsonObject{{QStringLiteral("import"), id},
                          {QStringLiteral("removed"), s.removed},
                          {QStringLiteral("restored"), s.restored},
                          {QStringLiteral("refused"), refused}},
              text);
    if (s.refused.isEmpty())
        return Exit::Done;
    for (const RevertRefusal &r : s.refused)
        cli.err << Cli::visible(QStringLiteral("lead #%1 (%2): %3").arg(r.leadId).arg(r.leadName, r.reason), false) << '\n';
    cli.err.flush();
    return Exit::Refused;
}

const CliRegistrar registrar{
    {{QStringLiteral("imports")}, QString(),
     QStringLiteral("list the imports of leads, newest first (the journal an undo reads)"), imports},
    {{QStringLiteral("import"), QStringLiteral("revert")}, QStringLiteral("IMPORT_ID"),
     QStringLiteral("undo an import: remove the leads it created, restore the values it replaced; "
                    "leads changed since are left as they are (exit 1)"),
     importRevert},
};

} // namespace
