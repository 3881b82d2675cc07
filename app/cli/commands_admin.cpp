// init, stats, statuses and status configuration, options, reference lists, users.
#include "cli.h"
#include "leadqueries.h"
#include "leadfilter.h"
#include "leadrepository.h"
#include "optionsservice.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QJsonArray>
#include <QTextStream>
#include <QJsonObject>

namespace {

QJsonObject statusJson(const LeadStatus &s)
{
    const QString role = statusRoleKey(s.role);
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("sequence"), s.sequence},
            {QStringLiteral("open"), s.isOpen},
            {QStringLiteral("role"), role.isEmpty() ? QJsonValue() : QJsonValue(role)}};
}

int printStatuses(Cli &cli)
{
    QJsonArray arr;
    QList<QStringList> rows;
    for (const LeadStatus &s : cli.ws.statuses().all()) {
        arr << statusJson(s);
        rows << QStringList{QString::number(s.sequence), s.name, s.isOpen ? QStringLiteral("open") : QStringLiteral("closed"),
                            statusRoleKey(s.role)};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("SEQ"), QStringLiteral("STATUS"), QStringLiteral("STATE"), QStringLiteral("ROLE")}, rows);
    return Exit::Done;
}

/// Finds a status by name or fails with a message naming it.
std::optional<LeadStatus> statusArg(Cli &cli, const QString &name)
{
    auto s = cli.ws.statuses().findByName(name);
    if (!s)
        cli.fail(Problems{Problem{QStringLiteral("status"), QStringLiteral("There is no status \"%1\".").arg(name)}});
    return s;
}

int statusResult(Cli &cli, const VoidResult &r)
{
    if (!r)
        return cli.fail(r.problems());
    return printStatuses(cli);
}

int init(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("init takes no arguments."));
    // The one read-like command that writes: it makes the acting user (the
    // first one is the admin).
    if (VoidResult r = cli.ws.ensureCurrentUser(); !r)
        return cli.fail(r.problems(), Exit::Failed);
    const int version = cli.ws.database().schemaVersion();
    cli.print(QJsonObject{{QStringLiteral("schema_version"), version}},
              QStringLiteral("Database %1 is ready (schema version %2).").arg(cli.ws.database().path()).arg(version));
    return Exit::Done;
}

int stats(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("stats takes no arguments."));
    const QHash<qint64, qint64> counts = LeadQueries(cli.ws).countByStatus();
    qint64 total = 0, open = 0, closed = 0;
    QJsonObject byStatus;
    QList<QStringList> rows;
    for (const LeadStatus &s : cli.ws.statuses().all()) {
        const qint64 n = counts.value(s.id);
        total += n;
        (s.isOpen ? open : closed) += n;
        byStatus.insert(s.name, n);
        rows << QStringList{s.name, QString::number(n)};
    }
    if (cli.json) {
        cli.print(QJsonObject{{QStringLiteral("leads"), total}, {QStringLiteral("open"), open},
                              {QStringLiteral("closed"), closed}, {QStringLiteral("by_status"), byStatus}}, {});
    } else {
        cli.out << "Leads: " << total << " (" << open << " open, " << closed << " closed)\n\n";
        cli.printTable({QStringLiteral("STATUS"), QStringLiteral("LEADS")}, rows);
    }
    return Exit::Done;
}

int statuses(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("statuses takes no arguments."));
    return printStatuses(cli);
}

int statusAdd(Cli &cli, QStringList args)
{
    const bool closed = Cli::takeFlag(args, QStringLiteral("--closed"));
    QString after;
    bool missing = false;
    const bool hasAfter = Cli::takeOption(args, QStringLiteral("--after"), &after, &missing);
    if (missing || args.size() != 1)
        return cli.usage(QStringLiteral("Usage: status add NAME [--closed] [--after NAME]"));
    qint64 afterId = 0;
    if (hasAfter) {
        auto s = statusArg(cli, after);
        if (!s)
            return Exit::Refused;
        afterId = s->id;
    }
    auto added = cli.ws.statuses().add(args.first(), !closed, afterId);
    if (!added)
        return cli.fail(added.problems());
    cli.print(statusJson(added.value()), QStringLiteral("Added status \"%1\".").arg(added->name));
    return Exit::Done;
}

int statusRename(Cli &cli, QStringList args)
{
    if (args.size() != 2)
        return cli.usage(QStringLiteral("Usage: status rename OLD NEW"));
    auto s = statusArg(cli, args[0]);
    return s ? statusResult(cli, cli.ws.statuses().rename(s->id, args[1])) : Exit::Refused;
}

int statusMove(Cli &cli, QStringList args)
{
    QString pos;
    if (!Cli::takeOption(args, QStringLiteral("--position"), &pos) || args.size() != 1)
        return cli.usage(QStringLiteral("Usage: status move NAME --position N"));
    bool ok = false;
    const int n = pos.toInt(&ok);
    if (!ok)
        return cli.usage(QStringLiteral("--position takes a number."));
    auto s = statusArg(cli, args[0]);
    return s ? statusResult(cli, cli.ws.statuses().move(s->id, n)) : Exit::Refused;
}

int statusOpen(Cli &cli, QStringList args)
{
    if (args.size() != 2 || (args[1] != QLatin1String("yes") && args[1] != QLatin1String("no")))
        return cli.usage(QStringLiteral("Usage: status open NAME yes|no"));
    auto s = statusArg(cli, args[0]);
    return s ? statusResult(cli, cli.ws.statuses().setOpen(s->id, args[1] == QLatin1String("yes"))) : Exit::Refused;
}

int statusRole(Cli &cli, QStringList args)
{
    if (args.size() != 2 || statusRoleFromKey(args[0]) == StatusRole::None)
        return cli.usage(QStringLiteral("Usage: status role new|converted|lost NAME"));
    auto s = statusArg(cli, args[1]);
    return s ? statusResult(cli, cli.ws.statuses().setRole(statusRoleFromKey(args[0]), s->id)) : Exit::Refused;
}

int statusRemove(Cli &cli, QStringList args)
{
    QString to;
    bool missing = false;
    const bool hasTo = Cli::takeOption(args, QStringLiteral("--move-leads-to"), &to, &missing);
    if (missing || args.size() != 1)
        return cli.usage(QStringLiteral("Usage: status remove NAME [--move-leads-to NAME]"));
    auto s = statusArg(cli, args[0]);
    if (!s)
        return Exit::Refused;
    qint64 toId = 0;
    if (hasTo) {
        auto target = statusArg(cli, to);
        if (!target)
            return Exit::Refused;
        toId = target->id;
    }
    return statusResult(cli, cli.ws.statuses().remove(s->id, toId));
}

int options(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("options takes no arguments."));
    QJsonObject o;
    QList<QStringList> rows;
    for (const QString &key : OptionsService::keys()) {
        o.insert(key, cli.ws.options().value(key));
        rows << QStringList{key, cli.ws.options().value(key)};
    }
    if (cli.json)
        cli.print(o, {});
    else
        cli.printTable({QStringLiteral("OPTION"), QStringLiteral("VALUE")}, rows);
    return Exit::Done;
}

int optionSet(Cli &cli, QStringList args)
{
    if (args.size() != 2)
        return cli.usage(QStringLiteral("Usage: option set KEY VALUE"));
    if (VoidResult r = cli.ws.options().set(args[0], args[1]); !r)
        return cli.fail(r.problems());
    return options(cli, {});
}

const RefListInfo *listArg(Cli &cli, const QString &key)
{
    const RefListInfo *info = refListInfo(key);
    if (!info) {
        QStringList keys;
        for (const RefListInfo &i : referenceLists())
            keys << QString::fromLatin1(i.key);
        cli.usage(QStringLiteral("Unknown list \"%1\". Lists: %2").arg(key, keys.join(QStringLiteral(", "))));
    }
    return info;
}

QJsonObject itemJson(RefKind kind, const ReferenceItem &item)
{
    QJsonObject o{{QStringLiteral("id"), item.id}, {QStringLiteral("name"), item.name}};
    if (kind == RefKind::Tag)
        o.insert(QStringLiteral("color"), item.color);
    if (kind == RefKind::Country)
        o.insert(QStringLiteral("code"), item.code);
    if (kind == RefKind::Product)
        o.insert(QStringLiteral("sales_direction"), item.parentId);
    return o;
}

int refList(Cli &cli, QStringList args)
{
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: ref list LIST"));
    const RefListInfo *info = listArg(cli, args[0]);
    if (!info)
        return Exit::Usage;
    QJsonArray arr;
    QList<QStringList> rows;
    for (const ReferenceItem &item : cli.ws.references().list(info->kind)) {
        arr << itemJson(info->kind, item);
        rows << QStringList{QString::number(item.id), item.name, item.color + item.code};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QString()}, rows);
    return Exit::Done;
}

/// Reads --color, --code and --sales-direction into an item.
bool itemOptions(Cli &cli, QStringList &args, RefKind kind, ReferenceItem *item)
{
    QString v;
    if (Cli::takeOption(args, QStringLiteral("--color"), &v))
        item->color = v;
    if (Cli::takeOption(args, QStringLiteral("--code"), &v))
        item->code = v;
    if (Cli::takeOption(args, QStringLiteral("--sales-direction"), &v)) {
        auto id = cli.ws.references().resolve(RefKind::SalesDirection, v, false);
        if (!id) {
            cli.fail(id.problems());
            return false;
        }
        item->parentId = id.value();
    }
    Q_UNUSED(kind);
    return true;
}

int refAdd(Cli &cli, QStringList args)
{
    if (args.size() < 2)
        return cli.usage(QStringLiteral("Usage: ref add LIST NAME [--color #rrggbb] [--code XX] [--sales-direction NAME]"));
    const RefListInfo *info = listArg(cli, args.takeFirst());
    if (!info)
        return Exit::Usage;
    ReferenceItem item;
    if (!itemOptions(cli, args, info->kind, &item))
        return Exit::Refused;
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: ref add LIST NAME"));
    item.name = args.first();
    auto added = cli.ws.references().add(info->kind, item);
    if (!added)
        return cli.fail(added.problems());
    cli.print(itemJson(info->kind, added.value()), QStringLiteral("Added \"%1\" (#%2).").arg(added->name).arg(added->id));
    return Exit::Done;
}

int refRename(Cli &cli, QStringList args)
{
    if (args.size() < 3)
        return cli.usage(QStringLiteral("Usage: ref rename LIST OLD NEW [--color #rrggbb]"));
    const RefListInfo *info = listArg(cli, args.takeFirst());
    if (!info)
        return Exit::Usage;
    auto id = cli.ws.references().resolve(info->kind, args[0], false);
    if (!id)
        return cli.fail(id.problems());
    ReferenceItem item = *cli.ws.references().find(info->kind, id.value());
    args.removeFirst();
    if (!itemOptions(cli, args, info->kind, &item))
        return Exit::Refused;
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: ref rename LIST OLD NEW"));
    item.name = args.first();
    if (VoidResult r = cli.ws.references().update(info->kind, item); !r)
        return cli.fail(r.problems());
    cli.print(itemJson(info->kind, *cli.ws.references().find(info->kind, item.id)), QStringLiteral("Renamed to \"%1\".").arg(item.name));
    return Exit::Done;
}

int refRemove(Cli &cli, QStringList args)
{
    if (args.size() != 2)
        return cli.usage(QStringLiteral("Usage: ref remove LIST NAME"));
    const RefListInfo *info = listArg(cli, args[0]);
    if (!info)
        return Exit::Usage;
    auto id = cli.ws.references().resolve(info->kind, args[1], false);
    if (!id)
        return cli.fail(id.problems());
    if (VoidResult r = cli.ws.references().remove(info->kind, id.value()); !r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("removed"), id.value()}}, QStringLiteral("Removed \"%1\".").arg(args[1]));
    return Exit::Done;
}

QJsonObject userJson(Cli &cli, const User &u)
{
    QJsonArray teams;
    for (qint64 t : u.teamIds)
        teams << cli.ws.references().nameOf(RefKind::Team, t);
    return {{QStringLiteral("id"), u.id},           {QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.name},       {QStringLiteral("email"), u.email},
            {QStringLiteral("active"), u.active},   {QStringLiteral("role"), Roles::key(u.role)},
            {QStringLiteral("admin"), u.isAdmin()}, {QStringLiteral("teams"), teams},
            {QStringLiteral("partner"), u.partnerId ? QJsonValue(u.partnerId) : QJsonValue()}};
}

int users(Cli &cli, QStringList args)
{
    if (!args.isEmpty())
        return cli.usage(QStringLiteral("users takes no arguments."));
    QJsonArray arr;
    QList<QStringList> rows;
    for (const User &u : cli.ws.users().all()) {
        arr << userJson(cli, u);
        QStringList teams;
        for (qint64 t : u.teamIds)
            teams << cli.ws.references().nameOf(RefKind::Team, t);
        rows << QStringList{u.login, u.name, Roles::key(u.role), teams.join(QStringLiteral(", ")),
                            u.active ? QStringLiteral("active") : QStringLiteral("inactive")};
    }
    if (cli.json)
        cli.print(arr, {});
    else
        cli.printTable({QStringLiteral("LOGIN"), QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("TEAMS"), QStringLiteral("STATE")},
                       rows);
    return Exit::Done;
}

std::optional<User> userArg(Cli &cli, const QString &login)
{
    auto u = cli.ws.users().resolve(login);
    if (!u)
        cli.fail(QStringLiteral("There is no user \"%1\".").arg(login));
    return u;
}

/// Reads a password from stdin (one line), for --password-stdin.
QString passwordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

int userAdd(Cli &cli, QStringList args)
{
    User u;
    QString v;
    if (Cli::takeOption(args, QStringLiteral("--name"), &v))
        u.name = v;
    if (Cli::takeOption(args, QStringLiteral("--email"), &v))
        u.email = v;
    if (Cli::takeFlag(args, QStringLiteral("--admin")))
        u.role = Role::Admin;
    if (Cli::takeOption(args, QStringLiteral("--role"), &v)) {
        const auto role = Roles::fromKey(v);
        if (!role)
            return cli.usage(QStringLiteral("--role is one of crm_admin, crm_manager, crm_sales, crm_marketeer, partner; not \"%1\".").arg(v));
        u.role = *role;
    }
    QString team;
    Cli::takeOption(args, QStringLiteral("--team"), &team);
    if (Cli::takeOption(args, QStringLiteral("--partner"), &v)) {
        bool ok = false;
        u.partnerId = v.toLongLong(&ok);
        if (!ok || u.partnerId <= 0)
            return cli.usage(QStringLiteral("--partner takes a partner id, not \"%1\".").arg(v));
    }
    const bool withPassword = Cli::takeFlag(args, QStringLiteral("--password-stdin"));
    u.active = !Cli::takeFlag(args, QStringLiteral("--inactive"));
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: user add LOGIN --role ROLE [--team NAME] [--partner ID] [--name NAME] [--email EMAIL] "
                                        "[--password-stdin] [--inactive]"));
    u.login = args.first();
    qint64 teamId = 0;
    if (!team.isEmpty()) {
        auto id = cli.ws.references().resolve(RefKind::Team, team, false);
        if (!id)
            return cli.fail(id.problems());
        teamId = id.value();
    }
    if (withPassword)
        if (Problems no = cli.ws.users().checkPassword(cli.ws.currentUser().login); !no.isEmpty()
            && no.first().field != QLatin1String("login"))
            return cli.fail(no);
    const QString password = withPassword ? passwordFromStdin() : QString();
    // The user and their team membership are one write.
    Transaction tx(cli.ws.database());
    if (!tx.isActive())
        return cli.fail(tx.failure(), Exit::Failed);
    auto added = cli.ws.users().add(u);
    if (!added)
        return cli.fail(added.problems());
    if (withPassword)
        if (VoidResult r = cli.ws.users().setPassword(added->login, password); !r)
            return cli.fail(r.problems());
    if (teamId) {
        QList<qint64> members = cli.ws.users().teamMembers(teamId);
        members << added->id;
        if (VoidResult r = cli.ws.users().setTeamMembers(teamId, members); !r)
            return cli.fail(r.problems());
    }
    if (VoidResult c = tx.commit(); !c)
        return cli.fail(c.problems(), Exit::Failed);
    const auto saved = cli.ws.users().find(added->id);
    cli.print(userJson(cli, saved ? *saved : added.value()), QStringLiteral("Added user %1 (%2).").arg(added->login, Roles::key(added->role)));
    return Exit::Done;
}

int userRole(Cli &cli, QStringList args)
{
    if (args.size() != 2)
        return cli.usage(QStringLiteral("Usage: user role LOGIN crm_admin|crm_manager|crm_sales|crm_marketeer|partner"));
    const auto role = Roles::fromKey(args[1]);
    if (!role)
        return cli.usage(QStringLiteral("The role is one of crm_admin, crm_manager, crm_sales, crm_marketeer, partner; not \"%1\".").arg(args[1]));
    auto u = userArg(cli, args[0]);
    if (!u)
        return Exit::Refused;
    u->role = *role;
    if (*role != Role::Partner)
        u->partnerId = 0;
    if (VoidResult r = cli.ws.users().update(*u); !r)
        return cli.fail(r.problems());
    cli.print(userJson(cli, *cli.ws.users().find(u->id)), QStringLiteral("%1 is now %2.").arg(u->login, Roles::key(u->role)));
    return Exit::Done;
}

int setActive(Cli &cli, const QString &login, bool active)
{
    auto u = userArg(cli, login);
    if (!u)
        return Exit::Refused;
    u->active = active;
    if (VoidResult r = cli.ws.users().update(*u); !r)
        return cli.fail(r.problems());
    cli.print(userJson(cli, *u), QStringLiteral("%1 is %2.").arg(u->login, u->active ? QStringLiteral("active") : QStringLiteral("inactive")));
    return Exit::Done;
}

int userActive(Cli &cli, QStringList args)
{
    if (args.size() != 2 || (args[1] != QLatin1String("yes") && args[1] != QLatin1String("no")))
        return cli.usage(QStringLiteral("Usage: user active LOGIN yes|no"));
    return setActive(cli, args[0], args[1] == QLatin1String("yes"));
}

int userDeactivate(Cli &cli, QStringList args)
{
    if (args.size() != 1)
        return cli.usage(QStringLiteral("Usage: user deactivate LOGIN"));
    return setActive(cli, args[0], false);
}

int userPassword(Cli &cli, QStringList args)
{
    if (!Cli::takeFlag(args, QStringLiteral("--password-stdin")) || args.size() != 1)
        return cli.usage(QStringLiteral("Usage: user password LOGIN --password-stdin"));
    // Refused before the password is read: nobody types one for nothing.
    if (Problems no = cli.ws.users().checkPassword(args[0]); !no.isEmpty())
        return cli.fail(no);
    if (VoidResult r = cli.ws.users().setPassword(args[0], passwordFromStdin()); !r)
        return cli.fail(r.problems());
    cli.print(QJsonObject{{QStringLiteral("login"), args[0]}}, QStringLiteral("The password of %1 was changed.").arg(args[0]));
    return Exit::Done;
}

const CliRegistrar registrar{
    {{QStringLiteral("init")}, {}, QStringLiteral("create or upgrade the database"), init},
    {{QStringLiteral("stats")}, {}, QStringLiteral("lead counts"), stats},
    {{QStringLiteral("statuses")}, {}, QStringLiteral("the lead statuses in order"), statuses},
    {{QStringLiteral("status"), QStringLiteral("add")}, QStringLiteral("NAME [--closed] [--after NAME]"), QStringLiteral("add a status"), statusAdd},
    {{QStringLiteral("status"), QStringLiteral("rename")}, QStringLiteral("OLD NEW"), QStringLiteral("rename a status"), statusRename},
    {{QStringLiteral("status"), QStringLiteral("move")}, QStringLiteral("NAME --position N"), QStringLiteral("reorder"), statusMove},
    {{QStringLiteral("status"), QStringLiteral("open")}, QStringLiteral("NAME yes|no"), QStringLiteral("open or closed"), statusOpen},
    {{QStringLiteral("status"), QStringLiteral("role")}, QStringLiteral("new|converted|lost NAME"), QStringLiteral("give a role"), statusRole},
    {{QStringLiteral("status"), QStringLiteral("remove")}, QStringLiteral("NAME [--move-leads-to NAME]"), QStringLiteral("remove a status"), statusRemove},
    {{QStringLiteral("options")}, {}, QStringLiteral("the CRM options"), options},
    {{QStringLiteral("option"), QStringLiteral("set")}, QStringLiteral("KEY VALUE"), QStringLiteral("set a CRM option"), optionSet},
    {{QStringLiteral("ref"), QStringLiteral("list")}, QStringLiteral("LIST"), QStringLiteral("a reference list (industries, tags, …)"), refList},
    {{QStringLiteral("ref"), QStringLiteral("add")}, QStringLiteral("LIST NAME [--color C] [--code XX]"), QStringLiteral("add to a reference list"), refAdd},
    {{QStringLiteral("ref"), QStringLiteral("rename")}, QStringLiteral("LIST OLD NEW"), QStringLiteral("rename an entry"), refRename},
    {{QStringLiteral("ref"), QStringLiteral("remove")}, QStringLiteral("LIST NAME"), QStringLiteral("remove an unused entry"), refRemove},
    {{QStringLiteral("users")}, {}, QStringLiteral("the users"), users},
    {{QStringLiteral("user"), QStringLiteral("add")}, QStringLiteral("LOGIN --role ROLE [--team NAME] [--partner ID]"), QStringLiteral("add a user"), userAdd},
    {{QStringLiteral("user"), QStringLiteral("role")}, QStringLiteral("LOGIN ROLE"), QStringLiteral("change a user's role"), userRole},
    {{QStringLiteral("user"), QStringLiteral("active")}, QStringLiteral("LOGIN yes|no"), QStringLiteral("activate or deactivate"), userActive},
    {{QStringLiteral("user"), QStringLiteral("deactivate")}, QStringLiteral("LOGIN"), QStringLiteral("deactivate a user"), userDeactivate},
    {{QStringLiteral("user"), QStringLiteral("password")}, QStringLiteral("LOGIN --password-stdin"), QStringLiteral("set a password (team server)"), userPassword},
};

} // namespace
