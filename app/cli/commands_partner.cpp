// partners, partner show, partner status: what conversions produced.
#include "cli.h"
#include "partnerservice.h"
#include "referenceservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QString prospectStatusName(Cli &cli, qint64 id)
{
    for (const ProspectStatus &s : cli.ws.partners().prospectStatuses())
        if (s.id == id)
            return s.name;
    return {};
}

QJsonObject partnerJson(Cli &cli, const Partner &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("type"), Partner::typeKey(p.type)},
                       {QStringLiteral("prospect_status"), p.prospectStatusId ? QJsonValue(prospectStatusName(cli, p.prospectStatusId)) : QJsonValue()},
                       {QStringLiteral("tin"), p.tin},
                       {QStringLiteral("website"), p.website},
                       {QStringLiteral("email"), p.email},
                       {QStringLiteral("phone"), p.phone},
                       {QStringLiteral("street"), p.street},
                       {QStringLiteral("postal_code"), p.postalCode},
                       {QStringLiteral("city"), p.city},
                       {QStringLiteral("country"), cli.ws.references().nameOf(RefKind::Country, p.countryId)},
                       {QStringLiteral("industry"), cli.ws.references().nameOf(RefKind::Industry, p.industryId)},
                       {QStringLiteral("source"), cli.ws.references().nameOf(RefKind::Source, p.sourceId)},
                       {QStringLiteral("assigned_to"), cli.ws.users().nameOf(p.assignedTo)},
                       {QStringLiteral("score"), p.score},
                       {QStringLiteral("company_size"), p.companySize},
                       {QStringLiteral("key_account"), p.keyAccount},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("from_lead"), idOrNull(p.fromLeadId)}};
}

QJsonObject contactJson(Cli &cli, const Contact &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("partner"), idOrNull(c.partnerId)},
                       {QStringLiteral("civility"), c.civility},
                       {QStringLiteral("first_name"), c.firstName},
                       {QStringLiteral("middle_name"), c.middleName},
                       {QStringLiteral("last_name"), c.lastName},
                       {QStringLiteral("job_title"), cli.ws.references().nameOf(RefKind::Function, c.functionId)},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("phone"), c.phone},
                       {QStringLiteral("mobile"), c.mobile},
                       {QStringLiteral("do_not_call"), c.doNotCall},
                       {QStringLiteral("do_not_email"), c.doNotEmail},
                       {QStringLiteral("from_lead"), idOrNull(c.fromLeadId)}};
}

QJsonObject opportunityJson(Cli &cli, const Opportunity &o)
{
    return QJsonObject{{QStringLiteral("id"), o.id},
                       {QStringLiteral("name"), o.name},
                       {QStringLiteral("partner"), idOrNull(o.partnerId)},
                       {QStringLiteral("contact"), idOrNull(o.contactId)},
                       {QStringLiteral("expected_amount"), o.expectedAmount ? QJsonValue(*o.expectedAmount) : QJsonValue()},
                       {QStringLiteral("expected_close"), o.expectedClose.isValid() ? QJsonValue(o.expectedClose.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("stage"), o.stage},
                       {QStringLiteral("assigned_to"), cli.ws.users().nameOf(o.assignedTo)},
                       {QStringLiteral("from_lead"), idOrNull(o.fromLeadId)}};
}

int partnerShow(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: partner show ID"));
    const auto p = cli.ws.partners().find(id);
    if (!p)
        return cli.fail(QStringLiteral("There is no partner #%1.").arg(id));
    QJsonObject json = partnerJson(cli, *p);
    QJsonArray contacts, opportunities;
    QStringList lines{QStringLiteral("Partner #%1  %2  (%3)").arg(p->id).arg(p->name, Partner::typeKey(p->type))};
    for (const Contact &c : cli.ws.partners().contacts(id)) {
        contacts << contactJson(cli, c);
        lines << QStringLiteral("  contact #%1  %2  %3").arg(c.id).arg(c.fullName(), c.email);
    }
    for (const Opportunity &o : cli.ws.partners().opportunities(id)) {
        opportunities << opportunityJson(cli, o);
        lines << QStringLiteral("  opportunity #%1  %2  %3").arg(o.id).arg(o.name, o.expectedAmount ? QString::number(*o.expectedAmount) : QString());
    }
    json.insert(QStringLiteral("contacts"), contacts);
    json.insert(QStringLiteral("opportunities"), opportunities);
    cli.print(json, lines.join(QLatin1Char('\n')));
    return Exit::Done;
}

int partners(Cli &cli, QStringList args)
{
    QString search;
    bool missing = false;
    Cli::takeOption(args, QStringLiteral("--search"), &search, &missing);
    if (missing || !args.isEmpty())
        return cli.usage(QStringLiteral("Usage: partners [--search PREFIX]"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const Partner &p : cli.ws.partners().list(search, 1000)) {
        arr << partnerJson(cli, p);
        rows << QStringList{QString::number(p.id), p.name, Partner::typeKey(p.type), prospectStatusName(cli, p.prospectStatusId), p.city};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("STATUS"), QStringLiteral("CITY")}, rows);
    return Exit::Done;
}

int partnerStatus(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 2 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: partner status ID NAME"));
    const auto status = cli.ws.partners().prospectStatusByName(args.at(1));
    if (!status)
        return cli.fail(Problems{Problem{QStringLiteral("prospect_status"), QStringLiteral("There is no prospect status \"%1\".").arg(args.at(1))}});
    auto p = cli.ws.partners().setProspectStatus(id, status->id);
    if (!p)
        return cli.fail(p.problems());
    cli.print(partnerJson(cli, p.value()), QStringLiteral("Partner #%1 is now \"%2\" (%3).").arg(id).arg(status->name, Partner::typeKey(p->type)));
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("partners")}, QStringLiteral("[--search PREFIX]"), QStringLiteral("partners (what conversions produced)"), partners},
    {{QStringLiteral("partner"), QStringLiteral("show")}, QStringLiteral("ID"), QStringLiteral("a partner with its contacts and opportunities"),
     partnerShow},
    {{QStringLiteral("partner"), QStringLiteral("status")}, QStringLiteral("ID NAME"), QStringLiteral("set a prospect status (won makes a customer)"),
     partnerStatus},
};

} // namespace
