-- 0006: the team's audit trail. Each laptop sends its own hash-chained events, sealed with
-- the team key, in append-only chunks; the events of colleagues' laptops land here, so the
-- registerutdrag and the loggkontroll see every read and change of a student in the team.
-- Like the laptop's own log, never changed and never deleted.
CREATE TABLE team_audit_events (
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    student_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (device, seq)
);
CREATE INDEX team_audit_events_student ON team_audit_events(student_id);

CREATE TRIGGER team_audit_events_no_update
BEFORE UPDATE ON team_audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER team_audit_events_no_delete
BEFORE DELETE ON team_audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
