#include "user.h"

#include <QCoreApplication>
#include <QStringList>

QString User::initials() const
{
    QString out;
    const QStringList words = (name.isEmpty() ? login : name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        out.append(w.front().toUpper());
        if (out.size() == 2)
            break;
    }
    return out;
}

namespace Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("crm_admin");
    case Role::Manager:
        return QStringLiteral("crm_manager");
    case Role::Sales:
        return QStringLiteral("crm_sales");
    case Role::Marketeer:
        return QStringLiteral("crm_marketeer");
    case Role::Partner:
        return QStringLiteral("partner");
    }
    return QStringLiteral("crm_sales");
}

std::optional<Role> fromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    if (k.startsWith(QLatin1String("crm_")))
        k = k.mid(4);
    if (k == QLatin1String("admin"))
        return Role::Admin;
    if (k == QLatin1String("manager"))
        return Role::Manager;
    if (k == QLatin1String("sales"))
        return Role::Sales;
    if (k == QLatin1String("marketeer") || k == QLatin1String("marketer"))
        return Role::Marketeer;
    if (k == QLatin1String("partner"))
        return Role::Partner;
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Admin");
    case Role::Manager:
        return QCoreApplication::translate("Role", "Sales manager");
    case Role::Sales:
        return QCoreApplication::translate("Role", "Sales rep");
    case Role::Marketeer:
        return QCoreApplication::translate("Role", "Marketing");
    case Role::Partner:
        return QCoreApplication::translate("Role", "Partner user");
    }
    return {};
}

QList<Role> all() { return {Role::Admin, Role::Manager, Role::Sales, Role::Marketeer, Role::Partner}; }

} // namespace Roles
