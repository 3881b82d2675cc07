#include "activity.h"

#include <array>

namespace {
constexpr std::array<std::pair<Activity::Kind, const char *>, 13> kinds{{
    {Activity::Kind::Created, "created"},
    {Activity::Kind::Change, "change"},
    {Activity::Kind::Status, "status"},
    {Activity::Kind::Comment, "comment"},
    {Activity::Kind::Convert, "convert"},
    {Activity::Kind::Lose, "lose"},
    {Activity::Kind::Reopen, "reopen"},
    {Activity::Kind::Merge, "merge"},
    {Activity::Kind::Event, "event"},
    {Activity::Kind::Email, "email"},
    {Activity::Kind::Attachment, "attachment"},
    {Activity::Kind::Ticket, "ticket"},
    {Activity::Kind::Trash, "trash"},
}};
}

QString Activity::kindKey(Kind kind)
{
    for (const auto &[k, key] : kinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

Activity::Kind Activity::kindFromKey(const QString &key)
{
    for (const auto &[k, name] : kinds)
        if (key == QLatin1String(name))
            return k;
    return Kind::Change;
}
