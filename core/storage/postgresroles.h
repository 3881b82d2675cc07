#pragma once

#include "result.h"

#include <QString>

class Database;

/// The server's half of who-sees-what on a team database: one group role per
/// Quarry role (crm_admin, crm_manager, crm_sales, crm_marketeer,
/// crm_partner), the grants of each, and row-level-security policies on the
/// leads that mirror Access::visibleSql(), keyed on the session's login. A
/// Quarry user is a login role in their group: the server checks their
/// password (SCRAM-SHA-256) and applies the policies to every client, psql
/// included. The schema's owner (who created it) is not bound by them.
namespace PostgresRoles {

/// Group roles, grants, helper functions and policies (with the schema's
/// migrations; roles are the server's, shared by its databases).
VoidResult install(Database &db);

/// Makes `login` a login role of the group of `roleKey` ("crm_sales", …),
/// or moves an existing one to that group; inside the caller's transaction.
VoidResult ensureLogin(Database &db, const QString &login, const QString &roleKey, bool active);
/// Sets the login's password (the server stores only its SCRAM verifier).
VoidResult setPassword(Database &db, const QString &login, const QString &password);
/// The login of the session (current_user), and whether it may act for any
/// Quarry user (a superuser, or the schema's owner).
QString sessionLogin(const Database &db);
bool actsForAnyone(const Database &db);

} // namespace PostgresRoles
