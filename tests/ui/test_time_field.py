"""A meeting's time as people type it, and nothing guessed from what is not a time."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.ui.forms import parse_time


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("13:30", dt.time(13, 30)),
        ("13.30", dt.time(13, 30)),
        (" 9:05 ", dt.time(9, 5)),
        ("0930", dt.time(9, 30)),
        ("930", dt.time(9, 30)),
        ("9", dt.time(9, 0)),
        ("", None),
        ("  ", None),
    ],
)
def test_a_time_is_read_the_ways_people_write_it(typed: str, time: dt.time | None) -> None:
    assert parse_time(typed) == time


@pytest.mark.parametrize("typed", ["9.5", "9:5", "25:00", "13:75", "24", "1:300", "kl 9", "9:"])
def test_what_is_no_time_or_could_be_two_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_time(typed)
