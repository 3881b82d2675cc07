-- Schema 4: imports keep what they could not map, and can be undone.
--
-- extras: the cells of a lead's import that no field holds ("Header: value"
-- lines), so that nothing a file carried is dropped without a word.
ALTER TABLE leads ADD COLUMN extras TEXT NOT NULL DEFAULT '';

-- The import journal: one row per import that wrote something.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,                                   -- when it ran (UTC, ISO 8601)
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL, -- who ran it
    file        TEXT NOT NULL,                                   -- the file's name as given
    source      TEXT NOT NULL DEFAULT '',                        -- the shape recognised ("hubspot", …)
    imported    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT,                                            -- when it ended: later changes block an undo
    reverted_at TEXT                                             -- set once undone
);

-- The leads an import created carry its id: undoing it finds them with one
-- index, and a million-row import writes no second row per lead.
ALTER TABLE leads ADD COLUMN import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL;
CREATE INDEX leads_import ON leads(import_id) WHERE import_id IS NOT NULL;

-- The leads an import updated, with the values it replaced (JSON of field
-- key → stored value before) and the lead's updated_at once it was done:
-- a lead changed since is refused by an undo rather than overwritten.
CREATE TABLE import_updates (
    import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    before     TEXT NOT NULL,
    after_at   TEXT NOT NULL,
    PRIMARY KEY (import_id, lead_id)
) WITHOUT ROWID;
