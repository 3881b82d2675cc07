-- Schema 6: roles, and a row version on every lead.
--
-- users.role: crm_admin, crm_manager, crm_sales, crm_marketeer or partner
-- (seed 003). Until now a user was an admin or could do everything else: an
-- admin stays crm_admin, everyone else becomes crm_manager, who sees every
-- lead while in no team, so that nobody loses sight of a lead by upgrading.
-- users.admin stays, written from the role, for older readers of the file.
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'crm_sales';
UPDATE users SET role = CASE WHEN admin <> 0 THEN 'crm_admin' ELSE 'crm_manager' END;
-- A partner user works for one partner company and sees the leads whose
-- channel partner it is.
ALTER TABLE users ADD COLUMN partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL;

-- leads.version: 1 when created, one more on every write of the row. A save
-- writes only the fields the user changed, and refuses a field someone else
-- changed since the user read version N (lead set --if-version N).
ALTER TABLE leads ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- activities.version: the lead's version the change made, so that "who
-- changed what since version N" is one indexed read of the timeline.
ALTER TABLE activities ADD COLUMN version INTEGER;
CREATE INDEX activities_version ON activities(lead_id, version) WHERE version IS NOT NULL;
