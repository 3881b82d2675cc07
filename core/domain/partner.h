#pragma once

#include <QDateTime>
#include <QString>

/// A company or person we do business with; a converted lead produces one.
struct Partner
{
    enum class Type { Prospect, Customer, Supplier, Internal, Factor };

    qint64 id = 0;
    QString name;
    Type type = Type::Prospect;
    qint64 prospectStatusId = 0;
    QString tin;
    QString website;
    QString email;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    qint64 countryId = 0;
    qint64 industryId = 0;
    qint64 sourceId = 0;
    qint64 categoryId = 0;
    qint64 assignedTo = 0;
    qint64 teamId = 0;
    int score = 0;
    QString companySize;
    bool keyAccount = false;
    QString description;
    qint64 fromLeadId = 0;
    QDateTime createdAt;
    qint64 createdBy = 0;

    static QString typeKey(Type t);   ///< "prospect", "customer", …
    static bool typeFromKey(const QString &key, Type *out);
};

/// A prospect status (used when "Manage statuses on prospect partner" is on).
struct ProspectStatus
{
    qint64 id = 0;
    QString name;
    int sequence = 0;
    bool isWon = false;  ///< a prospect set to it becomes a customer
    bool isLost = false;
};
