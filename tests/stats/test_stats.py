"""Statistics against hand-computed tables, and suppression that cannot be undone."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sstdesk.domain.codes import InterventionKind
from sstdesk.stats.export import to_csv
from sstdesk.stats.facts import CaseFacts, GenderGroup, InterventionFact, Period
from sstdesk.stats.indicators import report
from sstdesk.stats.suppress import hidden_cells, shown_counts, shown_measures
from sstdesk.stats.tables import CountTable

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


def test_every_small_count_and_measure_leaves_the_laptop_as_under_five() -> None:
    r = report(FIXTURE, HT, school_names=SCHOOLS)
    rows = list(csv.reader(io.StringIO(to_csv(r).decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Uppföljning skolsocialt team – HT 2026 – Alla skolor"]
    shown = [cell for row in rows[2:] for cell in row[1:]]
    for cell in shown:
        assert cell not in {"1", "2", "3", "4"}
    flows = next(i for i, row in enumerate(rows) if row and row[0] == "Elever under perioden")
    assert rows[flows] == ["Elever under perioden", "Flicka", "Pojke", "Annat/ej angivet", "Totalt"]
    assert rows[flows + 1] == ["Aktualiserade", "<5", "<5", "<5", "6"]
    measures = shown_measures(r.measures, suppressed=True)
    assert measures[0] == ["<5", "<5", "–", "<5"]  # 3, 1, 0 and 4 students
    # On screen (never leaving the laptop) the numbers are shown.
    assert shown_counts(r.flows, suppressed=False)[0] == ["4", "1", "1", "6"]


def test_secondary_suppression_hides_what_subtraction_would_reveal() -> None:
    table = CountTable("t", ("x", "y"), ((12, 3, 7), (9, 8, 6)))
    shown = shown_counts(table, suppressed=True)
    # 3 is hidden; so is the smallest other cell of its row and of its column.
    assert shown[0][1] == "<5"
    assert [row[1] for row in shown].count("<5") >= 2
    assert shown[0].count("<5") >= 2


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


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(*[st.integers(0, 12)] * 3), min_size=1, max_size=6),
    st.booleans(),
)
def test_no_hidden_cell_can_be_recovered_from_a_total(
    rows: list[tuple[int, int, int]], column_totals: bool
) -> None:
    table = CountTable("t", tuple(f"r{i}" for i in range(len(rows))), tuple(rows), column_totals)
    grid = table.grid()
    hidden = hidden_cells(table)
    shown = shown_counts(table, suppressed=True)
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if 0 < value < 5:
                assert shown[r][c] == "<5"
    lines = [[(r, c) for c in range(4)] for r in range(len(grid))]
    if column_totals:
        lines += [[(r, c) for r in range(len(grid))] for c in range(4)]
    for line in lines:
        # A line with one hidden cell gives it away: total minus the others.
        assert sum(1 for cell in line if cell in hidden) != 1
