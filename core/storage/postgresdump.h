#pragma once

#include "databaseaddress.h"
#include "result.h"

#include <QString>

/// Backups of a team database with PostgreSQL's own tools: pg_dump's custom
/// format, read back by pg_restore. They run as child processes with the
/// address's connection (the password, when the address has one, through
/// PGPASSWORD, never on a command line).
namespace PostgresDump {

/// Writes a dump of the database at `address` to `path`, whole or not at
/// all (written beside it, then renamed). Returns its size in bytes.
Result<qint64> dump(const DatabaseAddress &address, const QString &path);

/// The schema version a dump holds (its quarry_meta), or a refusal when it
/// is not a dump of a Quarry database.
Result<int> schemaVersionOf(const QString &path);

/// Replaces the database at `address` with the dump at `path`, in one
/// transaction: every object is dropped and made again from the dump.
VoidResult restore(const DatabaseAddress &address, const QString &path);

} // namespace PostgresDump
