"""Read models the services hand to the UI, the documents and the CLI. Layer: services.

Plain frozen values gathered in one go from the vault, so a view never goes
back to the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sstdesk.documents.data import CaseRecords, ConsentLine
from sstdesk.domain.agenda import Entry as AgendaEntry
from sstdesk.domain.codes import ConsentStatus, Gender, Stage
from sstdesk.domain.consent import PartyLine
from sstdesk.domain.due import DueItem
from sstdesk.domain.lifecycle import CaseFacts
from sstdesk.domain.model import Guardian, RegisterRequest, School, Student
from sstdesk.domain.protection import Masker
from sstdesk.domain.team import TeamSettings


@dataclass(frozen=True)
class CaseloadRow:
    """One line of the caseload list."""

    student_id: str
    case_id: str
    name: str
    personnummer: str
    school: str
    school_id: str
    grade: int
    gender: Gender
    stage: Stage
    next_due: dt.date | None
    consent: ConsentStatus | None  # the best state among the case's consents
    consent_until: dt.date | None
    protected_identity: bool


@dataclass(frozen=True)
class DueRow:
    """One line of the due list: what, when, and whose."""

    item: DueItem
    name: str


@dataclass(frozen=True)
class Overview:
    """What the window shows right after unlocking: the due list and the caseload."""

    due: tuple[DueRow, ...]
    rows: tuple[CaseloadRow, ...]
    today: dt.date
    agenda: tuple[AgendaEntry, ...] = ()  # Att göra, grouped (sstdesk.domain.agenda)


# A consent with its state today: the same value the documents print from.
ConsentView = ConsentLine


@dataclass(frozen=True)
class CaseFile(CaseRecords):
    """Everything recorded on one case, what is due on it, and who may be told what today."""

    due: tuple[DueItem, ...] = ()
    parties: tuple[PartyLine, ...] = ()
    facts: CaseFacts = CaseFacts()  # what the lifecycle's guards see, for the next step


@dataclass(frozen=True)
class StudentFile:
    """The student page: the student, the guardians and every case, newest last."""

    student: Student
    school: School | None
    guardians: tuple[Guardian, ...]
    cases: tuple[CaseFile, ...]
    register_requests: tuple[RegisterRequest, ...] = ()
    team: TeamSettings = TeamSettings()

    @property
    def current(self) -> CaseFile | None:
        return self.cases[-1] if self.cases else None

    @property
    def masker(self) -> Masker:
        """What the screen blanks for this student (skyddade personuppgifter)."""
        return Masker.of(self.student, self.school, self.guardians)
