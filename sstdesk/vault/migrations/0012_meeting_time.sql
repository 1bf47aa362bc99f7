-- 0012: a meeting may have a start time, so the agenda can say "EHK kl. 13:30" (issue 15).
-- Unknown until the person gives it: NULL, never a default.

ALTER TABLE meetings ADD COLUMN starts_at TEXT;
