"""Which column holds what, in which unit: guessed from the headers and the cells,
corrected by the person, remembered per school by header name and position (`recall`:
a column moved or a name repeated is never followed to another column; the person is
asked again). Layer: imports.

The guess never picks between equals: two columns that could both be the giltig
frånvaro (an HT and a VT column) leave the field for the person, and a column whose
unit neither the header nor the cells give is mapped without a unit, which
`ColumnMapping.missing` then asks for. A percentage column is preferred over the same
figure in hours, minutes or lessons (it needs no scheduled time to be read).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sstdesk.domain.phrase import Joined, Phrase
from sstdesk.imports.headers import HeaderReading, Unit, classify, words
from sstdesk.imports.values import UNIT_SAID, Profile, clock_readings

if TYPE_CHECKING:
    from sstdesk.imports.table import Table

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "Recalled",
    "Sense",
    "Unit",
    "guess",
    "guess_table",
    "recall",
    "senses",
]

# The fields a column can be mapped to, with their Swedish names for the mapping step.
FIELDS: dict[str, str] = {
    "personnummer": "Personnummer",
    "name": "Namn",
    "period_start": "Period från",
    "period_end": "Period till",
    "total": "Total frånvaro",
    "valid": "Giltig frånvaro",
    "invalid": "Ogiltig frånvaro",
    "scheduled": "Schemalagd tid (minuter eller lektioner)",
}
ABSENCE = ("valid", "invalid", "total")
MEASURED = (*ABSENCE, "scheduled")

# The fields as a sentence names them.
FIELD_SAID: dict[str, Phrase] = {
    "personnummer": Phrase("personnummer"),
    "name": Phrase("namn"),
    "period_start": Phrase("period från"),
    "period_end": Phrase("period till"),
    "total": Phrase("total frånvaro"),
    "valid": Phrase("giltig frånvaro"),
    "invalid": Phrase("ogiltig frånvaro"),
    "scheduled": Phrase("schemalagd tid"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """Column indexes (None: not in the file) and the unit of each measured column."""

    personnummer: int | None = None
    name: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    total: int | None = None
    valid: int | None = None
    invalid: int | None = None
    scheduled: int | None = None
    units: dict[str, Unit] = field(default_factory=dict)

    def unit_of(self, name: str) -> Unit | None:
        return self.units.get(name) if getattr(self, name) is not None else None

    def needs_scheduled(self) -> set[str]:
        """The dimensions ("time", "lessons", "days") the absence is given in that need a
        scheduled time to become percentages."""
        return {
            unit.dimension
            for name in ABSENCE
            if (unit := self.unit_of(name)) is not None and unit.dimension != "share"
        }

    def derived(self) -> str | None:
        """The absence the file leaves out and the total gives: "valid" for a file of total
        and "varav ogiltig" (total minus ogiltig), "invalid" for total and giltig."""
        if self.total is None:
            return None
        if self.valid is None and self.invalid is not None:
            return "valid"
        if self.invalid is None and self.valid is not None:
            return "invalid"
        return None

    def missing(self) -> list[Phrase]:
        """What the mapping still lacks, in Swedish; empty when it can be used."""
        lacking: list[Phrase] = []
        if self.personnummer is None:
            lacking.append(Phrase("kolumnen med personnummer"))
        if (self.valid is None or self.invalid is None) and self.derived() is None:
            lacking.append(
                Phrase(
                    "kolumnerna med giltig och ogiltig frånvaro (eller total frånvaro och en "
                    "av dem)"
                )
            )
        for name in ABSENCE:
            if getattr(self, name) is not None and self.unit_of(name) is None:
                lacking.append(Phrase("enheten för {field}", field=FIELD_SAID[name]))
        dimensions = self.needs_scheduled()
        if dimensions:
            unit = self.unit_of("scheduled")
            if self.scheduled is None:
                lacking.append(
                    Phrase("kolumnen med schemalagd tid (frånvaron anges inte i procent)")
                )
            elif unit is None:
                lacking.append(Phrase("enheten för den schemalagda tiden"))
            elif unit.dimension == "share":
                lacking.append(Phrase("en schemalagd tid i timmar, minuter, lektioner eller dagar"))
            elif len(dimensions) > 1 or unit.dimension not in dimensions:
                lacking.append(
                    Phrase(
                        "frånvaro och schemalagd tid i samma slags enhet (tid, lektioner "
                        "eller dagar)"
                    )
                )
        if (self.period_start is None) != (self.period_end is None):
            lacking.append(Phrase("både period från och period till (eller ingen av dem)"))
        return lacking

    def columns(self) -> dict[str, int]:
        return {f: i for f in FIELDS if (i := getattr(self, f)) is not None}

    def with_column(self, name: str, index: int | None, unit: Unit | None = None) -> ColumnMapping:
        units = {k: v for k, v in self.units.items() if k != name}
        if index is not None and unit is not None:
            units[name] = unit
        return replace(self, **{name: index}, units=units)

    def to_json(self, headers: tuple[str, ...]) -> str:
        """Remembered by header name and position, with the whole header row, so that a
        name the file repeats ("Frånvaro %" under HT and under VT) is told apart."""
        named = {
            f: {"name": headers[i], "position": i}
            for f, i in self.columns().items()
            if i < len(headers)
        }
        units = {f: u.value for f, u in self.units.items() if f in named}
        return json.dumps(
            {"version": 2, "headers": list(headers), "columns": named, "units": units},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, headers: tuple[str, ...]) -> ColumnMapping | None:
        """The remembered mapping if it still fits the file (see `recall`), else None."""
        return recall(text, headers).mapping


@dataclass(frozen=True)
class Recalled:
    """A remembered mapping held against a file: the mapping when every remembered
    column is where it was and can be no other, else None and why not (`misfits`)."""

    mapping: ColumnMapping | None
    misfits: tuple[Phrase, ...] = ()

    def concern(self) -> Phrase | None:
        """What the person is told when the remembered choice did not fit."""
        if not self.misfits:
            return None
        return Phrase(
            "Kolumnerna som valdes för skolan förra gången passar inte den här filen "
            "({why}). Kolumnerna är gissade på nytt: kontrollera varje val innan du "
            "förhandsgranskar.",
            why=Joined(self.misfits, "; "),
        )


def _same(header: str) -> str:
    return " ".join(header.split()).casefold()


def recall(text: str, headers: tuple[str, ...]) -> Recalled:
    """The mapping remembered for a school, held against the file's headers.

    A column is found by its name at its remembered position, and only when the name
    is there once, or when the file's whole header row is the one remembered. A name
    found at another position or more than once, or not at all, is not guessed at: the
    remembered mapping is not used, and `misfits` says why. The name-only memory of
    earlier versions is used only where every name is in the file exactly once.
    """
    try:
        saved = json.loads(text)
        columns: dict[str, int] = {}
        misfits: list[Phrase] = []
        row = saved.get("headers")  # not in a memory of the old kind
        same_row = isinstance(row, list) and [_same(h) for h in row] == [_same(h) for h in headers]
        for name, held in saved["columns"].items():
            if name not in FIELDS:
                continue
            if isinstance(held, str):  # the old kind: by name alone
                header, position = held, None
            else:
                header, position = str(held["name"]), int(held["position"])
            found = [i for i, h in enumerate(headers) if _same(h) == _same(header)]
            problem = _misfit(header, position, found, same_row)
            if problem is None:
                columns[name] = position if position is not None else found[0]
            else:
                misfits.append(
                    Phrase("{field}: {problem}", field=FIELD_SAID[name], problem=problem)
                )
        if misfits:
            return Recalled(None, tuple(misfits))
        if "units" in saved:
            units = {f: Unit(u) for f, u in saved["units"].items() if f in columns}
        else:  # remembered before units were per column: one unit for the absence
            old = Unit(saved["unit"])
            units = {f: old for f in ABSENCE if f in columns}
            if old is not Unit.PERCENT and "scheduled" in columns:
                units["scheduled"] = old
        return Recalled(ColumnMapping(**columns, units=units))
    except (ValueError, KeyError, TypeError, AttributeError):
        return Recalled(None)  # not readable as a mapping: as if nothing was remembered


def _misfit(header: str, position: int | None, found: list[int], same_row: bool) -> Phrase | None:
    """Why a remembered column cannot be taken as the file's, or None when it can."""
    shown = f"”{header}”"
    if not header.strip():
        return Phrase("valdes i en kolumn utan rubrik")
    if not found:
        return Phrase("{header} finns inte i filen", header=shown)
    if position is None:  # remembered by name alone
        if len(found) > 1:
            return Phrase("{header} finns i flera kolumner", header=shown)
        return None
    if position not in found:
        return Phrase(
            "{header} står i kolumn {now}, inte i kolumn {then} som förra gången",
            header=shown,
            now=Joined((str(i + 1) for i in found), " och "),
            then=str(position + 1),
        )
    if len(found) > 1 and not same_row:
        return Phrase("{header} finns i flera kolumner", header=shown)
    return None


# -- what each column is ----------------------------------------------------------------


@dataclass(frozen=True)
class Sense:
    """A column as the guess sees it: what its header says, the unit header and cells
    agree on (None when neither says, or they disagree), and a doubt to show."""

    index: int
    header: str
    reading: HeaderReading
    unit: Unit | None
    doubt: Phrase | None = None
    clock_like: str = ""  # the doubt: a cell of hours that may be hours and minutes
    empty: bool = False  # no cell of the column is filled
    uncomputed: bool = False  # ...for they are formulas never computed (Table.uncomputed)

    @property
    def field(self) -> str | None:
        return self.reading.field


def sense(index: int, header: str, cells: Profile | None = None) -> Sense:
    reading = classify(header)
    said = reading.unit
    shown = cells.unit if cells is not None else None
    label = header or f"kolumn {index + 1}"

    def doubted(doubt: Phrase, clock: str = "") -> Sense:
        """No unit, and why: the person chooses it."""
        return Sense(index, header, reading, None, doubt, clock)

    if reading.unit_conflict:
        return doubted(
            Phrase("Rubriken ”{header}” nämner två olika enheter.", header=label),
        )
    if cells is not None and cells.mixed:
        return doubted(
            Phrase("Cellerna i ”{header}” blandar procent, tider och antal.", header=label),
        )
    if said is not None and shown is not None and said.dimension != shown.dimension:
        return doubted(
            Phrase(
                "Rubriken ”{header}” anger {said}, men cellerna är {shown}.",
                header=label,
                said=UNIT_SAID[said],
                shown=UNIT_SAID[shown],
            ),
        )
    if said is Unit.MINUTES and cells is not None and cells.clock:
        # "12:30" under "(min)": 12 h 30 min, as a clock is read, or 12 min 30 s?
        return doubted(
            Phrase(
                "”{header}” anger minuter, men cellerna är skrivna som tider ({value}): "
                "timmar och minuter, eller minuter och sekunder?",
                header=label,
                value=cells.clock,
            ),
        )
    unit = said or shown
    clock = cells.clock_like if cells is not None else ""
    if unit is Unit.HOURS and clock:
        hours, minutes, decimal = clock_readings(clock)
        return doubted(
            Phrase(
                "”{header}”: {value} kan betyda {hours} tim {minutes} min eller {decimal} tim.",
                header=label,
                value=clock,
                hours=hours,
                minutes=minutes,
                decimal=decimal,
            ),
            clock,
        )
    if unit is Unit.PERCENT and shown is None and cells is not None and cells.at_most_one:
        return doubted(
            Phrase(
                "Alla värden i ”{header}” är 1 eller mindre: är de procent, eller andelar där "
                "0,096 betyder 9,6 %?",
                header=label,
            ),
        )
    return Sense(index, header, reading, unit)


def senses(table: Table) -> tuple[Sense, ...]:
    """Every column; the cells are looked at where a unit is needed (absence, time)."""
    found: list[Sense] = []
    for index, header in enumerate(table.headers):
        reading = classify(header)
        measured = reading.field in MEASURED
        column = sense(index, header, table.profile_of(index) if measured else None)
        if measured and table.profile_of(index).filled == 0:
            column = replace(column, empty=True, uncomputed=index in table.uncomputed)
        found.append(_part_of(column, found))
    return tuple(found)


def _part_of(column: Sense, before: list[Sense]) -> Sense:
    """A "Varav giltig" column is a part of the column before it, in its unit:
    "Frånvaro (tim)", "Varav giltig", "Varav ogiltig"."""
    if column.unit is not None or column.doubt is not None or column.field not in ABSENCE:
        return column
    if not words(column.header)[:1] == ["varav"]:
        return column
    whole = next((c for c in reversed(before) if words(c.header)[:1] != ["varav"]), None)
    if whole is None or whole.field not in ABSENCE or whole.unit is None:
        return column
    return replace(column, unit=whole.unit)


# -- the guess ------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    mapping: ColumnMapping
    ambiguous: dict[str, tuple[Sense, ...]]  # field -> the equals the guess left


def guess(headers: Sequence[str]) -> ColumnMapping:
    """The likeliest mapping from the header texts alone; the person checks it."""
    return choose(tuple(sense(i, h) for i, h in enumerate(headers))).mapping


def guess_table(table: Table) -> ColumnMapping:
    """The likeliest mapping from the headers and what the cells show."""
    return choose(senses(table)).mapping


_RANK = {"share": 0, "time": 1, "lessons": 2, "days": 2}
_NAME_RANK = {"full": 0, "last": 1, "first": 2}


def choose(columns: Sequence[Sense]) -> Choice:
    by_field: dict[str, list[Sense]] = {}
    for column in columns:
        if column.field and not column.reading.weak and not column.uncomputed:
            by_field.setdefault(column.field, []).append(column)
    for name, candidates in by_field.items():  # an empty column is no one's first choice
        if any(c.empty for c in candidates) and not all(c.empty for c in candidates):
            by_field[name] = [c for c in candidates if not c.empty]
    chosen: dict[str, int] = {}
    units: dict[str, Unit] = {}
    ambiguous: dict[str, tuple[Sense, ...]] = {}

    def take(name: str, candidates: list[Sense]) -> None:
        if len(candidates) == 1:
            chosen[name] = candidates[0].index
            if candidates[0].unit is not None:
                units[name] = candidates[0].unit
        elif candidates:
            ambiguous[name] = tuple(candidates)

    take("personnummer", by_field.get("personnummer", []))
    names = by_field.get("name", [])
    if names:
        best = min(_NAME_RANK.get(c.reading.name_kind, 0) for c in names)
        first = [c for c in names if _NAME_RANK.get(c.reading.name_kind, 0) == best][0]
        chosen["name"] = first.index  # a name is only compared: the first of equals will do
    starts, ends = by_field.get("period_start", []), by_field.get("period_end", [])
    if starts or ends:
        take("period_start", starts)
        take("period_end", ends)
    else:
        ranges = by_field.get("period", [])
        take("period_start", ranges)
        take("period_end", ranges)
    for name in ABSENCE:
        candidates = by_field.get(name, [])
        if name == "total":  # only a check: never without its unit
            candidates = [c for c in candidates if c.unit is not None]
        if candidates:
            best = min(_rank(c) for c in candidates)
            take(name, [c for c in candidates if _rank(c) == best])
    mapping = ColumnMapping(**chosen, units=units)
    needed = mapping.needs_scheduled()
    scheduled = by_field.get("scheduled", [])
    if needed:
        fitting = [c for c in scheduled if c.unit is not None and c.unit.dimension in needed]
        unknown = [c for c in scheduled if c.unit is None]
        take("scheduled", fitting or unknown)
    elif len(scheduled) == 1:
        take("scheduled", scheduled)
    return Choice(ColumnMapping(**chosen, units=units), ambiguous)


def _rank(column: Sense) -> int:
    return _RANK[column.unit.dimension] if column.unit is not None else 3


def suggested_unit(table: Table, index: int) -> Unit | None:
    """The unit a column's header and cells agree on, for a column the person chose."""
    if not 0 <= index < len(table.headers):
        return None
    return sense(index, table.headers[index], table.profile_of(index)).unit
