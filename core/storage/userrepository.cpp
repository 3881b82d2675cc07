#include "userrepository.h"

#include "database.h"
#include "normalize.h"

#include <QSqlQuery>

namespace {
const char *Columns = "id, login, name, email, active, role, created_at, partner_id";

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.email = q.value(3).toString();
    u.active = q.value(4).toInt() != 0;
    u.role = Roles::fromKey(q.value(5).toString()).value_or(Role::Sales);
    u.createdAt = Database::fromTimestamp(q.value(6).toString());
    u.partnerId = q.value(7).toLongLong();
    return u;
}
} // namespace

UserRepository::UserRepository(Database &db) : m_db(db) {}

QList<User> UserRepository::all() const
{
    QList<User> out;
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name_key, login").arg(QLatin1String(Columns)));
    if (r)
        while (r.value().next())
            out << readUser(r.value());
    QHash<qint64, QList<qint64>> teams;
    auto t = m_db.exec(QStringLiteral("SELECT user_id, team_id FROM team_members ORDER BY team_id"));
    if (t)
        while (t.value().next())
            teams[t.value().value(0).toLongLong()] << t.value().value(1).toLongLong();
    for (User &u : out)
        u.teamIds = teams.value(u.id);
    return out;
}

std::optional<User> UserRepository::find(qint64 id) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(Columns)), {id});
    if (!r || !r.value().next())
        return std::nullopt;
    User u = readUser(r.value());
    auto t = m_db.exec(QStringLiteral("SELECT team_id FROM team_members WHERE user_id = ? ORDER BY team_id"), {id});
    if (t)
        while (t.value().next())
            u.teamIds << t.value().value(0).toLongLong();
    return u;
}

std::optional<User> UserRepository::findByLogin(const QString &login) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    if (!r || !r.value().next())
        return std::nullopt;
    return find(r.value().value(0).toLongLong());
}

Result<qint64> UserRepository::insert(const User &u)
{
    auto r = m_db.insert(QStringLiteral("INSERT INTO users (login, name, name_key, email, active, admin, role, partner_id, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {u.login, u.name, Normalize::text(u.name), u.email, u.active ? 1 : 0, u.isAdmin() ? 1 : 0, Roles::key(u.role),
                        u.partnerId ? QVariant(u.partnerId) : QVariant(),
                        Database::timestamp(u.createdAt.isValid() ? u.createdAt : QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.problems();
    return r.value();
}

VoidResult UserRepository::update(const User &u)
{
    return VoidResult::from(m_db.exec(
        QStringLiteral("UPDATE users SET login = ?, name = ?, name_key = ?, email = ?, active = ?, admin = ?, role = ?, partner_id = ? "
                       "WHERE id = ?"),
        {u.login, u.name, Normalize::text(u.name), u.email, u.active ? 1 : 0, u.isAdmin() ? 1 : 0, Roles::key(u.role),
         u.partnerId ? QVariant(u.partnerId) : QVariant(), u.id}));
}

qint64 UserRepository::count() const
{
    auto r = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    return (r && r.value().next()) ? r.value().value(0).toLongLong() : 0;
}

QList<qint64> UserRepository::teamMembers(qint64 teamId) const
{
    QList<qint64> out;
    auto r = m_db.exec(QStringLiteral("SELECT user_id FROM team_members WHERE team_id = ? ORDER BY user_id"), {teamId});
    if (r)
        while (r.value().next())
            out << r.value().value(0).toLongLong();
    return out;
}

VoidResult UserRepository::setTeamMembers(qint64 teamId, const QList<qint64> &userIds)
{
    if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("DELETE FROM team_members WHERE team_id = ?"), {teamId})); !r)
        return r;
    for (qint64 u : userIds)
        if (VoidResult r = VoidResult::from(m_db.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"), {teamId, u})); !r)
            return r;
    return {};
}
