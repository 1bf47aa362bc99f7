"""One cell's text read as a number, a duration, an amount in a unit, or dates.

Layer: imports. A cell that could be read two ways is not read at all: "4.800" in a
file that never shows which mark is its decimal may be 4,8 or 4 800, "01/10/2026" may
be the first of October or the tenth of January. The file as a whole usually says
(`Style`, from all its cells); when it does not, the row gets a reason instead of a
guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from sstdesk.domain.phrase import Phrase
from sstdesk.imports.headers import Unit


class ValueProblem(ValueError):
    """A cell that cannot be read; args[0] is the Swedish reason (a Phrase)."""


class Kind(Enum):
    EMPTY = "empty"
    PERCENT = "percent"  # "9,6 %"
    DURATION = "duration"  # "4:30", "4:30:00", "1 h 30 min"
    NUMBER = "number"  # "4,5", "270", "4,5 tim" (a unit word of its own: see unit_in)
    TEXT = "text"


UNIT_SAID = {
    Unit.PERCENT: Phrase("procent"),
    Unit.FRACTION: Phrase("andel (0–1)"),
    Unit.HOURS: Phrase("timmar"),
    Unit.MINUTES: Phrase("minuter"),
    Unit.LESSONS: Phrase("lektioner"),
    Unit.DAYS: Phrase("dagar"),
}

_SPACES = dict.fromkeys(map(ord, " \u00a0\u202f\u2009\u2007\t"), None)
_CLEAN = {**_SPACES, ord("\u2212"): "-", ord("\u2013"): "-"}
_PLAIN = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$")
_AMBIGUOUS = re.compile(r"^[+-]?[1-9]\d{0,2}([.,])\d{3}$")  # 4.800, 12,500
_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,'])\d{3}(?:\1\d{3})*(?:([.,])\d+)?$")  # 1.234,5
_DURATION = re.compile(r"^([+-])?(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,]\d+)?)?$")
_HOURS_MINUTES = re.compile(
    r"^(\d+)\s*(?:h|tim|timmar|t)\s*(\d{1,2})\s*(?:m|min|minuter)$", re.IGNORECASE
)
_WITH_UNIT = re.compile(
    r"^(?P<number>[-+\u2212]?[\d\s\u00a0.,']*\d)\s*(?P<unit>%|procent|timmar|timme|tim|h|"
    r"minuter|min|lektioner|lektion|lekt|dagar|dag)\.?$",
    re.IGNORECASE,
)
_CELL_UNITS = {
    "%": Unit.PERCENT,
    "procent": Unit.PERCENT,
    "timmar": Unit.HOURS,
    "timme": Unit.HOURS,
    "tim": Unit.HOURS,
    "h": Unit.HOURS,
    "minuter": Unit.MINUTES,
    "min": Unit.MINUTES,
    "lektioner": Unit.LESSONS,
    "lektion": Unit.LESSONS,
    "lekt": Unit.LESSONS,
    "dagar": Unit.DAYS,
    "dag": Unit.DAYS,
}


class Style:
    """What the file's cells show of its way of writing: the decimal mark ("," or ".",
    None when the cells never show it or show both) and the order of a date written
    with slashes ("dmy", "mdy", or None when no cell tells).

    `Style.of(cells)` looks at the cells only when a cell that reads two ways asks."""

    def __init__(self, decimal_mark: str | None = None, date_order: str | None = None) -> None:
        self._found: tuple[str | None, str | None] | None = (decimal_mark, date_order)
        self._cells: Callable[[], Iterable[str]] | None = None

    @classmethod
    def of(cls, cells: Callable[[], Iterable[str]]) -> Style:
        style = cls()
        style._found, style._cells = None, cells
        return style

    def _values(self) -> tuple[str | None, str | None]:
        if self._found is None:
            assert self._cells is not None
            seen = style_of(self._cells())
            self._found = (seen.decimal_mark, seen.date_order)
        return self._found

    @property
    def decimal_mark(self) -> str | None:
        return self._values()[0]

    @property
    def date_order(self) -> str | None:
        return self._values()[1]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Style) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        mark, order = self._values()
        return f"Style(decimal_mark={mark!r}, date_order={order!r})"


def style_of(cells: Iterable[str]) -> Style:
    marks: set[str] = set()
    orders: set[str] = set()
    for text in cells:
        if not text or len(text) > 40 or text[0].isalpha():
            continue
        if "," not in text and "." not in text and "/" not in text:
            continue
        if _PLAIN.match(text):  # the common cell, "12,5": its mark, unless it could group
            if not _AMBIGUOUS.match(text):
                marks.add("," if "," in text else ".")
            continue
        cleaned = _clean(text).removesuffix("%")
        match = _WITH_UNIT.match(cleaned)
        if match:
            cleaned = _clean(match.group("number"))
        if _PLAIN.match(cleaned) and not _AMBIGUOUS.match(cleaned):
            marks.update(ch for ch in ",." if ch in cleaned)
        else:
            grouped = _GROUPED.match(cleaned)
            if grouped and grouped.group(2):
                marks.add(grouped.group(2))
        if "/" in text:
            for first, second in _SLASHED.findall(text)[:2]:
                if int(first) > 12 >= int(second):
                    orders.add("dmy")
                elif int(second) > 12 >= int(first):
                    orders.add("mdy")
    return Style(
        decimal_mark=marks.pop() if len(marks) == 1 else None,
        date_order=orders.pop() if len(orders) == 1 else None,
    )


def _clean(text: str) -> str:
    return text.strip().translate(_CLEAN)


def kind_of(text: str) -> Kind:
    cleaned = _clean(text)
    if not cleaned:
        return Kind.EMPTY
    if _PLAIN.match(cleaned):
        return Kind.NUMBER
    if cleaned[0].isalpha():
        return Kind.TEXT
    if cleaned.endswith("%"):
        return Kind.PERCENT if _is_number(cleaned[:-1]) else Kind.TEXT
    if duration_minutes(text) is not None:
        return Kind.DURATION
    match = _WITH_UNIT.match(text.strip())
    if match:
        unit = _CELL_UNITS[match.group("unit").lower()]
        return Kind.PERCENT if unit is Unit.PERCENT else Kind.NUMBER
    return Kind.NUMBER if _is_number(cleaned) else Kind.TEXT


def unit_in(text: str) -> Unit | None:
    """The unit a cell names itself: "9,6 %", "4,5 tim", "270 min", "4:30" (hours)."""
    cleaned = _clean(text)
    if not cleaned or _PLAIN.match(cleaned) or cleaned[0].isalpha():
        return None
    if cleaned.endswith("%"):
        return Unit.PERCENT
    if duration_minutes(text) is not None:
        return Unit.HOURS
    match = _WITH_UNIT.match(text.strip())
    return _CELL_UNITS[match.group("unit").lower()] if match else None


def _is_number(text: str) -> bool:
    return bool(_PLAIN.match(text) or _GROUPED.match(text))


def number(text: str, decimal_mark: str | None = None) -> float:
    """A number as schools write it: "12,5", "12.5", "1 234,5", "1.234,5", "−3".

    Raises ValueProblem; "4.800" with no `decimal_mark` to tell raises AmbiguousNumber.
    """
    cleaned = _clean(text)
    if _PLAIN.match(cleaned):
        ambiguous = _AMBIGUOUS.match(cleaned)
        if ambiguous and decimal_mark != ambiguous.group(1):
            if decimal_mark is None:
                raise AmbiguousNumber(
                    Phrase(
                        "”{text}” kan läsas både som {small} och som {large}. Skriv talet "
                        "utan tusentalstecken, eller med decimalkomma.",
                        text=_short(text),
                        small=cleaned.replace(".", ","),
                        large=re.sub(r"[.,]", " ", cleaned),
                    )
                )
            return float(re.sub(r"[.,]", "", cleaned))  # the other mark is the decimal
        return float(cleaned.replace(",", "."))
    grouped = _GROUPED.match(cleaned)
    if grouped and grouped.group(1) != grouped.group(2):
        group, decimal = grouped.group(1), grouped.group(2)
        whole, _, fraction = cleaned.rpartition(decimal) if decimal else (cleaned, "", "")
        value = float(whole.replace(group, "") + ("." + fraction if decimal else ""))
        return value
    raise ValueProblem(Phrase("”{text}” är inget tal.", text=_short(text)))


class AmbiguousNumber(ValueProblem):
    """A number that reads two ways (see `number`)."""


def duration_minutes(text: str) -> float | None:
    """ "4:30" and "4:30:00" (hours:minutes[:seconds]) and "1 h 30 min", in minutes;
    None for anything else."""
    cleaned = text.strip()
    match = _DURATION.match(cleaned.translate(_SPACES))
    if match:
        sign, hours, minutes, seconds = match.groups()
        total = int(hours) * 60 + int(minutes) + int(seconds or 0) / 60
        return -total if sign == "-" else total
    words = _HOURS_MINUTES.match(cleaned)
    if words:
        return int(words.group(1)) * 60 + int(words.group(2))
    return None


def amount(text: str, unit: Unit, style: Style = Style()) -> float:  # noqa: B008
    """The cell's value in its dimension's base: percent for a share, minutes for time,
    a count for lessons and days. A cell that names a unit of its own ("9,6 %",
    "270 min", "4:30") is read in it, if it is the column's kind of unit."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueProblem(Phrase("värde saknas"))
    plain = _clean(cleaned)
    if _PLAIN.match(plain) and not _AMBIGUOUS.match(plain):  # most cells: a plain number
        return _in_base(float(plain.replace(",", ".")), unit)
    minutes = duration_minutes(cleaned)
    own = unit_in(cleaned)
    if own is not None and own.dimension != unit.dimension:
        if minutes is not None:
            raise ValueProblem(
                Phrase(
                    "”{text}” är en tid (timmar:minuter), men kolumnen läses som {unit}.",
                    text=_short(text),
                    unit=UNIT_SAID[unit],
                )
            )
        raise ValueProblem(
            Phrase(
                "”{text}” anges i {own}, men kolumnen läses som {unit}.",
                text=_short(text),
                own=UNIT_SAID[own],
                unit=UNIT_SAID[unit],
            )
        )
    if minutes is not None:
        return minutes
    read_as = own or unit
    digits = cleaned
    if own is not None:
        match = _WITH_UNIT.match(cleaned)
        digits = match.group("number") if match else cleaned.removesuffix("%")
    try:
        value = number(digits, style.decimal_mark)
    except AmbiguousNumber:
        if read_as.dimension != "share":
            raise
        value = float(_clean(digits).replace(",", "."))  # 12,500 % can only be 12.5 %
    return _in_base(value, read_as)


def _in_base(value: float, unit: Unit) -> float:
    if unit is Unit.FRACTION:
        return value * 100
    if unit is Unit.HOURS:
        return value * 60
    return value


# -- dates ----------------------------------------------------------------------------

_MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "februari": 2,
    "mar": 3,
    "mars": 3,
    "apr": 4,
    "april": 4,
    "maj": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augusti": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_SLASHED = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/\d{4}(?!\d)")
_DATE = re.compile(
    r"(?<!\d)(?P<iso>(\d{4})[-/](\d{1,2})[-/](\d{1,2}))(?!\d)"
    r"|(?<!\d)(?P<compact>(\d{4})(\d{2})(\d{2}))(?!\d)"
    r"|(?<!\d)(?P<slashed>(\d{1,2})/(\d{1,2})/(\d{4}))(?!\d)"
    r"|(?<!\d)(?P<dotted>(\d{1,2})[.-](\d{1,2})[.-](\d{4}))(?!\d)"
    r"|(?<!\d)(?P<named>(\d{1,2})\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
    r"\.?\s+(\d{4}))(?!\d)",
    re.IGNORECASE,
)


def dates_in(text: str, style: Style = Style()) -> list[dt.date]:  # noqa: B008
    """Every date in the text, in order: 2026-10-01, 20261001, 1.10.2026, 1-10-2026,
    1 okt 2026; 01/10/2026 in the order the file shows (raises when it never does and
    the day could be the month)."""
    found: list[dt.date] = []
    for match in _DATE.finditer(text):
        groups = match.groups()
        try:
            if match.group("iso"):
                year, month, day = int(groups[1]), int(groups[2]), int(groups[3])
            elif match.group("compact"):
                year, month, day = int(groups[5]), int(groups[6]), int(groups[7])
            elif match.group("slashed"):
                first, second, year = int(groups[9]), int(groups[10]), int(groups[11])
                day, month = _slashed(first, second, style, match.group(0))
            elif match.group("dotted"):
                day, month, year = int(groups[13]), int(groups[14]), int(groups[15])
            else:
                day, year = int(groups[17]), int(groups[19])
                month = _MONTHS[groups[18].lower()]
            found.append(dt.date(year, month, day))
        except ValueError as error:
            if isinstance(error, ValueProblem):
                raise
            continue  # not a date after all (a 31 February, a long number)
    return found


def _slashed(first: int, second: int, style: Style, text: str) -> tuple[int, int]:
    """(day, month) of a date written with slashes."""
    if first > 12 or style.date_order == "dmy":
        return first, second
    if second > 12 or style.date_order == "mdy":
        return second, first
    if first == second:
        return first, second
    raise ValueProblem(
        Phrase(
            "”{text}” kan vara både den {one} och den {other}. Skriv datumet som ÅÅÅÅ-MM-DD.",
            text=text,
            one=f"{first} {MONTH_NAMES[second - 1]}",
            other=f"{second} {MONTH_NAMES[first - 1]}",
        )
    )


MONTH_NAMES = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "…"


# -- a column's cells as a whole ---------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What a column's cells show: how many are percentages, durations, plain numbers or
    text, the units they name themselves, and whether every number is at most 1."""

    filled: int = 0
    percent: int = 0
    duration: int = 0
    number: int = 0
    text: int = 0
    bare: int = 0  # numbers that name no unit
    own_units: frozenset[Unit] = frozenset()
    at_most_one: bool = False  # every number ≤ 1 and some not whole: shares, not percent?
    # A cell such as "9.30" when no cell shows the dot to be a decimal mark ("9.5",
    # "9.75"): in hours it may be 9 h 30 min (as a clock is written) or 9,3 h.
    clock_like: str = ""
    clock: str = ""  # the first cell written as a clock ("12:30"): hours and minutes

    @property
    def unit(self) -> Unit | None:
        """The unit the cells name themselves, when they agree; None otherwise. Cells
        that each name a unit of one kind ("4:30", "270 min") read right in either."""
        if len(self.own_units) == 1:
            (unit,) = self.own_units
            return unit
        if self.own_units and not self.mixed and not self.bare:
            return sorted(self.own_units)[0]
        return None

    @property
    def mixed(self) -> bool:
        """Cells that name units of different kinds ("9,6 %" beside "4:30")."""
        return len({u.dimension for u in self.own_units}) > 1


PROFILED = 2000  # cells enough to tell a column's unit; every row is still read on its own


def profile(cells: Iterable[str]) -> Profile:
    """What the first PROFILED filled cells show. A later cell that disagrees is refused
    when its row is read (imports.parse), so looking at fewer cells never misreads."""
    filled = percent = duration = numbers = text = bare = 0
    units: set[Unit] = set()
    largest = 0.0
    fractional = False
    clock_like, decimal_dot, clock = "", False, ""
    for cell in cells:
        kind = kind_of(cell)
        if kind is Kind.EMPTY:
            continue
        if filled == PROFILED:
            break
        filled += 1
        if kind is Kind.TEXT:
            text += 1
            continue
        own = unit_in(cell)
        if own is not None:
            units.add(own)
        if kind is Kind.PERCENT:
            percent += 1
        elif kind is Kind.DURATION:
            duration += 1
            clock = clock or cell.strip()
        else:
            numbers += 1
            dotted = _DOTTED.match(_number_part(cell))
            if dotted and (own is None or own is Unit.HOURS):
                decimals = dotted.group(1)
                if len(decimals) != 2 or int(decimals) >= 60:
                    decimal_dot = decimal_dot or len(decimals) != 3  # 4.800: a thousand?
                elif decimals != "00" and not clock_like:
                    clock_like = _number_part(cell)
            if own is None:
                bare += 1
                try:
                    value = abs(number(cell))
                except ValueProblem:
                    continue
                largest = max(largest, value)
                fractional = fractional or not value.is_integer()
    return Profile(
        filled=filled,
        percent=percent,
        duration=duration,
        number=numbers,
        text=text,
        bare=bare,
        own_units=frozenset(units),
        at_most_one=numbers > 0 and not percent and largest <= 1 and fractional,
        clock_like="" if decimal_dot else clock_like,
        clock=clock,
    )


_DOTTED = re.compile(r"^\d+\.(\d+)$")


def _number_part(cell: str) -> str:
    """The number of a cell, without a unit it names ("9.30 tim" is "9.30")."""
    match = _WITH_UNIT.match(cell.strip())
    return _clean(match.group("number") if match else cell)


def clock_readings(text: str) -> tuple[str, str, str]:
    """ "9.30" as hours, minutes and decimal hours: ("9", "30", "9,3")."""
    whole, _, decimals = _number_part(text).partition(".")
    return whole, decimals, f"{whole},{decimals.rstrip('0')}"
