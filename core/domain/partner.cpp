#include "partner.h"

#include <array>

namespace {
constexpr std::array<std::pair<Partner::Type, const char *>, 5> types{{
    {Partner::Type::Prospect, "prospect"},
    {Partner::Type::Customer, "customer"},
    {Partner::Type::Supplier, "supplier"},
    {Partner::Type::Internal, "internal"},
    {Partner::Type::Factor, "factor"},
}};
}

QString Partner::typeKey(Type t)
{
    for (const auto &[type, key] : types)
        if (type == t)
            return QString::fromLatin1(key);
    return {};
}

bool Partner::typeFromKey(const QString &key, Type *out)
{
    for (const auto &[type, name] : types)
        if (key == QLatin1String(name)) {
            *out = type;
            return true;
        }
    return false;
}
