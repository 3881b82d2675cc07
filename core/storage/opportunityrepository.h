#pragma once

#include "opportunity.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// Opportunities in SQL. Writes open no transaction of their own.
class OpportunityRepository
{
public:
    explicit OpportunityRepository(Database &db);

    std::optional<Opportunity> find(qint64 id) const;
    /// The opportunities of a partner, newest first.
    QList<Opportunity> forPartner(qint64 partnerId) const;
    /// Inserts `opportunity` (its id is ignored) and returns the new id.
    Result<qint64> insert(const Opportunity &opportunity);
    VoidResult update(const Opportunity &opportunity);

private:
    Database &m_db;
};
