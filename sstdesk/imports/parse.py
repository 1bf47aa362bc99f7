"""Rows of a table, through a column mapping, into attendance rows or row errors.

Every row ends up in exactly one of the two lists; an error names the line in
the file and says in Swedish what is wrong with it. Nothing here knows which
students the vault holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sstdesk.domain.errors import PersonnummerError
from sstdesk.domain.personnummer import parse as parse_personnummer
from sstdesk.imports.mapping import ColumnMapping, Unit
from sstdesk.imports.table import Table

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


class _RowProblem(ValueError):
    pass


def parse_table(
    table: Table,
    mapping: ColumnMapping,
    *,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None = None,
) -> Parsed:
    """`period` is the person's choice when the file has no period columns."""
    rows: list[AttendanceRow] = []
    errors: list[RowError] = []
    seen: dict[tuple[str, dt.date, dt.date], int] = {}
    for line, cells in table.rows:
        try:
            row = _row(line, cells, mapping, today=today, period=period)
        except _RowProblem as problem:
            errors.append(RowError(line, str(problem)))
            continue
        key = (row.personnummer, row.period_start, row.period_end)
        if key in seen:
            errors.append(RowError(line, f"Eleven och perioden finns redan på rad {seen[key]}."))
            continue
        seen[key] = line
        rows.append(row)
    return Parsed(tuple(rows), tuple(errors))


def _row(
    line: int,
    cells: tuple[str, ...],
    mapping: ColumnMapping,
    *,
    today: dt.date,
    period: tuple[dt.date, dt.date] | None,
) -> AttendanceRow:
    def cell(index: int | None) -> str:
        return cells[index].strip() if index is not None and index < len(cells) else ""

    raw_pnr = cell(mapping.personnummer)
    if not raw_pnr:
        raise _RowProblem("Personnummer saknas.")
    try:
        pnr = parse_personnummer(raw_pnr, today=today)
    except PersonnummerError as error:
        raise _RowProblem(f"Personnumret ”{_short(raw_pnr)}” godtas inte: {error}") from error

    if mapping.period_start is not None and mapping.period_end is not None:
        start = _date(cell(mapping.period_start), "Period från")
        end = _date(cell(mapping.period_end), "Period till")
    elif period is not None:
        start, end = period
    else:
        raise _RowProblem("Perioden saknas: ange den för hela filen.")
    if end < start:
        raise _RowProblem("Periodens slut ligger före dess början.")
    if end > today:
        raise _RowProblem(f"Perioden slutar {end.isoformat()}, i framtiden.")

    valid = _number(cell(mapping.valid), "Giltig frånvaro")
    invalid = _number(cell(mapping.invalid), "Ogiltig frånvaro")
    total_text = cell(mapping.total)
    total = _number(total_text, "Total frånvaro") if total_text else None
    if mapping.unit is not Unit.PERCENT:
        scheduled = _number(cell(mapping.scheduled), "Schemalagd tid")
        if scheduled <= 0:
            raise _RowProblem("Schemalagd tid är noll: frånvaron kan inte räknas i procent.")
        unit = "minuter" if mapping.unit is Unit.MINUTES else "lektioner"
        for label, value in (("Giltig", valid), ("Ogiltig", invalid), ("Total", total)):
            if value is not None and value > scheduled:
                raise _RowProblem(
                    f"{label} frånvaro ({_fmt(value)} {unit}) är mer än den schemalagda tiden "
                    f"({_fmt(scheduled)} {unit})."
                )
        valid, invalid = valid / scheduled * 100, invalid / scheduled * 100
        total = total / scheduled * 100 if total is not None else None
    for label, value in (("Giltig", valid), ("Ogiltig", invalid), ("Total", total)):
        if value is not None and not 0 <= value <= 100:
            raise _RowProblem(f"{label} frånvaro är {_fmt(value)} %; den ska vara 0–100 %.")
    if total is None:
        total = valid + invalid
    elif valid + invalid > total + TOLERANCE_PCT:
        raise _RowProblem(
            f"Giltig ({_fmt(valid)} %) och ogiltig ({_fmt(invalid)} %) frånvaro är tillsammans "
            f"mer än den totala ({_fmt(total)} %)."
        )
    if valid + invalid > 100 + TOLERANCE_PCT:
        raise _RowProblem("Giltig och ogiltig frånvaro är tillsammans mer än 100 %.")
    return AttendanceRow(
        line=line,
        personnummer=str(pnr),
        name=cell(mapping.name),
        period_start=start,
        period_end=end,
        total_pct=round(min(total, 100.0), 1),
        valid_pct=round(valid, 1),
        invalid_pct=round(invalid, 1),
    )


_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def _number(text: str, label: str) -> float:
    cleaned = text.replace("\u00a0", "").replace(" ", "").removesuffix("%")
    if not cleaned:
        raise _RowProblem(f"{label} saknas.")
    if not _NUMBER.match(cleaned):
        raise _RowProblem(f"{label} ”{_short(text)}” är inget tal.")
    return float(cleaned.replace(",", "."))


_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S")


def _date(text: str, label: str) -> dt.date:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    if not text.strip():
        raise _RowProblem(f"{label} saknas.")
    raise _RowProblem(f"{label} ”{_short(text)}” är inget datum (skriv ÅÅÅÅ-MM-DD).")


def _fmt(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "…"
