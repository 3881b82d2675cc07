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

    /// The user with that login, created when missing (admin when first).
    Result<User> ensure(const QString &login);
    QList<User> all() const;
    QList<User> active() const;
    std::optional<User> find(qint64 id) const;
    /// A user by login, or by name (case and accents folded).
    std::optional<User> resolve(const QString &loginOrName) const;
    Result<User> add(const User &user);
    VoidResult update(const User &user);
    VoidResult setTeamMembers(qint64 teamId, const QList<qint64> &userIds);
    QList<qint64> teamMembers(qint64 teamId) const;
    QString nameOf(qint64 id) const;

private:
    Problems validate(const User &user) const;
    Workspace &m_ws;
};
