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
from sstdesk.domain.phrase import Phrase
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


# The three absence figures, as a row's problem names them.
VALID, INVALID, TOTAL = Phrase("Giltig"), Phrase("Ogiltig"), Phrase("Total")


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
            errors.append(RowError(line, problem.args[0]))  # a Phrase, said in the window
            continue
        key = (row.personnummer, row.period_start, row.period_end)
        if key in seen:
            errors.append(
                RowError(
                    line, Phrase("Eleven och perioden finns redan på rad {line}.", line=seen[key])
                )
            )
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
        raise _RowProblem(
            Phrase(
                "Personnumret ”{raw_pnr}” godtas inte: {error}",
                raw_pnr=_short(raw_pnr),
                error=error,
            )
        ) from error

    if mapping.period_start is not None and mapping.period_end is not None:
        start = _date(cell(mapping.period_start), Phrase("Period från"))
        end = _date(cell(mapping.period_end), Phrase("Period till"))
    elif period is not None:
        start, end = period
    else:
        raise _RowProblem(Phrase("Perioden saknas: ange den för hela filen."))
    if end < start:
        raise _RowProblem(Phrase("Periodens slut ligger före dess början."))
    if end > today:
        raise _RowProblem(Phrase("Perioden slutar {value}, i framtiden.", value=end.isoformat()))

    valid = _number(cell(mapping.valid), Phrase("Giltig frånvaro"))
    invalid = _number(cell(mapping.invalid), Phrase("Ogiltig frånvaro"))
    total_text = cell(mapping.total)
    total = _number(total_text, Phrase("Total frånvaro")) if total_text else None
    if mapping.unit is not Unit.PERCENT:
        scheduled = _number(cell(mapping.scheduled), Phrase("Schemalagd tid"))
        if scheduled <= 0:
            raise _RowProblem(
                Phrase("Schemalagd tid är noll: frånvaron kan inte räknas i procent.")
            )
        unit = Phrase("minuter") if mapping.unit is Unit.MINUTES else Phrase("lektioner")
        for label, value in ((VALID, valid), (INVALID, invalid), (TOTAL, total)):
            if value is not None and value > scheduled:
                raise _RowProblem(
                    Phrase(
                        "{label} frånvaro ({value} {unit}) är mer än den schemalagda tiden "
                        "({scheduled} {unit}).",
                        label=label,
                        value=_fmt(value),
                        unit=unit,
                        scheduled=_fmt(scheduled),
                    )
                )
        valid, invalid = valid / scheduled * 100, invalid / scheduled * 100
        total = total / scheduled * 100 if total is not None else None
    for label, value in ((VALID, valid), (INVALID, invalid), (TOTAL, total)):
        if value is not None and not 0 <= value <= 100:
            raise _RowProblem(
                Phrase(
                    "{label} frånvaro är {value} %; den ska vara 0–100 %.",
                    label=label,
                    value=_fmt(value),
                )
            )
    if total is None:
        total = valid + invalid
    elif valid + invalid > total + TOLERANCE_PCT:
        raise _RowProblem(
            Phrase(
                "Giltig ({valid} %) och ogiltig ({invalid} %) frånvaro är tillsammans mer än den "
                "totala ({total} %).",
                valid=_fmt(valid),
                invalid=_fmt(invalid),
                total=_fmt(total),
            )
        )
    if valid + invalid > 100 + TOLERANCE_PCT:
        raise _RowProblem(Phrase("Giltig och ogiltig frånvaro är tillsammans mer än 100 %."))
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
        raise _RowProblem(Phrase("{label} saknas.", label=label))
    if not _NUMBER.match(cleaned):
        raise _RowProblem(Phrase("{label} ”{text}” är inget tal.", label=label, text=_short(text)))
    return float(cleaned.replace(",", "."))


_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S")


def _date(text: str, label: str) -> dt.date:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    if not text.strip():
        raise _RowProblem(Phrase("{label} saknas.", label=label))
    raise _RowProblem(
        Phrase(
            "{label} ”{text}” är inget datum (skriv ÅÅÅÅ-MM-DD).", label=label, text=_short(text)
        )
    )


def _fmt(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "…"
