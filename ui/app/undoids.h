#pragma once

#include "result.h"

#include <QHash>
#include <QString>

/// Undo of a removal adds the record again, and the database gives it a new
/// id: the commands still on the undo stack name the old one. They resolve
/// ids here, where each re-added record's new id is kept under the old one
/// (per kind: "event", "attachment", …), for the life of the app.
namespace UndoIds {

inline QHash<QString, QHash<qint64, qint64>> &table()
{
    static QHash<QString, QHash<qint64, qint64>> t;
    return t;
}

/// The id the record first given as `id` has now.
inline qint64 current(const QString &kind, qint64 id)
{
    const QHash<qint64, qint64> &moved = table().value(kind);
    for (int hops = 0; moved.contains(id) && hops < 1000; ++hops)
        id = moved.value(id);
    return id;
}

/// The record known as `from` is `to` from now on.
inline void moved(const QString &kind, qint64 from, qint64 to)
{
    if (from != to)
        table()[kind].insert(from, to);
}

/// Adds the record first given as `firstId` again (an undone removal, a
/// redone creation): `add()` returns a Result holding the new record, whose
/// id is known under the first one from then on.
template<typename Add>
Problems addAgain(const QString &kind, qint64 firstId, Add add)
{
    const qint64 was = current(kind, firstId);
    auto added = add();
    if (!added)
        return added.problems();
    moved(kind, was, added->id);
    return {};
}

} // namespace UndoIds
