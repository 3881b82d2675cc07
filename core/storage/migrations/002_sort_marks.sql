-- Counted marks over each order the lead list sorts by (LeadSortMarks): a
-- mark every few thousand live leads of the order, with how many live leads
-- follow it up to the next mark, so that row N is found without walking N
-- index entries. The triggers that keep the counts exact, and the first
-- marks, are written by LeadSortMarks::install() after this script.
CREATE TABLE lead_sort_marks (
    sort TEXT NOT NULL,        -- the sort field: 'company', 'created_at', ...
    key,                       -- the order's key at the mark (any type, as the column holds it)
    id   INTEGER NOT NULL,     -- the lead id at the mark
    n    INTEGER NOT NULL,     -- live leads after the mark, up to and including the next one
    PRIMARY KEY (sort, key, id)
) WITHOUT ROWID;
