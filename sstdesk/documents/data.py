"""What a document is built from: plain values the services gather. Layer: documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sstdesk.domain.codes import DocumentKind
from sstdesk.domain.consent import ConsentRecord, ConsentState
from sstdesk.domain.disclosure import Clearance
from sstdesk.domain.model import (
    ActionPlan,
    AttendancePeriod,
    Case,
    FollowUp,
    Goal,
    Guardian,
    Intervention,
    JournalNote,
    Mapping,
    MappingFactor,
    Meeting,
    RegisterRequest,
    School,
    Sip,
    Student,
    WorkingNote,
)
from sstdesk.domain.team import TeamSettings


@dataclass(frozen=True)
class Letterhead:
    """The district's name and logo as IT set them for every laptop (else the vault's)."""

    district: str = ""
    logo: bytes = b""


@dataclass(frozen=True)
class PrintContext:
    """Who prints, when, for which office; the same on every page."""

    kind: DocumentKind
    document_id: str
    district: str
    user: str
    printed_at: dt.datetime
    unit: str = "Skolsocialt team"
    logo: bytes = b""  # the district's, from IT's deployment settings


@dataclass(frozen=True)
class ConsentLine:
    record: ConsentRecord
    state: ConsentState


@dataclass(frozen=True)
class CaseRecords:
    """Everything recorded on one case."""

    case: Case
    consents: tuple[ConsentLine, ...] = ()
    attendance: tuple[AttendancePeriod, ...] = ()
    mappings: tuple[Mapping, ...] = ()
    factors: tuple[MappingFactor, ...] = ()
    plans: tuple[ActionPlan, ...] = ()
    goals: tuple[Goal, ...] = ()
    interventions: tuple[Intervention, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    notes: tuple[JournalNote, ...] = ()
    working_notes: tuple[WorkingNote, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    sips: tuple[Sip, ...] = ()

    @property
    def current_plan(self) -> ActionPlan | None:
        return max(self.plans, key=lambda p: p.version) if self.plans else None

    @property
    def current_sip(self) -> Sip | None:
        return max(self.sips, key=lambda s: s.version) if self.sips else None

    def consent(self, consent_id: str) -> ConsentLine | None:
        return next((c for c in self.consents if c.record.consent.id == consent_id), None)


@dataclass(frozen=True)
class Disclosure:
    """One line of the log of what left the vault about the student (GDPR art. 15)."""

    at: dt.datetime
    actor: str
    action: str
    reason: str
    to: str = ""  # the recipients, as far as a consent names them


@dataclass(frozen=True)
class StudentRecords:
    """One student and every case; the cases oldest first."""

    student: Student
    school: School | None
    guardians: tuple[Guardian, ...]
    cases: tuple[CaseRecords, ...]
    disclosures: tuple[Disclosure, ...] = ()
    reads: int = 0  # how many times the record was opened, for the register extract
    register_requests: tuple[RegisterRequest, ...] = ()

    @property
    def current(self) -> CaseRecords | None:
        return self.cases[-1] if self.cases else None


@dataclass(frozen=True)
class DocumentInput:
    """A student's records, what the consent lets this document carry, and the print."""

    records: StudentRecords
    context: PrintContext
    clearance: Clearance
    case: CaseRecords | None = None
    team: TeamSettings = TeamSettings()
