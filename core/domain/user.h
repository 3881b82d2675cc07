#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// A person who works in Quarry. Only active users can be assigned leads.
struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    QString email;
    bool active = true;
    bool admin = false;
    QDateTime createdAt;
    QList<qint64> teamIds;

    /// "JD" for "John Doe", for kanban cards.
    QString initials() const;
};
