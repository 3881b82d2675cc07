-- Schema 7: who sees what, read fast and enforced whole.
--
-- A partner user's leads are those of their company, a team's those of the
-- team: both lists (and the server's policies, which ask the same) read an
-- index instead of every lead. Partial: most leads have neither.
CREATE INDEX leads_channel_partner ON leads(channel_partner_id, id) WHERE channel_partner_id IS NOT NULL;
CREATE INDEX leads_team ON leads(team_id, id) WHERE team_id IS NOT NULL;
-- On PostgreSQL the server's rules are installed again with this version
-- (Database::seed): the fields each role may change, checked by a trigger,
-- and row-level security on the journals that keep copies of leads.
