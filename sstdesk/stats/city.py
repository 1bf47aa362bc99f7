"""The city-wide statistics: each team's counts for a school year, added up across
teams and stadsdelar by the district's statistician, and suppressed once.

A team sends only what the city tables need, without its schools: for each flow,
term × årskurs × kön, and for the insatser, kind × term × kön. They travel sealed
to the statistician's key (`services/city_statistics.py`); here they are plain
data. The statistician's cubes put the stadsdel where a team's report has the
school, so the same tables, suppression and export serve both.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sstdesk.domain.codes import InterventionKind
from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase
from sstdesk.stats.cube import ALL, Cube, Key
from sstdesk.stats.facts import CaseFacts, Period
from sstdesk.stats.indicators import EVENTS, INTERVENTIONS, Report, cubes
from sstdesk.stats.tables import GROUPS, TOTAL, CountTable, MeasureTable

FORMAT = 1
FLOWS = tuple(name for name, _label, _when in EVENTS)
TITLE = Phrase("Uppföljning skolsociala team – hela staden")


class CountsUnreadable(DomainError):
    """A team's counts that are not what a team's sstdesk sends."""


@dataclass(frozen=True)
class TeamCounts:
    """One team's counts for one school year, as sealed."""

    stadsdel: str
    team: str
    school_year: int  # its first calendar year: 2026 for 2026/27
    sent_at: str
    counts: dict[str, dict[Key, int]]  # cube name → inner key → count

    def to_data(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "stadsdel": self.stadsdel,
            "team": self.team,
            "school_year": self.school_year,
            "sent_at": self.sent_at,
            "counts": {
                name: [[*key, n] for key, n in sorted(cells.items())]
                for name, cells in self.counts.items()
            },
        }

    @classmethod
    def from_data(cls, data: Any) -> TeamCounts:
        """Checked field by field: a blob that opens but is not counts is refused."""
        try:
            if data["format"] != FORMAT:
                raise ValueError("format")
            widths = {name: 3 for name in (*FLOWS, INTERVENTIONS)}
            counts: dict[str, dict[Key, int]] = {}
            for name, rows in data["counts"].items():
                cells = counts[name] = {}
                for row in rows:
                    *key, n = row
                    if len(key) != widths[name] or not all(isinstance(k, str) for k in key):
                        raise ValueError("key")
                    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                        raise ValueError("count")
                    cells[tuple(key)] = n
            stadsdel, team = str(data["stadsdel"]).strip(), str(data["team"]).strip()
            if not stadsdel:
                raise ValueError("stadsdel")
            return cls(stadsdel, team, int(data["school_year"]), str(data["sent_at"]), counts)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise CountsUnreadable(
                Phrase("Ett teams statistik har fel form och kan inte läggas ihop.")
            ) from error


def team_counts(
    facts: Sequence[CaseFacts], school_year: int, *, stadsdel: str, team: str, now: dt.datetime
) -> TeamCounts:
    """What a team sends for a school year: its cubes with the schools summed away."""
    found: dict[str, dict[Key, int]] = {}
    for cube in cubes(facts, Period.school_year(school_year)):
        summed: Counter[Key] = Counter()
        for key, n in cube.counts.items():
            summed[key if cube.name == INTERVENTIONS else (key[0], key[2], key[3])] += n
        found[cube.name] = dict(summed)
    return TeamCounts(stadsdel, team, school_year, now.isoformat(timespec="seconds"), found)


def city_cubes(teams: Sequence[TeamCounts]) -> tuple[Cube, ...]:
    """Every team's counts added up: by term × stadsdel × årskurs × kön, and insatser by
    kind × term × kön."""
    events: dict[str, Counter[Key]] = {name: Counter() for name in (*FLOWS, INTERVENTIONS)}
    for t in teams:
        for name, cells in t.counts.items():
            for key, n in cells.items():
                city_key = key if name == INTERVENTIONS else (key[0], t.stadsdel, key[1], key[2])
                events[name][city_key] += n
    return tuple(
        Cube.of(name, counted.elements(), 3 if name == INTERVENTIONS else 4)
        for name, counted in events.items()
    )


def city_report(teams: Sequence[TeamCounts], period: Period) -> Report:
    """The city's tables for a term or a school year, read from the added-up cubes."""
    known = period.standard()
    if known is None:
        raise DomainError(
            Phrase("Stadens statistik redovisas per termin eller läsår, inte för egna perioder.")
        )
    found = city_cubes(teams)
    by_name = {c.name: c for c in found}
    slot = known.start.isoformat() if known in period.group() else ALL
    referred = by_name["referred"]
    terms = {t.start.isoformat() for t in period.group() if slot in (ALL, t.start.isoformat())}
    stadsdelar = sorted({t.stadsdel for t in teams}, key=str.casefold)
    grades = sorted({k[2] for k in referred.counts if k[0] in terms}, key=int)
    kinds = sorted({k[0] for k in by_name[INTERVENTIONS].counts if k[1] in terms})
    return Report(
        period=period,
        scope=Phrase("Hela staden"),
        flows=_table(
            Phrase("Elever under perioden"),
            by_name,
            [(label, name, (slot, ALL, ALL)) for name, label, _when in EVENTS],
            totals=False,
        ),
        by_school=_table(
            Phrase("Aktualiserade per stadsdel"),
            by_name,
            [(s, "referred", (slot, s, ALL)) for s in stadsdelar]
            + [(TOTAL, "referred", (slot, ALL, ALL))],
        ),
        by_grade=_table(
            Phrase("Aktualiserade per årskurs"),
            by_name,
            [(Phrase("Årskurs {grade}", grade=int(g)), "referred", (slot, ALL, g)) for g in grades]
            + [(TOTAL, "referred", (slot, ALL, ALL))],
        ),
        interventions=_table(
            Phrase("Insatser som påbörjats, per slag"),
            by_name,
            [(Phrase("{kind}", kind=InterventionKind(k)), INTERVENTIONS, (k, slot)) for k in kinds]
            + [(TOTAL, INTERVENTIONS, (ALL, slot))],
        ),
        measures=MeasureTable(Phrase("Frånvaro, resultat och tid till plan"), (), ()),
        cubes=found,
        title=TITLE,
    )


def _table(
    title: str,
    by_name: dict[str, Cube],
    rows: Sequence[tuple[str, str, Key]],
    *,
    totals: bool = True,
) -> CountTable:
    """A table whose rows are (label, cube, key without kön); the last row is the total
    when `totals`."""
    columns = (*(g.value for g in GROUPS), ALL)
    refs = tuple(tuple((name, (*key, c)) for c in columns) for _label, name, key in rows)
    body = refs[:-1] if totals else refs
    return CountTable(
        title,
        tuple(label for label, _name, _key in (rows[:-1] if totals else rows)),
        tuple(tuple(_value(by_name[name], key) for name, key in row[:3]) for row in body),
        column_totals=totals,
        refs=refs,
    )


def _value(cube: Cube, key: Key) -> int:
    cell = cube.canonical(key)
    return 0 if cell is None else cube.value(cell)
