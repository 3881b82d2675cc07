#pragma once

#include "result.h"
#include "user.h"

#include <optional>

class Workspace;

/// Users, the current user, and team membership.
class UserService
{
public:
    explicit UserService(Workspace &ws);

    /// The user with that login, created when missing with `role` (admin
    /// when first), whoever acts: the acting user's own first write, tests.
    Result<User> ensure(const QString &login, Role role = Role::Sales);
    QList<User> all() const;
    QList<User> active() const;
    std::optional<User> find(qint64 id) const;
    /// A user by login, or by name (case and accents folded).
    std::optional<User> resolve(const QString &loginOrName) const;
    /// Adds a user (an admin's act): role, teams, partner company.
    Result<User> add(const User &user);
    /// Changes a user: an admin's act, except one's own name and email. The
    /// last active admin stays an active admin.
    VoidResult update(const User &user);
    /// Sets a user's password: a team server's (PostgreSQL login roles);
    /// refused on a SQLite file, which has none.
    VoidResult setPassword(const QString &login, const QString &password);
    /// Why setPassword(login, …) would be refused whatever the password (no
    /// right, no such user, no passwords here), before one is asked for.
    Problems checkPassword(const QString &login) const;
    VoidResult setTeamMembers(qint64 teamId, const QList<qint64> &userIds);
    QList<qint64> teamMembers(qint64 teamId) const;
    QString nameOf(qint64 id) const;

private:
    Result<User> insert(const User &user);
    Problems validate(const User &user) const;
    Workspace &m_ws;
};
