"""Small-cell suppression for what leaves the laptop (R10), as statistical offices do it.

Primary: a count of 1–4 students is shown as "<5". Secondary: the cells hidden so
that no primary cell can be worked out, by subtraction or by linear programming
over every table of the school year put side by side, are shown as "..". The
pattern is computed once per cube (`protect.py`), so every table, scope and
period of the year shows the same cells hidden. A measure resting on fewer than
five students is hidden as "<5" too.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from sstdesk.domain.phrase import Phrase
from sstdesk.stats.cube import Cube, Groups, Key
from sstdesk.stats.indicators import INTERVENTIONS, Report
from sstdesk.stats.marks import MIN_CELL, Mark
from sstdesk.stats.tables import CountTable, Measure, MeasureTable, Ref, format_measure

RULE = Phrase(
    "Röjandekontroll: celler med 1–4 elever visas som ”<5”. Celler som döljs för att en "
    "dold siffra annars kunde räknas fram ur summor eller ur andra tabeller för läsåret "
    "visas som ”..”. Vilka celler som döljs beräknas en gång för hela läsåret, per skola "
    "eller stadsdel, årskurs och kön, så att alla tabeller och perioder skyddas tillsammans, "
    "och det som tidigare exporter av läsåret har visat räknas som känt. "
    "Mått som vilar på färre än fem elever, eller på ett antal som döljs, visas som ”..”, "
    "och en andel bara där både antalet med och antalet utan egenskapen visas."
)
CITY_RULE = Phrase(
    "Röjandekontroll: staden visar bara summor av det som varje team redan visar i sin egen "
    "statistik. En summa där något teams del är dold visas som ”..”, och en stadsdel med ett "
    "enda team visar teamets egna markeringar (”<5” eller ”..”). Så kan inget dolt tal räknas "
    "fram genom att lägga stadens och teamens tabeller bredvid varandra. Vilka celler som "
    "döljs beräknas en gång för hela läsåret."
)
SCOPED_OUT = Phrase(
    "Insatser per slag redovisas bara för hela teamet: per skola eller årskurs blir "
    "nästan alla celler för små för att visas."
)


@dataclass(frozen=True)
class Pattern:
    """The hidden cells of every cube of a report: the one pattern its tables share."""

    cubes: dict[str, Cube]
    marks: dict[str, dict[Key, Mark]]

    def mark(self, ref: Ref) -> Mark | None:
        name, key = ref
        cube = self.cubes.get(name)
        cell = cube.canonical(key) if cube is not None else None
        return None if cell is None else self.marks[name].get(cell)

    def hidden(self) -> int:
        return sum(len(m) for m in self.marks.values())


Kept = Mapping[Key, Mark] | frozenset[Key]  # cells hidden before (a bare set: "..")


def pattern(
    report: Report,
    keep: Mapping[str, Kept] | None = None,
    shown: frozenset[str] = frozenset(),
) -> Pattern:
    """The report's pattern: the same for every scope and period of its school year (the
    city's comes decided with its report). `keep`: cells hidden in earlier exports;
    `shown`: the terms (first days) earlier exports published, whose cells are known."""
    cubes = {c.name: c for c in report.cubes}
    if report.marks is not None:
        return Pattern(cubes, report.marks)
    kept = keep or {}
    return Pattern(
        cubes,
        {c.name: protected(c, kept.get(c.name, frozenset()), shown) for c in report.cubes},
    )


def protected(
    cube: Cube, keep: Kept = frozenset(), shown: frozenset[str] = frozenset()
) -> dict[Key, Mark]:
    """`protect`, solved once for the same cube: a PDF and a CSV of the same year, or the
    year's every school and term, share one solution. Every cell of a term in `shown`
    that is not kept hidden counts as known: an earlier file may have printed it."""
    at = 1 if cube.name == INTERVENTIONS else 0  # where the term is in the cube's keys
    marks = keep if isinstance(keep, Mapping) else dict.fromkeys(keep, Mark.SECONDARY)
    known = frozenset(c for c in cube.values() if c[at] in shown and c not in marks)
    return _protected(
        cube.name,
        cube.dims,
        frozenset(cube.counts.items()),
        cube.groups,
        frozenset(marks.items()),
        known,
    )


@functools.lru_cache(maxsize=16)
def _protected(
    name: str,
    dims: tuple[tuple[str, ...], ...],
    counts: frozenset[tuple[Key, int]],
    groups: tuple[Groups, ...],
    keep: frozenset[tuple[Key, Mark]],
    known: frozenset[Key],
) -> dict[Key, Mark]:
    from sstdesk.stats.protect import protect  # the solver: loaded when a pattern is needed

    return protect(Cube(name, dims, dict(counts), groups), dict(keep), known)


def rule_of(report: Report) -> str:
    """The rule the report's tables were suppressed by, to print with them."""
    return CITY_RULE if report.marks is not None else RULE


def exported(table: CountTable) -> bool:
    """Is the table derived from the cubes, and so protected and exportable?"""
    return bool(table.refs)


def shown_counts(table: CountTable, pattern: Pattern | None) -> list[list[str]]:
    """The table's cells as text: all numbers (None: on screen), or with the marks."""
    grid = table.grid()
    if pattern is None:
        return [[str(v) for v in row] for row in grid]
    if not exported(table):
        raise ValueError("a table not derived from the cubes cannot be suppressed")
    return [
        [
            (m.value if (m := pattern.mark(ref)) else str(v))
            for v, ref in zip(row, refs, strict=True)
        ]
        for row, refs in zip(grid, table.refs, strict=True)
    ]


def shown_measures(table: MeasureTable, pattern: Pattern | None) -> list[list[str]]:
    """The measures as text: all (None: on screen), or ".." where one rests on fewer than
    five students or on a count the pattern hides (for a share: its count of those with
    the trait, or of those without)."""
    if pattern is None:
        return [[format_measure(m) for m in row] for row in table.cells]
    refs = table.refs or tuple((None,) * len(row) for row in table.cells)
    sides = table.sides or tuple(((),) * len(row) for row in table.cells)

    def hidden(m: Measure, ref: Ref | None, side: tuple[Ref, ...]) -> bool:
        if m.n < MIN_CELL or (ref is not None and pattern.mark(ref)):
            return True
        return any(pattern.mark(r) for r in side)

    return [
        [
            Mark.SECONDARY.value if m.n and hidden(m, ref, side) else format_measure(m)
            for m, ref, side in zip(row, row_refs, row_sides, strict=True)
        ]
        for row, row_refs, row_sides in zip(table.cells, refs, sides, strict=True)
    ]
