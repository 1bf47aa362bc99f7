"""The city-wide statistics: each team's counts for a school year, added up across
teams and stadsdelar by the district's statistician, and suppressed once.

A team sends its cubes for the year with its schools numbered (1, 2, … in the
order of their ids: no names, no ids) and the marks its own exports show those
cells with. They travel sealed to the statistician's key
(`services/city_statistics.py`); here they are plain data. The city's cubes
hold every team's schools side by side, grouped by team and by stadsdel; a
sum over teams is shown only where every team's part of it is shown in the
team's own statistics (`city_marks`), so no team's hidden cell can be had from
the city's tables beside the teams'.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sstdesk.domain.codes import InterventionKind
from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase
from sstdesk.stats.cube import ALL, Cube, Groups, Key
from sstdesk.stats.facts import CaseFacts, GenderGroup, Period
from sstdesk.stats.indicators import EVENTS, INTERVENTIONS, Report, cubes
from sstdesk.stats.marks import Mark
from sstdesk.stats.suppress import Kept, protected
from sstdesk.stats.tables import GROUPS, TOTAL, CountTable, MeasureTable

FORMAT = 2  # 1: without the schools (its city sums could not be protected soundly)
FLOWS = tuple(name for name, _label, _when in EVENTS)
TITLE = Phrase("Uppföljning skolsociala team – hela staden")


class CountsUnreadable(DomainError):
    """A team's counts that are not what a team's sstdesk sends."""


@dataclass(frozen=True)
class TeamCounts:
    """One team's counts for one school year, as sealed: its cubes with the schools
    numbered, and the marks its own exports show the team's cells with."""

    stadsdel: str
    team: str  # the server's id of the team: sealed in, and checked against the listing
    school_year: int  # its first calendar year: 2026 for 2026/27
    sent_at: str
    counts: dict[str, dict[Key, int]]  # cube name → inner key → count
    marks: dict[str, dict[Key, Mark]]  # cube name → cell → its mark in the team's exports

    def to_data(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "team": self.team,
            "stadsdel": self.stadsdel,
            "school_year": self.school_year,
            "sent_at": self.sent_at,
            "counts": {
                name: [[*key, n] for key, n in sorted(cells.items())]
                for name, cells in self.counts.items()
            },
            "marks": {
                name: [[*key, m.value] for key, m in sorted(cells.items())]
                for name, cells in self.marks.items()
            },
        }

    @classmethod
    def from_data(cls, data: Any, team: str) -> TeamCounts:
        """Checked field by field: a blob that opens but is not counts is refused, and so
        is one sealed by another team than the one the server lists it under."""
        try:
            if data["format"] != FORMAT:
                raise ValueError("format")
            if data["team"] != team:
                raise ValueError("team")
            year = data["school_year"]
            if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
                raise ValueError("school_year")
            terms = tuple(t.start.isoformat() for t in Period.school_year(year).group())
            counts = {
                name: {
                    _cell(name, key, terms, cells=False): n
                    for key, n in _rows(data["counts"][name], WIDTHS[name], int)
                }
                for name in WIDTHS
            }
            if sum(len(c) for c in counts.values()) > MAX_CELLS:
                raise ValueError("too many cells")
            marks = {
                name: {
                    _cell(name, key, terms, cells=True): Mark(m)
                    for key, m in _rows(data["marks"][name], WIDTHS[name], str)
                }
                for name in WIDTHS
            }
            stadsdel = data["stadsdel"]
            if not isinstance(stadsdel, str) or not 0 < len(stadsdel.strip()) <= 120:
                raise ValueError("stadsdel")
            return cls(stadsdel.strip(), team, year, str(data["sent_at"])[:40], counts, marks)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
            raise CountsUnreadable(
                Phrase("Ett teams statistik har fel form och kan inte läggas ihop.")
            ) from error

    def cube(self, name: str) -> Cube:
        return Cube.from_counts(name, self.counts[name], WIDTHS[name])


WIDTHS = {**dict.fromkeys(FLOWS, 4), INTERVENTIONS: 3}


MAX_CELLS = 50_000  # a team's year is a few thousand; more is not a team's sstdesk
MAX_SCHOOLS = 200
MAX_COUNT = 100_000
GENDERS = frozenset(g.value for g in GenderGroup)
KINDS = frozenset(k.value for k in InterventionKind)


def _cell(name: str, key: Key, terms: tuple[str, ...], *, cells: bool) -> Key:
    """A key as a team's sstdesk writes it, else ValueError: its terms in the school year,
    a school's number, årskurs 0–13, a kön and an insats that exist (a mark's key may
    name a sum, "*")."""
    sums = {ALL} if cells else set()
    if name == INTERVENTIONS:
        kind, term, gender = key
        ok = kind in KINDS | sums and term in {*terms, *sums} and gender in GENDERS | sums
    else:
        term, school, grade, gender = key
        ok = (
            term in {*terms, *sums}
            and (school in sums or _number(school, MAX_SCHOOLS))
            and (grade in sums or _number(grade, 13, zero=True))
            and gender in GENDERS | sums
        )
    if not ok:
        raise ValueError("key")
    return key


def _number(text: str, most: int, *, zero: bool = False) -> bool:
    """A number as str(int) writes it, within 1..most (0..most with `zero`)."""
    return (
        text.isascii()
        and text.isdigit()
        and str(int(text)) == text
        and ((0 if zero else 1) <= int(text) <= most)
    )


def _rows(rows: Any, width: int, kind: type) -> list[tuple[Key, Any]]:
    out = []
    for row in rows:
        *key, value = row
        if len(key) != width or not all(isinstance(k, str) for k in key):
            raise ValueError("key")
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ValueError("value")
        if isinstance(value, int) and not 0 <= value <= MAX_COUNT:
            raise ValueError("count")
        out.append((tuple(key), value))
    return out


def team_counts(
    facts: Sequence[CaseFacts],
    school_year: int,
    *,
    stadsdel: str,
    now: dt.datetime,
    keep: Mapping[str, Kept] | None = None,
    team: str = "",
    shown: frozenset[str] = frozenset(),
) -> tuple[TeamCounts, dict[str, dict[Key, Mark]]]:
    """What a team sends for a school year: its cubes, the schools numbered, and the marks
    its own exports of the year show its cells with; beside it, the year's whole pattern,
    for the team to keep as an export's."""
    built = cubes(facts, Period.school_year(school_year))
    schools = sorted({k[1] for c in built if c.name != INTERVENTIONS for k in c.counts})
    number = {s: str(i) for i, s in enumerate(schools, 1)} | {ALL: ALL}
    counts, marks, full = {}, {}, {}
    for cube in built:
        own = protected(cube, (keep or {}).get(cube.name, frozenset()), shown)
        full[cube.name] = own
        if cube.name not in WIDTHS:  # the shares' counts: the city shows no measures
            continue
        if cube.name == INTERVENTIONS:
            counts[cube.name], marks[cube.name] = dict(cube.counts), dict(own)
            continue
        counts[cube.name] = {_renamed(k, number): n for k, n in cube.counts.items()}
        marks[cube.name] = {_renamed(k, number): m for k, m in own.items()}
    sent = TeamCounts(stadsdel, team, school_year, now.isoformat(timespec="seconds"), counts, marks)
    return sent, full


def _renamed(key: Key, number: dict[str, str]) -> Key:
    return (key[0], number[key[1]], *key[2:])


# Where the unit is in a city key: a team's school, or (insatser) the team.
AT = {**dict.fromkeys(FLOWS, 1), INTERVENTIONS: 2}
# A school, a team and a stadsdel in a city key: named apart, so no name a team sends (a
# stadsdel called "*", or another team's id) can stand for the city's total or another's.
SCHOOL, TEAM, AREA = "skola:", "team:", "stadsdel:"


def _school(team: str, number: str) -> str:
    return f"{SCHOOL}{team}/{number}"


def city_cubes(teams: Sequence[TeamCounts]) -> tuple[Cube, ...]:
    """Every team's counts side by side: term × school × årskurs × kön, the schools grouped
    by team and by stadsdel (insatser: kind × term × team × kön, the teams by stadsdel)."""
    built = []
    for name in (*FLOWS, INTERVENTIONS):
        events: Counter[Key] = Counter()
        units: dict[str, list[str]] = {}  # each team's units in this cube
        for t in teams:
            for key, n in t.counts[name].items():
                if name == INTERVENTIONS:
                    unit = TEAM + t.team
                    events[(*key[:2], unit, key[2])] += n
                else:
                    unit = _school(t.team, key[1])
                    events[(key[0], unit, *key[2:])] += n
                if unit not in units.setdefault(t.team, []):
                    units[t.team].append(unit)
        by_area: dict[str, list[str]] = {}
        for t in teams:
            by_area.setdefault(AREA + t.stadsdel, []).extend(units.get(t.team, []))
        groups: list[tuple[str, tuple[str, ...]]] = []
        if name != INTERVENTIONS:
            groups += [(TEAM + team, tuple(sorted(u))) for team, u in units.items()]
        groups += [(area, tuple(sorted(u))) for area, u in by_area.items()]
        dims: tuple[Groups, ...] = tuple(tuple(groups) if d == AT[name] else () for d in range(4))
        built.append(Cube.from_counts(name, events, 4, dims))
    return tuple(built)


def _team_of(unit: str) -> str | None:
    """The team a unit of a city key is part of (a school or the team), or None for a
    stadsdel or the city."""
    if unit.startswith(SCHOOL):
        return unit.removeprefix(SCHOOL).rpartition("/")[0]
    if unit.startswith(TEAM):
        return unit.removeprefix(TEAM)
    return None


def _team_key(name: str, cell: Key) -> Key:
    """A city cell of one team's as that team's own key (its school's number, or all)."""
    at = AT[name]
    unit = cell[at]
    if name == INTERVENTIONS:
        return (*cell[:at], *cell[at + 1 :])
    number = unit.rpartition("/")[2] if unit.startswith(SCHOOL) else ALL
    return (*cell[:at], number, *cell[at + 1 :])


def city_marks(
    cube: Cube, teams: dict[str, TeamCounts], published: frozenset[Key]
) -> dict[Key, Mark]:
    """The city's hidden cells. Each team has published its own cells already, hidden or
    shown; a sum over teams is shown only where every team's part of it is shown in the
    team's own statistics, and is otherwise "..". So the city's tables say nothing that
    the teams' do not: no team's hidden cell can be had as the city's total minus the
    other teams' shown ones.

    Why not secondary suppression by an LP over every team's schools, which would show
    more: each team's own pattern is already published, so the city's LP could only add
    sums; to be sound it must keep every cell a team hid (not only the small ones) wide,
    and solved that way it took 15 s for 3 teams and 13 minutes for 10."""
    own = {team: counts.cube(cube.name) for team, counts in teams.items()}
    at = AT[cube.name]
    by_area: dict[str, list[str]] = {}
    for t in teams.values():
        by_area.setdefault(AREA + t.stadsdel, []).append(t.team)
    marks: dict[Key, Mark] = {}
    for cell in published:
        unit = cell[at]
        one = _team_of(unit)
        parts = [one] if one is not None else by_area.get(unit) or list(teams)
        hidden = []
        for team in parts:
            key = (
                _team_key(cube.name, cell)
                if one is not None
                else _team_key(cube.name, (*cell[:at], TEAM + team, *cell[at + 1 :]))
            )
            found = own[team].canonical(key)
            mark = teams[team].marks[cube.name].get(found) if found is not None else None
            if mark is not None:
                hidden.append(mark)
        if hidden:  # one team's cell is shown as that team shows it
            marks[cell] = hidden[0] if len(parts) == 1 else Mark.SECONDARY
    return marks


def city_report(teams: Sequence[TeamCounts], period: Period) -> Report:
    """The city's tables for a term or a school year, read from the added-up cubes, with
    the marks of the whole school year (every term and the year protected together)."""
    known = period.standard()
    if known is None:
        raise DomainError(
            Phrase("Stadens statistik redovisas per termin eller läsår, inte för egna perioder.")
        )
    found = city_cubes(teams)
    by_name = {c.name: c for c in found}
    year = period.group()
    found_report = _city_report(teams, by_name, period, known in year)
    published: dict[str, set[Key]] = {c.name: set() for c in found}
    for each in (*year, Period.school_year(year[0].start.year)):
        for table in _city_report(teams, by_name, each, each in year).count_tables():
            for row in table.refs:
                for name, key in row:
                    cell = by_name[name].canonical(key)
                    if cell is not None:
                        published[name].add(cell)
    marks = _solved(teams, found, {n: frozenset(p) for n, p in published.items()})
    return Report(
        period=found_report.period,
        scope=found_report.scope,
        flows=found_report.flows,
        by_school=found_report.by_school,
        by_grade=found_report.by_grade,
        interventions=found_report.interventions,
        measures=found_report.measures,
        cubes=found,
        title=TITLE,
        marks=marks,
    )


_SOLVED: dict[str, dict[str, dict[Key, Mark]]] = {}  # the last few cities' marks


def _solved(
    teams: Sequence[TeamCounts], found: tuple[Cube, ...], published: dict[str, frozenset[Key]]
) -> dict[str, dict[Key, Mark]]:
    """`city_marks` of every cube, solved once for the same teams' counts: each term, the
    year and each export share one solution."""
    digest = hashlib.sha256(
        json.dumps(sorted((t.team, t.to_data()) for t in teams), sort_keys=True).encode()
    ).hexdigest()
    if digest not in _SOLVED:
        by_team = {t.team: t for t in teams}
        if len(_SOLVED) >= 4:
            _SOLVED.pop(next(iter(_SOLVED)))
        _SOLVED[digest] = {c.name: city_marks(c, by_team, published[c.name]) for c in found}
    return _SOLVED[digest]


def _city_report(
    teams: Sequence[TeamCounts], by_name: dict[str, Cube], period: Period, term: bool
) -> Report:
    """The tables for one term (`term`) or the whole school year, without marks."""
    slot = period.start.isoformat() if term else ALL
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
            [(s, "referred", (slot, AREA + s, ALL)) for s in stadsdelar]
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
            [
                (Phrase("{kind}", kind=InterventionKind(k)), INTERVENTIONS, (k, slot, ALL))
                for k in kinds
            ]
            + [(TOTAL, INTERVENTIONS, (ALL, slot, ALL))],
        ),
        measures=MeasureTable(Phrase("Frånvaro, resultat och tid till plan"), (), ()),
        cubes=tuple(by_name.values()),
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
