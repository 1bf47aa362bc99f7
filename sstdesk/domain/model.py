"""The entities of a caseload (domain.md 7.1), as immutable values. Layer: domain.

Every entity has a text `id` (a UUID made where it is created, so records can
be made offline) and only plain fields: str, int, float, bool, dates, enums,
and tuples of those or of small nested values. The vault stores them
generically from these type hints; a change is a new value (`dataclasses.replace`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sstdesk.domain.codes import (
    Answer,
    AttendanceSource,
    ConsentDirection,
    ConsentForm,
    ContactType,
    DataCategory,
    FactorArea,
    FactorKind,
    FollowUpDecision,
    Gender,
    GoalAssessment,
    GuardianRelation,
    InterventionKind,
    InterventionStatus,
    MappingDocument,
    MeetingKind,
    NoteStatus,
    NoteType,
    PartyKind,
    Performer,
    PlanStatus,
    Principal,
    ReferredBy,
    RequesterRole,
    SignatoryRole,
    SipStatus,
    Stage,
)


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class School:
    name: str
    unit_code: str = ""
    district: str = ""
    principal: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Student:
    personnummer: str
    first_name: str
    last_name: str
    gender: Gender
    school_id: str
    grade: int  # årskurs
    class_name: str = ""
    protected_identity: bool = False  # skyddade personuppgifter
    address: str = ""
    interpreter_language: str = ""
    id: str = field(default_factory=new_id)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Guardian:
    student_id: str
    name: str
    relation: GuardianRelation = GuardianRelation.GUARDIAN
    has_custody: bool = True
    phone: str = ""
    email: str = ""
    address: str = ""
    interpreter_language: str = ""
    protected_identity: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Case:
    """One period of enrolment with the team, from aktualisering to avslut."""

    student_id: str
    school_id: str
    grade_at_start: int
    responsible_user: str
    referral_date: dt.date
    referred_by: ReferredBy
    referral_reason: str
    baseline_absence_pct: float | None = None
    stage: Stage = Stage.REFERRED
    school_contact: str = ""
    enrolled_on: dt.date | None = None
    closed_on: dt.date | None = None
    closure_reason: str = ""
    closure_absence_pct: float | None = None
    goals_met: bool | None = None
    upper_secondary_eligible: bool | None = None  # årskurs 9: gymnasiebehörig
    booster_planned_on: dt.date | None = None
    booster_held_on: dt.date | None = None
    ended_on: dt.date | None = None
    cancel_reason: str = ""
    sip_active: bool = False
    concern_reported: bool = False  # orosanmälan gjord
    paused: bool = False
    last_entry_on: dt.date | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Party:
    """One recipient a consent names: a kind of organisation, optionally a named unit."""

    kind: PartyKind
    name: str = ""

    @property
    def label(self) -> str:
        return f"{self.kind.label} – {self.name}" if self.name else self.kind.label


@dataclass(frozen=True)
class Notice:
    """A recipient told that a consent they received data under has been withdrawn (R3)."""

    party: PartyKind
    on: dt.date
    by: str
    how: str = ""


@dataclass(frozen=True)
class Withdrawal:
    """One återkallelse: from `on`, for some parties or (none named) the whole consent."""

    on: dt.date
    by: str
    how: str
    parties: tuple[PartyKind, ...] = ()  # empty: all of it
    received_by: str = ""
    notify: tuple[PartyKind, ...] = ()  # who had received data under the consent (R3)
    notified: tuple[Notice, ...] = ()

    def pending(self) -> tuple[PartyKind, ...]:
        """The recipients nobody has told yet."""
        told = {n.party for n in self.notified}
        return tuple(p for p in self.notify if p not in told)


@dataclass(frozen=True)
class Consent:
    """Samtycke till informationsdelning (domain.md 2.5). Status is computed, not stored."""

    case_id: str
    purpose: str
    parties: tuple[Party, ...]
    categories: tuple[DataCategory, ...]
    valid_from: dt.date
    valid_until: dt.date
    form: ConsentForm = ConsentForm.WRITTEN
    direction: ConsentDirection = ConsentDirection.BOTH
    exceptions: str = ""  # "Samtycket gäller inte: …", free text beside the signatories' own
    oral_received_by: str = ""
    # R2: a child deciding alone needs a recorded assessment of age and maturity.
    maturity_assessment: str = ""  # on what grounds
    maturity_assessed_by: str = ""
    maturity_assessed_on: dt.date | None = None
    child_decides_alone: bool | None = None  # the assessment's conclusion; None: not assessed
    child_view: str = ""
    informed_of_rights: bool | None = None  # told they may say no and withdraw; None: not stated
    single_guardian_reason: str = ""  # FB 6:13 a, or the other guardian förhindrad
    withdrawals: tuple[Withdrawal, ...] = ()
    created_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Signatory:
    """One person's answer on a consent: the student, a guardian, or a god man.

    A "Delvis" answer carries its förbehåll (OSL 12:2 st. 2) as data: the parties and the
    data categories this person excludes (an empty list: every party, or every category),
    with `reservation` as a comment in their own words.
    """

    consent_id: str
    role: SignatoryRole
    name: str
    answer: Answer
    signed_on: dt.date
    guardian_id: str = ""
    reservation: str = ""
    excluded_parties: tuple[PartyKind, ...] = ()
    excluded_categories: tuple[DataCategory, ...] = ()
    id: str = field(default_factory=new_id)

    def excludes(self, party: PartyKind, category: DataCategory) -> bool:
        """Does this person's förbehåll keep `category` from `party`?"""
        if self.answer is not Answer.PARTLY:
            return False
        if not self.excluded_parties and not self.excluded_categories:
            return False
        return (not self.excluded_parties or party in self.excluded_parties) and (
            not self.excluded_categories or category in self.excluded_categories
        )


@dataclass(frozen=True)
class AttendancePeriod:
    case_id: str
    period_start: dt.date
    period_end: dt.date
    total_absence_pct: float
    valid_absence_pct: float  # giltig
    invalid_absence_pct: float  # ogiltig
    source: AttendanceSource = AttendanceSource.MANUAL
    source_name: str = ""  # e.g. "Skola24-export"
    lessons: int | None = None
    registered_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Mapping:
    """Kartläggning: the documents gathered and the stories heard."""

    case_id: str
    started_on: dt.date
    documents: tuple[MappingDocument, ...] = ()
    student_story: str = ""
    guardian_story: str = ""
    school_view: str = ""
    summary: str = ""
    completed_on: dt.date | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class MappingFactor:
    mapping_id: str
    area: FactorArea
    kind: FactorKind
    description: str
    source: str = ""
    shareable_with_school: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class ActionPlan:
    """Individuell handlingsplan (domain.md 8.4)."""

    case_id: str
    version: int = 1
    status: PlanStatus = PlanStatus.DRAFT
    established_on: dt.date | None = None
    revised_on: dt.date | None = None
    student_goals: str = ""
    guardian_goals: str = ""
    school_commitments: str = ""
    family_commitments: str = ""
    participation: str = ""
    follow_up_on: dt.date | None = None
    sip_needed: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Goal:
    plan_id: str
    number: int
    wording: str
    indicator: str
    baseline: str
    target: str
    due_on: dt.date
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Intervention:
    plan_id: str
    kind: InterventionKind
    performer: Performer
    start_on: dt.date
    frequency: str = ""
    end_on: dt.date | None = None
    goal_numbers: tuple[int, ...] = ()
    level: int = 3  # nivå 1-3; the team's individual work is nivå 3
    status: InterventionStatus = InterventionStatus.PLANNED
    description: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Participant:
    name: str
    role: str
    organisation: str = ""
    present: bool = True


@dataclass(frozen=True)
class Decision:
    action: str
    responsible: str
    due_on: dt.date | None = None


@dataclass(frozen=True)
class Meeting:
    case_id: str
    kind: MeetingKind
    held_on: dt.date
    starts_at: dt.time | None = None  # the agenda says when, if the person gave a time
    place: str = ""
    chair: str = ""
    participants: tuple[Participant, ...] = ()
    agenda: str = ""
    minutes: str = ""
    decisions: tuple[Decision, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class JournalNote:
    """A journal entry: a draft can change, a signed note never does (SoL 11:5-6)."""

    case_id: str
    event_date: dt.date
    written_at: dt.datetime
    author: str
    contact_type: ContactType
    text: str
    participants: str = ""
    status: NoteStatus = NoteStatus.DRAFT
    signed_at: dt.datetime | None = None
    signed_by: str = ""
    note_type: NoteType = NoteType.ORDINARY
    corrects_id: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class WorkingNote:
    """Arbetsanteckning: kept apart from the journal, destroyed once journalised (R6)."""

    case_id: str
    author: str
    created_at: dt.datetime
    text: str
    journalised_in: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class GoalFollowUp:
    goal_number: int
    assessment: GoalAssessment
    student_rating: str = ""
    guardian_rating: str = ""


@dataclass(frozen=True)
class FollowUp:
    case_id: str
    due_on: dt.date
    held_on: dt.date | None = None
    absence_now_pct: float | None = None
    goals: tuple[GoalFollowUp, ...] = ()
    decision: FollowUpDecision | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class SipAction:
    """One row of a SIP's insatser: what, for which need, whose, who, when (R4)."""

    description: str
    principal: Principal
    unit: str  # ansvarig verksamhet
    contact: str  # kontaktperson
    when: str  # start–slut, or when
    need_numbers: tuple[int, ...] = ()
    status: str = "planerad"


@dataclass(frozen=True)
class Sip:
    """Samordnad individuell plan (domain.md 1.3), prepared by the team."""

    case_id: str
    version: int = 1
    status: SipStatus = SipStatus.DRAFT
    previous_sip_id: str = ""  # set for a follow-up SIP
    initiator: str = ""
    chair: str = ""
    secretary: str = ""
    meeting_on: dt.date | None = None
    place: str = ""
    question: str = ""  # frågeställning
    participants: tuple[Participant, ...] = ()
    child_view: str = ""  # "Det här är viktigt för mig"
    guardian_view: str = ""
    current_situation: str = ""
    needs: tuple[str, ...] = ()
    long_term_goals: str = ""
    short_term_goals: str = ""
    actions: tuple[SipAction, ...] = ()
    others_measures: str = ""  # åtgärder av någon annan än kommun/region (legal item 3)
    own_actions: str = ""  # vad barnet/familjen själva gör
    information_flow: str = ""
    lead_principal: Principal | None = None  # huvudansvarig huvudman (legal item 4)
    lead_person: str = ""
    follow_up_caller: str = ""
    follow_up_on: dt.date | None = None
    follow_up_measure: str = ""
    disagreements: str = ""
    established_on: dt.date | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class RegisterRequest:
    """A request for a registerutdrag (GDPR art. 15): answered within a month (R11)."""

    student_id: str
    received_on: dt.date
    requested_by: str  # who asked, as they gave their name
    requester_role: RequesterRole
    identity_check: str  # how the identity (and for a guardian, the custody) was checked
    checked_by: str
    delivered_on: dt.date | None = None
    delivered_how: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class StatisticsExport:
    """What one export of the team's statistics hid: codes and cells, no persons, no
    counts. Synced, so that a cell one laptop's export hid stays hidden in every laptop's
    later exports of the school year (shown beside the earlier file, it could pin what
    that file hid)."""

    school_year: int  # its first calendar year: 2026 for 2026/27
    kind: str  # "CSV", "PDF" or "Till staden"
    period_start: dt.date
    period_end: dt.date
    exported_on: dt.date
    exported_by: str
    hidden: str  # JSON: cube name → the cells hidden ([term, school, årskurs, kön], …)
    # JSON: each term it covered (its first day) → a digest of the term's figures; a
    # later export of the term with another digest is refused ("" before migration 0014)
    figures: str = ""
    id: str = field(default_factory=new_id)


ENTITY_TYPES: tuple[type, ...] = (
    School,
    Student,
    Guardian,
    Case,
    Consent,
    Signatory,
    AttendancePeriod,
    Mapping,
    MappingFactor,
    ActionPlan,
    Goal,
    Intervention,
    Meeting,
    JournalNote,
    WorkingNote,
    FollowUp,
    Sip,
    RegisterRequest,
    StatisticsExport,
)
