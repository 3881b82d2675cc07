#pragma once

#include "result.h"

class Database;

/// What a new database starts with: the six default statuses and their
/// roles, the CRM options, every ISO 3166 country, prospect statuses, and
/// sensible loss reasons and sources. Run inside the migration transaction.
namespace DefaultData {
VoidResult seed(Database &db, int schemaVersion);
}
