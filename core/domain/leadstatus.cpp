#include "leadstatus.h"

QString statusRoleKey(StatusRole role)
{
    switch (role) {
    case StatusRole::New: return QStringLiteral("new");
    case StatusRole::Converted: return QStringLiteral("converted");
    case StatusRole::Lost: return QStringLiteral("lost");
    case StatusRole::None: break;
    }
    return {};
}

StatusRole statusRoleFromKey(const QString &key)
{
    if (key == QLatin1String("new"))
        return StatusRole::New;
    if (key == QLatin1String("converted"))
        return StatusRole::Converted;
    if (key == QLatin1String("lost"))
        return StatusRole::Lost;
    return StatusRole::None;
}
