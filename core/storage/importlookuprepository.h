#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Database;

/// The lookups an import makes against the leads already stored, in batches
/// (one query for hundreds of keys, on the contact points' key index).
class ImportLookupRepository
{
public:
    explicit ImportLookupRepository(Database &db);

    /// Whether any lead has an email or a phone: when none has, duplicate
    /// lookups against the database cannot find anything and are skipped.
    bool hasContactPoints() const;

    /// For each of `keys` (stored keys of `kind`: "email" or "phone") that a
    /// live lead has, the lowest such lead id. Keys no lead has are absent.
    Result<QHash<QString, qint64>> leadsByContactKey(const QString &kind, const QStringList &keys) const;

    /// A phone number alone is no proof of a duplicate (a company
    /// switchboard is shared by everyone there): for each of the phone
    /// `keys` that a live lead has, that lead's folded last name and
    /// company, as phoneMatchKey() joins them, to its lowest lead id.
    Result<QHash<QString, qint64>> leadsByPhoneAndName(const QStringList &keys) const;
    /// "phone key" + last name or company, as leadsByPhoneAndName() keys them:
    /// `which` is 'L' (last name) or 'C' (company).
    static QString phoneMatchKey(const QString &phoneKey, char which, const QString &nameKey);

private:
    Database &m_db;
};
