-- 0015: each caseload row keeps the day its first due item falls, indexed, so the due
-- list reads only the rows with something due within its horizon instead of decoding
-- every row of the vault (issue 17). Filled when the projection is rebuilt.

ALTER TABLE caseload_rows ADD COLUMN due_first TEXT NOT NULL DEFAULT '';
CREATE INDEX caseload_rows_due_first ON caseload_rows (due_first);
-- The first page reads the open cases by stage, and those with something due by due_first.
CREATE INDEX caseload_rows_stage ON caseload_rows (stage);
