"""A school's export as a table of text cells, whatever the file looked like.

CSV with `;`, `,` or tab, in UTF-8 (with or without BOM) or Windows-1252, or an
XLSX workbook's first sheet. The first non-empty row is the header. Each row
keeps its line number in the file, so an error can point at it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass

from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase

MAX_BYTES = 25 * 1024 * 1024  # a school's export of 10,000 rows is about 1 MB
DELIMITERS = {";": "semikolon", ",": "kommatecken", "\t": "tabb"}


class ImportFileError(DomainError):
    """The file cannot be read as an attendance export; the message says what to do."""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number in the file, cells)
    description: str  # e.g. "CSV, UTF-8, semikolon"


def read_table(data: bytes, filename: str = "") -> Table:
    """Read the export, or ImportFileError with a Swedish message that says what to do."""
    if not data.strip():
        raise ImportFileError(Phrase("Filen är tom. Exportera närvaron från skolans system igen."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            Phrase(
                "Filen är för stor ({value} MB; högst {value2} MB). Exportera en kortare period "
                "eller färre elever åt gången.",
                value=len(data) // (1024 * 1024),
                value2=MAX_BYTES // (1024 * 1024),
            )
        )
    if data[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(data)
    if data[:5] == b"%PDF-" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFileError(
            Phrase(
                "Filen är inte en CSV- eller XLSX-fil (äldre Excel-format och PDF kan inte läsas). "
                "Spara den som CSV eller XLSX och försök igen."
            )
        )
    return _read_csv(data)


def _read_csv(data: bytes) -> Table:
    text, encoding = _decode(data)
    head = [line for line in text.splitlines() if line.strip()][:10]
    delimiter = max(DELIMITERS, key=lambda d: max((line.count(d) for line in head), default=0))
    if not any(line.count(delimiter) for line in head):
        raise ImportFileError(
            Phrase(
                "Filen har bara en kolumn: hittar varken semikolon, kommatecken eller tabb mellan "
                "kolumnerna. Exportera som CSV med kolumner för personnummer och frånvaro."
            )
        )
    rows: list[tuple[int, tuple[str, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, tuple(c.strip() for c in cells)))
    except csv.Error as error:
        raise ImportFileError(
            Phrase(
                "Rad {line_num} går inte att läsa som CSV ({error}). Kontrollera filen.",
                line_num=reader.line_num,
                error=error,
            )
        ) from error
    return _table(rows, f"CSV, {encoding}, {DELIMITERS[delimiter]}")


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            Phrase(
                "Filens teckenkodning känns inte igen (varken UTF-8 eller Windows-1252). Spara "
                "den som CSV UTF-8 och försök igen."
            )
        ) from error
    if "\x00" in text:
        raise ImportFileError(
            Phrase(
                "Filen verkar vara sparad som UTF-16 eller vara en binärfil. Spara den som "
                "CSV UTF-8 och försök igen."
            )
        )
    return text, "Windows-1252"


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # only when a workbook comes: ~100 ms to import

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFileError(
            Phrase(
                "Excel-filen går inte att öppna; den kan vara skadad eller lösenordsskyddad. "
                "Öppna den i Excel, spara den på nytt och försök igen."
            )
        ) from error
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell(v) for v in values)
            if any(cells):
                rows.append((number, cells))
    finally:
        book.close()
    return _table(rows, "XLSX, första bladet")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(rows: list[tuple[int, tuple[str, ...]]], description: str) -> Table:
    # The header is the first row with two or more cells: a title line above it is skipped.
    start = next((i for i, (_, cells) in enumerate(rows) if sum(1 for c in cells if c) >= 2), None)
    if start is None:
        raise ImportFileError(Phrase("Filen är tom. Exportera närvaron från skolans system igen."))
    (_, headers), body = rows[start], rows[start + 1 :]
    if not body:
        raise ImportFileError(Phrase("Filen har rubriker men inga rader med elever."))
    return Table(headers=headers, rows=tuple(body), description=description)
