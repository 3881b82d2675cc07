#include "event.h"

#include <array>

namespace {
constexpr std::array<std::pair<Event::Kind, const char *>, 3> kinds{{
    {Event::Kind::Call, "call"}, {Event::Kind::Meeting, "meeting"}, {Event::Kind::Task, "task"}}};
constexpr std::array<std::pair<Event::State, const char *>, 3> states{{
    {Event::State::Planned, "planned"}, {Event::State::Done, "done"}, {Event::State::Cancelled, "cancelled"}}};

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key, E *out)
{
    for (const auto &[v, name] : table)
        if (key == QLatin1String(name)) {
            *out = v;
            return true;
        }
    return false;
}
} // namespace

QString Event::kindKey(Kind k) { return keyOf(kinds, k); }
bool Event::kindFromKey(const QString &key, Kind *out) { return valueOf(kinds, key, out); }
QString Event::stateKey(State s) { return keyOf(states, s); }
bool Event::stateFromKey(const QString &key, State *out) { return valueOf(states, key, out); }
