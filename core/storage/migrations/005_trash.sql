-- Schema 5: a deleted lead goes to the trash, and comes back from it whole.
--
-- deleted_at: when it went to the trash (UTC, ISO 8601); NULL for every lead
-- not in it. A lead in the trash leaves every list, search and count as a
-- merged lead does, but keeps its events, emails, attachments and timeline;
-- it is removed for good after 30 days or when an admin empties the trash.
ALTER TABLE leads ADD COLUMN deleted_at TEXT;
ALTER TABLE leads ADD COLUMN deleted_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX leads_trash ON leads(deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Every partial index of the live leads now leaves those in the trash out as
-- well: a list, a count or a sort still reads its index alone, never the rows.
DROP INDEX leads_status;
CREATE INDEX leads_status ON leads(status_id, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_status_updated;
CREATE INDEX leads_status_updated ON leads(status_id, updated_at, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_assigned;
CREATE INDEX leads_assigned ON leads(assigned_to, status_id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_created;
CREATE INDEX leads_created ON leads(created_at, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_full_name;
CREATE INDEX leads_full_name ON leads(full_name_key, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_last_name;
CREATE INDEX leads_last_name ON leads(last_name_key, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_company;
CREATE INDEX leads_company ON leads(company_key, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_city;
CREATE INDEX leads_city ON leads(city_key, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_score;
CREATE INDEX leads_score ON leads(score, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_live;
CREATE INDEX leads_live ON leads(id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_title;
CREATE INDEX leads_title ON leads(title, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_owner;
CREATE INDEX leads_owner ON leads(IFNULL(assigned_to, 0), id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_email;
CREATE INDEX leads_email ON leads(email_key, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
DROP INDEX leads_phone;
CREATE INDEX leads_phone ON leads(phone_key, id) WHERE merged_into IS NULL AND deleted_at IS NULL;
