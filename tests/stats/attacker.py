"""An attacker with every CSV a team exported: an LP over the cells behind them.

Written plainly and apart from the app's model (the same solver, HiGHS, but the
attacker's own LP, built from the CSV texts alone): each published cell is a sum
of unknown finest cells (term × school × årskurs × kön, or kind × term × kön for
insatser), known exactly when a number is shown, within 1–4 when "<5", at least
0 when "..". For each hidden cell the attacker minimises and maximises it over
everything published.
"""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass, field
from math import inf

import highspy
import numpy as np

from sstdesk.domain.codes import InterventionKind
from sstdesk.domain.phrase import Phrase
from sstdesk.stats.facts import GenderGroup, Period

GENDERS = {g.label: g.value for g in GenderGroup}
FLOWS = {"Aktualiserade": "referred", "Inskrivna": "enrolled", "Utskrivna": "closed"}
FLOWS["Boosterträff hållen"] = "booster"
KINDS = {str(Phrase("{kind}", kind=k)): k.value for k in InterventionKind}


@dataclass(frozen=True)
class Export:
    """One CSV, and what the attacker knows it covers."""

    period: Period
    school: str | None  # a school's name, or all
    grade: int | None
    text: str
    team: str | None = None  # the team that exported it; None: the city's, all teams


@dataclass
class Attack:
    terms: list[Period]
    teams: dict[str, list[str]]  # each team's schools
    grades: list[int]
    stadsdelar: dict[str, list[str]] = field(default_factory=dict)  # each one's teams
    variables: dict[tuple[str, ...], int] = field(default_factory=dict)
    rows: list[tuple[dict[int, float], str]] = field(default_factory=list)  # (expr, shown)

    def var(self, key: tuple[str, ...]) -> int:
        return self.variables.setdefault(key, len(self.variables))

    def expression(
        self,
        family: str,
        period: Period,
        teams: list[str],
        school: str | None,
        grade: int | None,
        gender: str,
    ) -> dict[int, float]:
        terms = [t.start.isoformat() for t in self.terms if period.start <= t.start <= period.end]
        genders = list(GENDERS.values()) if gender == "*" else [gender]
        cells: list[tuple[str, ...]] = []
        for team in teams:
            if family.startswith("kind:"):
                kinds = list(KINDS.values()) if family == "kind:*" else [family[5:]]
                cells += itertools.product(["kind"], [team], kinds, terms, genders)
            else:
                schools = self.teams[team] if school is None else [school]
                grades = [str(g) for g in (self.grades if grade is None else [grade])]
                schools = [s for s in schools if s in self.teams[team]]
                cells += itertools.product([family], [team], terms, schools, grades, genders)
        return {self.var(cell): 1.0 for cell in cells}

    def read(self, export: Export) -> None:
        title = ""
        for row in csv.reader(io.StringIO(export.text.lstrip("\ufeff")), delimiter=";"):
            if len(row) < 5:
                continue
            if row[1] == "Flicka":
                title = row[0]
                header = row[1:]
                continue
            label, cells = row[0], row[1:]
            school, grade, family = export.school, export.grade, ""
            teams = [export.team] if export.team else list(self.teams)
            if title == "Elever under perioden":
                family = FLOWS[label]
            elif title == "Aktualiserade per skola":
                family = "referred"
                school = export.school if label == "Totalt" else label
            elif title == "Aktualiserade per stadsdel":
                family = "referred"
                teams = teams if label == "Totalt" else self.stadsdelar[label]
            elif title == "Aktualiserade per årskurs":
                family = "referred"
                grade = export.grade if label == "Totalt" else int(label.split()[-1])
            elif title.startswith("Insatser"):
                family = "kind:*" if label == "Totalt" else f"kind:{KINDS[label]}"
            else:
                continue  # the measures: no counts
            for column, shown in zip(header, cells, strict=True):
                gender = "*" if column == "Totalt" else GENDERS[column]
                expr = self.expression(family, export.period, teams, school, grade, gender)
                self.rows.append((expr, shown))

    def ranges(self) -> list[tuple[str, float, float]]:
        """(mark, lowest, highest) for every distinct hidden cell. The cubes share no cell,
        so each is attacked on its own (the same answer, in a smaller LP)."""
        families: dict[str, list[tuple[dict[int, float], str]]] = {}
        names = {i: key[0] for key, i in self.variables.items()}
        for expr, shown in self.rows:
            if expr:
                families.setdefault(names[next(iter(expr))], []).append((expr, shown))
        return [found for rows in families.values() for found in _attack(rows)]


def _attack(rows: list[tuple[dict[int, float], str]]) -> list[tuple[str, float, float]]:
    columns = sorted({i for expr, _ in rows for i in expr})
    at = {i: j for j, i in enumerate(columns)}
    published: dict[tuple[int, ...], tuple[float, float]] = {}
    hidden: dict[tuple[int, ...], str] = {}
    for expr, shown in rows:
        cells = tuple(sorted(at[i] for i in expr))
        if shown in ("<5", ".."):
            assert hidden.setdefault(cells, shown) == shown, "one cell, two marks"
        bounds = {"<5": (1.0, 4.0), "..": (0.0, inf)}.get(shown) or (float(shown),) * 2
        assert published.setdefault(cells, bounds) == bounds, "one cell, two values"
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = len(columns), len(published)
    lp.col_cost_ = np.zeros(len(columns))
    lp.col_lower_, lp.col_upper_ = np.zeros(len(columns)), np.full(len(columns), inf)
    lp.row_lower_ = np.array([low for low, _ in published.values()])
    lp.row_upper_ = np.array([high for _, high in published.values()])
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    start, index = [0], []
    for cells in published:
        index += cells
        start.append(len(index))
    lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.ones(len(index))
    solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    solver.passModel(lp)
    everything = np.arange(len(columns), dtype=np.int32)
    found = []
    for cells, mark in hidden.items():
        objective = np.zeros(len(columns))
        objective[list(cells)] = 1.0
        ends = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            solver.changeObjectiveSense(sense)
            solver.changeColsCost(len(columns), everything, objective)
            solver.run()
            status = solver.getModelStatus()
            if status == highspy.HighsModelStatus.kUnbounded:
                ends.append(inf)
                continue
            assert status == highspy.HighsModelStatus.kOptimal, status
            ends.append(solver.getInfo().objective_function_value)
        found.append((mark, ends[0], ends[1]))
    return found
