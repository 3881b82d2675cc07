#pragma once

#include <QDateTime>
#include <QString>

/// An entry of a lead's activity timeline: an automatic record of a change
/// (field, old value, new value as shown to people) or a comment (text).
struct Activity
{
    enum class Kind { Created, Change, Status, Comment, Convert, Lose, Reopen, Merge, Event, Email, Attachment, Ticket, Trash };

    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName; ///< filled when read
    Kind kind = Kind::Change;
    QString field;    ///< lead field key, for changes
    QString oldValue;
    QString newValue;
    QString text;
    qint64 version = 0; ///< the lead's row version right after this entry's change (0: unknown, before schema 6)

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};
