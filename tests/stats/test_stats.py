"""Statistics against hand-computed tables, and suppression that cannot be undone."""

from __future__ import annotations

import csv
import datetime as dt
import io
from math import inf

import highspy
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sstdesk.domain.codes import InterventionKind
from sstdesk.stats.cube import ALL, Cube
from sstdesk.stats.export import to_csv
from sstdesk.stats.facts import CaseFacts, GenderGroup, InterventionFact, Period
from sstdesk.stats.indicators import report
from sstdesk.stats.protect import Mark, protect
from sstdesk.stats.suppress import RULE, SCOPED_OUT, pattern, shown_counts, shown_measures

G, B, X = GenderGroup.GIRL, GenderGroup.BOY, GenderGroup.OTHER
HT = Period.term(2026, autumn=True)
D = dt.date
SCHOOLS = {"a": "Ekbackeskolan", "b": "Tallmoskolan"}


def case(gender: GenderGroup, referred: dt.date, **kw: object) -> CaseFacts:
    return CaseFacts(
        gender=gender,
        school_id=str(kw.pop("school", "a")),
        grade=int(kw.pop("grade", 7)),  # type: ignore[arg-type]
        referral_date=referred,
        **kw,  # type: ignore[arg-type]
    )


# Eight cases: six aktualiserade in HT 2026 (4 girls, 1 boy, 1 other), one in VT, one in 2025.
FIXTURE = [
    case(
        G,
        D(2026, 8, 20),
        enrolled_on=D(2026, 9, 1),
        baseline_absence_pct=30.0,
        plan_established_on=D(2026, 9, 19),
        interventions=(InterventionFact(InterventionKind.MORNING_SUPPORT, D(2026, 9, 20)),),
    ),
    case(
        G,
        D(2026, 9, 1),
        enrolled_on=D(2026, 9, 10),
        baseline_absence_pct=20.0,
        plan_established_on=D(2026, 10, 1),
        interventions=(
            InterventionFact(InterventionKind.MORNING_SUPPORT, D(2026, 10, 2)),
            InterventionFact(InterventionKind.HOME_VISIT, D(2026, 10, 3)),
        ),
    ),
    case(G, D(2026, 9, 5), grade=9, enrolled_on=D(2026, 9, 15), baseline_absence_pct=40.0),
    case(G, D(2026, 10, 1), school="b"),
    case(B, D(2026, 9, 2), enrolled_on=D(2026, 9, 3), baseline_absence_pct=50.0),
    case(X, D(2026, 11, 1), school="b"),
    # closed in HT 2026 after starting in the spring: counts as utskriven, not aktualiserad
    case(
        G,
        D(2026, 3, 1),
        grade=9,
        enrolled_on=D(2026, 3, 10),
        baseline_absence_pct=35.0,
        closed_on=D(2026, 10, 20),
        closure_absence_pct=10.0,
        upper_secondary_eligible=True,
        booster_held_on=D(2026, 12, 1),
    ),
    case(
        B,
        D(2025, 9, 1),
        grade=9,
        enrolled_on=D(2025, 9, 10),
        baseline_absence_pct=20.0,
        closed_on=D(2026, 8, 30),
        closure_absence_pct=25.0,
        upper_secondary_eligible=False,
    ),
]


def test_flows_by_school_and_grade_are_counted_by_the_day_of_the_event() -> None:
    r = report(FIXTURE, HT, school_names=SCHOOLS)
    assert r.flows.counts == ((4, 1, 1), (3, 1, 0), (1, 1, 0), (1, 0, 0))
    assert r.flows.grid()[0] == [4, 1, 1, 6]
    assert r.by_school.rows == ("Ekbackeskolan", "Tallmoskolan")
    assert r.by_school.grid() == [[3, 1, 0, 4], [1, 0, 1, 2], [4, 1, 1, 6]]
    assert r.by_grade.rows == ("Årskurs 7", "Årskurs 9")
    assert r.by_grade.grid() == [[3, 1, 1, 5], [1, 0, 0, 1], [4, 1, 1, 6]]
    assert r.interventions.rows == ("Hembesök", "Morgonstöd")
    assert r.interventions.grid() == [[1, 0, 0, 1], [2, 0, 0, 2], [3, 0, 0, 3]]


def test_measures_are_medians_shares_and_days_by_gender() -> None:
    m = report(FIXTURE, HT, school_names=SCHOOLS).measures
    values = {label: [c.value for c in row] for label, row in zip(m.rows, m.cells, strict=True)}
    ns = {label: [c.n for c in row] for label, row in zip(m.rows, m.cells, strict=True)}
    # enrolled in HT: girls 30, 20, 40; boy 50 → total median of 20, 30, 40, 50 = 35
    assert values["Frånvaro vid inskrivning, median"] == [30.0, 50.0, None, 35.0]
    assert ns["Frånvaro vid inskrivning, median"] == [3, 1, 0, 4]
    assert values["Frånvaro vid inskrivning, kvartilavstånd"][0] == pytest.approx(10.0)
    assert values["Frånvaro vid utskrivning, median"] == [10.0, 25.0, None, 17.5]
    assert values["Andel med förbättrad närvaro"] == [100.0, 0.0, None, 50.0]
    assert values["Andel gymnasiebehöriga i årskurs 9"] == [100.0, 0.0, None, 50.0]
    # plans established in HT: 30 and 30 days after aktualisering
    assert values["Dagar från aktualisering till plan, median"] == [30.0, None, None, 30.0]


def test_filters_by_school_grade_and_period() -> None:
    only_b = report(FIXTURE, HT, school_names=SCHOOLS, school_id="b")
    assert only_b.scope == "Tallmoskolan" and only_b.flows.grid()[0] == [1, 0, 1, 2]
    nines = report(FIXTURE, HT, school_names=SCHOOLS, grade=9)
    assert nines.scope == "Alla skolor, årskurs 9" and nines.flows.grid()[2] == [1, 1, 0, 2]
    spring = report(FIXTURE, Period.term(2026, autumn=False), school_names=SCHOOLS)
    assert spring.flows.grid()[0] == [1, 0, 0, 1]


def test_every_small_count_leaves_the_laptop_as_under_five_and_others_as_dots() -> None:
    r = report(FIXTURE, HT, school_names=SCHOOLS)
    rows = list(csv.reader(io.StringIO(to_csv(r, pattern(r)).decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Uppföljning skolsocialt team – HT 2026 – Alla skolor"]
    assert rows[1] == [RULE] and "”..”" in RULE and "1–4" in RULE
    flows = next(i for i, row in enumerate(rows) if row and row[0] == "Elever under perioden")
    assert rows[flows] == ["Elever under perioden", "Flicka", "Pojke", "Annat/ej angivet", "Totalt"]
    # 4 girls, 1 boy, 1 other: all small; the 6 would give the sum of the three away
    assert rows[flows + 1] == ["Aktualiserade", "<5", "<5", "<5", ".."]
    # Every shown cell is the true count, "<5" over a count of 1–4, ".." over any other.
    for table in r.count_tables():
        if not table.refs:
            continue
        for true_row, shown_row in zip(table.grid(), shown_counts(table, pattern(r)), strict=True):
            for value, shown in zip(true_row, shown_row, strict=True):
                assert shown == ("<5" if 0 < value < 5 else shown if shown == ".." else str(value))
    measures = shown_measures(r.measures, pattern(r))
    assert measures[0] == ["..", "..", "–", ".."]  # 3, 1, 0 and 4 students
    # On screen (never leaving the laptop) the numbers are shown.
    assert shown_counts(r.flows, None)[0] == ["4", "1", "1", "6"]


def test_a_table_with_one_small_cell_hides_three_more_to_keep_it_wide() -> None:
    # Two schools, two genders: the 3 needs a rectangle of hidden cells around it.
    events = [("a", "g")] * 12 + [("a", "b")] * 3 + [("b", "g")] * 9 + [("b", "b")] * 8
    cube = Cube.of("t", events, 2)
    marks = protect(cube)
    assert marks[("a", "b")] is Mark.PRIMARY
    assert {k for k, m in marks.items() if m is Mark.SECONDARY} >= {("a", "g"), ("b", "b")}
    assert ("*", "*") not in marks  # the grand total stays published


def test_scoped_reports_leave_the_insatser_out_and_say_why() -> None:
    r = report(FIXTURE, HT, school_names=SCHOOLS, school_id="a")
    text = to_csv(r, pattern(r)).decode("utf-8-sig")
    assert SCOPED_OUT in text and "Morgonstöd" not in text
    team = report(FIXTURE, HT, school_names=SCHOOLS)
    assert "Morgonstöd" in to_csv(team, pattern(team)).decode("utf-8-sig")


def test_a_term_and_its_school_year_share_one_pattern() -> None:
    year = report(FIXTURE, Period.school_year(2026), school_names=SCHOOLS)
    autumn = report(FIXTURE, HT, school_names=SCHOOLS)
    assert pattern(year).marks == pattern(autumn).marks
    assert Period.school_year(2026).group() == HT.group() == Period.term(2027, False).group()
    custom = Period(D(2026, 9, 1), D(2026, 9, 30), "september")
    assert custom.group() == (custom,)
    assert Period(HT.start, HT.end, "egen").standard() == HT


def test_no_free_text_can_reach_a_statistic() -> None:
    fields = CaseFacts.__dataclass_fields__
    assert {f.type for f in fields.values()} <= {
        "GenderGroup",
        "str",
        "int",
        "dt.date",
        "dt.date | None",
        "float | None",
        "bool | None",
        "tuple[InterventionFact, ...]",
    }
    assert [name for name, f in fields.items() if f.type == "str"] == ["school_id"]


def test_periods_parse_from_what_people_type() -> None:
    assert Period.parse("HT2026") == HT
    assert Period.parse("vt2027").label == "VT 2027"
    assert Period.parse("2026/27").end == D(2027, 6, 30)
    assert Period.parse("2026-08-01..2026-12-31").start == D(2026, 8, 1)
    for bad in ("höst", "2026/29", "2026-12-31..2026-01-01", "ht26"):
        with pytest.raises(ValueError):
            Period.parse(bad)


def _integer_range(cube: Cube, marks: dict, cell: tuple) -> tuple[float, float]:
    """What an attacker with the whole cube published can tell of one cell: an
    integer programme (MILP) over the inner cells, apart from the app's LP."""
    inner = sorted(k for k in cube.cells() if ALL not in k)
    at = {k: i for i, k in enumerate(inner)}
    values = cube.values()
    rows, lower, upper = [], [], []
    for key, value in values.items():
        parts = [at[k] for k in inner if all(p in (ALL, q) for p, q in zip(key, k, strict=True))]
        rows.append(parts)
        mark = marks.get(key)
        bounds = (1, 4) if mark is Mark.PRIMARY else (0, inf) if mark else (value, value)
        lower.append(bounds[0])
        upper.append(bounds[1])
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = len(inner), len(rows)
    lp.col_cost_ = np.zeros(len(inner))
    lp.col_lower_, lp.col_upper_ = np.zeros(len(inner)), np.full(len(inner), inf)
    lp.row_lower_, lp.row_upper_ = np.array(lower, float), np.array(upper, float)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * len(inner)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.cumsum([0] + [len(r) for r in rows]).astype(np.int32)
    lp.a_matrix_.index_ = np.array([i for r in rows for i in r], dtype=np.int32)
    lp.a_matrix_.value_ = np.ones(sum(len(r) for r in rows))
    ends = []
    for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
        solver = highspy.Highs()
        solver.setOptionValue("output_flag", False)
        solver.passModel(lp)
        objective = np.zeros(len(inner))
        objective[rows[list(values).index(cell)]] = 1.0
        solver.changeColsCost(len(inner), np.arange(len(inner), dtype=np.int32), objective)
        solver.changeObjectiveSense(sense)
        solver.run()
        status = solver.getModelStatus()
        ends.append(
            inf
            if status == highspy.HighsModelStatus.kUnbounded
            else solver.getInfo().objective_function_value
        )
    return ends[0], ends[1]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("abc"), st.sampled_from("xyz"), st.sampled_from("gb")),
        min_size=1,
        max_size=40,
    )
)
def test_no_hidden_cell_of_a_cube_has_one_integer_value_left(events: list[tuple]) -> None:
    cube = Cube.of("t", events, 3)
    marks = protect(cube)
    values = cube.values()
    for cell, value in values.items():
        if 0 < value < 5:
            assert cell in marks  # "<5", or ".." where the marks around it would pin it
        else:
            assert marks.get(cell) is not Mark.PRIMARY  # "<5" is never over 0 or 5 and more
    for cell in marks:
        low, high = _integer_range(cube, marks, cell)
        assert low <= values[cell] <= high
        assert high - low >= 1, (cell, marks[cell], low, high)


def test_what_an_earlier_export_of_the_year_hid_stays_hidden_when_the_data_grows() -> None:
    december = [
        ("ht", s, g) for s, g, n in (("a", "x", 3), ("a", "y", 9), ("b", "x", 8)) for _ in range(n)
    ]
    december += [("ht", "b", "y")] * 7
    before = protect(Cube.of("t", december, 3))
    june = Cube.of("t", december + [("vt", "a", "x")] * 6 + [("vt", "b", "y")] * 2, 3)
    after = protect(june, frozenset(before))
    assert all(after.get(june.canonical(cell) or cell) for cell in before if "ht" in cell)
    assert set(before) - set(after) <= {c for c in before if "ht" not in c}


def test_a_student_counts_once_per_kind_of_insats() -> None:
    five = tuple(InterventionFact(InterventionKind.HOME_VISIT, D(2026, 9, d)) for d in range(1, 6))
    r = report([case(G, D(2026, 8, 20), interventions=five)], HT, school_names=SCHOOLS)
    assert r.interventions.grid()[0] == [1, 0, 0, 1]
    (cube,) = [c for c in r.cubes if c.name == "interventions"]
    assert sum(cube.counts.values()) == 1


def test_a_measure_is_hidden_where_the_count_it_is_taken_over_is() -> None:
    r = report(FIXTURE, HT, school_names=SCHOOLS)
    marks = pattern(r)
    for row, refs, shown in zip(
        r.measures.cells, r.measures.refs, shown_measures(r.measures, marks), strict=True
    ):
        for measure, ref, text in zip(row, refs, shown, strict=True):
            if ref is not None and marks.mark(ref) and measure.n:
                assert text == ".."


def _kinds_again_in_spring() -> list[CaseFacts]:
    """Three girls who begin the same insats in HT and again in VT (a plan renewed at New
    Year), and a boy with two kinds in HT."""
    again = (
        InterventionFact(InterventionKind.HOME_VISIT, D(2026, 10, 1)),
        InterventionFact(InterventionKind.HOME_VISIT, D(2027, 2, 1)),
    )
    two = (
        InterventionFact(InterventionKind.HOME_VISIT, D(2026, 9, 1)),
        InterventionFact(InterventionKind.MORNING_SUPPORT, D(2026, 9, 2)),
    )
    return [case(G, D(2026, 9, d), interventions=again) for d in (1, 2, 3)] + [
        case(B, D(2026, 9, 4), interventions=two)
    ]


@pytest.mark.parametrize(
    "period", [HT, Period.term(2027, autumn=False), Period.school_year(2026)], ids=str
)
@pytest.mark.parametrize("facts", [FIXTURE, _kinds_again_in_spring()], ids=["fixture", "again"])
def test_every_exported_number_is_the_cube_cell_its_mark_is_decided_on(
    facts: list[CaseFacts], period: Period
) -> None:
    """A table that counted otherwise than its cube would print a number the protection
    never saw: the year's insatser once per student, the cube once per term."""
    r = report(facts, period, school_names=SCHOOLS)
    cubes = {c.name: c for c in r.cubes}
    for table in r.count_tables():
        for row, refs in zip(table.grid(), table.refs, strict=False):
            for value, (name, key) in zip(row, refs, strict=True):
                cell = cubes[name].canonical(key)
                assert value == (0 if cell is None else cubes[name].value(cell)), (name, key)
    marks = pattern(r)
    shown = shown_counts(r.interventions, marks)
    assert not {"1", "2", "3", "4"} & {c for row in shown for c in row}


def test_a_share_is_shown_only_where_those_with_and_without_the_trait_are_both_shown() -> None:
    """83,3 % of six girls is five who did and one who did not: a share gives both its
    counts away, so it shows only where neither is a hidden one."""
    closed = {"closed_on": D(2026, 11, 1), "enrolled_on": D(2026, 3, 1)}
    girls = [
        case(
            G,
            D(2026, 2, 1),
            grade=9,
            upper_secondary_eligible=i < 5,
            baseline_absence_pct=40.0,
            closure_absence_pct=10.0 if i < 5 else 50.0,
            **closed,
        )
        for i in range(6)
    ]
    boys = [
        case(
            B,
            D(2026, 2, 1),
            grade=9,
            upper_secondary_eligible=True,
            baseline_absence_pct=40.0,
            closure_absence_pct=10.0,
            **closed,
        )
        for _ in range(12)
    ]
    r = report(girls + boys, HT, school_names=SCHOOLS)
    shown = dict(zip(r.measures.rows, shown_measures(r.measures, pattern(r)), strict=True))
    for row in ("Andel gymnasiebehöriga i årskurs 9", "Andel med förbättrad närvaro"):
        girl, boy, _other, total = shown[row]
        assert girl == ".." and total == ".."  # one girl without: hidden, and the total too
        assert boy == "100 %"  # twelve with, none without: both counts publishable
    # On screen every share is there.
    assert shown_measures(r.measures, None)[5][0] == "83,3 %"
