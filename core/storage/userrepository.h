#pragma once

#include "result.h"
#include "user.h"

#include <optional>

class Database;

/// Users and team membership in SQL.
class UserRepository
{
public:
    explicit UserRepository(Database &db);

    QList<User> all() const;
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByLogin(const QString &login) const;
    Result<qint64> insert(const User &user);
    VoidResult update(const User &user);
    qint64 count() const;
    QList<qint64> teamMembers(qint64 teamId) const;
    VoidResult setTeamMembers(qint64 teamId, const QList<qint64> &userIds);

private:
    Database &m_db;
};
