#include "rolefields.h"

#include "leadfield.h"

#include <QStringList>

namespace RoleFields {

bool changes(Role role, const LeadField &field)
{
    switch (role) {
    case Role::Marketeer:
        return field.section == FieldSection::Marketing || field.key == QLatin1String("status");
    case Role::Partner: {
        static const QStringList keptOff{QStringLiteral("assigned_to"), QStringLiteral("team"), QStringLiteral("agency"),
                                         QStringLiteral("our_company"), QStringLiteral("channel_partner"), QStringLiteral("channel_contact"),
                                         QStringLiteral("status")};
        return !keptOff.contains(field.key);
    }
    default:
        return true;
    }
}

} // namespace RoleFields
