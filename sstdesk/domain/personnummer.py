"""Swedish personnummer and samordningsnummer. Layer: domain (no I/O).

`parse(text)` accepts the forms people type (10 or 12 digits, with or without
`-`, `+` for people aged 100 or more) and returns one normalised form,
`ÅÅÅÅMMDD-NNNK`. Every rejection says why, in Swedish.
"""

from __future__ import annotations

import datetime as dt
import re

from sstdesk.domain.errors import PersonnummerError

_SHAPE = re.compile(r"^(\d{6}|\d{8})([-+]?)(\d{4})$")
COORDINATION_DAY_OFFSET = 60


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
        return int(self[6:8]) > COORDINATION_DAY_OFFSET

    @property
    def birth_date(self) -> dt.date:
        day = int(self[6:8])
        if day > COORDINATION_DAY_OFFSET:
            day -= COORDINATION_DAY_OFFSET
        return dt.date(int(self[0:4]), int(self[4:6]), day)

    @property
    def short(self) -> str:
        """The ten-digit form ÅÅMMDD-NNNK that most forms print."""
        return self[2:]


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
    cleaned = "".join(text.split())
    if not cleaned:
        raise PersonnummerError("Personnummer saknas.")
    bad = sorted({ch for ch in cleaned if not (ch.isdigit() or ch in "-+")})
    if bad:
        raise PersonnummerError(
            f"Personnumret innehåller otillåtna tecken ({' '.join(bad)}). "
            "Skriv det som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."
        )
    match = _SHAPE.match(cleaned)
    if not match:
        count = sum(ch.isdigit() for ch in cleaned)
        raise PersonnummerError(
            f"Personnumret ska ha 10 eller 12 siffror, men har {count}. "
            "Skriv det som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN."
        )
    date_part, separator, tail = match.groups()
    if len(date_part) == 8 and separator == "+":
        raise PersonnummerError(
            "Plustecken används bara i tiosiffrig form (ÅÅMMDD+NNNN). "
            "Skriv det tolvsiffriga numret med bindestreck."
        )
    month, day = int(date_part[-4:-2]), int(date_part[-2:])
    coordination = day > COORDINATION_DAY_OFFSET
    real_day = day - COORDINATION_DAY_OFFSET if coordination else day
    if len(date_part) == 8:
        year = int(date_part[:4])
    else:
        year = _century_for(
            int(date_part[:2]), (month, real_day), centenarian=separator == "+", today=today
        )
    try:
        birth = dt.date(year, month, real_day)
    except ValueError:
        kind = "Samordningsnumrets" if coordination else "Personnumrets"
        shown = f"{year:04d}-{month:02d}-{real_day:02d}"
        raise PersonnummerError(
            f"{kind} datum {shown} finns inte i kalendern. Kontrollera siffrorna."
        ) from None
    if birth > today:
        raise PersonnummerError(
            f"Födelsedatumet {birth.isoformat()} ligger i framtiden. Kontrollera årtalet."
        )
    nine = date_part[-6:] + tail[:3]
    expected = luhn_check_digit(nine)
    if int(tail[3]) != expected:
        raise PersonnummerError(
            "Kontrollsiffran stämmer inte – troligen är en siffra felskriven. "
            "Kontrollera numret mot en handling."
        )
    return Personnummer(f"{year:04d}{month:02d}{day:02d}-{tail}")


def _century_for(yy: int, month_day: tuple[int, int], *, centenarian: bool, today: dt.date) -> int:
    """The most recent year ending in `yy` whose date is not after today (100 back for +)."""
    year = today.year - (today.year - yy) % 100
    if year == today.year and month_day > (today.month, today.day):
        year -= 100
    return year - 100 if centenarian else year
