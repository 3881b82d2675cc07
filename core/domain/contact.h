#pragma once

#include <QDateTime>
#include <QString>

/// A person at a partner.
struct Contact
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString civility;
    QString firstName;
    QString middleName;
    QString lastName;
    qint64 functionId = 0;
    qint64 departmentId = 0;
    QString email;
    QString phone;
    QString mobile;
    bool doNotCall = false;
    bool doNotEmail = false;
    qint64 fromLeadId = 0;
    QDateTime createdAt;
    qint64 createdBy = 0;

    QString fullName() const;
};
