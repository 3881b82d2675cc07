#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The reference lists a lead points into. Simple lists hold a name only;
/// tags add a colour, products a sales direction, countries an ISO code.
enum class RefKind {
    None,
    User,
    Team,
    Agency,
    Company,
    Industry,
    Function,
    Department,
    Source,
    Category,
    LossReason,
    SalesDirection,
    Product,
    Campaign,
    DistributionChannel,
    Location,
    MarketingList,
    Tag,
    Country,
    City,
    Status,
    Partner,
    Contact,
};

/// One entry of a reference list. `color` is used by tags (#rrggbb), `code`
/// by countries (ISO 3166-1 alpha-2), `parentId` by products (sales direction).
struct ReferenceItem
{
    qint64 id = 0;
    QString name;
    QString color;
    QString code;
    qint64 parentId = 0;
    bool operator==(const ReferenceItem &) const = default;
};

/// A city of the cities repository.
struct City
{
    qint64 id = 0;
    QString name;
    QString postalCode;
    QString region;
    qint64 countryId = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

/// Describes a reference list for services, CLI and configuration pages.
struct RefListInfo
{
    RefKind kind;
    const char *key;      ///< plural snake_case name: "industries", "loss_reasons"
    const char *label;    ///< translatable plural label (context "RefList")
    bool nameOnly;        ///< administered by the generic reference service
};

/// Every list administered through ReferenceService (not users, statuses,
/// partners, contacts or cities, which have their own services).
const QList<RefListInfo> &referenceLists();
const RefListInfo *refListInfo(RefKind kind);
const RefListInfo *refListInfo(const QString &key);
