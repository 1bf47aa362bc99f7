-- 0014: each export of the team's statistics keeps a digest of the figures of every term
-- it covered, so that a later export of that term with other figures is refused: two
-- files with different figures for the same period would show which child changed them.
-- A digest only: no counts, no persons. Exports before this have none ('').

ALTER TABLE statistics_exports ADD COLUMN figures TEXT NOT NULL DEFAULT '';
