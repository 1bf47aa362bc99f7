-- 0013: what each export of the team's statistics hid, as a record the team syncs, so a
-- cell hidden in one laptop's export stays hidden in every laptop's later exports of the
-- school year (issue 16). Codes and cells only: no persons, no counts.

CREATE TABLE statistics_exports (
    id TEXT PRIMARY KEY,
    school_year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    exported_on TEXT NOT NULL,
    exported_by TEXT NOT NULL,
    hidden TEXT NOT NULL
);
CREATE INDEX statistics_exports_year ON statistics_exports (school_year);

CREATE TRIGGER statistics_exports_sync_insert AFTER INSERT ON statistics_exports
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'statistics_exports', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER statistics_exports_sync_update AFTER UPDATE ON statistics_exports
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'statistics_exports', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER statistics_exports_sync_delete AFTER DELETE ON statistics_exports
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'statistics_exports', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;
