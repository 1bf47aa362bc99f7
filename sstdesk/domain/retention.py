"""Gallring: when a closed case must be deleted, and who is kept for research (R7).

Layer: domain. SoL 12 kap. 1 §: five years after the last entry, completed by
the end of the following calendar year; a privat utförare keeps records two
years (SKR). Socialtjänstförordningen 7 kap. 2 §: people born on the 5th, 15th
or 25th, and everyone in Östergötlands, Gotlands and Västernorrlands län and
in Göteborg, are kept as the research sample.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from sstdesk.domain.personnummer import BirthDate

RETENTION_YEARS = 5
PRIVATE_PROVIDER_YEARS = 2
RESEARCH_BIRTH_DAYS = frozenset({5, 15, 25})
# The places of SoF 7:2, as one word each once the words around a name are taken away,
# and the municipalities of the three counties (everyone in the county is kept).
RESEARCH_REGIONS = frozenset({"ostergotland", "gotland", "vasternorrland", "goteborg"})
RESEARCH_MUNICIPALITIES = frozenset(
    {
        # Östergötlands län
        "boxholm", "finspang", "kinda", "linkoping", "mjolby", "motala", "norrkoping",
        "soderkoping", "vadstena", "valdemarsvik", "ydre", "atvidaberg", "odeshog",
        # Västernorrlands län
        "harnosand", "kramfors", "solleftea", "sundsvall", "timra", "ange", "ornskoldsvik",
    }
)  # fmt: skip
_ALIASES = {"gothenburg": "goteborg", "gbg": "goteborg", "visby": "gotland"}
# The counties' letters, as in "E-län" or "Y län".
_COUNTY_LETTERS = {"e": "ostergotland", "i": "gotland", "y": "vasternorrland"}
# Words people write around a county's or city's name: "Region Gotland", "Göteborgs stad".
_AROUND = frozenset({"lan", "region", "regionen", "kommun", "stad", "staden", "landsting"})


@dataclass(frozen=True)
class RetentionWindow:
    earliest: dt.date  # gallring may start
    latest: dt.date  # gallring must be done


class Research(Enum):
    """Is the person in the research sample?"""

    NO = "no"
    YES = "yes"
    UNKNOWN = "unknown"  # the birth day is not known: kept until someone has looked


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def window(last_entry: dt.date, *, private_provider: bool = False) -> RetentionWindow:
    years = PRIVATE_PROVIDER_YEARS if private_provider else RETENTION_YEARS
    earliest = add_years(last_entry, years)
    return RetentionWindow(earliest=earliest, latest=dt.date(earliest.year + 1, 12, 31))


def _known(word: str) -> str:
    """One word as a place of the rule, or empty: the genitive s goes (Östergötlands)."""
    for candidate in (word, word[:-1] if word.endswith("s") else ""):
        candidate = _ALIASES.get(candidate, candidate)
        if candidate in RESEARCH_REGIONS or candidate in RESEARCH_MUNICIPALITIES:
            return candidate
    return ""


def region_key(region: str) -> str:
    """A place name however written, as one plain word: "Östergötlands län" → ostergotland.

    Empty when it names none of the places of the rule.
    """
    plain = unicodedata.normalize("NFKD", region.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    every = [w for w in re.split(r"[^a-z]+", plain) if w]
    words = [w for w in every if w not in _AROUND]
    if "lan" in every and len(words) == 1 and words[0] in _COUNTY_LETTERS:
        return _COUNTY_LETTERS[words[0]]
    for candidate in ("".join(words), *words):
        if found := _known(candidate):
            return found
    return ""


def in_research_region(region: str) -> bool:
    return bool(region_key(region))


def research_sample(birth: BirthDate, region: str = "") -> Research:
    """SoF 7:2: born on the 5th, 15th or 25th, or living in one of the named places."""
    if in_research_region(region):
        return Research.YES
    if birth.day is None:
        return Research.UNKNOWN
    return Research.YES if birth.day in RESEARCH_BIRTH_DAYS else Research.NO


def is_research_sample(birth: BirthDate, region: str = "") -> bool:
    """True unless the person is known not to be in the sample: never delete in doubt."""
    return research_sample(birth, region) is not Research.NO
