#include "userservice.h"

#include "fieldlimits.h"
#include "normalize.h"
#include "partnerrepository.h"
#include "postgresroles.h"
#include "userrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("UserService", s); }
}

UserService::UserService(Workspace &ws) : m_ws(ws) {}

Result<User> UserService::ensure(const QString &login, Role role)
{
    if (auto u = m_ws.userRepository().findByLogin(login))
        return *u;
    User u;
    u.login = login;
    u.name = login;
    u.role = m_ws.userRepository().count() == 0 ? Role::Admin : role;
    return insert(u);
}

QList<User> UserService::all() const { return m_ws.userRepository().all(); }

QList<User> UserService::active() const
{
    QList<User> out;
    for (const User &u : all())
        if (u.active)
            out << u;
    return out;
}

std::optional<User> UserService::find(qint64 id) const { return m_ws.userRepository().find(id); }

std::optional<User> UserService::resolve(const QString &loginOrName) const
{
    const QString text = loginOrName.trimmed();
    if (auto u = m_ws.userRepository().findByLogin(text))
        return u;
    const QString key = Normalize::text(text);
    for (const User &u : all())
        if (Normalize::text(u.name) == key)
            return u;
    return std::nullopt;
}

Problems UserService::validate(const User &u) const
{
    static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    Problems p = FieldLimits::checkText(QStringLiteral("login"), tr("The login"), u.login, TextShape::Login);
    const bool loginRefused = !p.isEmpty();
    p << FieldLimits::checkText(QStringLiteral("name"), tr("The name"), u.name, TextShape::Name);
    p << FieldLimits::checkText(QStringLiteral("email"), tr("The email"), u.email, TextShape::Email);
    if (loginRefused) {
        // too long or holding a control character: not quoted in the messages below
    } else if (u.login.trimmed().isEmpty())
        p << Problem{QStringLiteral("login"), tr("A user needs a login.")};
    else if (!loginRe.match(u.login).hasMatch())
        p << Problem{QStringLiteral("login"), tr("The login \"%1\" may hold only letters, digits and . _ @ -.").arg(u.login)};
    else if (auto other = m_ws.userRepository().findByLogin(u.login); other && other->id != u.id)
        p << Problem{QStringLiteral("login"), tr("The login \"%1\" is taken.").arg(u.login)};
    if (!u.email.isEmpty() && !u.email.contains(QLatin1Char('@')))
        p << Problem{QStringLiteral("email"), tr("\"%1\" is not an email address.").arg(u.email)};
    if (u.role == Role::Partner && (u.partnerId == 0 || !m_ws.partnerRepository().find(u.partnerId)))
        p << Problem{QStringLiteral("partner"), tr("A partner user works for a partner company: give its id (--partner ID).")};
    if (u.role != Role::Partner && u.partnerId != 0)
        p << Problem{QStringLiteral("partner"), tr("Only a partner user is linked to a partner company.")};
    // Someone must be able to manage users: the last active admin stays one.
    if (u.id != 0 && (!u.isAdmin() || !u.active)) {
        const auto before = m_ws.userRepository().find(u.id);
        if (before && before->isAdmin() && before->active) {
            int admins = 0;
            for (const User &other : m_ws.userRepository().all())
                admins += other.isAdmin() && other.active ? 1 : 0;
            if (admins <= 1)
                p << Problem{QStringLiteral("role"), tr("%1 is the last active admin: make another user an admin first.").arg(before->login)};
        }
    }
    return p;
}

Result<User> UserService::add(const User &user)
{
    if (Problems no = m_ws.access().check(Access::Action::ManageUsers); !no.isEmpty())
        return no;
    return insert(user);
}

Result<User> UserService::insert(const User &user)
{
    // Under the write lock: the acting user is created first (the begin
    // hook), and two processes adding one login add it once.
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    User u = user;
    u.id = 0;
    u.login = u.login.trimmed();
    if (u.name.trimmed().isEmpty())
        u.name = u.login;
    if (Problems p = validate(u); !p.isEmpty())
        return p;
    u.createdAt = m_ws.now();
    auto id = m_ws.userRepository().insert(u);
    if (!id)
        return id.problems();
    // On a team server a user is a login role of their role's group.
    if (m_ws.database().isPostgres())
        if (VoidResult r = PostgresRoles::ensureLogin(m_ws.database(), u.login, Roles::key(u.role), u.active); !r)
            return r.problems();
    u.id = id.value();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.usersChanged();
    return u;
}

VoidResult UserService::update(const User &user)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto before = find(user.id);
    if (!before)
        return VoidResult::failure(QStringLiteral("login"), tr("There is no user #%1.").arg(user.id));
    // Everyone keeps their own name and email up to date; the rest is an admin's.
    const bool ownDetails = user.id == m_ws.currentUserId() && user.login == before->login && user.role == before->role
                            && user.active == before->active && user.partnerId == before->partnerId;
    if (!ownDetails)
        if (Problems no = m_ws.access().check(Access::Action::ManageUsers); !no.isEmpty())
            return no;
    if (Problems p = validate(user); !p.isEmpty())
        return p;
    if (VoidResult r = m_ws.userRepository().update(user); !r)
        return r;
    if (m_ws.database().isPostgres())
        if (VoidResult r = PostgresRoles::ensureLogin(m_ws.database(), user.login, Roles::key(user.role), user.active); !r)
            return r;
    if (VoidResult c = tx.commit(); !c)
        return c;
    m_ws.refreshAccess();
    emit m_ws.usersChanged();
    return {};
}

Problems UserService::checkPassword(const QString &login) const
{
    if (Problems no = m_ws.access().check(Access::Action::ManageUsers); !no.isEmpty())
        return no;
    if (!m_ws.userRepository().findByLogin(login))
        return Problems{Problem{QStringLiteral("login"), tr("There is no user \"%1\".").arg(login)}};
    if (m_ws.database().isPostgres())
        return {};
    return Problems{Problem{QStringLiteral("password"),
                            tr("A SQLite file has no passwords: whoever may open the file works in it, as the users it "
                               "knows. Passwords are a team server's (a postgresql:// database).")}};
}

VoidResult UserService::setPassword(const QString &login, const QString &password)
{
    if (Problems no = checkPassword(login); !no.isEmpty())
        return no;
    if (password.isEmpty())
        return VoidResult::failure(QStringLiteral("password"), tr("A password cannot be empty."));
    return PostgresRoles::setPassword(m_ws.database(), login, password);
}

VoidResult UserService::setTeamMembers(qint64 teamId, const QList<qint64> &userIds)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    if (VoidResult r = m_ws.userRepository().setTeamMembers(teamId, userIds); !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c;
    m_ws.refreshAccess();
    emit m_ws.usersChanged();
    return {};
}

QList<qint64> UserService::teamMembers(qint64 teamId) const { return m_ws.userRepository().teamMembers(teamId); }

QString UserService::nameOf(qint64 id) const
{
    if (id == 0)
        return {};
    auto u = find(id);
    return u ? u->name : QString();
}
