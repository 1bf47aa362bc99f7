-- 0005: sync bookkeeping. Every change to an entity table is queued in the outbox by a
-- trigger, in the same transaction as the change, once sync is on (meta sync_tracking = 'on')
-- and unless the change is a remote one being applied (meta sync_applying = '1').
-- An edit to a record whose queued mutation was not yet sent joins that mutation; once sent,
-- a further edit queues a new one (a retried mutation id must always mean the same content).

CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    mutation_id TEXT NOT NULL UNIQUE,
    attempted INTEGER NOT NULL DEFAULT 0,
    sent TEXT,  -- the content as first sent: a retry of the same mutation id sends it again
    sent_base INTEGER,
    parked TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_outbox_record ON sync_outbox (record_id);

-- The last version of each record this device has in common with the server: the base of
-- a three-way merge, and the base_version of the next push.
CREATE TABLE sync_base (
    record_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- The same field changed here and elsewhere: both kept until the person chooses.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    their_device TEXT NOT NULL,
    their_version INTEGER NOT NULL,
    found_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, record_id);

CREATE TRIGGER schools_sync_insert AFTER INSERT ON schools
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'schools', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER schools_sync_update AFTER UPDATE ON schools
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'schools', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER schools_sync_delete AFTER DELETE ON schools
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'schools', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER students_sync_insert AFTER INSERT ON students
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'students', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER students_sync_update AFTER UPDATE ON students
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'students', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER students_sync_delete AFTER DELETE ON students
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'students', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER guardians_sync_insert AFTER INSERT ON guardians
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'guardians', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER guardians_sync_update AFTER UPDATE ON guardians
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'guardians', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER guardians_sync_delete AFTER DELETE ON guardians
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'guardians', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER cases_sync_insert AFTER INSERT ON cases
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'cases', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER cases_sync_update AFTER UPDATE ON cases
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'cases', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER cases_sync_delete AFTER DELETE ON cases
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'cases', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER consents_sync_insert AFTER INSERT ON consents
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'consents', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER consents_sync_update AFTER UPDATE ON consents
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'consents', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER consents_sync_delete AFTER DELETE ON consents
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'consents', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER signatories_sync_insert AFTER INSERT ON signatories
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'signatories', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER signatories_sync_update AFTER UPDATE ON signatories
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'signatories', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER signatories_sync_delete AFTER DELETE ON signatories
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'signatories', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER attendance_periods_sync_insert AFTER INSERT ON attendance_periods
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'attendance_periods', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER attendance_periods_sync_update AFTER UPDATE ON attendance_periods
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'attendance_periods', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER attendance_periods_sync_delete AFTER DELETE ON attendance_periods
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'attendance_periods', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER mappings_sync_insert AFTER INSERT ON mappings
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'mappings', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER mappings_sync_update AFTER UPDATE ON mappings
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'mappings', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER mappings_sync_delete AFTER DELETE ON mappings
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'mappings', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER mapping_factors_sync_insert AFTER INSERT ON mapping_factors
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'mapping_factors', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER mapping_factors_sync_update AFTER UPDATE ON mapping_factors
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'mapping_factors', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER mapping_factors_sync_delete AFTER DELETE ON mapping_factors
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'mapping_factors', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER action_plans_sync_insert AFTER INSERT ON action_plans
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'action_plans', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER action_plans_sync_update AFTER UPDATE ON action_plans
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'action_plans', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER action_plans_sync_delete AFTER DELETE ON action_plans
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'action_plans', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER goals_sync_insert AFTER INSERT ON goals
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'goals', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER goals_sync_update AFTER UPDATE ON goals
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'goals', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER goals_sync_delete AFTER DELETE ON goals
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'goals', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER interventions_sync_insert AFTER INSERT ON interventions
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'interventions', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER interventions_sync_update AFTER UPDATE ON interventions
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'interventions', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER interventions_sync_delete AFTER DELETE ON interventions
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'interventions', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER meetings_sync_insert AFTER INSERT ON meetings
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'meetings', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER meetings_sync_update AFTER UPDATE ON meetings
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'meetings', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER meetings_sync_delete AFTER DELETE ON meetings
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'meetings', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER journal_notes_sync_insert AFTER INSERT ON journal_notes
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'journal_notes', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER journal_notes_sync_update AFTER UPDATE ON journal_notes
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'journal_notes', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER journal_notes_sync_delete AFTER DELETE ON journal_notes
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'journal_notes', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER working_notes_sync_insert AFTER INSERT ON working_notes
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'working_notes', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER working_notes_sync_update AFTER UPDATE ON working_notes
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'working_notes', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER working_notes_sync_delete AFTER DELETE ON working_notes
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'working_notes', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER follow_ups_sync_insert AFTER INSERT ON follow_ups
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'follow_ups', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER follow_ups_sync_update AFTER UPDATE ON follow_ups
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'follow_ups', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER follow_ups_sync_delete AFTER DELETE ON follow_ups
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'follow_ups', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

CREATE TRIGGER sips_sync_insert AFTER INSERT ON sips
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'sips', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER sips_sync_update AFTER UPDATE ON sips
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'sips', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER sips_sync_delete AFTER DELETE ON sips
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'sips', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;
