#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// An email composed from a lead and kept in its Emails tab.
struct EmailMessage
{
    qint64 id = 0;
    qint64 leadId = 0;
    QStringList to;
    QStringList cc;
    QString subject;
    QString body;
    qint64 templateId = 0;
    QDateTime sentAt;
    qint64 sentBy = 0;
};

/// A reusable email with placeholders such as {first_name} or {company}.
struct EmailTemplate
{
    qint64 id = 0;
    QString name;
    QString subject;
    QString body;
};
