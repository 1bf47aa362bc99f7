"""The city-wide statistics: each team's counts for a school year, added up across
teams and stadsdelar by the district's statistician, and suppressed once.

A team sends its cubes for the year without its schools (term × årskurs × kön,
insatser kind × term × kön) and the marks its own exports show those cells with.
They travel sealed to the statistician's key (`services/city_statistics.py`);
here they are plain data. The city's cubes hold every team side by side, the
teams grouped by stadsdel, and the city's sums are protected together with what
each team has published already: a team's hidden cell cannot be had as the
city's total minus the other teams' shown ones.
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
from sstdesk.stats.cube import ALL, Cube, Groups, Key
from sstdesk.stats.facts import CaseFacts, GenderGroup, Period
from sstdesk.stats.indicators import EVENTS, INTERVENTIONS, Report, cubes
from sstdesk.stats.protect import Mark
from sstdesk.stats.suppress import protected
from sstdesk.stats.tables import GROUPS, TOTAL, CountTable, MeasureTable

FORMAT = 1
FLOWS = tuple(name for name, _label, _when in EVENTS)
TITLE = Phrase("Uppföljning skolsociala team – hela staden")


class CountsUnreadable(DomainError):
    """A team's counts that are not what a team's sstdesk sends."""


@dataclass(frozen=True)
class TeamCounts:
    """One team's counts for one school year, as sealed: its cubes without the schools,
    and the marks its own exports show the team's cells with."""

    stadsdel: str
    team: str  # the server's id of the team, set when fetched
    school_year: int  # its first calendar year: 2026 for 2026/27
    sent_at: str
    counts: dict[str, dict[Key, int]]  # cube name → inner key → count
    marks: dict[str, dict[Key, Mark]]  # cube name → cell → its mark in the team's exports

    def to_data(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
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
        """Checked field by field: a blob that opens but is not counts is refused."""
        try:
            if data["format"] != FORMAT:
                raise ValueError("format")
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


WIDTHS = dict.fromkeys((*FLOWS, INTERVENTIONS), 3)


MAX_CELLS = 20_000  # a team's year is a few hundred; more is not a team's sstdesk
MAX_COUNT = 100_000
GENDERS = frozenset(g.value for g in GenderGroup)
KINDS = frozenset(k.value for k in InterventionKind)


def _cell(name: str, key: Key, terms: tuple[str, ...], *, cells: bool) -> Key:
    """A key as a team's sstdesk writes it, else ValueError: its terms in the school year,
    årskurs 0–13, a kön and an insats that exist (a mark's key may name a sum, "*")."""
    sums = {ALL} if cells else set()
    if name == INTERVENTIONS:
        kind, term, gender = key
        ok = kind in KINDS | sums and term in {*terms, *sums} and gender in GENDERS | sums
    else:
        term, grade, gender = key
        ok = (
            term in {*terms, *sums}
            and (grade in sums or (grade.isdigit() and int(grade) <= 13 and len(grade) <= 2))
            and gender in GENDERS | sums
        )
    if not ok:
        raise ValueError("key")
    return key


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
    keep: dict[str, frozenset[Key]] | None = None,
) -> tuple[TeamCounts, dict[str, dict[Key, Mark]]]:
    """What a team sends for a school year: its cubes with the schools summed away, and
    the marks its own exports of the year show the team's cells with; beside it, the
    year's whole pattern, for the team to keep as an export's."""
    counts, marks, full = {}, {}, {}
    for cube in cubes(facts, Period.school_year(school_year)):
        own = protected(cube, (keep or {}).get(cube.name, frozenset()))
        full[cube.name] = own
        if cube.name == INTERVENTIONS:
            counts[cube.name], marks[cube.name] = dict(cube.counts), dict(own)
            continue
        summed: Counter[Key] = Counter()
        for key, n in cube.counts.items():
            summed[(key[0], key[2], key[3])] += n
        counts[cube.name] = dict(summed)
        team = Cube.from_counts(cube.name, summed, 3)
        marks[cube.name] = {}
        for cell in team.cells():
            found = cube.canonical((cell[0], ALL, cell[1], cell[2]))
            if found is not None and found in own:
                marks[cube.name][cell] = own[found]
    sent = TeamCounts(stadsdel, "", school_year, now.isoformat(timespec="seconds"), counts, marks)
    return sent, full


def city_cubes(teams: Sequence[TeamCounts]) -> tuple[Cube, ...]:
    """Every team's counts side by side, by term × team × årskurs × kön (insatser: kind ×
    term × team × kön), the teams grouped by stadsdel."""
    by_stadsdel: dict[str, list[str]] = {}
    for t in teams:
        by_stadsdel.setdefault(AREA + t.stadsdel, []).append(TEAM + t.team)
    groups: Groups = tuple((name, tuple(members)) for name, members in by_stadsdel.items())
    built = []
    for name in (*FLOWS, INTERVENTIONS):
        events: Counter[Key] = Counter()
        for t in teams:
            for key, n in t.counts[name].items():
                events[(*key[: AT[name]], TEAM + t.team, *key[AT[name] :])] += n
        dims: tuple[Groups, ...] = tuple(groups if d == AT[name] else () for d in range(4))
        built.append(Cube.from_counts(name, events, 4, dims))
    return tuple(built)


AT = {**dict.fromkeys(FLOWS, 1), INTERVENTIONS: 2}  # where the team is in a city key
# A team and a stadsdel in a city key: named apart, so no name a team sends (a stadsdel
# called "*", or another team's id) can stand for the city's total or another's part.
TEAM, AREA = "team:", "stadsdel:"


def city_marks(cube: Cube, teams: dict[str, TeamCounts]) -> dict[Key, Mark]:
    """The city's hidden cells. Each team has published its own cells already, hidden or
    shown; a sum over teams is shown only where every team's part of it is shown in the
    team's own statistics, and is otherwise "..". So the city's tables say nothing that
    the teams' do not: no team's hidden cell can be had as the city's total minus the
    other teams' shown ones, and a ".." (at least 0) bounds nothing."""
    own = {team: counts.cube(cube.name) for team, counts in teams.items()}
    at = AT[cube.name]
    members = dict(cube._groups(at))
    marks: dict[Key, Mark] = {}
    for cell in cube.cells():
        slot = cell[at]  # a team (a stadsdel of one team is that team), a stadsdel, or all
        parts = members.get(slot) or (cube.dims[at] if slot == ALL else (slot,))
        hidden = []
        for part in parts:
            team = part.removeprefix(TEAM)
            found = own[team].canonical((*cell[:at], *cell[at + 1 :]))
            if found is not None and found in teams[team].marks[cube.name]:
                hidden.append(teams[team].marks[cube.name][found])
        if hidden:  # one team's cell is shown as that team shows it
            marks[cell] = hidden[0] if len(parts) == 1 else Mark.SECONDARY
    return marks


def city_report(teams: Sequence[TeamCounts], period: Period) -> Report:
    """The city's tables for a term or a school year, read from the added-up cubes."""
    known = period.standard()
    if known is None:
        raise DomainError(
            Phrase("Stadens statistik redovisas per termin eller läsår, inte för egna perioder.")
        )
    found = city_cubes(teams)
    by_name = {c.name: c for c in found}
    by_team = {t.team: t for t in teams}
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
        cubes=found,
        title=TITLE,
        marks={c.name: city_marks(c, by_team) for c in found},
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
