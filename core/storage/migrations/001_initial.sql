-- Quarry schema, version 1. Released migrations are never edited: add 002_….sql.
-- Statements are separated by a line holding only ';' after the statement end
-- is not required: the runner splits on complete SQL statements.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1,
    admin       INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

CREATE TABLE teams (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE agencies (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE companies (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE industries (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE functions (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE departments (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE sources (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE categories (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE loss_reasons (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE sales_directions (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    direction_id INTEGER NOT NULL REFERENCES sales_directions(id) ON DELETE CASCADE,
    UNIQUE (direction_id, name_key)
);

CREATE TABLE campaigns (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE distribution_channels (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE locations (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE marketing_lists (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    color    TEXT NOT NULL DEFAULT '#808080'
);

CREATE TABLE countries (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,      -- ISO 3166-1 alpha-2
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE cities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    postal_code TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    country_id  INTEGER REFERENCES countries(id) ON DELETE SET NULL,
    latitude    REAL,
    longitude   REAL
);
CREATE UNIQUE INDEX cities_identity ON cities(name_key, postal_code, IFNULL(country_id, 0));

-- Lead statuses: ordered by sequence; the roles new/converted/lost live in crm_options.
CREATE TABLE lead_statuses (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    sequence INTEGER NOT NULL,
    is_open  INTEGER NOT NULL DEFAULT 1
);

-- Prospect statuses for partners (used when "Manage statuses on prospect partner" is on).
CREATE TABLE prospect_statuses (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    sequence INTEGER NOT NULL,
    is_won   INTEGER NOT NULL DEFAULT 0,
    is_lost  INTEGER NOT NULL DEFAULT 0
);

-- CRM options: one row per key.
CREATE TABLE crm_options (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE partners (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    name_key            TEXT NOT NULL,
    partner_type        TEXT NOT NULL DEFAULT 'prospect',  -- prospect, customer, supplier, internal, factor
    prospect_status_id  INTEGER REFERENCES prospect_statuses(id) ON DELETE SET NULL,
    tin                 TEXT NOT NULL DEFAULT '',
    website             TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    street              TEXT NOT NULL DEFAULT '',
    postal_code         TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    country_id          INTEGER REFERENCES countries(id) ON DELETE SET NULL,
    industry_id         INTEGER REFERENCES industries(id) ON DELETE SET NULL,
    source_id           INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    category_id         INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    assigned_to         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    team_id             INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    score               INTEGER NOT NULL DEFAULT 0,
    company_size        TEXT NOT NULL DEFAULT '',
    key_account         INTEGER NOT NULL DEFAULT 0,
    description         TEXT NOT NULL DEFAULT '',
    from_lead_id        INTEGER,
    created_at          TEXT NOT NULL,
    created_by          INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX partners_name ON partners(name_key);
CREATE INDEX partners_tin ON partners(tin) WHERE tin <> '';

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    partner_id   INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    civility     TEXT NOT NULL DEFAULT '',
    first_name   TEXT NOT NULL DEFAULT '',
    middle_name  TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    name_key     TEXT NOT NULL DEFAULT '',
    function_id  INTEGER REFERENCES functions(id) ON DELETE SET NULL,
    department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    mobile       TEXT NOT NULL DEFAULT '',
    do_not_call  INTEGER NOT NULL DEFAULT 0,
    do_not_email INTEGER NOT NULL DEFAULT 0,
    from_lead_id INTEGER,
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX contacts_partner ON contacts(partner_id);

CREATE TABLE opportunities (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    partner_id       INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    contact_id       INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    expected_amount  REAL,
    expected_close   TEXT,
    stage            TEXT NOT NULL DEFAULT 'new',
    assigned_to      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    team_id          INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    source_id        INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    description      TEXT NOT NULL DEFAULT '',
    from_lead_id     INTEGER,
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL
);

CREATE TABLE leads (
    id                      INTEGER PRIMARY KEY,
    title                   TEXT NOT NULL DEFAULT '',
    civility                TEXT NOT NULL DEFAULT '',
    first_name              TEXT NOT NULL DEFAULT '',
    middle_name             TEXT NOT NULL DEFAULT '',
    last_name               TEXT NOT NULL DEFAULT '',
    company                 TEXT NOT NULL DEFAULT '',
    function_id             INTEGER REFERENCES functions(id) ON DELETE SET NULL,
    department_id           INTEGER REFERENCES departments(id) ON DELETE SET NULL,
    industry_id             INTEGER REFERENCES industries(id) ON DELETE SET NULL,
    mobile                  TEXT NOT NULL DEFAULT '',
    website                 TEXT NOT NULL DEFAULT '',
    tin                     TEXT NOT NULL DEFAULT '',
    external_client_id      TEXT NOT NULL DEFAULT '',
    do_not_call             INTEGER NOT NULL DEFAULT 0,
    do_not_email            INTEGER NOT NULL DEFAULT 0,
    street                  TEXT NOT NULL DEFAULT '',
    postal_code             TEXT NOT NULL DEFAULT '',
    city                    TEXT NOT NULL DEFAULT '',
    city_id                 INTEGER REFERENCES cities(id) ON DELETE SET NULL,
    region                  TEXT NOT NULL DEFAULT '',
    country_id              INTEGER REFERENCES countries(id) ON DELETE SET NULL,
    latitude                REAL,
    longitude               REAL,
    description             TEXT NOT NULL DEFAULT '',
    requirements            TEXT NOT NULL DEFAULT '',
    partner_id              INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    contact_id              INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    channel_partner_id      INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    channel_contact_id      INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    location_id             INTEGER REFERENCES locations(id) ON DELETE SET NULL,
    status_id               INTEGER NOT NULL REFERENCES lead_statuses(id),
    assigned_to             INTEGER REFERENCES users(id) ON DELETE SET NULL,
    team_id                 INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    agency_id               INTEGER REFERENCES agencies(id) ON DELETE SET NULL,
    company_id              INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    created_at              TEXT NOT NULL,
    created_by              INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at              TEXT NOT NULL,
    last_event_at           TEXT,
    next_event_at           TEXT,
    score                   INTEGER NOT NULL DEFAULT 0,
    company_size            TEXT NOT NULL DEFAULT '',
    key_account             INTEGER NOT NULL DEFAULT 0,
    nurturing               INTEGER NOT NULL DEFAULT 0,
    source_id               INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    category_id             INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    campaign_id             INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    distribution_channel_id INTEGER REFERENCES distribution_channels(id) ON DELETE SET NULL,
    sales_direction_id      INTEGER REFERENCES sales_directions(id) ON DELETE SET NULL,
    product_id              INTEGER REFERENCES products(id) ON DELETE SET NULL,
    goal                    TEXT NOT NULL DEFAULT '',
    implementation_options  TEXT NOT NULL DEFAULT '',
    budget_set              INTEGER NOT NULL DEFAULT 0,
    estimated_amount        REAL,
    budget                  REAL,
    procurement_procedure   TEXT NOT NULL DEFAULT '',
    decision_level          TEXT NOT NULL DEFAULT '',
    terms                   TEXT NOT NULL DEFAULT '',
    estimated_close_date    TEXT,
    terms_comment           TEXT NOT NULL DEFAULT '',
    contact_level           TEXT NOT NULL DEFAULT '',
    decision_maker          TEXT NOT NULL DEFAULT '',
    decision_influence      TEXT NOT NULL DEFAULT '',
    competitors             TEXT NOT NULL DEFAULT '',
    selection_criteria      TEXT NOT NULL DEFAULT '',
    criteria_compliance     TEXT NOT NULL DEFAULT '',
    channel                 TEXT NOT NULL DEFAULT '',
    deal_value              REAL,
    deal_comment            TEXT NOT NULL DEFAULT '',
    billing_type            TEXT NOT NULL DEFAULT '',
    lost_reason_id          INTEGER REFERENCES loss_reasons(id) ON DELETE SET NULL,
    lost_comment            TEXT NOT NULL DEFAULT '',
    converted_partner_id    INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    converted_opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,
    converted_at            TEXT,
    merged_into             INTEGER REFERENCES leads(id) ON DELETE CASCADE, -- deleting a master deletes what was merged into it
    -- stored keys for search, sort and duplicates (folded in C++, never by SQL)
    first_name_key          TEXT NOT NULL DEFAULT '',
    last_name_key           TEXT NOT NULL DEFAULT '',
    full_name_key           TEXT NOT NULL DEFAULT '',
    company_key             TEXT NOT NULL DEFAULT '',
    city_key                TEXT NOT NULL DEFAULT '',
    tin_key                 TEXT NOT NULL DEFAULT '',
    email_key               TEXT NOT NULL DEFAULT '',  -- the first email's key, for sorting
    phone_key               TEXT NOT NULL DEFAULT ''   -- the first phone's key, for sorting
);
-- Only live (not merged) leads are listed; partial indexes keep lists and counts on them.
CREATE INDEX leads_status ON leads(status_id, id) WHERE merged_into IS NULL;
-- Kanban columns list the most recently updated cards first.
CREATE INDEX leads_status_updated ON leads(status_id, updated_at, id) WHERE merged_into IS NULL;
CREATE INDEX leads_assigned ON leads(assigned_to, status_id) WHERE merged_into IS NULL;
CREATE INDEX leads_created ON leads(created_at, id) WHERE merged_into IS NULL;
CREATE INDEX leads_full_name ON leads(full_name_key, id) WHERE merged_into IS NULL;
CREATE INDEX leads_last_name ON leads(last_name_key, id) WHERE merged_into IS NULL;
CREATE INDEX leads_company ON leads(company_key, id) WHERE merged_into IS NULL;
CREATE INDEX leads_city ON leads(city_key, id) WHERE merged_into IS NULL;
CREATE INDEX leads_score ON leads(score, id) WHERE merged_into IS NULL;
-- Every sortable grid column pages by key through its own index; leads_live
-- orders and counts the live leads by id without reading whole rows.
CREATE INDEX leads_live ON leads(id) WHERE merged_into IS NULL;
CREATE INDEX leads_title ON leads(title, id) WHERE merged_into IS NULL;
CREATE INDEX leads_owner ON leads(IFNULL(assigned_to, 0), id) WHERE merged_into IS NULL;
CREATE INDEX leads_email ON leads(email_key, id) WHERE merged_into IS NULL;
CREATE INDEX leads_phone ON leads(phone_key, id) WHERE merged_into IS NULL;
CREATE INDEX leads_tin ON leads(tin_key) WHERE tin_key <> '';
CREATE INDEX leads_merged ON leads(merged_into) WHERE merged_into IS NOT NULL;

-- Each email, billing email and phone of a lead is its own row with its stored key.
CREATE TABLE lead_contact_points (
    id       INTEGER PRIMARY KEY,
    lead_id  INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,          -- email, billing_email, phone
    position INTEGER NOT NULL,
    value    TEXT NOT NULL,          -- as typed
    norm_key TEXT NOT NULL           -- lower-cased email / E.164 phone
);
CREATE INDEX lead_contact_points_lead ON lead_contact_points(lead_id, kind, position);
CREATE INDEX lead_contact_points_key ON lead_contact_points(norm_key, kind);

CREATE TABLE lead_tags (
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (lead_id, tag_id)
);
CREATE INDEX lead_tags_tag ON lead_tags(tag_id);

CREATE TABLE lead_marketing_lists (
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    list_id INTEGER NOT NULL REFERENCES marketing_lists(id) ON DELETE CASCADE,
    PRIMARY KEY (lead_id, list_id)
);

CREATE TABLE lead_logos (
    lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    mime    TEXT NOT NULL,
    data    BLOB NOT NULL
);

CREATE TABLE lead_contacts_converted (
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (lead_id, contact_id)
);

-- Full-text search over the folded name, company, emails, phones and city (rowid = lead id).
-- The prefix indexes make a 1- to 4-letter prefix one term lookup that stops at
-- the LIMIT, instead of a merge of every word starting with it (search as you type).
CREATE VIRTUAL TABLE leads_fts USING fts5(name, company, email, phone, city, tokenize = 'unicode61', prefix = '1 2 3 4');

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,               -- call, meeting, task
    subject     TEXT NOT NULL,
    starts_at   TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 30,
    state       TEXT NOT NULL DEFAULT 'planned',  -- planned, done, cancelled
    notes       TEXT NOT NULL DEFAULT '',
    owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX events_lead ON events(lead_id, starts_at);

CREATE TABLE email_templates (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    subject  TEXT NOT NULL DEFAULT '',
    body     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE emails (
    id         INTEGER PRIMARY KEY,
    lead_id    INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    to_addr    TEXT NOT NULL,
    cc_addr    TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    template_id INTEGER REFERENCES email_templates(id) ON DELETE SET NULL,
    sent_at    TEXT NOT NULL,
    sent_by    INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX emails_lead ON emails(lead_id, sent_at);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    mime        TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX attachments_lead ON attachments(lead_id);

CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    subject     TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    is_open     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    closed_at   TEXT
);
CREATE INDEX tickets_lead ON tickets(lead_id, is_open);

-- The activity timeline: automatic entries (field, old, new) and comments (text).
CREATE TABLE activities (
    id        INTEGER PRIMARY KEY,
    lead_id   INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    kind      TEXT NOT NULL,      -- created, change, comment, status, convert, lose, reopen, merge, event, email, attachment
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activities_lead ON activities(lead_id, at, id);

-- Merges are journalled so they can be shown and undone.
CREATE TABLE merges (
    id         INTEGER PRIMARY KEY,
    master_id  INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    snapshot   TEXT NOT NULL,     -- JSON: the master and merged leads before the merge
    undone_at  TEXT
);
CREATE TABLE merge_members (
    merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
    lead_id  INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    PRIMARY KEY (merge_id, lead_id)
);

-- Pairs marked "not a duplicate" (lead_a < lead_b).
CREATE TABLE not_duplicates (
    lead_a INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    lead_b INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    PRIMARY KEY (lead_a, lead_b)
);

-- Saved grid filters, per user.
CREATE TABLE saved_filters (
    id       INTEGER PRIMARY KEY,
    user_id  INTEGER REFERENCES users(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    filter   TEXT NOT NULL      -- JSON of LeadFilter
);
