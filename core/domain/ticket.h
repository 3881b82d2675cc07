#pragma once

#include <QDateTime>
#include <QString>

/// A request linked to a lead (seed 004), open or closed.
struct Ticket
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString subject;
    QString description;
    bool isOpen = true;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime closedAt;
};
