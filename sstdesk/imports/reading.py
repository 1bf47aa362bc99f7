"""How each column will be read, shown before anything is written. Layer: imports.

`readings` says, column by column, what the import makes of it ("Ogiltig frånvaro –
timmar av schemalagd tid") with the first rows' values converted ("4,5 → 9,4 %"), so
a person sees a misreading in the preview. `concerns` lists what the person should
decide or know: a field two columns could be, a unit the file does not give, a header
and its cells that disagree, a unit chosen against what the file says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sstdesk.domain.formatting import mask_personnummer
from sstdesk.domain.phrase import Joined, Percent, Phrase
from sstdesk.imports.headers import OTHER_NOTES, Unit
from sstdesk.imports.mapping import (
    FIELD_SAID,
    MEASURED,
    ColumnMapping,
    Sense,
    choose,
    senses,
)
from sstdesk.imports.parse import (
    LABELS,
    RowProblem,
    amount_of,
    fmt,
    not_a_student,
    percent_of,
    read_period,
    read_personnummer,
)
from sstdesk.imports.table import Table
from sstdesk.imports.values import UNIT_SAID, clock_readings

SAMPLES = 3

UNIT_HOW = {
    Unit.PERCENT: Phrase("procent"),
    Unit.FRACTION: Phrase("andel, där 0,096 är 9,6 %"),
    Unit.HOURS: Phrase("timmar av schemalagd tid"),
    Unit.MINUTES: Phrase("minuter av schemalagd tid"),
    Unit.LESSONS: Phrase("lektioner av de schemalagda"),
    Unit.DAYS: Phrase("dagar av skoldagarna"),
}


@dataclass(frozen=True)
class ColumnReading:
    index: int
    header: str
    field: str | None  # the first field the column is mapped to
    how: str  # a Phrase: "Ogiltig frånvaro – timmar av schemalagd tid"
    samples: tuple[str, ...]  # the first rows' values as read: "4,5 → 9,4 %"


def sample_rows(
    table: Table, mapping: ColumnMapping, count: int = SAMPLES
) -> list[tuple[str, ...]]:
    """The first rows that are students (not a repeated header, a title or a sum)."""
    found = []
    for _line, cells in table.rows:
        if not_a_student(cells, table, mapping) is None:
            found.append(cells)
            if len(found) == count:
                break
    return found


def readings(
    table: Table,
    mapping: ColumnMapping,
    *,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None = None,
) -> tuple[ColumnReading, ...]:
    rows = sample_rows(table, mapping)
    columns = senses(table)
    fields_of: dict[int, list[str]] = {}
    for name, index in mapping.columns().items():
        fields_of.setdefault(index, []).append(name)
    found = []
    for column in columns:
        names = fields_of.get(column.index, [])
        how = _how(names, column, mapping)
        samples = tuple(
            _sample(names, column.index, cells, table, mapping, today, period or table.period)
            for cells in rows
        )
        found.append(
            ColumnReading(column.index, column.header, names[0] if names else None, how, samples)
        )
    return tuple(found)


def _how(names: list[str], column: Sense, mapping: ColumnMapping) -> str:
    if not names:
        said = column.reading.field
        elsewhere = getattr(mapping, said) if said in FIELD_SAID else None
        if said in FIELD_SAID and elsewhere is not None and elsewhere != column.index:
            return Phrase("Läses inte ({field} läses ur en annan kolumn)", field=FIELD_SAID[said])
        other = column.reading.other
        if other in OTHER_NOTES:
            return Phrase("Läses inte ({what})", what=OTHER_NOTES[other])
        return Phrase("Läses inte")
    name = names[0]
    if name == "personnummer":
        return Phrase("Personnummer")
    if name == "name":
        return Phrase("Namn (jämförs med namnet i registret)")
    if set(names) == {"period_start", "period_end"}:
        return Phrase("Period (från och till i samma cell)")
    if name in ("period_start", "period_end"):
        return Phrase("Period från") if name == "period_start" else Phrase("Period till")
    unit = mapping.unit_of(name)
    if name == "scheduled":
        if unit is None:
            return Phrase("Schemalagd tid – enheten saknas: välj den")
        if not mapping.needs_scheduled():
            return Phrase(
                "Schemalagd tid – {unit} (behövs inte: frånvaron anges i procent)",
                unit=UNIT_SAID[unit],
            )
        return Phrase("Schemalagd tid – {unit}", unit=UNIT_SAID[unit])
    if unit is None:
        return Phrase("{field} – enheten saknas: välj den", field=LABELS[name])
    return Phrase("{field} – {unit}", field=LABELS[name], unit=UNIT_HOW[unit])


def _sample(
    names: list[str],
    index: int,
    cells: Sequence[str],
    table: Table,
    mapping: ColumnMapping,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None,
) -> str:
    raw = cells[index].strip() if index < len(cells) else ""
    if not names:
        return raw or Phrase("(tom)")
    name = names[0]
    try:
        if name == "personnummer":
            return mask_personnummer(read_personnummer(raw, today=today))
        if name == "name":
            return raw or Phrase("(tom)")
        if name in ("period_start", "period_end"):
            start, end = read_period(cells, mapping, table.style, period)
            if set(names) == {"period_start", "period_end"}:
                return f"{start.isoformat()} – {end.isoformat()}"
            return (start if name == "period_start" else end).isoformat()
        if name == "scheduled":
            unit = mapping.unit_of(name)
            value = amount_of(name, cells, mapping, table.style)
            if unit is not None and unit.dimension == "time":
                return Phrase("{raw} → {value} timmar", raw=raw, value=fmt(value / 60))
            return Phrase("{raw} {unit}", raw=raw, unit=UNIT_SAID[unit] if unit else "")
        return Phrase(
            "{raw} → {value}",
            raw=raw,
            value=Percent(round(percent_of(name, cells, mapping, table.style), 1)),
        )
    except RowProblem as problem:
        reason = problem.args[0]
        if raw and raw in str(reason):
            return reason
        return Phrase("{raw}: {problem}", raw=raw or "–", problem=reason)


def concerns(table: Table, mapping: ColumnMapping) -> tuple[str, ...]:
    """What the person should decide or know before importing, in Swedish."""
    found: list[str] = list(table.notes)
    columns = senses(table)
    choice = choose(columns)
    derived = mapping.derived()
    required = ["personnummer", *(n for n in ("valid", "invalid") if n != derived)]
    if derived is not None:
        found.append(
            Phrase(
                "Filen har ingen kolumn med {field}: den räknas som total frånvaro minus {other}.",
                field=FIELD_SAID[derived],
                other=FIELD_SAID["invalid" if derived == "valid" else "valid"],
            )
        )
    if mapping.needs_scheduled():
        required.append("scheduled")
    for name in [*required, "total"]:
        if getattr(mapping, name) is not None:
            continue
        equals = choice.ambiguous.get(name)
        formulas = [c for c in columns if c.field == name and c.uncomputed]
        if formulas and not equals:
            found.extend(_uncomputed(c) for c in formulas)
        elif equals:
            found.append(
                Phrase(
                    "Flera kolumner kan vara {field}: {columns}. Välj den som gäller.",
                    field=FIELD_SAID[name],
                    columns=Joined((f"”{c.header}”" for c in equals), " och "),
                )
            )
        elif name == "total":
            found.extend(
                Phrase(
                    "”{header}” läses inte som total frånvaro: enheten går inte att avgöra. Välj "
                    "den under Kolumner om totalen ska jämföras med giltig och ogiltig frånvaro.",
                    header=c.header,
                )
                for c in columns
                if c.field == "total" and not c.reading.weak and c.unit is None
            )
        else:
            weak = [c for c in columns if c.reading.weak]
            if name == "scheduled" and weak:
                found.extend(
                    Phrase(
                        "”{header}” kan vara total frånvaro eller schemalagd tid: välj själv.",
                        header=c.header,
                    )
                    for c in weak
                )
            else:
                found.append(
                    Phrase(
                        "Ingen kolumn ser ut att innehålla {field}: välj den under Kolumner.",
                        field=FIELD_SAID[name],
                    )
                )
    for name, index in mapping.columns().items():
        if index >= len(columns):
            continue
        column = columns[index]
        header = column.header or f"kolumn {index + 1}"
        if column.uncomputed:
            found.append(_uncomputed(column))
        said = column.reading.field
        fits = said == name or (said == "period" and name in ("period_start", "period_end"))
        if not fits and column.reading.other in OTHER_NOTES and not column.reading.weak:
            found.append(
                Phrase(
                    "”{header}” ser ut att vara {what}, inte {field}.",
                    header=header,
                    what=OTHER_NOTES[column.reading.other],
                    field=FIELD_SAID[name],
                )
            )
        elif not fits and said in FIELD_SAID:
            found.append(
                Phrase(
                    "”{header}” ser ut att vara {what}, inte {field}.",
                    header=header,
                    what=FIELD_SAID[said],
                    field=FIELD_SAID[name],
                )
            )
        if name not in MEASURED or (name == "scheduled" and not mapping.needs_scheduled()):
            continue
        chosen = mapping.unit_of(name)
        clock = column.clock_like or table.profile_of(index).clock_like
        if clock and (column.clock_like and chosen is None or chosen is Unit.HOURS):
            hours, minutes, decimal = clock_readings(clock)
            found.append(
                Phrase(
                    "{doubt} Välj enheten Timmar för {field} om talen är decimaltimmar; "
                    "betyder de timmar och minuter, exportera tiden som {hours}:{minutes} och "
                    "läs in filen igen.",
                    doubt=column.doubt,
                    field=FIELD_SAID[name],
                    hours=hours,
                    minutes=minutes,
                )
                if chosen is None
                else Phrase(
                    "”{header}” läses som decimaltimmar: {value} blir {decimal} tim, inte "
                    "{hours} tim {minutes} min.",
                    header=header,
                    value=clock,
                    decimal=decimal,
                    hours=hours,
                    minutes=minutes,
                )
            )
        elif chosen is None:
            found.append(
                Phrase(
                    "{doubt} Välj enheten för {field}.", doubt=column.doubt, field=FIELD_SAID[name]
                )
                if column.doubt
                else Phrase(
                    "Enheten för ”{header}” står varken i rubriken eller i cellerna: välj den.",
                    header=header,
                )
            )
        elif column.unit is not None and column.unit is not chosen:
            found.append(
                Phrase(
                    "”{header}” läses som {chosen}, men filen anger {said}.",
                    header=header,
                    chosen=UNIT_SAID[chosen],
                    said=UNIT_SAID[column.unit],
                )
            )
    if mapping.period_start is None and table.period is None:
        found.append(Phrase("Filen anger ingen period: ange vilken period närvaron gäller."))
    return tuple(dict.fromkeys(found))


def _uncomputed(column: Sense) -> Phrase:
    return Phrase(
        "”{header}” innehåller formler som aldrig har räknats ut, så cellerna är tomma (filen "
        "är skapad av ett program och inte sparad i Excel). Öppna filen i Excel, spara den och "
        "läs in den igen.",
        header=column.header or f"kolumn {column.index + 1}",
    )
