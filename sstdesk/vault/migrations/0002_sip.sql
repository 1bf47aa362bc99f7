-- 0002: samordnad individuell plan (SIP), domain.md 1.3.

CREATE TABLE sips (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    previous_sip_id TEXT NOT NULL,
    initiator TEXT NOT NULL,
    chair TEXT NOT NULL,
    secretary TEXT NOT NULL,
    meeting_on TEXT,
    place TEXT NOT NULL,
    question TEXT NOT NULL,
    participants TEXT NOT NULL,
    child_view TEXT NOT NULL,
    guardian_view TEXT NOT NULL,
    current_situation TEXT NOT NULL,
    needs TEXT NOT NULL,
    long_term_goals TEXT NOT NULL,
    short_term_goals TEXT NOT NULL,
    actions TEXT NOT NULL,
    others_measures TEXT NOT NULL,
    own_actions TEXT NOT NULL,
    information_flow TEXT NOT NULL,
    lead_principal TEXT,
    lead_person TEXT NOT NULL,
    follow_up_caller TEXT NOT NULL,
    follow_up_on TEXT,
    follow_up_measure TEXT NOT NULL,
    disagreements TEXT NOT NULL,
    established_on TEXT
);

CREATE INDEX sips_case_id ON sips(case_id);
