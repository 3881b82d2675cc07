#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// One merge of the merge journal: which leads went into which master, when
/// and by whom, and the JSON snapshot (the leads before and after, and what
/// was moved from where) that lets the merge be shown and undone.
struct MergeRecord
{
    qint64 id = 0;
    qint64 masterId = 0;
    QList<qint64> memberIds; ///< the leads merged into the master
    QDateTime at;
    qint64 userId = 0;
    QString userName;        ///< filled when read
    QByteArray snapshot;     ///< JSON, see MergeService
    QDateTime undoneAt;      ///< valid once undone

    bool isUndone() const { return undoneAt.isValid(); }
};
