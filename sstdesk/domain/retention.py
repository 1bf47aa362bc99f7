"""Gallring: when a closed case must be deleted, and who is kept for research (R7).

Layer: domain. SoL 12 kap. 1 §: five years after the last entry, completed by
the end of the following calendar year; socialtjänstförordningen 7 kap. 2 §:
people born on the 5th, 15th or 25th, and everyone in the named counties, are
kept as the research sample.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

RETENTION_YEARS = 5
RESEARCH_BIRTH_DAYS = frozenset({5, 15, 25})
RESEARCH_REGIONS = frozenset(
    {"östergötlands län", "gotlands län", "västernorrlands län", "göteborg"}
)


@dataclass(frozen=True)
class RetentionWindow:
    earliest: dt.date  # gallring may start
    latest: dt.date  # gallring must be done


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def window(last_entry: dt.date) -> RetentionWindow:
    earliest = add_years(last_entry, RETENTION_YEARS)
    return RetentionWindow(earliest=earliest, latest=dt.date(earliest.year + 1, 12, 31))


def is_research_sample(birth_date: dt.date, region: str = "") -> bool:
    """True when the person belongs to the research sample and must never be deleted."""
    return birth_date.day in RESEARCH_BIRTH_DAYS or region.strip().lower() in RESEARCH_REGIONS
