"""The indicators of GLOSSARY.md "Statistics", for one period, split by kön.

Counted by the day each event happened: a student aktualiserad in the period,
inskriven in it, utskriven in it, booster held in it. Absence at enrolment is
measured for those inskrivna in the period, absence at closure and
improvement for those utskrivna in it.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sstdesk.domain.codes import InterventionKind
from sstdesk.domain.phrase import Phrase
from sstdesk.stats.cube import ALL, Cube, Key
from sstdesk.stats.facts import CaseFacts, GenderGroup, Period
from sstdesk.stats.marks import Mark
from sstdesk.stats.tables import GROUPS, CountTable, Measure, MeasureTable, Ref

UNKNOWN_SCHOOL = Phrase("Okänd skola")
INTERVENTIONS = "interventions"

# The flows: a cube each, by term × school × årskurs × kön, counted on the day of the event.
EVENTS: tuple[tuple[str, str, Callable[[CaseFacts], dt.date | None]], ...] = (
    ("referred", Phrase("Aktualiserade"), lambda f: f.referral_date),
    ("enrolled", Phrase("Inskrivna"), lambda f: f.enrolled_on),
    ("closed", Phrase("Utskrivna"), lambda f: f.closed_on),
    ("booster", Phrase("Boosterträff hållen"), lambda f: f.booster_held_on),
)


@dataclass(frozen=True)
class Report:
    period: Period
    scope: str  # "Alla skolor", or the school's name
    flows: CountTable
    by_school: CountTable
    by_grade: CountTable
    interventions: CountTable
    measures: MeasureTable
    # The finest tables of the period's school year, which every count above is read from.
    cubes: tuple[Cube, ...] = field(default=(), compare=False)
    title: str = Phrase("Uppföljning skolsocialt team")
    # The hidden cells, where decided with the report (the city's); else `suppress.py`
    # computes them from the cubes.
    marks: dict[str, dict[Key, Mark]] | None = field(default=None, compare=False)

    def count_tables(self) -> tuple[CountTable, ...]:
        return (self.flows, self.by_school, self.by_grade, self.interventions)


def cubes(facts: Sequence[CaseFacts], period: Period) -> tuple[Cube, ...]:
    """The finest tables of the period's group (a term's school year, or the period)."""
    terms = period.group()

    def term(day: dt.date | None) -> str | None:
        return next((t.start.isoformat() for t in terms if day in t), None)

    found = []
    for name, _label, when in EVENTS:
        events = [
            (slot, f.school_id, str(f.grade), f.gender.value)
            for f in facts
            if (slot := term(when(f))) is not None
        ]
        found.append(Cube.of(name, events, 4))
    # Insatser by kind only for the whole team: by school and årskurs as well they would
    # be a table of five dimensions, nearly all of it small cells.
    # A student counts once per kind and term, however many insatser of it began.
    insatser = []
    for f in facts:
        started = {(i.kind.value, term(i.start_on)) for i in f.interventions}
        insatser += [(kind, slot, f.gender.value) for kind, slot in started if slot is not None]
    found.append(Cube.of(INTERVENTIONS, insatser, 3))
    # A share shows how many have the trait and how many have not: both are counts, and
    # protected as counts, so a share is shown only where both are (83 % of 6 is 5 and 1).
    for name, (whom, trait) in SHARES.items():
        for has, cube_name in ((True, name), (False, f"not_{name}")):
            sides = [
                (slot, f.school_id, str(f.grade), f.gender.value)
                for f in facts
                if whom(f) and bool(trait(f)) is has and (slot := term(f.closed_on)) is not None
            ]
            found.append(Cube.of(cube_name, sides, 4))
    return tuple(found)


# The shares among the utskrivna: who the share is taken over, and the trait counted.
SHARES: dict[str, tuple[Callable[[CaseFacts], bool], Callable[[CaseFacts], object]]] = {
    "improved": (
        lambda f: f.baseline_absence_pct is not None and f.closure_absence_pct is not None,
        lambda f: f.closure_absence_pct < f.baseline_absence_pct,  # type: ignore[operator]
    ),
    "eligible": (
        lambda f: f.grade == 9 and f.upper_secondary_eligible is not None,
        lambda f: f.upper_secondary_eligible,
    ),
}


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
    known = period.standard()
    slot = known.start.isoformat() if known is not None and known in period.group() else ALL
    school = school_id if school_id is not None else ALL
    year = str(grade) if grade is not None else ALL

    def refs(name: str, keys: Iterable[tuple[str, str]]) -> tuple[tuple[Ref, ...], ...]:
        """Each row's cells, for (school, årskurs) pairs, one per kön and the total."""
        return tuple(
            tuple((name, (slot, s, g, group)) for group in (*(x.value for x in GROUPS), ALL))
            for s, g in keys
        )

    referred = [f for f in chosen if f.referral_date in period]
    schools = sorted(
        {f.school_id for f in referred},
        key=lambda i: (school_names.get(i, UNKNOWN_SCHOOL).casefold(), i),
    )
    grades = sorted({f.grade for f in referred})
    flows = CountTable(
        Phrase("Elever under perioden"),
        tuple(label for _name, label, _when in EVENTS),
        tuple(_by_gender(f for f in chosen if when(f) in period) for _n, _l, when in EVENTS),
        column_totals=False,
        refs=tuple(refs(name, [(school, year)])[0] for name, _l, _w in EVENTS),
    )
    return Report(
        period=period,
        scope=scope,
        flows=flows,
        by_school=CountTable(
            Phrase("Aktualiserade per skola"),
            tuple(school_names.get(i, UNKNOWN_SCHOOL) for i in schools),
            tuple(_by_gender(f for f in referred if f.school_id == i) for i in schools),
            refs=refs("referred", [*((i, year) for i in schools), (school, year)]),
        ),
        by_grade=CountTable(
            Phrase("Aktualiserade per årskurs"),
            tuple(Phrase("Årskurs {grade}", grade=g) for g in grades),
            tuple(_by_gender(f for f in referred if f.grade == g) for g in grades),
            refs=refs("referred", [*((school, str(g)) for g in grades), (school, year)]),
        ),
        interventions=_interventions(
            chosen, period, slot=slot, team_wide=school_id is None and grade is None
        ),
        measures=_with_counts(_measures(chosen, period), slot, school, year),
        cubes=cubes(facts, period),
    )


def _by_gender(facts: Iterable[CaseFacts]) -> tuple[int, ...]:
    counts = dict.fromkeys(GROUPS, 0)
    for f in facts:
        counts[f.gender] += 1
    return tuple(counts[g] for g in GROUPS)


def _interventions(
    facts: Sequence[CaseFacts], period: Period, *, slot: str, team_wide: bool
) -> CountTable:
    """Students with an insats started in the period, by kind and kön: once per kind and
    term, as the cube counts them, so a school year's row is its terms' rows added up (a
    student who begins the same kind again in VT counts in both, as the cube the hidden
    cells are decided on does)."""
    terms = period.group()

    def term(day: dt.date) -> Period | None:
        return next((t for t in terms if day in t), None)

    counts: dict[InterventionKind, dict[GenderGroup, int]] = {}
    for f in facts:
        started = {(i.kind, term(i.start_on)) for i in f.interventions if i.start_on in period}
        for kind, _term in started:
            counts.setdefault(kind, dict.fromkeys(GROUPS, 0))[f.gender] += 1
    kinds = [k for k in InterventionKind if k in counts]
    columns = (*(g.value for g in GROUPS), ALL)
    keys: list[Key] = [(k.value, slot, c) for k in kinds for c in columns]
    keys += [(ALL, slot, c) for c in columns]
    return CountTable(
        Phrase("Insatser som påbörjats, per slag"),
        tuple(Phrase("{kind}", kind=k) for k in kinds),
        tuple(tuple(counts[k][g] for g in GROUPS) for k in kinds),
        refs=tuple(
            tuple((INTERVENTIONS, keys[r * 4 + c]) for c in range(4)) for r in range(len(kinds) + 1)
        )
        if team_wide
        else (),
    )


# The count behind each row of the measures: (cube, årskurs) or None.
MEASURED: tuple[tuple[str, str | None] | None, ...] = (
    ("enrolled", None),
    ("enrolled", None),
    ("closed", None),
    ("closed", None),
    ("closed", None),
    ("closed", "9"),
    None,
)


# The counts a share's row also rests on: those with the trait and those without.
SHARED: tuple[tuple[str, str | None] | None, ...] = (
    None,
    None,
    None,
    None,
    ("improved", None),
    ("eligible", "9"),
    None,
)


def _with_counts(table: MeasureTable, slot: str, school: str, year: str) -> MeasureTable:
    columns = (*(g.value for g in GROUPS), ALL)
    refs = tuple(
        tuple((m[0], (slot, school, m[1] or year, c)) for c in columns)
        if m is not None
        else (None,) * len(columns)
        for m in MEASURED
    )
    sides = tuple(
        tuple(
            tuple((name, (slot, school, m[1] or year, c)) for name in (m[0], f"not_{m[0]}"))
            for c in columns
        )
        if m is not None
        else ((),) * len(columns)
        for m in SHARED
    )
    return MeasureTable(table.title, table.rows, table.cells, refs, sides)


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
