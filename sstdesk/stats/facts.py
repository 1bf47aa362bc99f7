"""What the statistics may know about a case: codes, dates and numbers, nothing else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sstdesk.domain.codes import Gender, InterventionKind
from sstdesk.domain.phrase import Phrase


class GenderGroup(StrEnum):
    """The three columns every table has (the glossary: flicka, pojke, annat/ej angivet)."""

    GIRL = "girl"
    BOY = "boy"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "girl": Phrase("Flicka"),
            "boy": Phrase("Pojke"),
            "other": Phrase("Annat/ej angivet"),
        }[self.value]

    @classmethod
    def of(cls, gender: Gender) -> GenderGroup:
        if gender is Gender.GIRL:
            return cls.GIRL
        if gender is Gender.BOY:
            return cls.BOY
        return cls.OTHER


@dataclass(frozen=True)
class InterventionFact:
    kind: InterventionKind
    start_on: dt.date


@dataclass(frozen=True)
class CaseFacts:
    """One case, as the statistics see it."""

    gender: GenderGroup
    school_id: str
    grade: int  # årskurs at aktualisering
    referral_date: dt.date
    enrolled_on: dt.date | None = None
    closed_on: dt.date | None = None
    booster_held_on: dt.date | None = None
    baseline_absence_pct: float | None = None
    closure_absence_pct: float | None = None
    upper_secondary_eligible: bool | None = None
    plan_established_on: dt.date | None = None
    interventions: tuple[InterventionFact, ...] = ()


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @classmethod
    def term(cls, year: int, autumn: bool) -> Period:
        if autumn:
            return cls(dt.date(year, 7, 1), dt.date(year, 12, 31), Phrase("HT {year}", year=year))
        return cls(dt.date(year, 1, 1), dt.date(year, 6, 30), Phrase("VT {year}", year=year))

    @classmethod
    def school_year(cls, first_year: int) -> Period:
        return cls(
            dt.date(first_year, 7, 1),
            dt.date(first_year + 1, 6, 30),
            Phrase("Läsåret {first}/{second}", first=first_year, second=str(first_year + 1)[2:]),
        )

    def standard(self) -> Period | None:
        """The term or school year with these dates; None for a period of one's own."""
        autumn = self.start.month >= 7
        first = self.start.year if autumn else self.start.year - 1
        for known in (Period.term(self.start.year, autumn=autumn), Period.school_year(first)):
            if (known.start, known.end) == (self.start, self.end):
                return known
        return None

    def group(self) -> tuple[Period, ...]:
        """The disjoint periods whose counts are protected together with this one's: for
        a term or a school year, the school year's two terms; else the period alone."""
        known = self.standard()
        if known is None:
            return (self,)
        first = known.start.year if known.start.month >= 7 else known.start.year - 1
        return (Period.term(first, autumn=True), Period.term(first + 1, autumn=False))

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "ht2026", "vt2027", "2026/27", or "2026-08-01..2026-12-31"; ValueError otherwise."""
        t = text.strip().casefold().replace(" ", "")
        if t[:2] in ("ht", "vt") and t[2:].isdigit() and len(t) == 6:
            return cls.term(int(t[2:]), autumn=t[:2] == "ht")
        if len(t) == 7 and t[4] == "/" and t[:4].isdigit() and t[5:].isdigit():
            first = int(t[:4])
            if (first + 1) % 100 != int(t[5:]):
                raise ValueError(text)
            return cls.school_year(first)
        if ".." in t:
            a, b = t.split("..", 1)
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            if end < start:
                raise ValueError(text)
            return cls(start, end, f"{start.isoformat()} – {end.isoformat()}")
        raise ValueError(text)
