#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

/// A deal in progress, generated from a converted lead.
struct Opportunity
{
    qint64 id = 0;
    QString name;
    qint64 partnerId = 0;
    qint64 contactId = 0;
    std::optional<double> expectedAmount;
    QDate expectedClose;
    QString stage = QStringLiteral("new");
    qint64 assignedTo = 0;
    qint64 teamId = 0;
    qint64 sourceId = 0;
    QString description;
    qint64 fromLeadId = 0;
    QDateTime createdAt;
    qint64 createdBy = 0;
};
