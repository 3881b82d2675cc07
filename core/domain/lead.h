#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A lead: the first, light record of a person or company that may become a
/// customer. A plain value: ids of referenced records are 0 when unset.
/// Field names, labels and kinds are described once in leadfield.h.
struct Lead
{
    qint64 id = 0;
    QString title;

    // Contact
    QString civility;
    QString firstName;
    QString middleName;
    QString lastName;
    QString company;
    qint64 functionId = 0;     ///< job title, from the functions list
    qint64 departmentId = 0;
    qint64 industryId = 0;
    QStringList emails;
    QStringList billingEmails; ///< the main emails are used when empty
    QStringList phones;
    QString mobile;
    QString website;
    QString tin;               ///< 9, 10 or 12 digits
    QString externalClientId;
    bool doNotCall = false;
    bool doNotEmail = false;

    // Address
    QString street;
    QString postalCode;
    QString city;
    qint64 cityId = 0;         ///< set when the city is one of the cities repository
    QString region;
    qint64 countryId = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;

    QString description;       ///< rich text (HTML)
    QString requirements;
    /// What an import read that no field holds: "Header: value" lines.
    QString extras;

    // Links
    qint64 partnerId = 0;        ///< existing company
    qint64 contactId = 0;        ///< existing contact of that company
    qint64 channelPartnerId = 0; ///< reseller who brought or works the lead
    qint64 channelContactId = 0;
    qint64 locationId = 0;       ///< one of our own sites

    // Follow-up
    qint64 statusId = 0;
    qint64 assignedTo = 0;
    qint64 teamId = 0;
    qint64 agencyId = 0;
    qint64 companyId = 0;        ///< our company (multi-company)
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    QDateTime lastEventAt;       ///< derived from events, never typed
    QDateTime nextEventAt;       ///< derived from events, never typed

    // Marketing
    int score = 0;               ///< 0–5 stars
    QString companySize;
    bool keyAccount = false;
    bool nurturing = false;
    qint64 sourceId = 0;
    qint64 categoryId = 0;
    qint64 campaignId = 0;
    qint64 distributionChannelId = 0;
    QList<qint64> tagIds;
    QList<qint64> marketingListIds;

    // Qualification
    qint64 salesDirectionId = 0;
    qint64 productId = 0;        ///< only a product of the sales direction
    QString goal;
    QString implementationOptions;
    bool budgetSet = false;
    std::optional<double> estimatedAmount;
    std::optional<double> budget;
    QString procurementProcedure;
    QString decisionLevel;
    QString terms;               ///< choosing one fills estimatedCloseDate
    QDate estimatedCloseDate;
    QString termsComment;
    QString contactLevel;
    QString decisionMaker;       ///< required unless contactLevel is "decides_alone"
    QString decisionInfluence;
    QString competitors;
    QString selectionCriteria;
    QString criteriaCompliance;
    QString channel;
    std::optional<double> dealValue;
    QString dealComment;
    QString billingType;         ///< recurring or prepaid

    // Outcome
    qint64 lostReasonId = 0;
    QString lostComment;
    qint64 convertedPartnerId = 0;
    qint64 convertedOpportunityId = 0;
    QList<qint64> convertedContactIds;
    QDateTime convertedAt;
    qint64 mergedInto = 0;       ///< set when merged into another lead
    QDateTime deletedAt;         ///< set while in the trash
    qint64 deletedBy = 0;        ///< who put it there
    /// The row version: 1 when created, one more on every write of the lead
    /// row (a save, a status, an owner, a merge, the trash). A save checks
    /// it to tell whether someone else changed the lead since it was read.
    qint64 version = 0;

    /// "First Middle Last", skipping blanks.
    QString fullName() const;
    /// What a list shows: full name, else company, else title, else "Lead #id".
    QString displayName() const;
    /// Main emails, or the billing emails when set.
    QStringList effectiveBillingEmails() const
    {
        return billingEmails.isEmpty() ? emails : billingEmails;
    }
};
