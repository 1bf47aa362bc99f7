"""Checks on what a person enters, each refusal in Swedish. Layer: domain."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from sstdesk.domain.errors import DomainError
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import AttendancePeriod, Student
from sstdesk.domain.personnummer import INVISIBLE, parse
from sstdesk.domain.phrase import Phrase

MIN_GRADE, MAX_GRADE = 0, 10  # förskoleklass to årskurs 10 (särskolan)
STUDENT_AGES = (5, 21)  # a grundskola student, with room for a late start or särskolan
SUM_TOLERANCE_PCT = 0.5


def clean_text(text: str) -> str:
    """NFC, no zero-width or bidi-override characters, no stray whitespace (BI-5)."""
    normal = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in normal if ch not in INVISIBLE).strip()


def checked_student(student: Student, *, today: dt.date) -> Student:
    """The student with a normalised personnummer and clean names, or a DomainError."""
    first, last = clean_text(student.first_name), clean_text(student.last_name)
    if not first or not last:
        raise DomainError(Phrase("Ange elevens för- och efternamn."))
    if not MIN_GRADE <= student.grade <= MAX_GRADE:
        raise DomainError(
            Phrase(
                "Årskursen ska vara mellan {lowest} och {highest}.",
                lowest=MIN_GRADE,
                highest=MAX_GRADE,
            )
        )
    pnr = parse(student.personnummer, today=today)
    youngest, oldest = pnr.birth.ages_on(today)
    if oldest < STUDENT_AGES[0] or youngest > STUDENT_AGES[1]:
        raise DomainError(
            Phrase(
                "Personnumret ger födelsedatumet {value}, och den som är född då går inte i "
                "grundskolan. Kontrollera numret – plustecken skrivs bara för den som fyller 100 "
                "år i år eller är äldre.",
                value=pnr.birth.text(),
            )
        )
    return replace(student, personnummer=str(pnr), first_name=first, last_name=last)


def checked_attendance(period: AttendancePeriod, *, today: dt.date) -> AttendancePeriod:
    if period.period_end < period.period_start:
        raise DomainError(Phrase("Periodens slutdatum ligger före startdatumet."))
    if period.period_start > today:
        raise DomainError(Phrase("Perioden har inte börjat ännu."))
    for label, value in (
        ("Total frånvaro", period.total_absence_pct),
        ("Giltig frånvaro", period.valid_absence_pct),
        ("Ogiltig frånvaro", period.invalid_absence_pct),
    ):
        if not 0 <= value <= 100:
            raise DomainError(
                Phrase(
                    "{label} ska vara mellan 0 och 100 %, inte {value} %.",
                    label=label,
                    value=f"{value:g}",
                )
            )
    summed = period.valid_absence_pct + period.invalid_absence_pct
    if abs(summed - period.total_absence_pct) > SUM_TOLERANCE_PCT:
        raise DomainError(
            Phrase(
                "Giltig ({valid_absence_pct} %) och ogiltig ({invalid_absence_pct} %) frånvaro ska "
                "tillsammans bli den totala ({total_absence_pct} %).",
                valid_absence_pct=f"{period.valid_absence_pct:g}",
                invalid_absence_pct=f"{period.invalid_absence_pct:g}",
                total_absence_pct=f"{period.total_absence_pct:g}",
            )
        )
    if period.lessons is not None and period.lessons < 0:
        raise DomainError(Phrase("Antalet lektioner kan inte vara negativt."))
    return replace(period, source_name=clean_text(period.source_name))


def attendance_total(valid_pct: float, invalid_pct: float) -> float:
    """Total frånvaro: giltig and ogiltig added up (to the tenth, as they are typed)."""
    return round(valid_pct + invalid_pct, 1)


class AttendanceOverlap(DomainError):
    """A period that overlaps periods already registered for the case. A warning, not a
    refusal: a corrected report may be meant to stand beside the first; the person decides."""

    def __init__(self, period: AttendancePeriod, overlapping: Iterable[AttendancePeriod]) -> None:
        self.period = period
        self.overlapping = tuple(overlapping)
        spans = ", ".join(
            f"{format_date(p.period_start)} – {format_date(p.period_end)}" for p in self.overlapping
        )
        super().__init__(
            Phrase.plural(
                len(self.overlapping),
                "Perioden {start} – {end} överlappar en period som redan är registrerad för "
                "ärendet: {spans}.",
                "Perioden {start} – {end} överlappar %n perioder som redan är registrerade för "
                "ärendet: {spans}.",
                start=period.period_start,
                end=period.period_end,
                spans=spans,
            )
        )


def overlapping_attendance(
    period: AttendancePeriod, existing: Iterable[AttendancePeriod]
) -> list[AttendancePeriod]:
    """The case's other periods that share at least one day with `period`, oldest first."""
    return sorted(
        (
            other
            for other in existing
            if other.id != period.id
            and other.case_id == period.case_id
            and other.period_start <= period.period_end
            and period.period_start <= other.period_end
        ),
        key=lambda other: (other.period_start, other.period_end),
    )
