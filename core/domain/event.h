#pragma once

#include <QDateTime>
#include <QString>

/// A call, meeting or task scheduled on a lead.
struct Event
{
    enum class Kind { Call, Meeting, Task };
    enum class State { Planned, Done, Cancelled };

    qint64 id = 0;
    qint64 leadId = 0;
    Kind kind = Kind::Call;
    QString subject;
    QDateTime startsAt;
    int durationMinutes = 30;
    State state = State::Planned;
    QString notes;
    qint64 ownerId = 0;
    QDateTime createdAt;
    qint64 createdBy = 0;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }
    static QString kindKey(Kind k);   ///< "call", "meeting", "task"
    static bool kindFromKey(const QString &key, Kind *out);
    static QString stateKey(State s); ///< "planned", "done", "cancelled"
    static bool stateFromKey(const QString &key, State *out);
};
