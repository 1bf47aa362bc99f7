-- 0010: where the content a laptop has in common with the team came from. After a server
-- restore the version of a record's base is learnt anew (the restored server's), but its
-- content stays the newest this laptop had, sealed in the epoch before: `origin` says which
-- ("<epoch>:<version>"). A version pushed on such a base carries that origin and content,
-- so a colleague who has seen newer in that epoch merges from the right base and no edit
-- made after the backup is reverted by an older copy coming back.
ALTER TABLE sync_base ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE sync_base SET origin = coalesce((SELECT value FROM meta WHERE key = 'sync_epoch'), '')
    || ':' || version;
