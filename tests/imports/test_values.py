"""One cell's text as a number, a duration, an amount or dates: never read two ways."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.imports.headers import Unit
from sstdesk.imports.values import (
    AmbiguousNumber,
    Style,
    ValueProblem,
    amount,
    dates_in,
    duration_minutes,
    number,
    profile,
    style_of,
)

P, F, H, M, L, D = (
    Unit.PERCENT,
    Unit.FRACTION,
    Unit.HOURS,
    Unit.MINUTES,
    Unit.LESSONS,
    Unit.DAYS,
)


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("12,5", None, 12.5),
        ("12.5", None, 12.5),
        ("0,096", None, 0.096),
        ("1 234,5", None, 1234.5),
        ("1\u00a0234", None, 1234),
        ("1.234,5", None, 1234.5),
        ("1,234.5", None, 1234.5),
        ("1.234.567", None, 1234567),
        ("\u22123", None, -3),
        (",5", None, 0.5),
        ("4.800", ",", 4800),  # the file writes decimals with a comma: the point groups
        ("4.800", ".", 4.8),
        ("4,800", ".", 4800),
        ("12,500", ",", 12.5),
    ],
)
def test_numbers_as_schools_write_them(text: str, mark: str | None, value: float) -> None:
    assert number(text, mark) == pytest.approx(value)


@pytest.mark.parametrize("text", ["4.800", "4,800", "12.500"])
def test_a_number_that_reads_two_ways_is_not_read(text: str) -> None:
    with pytest.raises(AmbiguousNumber, match="kan läsas både som"):
        number(text)


@pytest.mark.parametrize("text", ["tolv", "1,2,3", "12-5", "1.234,567.8", ""])
def test_what_is_no_number(text: str) -> None:
    with pytest.raises(ValueProblem):
        number(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("4:30", 270),
        ("0:05", 5),
        ("25:30", 1530),
        ("25:30:00", 1530),
        ("1:00:30", 60.5),
        ("-1:15", -75),
        ("1 h 30 min", 90),
        ("2 tim 15 min", 135),
        ("4:5", None),
        ("12,5", None),
        ("kl 8:30", None),
    ],
)
def test_durations(text: str, minutes: float | None) -> None:
    assert duration_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("9,6 %", P, 9.6),
        ("9,6", P, 9.6),
        ("0,096", F, 9.6),
        ("9,6 %", F, 9.6),  # a cell that says percent is percent
        ("4,5", H, 270),
        ("4:30", H, 270),
        ("4:30", M, 270),  # a duration is hours:minutes whatever the column counts in
        ("270", M, 270),
        ("270 min", H, 270),
        ("4,5 tim", M, 270),
        ("4,5 h", M, 270),
        ("12", L, 12),
        ("3 lekt", L, 3),
        ("2,5", D, 2.5),
        ("12,500 %", P, 12.5),  # as percent, 12 500 is no reading
    ],
)
def test_amounts_in_their_units(text: str, unit: Unit, value: float) -> None:
    assert amount(text, unit) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "unit", "reason"),
    [
        ("9,6 %", H, "anges i procent, men kolumnen läses som timmar"),
        ("4:30", P, "är en tid (timmar:minuter), men kolumnen läses som procent"),
        ("4:30", L, "är en tid"),
        ("3 lekt", M, "anges i lektioner"),
        ("4.800", M, "kan läsas både som 4,800 och som 4 800"),
        ("tolv", P, "inget tal"),
    ],
)
def test_a_cell_against_its_column_is_refused(text: str, unit: Unit, reason: str) -> None:
    with pytest.raises(ValueProblem) as refused:
        amount(text, unit)
    assert reason in str(refused.value.args[0])


@pytest.mark.parametrize(
    ("text", "style", "found"),
    [
        ("2026-10-01", Style(), [(2026, 10, 1)]),
        ("20261001", Style(), [(2026, 10, 1)]),
        ("2026/10/01", Style(), [(2026, 10, 1)]),
        ("1.10.2026", Style(), [(2026, 10, 1)]),
        ("1-10-2026", Style(), [(2026, 10, 1)]),
        ("1 okt 2026", Style(), [(2026, 10, 1)]),
        ("31 oktober 2026", Style(), [(2026, 10, 31)]),
        ("2026-10-01T08:00:00", Style(), [(2026, 10, 1)]),
        ("2026-10-01 – 2026-10-31", Style(), [(2026, 10, 1), (2026, 10, 31)]),
        ("31/10/2026", Style(), [(2026, 10, 31)]),
        ("10/31/2026", Style(), [(2026, 10, 31)]),
        ("01/10/2026", Style(date_order="dmy"), [(2026, 10, 1)]),
        ("01/10/2026", Style(date_order="mdy"), [(2026, 1, 10)]),
        ("2026-02-31", Style(), []),
        ("vecka 40", Style(), []),
    ],
)
def test_dates(text: str, style: Style, found: list[tuple[int, int, int]]) -> None:
    assert dates_in(text, style) == [dt.date(*d) for d in found]


def test_a_date_whose_day_could_be_its_month_is_not_read() -> None:
    with pytest.raises(ValueProblem, match="både den 1 oktober och den 10 januari"):
        dates_in("01/10/2026")


@pytest.mark.parametrize(
    ("cells", "style"),
    [
        (["12,5", "3"], Style(decimal_mark=",")),
        (["12.5", "4.800"], Style(decimal_mark=".")),
        (["12,5", "12.5"], Style()),
        (["4.800", "1.200"], Style()),  # only readings that could be either
        (["9,6 %", "4,5 tim"], Style(decimal_mark=",")),
        (["31/10/2026", "01/10/2026"], Style(date_order="dmy")),
        (["10/31/2026"], Style(date_order="mdy")),
    ],
)
def test_the_files_way_of_writing(cells: list[str], style: Style) -> None:
    assert style_of(cells) == style


@pytest.mark.parametrize(
    ("cells", "unit", "shares"),
    [
        (["9,6 %", "0", "12 %"], P, False),
        (["4:30", "0:00", "12:15"], H, False),
        (["4:30", "270 min"], H, False),
        (["9,6 %", "4:30"], None, False),
        (["0,096", "0,2", "0"], None, True),
        (["12", "3,5"], None, False),
        (["0", "1"], None, False),
    ],
)
def test_what_a_columns_cells_show(cells: list[str], unit: Unit | None, shares: bool) -> None:
    shown = profile(cells)
    assert shown.unit is unit
    assert shown.at_most_one is shares


@pytest.mark.parametrize(
    ("cells", "clock_like"),
    [
        (["9.30", "0", "2.15"], "9.30"),  # 9 h 30 min, or 9,3 h?
        (["0", "4.50 tim"], "4.50"),
        (["9.30", "2.75"], ""),  # 75 is no minutes: the dot is a decimal mark
        (["9.30", "2.5"], ""),
        (["9.00", "12.00"], ""),  # the same either way
        (["9,30", "2,15"], ""),  # a decimal comma: 9,3 h
        (["9:30", "2:15"], ""),  # hours and minutes as they should be written
        (["4.800"], ""),  # a thousand, or 4,8: said elsewhere (AmbiguousNumber)
        (["9.30 %"], ""),
    ],
)
def test_a_dot_that_may_be_a_clocks(cells: list[str], clock_like: str) -> None:
    assert profile(cells).clock_like == clock_like
