-- Schema 3: the file carries Quarry's PRAGMA application_id ("QRRY"),
-- written by Database::seed(3), so that Quarry tells its own files from any
-- other SQLite database before it writes to one. No table changes.
SELECT 1;
