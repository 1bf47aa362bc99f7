"""The two kinds of table the statistics give, and how they are shown.

A count table has a column per gender group and a total; a measure table
(medians, shares, days) keeps beside each value the number of students it
rests on, so a value resting on fewer than five can be suppressed too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sstdesk.domain.phrase import Phrase
from sstdesk.stats.cube import Key
from sstdesk.stats.facts import GenderGroup

GROUPS = tuple(GenderGroup)
TOTAL = Phrase("Totalt")

# A published cell's place in the finest table: the cube's name and the cell's key.
Ref = tuple[str, Key]


@dataclass(frozen=True)
class CountTable:
    title: str
    rows: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # one row per label, one column per GenderGroup
    column_totals: bool = True  # False where rows overlap (one student in several rows)
    # Each cell of `grid()` as a cell of the period's cubes; empty when the table is not
    # derived from them, and then it is shown on screen only, never exported.
    refs: tuple[tuple[Ref, ...], ...] = ()

    def grid(self) -> list[list[int]]:
        """Counts with the row totals as last column and, if any, the totals as last row."""
        body = [[*row, sum(row)] for row in self.counts]
        if self.column_totals:
            body.append([sum(col) for col in zip(*body, strict=True)] if body else [0] * 4)
        return body

    def labels(self) -> list[str]:
        return [*self.rows, TOTAL] if self.column_totals else list(self.rows)


@dataclass(frozen=True)
class Measure:
    value: float | None  # None when there is nothing to measure
    n: int  # students it rests on
    unit: str  # "%", "dagar", "" …


@dataclass(frozen=True)
class MeasureTable:
    title: str
    rows: tuple[str, ...]
    cells: tuple[tuple[Measure, ...], ...]  # GenderGroup columns, then the total
    # The count each measure is taken over (inskrivna, utskrivna …), as a cell of the
    # cubes: where that count is hidden, so is the measure (a share gives away its
    # denominator). None where it rests on no published count.
    refs: tuple[tuple[Ref | None, ...], ...] = ()
    # A share's two counts, with the trait and without, as cells of the cubes: where
    # either is hidden, so is the share (it would give both away).
    sides: tuple[tuple[tuple[Ref, ...], ...], ...] = ()


def header() -> list[str]:
    return [g.label for g in GROUPS] + [TOTAL]


def format_measure(m: Measure) -> str:
    if m.value is None:
        return "–"
    text = f"{m.value:.1f}".replace(".", ",").removesuffix(",0")
    return f"{text} {m.unit}".strip()
