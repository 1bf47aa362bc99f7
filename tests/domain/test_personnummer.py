"""Personnummer and samordningsnummer as Skatteverket issues them: every form people type,
every way to get it wrong, and Skatteverket's own published test numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sstdesk.domain.errors import PersonnummerError
from sstdesk.domain.personnummer import BirthDate, luhn_check_digit, parse

TODAY = dt.date(2026, 12, 1)
DATA = Path(__file__).parents[1] / "data" / "skatteverket"


def published(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line and not line.startswith("#")]


def make(birth: dt.date, serial: int, *, coordination: bool = False) -> tuple[str, str]:
    """(12 digits without check, check digit) for a birth date and a three-digit serial."""
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    return f"{birth:%Y%m}{day:02d}{serial:03d}", str(luhn_check_digit(nine))


def raw(year: int, month: int, day_digits: int, serial: int) -> str:
    """Twelve digits for any month and day digits (a samordningsnummer's may be 00 or 60)."""
    nine = f"{year % 100:02d}{month:02d}{day_digits:02d}{serial:03d}"
    return f"{year:04d}{month:02d}{day_digits:02d}{serial:03d}{luhn_check_digit(nine)}"


def separator(year: int, today: dt.date) -> str:
    """Folkbokföringslagen 18 §: a plus from the year the person turns 100."""
    return "+" if today.year - year >= 100 else "-"


# -- Skatteverket's own numbers --------------------------------------------------------


def test_every_published_test_personnummer_is_accepted_in_every_form() -> None:
    numbers = [row[0] for row in published("testpersonnummer.txt")]
    assert len(numbers) > 40_000
    for digits in numbers:
        normal = f"{digits[:8]}-{digits[8:]}"
        assert parse(digits, today=TODAY) == normal
        year = int(digits[:4])
        ten = f"{digits[2:8]}{separator(year, TODAY)}{digits[8:]}"
        assert parse(ten, today=TODAY) == normal, ten


def test_published_test_samordningsnummer_with_unknown_month_or_day_are_accepted() -> None:
    for digits, stated in published("testsamordningsnummer.txt"):
        pnr = parse(digits, today=TODAY)
        assert pnr.is_coordination_number
        year, month, day = stated.split("-")
        birth = pnr.birth
        assert birth.year == int(year)
        assert birth.month == (None if month == "??" else int(month)), digits
        assert birth.day == (None if day == "??" else int(day)), digits
        assert birth.known == ("?" not in stated)


@given(
    st.integers(min_value=1920, max_value=2025),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=0, max_value=31),
    st.integers(min_value=1, max_value=999),
)
def test_any_samordningsnummer_month_00_to_12_and_day_60_to_91_is_accepted(
    year: int, month: int, day: int, serial: int
) -> None:
    """Skatteverket's test samordningsnummer include month 00, day 60 (00: not known), and
    days the month does not have: all are accepted, the birth date as far as it is known."""
    pnr = parse(raw(year, month, day + 60, serial), today=TODAY)
    birth = pnr.birth
    assert birth.year == year
    assert birth.month == (month or None)
    try:
        real = dt.date(year, month, day) if month and day else None
    except ValueError:
        real = None
    assert birth.exact == real
    assert birth.earliest <= birth.latest
    youngest, oldest = birth.ages_on(TODAY)
    assert 0 <= oldest - youngest <= 1


@pytest.mark.parametrize("day_digits", [92, 95, 99])
def test_a_samordningsnummer_day_past_91_is_refused(day_digits: int) -> None:
    with pytest.raises(PersonnummerError, match="dagen 60–91"):
        parse(raw(2012, 6, day_digits, 239), today=TODAY)


# -- the century, and the plus sign ------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "today", "sign", "expected_year"),
    [
        # The plus is written from the year a person turns 100, birthday or not.
        (dt.date(1926, 12, 21), dt.date(2026, 12, 1), "+", 1926),
        (dt.date(1926, 1, 5), dt.date(2026, 12, 1), "+", 1926),
        (dt.date(1927, 1, 5), dt.date(2026, 12, 1), "-", 1927),
        (dt.date(1927, 1, 5), dt.date(2026, 12, 1), "+", 1827),
        (dt.date(1999, 12, 31), dt.date(2026, 12, 1), "-", 1999),
        (dt.date(2000, 2, 29), dt.date(2026, 12, 1), "-", 2000),
        (dt.date(2026, 12, 21), dt.date(2027, 1, 2), "-", 2026),
        (dt.date(1926, 12, 21), dt.date(2027, 1, 2), "+", 1926),
        (dt.date(1920, 3, 1), dt.date(2026, 11, 23), "+", 1920),
    ],
)
def test_ten_digits_take_their_century_from_the_sign(
    birth: dt.date, today: dt.date, sign: str, expected_year: int
) -> None:
    body, check = make(birth, 123)
    pnr = parse(f"{body[2:8]}{sign}{body[8:]}{check}", today=today)
    assert pnr.birth.exact == birth.replace(year=expected_year)


def test_the_issues_number_is_1926_with_a_plus_and_refused_with_a_dash() -> None:
    assert parse("261221+1231", today=TODAY).birth.exact == dt.date(1926, 12, 21)
    with pytest.raises(PersonnummerError) as caught:
        parse("261221-1231", today=TODAY)
    assert "ligger i framtiden" in str(caught.value) and "plustecken" in str(caught.value)


births = st.dates(min_value=dt.date(1928, 1, 1), max_value=TODAY)
serials = st.integers(min_value=1, max_value=999)


@given(births, serials, st.booleans())
def test_every_written_form_normalises_to_one(birth: dt.date, serial: int, coord: bool) -> None:
    """12 digits, 10 digits, with and without dash: all give ÅÅÅÅMMDD-NNNK."""
    body, check = make(birth, serial, coordination=coord)
    expected = f"{body[:8]}-{body[8:]}{check}"
    for text in (
        body + check,
        f"{body[:8]}-{body[8:]}{check}",
        body[2:] + check,
        f"{body[2:8]}-{body[8:]}{check}",
        f"  {body[2:8]} {body[8:]}{check} ",
    ):
        pnr = parse(text, today=TODAY)
        assert pnr == expected
        assert pnr.birth == BirthDate(birth.year, birth.month, birth.day)
        assert pnr.is_coordination_number is coord


# -- what is refused, and why ---------------------------------------------------------------


@given(births, serials, st.integers(min_value=1, max_value=9))
def test_a_wrong_check_digit_is_refused(birth: dt.date, serial: int, shift: int) -> None:
    body, check = make(birth, serial)
    wrong = str((int(check) + shift) % 10)
    with pytest.raises(PersonnummerError, match="Kontrollsiffran"):
        parse(body + wrong, today=TODAY)


@given(births, serials, st.integers(min_value=0, max_value=8), st.integers(1, 9))
def test_any_single_digit_typo_is_caught(birth: dt.date, serial: int, pos: int, d: int) -> None:
    """Luhn catches every single-digit error in the ten digits people copy."""
    body, check = make(birth, serial)
    ten = list(body[2:] + check)
    ten[pos] = str((int(ten[pos]) + d) % 10)
    assert not _parses("".join(ten))


def _parses(text: str) -> bool:
    try:
        parse(text, today=TODAY)
    except PersonnummerError:
        return False
    return True


@given(births, st.booleans())
def test_serial_000_is_never_issued(birth: dt.date, coord: bool) -> None:
    body, check = make(birth, 0, coordination=coord)
    with pytest.raises(PersonnummerError, match="001 till 999"):
        parse(body + check, today=TODAY)


def test_29_february_only_in_leap_years() -> None:
    body, check = make(dt.date(2012, 2, 29), 239)
    assert parse(body + check, today=TODAY).birth.exact == dt.date(2012, 2, 29)
    with pytest.raises(PersonnummerError, match="2013-02-29 finns inte"):
        parse(raw(2013, 2, 29, 239), today=TODAY)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "saknas"),
        ("20130405-98", "10 eller 12 siffror, men har 10"),
        ("2013040598241", "10 eller 12 siffror, men har 13"),
        ("20130405-98X4", "otillåtna tecken (X)"),
        ("20130230-9824", "2013-02-30 finns inte"),
        (raw(2013, 0, 5, 982), "2013-00-05 finns inte"),
        (raw(2013, 4, 0, 982), "2013-04-00 finns inte"),
        (raw(2013, 4, 45, 982), "Dagen 45 finns inte"),
        (raw(2013, 13, 65, 982), "Samordningsnumrets datum 2013-13-05 finns inte"),
        ("20130405+9824", "Plustecken används bara i tiosiffrig form"),
        ("20301201-1234", "ligger i framtiden"),
        (raw(2027, 0, 60, 239), "ligger i framtiden"),
    ],
)
def test_each_refusal_says_why_in_swedish(text: str, fragment: str) -> None:
    with pytest.raises(PersonnummerError) as caught:
        parse(text, today=TODAY)
    assert fragment in str(caught.value)


# -- a birth date known in part ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "ages", "text"),
    [
        (BirthDate(2013, 5, 29), dt.date(2026, 12, 1), (13, 13), "2013-05-29"),
        (BirthDate(2011, 11, None), dt.date(2026, 11, 15), (14, 15), "2011-11 (dag okänd)"),
        (BirthDate(2011, None, 2), dt.date(2026, 6, 1), (14, 15), "2011 (månad okänd, dag 2)"),
        (
            BirthDate(2011, None, None),
            dt.date(2026, 12, 31),
            (15, 15),
            "2011 (månad och dag okända)",
        ),
        (
            BirthDate(2011, None, None),
            dt.date(2026, 12, 30),
            (14, 15),
            "2011 (månad och dag okända)",
        ),
    ],
)
def test_a_partly_known_birth_date_gives_a_range_of_ages(
    birth: BirthDate, on: dt.date, ages: tuple[int, int], text: str
) -> None:
    assert birth.ages_on(on) == ages
    assert birth.text() == text


def test_samordningsnummer_day_plus_sixty() -> None:
    body, check = make(dt.date(2012, 6, 15), 239, coordination=True)
    pnr = parse(body + check, today=TODAY)
    assert pnr.is_coordination_number
    assert pnr.birth.exact == dt.date(2012, 6, 15)
    assert pnr.short == f"{body[2:8]}-{body[8:]}{check}"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("２０１３０４０５-２３８２", "20130405-2382"),  # full-width digits
        ("٢٠١٣٠٤٠٥-٢٣٨٢", "20130405-2382"),  # Arabic-Indic digits
        ("20130405–2382", "20130405-2382"),  # an en dash from a word processor
        ("2013\u200b0405-2382", "20130405-2382"),  # a zero-width space from a web page
        ("130405 - 2382", "20130405-2382"),
    ],
)
def test_one_number_whatever_digits_and_dashes_it_is_typed_with(typed: str, expected: str) -> None:
    """So the same child can never be registered twice under two spellings."""
    assert parse(typed, today=TODAY) == expected


@pytest.mark.parametrize("typed", ["-1304052382", "130405-2382-", "1304-05-2382"])
def test_a_sign_in_the_wrong_place_is_named(typed: str) -> None:
    with pytest.raises(PersonnummerError, match="fel plats"):
        parse(typed, today=TODAY)
