"""Swedish personnummer and samordningsnummer, as Skatteverket issues them. Layer: domain.

`parse(text)` accepts the forms people type (10 or 12 digits, with or without
`-`, `+` from the year a person turns 100) and returns one normalised form,
`ÅÅÅÅMMDD-NNNK`. Every rejection says why, in Swedish.

Folkbokföringslagen 18 and 18 a §§: the födelsenummer runs 001–999; a
samordningsnummer adds 60 to the day. Skatteverket assigns samordningsnummer
where the birth date is not fully known: month 00 or day 00 (written 60) when
unknown, and its published test numbers even carry days a month does not have.
So a samordningsnummer's birth date may be partly unknown (`BirthDate`), and
everything that uses a birth date has to say so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sstdesk.domain.errors import PersonnummerError
from sstdesk.domain.phrase import Phrase

_SHAPE = re.compile(r"^([0-9]{6}|[0-9]{8})([-+]?)([0-9]{4})$")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2212")  # ‐ ‑ ‒ – — −, typed or pasted
# Zero-width, bidi-override and soft-hyphen characters: pasted from web pages, never meant.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
COORDINATION_DAY_OFFSET = 60
CENTENARIAN_AGE = 100


@dataclass(frozen=True)
class BirthDate:
    """A birth date as far as it is known: a samordningsnummer may lack the month or day."""

    year: int
    month: int | None = None  # None: not known
    day: int | None = None  # None: not known (or not a day of that month)

    @property
    def known(self) -> bool:
        return self.month is not None and self.day is not None

    @property
    def earliest(self) -> dt.date:
        """The first day the person can have been born."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day the person can have been born."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @property
    def exact(self) -> dt.date | None:
        return self.earliest if self.known else None

    def ages_on(self, on: dt.date) -> tuple[int, int]:
        """The youngest and the oldest the person can be on `on`."""
        return _age(self.latest, on), _age(self.earliest, on)

    def text(self) -> str:
        """The date as far as known, in Swedish: 2013-05-29, 2013-05 (dag okänd), 2013 (…)."""
        if self.known:
            return self.earliest.isoformat()
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d} (dag okänd)"
        if self.day is not None:
            return f"{self.year:04d} (månad okänd, dag {self.day})"
        return f"{self.year:04d} (månad och dag okända)"


def _age(birth: dt.date, on: dt.date) -> int:
    years = on.year - birth.year
    return years - ((on.month, on.day) < (birth.month, birth.day))


class Personnummer(str):
    """A checked identity number in the form ÅÅÅÅMMDD-NNNK (a str, so it stores as one)."""

    __slots__ = ()

    @property
    def digits(self) -> str:
        """The twelve digits, without separator."""
        return self.replace("-", "")

    @property
    def is_coordination_number(self) -> bool:
        """True for a samordningsnummer (day of month plus 60)."""
        return int(self[6:8]) >= COORDINATION_DAY_OFFSET

    @property
    def birth(self) -> BirthDate:
        return _birth(int(self[0:4]), int(self[4:6]), int(self[6:8]))

    @property
    def short(self) -> str:
        """The ten-digit form ÅÅMMDD-NNNK that most forms print."""
        return self[2:]


def birth_of(personnummer: str) -> BirthDate:
    """The birth date of a stored (already checked) number."""
    return Personnummer(personnummer).birth


def _birth(year: int, month: int, day_digits: int) -> BirthDate:
    """The birth date the digits state; only a samordningsnummer may leave parts unknown."""
    if day_digits < COORDINATION_DAY_OFFSET:
        return BirthDate(year, month, day_digits)
    day = day_digits - COORDINATION_DAY_OFFSET
    known_month = month if 1 <= month <= 12 else None
    if day == 0 or (known_month and day > calendar.monthrange(year, known_month)[1]):
        return BirthDate(year, known_month, None)
    return BirthDate(year, known_month, day)


def luhn_check_digit(nine_digits: str) -> int:
    """The Luhn check digit over YYMMDDNNN, as Skatteverket computes it."""
    total = 0
    for i, ch in enumerate(nine_digits):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def parse(text: str, *, today: dt.date | None = None) -> Personnummer:
    """Check `text` and return it normalised, or raise PersonnummerError saying why.

    `today` decides the century of a ten-digit number (the clock is the caller's).
    """
    today = today or dt.date.today()
    cleaned = "".join(_plain(ch) for ch in "".join(text.split()) if ch not in INVISIBLE)
    if not cleaned:
        raise PersonnummerError("Personnummer saknas.")
    bad = sorted({ch for ch in cleaned if ch not in "0123456789-+"})
    if bad:
        raise PersonnummerError(
            Phrase(
                "Personnumret innehåller otillåtna tecken ({items}). Skriv det som ÅÅÅÅMMDD-NNNN "
                "eller ÅÅMMDD-NNNN.",
                items=" ".join(bad),
            )
        )
    match = _SHAPE.match(cleaned)
    if not match:
        count = sum(ch.isdigit() for ch in cleaned)
        signs = sum(ch in "-+" for ch in cleaned)
        if count in (10, 12) and (signs > 1 or cleaned[0] in "-+" or cleaned[-1] in "-+"):
            raise PersonnummerError(
                Phrase(
                    "Bindestrecket eller plustecknet står på fel plats. "
                    "Skriv numret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."
                )
            )
        raise PersonnummerError(
            Phrase(
                "Personnumret ska ha 10 eller 12 siffror, men har {count}. Skriv det som "
                "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.",
                count=count,
            )
        )
    date_part, separator, tail = match.groups()
    if len(date_part) == 8 and separator == "+":
        raise PersonnummerError(
            Phrase(
                "Plustecken används bara i tiosiffrig form (ÅÅMMDD+NNNN). "
                "Skriv det tolvsiffriga numret med bindestreck."
            )
        )
    month, day_digits = int(date_part[-4:-2]), int(date_part[-2:])
    coordination = day_digits >= COORDINATION_DAY_OFFSET
    if len(date_part) == 8:
        year = int(date_part[:4])
    else:
        year = _century_for(int(date_part[:2]), centenarian=separator == "+", today=today)
    birth = _checked_date(year, month, day_digits, coordination=coordination)
    if birth.earliest > today:
        hint = (
            f" Är personen född {year - 100} skrivs numret med plustecken (ÅÅMMDD+NNNN)."
            if len(date_part) == 6 and separator != "+"
            else ""
        )
        raise PersonnummerError(
            Phrase(
                "Födelsedatumet {value} ligger i framtiden. Kontrollera årtalet.{hint}",
                value=birth.text(),
                hint=hint,
            )
        )
    if tail[:3] == "000":
        raise PersonnummerError(
            Phrase(
                "Födelsenumret (siffrorna efter datumet) kan inte vara 000 – det går från 001 till "
                "999. Kontrollera numret mot en handling."
            )
        )
    expected = luhn_check_digit(date_part[-6:] + tail[:3])
    if int(tail[3]) != expected:
        raise PersonnummerError(
            Phrase(
                "Kontrollsiffran stämmer inte – troligen är en siffra felskriven. "
                "Kontrollera numret mot en handling."
            )
        )
    return Personnummer(f"{year:04d}{month:02d}{day_digits:02d}-{tail}")


def _plain(ch: str) -> str:
    """A digit of any script as 0–9, a typographic dash as '-': one number, one form."""
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    return "-" if ch in _DASHES else ch


def _checked_date(year: int, month: int, day_digits: int, *, coordination: bool) -> BirthDate:
    """The birth date the digits state, or a refusal saying which part does not exist."""
    if coordination:
        day = day_digits - COORDINATION_DAY_OFFSET
        if not 0 <= month <= 12 or day > 31:
            raise PersonnummerError(
                Phrase(
                    "Samordningsnumrets datum {year}-{month}-{day} finns inte: månaden ska vara "
                    "00–12 och dagen 60–91 (dagens nummer plus 60). Kontrollera siffrorna.",
                    year=f"{year:04d}",
                    month=f"{month:02d}",
                    day=f"{day:02d}",
                )
            )
        return _birth(year, month, day_digits)
    if day_digits > 31 and day_digits < COORDINATION_DAY_OFFSET:
        raise PersonnummerError(
            Phrase(
                "Dagen {day_digits} finns inte i ett personnummer (01–31, eller 61–91 i ett "
                "samordningsnummer). Kontrollera siffrorna.",
                day_digits=day_digits,
            )
        )
    try:
        dt.date(year, month, day_digits)
    except ValueError:
        raise PersonnummerError(
            Phrase(
                "Personnumrets datum {year}-{month}-{day_digits} finns inte i kalendern. "
                "Kontrollera siffrorna.",
                year=f"{year:04d}",
                month=f"{month:02d}",
                day_digits=f"{day_digits:02d}",
            )
        ) from None
    return BirthDate(year, month, day_digits)


def _century_for(yy: int, *, centenarian: bool, today: dt.date) -> int:
    """The year of a ten-digit number (folkbokföringslagen 18 §).

    '-' is written until the year a person turns 100 and '+' from that year on, so a
    dash means one of the 100 years up to this one, a plus one of the years before those.
    """
    newest = today.year - CENTENARIAN_AGE if centenarian else today.year
    return newest - (newest - yy) % 100
