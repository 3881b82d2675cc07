// Events (event add/set/done/cancel/plan/remove, events) and tickets
// (ticket add/close/reopen, tickets) on a lead, for scripts.
#include "cli.h"
#include "eventservice.h"
#include "ticketservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace {

/// ISO 8601 date and time ("2026-03-05T10:00", "2026-03-05 10:00", with or
/// without an offset; without one it is local time).
QDateTime parseWhen(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt;
}

QString whenText(const QDateTime &dt)
{
    return dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject eventJson(Cli &cli, const Event &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("lead"), e.leadId},
                       {QStringLiteral("type"), Event::kindKey(e.kind)},
                       {QStringLiteral("subject"), e.subject},
                       {QStringLiteral("start"), Database::timestamp(e.startsAt)},
                       {QStringLiteral("duration"), e.durationMinutes},
                       {QStringLiteral("end"), Database::timestamp(e.endsAt())},
                       {QStringLiteral("state"), Event::stateKey(e.state)},
                       {QStringLiteral("notes"), e.notes},
                       {QStringLiteral("owner"), cli.ws.users().nameOf(e.ownerId)}};
}

QString eventText(const Event &e)
{
    return QStringLiteral("Event #%1: %2 \"%3\" on %4 (%5 min), %6.")
        .arg(e.id)
        .arg(Event::kindKey(e.kind), e.subject, whenText(e.startsAt))
        .arg(e.durationMinutes)
        .arg(Event::stateKey(e.state));
}

/// Reads --type, --subject, --at, --duration or --end, --notes, --owner,
/// --state into `e`. Returns a usage message, or "" when they parse.
QString takeEventOptions(Cli &cli, QStringList &args, Event &e)
{
    QString v;
    bool missing = false;
    if (Cli::takeOption(args, QStringLiteral("--type"), &v, &missing) && !Event::kindFromKey(v, &e.kind))
        return QStringLiteral("--type is call, meeting or task.");
    if (!missing && Cli::takeOption(args, QStringLiteral("--subject"), &v, &missing))
        e.subject = v;
    if (!missing && Cli::takeOption(args, QStringLiteral("--at"), &v, &missing)) {
        e.startsAt = parseWhen(v);
        if (!e.startsAt.isValid())
            return QStringLiteral("--at takes an ISO date and time such as 2026-03-05T10:00.");
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--duration"), &v, &missing)) {
        bool ok = false;
        e.durationMinutes = v.toInt(&ok);
        if (!ok)
            return QStringLiteral("--duration takes minutes.");
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--end"), &v, &missing)) {
        const QDateTime end = parseWhen(v);
        if (!end.isValid())
            return QStringLiteral("--end takes an ISO date and time such as 2026-03-05T11:00.");
        EventService::setEnd(e, end);
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--notes"), &v, &missing))
        e.notes = v;
    if (!missing && Cli::takeOption(args, QStringLiteral("--owner"), &v, &missing)) {
        const auto user = cli.ws.users().resolve(v);
        if (!user)
            return QStringLiteral("There is no user \"%1\".").arg(v);
        e.ownerId = user->id;
    }
    if (!missing && Cli::takeOption(args, QStringLiteral("--state"), &v, &missing) && !Event::stateFromKey(v, &e.state))
        return QStringLiteral("--state is planned, done or cancelled.");
    if (missing)
        return QStringLiteral("An option is missing its value.");
    if (!args.isEmpty())
        return QStringLiteral("Unexpected argument \"%1\".").arg(args.first());
    return {};
}

int eventAdd(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: event add LEAD_ID --type call|meeting|task --subject S --at ISO [--duration MIN | --end ISO] "
                                         "[--notes T] [--owner LOGIN] [--state planned|done]");
    Event e;
    if (args.isEmpty() || !Cli::parseId(args.takeFirst(), &e.leadId))
        return cli.usage(usage);
    const bool typed = args.contains(QStringLiteral("--type")) || std::any_of(args.cbegin(), args.cend(), [](const QString &a) {
                           return a.startsWith(QLatin1String("--type="));
                       });
    if (const QString bad = takeEventOptions(cli, args, e); !bad.isEmpty())
        return cli.usage(bad + QLatin1Char('\n') + usage);
    if (!typed || !e.startsAt.isValid())
        return cli.usage(QStringLiteral("--type and --at are required.\n") + usage);
    auto added = cli.ws.events().add(e);
    if (!added)
        return cli.fail(added.problems());
    cli.print(eventJson(cli, added.value()), eventText(added.value()));
    return Exit::Done;
}

int eventSet(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: event set ID [--type T] [--subject S] [--at ISO] [--duration MIN | --end ISO] [--notes T] "
                                         "[--owner LOGIN] [--state S]");
    qint64 id = 0;
    if (args.isEmpty() || !Cli::parseId(args.takeFirst(), &id))
        return cli.usage(usage);
    auto e = cli.ws.events().find(id);
    if (!e)
        return cli.fail(QStringLiteral("There is no event #%1.").arg(id));
    if (const QString bad = takeEventOptions(cli, args, *e); !bad.isEmpty())
        return cli.usage(bad + QLatin1Char('\n') + usage);
    auto saved = cli.ws.events().update(*e);
    if (!saved)
        return cli.fail(saved.problems());
    cli.print(eventJson(cli, saved.value()), eventText(saved.value()));
    return Exit::Done;
}

int eventState(Cli &cli, QStringList args, Event::State state, const QString &word)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: event %1 ID").arg(word));
    auto e = cli.ws.events().setState(id, state);
    if (!e)
        return cli.fail(e.problems());
    cli.print(eventJson(cli, e.value()), eventText(e.value()));
    return Exit::Done;
}

int eventRemove(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: event remove ID"));
    if (VoidResult r = cli.ws.events().remove(id); !r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("removed"), id}}, QStringLiteral("Event #%1 removed.").arg(id));
    return Exit::Done;
}

int events(Cli &cli, QStringList args)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(QStringLiteral("Usage: events LEAD_ID"));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const Event &e : cli.ws.events().forLead(id)) {
        arr << eventJson(cli, e);
        rows << QStringList{QString::number(e.id), Event::kindKey(e.kind), whenText(e.startsAt), QString::number(e.durationMinutes),
                            Event::stateKey(e.state), cli.ws.users().nameOf(e.ownerId), e.subject};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("TYPE"), QStringLiteral("START"), QStringLiteral("MIN"), QStringLiteral("STATE"),
                        QStringLiteral("OWNER"), QStringLiteral("SUBJECT")},
                       rows);
    return Exit::Done;
}

QJsonObject ticketJson(const Ticket &t)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("lead"), t.leadId},
                       {QStringLiteral("subject"), t.subject},
                       {QStringLiteral("description"), t.description},
                       {QStringLiteral("open"), t.isOpen},
                       {QStringLiteral("created_at"), Database::timestamp(t.createdAt)},
                       {QStringLiteral("closed_at"), t.closedAt.isValid() ? QJsonValue(Database::timestamp(t.closedAt)) : QJsonValue()}};
}

QString ticketText(const Ticket &t)
{
    return QStringLiteral("Ticket #%1 (%2): %3").arg(t.id).arg(t.isOpen ? QStringLiteral("open") : QStringLiteral("closed"), t.subject);
}

int ticketAdd(Cli &cli, QStringList args)
{
    const QString usage = QStringLiteral("Usage: ticket add LEAD_ID --subject S [--description D]");
    qint64 leadId = 0;
    if (args.isEmpty() || !Cli::parseId(args.takeFirst(), &leadId))
        return cli.usage(usage);
    QString subject, description;
    bool missing = false;
    Cli::takeOption(args, QStringLiteral("--subject"), &subject, &missing);
    if (!missing)
        Cli::takeOption(args, QStringLiteral("--description"), &description, &missing);
    if (missing || !args.isEmpty())
        return cli.usage(usage);
    auto t = cli.ws.tickets().add(leadId, subject, description);
    if (!t)
        return cli.fail(t.problems());
    cli.print(ticketJson(t.value()), ticketText(t.value()));
    return Exit::Done;
}

int ticketOpenClose(Cli &cli, QStringList args, bool open)
{
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id))
        return cli.usage(open ? QStringLiteral("Usage: ticket reopen ID") : QStringLiteral("Usage: ticket close ID"));
    auto t = open ? cli.ws.tickets().reopen(id) : cli.ws.tickets().close(id);
    if (!t)
        return cli.fail(t.problems());
    cli.print(ticketJson(t.value()), ticketText(t.value()));
    return Exit::Done;
}

int tickets(Cli &cli, QStringList args)
{
    const bool openOnly = Cli::takeFlag(args, QStringLiteral("--open"));
    const bool closedOnly = Cli::takeFlag(args, QStringLiteral("--closed"));
    qint64 id = 0;
    if (args.size() != 1 || !Cli::parseId(args.first(), &id) || (openOnly && closedOnly))
        return cli.usage(QStringLiteral("Usage: tickets LEAD_ID [--open|--closed]"));
    const QList<Ticket> list = openOnly ? cli.ws.tickets().openForLead(id)
                               : closedOnly ? cli.ws.tickets().closedForLead(id)
                                            : cli.ws.tickets().forLead(id);
    QJsonArray arr;
    QList<QStringList> rows;
    for (const Ticket &t : list) {
        arr << ticketJson(t);
        rows << QStringList{QString::number(t.id), t.isOpen ? QStringLiteral("open") : QStringLiteral("closed"), whenText(t.createdAt), t.subject};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("CREATED"), QStringLiteral("SUBJECT")}, rows);
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("event"), QStringLiteral("add")},
     QStringLiteral("LEAD_ID --type call|meeting|task --subject S --at ISO [--duration MIN|--end ISO] [--notes T] [--owner LOGIN]"),
     QStringLiteral("schedule an event on a lead"), eventAdd},
    {{QStringLiteral("event"), QStringLiteral("set")}, QStringLiteral("ID [--subject S] [--at ISO] [--duration MIN] …"), QStringLiteral("change an event"),
     eventSet},
    {{QStringLiteral("event"), QStringLiteral("done")}, QStringLiteral("ID"), QStringLiteral("mark an event done"),
     [](Cli &cli, QStringList args) { return eventState(cli, args, Event::State::Done, QStringLiteral("done")); }},
    {{QStringLiteral("event"), QStringLiteral("cancel")}, QStringLiteral("ID"), QStringLiteral("cancel an event"),
     [](Cli &cli, QStringList args) { return eventState(cli, args, Event::State::Cancelled, QStringLiteral("cancel")); }},
    {{QStringLiteral("event"), QStringLiteral("plan")}, QStringLiteral("ID"), QStringLiteral("plan a done or cancelled event again"),
     [](Cli &cli, QStringList args) { return eventState(cli, args, Event::State::Planned, QStringLiteral("plan")); }},
    {{QStringLiteral("event"), QStringLiteral("remove")}, QStringLiteral("ID"), QStringLiteral("remove an event"), eventRemove},
    {{QStringLiteral("events")}, QStringLiteral("LEAD_ID"), QStringLiteral("a lead's events"), events},
    {{QStringLiteral("ticket"), QStringLiteral("add")}, QStringLiteral("LEAD_ID --subject S [--description D]"), QStringLiteral("open a ticket on a lead"),
     ticketAdd},
    {{QStringLiteral("ticket"), QStringLiteral("close")}, QStringLiteral("ID"), QStringLiteral("close a ticket"),
     [](Cli &cli, QStringList args) { return ticketOpenClose(cli, args, false); }},
    {{QStringLiteral("ticket"), QStringLiteral("reopen")}, QStringLiteral("ID"), QStringLiteral("reopen a ticket"),
     [](Cli &cli, QStringList args) { return ticketOpenClose(cli, args, true); }},
    {{QStringLiteral("tickets")}, QStringLiteral("LEAD_ID [--open|--closed]"), QStringLiteral("a lead's tickets"), tickets},
};

} // namespace
