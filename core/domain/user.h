#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// What a user may do (seed 003). The core applies these rules on both
/// backends (Access); on PostgreSQL each is also a group role that the
/// server enforces with grants and row-level security.
enum class Role {
    Admin,     ///< crm_admin: everything, configuration, users
    Manager,   ///< crm_manager: the leads of their teams (all when in none); assigns; loss reasons
    Sales,     ///< crm_sales: their leads, their teams' and the unassigned ones
    Marketeer, ///< crm_marketeer: open leads, marketing fields, imports, tags, lists, campaigns
    Partner,   ///< partner: the leads whose channel partner is their company
};

namespace Roles {
/// "crm_admin", "crm_manager", "crm_sales", "crm_marketeer", "partner".
QString key(Role role);
/// From a key; also accepts "admin", "manager", "sales", "marketeer" and
/// "marketer"; nullopt when none.
std::optional<Role> fromKey(const QString &key);
/// The role as people read it, translated ("Sales rep").
QString label(Role role);
QList<Role> all();
} // namespace Roles

/// A person who works in Quarry. Only active users can be assigned leads.
struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    QString email;
    bool active = true;
    Role role = Role::Sales;
    qint64 partnerId = 0; ///< for Role::Partner: the partner company they work for
    QDateTime createdAt;
    QList<qint64> teamIds;

    bool isAdmin() const { return role == Role::Admin; }

    /// "JD" for "John Doe", for kanban cards.
    QString initials() const;
};
