-- 0004: the caseload projection. One row per student, rewritten by the services in the same
-- transaction as every change; only facts that do not depend on today's date are stored
-- (services/projection.py), so rows never go stale as days pass.

CREATE TABLE caseload_rows (
    student_id TEXT PRIMARY KEY REFERENCES students(id) ON DELETE CASCADE,
    case_id TEXT NOT NULL,
    name TEXT NOT NULL,
    personnummer TEXT NOT NULL,
    school TEXT NOT NULL,
    school_id TEXT NOT NULL,
    grade INTEGER NOT NULL,
    gender TEXT NOT NULL,
    stage TEXT NOT NULL,
    protected_identity INTEGER NOT NULL,
    consents TEXT NOT NULL,
    due TEXT NOT NULL
);
