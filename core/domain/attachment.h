#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// A file kept inside the database, on a lead. `data` is loaded on demand.
struct Attachment
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QByteArray data;
    QDateTime addedAt;
    qint64 addedBy = 0;
};
