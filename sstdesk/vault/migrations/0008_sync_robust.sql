-- 0008: sync that never stops on one record, and never goes back in time.

-- A pulled change this laptop could not open, decode or apply: kept as the server sent it,
-- with the reason, while the cursor moves on. Tried again at later pulls (a missing parent
-- may have arrived); shown to the person and reported to the team through the audit log.
CREATE TABLE sync_quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    key_id TEXT NOT NULL,
    epoch TEXT NOT NULL,
    ciphertext TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    reason TEXT NOT NULL,  -- a code: unreadable, malformed, unapplicable, rollback, replayed
    detail TEXT NOT NULL DEFAULT '',  -- what went wrong, in words; never a record's content
    found_at TEXT NOT NULL
);
CREATE INDEX sync_quarantine_record ON sync_quarantine (record_id);

-- The highest version of each record this laptop has seen, per epoch the version was sealed
-- in (the epoch and version are bound into the record's associated data), with a digest of
-- its content: a lower version, or the same version with other content, is refused.
CREATE TABLE sync_seen (
    record_id TEXT NOT NULL,
    epoch TEXT NOT NULL,
    version INTEGER NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (record_id, epoch)
);
INSERT INTO sync_seen (record_id, epoch, version, digest)
SELECT record_id, coalesce((SELECT value FROM meta WHERE key = 'sync_epoch'), ''), version, ''
FROM sync_base;

-- The same child registered on two laptops is a visible duplicate to merge, not a crash:
-- the personnummer is indexed, no longer unique. The services still refuse a second
-- registration of a known personnummer on one laptop.
DROP INDEX students_personnummer;
CREATE INDEX students_personnummer ON students(personnummer);

-- The sealed bytes a mutation was first sent as: a retry sends them again, so a mutation id
-- stands for one ciphertext and the server can refuse the same id with other bytes.
ALTER TABLE sync_outbox ADD COLUMN sealed TEXT;
ALTER TABLE sync_outbox ADD COLUMN sealed_key TEXT;  -- the team key id it was sealed with
-- 1: queued only because the server was restored (not a change made here): dropped once the
-- server is seen to hold the very same content, so an old copy never goes out as news.
ALTER TABLE sync_outbox ADD COLUMN resend INTEGER NOT NULL DEFAULT 0;

-- Whose log a colleague's audit events are: the laptop's own device id (the one its events
-- carry) bound to the sync device that first sent them. Another device sending events in
-- that name is refused, so no team member can write or shadow a colleague's audit trail.
CREATE TABLE team_audit_devices (
    vault_device TEXT PRIMARY KEY,
    sync_device TEXT NOT NULL
);
