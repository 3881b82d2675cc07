#include "leadfilter.h"

QString LeadFilter::menuKey(Menu m)
{
    switch (m) {
    case Menu::My: return QStringLiteral("my");
    case Menu::Opened: return QStringLiteral("opened");
    case Menu::Closed: return QStringLiteral("closed");
    case Menu::Trash: return QStringLiteral("trash");
    case Menu::All: break;
    }
    return QStringLiteral("all");
}

bool LeadFilter::menuFromKey(const QString &key, Menu *out)
{
    for (Menu m : {Menu::All, Menu::My, Menu::Opened, Menu::Closed, Menu::Trash})
        if (menuKey(m) == key) {
            *out = m;
            return true;
        }
    return false;
}
