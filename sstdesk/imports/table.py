"""A school's export as a table of text cells, whatever the file looked like.

CSV or text with `;`, `,`, tab or `|` between the columns, in UTF-8 (with or without
BOM), UTF-16 (Excel's "Unicode text"), Windows-1252, DOS (CP850) or Mac Roman (the
one that gives Swedish letters, not their look-alikes, wins); an XLSX workbook
(the sheet whose header reads best); or an HTML table saved with an .xls name.

Every cell is text, and an XLSX cell is written as what it means, by its number format:
a percent cell 0.096 as "9,6 %", a duration or time cell as "4:30", a date as
2026-10-01. CSV and XLSX are then read by one set of rules (imports.values).

The header is the row with the most recognisable column names among the first 30; the
title and metadata lines above it are kept aside (a period they state under a period
label is kept for the rows; a printed or created date is never a period), and a second
header row that only gives units ("tim", "%") under merged group labels is joined to the
one above. Each row keeps its line number in the file, so an error can point at it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from html.parser import HTMLParser

from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Joined, Phrase
from sstdesk.imports.headers import classify, is_unit_only
from sstdesk.imports.values import (
    MONTH_NAMES,
    Profile,
    Style,
    ValueProblem,
    dates_in,
    profile,
)

MAX_BYTES = 25 * 1024 * 1024  # a school's export of 10,000 rows is about 1 MB
DELIMITERS = {";": "semikolon", "\t": "tabb", ",": "kommatecken", "|": "lodstreck"}
HEADER_SEARCH = 30  # the header is among the first rows
MIN_SCORE = 2  # recognisable column names a header has at least

Rows = list[tuple[int, tuple[str, ...]]]


class ImportFileError(DomainError):
    """The file cannot be read as an attendance export; the message says what to do."""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line number in the file, cells)
    description: str  # e.g. "CSV, UTF-8, semikolon"
    header_line: int = 1
    above: tuple[str, ...] = ()  # the title and metadata lines above the header
    period: tuple[dt.date, dt.date] | None = None  # as the lines above state it
    notes: tuple[str, ...] = ()  # what the reading did that the person should know
    # Workbook columns whose cells are all formulas without a saved value (the file was
    # written by a program, never saved in Excel): empty, though they look filled.
    uncomputed: frozenset[int] = frozenset()

    @cached_property
    def style(self) -> Style:
        return Style.of(lambda: (cell for _, cells in self.rows for cell in cells))

    def profile_of(self, index: int) -> Profile:
        """What the column's cells show (imports.values.profile), worked out once."""
        known: dict[int, Profile] = self.__dict__.setdefault("_profiles", {})
        if index not in known:
            known[index] = profile(self.column(index))
        return known[index]

    def column(self, index: int) -> Iterator[str]:
        for _, cells in self.rows:
            yield cells[index] if index < len(cells) else ""


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
        if b"opendocument" in data[:200]:
            raise ImportFileError(
                Phrase(
                    "Filen är ett OpenDocument-kalkylark (.ods). Spara den som XLSX eller CSV "
                    "och försök igen."
                )
            )
        return _read_xlsx(data)
    if data[:5] == b"%PDF-" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFileError(
            Phrase(
                "Filen är inte en CSV- eller XLSX-fil (äldre Excel-format och PDF kan inte läsas). "
                "Spara den som CSV eller XLSX och försök igen."
            )
        )
    text, encoding = _decode(data)
    head = text[:2000].lstrip().lower()
    if "urn:schemas-microsoft-com:office:spreadsheet" in text[:3000]:
        raise ImportFileError(
            Phrase(
                "Filen är i Excels äldre XML-format. Öppna den i Excel, spara den som XLSX "
                "eller CSV och försök igen."
            )
        )
    if head.startswith(("<!doctype html", "<html", "<table", "<?xml", "<meta")) or (
        head.startswith("<") and "<table" in text.lower()
    ):
        return _read_html(text, encoding)
    return _read_csv(text, encoding)


# -- text files -------------------------------------------------------------------------


def _read_csv(text: str, encoding: str) -> Table:
    lines = text.splitlines()
    delimiter = None
    for number, line in enumerate(lines):
        if line.strip():
            hint = re.fullmatch(r'"?sep=(.)"?\s*', line.strip(), re.IGNORECASE)
            if hint and hint.group(1) in DELIMITERS:  # Excel's "sep=;" first line
                delimiter = hint.group(1)
                lines[number] = ""
                text = "\n".join(lines)
            break
    head = [line for line in lines if line.strip()][:HEADER_SEARCH]
    try:
        delimiter = delimiter or _delimiter(head)
    except csv.Error as error:
        raise ImportFileError(_not_csv(error, None)) from error
    if delimiter is None:
        raise ImportFileError(
            Phrase(
                "Filen har bara en kolumn: hittar varken semikolon, kommatecken eller tabb mellan "
                "kolumnerna. Exportera som CSV med kolumner för personnummer och frånvaro."
            )
        )
    rows: Rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    read_to = 0  # the last line of the last row read: the next row begins after it
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, tuple(_unwrap(c) for c in cells)))
            read_to = reader.line_num
    except csv.Error as error:
        raise ImportFileError(_not_csv(error, read_to + 1)) from error
    return _table(rows, f"CSV, {encoding}, {DELIMITERS[delimiter]}")


def _not_csv(error: csv.Error, line: int | None) -> str:
    """What the csv module's (English) refusal means, in Swedish."""
    if "field limit" in str(error):
        where = (
            Phrase("Rad {line_num} har en cell", line_num=line)
            if line
            else Phrase("Filen har en cell")
        )
        return Phrase(
            "{where} som är längre än {size} kB, så filen går inte att läsa som CSV. Oftast "
            'saknas ett avslutande citattecken (") i en cell. Kontrollera filen, eller '
            "exportera den igen.",
            where=where,
            size=csv.field_size_limit() // 1024,
        )
    if line:
        return Phrase(
            "Rad {line_num} går inte att läsa som CSV. Kontrollera raden i filen, eller "
            "exportera filen igen.",
            line_num=line,
        )
    return Phrase("Filen går inte att läsa som CSV. Kontrollera filen, eller exportera den igen.")


def _unwrap(cell: str) -> str:
    """A cell as text: ="0304052382" (Excel's way of keeping leading zeros) is its text."""
    cell = cell.strip()
    if cell.startswith('="') and cell.endswith('"'):
        return cell[2:-1].strip()
    return cell


def _delimiter(head: list[str]) -> str | None:
    """The separator that splits the most lines into the same number of columns."""
    best: tuple[int, int] = (0, 0)
    chosen = None
    for delimiter in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter), [])) for line in head]
        several = [c for c in counts if c > 1]
        if not several:
            continue
        width, lines = Counter(several).most_common(1)[0]
        if (lines, width) > best:
            best, chosen = (lines, width), delimiter
    return chosen


_SWEDISH_LETTERS = set("åäöÅÄÖéÉüÜ")
# What Swedish letters look like when read in the wrong code page.
_MISREAD = set("†„”Ž™‡‰ƒ‹›÷ÕõÃŒŠšˆ┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "UTF-16"
    if b"\x00" in data[:400]:
        sample = data[:400]
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd > len(sample) // 4 and even == 0:
            return _strict(data, "utf-16-le"), "UTF-16"
        if even > len(sample) // 4 and odd == 0:
            return _strict(data, "utf-16-be"), "UTF-16"
        raise ImportFileError(
            Phrase(
                "Filen verkar vara en binärfil, inte text. Spara den som CSV UTF-8 eller XLSX och "
                "försök igen."
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _repaired(text)
    readings = []
    for codec, name in (
        ("cp1252", "Windows-1252"),
        ("cp850", "DOS (CP850)"),
        ("mac_roman", "Mac Roman"),
    ):
        try:
            readings.append((_letters(data.decode(codec)), data.decode(codec), name))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise ImportFileError(
            Phrase(
                "Filens teckenkodning känns inte igen (varken UTF-8 eller Windows-1252). Spara "
                "den som CSV UTF-8 och försök igen."
            )
        )
    _score, text, name = max(readings, key=lambda r: r[0])
    return text, name


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise ImportFileError(
            Phrase(
                "Filen säger sig vara {codec} men går inte att läsa så. Spara den som CSV UTF-8 "
                "och försök igen.",
                codec=codec.upper(),
            )
        ) from error


def _letters(text: str) -> int:
    """Swedish letters read right, less those read in the wrong code page."""
    return sum(ch in _SWEDISH_LETTERS for ch in text) - 3 * sum(ch in _MISREAD for ch in text)


def _repaired(text: str) -> tuple[str, str]:
    """UTF-8 that was read as Windows-1252 and saved again ("FrÃ¥nvaro"), put right."""
    if not re.search("Ã[\u0080-\u00bf\u2018-\u203a\u0152-\u0178]", text):
        return text, "UTF-8"
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, "UTF-8"
    if _letters(fixed) > _letters(text):
        return fixed, "UTF-8 (dubbelkodad, rättad)"
    return text, "UTF-8"


class _Tables(HTMLParser):
    """The rows of each <table> in an HTML page, cells as text, colspans kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Rows] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            self.tables.append([])
        elif tag == "tr" and self._depth:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() and 0 < int(span) < 100 else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_cell()
            if self._row is not None and self.tables:
                rows = self.tables[-1]
                rows.append((len(rows) + 1, tuple(self._row)))
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._row.extend([""] * (self._span - 1))
        self._cell = None


def _read_html(text: str, encoding: str) -> Table:
    parser = _Tables()
    try:
        parser.feed(text)
        parser.close()
    except (ValueError, AssertionError) as error:
        raise ImportFileError(
            Phrase("Filen ser ut som en webbsida men går inte att läsa. Spara den som CSV.")
        ) from error
    tables = [[(n, c) for n, c in rows if any(c)] for rows in parser.tables]
    tables = [rows for rows in tables if rows]
    if not tables:
        raise ImportFileError(
            Phrase("Filen är en webbsida utan tabell. Exportera närvaron som CSV eller XLSX.")
        )
    best = max(tables, key=lambda rows: _located_score(rows))
    return _table(best, f"HTML-tabell, {encoding}")


# -- workbooks --------------------------------------------------------------------------


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # only when a workbook comes: ~100 ms to import

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise ImportFileError(
            Phrase(
                "Excel-filen går inte att öppna; den kan vara skadad eller lösenordsskyddad. "
                "Öppna den i Excel, spara den på nytt och försök igen."
            )
        ) from error
    sheets: list[tuple[str, Rows]] = []
    try:
        for sheet in book.worksheets:
            rows: Rows = []
            for number, cells in enumerate(sheet.iter_rows(), start=1):
                values = tuple(_xlsx_cell(cell) for cell in cells)
                if any(values):
                    rows.append((number, values))
            sheets.append((sheet.title, rows))
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile) as error:
        raise ImportFileError(
            Phrase(
                "Excel-filen går inte att läsa helt; den kan vara skadad. Öppna den i Excel, "
                "spara den på nytt och försök igen."
            )
        ) from error
    finally:
        book.close()
    filled = [(title, rows) for title, rows in sheets if rows]
    if not filled:
        raise ImportFileError(Phrase("Filen är tom. Exportera närvaron från skolans system igen."))
    scores = [(_located_score(rows), -index) for index, (_, rows) in enumerate(filled)]
    best = max(range(len(filled)), key=lambda i: scores[i])
    title, rows = filled[best]
    notes: list[str] = []
    others = [t for i, (t, r) in enumerate(filled) if i != best and scores[i][0] >= MIN_SCORE]
    if others:
        notes.append(
            Phrase(
                "Arbetsboken har fler blad med kolumner för frånvaro ({sheets}); bara bladet "
                "”{sheet}” läses. Spara de andra bladen som egna filer om de också ska in.",
                sheets=Joined(f"”{t}”" for t in others),
                sheet=title,
            )
        )
    where = "första bladet" if sheets[0][0] == title else f"bladet ”{title}”"
    table = _table(rows, f"XLSX, {where}", notes)
    return replace(table, uncomputed=_uncomputed(data, title, table))


def _uncomputed(data: bytes, title: str, table: Table) -> frozenset[int]:
    """The columns of the table that are empty because their cells are formulas never
    computed: the sheet is read again, for its formulas, only when a column is empty."""
    empty = [
        index
        for index, header in enumerate(table.headers)
        if header and not any(table.column(index))
    ]
    if not empty:
        return frozenset()
    from openpyxl import load_workbook

    lines = {line for line, _ in table.rows}
    formulas: dict[int, int] = dict.fromkeys(empty, 0)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            for number, cells in enumerate(book[title].iter_rows(), start=1):
                if number not in lines:
                    continue
                for index in empty:
                    if index < len(cells) and getattr(cells[index], "data_type", "") == "f":
                        formulas[index] += 1
        finally:
            book.close()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        return frozenset()  # read once already: the empty columns stay empty
    return frozenset(index for index, count in formulas.items() if count)


def _xlsx_cell(cell: object) -> str:
    """A cell as the text it means, by its value and number format."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    fmt = str(getattr(cell, "number_format", "General") or "General")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.timedelta):
        return _duration(value.total_seconds())
    if isinstance(value, dt.time):
        return _duration(value.hour * 3600 + value.minute * 60 + value.second)
    if isinstance(value, dt.datetime):
        if _time_only(fmt):  # a duration past 24 hours in a "h:mm" cell
            return _duration(_serial(value) * 86400)
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        if _percent_format(fmt):
            return f"{_plain(value * 100)} %"
        if _literal_percent(fmt):  # '0.0" %"': the number shown with a sign, unscaled
            return f"{_plain(value)} %"
        return _plain(value)
    return str(value).strip()


def _plain(value: float) -> str:
    """A number without exponent or float noise, with a decimal comma. Never exactly three
    decimals: "12,375" could be read as twelve thousand (imports.values), so it is
    written "12,3750"."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{value:.10f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    if len(decimals) == 3 and whole.lstrip("-") != "0":
        text += "0"
    return text.replace(".", ",")  # as Swedish Excel shows it


def _duration(seconds: float) -> str:
    sign = "-" if seconds < 0 else ""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def _format_parts(fmt: str) -> str:
    """The format's codes, without quoted text, escapes, colours and locales."""
    fmt = re.sub(r'"[^"]*"|\\.', "", fmt.lower())
    return re.sub(r"\[(?![hms]+\])[^\]]*\]", "", fmt)


def _percent_format(fmt: str) -> bool:
    return "%" in _format_parts(fmt)


def _literal_percent(fmt: str) -> bool:
    return any("%" in quoted or escaped == "%" for quoted, escaped in _LITERALS.findall(fmt))


_LITERALS = re.compile(r'"([^"]*)"|\\(.)')


def _time_only(fmt: str) -> bool:
    parts = _format_parts(fmt)
    return ("h" in parts or "s" in parts) and not any(ch in parts for ch in "dy")


def _serial(value: dt.datetime) -> float:
    """The Excel serial number openpyxl made this datetime from (1900 date system)."""
    epoch = (
        dt.datetime(1899, 12, 31) if value < dt.datetime(1900, 3, 1) else dt.datetime(1899, 12, 30)
    )
    return (value - epoch).total_seconds() / 86400


# -- the header -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Located:
    start: int  # index of the (first) header row
    end: int  # index of the last header row
    headers: tuple[str, ...]
    score: int


def _score(cells: Sequence[str]) -> int:
    fields: set[str] = set()
    for cell in cells:
        if cell:
            reading = classify(cell)
            if reading.field and not reading.weak:
                fields.add(reading.field)
    return len(fields) + ("personnummer" in fields)


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if c)


def _unit_row(cells: Sequence[str]) -> bool:
    units = sum(1 for c in cells if c and is_unit_only(c))
    return units >= 2 and units * 2 >= _filled(cells)


def _join(upper: Sequence[str], lower: Sequence[str]) -> tuple[str, ...]:
    """Two header rows as one: a group label (merged over its columns, so written only
    in the first) with the unit under each column: "Giltig frånvaro" over "tim" and "%"
    is "Giltig frånvaro (tim)" and "Giltig frånvaro (%)"."""
    joined = []
    carry = ""
    for index in range(max(len(upper), len(lower))):
        top = upper[index] if index < len(upper) else ""
        bottom = lower[index] if index < len(lower) else ""
        if top:
            carry = top
        if bottom and is_unit_only(bottom):
            base = top or carry
            joined.append(f"{base} ({bottom})" if base else bottom)
        elif bottom:
            joined.append(f"{top} {bottom}" if top and top != bottom else bottom)
            carry = top
        else:
            joined.append(top)
    return tuple(joined)


def _locate(rows: Rows) -> _Located | None:
    best: _Located | None = None
    search = rows[:HEADER_SEARCH]
    for index, (_, cells) in enumerate(search):
        if _filled(cells) < 2:
            continue
        candidate = _Located(index, index, cells, _score(cells))
        if index + 1 < len(search) and _unit_row(search[index + 1][1]):
            joined = _join(cells, search[index + 1][1])
            if _score(joined) >= candidate.score:  # the units belong to the header
                candidate = _Located(index, index + 1, joined, _score(joined))
        if best is None or candidate.score > best.score:
            best = candidate
    return best if best is not None and best.score >= MIN_SCORE else None


def _located_score(rows: Rows) -> int:
    located = _locate(rows)
    return located.score if located else 0


_PNR_LIKE = re.compile(r"^(\d{2})?\d{6}[-+]?\d{4}$")


def _table(rows: Rows, description: str, notes: Sequence[str] = ()) -> Table:
    notes = list(notes)
    located = _locate(rows)
    if located is None:
        start = next((i for i, (_, cells) in enumerate(rows) if _filled(cells) >= 2), None)
        if start is None:
            raise ImportFileError(
                Phrase("Filen är tom. Exportera närvaron från skolans system igen.")
            )
        cells = rows[start][1]
        if any(_PNR_LIKE.match("".join(c.split())) for c in cells):
            width = max(len(c) for _, c in rows[start:])
            located = _Located(start, start - 1, ("",) * width, 0)
            notes.append(Phrase("Filen har ingen rubrikrad: välj själv vad kolumnerna innehåller."))
        else:
            located = _Located(start, start, cells, 0)
            notes.append(
                Phrase(
                    "Kolumnnamnen känns inte igen: välj själv vilka kolumner som innehåller "
                    "personnummer och frånvaro."
                )
            )
    header_line = rows[located.start][0]
    above = rows[: located.start]
    body = rows[located.end + 1 :]
    if not body:
        raise ImportFileError(Phrase("Filen har rubriker men inga rader med elever."))
    if located.end > located.start:
        notes.append(
            Phrase(
                "Rubriken står på två rader ({first} och {second}) och läses som en.",
                first=header_line,
                second=rows[located.end][0],
            )
        )
    texts = tuple(" ".join(c for c in cells if c) for _, cells in above)
    if above:
        notes.append(
            Phrase(
                "Rubrikraden är rad {line}; raderna ovanför den (titel och uppgifter om filen) "
                "läses inte som elever.",
                line=header_line,
            )
        )
    # The lines above tell the order of a slashed date too ("Period: 01/09/2026 –
    # 30/09/2026"), their labels cut off; a file whose lines disagree tells none.
    style = Style.of(
        lambda: (
            *(cell for _, cells in body for cell in cells),
            *(_LEADING_WORDS.sub("", text) for text in texts),
        )
    )
    period, doubt = _period_above(texts, style)
    if period is not None:
        notes.append(
            Phrase(
                "Perioden {start} – {end} står ovanför rubrikraden och gäller raderna som saknar "
                "egen period.",
                start=period[0],
                end=period[1],
            )
        )
    elif doubt is not None:
        notes.append(doubt)
    return Table(
        headers=located.headers,
        rows=tuple(body),
        description=description,
        header_line=header_line,
        above=texts,
        period=period,
        notes=tuple(notes),
    )


# What a title or metadata line says a date is. Only a date under a period label is the
# file's period; a printed, created or birth date never is, and neither is a date no
# label claims. The labels are those the vendors write (imports.vendors) and their kin.
_LABEL = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<start>period(?:en)?\s+från(?:\s+och\s+med)?|periodens\s+(?:start|början)|periodstart"
    r"|startdatum|från\s+och\s+med|fr?\.\s?o\.\s?m\.?|från(?:\s+datum)?|from)"
    r"|(?P<end>period(?:en)?\s+till(?:\s+och\s+med)?|periodens\s+slut|periodslut|slutdatum"
    r"|till\s+och\s+med|t\.\s?o\.\s?m\.?|till(?:\s+datum)?)"
    r"|(?P<range>tidsperiod|mätperiod|rapportperiod|period(?:en)?|urval|intervall|mellan)"
    r"|(?P<date>datum)"
    r"|(?P<other>utskriv\w*|utskrift\w*|skriven|skapa\w*|genererad\w*|exporter\w*|uttag\w*"
    r"|hämta\w*|körd\w*|uppdater\w*|ändrad\w*|född\w*|födelse\w*|printed|created|generated"
    r"|exported)"
    r")(?!\w)",
    re.IGNORECASE,
)
_PERSONNUMMER = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]\d{4}(?!\d)")  # not a date
_MONTH_YEAR = re.compile(
    r"(?<!\d\s)\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december)\s+(\d{4})\b",
    re.IGNORECASE,
)
_BETWEEN_LABELS = re.compile(r"[\W_]*")


@dataclass(frozen=True)
class _Said:
    """Dates and months a line gives under one label ("range", "start", "end", "date",
    "other"; "" for none), or `unclear` when a date could be read two ways."""

    kind: str
    dates: tuple[dt.date, ...] = ()
    months: tuple[tuple[str, str], ...] = ()
    unclear: bool = False


def _said_in(line: str, style: Style) -> list[_Said]:
    """The line cut at its labels. Labels with nothing between them are one ("Period
    från–till", "Utskrivet datum"): a printed or created label wins, a start and an end
    together are a range."""
    text = _PERSONNUMMER.sub(" ", line)
    groups: list[tuple[set[str], int, int]] = []  # (kinds, label start, label end)
    for match in _LABEL.finditer(text):
        kind = match.lastgroup or ""
        gap = text[groups[-1][2] : match.start()] if groups else None
        if gap is not None and _BETWEEN_LABELS.fullmatch(gap):
            groups[-1][0].add(kind)
            groups[-1] = (groups[-1][0], groups[-1][1], match.end())
        else:
            groups.append(({kind}, match.start(), match.end()))
    pieces = [("", text[: groups[0][1]] if groups else text)]
    for number, (kinds, _begin, finish) in enumerate(groups):
        following = groups[number + 1][1] if number + 1 < len(groups) else len(text)
        if len(kinds) > 1:
            kinds.discard("date")  # "Från datum", "Utskrivet datum"
        if "other" in kinds:
            kind = "other"
        elif "range" in kinds or {"start", "end"} <= kinds:
            kind = "range"
        else:
            (kind,) = kinds
        pieces.append((kind, text[finish:following]))
    found = []
    for kind, piece in pieces:
        try:
            dates = tuple(dates_in(piece, style))
        except ValueProblem:
            found.append(_Said(kind, unclear=True))
            continue
        months = tuple(_MONTH_YEAR.findall(piece)) if not dates else ()
        found.append(_Said(kind, dates, months))
    return found


_LEADING_WORDS = re.compile(r"^\D+")


def _period_above(
    lines: tuple[str, ...], style: Style
) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    """The period the title and metadata lines state under a period label, and a note
    when they give dates but no one period.

    "Period: 2026-10-01 – 2026-10-31", "Datum: A – B", "Urval: 7A, A – B", "Period:
    2026-10-01 till 2026-10-31", "Fr.o.m. A" with "T.o.m. B", "Period: oktober 2026".
    "Utskriven 2026-11-30" or a date alone in a title is never the period.
    """
    said = [s for line in lines for s in _said_in(line, style)]
    # "Datum:" is a period only as a range ("Datum: A – B"); alone it is the day printed.
    labelled = [
        s
        for s in said
        if s.kind in ("range", "start", "end") or (s.kind == "date" and len(s.dates) == 2)
    ]
    candidates: set[tuple[dt.date, dt.date]] = set()
    unclear = any(s.unclear for s in labelled)
    starts: list[dt.date] = []
    ends: list[dt.date] = []
    for number, s in enumerate(said):
        if s.kind not in ("range", "start", "end", "date"):
            continue
        after = said[number + 1] if number + 1 < len(said) else None
        if len(s.dates) == 2:
            candidates.add((s.dates[0], s.dates[1]))
        elif len(s.dates) == 1 and s.kind in ("range", "date"):
            if after is not None and after.kind == "end" and len(after.dates) == 1:
                starts.append(s.dates[0])  # "Period: A till B"
            elif s.kind == "range":
                unclear = True  # "Period: 2026-10-01": one day is no period
        elif s.kind == "date":
            continue
        elif len(s.dates) == 1:
            (starts if s.kind == "start" else ends).append(s.dates[0])
        elif len(s.dates) > 2:
            unclear = True
        elif len(s.months) == 1:
            candidates.add(_month(*s.months[0]))
        elif s.months:
            unclear = True
    if len(starts) == 1 and len(ends) == 1:
        candidates.add((starts[0], ends[0]))
    elif starts or ends:
        unclear = True
    if len(candidates) == 1 and not unclear:
        ((start, end),) = candidates
        if start <= end:
            return (start, end), None
    if labelled and (candidates or unclear or any(s.dates or s.months for s in labelled)):
        return None, Phrase("Raderna ovanför rubrikraden nämner datum men ingen entydig period.")
    if any(s.dates or s.months or s.unclear for s in said):
        return None, Phrase(
            "Datum ovanför rubrikraden som inte står som en period (som ”Period: "
            "2026-10-01 – 2026-10-31”) används inte som period."
        )
    return None, None


def _month(name: str, year: str) -> tuple[dt.date, dt.date]:
    number = MONTH_NAMES.index(name.lower()) + 1
    first = dt.date(int(year), number, 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)
