-- 0001: the caseload, the audit log, and full-text search.
-- Entity tables mirror sstdesk/domain/model.py field for field (tests/vault/test_schema.py).

CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    district TEXT NOT NULL,
    principal TEXT NOT NULL
);

CREATE TABLE students (
    id TEXT PRIMARY KEY,
    personnummer TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    gender TEXT NOT NULL,
    school_id TEXT NOT NULL REFERENCES schools(id),
    grade INTEGER NOT NULL,
    class_name TEXT NOT NULL,
    protected_identity INTEGER NOT NULL,
    address TEXT NOT NULL,
    interpreter_language TEXT NOT NULL
);

CREATE TABLE guardians (
    id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    has_custody INTEGER NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    interpreter_language TEXT NOT NULL,
    protected_identity INTEGER NOT NULL
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    school_id TEXT NOT NULL REFERENCES schools(id),
    grade_at_start INTEGER NOT NULL,
    responsible_user TEXT NOT NULL,
    referral_date TEXT NOT NULL,
    referred_by TEXT NOT NULL,
    referral_reason TEXT NOT NULL,
    baseline_absence_pct REAL,
    stage TEXT NOT NULL,
    school_contact TEXT NOT NULL,
    enrolled_on TEXT,
    closed_on TEXT,
    closure_reason TEXT NOT NULL,
    closure_absence_pct REAL,
    goals_met INTEGER,
    upper_secondary_eligible INTEGER,
    booster_planned_on TEXT,
    booster_held_on TEXT,
    ended_on TEXT,
    cancel_reason TEXT NOT NULL,
    sip_active INTEGER NOT NULL,
    concern_reported INTEGER NOT NULL,
    paused INTEGER NOT NULL,
    last_entry_on TEXT
);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    parties TEXT NOT NULL,
    categories TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    form TEXT NOT NULL,
    direction TEXT NOT NULL,
    exceptions TEXT NOT NULL,
    oral_received_by TEXT NOT NULL,
    maturity_assessment TEXT NOT NULL,
    child_view TEXT NOT NULL,
    informed_of_rights INTEGER NOT NULL,
    single_guardian_reason TEXT NOT NULL,
    withdrawn_on TEXT,
    withdrawn_by TEXT NOT NULL,
    withdrawal_how TEXT NOT NULL,
    withdrawn_parties TEXT NOT NULL,
    recipients_notified TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE signatories (
    id TEXT PRIMARY KEY,
    consent_id TEXT NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    answer TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    guardian_id TEXT NOT NULL,
    reservation TEXT NOT NULL
);

CREATE TABLE attendance_periods (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    total_absence_pct REAL NOT NULL,
    valid_absence_pct REAL NOT NULL,
    invalid_absence_pct REAL NOT NULL,
    source TEXT NOT NULL,
    source_name TEXT NOT NULL,
    lessons INTEGER,
    registered_by TEXT NOT NULL
);

CREATE TABLE mappings (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    started_on TEXT NOT NULL,
    documents TEXT NOT NULL,
    student_story TEXT NOT NULL,
    guardian_story TEXT NOT NULL,
    school_view TEXT NOT NULL,
    summary TEXT NOT NULL,
    completed_on TEXT
);

CREATE TABLE mapping_factors (
    id TEXT PRIMARY KEY,
    mapping_id TEXT NOT NULL REFERENCES mappings(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    source TEXT NOT NULL,
    shareable_with_school INTEGER NOT NULL
);

CREATE TABLE action_plans (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    established_on TEXT,
    revised_on TEXT,
    student_goals TEXT NOT NULL,
    guardian_goals TEXT NOT NULL,
    school_commitments TEXT NOT NULL,
    family_commitments TEXT NOT NULL,
    participation TEXT NOT NULL,
    follow_up_on TEXT,
    sip_needed INTEGER NOT NULL
);

CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    wording TEXT NOT NULL,
    indicator TEXT NOT NULL,
    baseline TEXT NOT NULL,
    target TEXT NOT NULL,
    due_on TEXT NOT NULL
);

CREATE TABLE interventions (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    performer TEXT NOT NULL,
    start_on TEXT NOT NULL,
    frequency TEXT NOT NULL,
    end_on TEXT,
    goal_numbers TEXT NOT NULL,
    level INTEGER NOT NULL,
    status TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    chair TEXT NOT NULL,
    participants TEXT NOT NULL,
    agenda TEXT NOT NULL,
    minutes TEXT NOT NULL,
    decisions TEXT NOT NULL
);

CREATE TABLE journal_notes (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    event_date TEXT NOT NULL,
    written_at TEXT NOT NULL,
    author TEXT NOT NULL,
    contact_type TEXT NOT NULL,
    text TEXT NOT NULL,
    participants TEXT NOT NULL,
    status TEXT NOT NULL,
    signed_at TEXT,
    signed_by TEXT NOT NULL,
    note_type TEXT NOT NULL,
    corrects_id TEXT NOT NULL
);

CREATE TABLE working_notes (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL,
    journalised_in TEXT NOT NULL
);

CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    held_on TEXT,
    absence_now_pct REAL,
    goals TEXT NOT NULL,
    decision TEXT,
    note TEXT NOT NULL
);

CREATE INDEX students_school_id ON students(school_id);
CREATE INDEX guardians_student_id ON guardians(student_id);
CREATE INDEX cases_student_id ON cases(student_id);
CREATE INDEX cases_school_id ON cases(school_id);
CREATE INDEX consents_case_id ON consents(case_id);
CREATE INDEX signatories_consent_id ON signatories(consent_id);
CREATE INDEX attendance_periods_case_id ON attendance_periods(case_id);
CREATE INDEX mappings_case_id ON mappings(case_id);
CREATE INDEX mapping_factors_mapping_id ON mapping_factors(mapping_id);
CREATE INDEX action_plans_case_id ON action_plans(case_id);
CREATE INDEX goals_plan_id ON goals(plan_id);
CREATE INDEX interventions_plan_id ON interventions(plan_id);
CREATE INDEX meetings_case_id ON meetings(case_id);
CREATE INDEX journal_notes_case_id ON journal_notes(case_id);
CREATE INDEX working_notes_case_id ON working_notes(case_id);
CREATE INDEX follow_ups_case_id ON follow_ups(case_id);
CREATE UNIQUE INDEX students_personnummer ON students(personnummer);
CREATE INDEX cases_stage ON cases(stage);

-- A signed journal note never changes (SoL 11 kap. 5-6 §, rule R5).
CREATE TRIGGER journal_notes_signed_are_final
BEFORE UPDATE ON journal_notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed journal note is immutable');
END;

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Hash-chained audit log (SoLPuL 10 §). Ids and action codes only, never content.
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    device TEXT NOT NULL,
    action TEXT NOT NULL,
    student_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_student ON audit_events(student_id);

CREATE TRIGGER audit_events_no_update
BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete
BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- One row per student: name, personnummer forms, school and journal text.
CREATE VIRTUAL TABLE search_index USING fts5(
    student_id UNINDEXED,
    name,
    personnummer,
    school,
    notes,
    tokenize = "unicode61 remove_diacritics 2"
);
