"""The indicators of GLOSSARY.md "Statistics", for one period, split by kön.

Counted by the day each event happened: a student aktualiserad in the period,
inskriven in it, utskriven in it, booster held in it. Absence at enrolment is
measured for those inskrivna in the period, absence at closure and
improvement for those utskrivna in it.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sstdesk.domain.codes import InterventionKind
from sstdesk.domain.phrase import Phrase
from sstdesk.stats.facts import CaseFacts, GenderGroup, Period
from sstdesk.stats.tables import GROUPS, CountTable, Measure, MeasureTable

UNKNOWN_SCHOOL = Phrase("Okänd skola")


@dataclass(frozen=True)
class Report:
    period: Period
    scope: str  # "Alla skolor", or the school's name
    flows: CountTable
    by_school: CountTable
    by_grade: CountTable
    interventions: CountTable
    measures: MeasureTable

    def count_tables(self) -> tuple[CountTable, ...]:
        return (self.flows, self.by_school, self.by_grade, self.interventions)


def report(
    facts: Sequence[CaseFacts],
    period: Period,
    *,
    school_names: dict[str, str],
    school_id: str | None = None,
    grade: int | None = None,
) -> Report:
    chosen = [
        f
        for f in facts
        if (school_id is None or f.school_id == school_id) and (grade is None or f.grade == grade)
    ]
    scope: str = school_names.get(school_id, "") if school_id else Phrase("Alla skolor")
    if grade is not None:
        scope = Phrase("{scope}, årskurs {grade}", scope=scope, grade=grade)
    referred = [f for f in chosen if f.referral_date in period]
    return Report(
        period=period,
        scope=scope,
        flows=CountTable(
            Phrase("Elever under perioden"),
            (
                Phrase("Aktualiserade"),
                Phrase("Inskrivna"),
                Phrase("Utskrivna"),
                Phrase("Boosterträff hållen"),
            ),
            (
                _by_gender(referred),
                _by_gender(f for f in chosen if f.enrolled_on in period),
                _by_gender(f for f in chosen if f.closed_on in period),
                _by_gender(f for f in chosen if f.booster_held_on in period),
            ),
            column_totals=False,
        ),
        by_school=_split(
            Phrase("Aktualiserade per skola"),
            referred,
            key=lambda f: school_names.get(f.school_id, UNKNOWN_SCHOOL),
        ),
        by_grade=_split(
            Phrase("Aktualiserade per årskurs"),
            referred,
            key=lambda f: Phrase("Årskurs {grade}", grade=f.grade),
            numeric=True,
        ),
        interventions=_interventions(chosen, period),
        measures=_measures(chosen, period),
    )


def _by_gender(facts: Iterable[CaseFacts]) -> tuple[int, ...]:
    counts = dict.fromkeys(GROUPS, 0)
    for f in facts:
        counts[f.gender] += 1
    return tuple(counts[g] for g in GROUPS)


def _split(
    title: str,
    facts: Sequence[CaseFacts],
    *,
    key: Callable[[CaseFacts], str],
    numeric: bool = False,
) -> CountTable:
    labels = sorted({key(f) for f in facts}, key=_natural if numeric else str.casefold)
    return CountTable(
        title,
        tuple(labels),
        tuple(_by_gender(f for f in facts if key(f) == label) for label in labels),
    )


def _natural(label: str) -> tuple[int, str]:
    digits = "".join(ch for ch in label if ch.isdigit())
    return (int(digits) if digits else 0, label)


def _interventions(facts: Sequence[CaseFacts], period: Period) -> CountTable:
    """Insatser started in the period, by kind, split by the student's kön."""
    counts: dict[InterventionKind, dict[GenderGroup, int]] = {}
    for f in facts:
        for i in f.interventions:
            if i.start_on in period:
                counts.setdefault(i.kind, dict.fromkeys(GROUPS, 0))[f.gender] += 1
    kinds = [k for k in InterventionKind if k in counts]
    return CountTable(
        Phrase("Insatser som påbörjats, per slag"),
        tuple(Phrase("{kind}", kind=k) for k in kinds),
        tuple(tuple(counts[k][g] for g in GROUPS) for k in kinds),
    )


def _measures(facts: Sequence[CaseFacts], period: Period) -> MeasureTable:
    enrolled = [f for f in facts if f.enrolled_on in period]
    closed = [f for f in facts if f.closed_on in period]
    planned = [f for f in facts if f.plan_established_on in period]
    both = [
        f
        for f in closed
        if f.baseline_absence_pct is not None and f.closure_absence_pct is not None
    ]
    grade_nine = [f for f in closed if f.grade == 9 and f.upper_secondary_eligible is not None]
    rows: list[tuple[str, Callable[[Sequence[CaseFacts]], Measure]]] = [
        (
            Phrase("Frånvaro vid inskrivning, median"),
            lambda fs: _median([f.baseline_absence_pct for f in fs], "%"),
        ),
        (
            Phrase("Frånvaro vid inskrivning, kvartilavstånd"),
            lambda fs: _iqr([f.baseline_absence_pct for f in fs], "%"),
        ),
        (
            Phrase("Frånvaro vid utskrivning, median"),
            lambda fs: _median([f.closure_absence_pct for f in fs], "%"),
        ),
        (
            Phrase("Frånvaro vid utskrivning, kvartilavstånd"),
            lambda fs: _iqr([f.closure_absence_pct for f in fs], "%"),
        ),
        (
            Phrase("Andel med förbättrad närvaro"),
            lambda fs: _share([f.closure_absence_pct < f.baseline_absence_pct for f in fs]),  # type: ignore[operator]
        ),
        (
            Phrase("Andel gymnasiebehöriga i årskurs 9"),
            lambda fs: _share([bool(f.upper_secondary_eligible) for f in fs]),
        ),
        (
            Phrase("Dagar från aktualisering till plan, median"),
            lambda fs: _median(
                [(f.plan_established_on - f.referral_date).days for f in fs],  # type: ignore[operator]
                "dagar",
            ),
        ),
    ]
    sources = [enrolled, enrolled, closed, closed, both, grade_nine, planned]
    cells = []
    for (_label, measure), source in zip(rows, sources, strict=True):
        per_group = [measure([f for f in source if f.gender is g]) for g in GROUPS]
        cells.append((*per_group, measure(source)))
    return MeasureTable(
        Phrase("Frånvaro, resultat och tid till plan"),
        tuple(label for label, _ in rows),
        tuple(cells),
    )


def _median(values: Sequence[float | int | None], unit: str) -> Measure:
    known = [v for v in values if v is not None]
    return Measure(statistics.median(known) if known else None, len(known), unit)


def _iqr(values: Sequence[float | None], unit: str) -> Measure:
    known = sorted(v for v in values if v is not None)
    if len(known) < 2:
        return Measure(None, len(known), unit)
    q1, _q2, q3 = statistics.quantiles(known, n=4, method="inclusive")
    return Measure(q3 - q1, len(known), unit)


def _share(flags: Sequence[bool]) -> Measure:
    if not flags:
        return Measure(None, 0, "%")
    return Measure(100 * sum(flags) / len(flags), len(flags), "%")
