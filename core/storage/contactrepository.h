#pragma once

#include "contact.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// Contacts (people at partners) in SQL, with their folded full name as
/// name_key. Writes open no transaction of their own.
class ContactRepository
{
public:
    explicit ContactRepository(Database &db);

    std::optional<Contact> find(qint64 id) const;
    /// The contacts of a partner, by name.
    QList<Contact> forPartner(qint64 partnerId) const;
    /// Inserts `contact` (its id is ignored) and returns the new id.
    Result<qint64> insert(const Contact &contact);
    VoidResult update(const Contact &contact);

private:
    Database &m_db;
};
