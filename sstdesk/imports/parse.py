"""Rows of a table, through a column mapping, into attendance rows or row errors.

Every row ends up in exactly one of the two lists; an error names the line in
the file and says in Swedish what is wrong with it. Nothing here knows which
students the vault holds.

Each measured column is read in its own unit (mapping.units): percent and shares as
they are, hours, minutes, lessons and days against the row's scheduled time of the
same kind. A row whose figures do not hold together (more absence than was scheduled,
giltig and ogiltig above the total) is refused, never written rounded into shape.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sstdesk.domain.errors import PersonnummerError
from sstdesk.domain.personnummer import parse as parse_personnummer
from sstdesk.domain.phrase import Phrase
from sstdesk.imports.mapping import FIELD_SAID, ColumnMapping
from sstdesk.imports.table import Table
from sstdesk.imports.values import Style, ValueProblem, amount, dates_in

TOLERANCE_PCT = 0.6  # rounding in the schools' exports: 12,3 + 4,5 may be shown as 16,9


@dataclass(frozen=True)
class AttendanceRow:
    line: int
    personnummer: str
    name: str
    period_start: dt.date
    period_end: dt.date
    total_pct: float
    valid_pct: float
    invalid_pct: float


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


@dataclass(frozen=True)
class Parsed:
    rows: tuple[AttendanceRow, ...]
    errors: tuple[RowError, ...]


# The absence figures and the scheduled time, as a row's problem names them.
VALID, INVALID, TOTAL = Phrase("Giltig"), Phrase("Ogiltig"), Phrase("Total")
LABELS = {
    "valid": Phrase("Giltig frånvaro"),
    "invalid": Phrase("Ogiltig frånvaro"),
    "total": Phrase("Total frånvaro"),
    "scheduled": Phrase("Schemalagd tid"),
}
_SHORT = {"valid": VALID, "invalid": INVALID, "total": TOTAL}
SUMMARY_WORDS = ("summa", "totalt", "total", "medel", "genomsnitt", "snitt", "samtliga", "alla")


class RowProblem(ValueError):
    """A row that cannot be read; args[0] is the Swedish reason."""


def parse_table(
    table: Table,
    mapping: ColumnMapping,
    *,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None = None,
) -> Parsed:
    """`period` is the person's choice when the file has no period columns; without it
    the period the file states above its header is used."""
    rows: list[AttendanceRow] = []
    errors: list[RowError] = []
    period = period or table.period
    for line, cells in table.rows:
        try:
            row = read_row(line, cells, table, mapping, today=today, period=period)
        except RowProblem as problem:
            errors.append(RowError(line, problem.args[0]))  # a Phrase, said in the window
            continue
        rows.append(row)
    kept, twins = _twins(rows)
    return Parsed(tuple(kept), tuple(sorted((*errors, *twins), key=lambda e: e.line)))


def _twins(rows: Sequence[AttendanceRow]) -> tuple[list[AttendanceRow], list[RowError]]:
    """The rows less those that give one student's period twice. A row the same as an
    earlier one is read once; two that differ are neither read, for the file to be put
    right: which one is true cannot be guessed."""
    first: dict[tuple[str, dt.date, dt.date], AttendanceRow] = {}
    errors: list[RowError] = []
    differ: set[int] = set()
    for row in rows:
        key = _key(row)
        held = first.get(key)
        if held is None:
            first[key] = row
        elif _figures(held) == _figures(row):
            errors.append(
                RowError(
                    row.line, Phrase("Samma som rad {line}: läses in en gång.", line=held.line)
                )
            )
        else:
            differ |= {held.line, row.line}
            errors.append(
                RowError(
                    row.line,
                    Phrase(
                        "Samma elev och period som rad {line}, men med andra värden. Ingen av "
                        "raderna läses in: rätta filen och läs in den igen.",
                        line=held.line,
                    ),
                )
            )
    for row in first.values():
        if row.line in differ:
            errors.append(
                RowError(
                    row.line,
                    Phrase(
                        "Samma elev och period finns på en senare rad, med andra värden. Ingen "
                        "av raderna läses in: rätta filen och läs in den igen."
                    ),
                )
            )
    kept = [r for r in rows if r.line not in differ and first.get(_key(r)) is r]
    return kept, errors


def _key(row: AttendanceRow) -> tuple[str, dt.date, dt.date]:
    return (row.personnummer, row.period_start, row.period_end)


def _figures(row: AttendanceRow) -> tuple[float, float, float]:
    return (row.total_pct, row.valid_pct, row.invalid_pct)


def cell_of(cells: Sequence[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def not_a_student(cells: Sequence[str], table: Table, mapping: ColumnMapping) -> Phrase | None:
    """Why a row is a repeated header, a group title, a note or a sum, if it is."""
    filled = [c.strip() for c in cells if c.strip()]
    width = len(table.headers)
    if cells[:width] == table.headers and any(table.headers):
        return Phrase("Rubrikraden upprepas här; raden är ingen elev.")
    extra = [c for c in cells[width:] if c.strip()]
    if width and extra:
        return Phrase(
            "Raden har fler ifyllda celler än rubrikraden har kolumner, så kolumnerna kan ha "
            "förskjutits (ett kommatecken i ett tal?). Kontrollera raden i filen."
        )
    if sum(ch.isdigit() for ch in cell_of(cells, mapping.personnummer)) >= 6:
        return None  # a personnummer, however written: read (or refused) as one
    if len(filled) == 1:
        return Phrase(
            "Raden har bara en ifylld cell (”{text}”): en rubrik eller anteckning, ingen elev.",
            text=_short(filled[0]),
        )
    for text in filled:
        if text.casefold().startswith(SUMMARY_WORDS):
            return Phrase("Summeringsrad (”{text}”), ingen elev.", text=_short(text))
    return None


def read_row(
    line: int,
    cells: Sequence[str],
    table: Table,
    mapping: ColumnMapping,
    *,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None,
) -> AttendanceRow:
    """One row read through the mapping, or RowProblem saying why not."""
    refused = not_a_student(cells, table, mapping)
    if refused is not None:
        raise RowProblem(refused)
    pnr = read_personnummer(cell_of(cells, mapping.personnummer), today=today)
    start, end = read_period(cells, mapping, table.style, period)
    if end < start:
        raise RowProblem(Phrase("Periodens slut ligger före dess början."))
    if end > today:
        raise RowProblem(Phrase("Perioden slutar {value}, i framtiden.", value=end.isoformat()))
    derived = mapping.derived()
    given = {
        name: percent_of(name, cells, mapping, table.style)
        for name in ("valid", "invalid")
        if name != derived
    }
    total = (
        percent_of("total", cells, mapping, table.style)
        if cell_of(cells, mapping.total) and mapping.unit_of("total") is not None
        else None
    )
    if derived is not None:  # the total less the one the file gives
        (known,) = given.values()
        if total is None:
            raise RowProblem(
                Phrase(
                    "Total frånvaro saknas: {field} räknas ur den.",
                    field=FIELD_SAID[derived],
                )
            )
        if known > total + TOLERANCE_PCT:
            raise RowProblem(
                Phrase(
                    "{label} frånvaro ({value} %) är mer än den totala ({total} %).",
                    label=_SHORT["invalid" if derived == "valid" else "valid"],
                    value=_fmt(known),
                    total=_fmt(total),
                )
            )
        given[derived] = max(total - known, 0.0)
    valid, invalid = given["valid"], given["invalid"]
    if total is None:
        total = valid + invalid
    elif valid + invalid > total + TOLERANCE_PCT:
        raise RowProblem(
            Phrase(
                "Giltig ({valid} %) och ogiltig ({invalid} %) frånvaro är tillsammans mer än den "
                "totala ({total} %).",
                valid=_fmt(valid),
                invalid=_fmt(invalid),
                total=_fmt(total),
            )
        )
    if valid + invalid > 100 + TOLERANCE_PCT:
        raise RowProblem(Phrase("Giltig och ogiltig frånvaro är tillsammans mer än 100 %."))
    valid_pct, invalid_pct = _tenth(min(valid, 100.0)), _tenth(min(invalid, 100.0))
    if mapping.total is None or derived is not None:
        total_pct = min(round(valid_pct + invalid_pct, 1), 100.0)  # the parts, added up
    else:
        total_pct = _tenth(min(total, 100.0))
    if derived == "valid":  # the rounded parts add up to the file's total
        valid_pct = max(round(total_pct - invalid_pct, 1), 0.0)
    elif derived == "invalid":
        invalid_pct = max(round(total_pct - valid_pct, 1), 0.0)
    return AttendanceRow(
        line=line,
        personnummer=str(pnr),
        name=cell_of(cells, mapping.name),
        period_start=start,
        period_end=end,
        total_pct=total_pct,
        valid_pct=valid_pct,
        invalid_pct=invalid_pct,
    )


def _tenth(value: float) -> float:
    """To one decimal, halves up as people round (1,25 → 1,3; float's round gives 1,2)."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def read_personnummer(raw: str, *, today: dt.date) -> str:
    if not raw:
        raise RowProblem(Phrase("Personnummer saknas."))
    try:
        return str(parse_personnummer(raw, today=today))
    except PersonnummerError as error:
        digits = sum(ch.isdigit() for ch in raw)
        if re.fullmatch(r"\d[.,]\d+[eE]\+?\d+", raw.strip()):
            raise RowProblem(
                Phrase(
                    "Personnumret står som ”{raw_pnr}”: Excel har skrivit det i grundpotensform "
                    "och siffror har gått förlorade. Formatera kolumnen som text och exportera "
                    "igen.",
                    raw_pnr=_short(raw),
                )
            ) from error
        hint = (
            Phrase(" (Har Excel tagit bort en nolla först i numret?)")
            if digits in (9, 11) and raw.isdigit()
            else ""
        )
        raise RowProblem(
            Phrase(
                "Personnumret ”{raw_pnr}” godtas inte: {error}{hint}",
                raw_pnr=_short(raw),
                error=error.args[0] if error.args else str(error),
                hint=hint,
            )
        ) from error


def read_period(
    cells: Sequence[str],
    mapping: ColumnMapping,
    style: Style,
    period: tuple[dt.date, dt.date] | None,
) -> tuple[dt.date, dt.date]:
    if mapping.period_start is None or mapping.period_end is None:
        if period is None:
            raise RowProblem(Phrase("Perioden saknas: ange den för hela filen."))
        return period
    if mapping.period_start == mapping.period_end:
        text = cell_of(cells, mapping.period_start)
        found = _dates(text, Phrase("Period"), style)
        if len(found) != 2:
            raise RowProblem(
                Phrase(
                    "Perioden ”{text}” ska vara två datum, från och till (ÅÅÅÅ-MM-DD – "
                    "ÅÅÅÅ-MM-DD).",
                    text=_short(text),
                )
            )
        return found[0], found[1]
    return (
        _date(cell_of(cells, mapping.period_start), Phrase("Period från"), style),
        _date(cell_of(cells, mapping.period_end), Phrase("Period till"), style),
    )


def amount_of(name: str, cells: Sequence[str], mapping: ColumnMapping, style: Style) -> float:
    """A measured column's cell in its dimension's base (percent, minutes, a count)."""
    text = cell_of(cells, getattr(mapping, name))
    unit = mapping.unit_of(name)
    if not text:
        raise RowProblem(Phrase("{label} saknas.", label=LABELS[name]))
    if unit is None:
        raise RowProblem(Phrase("{label}: enheten är inte vald.", label=LABELS[name]))
    try:
        return amount(text, unit, style)
    except ValueProblem as problem:
        raise RowProblem(
            Phrase("{label}: {problem}", label=LABELS[name], problem=problem.args[0])
        ) from problem


def percent_of(name: str, cells: Sequence[str], mapping: ColumnMapping, style: Style) -> float:
    """An absence column's cell as a percentage of the scheduled time."""
    value = amount_of(name, cells, mapping, style)
    unit = mapping.unit_of(name)
    assert unit is not None  # amount_of refuses a column without a unit
    label = _SHORT[name]
    if unit.dimension != "share":
        scheduled_unit = mapping.unit_of("scheduled")
        if scheduled_unit is None or scheduled_unit.dimension != unit.dimension:
            raise RowProblem(
                Phrase(
                    "{label} frånvaro kan inte räknas i procent utan schemalagd tid i samma "
                    "slags enhet.",
                    label=label,
                )
            )
        scheduled = amount_of("scheduled", cells, mapping, style)
        if scheduled <= 0:
            raise RowProblem(Phrase("Schemalagd tid är noll: frånvaron kan inte räknas i procent."))
        if value > scheduled * (1 + TOLERANCE_PCT / 100):
            raise RowProblem(
                Phrase(
                    "{label} frånvaro (”{value}”) är mer än den schemalagda tiden (”{scheduled}”).",
                    label=label,
                    value=_short(cell_of(cells, getattr(mapping, name))),
                    scheduled=_short(cell_of(cells, mapping.scheduled)),
                )
            )
        value = value / scheduled * 100
    if not 0 <= value <= 100 + TOLERANCE_PCT:
        raise RowProblem(
            Phrase(
                "{label} frånvaro är {value} %; den ska vara 0–100 %.",
                label=label,
                value=_fmt(value),
            )
        )
    return value


def _dates(text: str, label: str, style: Style) -> list[dt.date]:
    if not text:
        raise RowProblem(Phrase("{label} saknas.", label=label))
    try:
        return dates_in(text, style)
    except ValueProblem as problem:
        raise RowProblem(
            Phrase("{label}: {problem}", label=label, problem=problem.args[0])
        ) from problem


def _date(text: str, label: str, style: Style) -> dt.date:
    found = _dates(text, label, style)
    if len(found) == 1:
        return found[0]
    if found:
        raise RowProblem(
            Phrase("{label} ”{text}” innehåller flera datum.", label=label, text=_short(text))
        )
    raise RowProblem(
        Phrase(
            "{label} ”{text}” är inget datum (skriv ÅÅÅÅ-MM-DD).", label=label, text=_short(text)
        )
    )


def fmt(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


_fmt = fmt


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "…"
