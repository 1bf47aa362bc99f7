-- 0007: the legal facts of a consent as data. "Informerad om rätten att säga nej" may be
-- unknown; the maturity assessment says who judged, when and what they concluded; each
-- withdrawal has its own date, parties and recipients to tell (R3); a "Delvis" answer names
-- the parties and data categories it excludes. A registerutdrag request has its own record (R11).

ALTER TABLE consents RENAME COLUMN informed_of_rights TO informed_of_rights_old;
ALTER TABLE consents ADD COLUMN informed_of_rights INTEGER;
UPDATE consents SET informed_of_rights = informed_of_rights_old;
ALTER TABLE consents DROP COLUMN informed_of_rights_old;

ALTER TABLE consents ADD COLUMN maturity_assessed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE consents ADD COLUMN maturity_assessed_on TEXT;
ALTER TABLE consents ADD COLUMN child_decides_alone INTEGER;

ALTER TABLE consents ADD COLUMN withdrawals TEXT NOT NULL DEFAULT '[]';
UPDATE consents SET withdrawals = json_array(json_object(
    'on', withdrawn_on,
    'by', withdrawn_by,
    'how', withdrawal_how,
    'parties', json(withdrawn_parties),
    'received_by', '',
    'notify', json('[]'),
    'notified', json('[]')
)) WHERE withdrawn_on IS NOT NULL;
ALTER TABLE consents DROP COLUMN withdrawn_on;
ALTER TABLE consents DROP COLUMN withdrawn_by;
ALTER TABLE consents DROP COLUMN withdrawal_how;
ALTER TABLE consents DROP COLUMN withdrawn_parties;
ALTER TABLE consents DROP COLUMN recipients_notified;

ALTER TABLE signatories ADD COLUMN excluded_parties TEXT NOT NULL DEFAULT '[]';
ALTER TABLE signatories ADD COLUMN excluded_categories TEXT NOT NULL DEFAULT '[]';

CREATE TABLE register_requests (
    id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requester_role TEXT NOT NULL,
    identity_check TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    delivered_on TEXT,
    delivered_how TEXT NOT NULL
);
CREATE INDEX register_requests_student ON register_requests (student_id);

CREATE TRIGGER register_requests_sync_insert AFTER INSERT ON register_requests
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'register_requests', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER register_requests_sync_update AFTER UPDATE ON register_requests
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT NEW.id, 'register_requests', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = NEW.id AND attempted = 0);
END;

CREATE TRIGGER register_requests_sync_delete AFTER DELETE ON register_requests
WHEN (SELECT value FROM meta WHERE key = 'sync_tracking') = 'on'
    AND coalesce((SELECT value FROM meta WHERE key = 'sync_applying'), '0') = '0'
BEGIN
    INSERT INTO sync_outbox (record_id, kind, mutation_id)
    SELECT OLD.id, 'register_requests', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE record_id = OLD.id AND attempted = 0);
END;

-- Searching a school's name never finds a student with skyddade personuppgifter.
UPDATE search_index SET
    school = '',
    notes = replace(notes, coalesce((
        SELECT sc.name FROM students st JOIN schools sc ON sc.id = st.school_id
        WHERE st.id = search_index.student_id
    ), ''), '[skyddad uppgift]')
WHERE student_id IN (SELECT id FROM students WHERE protected_identity = 1);
