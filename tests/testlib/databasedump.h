#pragma once

// A whole database (a SQLite file, or a PostgreSQL database) as canonical
// text, and the checks that what Quarry derives from its data (search
// entries, sort marks, stored keys, contact points) still matches the data. Shared by the crash test
// (tests/crash) and the refusal test (tests/cli/tst_clirefusals.cpp).
#include <QString>
#include <QStringList>

namespace DatabaseDump {

/// Every table of the file at `path`, as text: the schema (sqlite_master
/// without root pages), PRAGMA user_version and application_id, then each
/// table's rows in primary-key order (sqlite_sequence and lead_sort_marks
/// included; leads_fts through its own query, rowid and columns, instead of
/// its shadow tables). One line per row: "table|value|value…"; text quoted,
/// blobs as their length and SHA-256.
///
/// With `maskVolatile`, every timestamp inside a value (ISO 8601 date and
/// time, as created_at, updated_at, at, finished_at… hold them, JSON
/// included) reads "<ts>", so that two runs of one operation compare equal.
/// Opening recovers a hot -wal or journal (that is what any next reader
/// does); nothing else is written. On failure returns "" and sets *error.
///
/// `path` may be a postgresql:// URI: the schema's columns, triggers and
/// policies, then each table's rows as PostgreSQL writes a row, in
/// primary-key order (the cluster's roles, shared with other databases, are
/// left out).
QString dump(const QString &path, bool maskVolatile = false, QString *error = nullptr);

/// The problems of the file at `path`, readable, none when all is well:
/// PRAGMA integrity_check and foreign_key_check, FTS5's own integrity-check,
/// each lead's search entry (present with the text LeadRecord computes for a
/// live lead, absent for a merged one, none for a missing lead), stored keys
/// (first/last/full name, company, city, TIN, email, phone keys) and contact
/// points (kind, position, value, key) equal to what LeadRecord computes,
/// every sort order's marks (a head, the triggers in place, each bucket's
/// count equal to the live leads between its mark and the next), and each
/// merge not undone having its members merged. Opens the file with core's
/// Database (a QCoreApplication must exist).
QStringList checkDerived(const QString &path);

/// The lines of `a` missing from `b` and of `b` missing from `a` (at most
/// `maxLines` of each), for a failure message.
QString difference(const QString &a, const QString &b, int maxLines = 8);

} // namespace DatabaseDump
