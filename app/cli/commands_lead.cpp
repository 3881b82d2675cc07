// lead add/show/set/status/take/assign/history/comment/delete, and leads.
#include "cli.h"
#include "leadqueries.h"
#include "database.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadfilter.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDateTime>
#include <QJsonObject>

namespace {

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

/// "Label: value" lines of every non-blank field, for people.
QString leadText(Cli &cli, const Lead &lead)
{
    QStringList lines;
    lines << QStringLiteral("Lead #%1  %2").arg(lead.id).arg(lead.displayName());
    for (const LeadField &f : leadFields()) {
        if (f.key == QLatin1String("id") || f.isBlank(lead))
            continue;
        lines << QStringLiteral("  %1: %2").arg(f.translatedLabel().leftJustified(28), cli.ws.codec().displayText(f, f.get(lead)));
    }
    return lines.join(QLatin1Char('\n'));
}

int showLead(Cli &cli, const Lead &lead)
{
    cli.print(cli.ws.codec().toJson(lead), leadText(cli, lead));
    return Exit::Done;
}

/// The lead as stored after a write by the user, or as they wrote it when the
/// write took it out of their sight (a manager assigning it elsewhere).
int showWritten(Cli &cli, const Lead &written)
{
    const std::optional<Lead> stored = LeadQueries(cli.ws).find(written.id);
    return showLead(cli, stored ? *stored : written);
}

/// The lead named by the argument, or the exit code already reported.
std::optional<Lead> leadArg(Cli &cli, const QString &arg, int *code)
{
    qint64 id = 0;
    if (!Cli::parseId(arg, &id)) {
        *code = cli.usage(QStringLiteral("\"%1\" is not a lead id.").arg(arg));
        return std::nullopt;
    }
    auto lead = cli.ws.leads().get(id);
    if (!lead) {
        *code = cli.fail(lead.problems());
        return std::nullopt;
    }
    return lead.value();
}

void warnDuplicates(Cli &cli, const SavedLead &saved)
{
    if (!saved.likelyDuplicates.isEmpty() && !cli.json) {
        QStringList ids;
        for (qint64 id : saved.likelyDuplicates)
            ids << QLatin1Char('#') + QString::number(id);
        cli.err << "Warning: likely duplicate of " << ids.join(QStringLiteral(", ")) << '\n';
        cli.err.flush();
    }
}

int leadAdd(Cli &cli, QStringList args)
{
    QList<std::pair<QString, QString>> assignments;
    QString bad;
    if (args.isEmpty() || !Cli::parseAssignments(args, &assignments, &bad))
        return cli.usage(bad.isEmpty() ? QStringLiteral("Usage: lead add FIELD=VALUE …")
                                       : QStringLiteral("\"%1\" is not FIELD=VALUE.").arg(bad));
    // A function or tag the values name is created in the same transaction
    // as the lead: a refused lead leaves none behind.
    Transaction tx(cli.ws.database());
    if (!tx.isActive())
        return cli.fail(tx.failure(), Exit::Failed);
    auto lead = cli.ws.codec().apply(Lead{}, assignments, true);
    if (!lead)
        return cli.fail(lead.problems());
    auto saved = cli.ws.leads().create(lead.value());
    if (!saved)
        return cli.fail(saved.problems());
    if (VoidResult done = tx.commit(); !done)
        return cli.fail(done.problems(), Exit::Failed);
    warnDuplicates(cli, saved.value());
    cli.print(QJsonObject{{QStringLiteral("id"), saved->lead.id}, {QStringLiteral("likely_duplicates"), idsJson(saved->likelyDuplicates)}},
              QStringLiteral("Created lead #%1 (%2).").arg(saved->lead.id).arg(saved->lead.displayName()));
    return Exit::Done;
}

int leadShow(Cli &cli, QStringList args)
{
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: lead show ID"));
    int code = Exit::Done;
    auto lead = leadArg(cli, args[0], &code);
    return lead ? showLead(cli, *lead) : code;
}

int leadSet(Cli &cli, QStringList args)
{
    QString ifVersion;
    const bool checkVersion = Cli::takeOption(args, QStringLiteral("--if-version"), &ifVersion);
    bool versionOk = true;
    const qint64 expected = ifVersion.toLongLong(&versionOk);
    if (checkVersion && (!versionOk || expected <= 0))
        return cli.usage(QStringLiteral("--if-version takes the version `lead show` gave, not \"%1\".").arg(ifVersion));
    if (args.size() < 2)
        return cli.usage(QStringLiteral("Usage: lead set ID [--if-version N] FIELD=VALUE …"));
    int code = Exit::Done;
    auto lead = leadArg(cli, args.takeFirst(), &code);
    if (!lead)
        return code;
    QList<std::pair<QString, QString>> assignments;
    QString bad;
    if (!Cli::parseAssignments(args, &assignments, &bad))
        return cli.usage(QStringLiteral("\"%1\" is not FIELD=VALUE.").arg(bad));
    Transaction tx(cli.ws.database()); // as in lead add: a refused edit creates nothing
    if (!tx.isActive())
        return cli.fail(tx.failure(), Exit::Failed);
    // Checked under the write lock: nobody writes the lead between the check and the save.
    if (checkVersion) {
        const auto current = LeadQueries(cli.ws).find(lead->id);
        if (current && current->version != expected) {
            Problems p{Problem{QStringLiteral("version"), QStringLiteral("Lead #%1 is at version %2, not %3: it was changed since.")
                                                              .arg(lead->id)
                                                              .arg(current->version)
                                                              .arg(expected)}};
            for (const QString &change : cli.ws.leads().changesSince(lead->id, expected))
                p << Problem{QStringLiteral("version"), change};
            return cli.fail(p);
        }
    }
    auto edited = cli.ws.codec().apply(*lead, assignments, true);
    if (!edited)
        return cli.fail(edited.problems());
    // Only the fields given are written; one that another writer changed
    // since the lead was read here is refused, never overwritten.
    auto saved = cli.ws.leads().update(edited.value(), *lead);
    if (!saved)
        return cli.fail(saved.problems());
    if (VoidResult done = tx.commit(); !done)
        return cli.fail(done.problems(), Exit::Failed);
    warnDuplicates(cli, saved.value());
    return showWritten(cli, saved->lead);
}

int updatedResult(Cli &cli, const Result<int> &r, const Refusals &refused);

int leadStatus(Cli &cli, QStringList args)
{
    if (args.size() > 2) {
        // Several leads: the allowed part is done, the others are told.
        const QString name = args.takeLast();
        QList<qint64> ids;
        if (!Cli::parseIds(args, &ids))
            return cli.usage(QStringLiteral("Usage: lead status ID … NAME"));
        auto status = cli.ws.statuses().findByName(name);
        if (!status)
            return cli.fail(Problems{Problem{QStringLiteral("status"), QStringLiteral("There is no status \"%1\".").arg(name)}});
        Refusals refused;
        auto r = cli.ws.leads().changeStatus(ids, status->id, &refused);
        return updatedResult(cli, r, refused);
    }
    if (args.size() != 2)
        return cli.usage(QStringLiteral("Usage: lead status ID NAME"));
    int code = Exit::Done;
    auto lead = leadArg(cli, args[0], &code);
    if (!lead)
        return code;
    auto status = cli.ws.statuses().findByName(args[1]);
    if (!status)
        return cli.fail(Problems{Problem{QStringLiteral("status"), QStringLiteral("There is no status \"%1\".").arg(args[1])}});
    auto changed = cli.ws.leads().changeStatus({lead->id}, status->id);
    if (!changed)
        return cli.fail(changed.problems());
    Lead moved = *lead;
    moved.statusId = status->id;
    return showWritten(cli, moved);
}

/// A bulk change's answer: how many changed and, exiting 1 ("done in
/// part"), each lead left as it was and why.
int updatedResult(Cli &cli, const Result<int> &r, const Refusals &refused)
{
    if (!r)
        return cli.fail(r.problems());
    QJsonObject o{{QStringLiteral("updated"), r.value()}};
    QString text = QStringLiteral("%1 lead(s) updated.").arg(r.value());
    if (!refused.isEmpty()) {
        QJsonArray list;
        for (qsizetype i = 0; i < refused.ids.size(); ++i)
            list << QJsonObject{{QStringLiteral("id"), refused.ids.at(i)},
                                {QStringLiteral("message"), i < refused.problems.size() ? refused.problems.at(i).message : QString()}};
        o.insert(QStringLiteral("refused"), list);
        text += QStringLiteral(" %1 left as they were.").arg(refused.ids.size());
    }
    cli.print(o, text);
    if (refused.isEmpty())
        return Exit::Done;
    return cli.fail(refused.problems, Exit::Refused);
}

int leadTake(Cli &cli, QStringList args)
{
    QList<qint64> ids;
    if (!Cli::parseIds(args, &ids))
        return cli.usage(QStringLiteral("Usage: lead take ID …"));
    Refusals refused;
    auto r = cli.ws.leads().takeInCharge(ids, &refused);
    return updatedResult(cli, r, refused);
}

int leadAssign(Cli &cli, QStringList args)
{
    QString to;
    QList<qint64> ids;
    if (!Cli::takeOption(args, QStringLiteral("--to"), &to) || !Cli::parseIds(args, &ids))
        return cli.usage(QStringLiteral("Usage: lead assign ID … --to LOGIN"));
    qint64 userId = 0;
    if (!to.isEmpty() && to != QLatin1String("none")) {
        auto user = cli.ws.users().resolve(to);
        if (!user)
            return cli.fail(Problems{Problem{QStringLiteral("assigned_to"), QStringLiteral("There is no user \"%1\".").arg(to)}});
        userId = user->id;
    }
    Refusals refused;
    auto r = cli.ws.leads().assign(ids, userId, &refused);
    return updatedResult(cli, r, refused);
}

int leadHistory(Cli &cli, QStringList args)
{
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: lead history ID"));
    int code = Exit::Done;
    auto lead = leadArg(cli, args[0], &code);
    if (!lead)
        return code;
    QJsonArray arr;
    QList<QStringList> rows;
    for (const Activity &a : cli.ws.leads().history(lead->id)) {
        arr << QJsonObject{{QStringLiteral("at"), Database::timestamp(a.at)},
                           {QStringLiteral("user"), a.userName},
                           {QStringLiteral("kind"), Activity::kindKey(a.kind)},
                           {QStringLiteral("field"), a.field},
                           {QStringLiteral("old"), a.oldValue},
                           {QStringLiteral("new"), a.newValue},
                           {QStringLiteral("text"), a.text}};
        QString what = a.text;
        if (!a.field.isEmpty()) {
            const LeadField *f = leadField(a.field);
            what = QStringLiteral("%1: %2 → %3").arg(f ? f->translatedLabel() : a.field, a.oldValue.isEmpty() ? QStringLiteral("∅") : a.oldValue,
                                                   a.newValue.isEmpty() ? QStringLiteral("∅") : a.newValue);
            if (!a.text.isEmpty())
                what += QStringLiteral(" (") + a.text + QLatin1Char(')');
        }
        rows << QStringList{a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.userName, what};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("WHAT")}, rows);
    return Exit::Done;
}

int leadComment(Cli &cli, QStringList args)
{
    if (args.size() != 2)
        return cli.usage(QStringLiteral("Usage: lead comment ID TEXT"));
    qint64 id = 0;
    if (!Cli::parseId(args[0], &id))
        return cli.usage(QStringLiteral("\"%1\" is not a lead id.").arg(args[0]));
    auto a = cli.ws.leads().addComment(id, args[1]);
    if (!a)
        return cli.fail(a.problems());
    cli.print(QJsonObject{{QStringLiteral("id"), a->id}, {QStringLiteral("text"), a->text}}, QStringLiteral("Comment added."));
    return Exit::Done;
}

int leadDelete(Cli &cli, QStringList args)
{
    QList<qint64> ids;
    if (!Cli::parseIds(args, &ids))
        return cli.usage(QStringLiteral("Usage: lead delete ID …"));
    auto r = cli.ws.leads().remove(ids);
    if (!r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("deleted"), r.value()}},
              QStringLiteral("%1 lead(s) moved to the trash (lead restore ID … brings them back).").arg(r.value()));
    return Exit::Done;
}

int leadRestore(Cli &cli, QStringList args)
{
    QList<qint64> ids;
    if (!Cli::parseIds(args, &ids))
        return cli.usage(QStringLiteral("Usage: lead restore ID …"));
    auto r = cli.ws.leads().restore(ids);
    if (!r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("restored"), r.value()}}, QStringLiteral("%1 lead(s) restored from the trash.").arg(r.value()));
    return Exit::Done;
}

int trashEmpty(Cli &cli, QStringList args)
{
    const bool expired = Cli::takeFlag(args, QStringLiteral("--expired"));
    QList<qint64> ids;
    if (!args.isEmpty() && (expired || !Cli::parseIds(args, &ids)))
        return cli.usage(QStringLiteral("Usage: trash empty [ID …] | trash empty --expired"));
    auto r = expired ? cli.ws.leads().purgeExpiredTrash(QDateTime::currentDateTimeUtc()) : cli.ws.leads().emptyTrash(ids);
    if (!r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("removed"), r.value()}}, QStringLiteral("%1 lead(s) removed from the trash for good.").arg(r.value()));
    return Exit::Done;
}

int leads(Cli &cli, QStringList args)
{
    LeadFilter filter;
    qint64 limit = -1;
    if (const QString problem = takeLeadFilter(cli, args, &filter, &limit); !problem.isEmpty())
        return cli.usage(problem);
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Unexpected argument \"%1\".").arg(args.first()));
    const LeadQueries repo(cli.ws);
    if (cli.json) {
        // Streamed page by page so that a million leads never sit in memory at once.
        cli.out << "[";
        qint64 done = 0;
        const qint64 page = 500;
        bool first = true;
        while (limit < 0 || done < limit) {
            const qint64 n = limit < 0 ? page : qMin(page, limit - done);
            const QList<qint64> ids = repo.ids(filter, done, n);
            for (qint64 id : ids) {
                const auto lead = repo.find(id);
                if (!lead)
                    continue;
                cli.out << (first ? "\n" : ",\n")
                        << Cli::jsonText(QJsonDocument(cli.ws.codec().toJson(*lead)), false).trimmed();
                first = false;
            }
            done += ids.size();
            if (ids.size() < n)
                break;
        }
        cli.out << (first ? "]\n" : "\n]\n");
        cli.out.flush();
        return Exit::Done;
    }
    QHash<qint64, QString> statusNames;
    for (const LeadStatus &s : cli.ws.statuses().all())
        statusNames.insert(s.id, s.name);
    QList<QStringList> rows;
    for (const LeadRow &r : repo.rows(filter, 0, limit < 0 ? 1000000000 : limit))
        rows << QStringList{QString::number(r.id), r.fullName, r.company, r.email, r.phone, r.city, statusNames.value(r.statusId),
                            r.assignedName, QString(r.score, QChar(0x2605))};
    cli.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("COMPANY"), QStringLiteral("EMAIL"), QStringLiteral("PHONE"),
                    QStringLiteral("CITY"), QStringLiteral("STATUS"), QStringLiteral("ASSIGNED TO"), QStringLiteral("SCORE")},
                   rows);
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("lead"), QStringLiteral("add")}, QStringLiteral("FIELD=VALUE …"), QStringLiteral("create a lead"), leadAdd},
    {{QStringLiteral("lead"), QStringLiteral("show")}, QStringLiteral("ID"), QStringLiteral("one lead, every field"), leadShow},
    {{QStringLiteral("lead"), QStringLiteral("set")}, QStringLiteral("ID [--if-version N] FIELD=VALUE …"), QStringLiteral("change fields"), leadSet},
    {{QStringLiteral("lead"), QStringLiteral("status")}, QStringLiteral("ID [ID …] NAME"), QStringLiteral("move to an open status"), leadStatus},
    {{QStringLiteral("lead"), QStringLiteral("take")}, QStringLiteral("ID …"), QStringLiteral("take in charge"), leadTake},
    {{QStringLiteral("lead"), QStringLiteral("assign")}, QStringLiteral("ID … --to LOGIN"), QStringLiteral("assign to a user"), leadAssign},
    {{QStringLiteral("lead"), QStringLiteral("history")}, QStringLiteral("ID"), QStringLiteral("the activity timeline"), leadHistory},
    {{QStringLiteral("lead"), QStringLiteral("comment")}, QStringLiteral("ID TEXT"), QStringLiteral("comment on the timeline"), leadComment},
    {{QStringLiteral("lead"), QStringLiteral("delete")}, QStringLiteral("ID …"), QStringLiteral("move leads to the trash"), leadDelete},
    {{QStringLiteral("lead"), QStringLiteral("restore")}, QStringLiteral("ID …"), QStringLiteral("bring leads back from the trash"), leadRestore},
    {{QStringLiteral("trash"), QStringLiteral("empty")}, QStringLiteral("[ID …] | --expired"),
     QStringLiteral("remove leads in the trash for good (admin; --expired: those in it for 30 days)"), trashEmpty},
    {{QStringLiteral("leads")}, QStringLiteral("[--status S] [--menu my|opened|closed|all|trash] [--search T] [--sort F[:desc]] [--limit N]"),
     QStringLiteral("list leads"), leads},
};

} // namespace

QString takeLeadFilter(Cli &cli, QStringList &args, LeadFilter *filter, qint64 *limit)
{
    filter->currentUserId = cli.ws.currentUserId();
    QString v;
    bool missing = false;
    if (Cli::takeOption(args, QStringLiteral("--status"), &v, &missing)) {
        for (const QString &name : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto s = cli.ws.statuses().findByName(name.trimmed());
            if (!s)
                return QStringLiteral("There is no status \"%1\".").arg(name);
            filter->statusIds << s->id;
        }
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--menu"), &v, &missing) && !LeadFilter::menuFromKey(v, &filter->menu))
        return QStringLiteral("--menu is my, opened, closed, all or trash.");
    if (!missing && Cli::takeOption(args, QStringLiteral("--search"), &v, &missing))
        filter->search = v;
    if (!missing && Cli::takeOption(args, QStringLiteral("--sort"), &v, &missing)) {
        filter->sortDescending = v.endsWith(QLatin1String(":desc"));
        filter->sortField = v.section(QLatin1Char(':'), 0, 0);
        if (v.contains(QLatin1Char(':')) && !filter->sortDescending && !v.endsWith(QLatin1String(":asc")))
            return QStringLiteral("--sort takes FIELD, FIELD:asc or FIELD:desc.");
        if (!LeadRepository::sortableFields().contains(filter->sortField))
            return QStringLiteral("Cannot sort by \"%1\"; sortable: %2.").arg(filter->sortField, LeadRepository::sortableFields().join(QStringLiteral(", ")));
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--limit"), &v, &missing)) {
        bool ok = false;
        *limit = v.toLongLong(&ok);
        if (!ok || *limit < 0)
            return QStringLiteral("--limit takes a number.");
    }
    if (missing)
        return QStringLiteral("An option is missing its value.");
    return {};
}
