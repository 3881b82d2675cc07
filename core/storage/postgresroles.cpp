#include "postgresroles.h"

#include "database.h"
#include "leadfield.h"
#include "rolefields.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

const QStringList Groups{QStringLiteral("crm_admin"), QStringLiteral("crm_manager"), QStringLiteral("crm_sales"),
                         QStringLiteral("crm_marketeer"), QStringLiteral("crm_partner")};

/// The group of a Quarry role key ("partner" → crm_partner).
QString groupOf(const QString &roleKey)
{
    return roleKey.startsWith(QLatin1String("crm_")) ? roleKey : QStringLiteral("crm_") + roleKey;
}

QString ident(const QString &name)
{
    QString n = name;
    return QLatin1Char('"') + n.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString t = text;
    return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

VoidResult run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Problems{sqlProblem(q, sql.left(60))};
    return {};
}

/// Who the session is, read by the policies (SECURITY DEFINER: they read
/// users and team_members whatever the caller may read).
const char *Functions[] = {
    "CREATE OR REPLACE FUNCTION quarry_me() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
    "$$ SELECT id FROM users WHERE login = session_user AND active = 1 $$",
    "CREATE OR REPLACE FUNCTION quarry_my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
    "$$ SELECT role FROM users WHERE login = session_user AND active = 1 $$",
    "CREATE OR REPLACE FUNCTION quarry_my_partner() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
    "$$ SELECT partner_id FROM users WHERE login = session_user AND active = 1 $$",
    "CREATE OR REPLACE FUNCTION quarry_my_teams() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
    "$$ SELECT COALESCE(array_agg(m.team_id), '{}') FROM team_members m JOIN users u ON u.id = m.user_id WHERE u.login = session_user $$",
    "CREATE OR REPLACE FUNCTION quarry_teammates() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
    "$$ SELECT COALESCE(array_agg(DISTINCT m.user_id), '{}') FROM team_members m WHERE m.team_id = ANY (quarry_my_teams()) $$",
};

/// Tables holding configuration: read by everyone, written by admins (and the
/// lists each role manages, see Access).
const QStringList ConfigTables{QStringLiteral("lead_statuses"), QStringLiteral("prospect_statuses"), QStringLiteral("crm_options"),
                               QStringLiteral("users"), QStringLiteral("teams"), QStringLiteral("team_members"),
                               QStringLiteral("quarry_meta")};

/// The trigger function that refuses, for the roles that change only some
/// fields (RoleFields), an UPDATE touching any other: policies choose rows,
/// not columns, and column privileges would refuse Quarry's own writes,
/// which store the whole row.
QString fieldGuard()
{
    QString body;
    for (Role role : {Role::Marketeer, Role::Partner}) {
        body += QStringLiteral(" %1 r = %2 THEN").arg(body.isEmpty() ? QStringLiteral("IF") : QStringLiteral("ELSIF"), literal(Roles::key(role)));
        for (const LeadField &f : leadFields()) {
            if (f.column.isEmpty() || f.key == QLatin1String("id") || f.readOnly || RoleFields::changes(role, f))
                continue;
            body += QStringLiteral(" IF NEW.%1 IS DISTINCT FROM OLD.%1 THEN RAISE EXCEPTION %2, session_user, r, NEW.id "
                                   "USING ERRCODE = 'insufficient_privilege'; END IF;")
                        .arg(ident(f.column), literal(QStringLiteral("%1 (%2) may not change the %3 of lead #%4.")
                                                          .arg(QStringLiteral("%"), QStringLiteral("%"), QString::fromUtf8(f.label).toLower(),
                                                               QStringLiteral("%"))));
        }
    }
    return QStringLiteral("CREATE OR REPLACE FUNCTION quarry_guard_fields() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$ "
                          "DECLARE r text := quarry_my_role(); BEGIN%1 END IF; RETURN NEW; END $$")
        .arg(body);
}

/// The policies on leads, one set per group. The server applies only those
/// of the caller's group, chosen when the statement is planned, and each
/// reads who the caller is once per statement (a scalar subquery), not once
/// per row: an admin's count of a status is the index's alone, a sales rep's
/// a filter on their leads. Every policy also asks that the user's Quarry
/// role still be that group's (an account deactivated or moved during an
/// open session sees nothing more). What each role sees and changes is
/// Access's rule (LeadScope is its twin in the core).
struct GroupRule
{
    QString group, roleKey, sees, changes, keeps;
    /// The caller's Quarry role is this group's, read once per statement.
    /// Written as a boolean of its own, not "role = key": the planner then
    /// takes the policy to keep half the rows, not one in two hundred (its
    /// guess for an equality), and still picks an index that reads a short
    /// LIMIT in order over one that sorts.
    QString is() const { return QStringLiteral("(SELECT quarry_my_role() = %1)").arg(literal(roleKey)); }
};

/// What each group sees, changes and keeps of the leads: Access's rule.
const QList<GroupRule> &groupRules()
{
    static const QString open = QStringLiteral("status_id IN (SELECT id FROM lead_statuses WHERE is_open = 1)");
    static const QString myTeams = QStringLiteral("(SELECT quarry_my_teams())::bigint[]");
    static const QList<GroupRule> rules{
        {QStringLiteral("crm_admin"), QStringLiteral("crm_admin"), QStringLiteral("true"), QStringLiteral("true"), QStringLiteral("true")},
        {QStringLiteral("crm_manager"), QStringLiteral("crm_manager"),
         QStringLiteral("(SELECT cardinality(quarry_my_teams())) = 0 OR team_id = ANY (%1) OR assigned_to = ANY ((SELECT quarry_teammates())::bigint[]) "
                        "OR assigned_to = (SELECT quarry_me()) OR (assigned_to IS NULL AND team_id IS NULL)")
             .arg(myTeams),
         QString(), QStringLiteral("true")},
        // A sales rep changes their own leads and takes in charge unassigned
        // ones; the lead stays theirs.
        {QStringLiteral("crm_sales"), QStringLiteral("crm_sales"),
         QStringLiteral("assigned_to = (SELECT quarry_me()) OR assigned_to IS NULL OR team_id = ANY (%1)").arg(myTeams),
         QStringLiteral("assigned_to = (SELECT quarry_me()) OR assigned_to IS NULL"),
         QStringLiteral("assigned_to IS NOT DISTINCT FROM (SELECT quarry_me())")},
        // A marketeer works the open leads, which stay open.
        {QStringLiteral("crm_marketeer"), QStringLiteral("crm_marketeer"), open, QString(), open},
        {QStringLiteral("crm_partner"), QStringLiteral("partner"),
         QStringLiteral("channel_partner_id IS NOT NULL AND channel_partner_id = (SELECT quarry_my_partner())"), QString(), QStringLiteral("true")},
    };
    return rules;
}

/// A search that reads the GIN index. Under row-level security the server
/// may not match a search entry (@@ is not leakproof) before the policies
/// have kept it, so a caller's search would read every entry. This function
/// reads the index as the tables' owner and keeps the leads the caller
/// sees, by the same rules as the policies on leads (groupRules()), so that
/// it answers nothing about a lead its caller may not see; a caller the
/// policies do not bind (a superuser, the owner) sees every lead. The query
/// around it reads leads under the caller's own policies all the same.
QString searchFunction()
{
    QString sees = QStringLiteral("CASE WHEN (SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user, c.relowner, 'USAGE') "
                                  "FROM pg_roles r, pg_class c WHERE r.rolname = session_user AND c.oid = 'leads'::regclass) THEN true");
    for (const GroupRule &g : groupRules())
        sees += QStringLiteral(" WHEN %1 AND (SELECT pg_has_role(session_user, %2, 'MEMBER')) THEN (%3)").arg(g.is(), literal(g.group), g.sees);
    sees += QStringLiteral(" ELSE false END");
    // Planned at each call with its words (EXECUTE … USING): a common
    // prefix ("m") is read in id order until the LIMIT is reached, a rare
    // word through the GIN index (an SQL function's plan is generic: it
    // took the index for every prefix, 350,000 entries for "mar"). The
    // arguments go by number, so that no column (leads.terms) is taken for
    // them.
    return QStringLiteral("CREATE OR REPLACE FUNCTION quarry_search(terms text, most bigint) RETURNS SETOF bigint LANGUAGE plpgsql STABLE "
                          "SECURITY DEFINER SET search_path = public ROWS 1000 AS $$ BEGIN RETURN QUERY EXECUTE "
                          "$q$ SELECT f.rowid FROM leads_fts f JOIN leads l ON l.id = f.rowid "
                          "WHERE f.doc @@ to_tsquery('simple', $1) AND (%1) LIMIT $2 $q$ USING terms, most; END $$")
        .arg(sees);
}

QStringList leadPolicies()
{
    QStringList sqls;
    // The single policies of schemas 6 to 8, and those of this set.
    for (const char *old : {"leads_see", "leads_add", "leads_change", "leads_remove"})
        sqls << QStringLiteral("DROP POLICY IF EXISTS %1 ON leads").arg(QLatin1String(old));
    for (const GroupRule &g : groupRules()) {
        const QString is = g.is();
        const QString changes = g.changes.isEmpty() ? g.sees : g.changes;
        for (const char *what : {"see", "add", "change", "remove"})
            sqls << QStringLiteral("DROP POLICY IF EXISTS leads_%1_%2 ON leads").arg(QLatin1String(what), g.group);
        sqls << QStringLiteral("CREATE POLICY leads_see_%1 ON leads FOR SELECT TO %1 USING (%2 AND (%3))").arg(g.group, is, g.sees)
             << QStringLiteral("CREATE POLICY leads_change_%1 ON leads FOR UPDATE TO %1 USING (%2 AND (%3)) WITH CHECK (%2 AND (%4))")
                    .arg(g.group, is, changes, g.keeps);
        if (g.group != QLatin1String("crm_partner"))
            sqls << QStringLiteral("CREATE POLICY leads_add_%1 ON leads FOR INSERT TO %1 WITH CHECK (%2)").arg(g.group, is);
        if (g.group == QLatin1String("crm_admin"))
            sqls << QStringLiteral("CREATE POLICY leads_remove_%1 ON leads FOR DELETE TO %1 USING (%2)").arg(g.group, is);
    }
    return sqls;
}

} // namespace

namespace PostgresRoles {

VoidResult install(Database &db)
{
    // The groups are the server's: made once, kept by every Quarry database on it.
    for (const QString &g : Groups)
        if (VoidResult r = run(db, QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                                       .arg(ident(g)));
            !r)
            return r;
    for (const char *f : Functions)
        if (VoidResult r = run(db, QString::fromUtf8(f)); !r)
            return r;
    const QString all = Groups.join(QStringLiteral(", "));
    const QString staff = QStringLiteral("crm_admin, crm_manager, crm_sales, crm_marketeer");
    for (const QString &sql : {
             QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
             // Staff read every table and write the leads and what hangs on them;
             // partner users read and write only what their leads need.
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(staff),
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(all),
             QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM crm_manager, crm_sales, crm_marketeer").arg(ConfigTables.join(QStringLiteral(", "))),
             QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO crm_partner"),
             QStringLiteral("GRANT UPDATE ON leads, lead_contact_points, leads_fts TO crm_partner"),
             QStringLiteral("GRANT INSERT, DELETE ON lead_contact_points, leads_fts, lead_tags, lead_marketing_lists, lead_contacts_converted TO crm_partner"),
             QStringLiteral("GRANT INSERT ON activities TO crm_partner"),
             QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %1").arg(all),
             // The leads a role may see and change, enforced by the server:
             // the policies of each group (leadPolicies()).
             QStringLiteral("ALTER TABLE leads ENABLE ROW LEVEL SECURITY"),
             // The fields a role may change, as Access::allowsField says.
             fieldGuard(),
             QStringLiteral("DROP TRIGGER IF EXISTS quarry_guard_fields ON leads"),
             QStringLiteral("CREATE TRIGGER quarry_guard_fields BEFORE UPDATE ON leads FOR EACH ROW EXECUTE FUNCTION quarry_guard_fields()"),
         })
        if (VoidResult r = run(db, sql); !r)
            return r;
    const QStringList rules = leadPolicies() + QStringList{searchFunction()};
    for (const QString &sql : rules)
        if (VoidResult r = run(db, sql); !r)
            return r;
    // What hangs on a lead (its timeline, events, emails, files, contact
    // points, tags, search entry) is seen and written with the lead: the
    // subquery reads leads under the caller's own policies.
    const QList<std::pair<QString, QString>> children{
        {QStringLiteral("activities"), QStringLiteral("lead_id")},         {QStringLiteral("events"), QStringLiteral("lead_id")},
        {QStringLiteral("emails"), QStringLiteral("lead_id")},             {QStringLiteral("attachments"), QStringLiteral("lead_id")},
        {QStringLiteral("tickets"), QStringLiteral("lead_id")},            {QStringLiteral("lead_contact_points"), QStringLiteral("lead_id")},
        {QStringLiteral("lead_tags"), QStringLiteral("lead_id")},          {QStringLiteral("lead_marketing_lists"), QStringLiteral("lead_id")},
        {QStringLiteral("lead_logos"), QStringLiteral("lead_id")},         {QStringLiteral("lead_contacts_converted"), QStringLiteral("lead_id")},
        {QStringLiteral("leads_fts"), QStringLiteral("rowid")},
        // The journals keep copies of leads (a merge's snapshot, an import's
        // values before): seen with the lead they are about.
        {QStringLiteral("merges"), QStringLiteral("master_id")},           {QStringLiteral("merge_members"), QStringLiteral("lead_id")},
        {QStringLiteral("import_updates"), QStringLiteral("lead_id")},
    };
    // The work on a lead (its events, emails, files, tickets) is seen with
    // the lead and written by who works it: an admin, a manager (the lead is
    // one they see: the subquery reads leads under their policies), the sales
    // rep it is assigned to. A sales rep reads the events of a teammate's
    // lead, and adds none to it.
    const QStringList worked{QStringLiteral("events"), QStringLiteral("emails"), QStringLiteral("attachments"), QStringLiteral("tickets")};
    for (const auto &[table, column] : children) {
        const QString withLead = QStringLiteral("%1 IS NULL OR EXISTS (SELECT 1 FROM leads l WHERE l.id = %1)").arg(column);
        const QString works = QStringLiteral("%1 IS NULL OR EXISTS (SELECT 1 FROM leads l WHERE l.id = %1 AND "
                                             "((SELECT quarry_my_role()) IN ('crm_admin', 'crm_manager') OR "
                                             "((SELECT quarry_my_role()) = 'crm_sales' AND l.assigned_to = (SELECT quarry_me()))))")
                                  .arg(column);
        QStringList sqls{QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)};
        for (const char *policy : {"with_lead", "seen", "added", "changed", "removed"})
            sqls << QStringLiteral("DROP POLICY IF EXISTS %1_%2 ON %1").arg(table, QLatin1String(policy));
        if (worked.contains(table))
            sqls << QStringLiteral("CREATE POLICY %1_seen ON %1 FOR SELECT USING (%2)").arg(table, withLead)
                 << QStringLiteral("CREATE POLICY %1_added ON %1 FOR INSERT WITH CHECK (%2)").arg(table, works)
                 << QStringLiteral("CREATE POLICY %1_changed ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(table, works)
                 << QStringLiteral("CREATE POLICY %1_removed ON %1 FOR DELETE USING (%2)").arg(table, works);
        else
            sqls << QStringLiteral("CREATE POLICY %1_with_lead ON %1 USING (%2) WITH CHECK (%2)").arg(table, withLead);
        for (const QString &sql : sqls)
            if (VoidResult r = run(db, sql); !r)
                return r;
    }
    // A pair marked "not a duplicate" is seen when both leads are; partner
    // users see their own company, the companies and contacts of their
    // leads, and no opportunity: nothing else of the customer base.
    const QString notPartner = QStringLiteral("(SELECT quarry_my_role()) IS DISTINCT FROM 'partner'");
    const QList<std::pair<QString, QString>> others{
        {QStringLiteral("not_duplicates"),
         QStringLiteral("EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_a) AND EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_b)")},
        {QStringLiteral("partners"),
         QStringLiteral("%1 OR id = (SELECT quarry_my_partner()) OR EXISTS (SELECT 1 FROM leads l WHERE l.partner_id = partners.id)").arg(notPartner)},
        {QStringLiteral("contacts"), QStringLiteral("%1 OR partner_id = (SELECT quarry_my_partner()) OR EXISTS (SELECT 1 FROM leads l WHERE l.contact_id = "
                                                    "contacts.id OR l.channel_contact_id = contacts.id)")
                                         .arg(notPartner)},
        {QStringLiteral("opportunities"), notPartner},
    };
    for (const auto &[table, rule] : others)
        for (const QString &sql : {QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
                                   QStringLiteral("DROP POLICY IF EXISTS %1_seen ON %1").arg(table),
                                   QStringLiteral("CREATE POLICY %1_seen ON %1 USING (%2) WITH CHECK (%2)").arg(table, rule)})
            if (VoidResult r = run(db, sql); !r)
                return r;
    // The sort marks hold a key every few thousand leads of each order (a
    // name, an email): read by those who see every lead, the only ones whose
    // lists they count; their triggers write them as the schema's owner.
    const QString seesAll = QStringLiteral("(SELECT quarry_my_role()) = 'crm_admin' OR ((SELECT quarry_my_role()) = 'crm_manager' "
                                           "AND (SELECT cardinality(quarry_my_teams())) = 0)");
    for (const QString &sql : {QStringLiteral("ALTER TABLE lead_sort_marks ENABLE ROW LEVEL SECURITY"),
                               QStringLiteral("DROP POLICY IF EXISTS lead_sort_marks_seen ON lead_sort_marks"),
                               QStringLiteral("CREATE POLICY lead_sort_marks_seen ON lead_sort_marks USING (%1) WITH CHECK (%1)").arg(seesAll)})
        if (VoidResult r = run(db, sql); !r)
            return r;
    // The per-row rule functions of schemas 6 to 8, now written in the
    // policies themselves (nothing refers to them once those are replaced).
    for (const char *f : {"quarry_works", "quarry_changes", "quarry_sees"})
        if (VoidResult r = run(db, QStringLiteral("DROP FUNCTION IF EXISTS %1(bigint, bigint, bigint, bigint)").arg(QLatin1String(f))); !r)
            return r;
    if (VoidResult r = run(db, QStringLiteral("DROP FUNCTION IF EXISTS quarry_open_status(bigint)")); !r)
        return r;
    return {};
}

VoidResult ensureLogin(Database &db, const QString &login, const QString &roleKey, bool active)
{
    // One block, changing only what differs: the role is the server's, and
    // other databases (or other sessions) may be making it at the same moment.
    // A concurrent identical change ("tuple concurrently updated", a
    // duplicate) leaves the role as wanted.
    const QString name = literal(login);
    const QString role = ident(login);
    // An admin adds, changes and deactivates the others' login roles from
    // their own session: CREATEROLE (never SUPERUSER); nobody else may.
    const bool admin = groupOf(roleKey) == QLatin1String("crm_admin") && active;
    QStringList others;
    for (const QString &g : Groups)
        if (g != groupOf(roleKey))
            others << QStringLiteral("IF pg_has_role(%1, %2, 'USAGE') AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                     "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = %2 AND u.rolname = %1) THEN REVOKE %3 FROM %4; END IF;")
                          .arg(name, literal(g), ident(g), role);
    const QString sql = QStringLiteral(
                            "DO $$ BEGIN "
                            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE %2 LOGIN; END IF; "
                            "%3 "
                            "IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                            "WHERE r.rolname = %4 AND u.rolname = %1) THEN GRANT %5 TO %2; END IF; "
                            "IF (SELECT rolcanlogin FROM pg_roles WHERE rolname = %1) <> %6 THEN ALTER ROLE %2 %7; END IF; "
                            "IF (SELECT rolcreaterole FROM pg_roles WHERE rolname = %1) <> %8 THEN ALTER ROLE %2 %9; END IF; "
                            "EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN NULL; END $$")
                            .arg(name, role, others.join(QLatin1Char(' ')), literal(groupOf(roleKey)), ident(groupOf(roleKey)),
                                 active ? QStringLiteral("true") : QStringLiteral("false"), active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"),
                                 admin ? QStringLiteral("true") : QStringLiteral("false"),
                                 admin ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE"));
    return run(db, sql);
}

VoidResult setPassword(Database &db, const QString &login, const QString &password)
{
    // SCRAM-SHA-256 is the server's default: it keeps a verifier, never the password.
    return run(db, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(ident(login), literal(password)));
}

QString sessionLogin(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT session_user")) && q.next() ? q.value(0).toString() : QString();
}

bool actsForAnyone(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT rolsuper OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE "
                                 "schemaname = current_schema() AND tablename = 'leads'), 'MEMBER') FROM pg_roles WHERE rolname = session_user"))
           && q.next() && q.value(0).toBool();
}

} // namespace PostgresRoles
