"""Personnummer and samordningsnummer: every form people type, every way to get it wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sstdesk.domain.errors import PersonnummerError
from sstdesk.domain.personnummer import luhn_check_digit, parse

TODAY = dt.date(2026, 11, 23)


def make(birth: dt.date, serial: int, *, coordination: bool = False) -> tuple[str, str]:
    """(12 digits without check, check digit) for a birth date and a three-digit serial."""
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    return f"{birth:%Y%m}{day:02d}{serial:03d}", str(luhn_check_digit(nine))


births = st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY)
serials = st.integers(min_value=0, max_value=999)


@given(births, serials, st.booleans())
def test_every_written_form_normalises_to_one(birth: dt.date, serial: int, coord: bool) -> None:
    """12 digits, 10 digits, with and without dash: all give ÅÅÅÅMMDD-NNNK."""
    assume((TODAY - birth).days < 365 * 99)  # ten-digit forms are unambiguous below 100
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
        assert pnr.birth_date == birth
        assert pnr.is_coordination_number is coord


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


def test_plus_sign_means_a_hundred_years_or_more() -> None:
    body, check = make(dt.date(1920, 3, 1), 123)
    assert parse(f"{body[2:8]}+{body[8:]}{check}", today=TODAY).birth_date.year == 1920


def test_ten_digits_born_later_this_year_belongs_to_last_century() -> None:
    """A ten-digit number whose date has not yet come this year is someone aged 99."""
    body, check = make(dt.date(1926, 12, 24), 42)
    assert parse(body[2:] + check, today=TODAY).birth_date.year == 1926


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "saknas"),
        ("20130405-98", "10 eller 12 siffror, men har 10"),
        ("2013040598241", "10 eller 12 siffror, men har 13"),
        ("20130405-98X4", "otillåtna tecken (X)"),
        ("20130230-9824", "2013-02-30 finns inte"),
        ("20130290-9824", "Samordningsnumrets datum 2013-02-30"),
        ("20130405+9824", "Plustecken används bara i tiosiffrig form"),
        ("20301201-1234", "ligger i framtiden"),
    ],
)
def test_each_refusal_says_why_in_swedish(text: str, fragment: str) -> None:
    with pytest.raises(PersonnummerError) as caught:
        parse(text, today=TODAY)
    assert fragment in str(caught.value)


def test_samordningsnummer_day_plus_sixty() -> None:
    body, check = make(dt.date(2012, 6, 15), 239, coordination=True)
    pnr = parse(body + check, today=TODAY)
    assert pnr.is_coordination_number
    assert pnr.birth_date == dt.date(2012, 6, 15)
    assert pnr.short == f"{body[2:8]}-{body[8:]}{check}"
