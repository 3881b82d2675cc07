#pragma once

#include "reference.h"
#include "result.h"

class Database;

/// The reference lists in SQL: one table each, with a folded, unique name key.
/// Also cities (their own shape) and the lead counts that guard removals.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &db);

    static bool supports(RefKind kind);

    QList<ReferenceItem> all(RefKind kind) const;
    std::optional<ReferenceItem> find(RefKind kind, qint64 id) const;
    /// The id of the item whose folded name is `nameKey` (within `parentId`
    /// for products), or 0.
    qint64 idByNameKey(RefKind kind, const QString &nameKey, qint64 parentId = 0) const;
    /// Countries only: the id of an ISO alpha-2 code, or 0.
    qint64 countryIdByCode(const QString &code) const;
    Result<qint64> insert(RefKind kind, const ReferenceItem &item);
    VoidResult update(RefKind kind, const ReferenceItem &item);
    VoidResult remove(RefKind kind, qint64 id);
    /// How many leads use the item (for a sales direction, also through its products).
    qint64 leadUsage(RefKind kind, qint64 id) const;

    // Cities
    QList<City> cities(const QString &nameKeyPrefix, int limit) const;
    std::optional<City> city(qint64 id) const;
    qint64 cityId(const QString &nameKey, const QString &postalCode, qint64 countryId) const;
    Result<qint64> insertCity(const City &city);
    /// Removes a city no lead names; false when leads use it.
    Result<bool> removeCity(qint64 id);
    qint64 cityCount() const;

private:
    Database &m_db;
};

/// The table of a reference list (storage detail, shared with other repositories).
QString referenceTable(RefKind kind);

/// Whether a record of that kind exists (any reference kind with a table).
bool referenceExists(Database &db, RefKind kind, qint64 id);
/// The name of a partner or contact (contacts: "First Last"), "" when none.
QString recordName(Database &db, RefKind kind, qint64 id);
/// The id of the partner whose TIN digits are `tinDigits`, or 0.
qint64 partnerIdByTin(Database &db, const QString &tinDigits);
/// The partner a contact belongs to (0 when none).
qint64 contactPartnerId(Database &db, qint64 contactId);
/// Partners and contacts by folded name (first match), or 0.
qint64 recordIdByName(Database &db, RefKind kind, const QString &nameKey);
