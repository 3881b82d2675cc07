// lead convert / lose / reopen, duplicates, merge, merge undo, merges.
#include "cli.h"
#include "leadqueries.h"
#include "conversionservice.h"
#include "duplicatefinder.h"
#include "leadcodec.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "lossservice.h"
#include "mergeservice.h"
#include "partnerservice.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

QString idsText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QLatin1Char('#') + QString::number(id);
    return parts.join(QStringLiteral(", "));
}

/// Takes the lead id that starts the arguments, or reports a usage error.
bool takeLeadId(Cli &cli, QStringList &args, const QString &usage, qint64 *id, int *code)
{
    if (args.isEmpty() || !Cli::parseId(args.first(), id)) {
        *code = cli.usage(args.isEmpty() ? usage : QStringLiteral("\"%1\" is not a lead id.\n%2").arg(args.first(), usage));
        return false;
    }
    args.removeFirst();
    return true;
}

int printLead(Cli &cli, qint64 id, const QString &text, const QJsonObject &extra = {})
{
    auto lead = cli.ws.leads().get(id);
    if (!lead)
        return cli.fail(lead.problems());
    QJsonObject json = cli.ws.codec().toJson(lead.value());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    cli.print(json, text);
    return Exit::Done;
}

int leadConvert(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: lead convert ID [--partner new|ID] [--contact none|new|ID,…] [--opportunity yes|no] "
                                         "[--partner-status NAME]");
    qint64 id = 0;
    int code = Exit::Done;
    if (!takeLeadId(cli, args, usage, &id, &code))
        return code;
    ConversionRequest req;
    req.leadId = id;
    QString v;
    bool missing = false;
    if (Cli::takeOption(args, QStringLiteral("--partner"), &v, &missing)) {
        if (v == QLatin1String("new")) {
            req.partnerMode = ConversionRequest::PartnerMode::New;
        } else if (Cli::parseId(v, &req.partnerId)) {
            req.partnerMode = ConversionRequest::PartnerMode::Existing;
        } else {
            return cli.usage(QStringLiteral("--partner takes \"new\" or a partner id.\n") + usage);
        }
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--contact"), &v, &missing)) {
        if (v == QLatin1String("none"))
            req.contactMode = ConversionRequest::ContactMode::None;
        else if (v == QLatin1String("new"))
            req.contactMode = ConversionRequest::ContactMode::New;
        else if (Cli::parseIds({v}, &req.contactIds))
            req.contactMode = ConversionRequest::ContactMode::Existing;
        else
            return cli.usage(QStringLiteral("--contact takes none, new or contact ids (1,2,…).\n") + usage);
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--opportunity"), &v, &missing)) {
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return cli.usage(QStringLiteral("--opportunity takes yes or no.\n") + usage);
        req.createOpportunity = v == QLatin1String("yes");
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--partner-status"), &v, &missing)) {
        const auto status = cli.ws.partners().prospectStatusByName(v);
        if (!status) {
            QStringList names;
            for (const ProspectStatus &s : cli.ws.partners().prospectStatuses())
                names << s.name;
            return cli.fail(Problems{Problem{QStringLiteral("partner_status"),
                                             QStringLiteral("There is no prospect status \"%1\"; there are: %2.").arg(v, names.join(QStringLiteral(", ")))}});
        }
        req.prospectStatusId = status->id;
    }
    if (missing)
        return cli.usage(QStringLiteral("An option is missing its value.\n") + usage);
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Unexpected argument \"%1\".\n%2").arg(args.first(), usage));

    auto done = cli.ws.conversions().convert(req);
    if (!done)
        return cli.fail(done.problems());
    const ConversionResult &r = done.value();
    QStringList what;
    what << QStringLiteral("partner #%1%2").arg(r.partnerId).arg(r.partnerCreated ? QStringLiteral(" (new)") : QString());
    if (!r.contactIds.isEmpty())
        what << QStringLiteral("contacts %1").arg(idsText(r.contactIds));
    if (r.opportunityId)
        what << QStringLiteral("opportunity #%1").arg(r.opportunityId);
    cli.print(QJsonObject{{QStringLiteral("lead"), r.leadId},
                          {QStringLiteral("partner"), r.partnerId},
                          {QStringLiteral("contacts"), idsJson(r.contactIds)},
                          {QStringLiteral("opportunity"), r.opportunityId ? QJsonValue(r.opportunityId) : QJsonValue()}},
              QStringLiteral("Lead #%1 converted: %2.").arg(r.leadId).arg(what.join(QStringLiteral(", "))));
    return Exit::Done;
}

int leadLose(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: lead lose ID --reason NAME [--comment TEXT]");
    qint64 id = 0;
    int code = Exit::Done;
    if (!takeLeadId(cli, args, usage, &id, &code))
        return code;
    QString reasonName, comment;
    bool missing = false;
    if (!Cli::takeOption(args, QStringLiteral("--reason"), &reasonName, &missing) || reasonName.trimmed().isEmpty()) {
        QStringList names;
        for (const ReferenceItem &r : cli.ws.losses().reasons())
            names << r.name;
        return cli.usage(QStringLiteral("A loss reason is required (--reason NAME); reasons: %1.\n%2").arg(names.join(QStringLiteral(", ")), usage));
    }
    if (Cli::takeOption(args, QStringLiteral("--comment"), &comment, &missing); missing)
        return cli.usage(QStringLiteral("--comment needs a value.\n") + usage);
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Unexpected argument \"%1\".\n%2").arg(args.first(), usage));
    auto reason = cli.ws.references().resolve(RefKind::LossReason, reasonName, false);
    if (!reason) {
        QStringList names;
        for (const ReferenceItem &r : cli.ws.losses().reasons())
            names << r.name;
        return cli.fail(Problems{Problem{QStringLiteral("lost_reason"),
                                         QStringLiteral("There is no loss reason \"%1\"; reasons: %2.").arg(reasonName, names.join(QStringLiteral(", ")))}});
    }
    auto lost = cli.ws.losses().lose(id, reason.value(), comment);
    if (!lost)
        return cli.fail(lost.problems());
    return printLead(cli, id, QStringLiteral("Lead #%1 lost (%2).").arg(id).arg(cli.ws.references().nameOf(RefKind::LossReason, reason.value())));
}

int leadReopen(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: lead reopen ID [--status NAME]");
    qint64 id = 0;
    int code = Exit::Done;
    if (!takeLeadId(cli, args, usage, &id, &code))
        return code;
    QString statusName;
    bool missing = false;
    qint64 statusId = 0;
    if (Cli::takeOption(args, QStringLiteral("--status"), &statusName, &missing)) {
        const auto status = cli.ws.statuses().findByName(statusName);
        if (!status)
            return cli.fail(Problems{Problem{QStringLiteral("status"), QStringLiteral("There is no status \"%1\".").arg(statusName)}});
        statusId = status->id;
    }
    if (missing)
        return cli.usage(QStringLiteral("--status needs a value.\n") + usage);
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Unexpected argument \"%1\".\n%2").arg(args.first(), usage));
    auto reopened = cli.ws.losses().reopen(id, statusId);
    if (!reopened)
        return cli.fail(reopened.problems());
    const auto status = cli.ws.statuses().find(reopened->statusId);
    return printLead(cli, id, QStringLiteral("Lead #%1 reopened on \"%2\".").arg(id).arg(status ? status->name : QString()));
}

int duplicates(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: duplicates [--fields F,…] [--ids ID,…]  |  duplicates --not-duplicate ID,ID…  |  "
                                         "duplicates --forget ID,ID…\nFields: %1.")
                              .arg(DuplicateFinder::fieldKeys().join(QStringLiteral(", ")));
    QString v;
    bool missing = false;
    for (const QString &option : {QStringLiteral("--not-duplicate"), QStringLiteral("--forget")}) {
        if (Cli::takeOption(args, option, &v, &missing)) {
            QList<qint64> ids;
            if (!Cli::parseIds(QStringList{v} + args, &ids) || ids.size() < 2)
                return cli.usage(QStringLiteral("%1 takes two or more lead ids.\n%2").arg(option, usage));
            VoidResult r = option == QLatin1String("--forget") ? cli.ws.duplicates().unmarkNotDuplicates(ids)
                                                               : cli.ws.duplicates().markNotDuplicates(ids);
            if (!r)
                return cli.fail(r.problems());
            const QString verb = option == QLatin1String("--forget") ? QStringLiteral("no longer marked") : QStringLiteral("marked");
            cli.print(QJsonObject{{option == QLatin1String("--forget") ? QStringLiteral("forgotten") : QStringLiteral("not_duplicates"), idsJson(ids)}},
                      QStringLiteral("Leads %1 %2 as not duplicates of each other.").arg(idsText(ids), verb));
            return Exit::Done;
        }
        if (missing)
            return cli.usage(QStringLiteral("%1 needs lead ids.\n%2").arg(option, usage));
    }
    QStringList fields = DuplicateFinder::defaultFields();
    if (Cli::takeOption(args, QStringLiteral("--fields"), &v, &missing))
        fields = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<qint64> scope;
    if (!missing && Cli::takeOption(args, QStringLiteral("--ids"), &v, &missing) && !Cli::parseIds({v}, &scope))
        return cli.usage(QStringLiteral("--ids takes lead ids (1,2,…).\n") + usage);
    if (missing)
        return cli.usage(QStringLiteral("An option is missing its value.\n") + usage);
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("Unexpected argument \"%1\".\n%2").arg(args.first(), usage));
    auto found = cli.ws.duplicates().find(fields, scope);
    if (!found)
        return cli.fail(found.problems(), found.problems().first().field == QLatin1String("fields") ? Exit::Usage : Exit::Failed);
    if (cli.json) {
        QJsonArray groups;
        for (const QList<qint64> &g : found.value())
            groups << idsJson(g);
        cli.print(QJsonObject{{QStringLiteral("groups"), groups}}, {});
        return Exit::Done;
    }
    if (found->isEmpty()) {
        cli.out << "No duplicates.\n";
        cli.out.flush();
        return Exit::Done;
    }
    QList<QStringList> rows;
    int n = 0;
    for (const QList<qint64> &g : found.value()) {
        ++n;
        for (const LeadRow &r : LeadQueries(cli.ws).rows(g))
            rows << QStringList{QString::number(n), QString::number(r.id), r.fullName, r.company, r.email, r.phone, r.city};
    }
    cli.printTable({QStringLiteral("GROUP"), QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("COMPANY"), QStringLiteral("EMAIL"),
                    QStringLiteral("PHONE"), QStringLiteral("CITY")},
                   rows);
    return Exit::Done;
}

int merge(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: merge MASTER_ID ID …");
    QList<qint64> ids;
    if (args.size() < 2 || !Cli::parseIds(args, &ids) || ids.size() < 2)
        return cli.usage(usage);
    const qint64 master = ids.takeFirst();
    auto merged = cli.ws.merges().merge(master, ids);
    if (!merged)
        return cli.fail(merged.problems());
    return printLead(cli, master,
                     QStringLiteral("Merged %1 into lead #%2 (merge #%3; undo with: merge undo %3).")
                         .arg(idsText(merged->mergedIds))
                         .arg(master)
                         .arg(merged->mergeId),
                     QJsonObject{{QStringLiteral("merge_id"), merged->mergeId}, {QStringLiteral("merged"), idsJson(merged->mergedIds)}});
}

int mergeUndo(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: merge undo MERGE_ID"));
    auto rec = cli.ws.merges().find(id);
    if (!rec)
        return cli.fail(rec.problems());
    auto master = cli.ws.merges().undo(id);
    if (!master)
        return cli.fail(master.problems());
    return printLead(cli, master->id,
                     QStringLiteral("Merge #%1 undone: %2 are back beside lead #%3.").arg(id).arg(idsText(rec->memberIds)).arg(master->id),
                     QJsonObject{{QStringLiteral("merge_id"), id}, {QStringLiteral("restored"), idsJson(rec->memberIds)}});
}

int merges(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: merges LEAD_ID"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const MergeRecord &m : cli.ws.merges().mergesOf(id)) {
        arr << QJsonObject{{QStringLiteral("id"), m.id},
                           {QStringLiteral("master"), m.masterId},
                           {QStringLiteral("merged"), idsJson(m.memberIds)},
                           {QStringLiteral("at"), Database::timestamp(m.at)},
                           {QStringLiteral("user"), m.userName},
                           {QStringLiteral("undone_at"), m.isUndone() ? QJsonValue(Database::timestamp(m.undoneAt)) : QJsonValue()}};
        rows << QStringList{QString::number(m.id), QString::number(m.masterId), idsText(m.memberIds),
                            m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.userName,
                            m.isUndone() ? m.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("MERGE"), QStringLiteral("MASTER"), QStringLiteral("MERGED"), QStringLiteral("AT"), QStringLiteral("USER"),
                        QStringLiteral("UNDONE")},
                       rows);
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("lead"), QStringLiteral("convert")},
     QStringLiteral("ID [--partner new|ID] [--contact none|new|ID,…] [--opportunity yes|no] [--partner-status NAME]"),
     QStringLiteral("convert a lead into a partner, contacts, an opportunity"), leadConvert},
    {{QStringLiteral("lead"), QStringLiteral("lose")}, QStringLiteral("ID --reason NAME [--comment TEXT]"), QStringLiteral("lose a lead"), leadLose},
    {{QStringLiteral("lead"), QStringLiteral("reopen")}, QStringLiteral("ID [--status NAME]"), QStringLiteral("reopen a lost lead"), leadReopen},
    {{QStringLiteral("duplicates")}, QStringLiteral("[--fields F,…] [--ids ID,…] | --not-duplicate ID,ID… | --forget ID,ID…"),
     QStringLiteral("duplicate groups; mark or forget \"not a duplicate\""), duplicates},
    {{QStringLiteral("merge")}, QStringLiteral("MASTER_ID ID …"), QStringLiteral("merge leads into the master"), merge},
    {{QStringLiteral("merge"), QStringLiteral("undo")}, QStringLiteral("MERGE_ID"), QStringLiteral("undo a merge"), mergeUndo},
    {{QStringLiteral("merges")}, QStringLiteral("LEAD_ID"), QStringLiteral("the merges a lead took part in"), merges},
};

} // namespace
