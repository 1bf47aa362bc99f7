"""The guess takes what the file says and asks for the rest; the preview shows each
column as it will be read."""

from __future__ import annotations

import datetime as dt
import io
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sstdesk.imports.mapping import (
    FIELDS,
    ColumnMapping,
    Unit,
    guess_table,
    recall,
    suggested_unit,
)
from sstdesk.imports.parse import parse_table
from sstdesk.imports.reading import concerns, readings
from sstdesk.imports.table import Table, read_table
from tests.imports.test_exports import EXPECTED, export_bytes

TODAY = dt.date(2026, 11, 23)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
P, H, M, L = Unit.PERCENT, Unit.HOURS, Unit.MINUTES, Unit.LESSONS


def csv(*lines: str) -> Table:
    return read_table("\n".join(lines).encode(), "export.csv")


def said(table: Table, mapping: ColumnMapping | None = None) -> str:
    return "\n".join(concerns(table, mapping or guess_table(table)))


@pytest.mark.parametrize(
    ("lines", "columns", "units"),
    [
        # the percentage is preferred to the same figure in hours
        (
            ["Pnr;Giltig (tim);Giltig (%);Ogiltig (tim);Ogiltig (%)", "20130405-2382;4;5;0;0"],
            {"personnummer": 0, "valid": 2, "invalid": 4},
            {"valid": P, "invalid": P},
        ),
        # hours need the scheduled time of the same kind, not the lessons
        (
            ["Pnr;Antal lektioner;Schemalagd tid (tim);GF h;F h", "20130405-2382;30;80;4;0"],
            {"personnummer": 0, "scheduled": 2, "valid": 3, "invalid": 4},
            {"scheduled": H, "valid": H, "invalid": H},
        ),
        # the cells give the unit when the header does not
        (
            [
                "Pnr;Schemalagd tid;Giltig frånvaro;Ogiltig frånvaro",
                "20130405-2382;80:00;4:30;0:00",
            ],
            {"personnummer": 0, "scheduled": 1, "valid": 2, "invalid": 3},
            {"scheduled": H, "valid": H, "invalid": H},
        ),
        (
            ["Pnr;Giltig frånvaro;Ogiltig frånvaro", "20130405-2382;9,6 %;0 %"],
            {"personnummer": 0, "valid": 1, "invalid": 2},
            {"valid": P, "invalid": P},
        ),
        # a name: the whole name before the surname before the first name
        (
            ["Förnamn;Efternamn;Pnr;Giltig %;Ogiltig %", "Saga;Ek;20130405-2382;1;2"],
            {"name": 1, "personnummer": 2, "valid": 3, "invalid": 4},
            {"valid": P, "invalid": P},
        ),
        # "varav" columns are parts of the column before them, in its unit
        (
            [
                "Pnr;Frånvaro totalt, timmar;Varav giltig;Varav ogiltig;Schemalagd tid, timmar",
                "20130405-2382;6;4;2;80",
            ],
            {"personnummer": 0, "total": 1, "valid": 2, "invalid": 3, "scheduled": 4},
            {"total": H, "valid": H, "invalid": H, "scheduled": H},
        ),
        # one period column holds both dates
        (
            ["Pnr;Period;Giltig %;Ogiltig %", "20130405-2382;2026-10-01 – 2026-10-31;1;2"],
            {"personnummer": 0, "period_start": 1, "period_end": 1, "valid": 2, "invalid": 3},
            {"valid": P, "invalid": P},
        ),
    ],
)
def test_the_guess_takes_what_the_file_says(
    lines: list[str], columns: dict[str, int], units: dict[str, Unit]
) -> None:
    mapping = guess_table(csv(*lines))
    assert mapping.columns() == columns
    assert mapping.units == units
    assert mapping.missing() == []


@pytest.mark.parametrize(
    ("lines", "missing", "concern"),
    [
        (
            ["Pnr;Giltig frånvaro;Ogiltig frånvaro", "20130405-2382;12,5;3"],
            ["enheten för giltig frånvaro", "enheten för ogiltig frånvaro"],
            "Enheten för ”Giltig frånvaro” står varken i rubriken eller i cellerna",
        ),
        (
            ["Pnr;Giltig frånvaro (tim);Ogiltig frånvaro (tim)", "20130405-2382;9,6 %;2 %"],
            ["enheten för giltig frånvaro", "enheten för ogiltig frånvaro"],
            "Rubriken ”Giltig frånvaro (tim)” anger timmar, men cellerna är procent.",
        ),
        (
            ["Pnr;Giltig frånvaro %;Ogiltig frånvaro %", "20130405-2382;0,096;0,02", "x;0,1;0"],
            ["enheten för giltig frånvaro", "enheten för ogiltig frånvaro"],
            "är de procent, eller andelar där 0,096 betyder 9,6 %?",
        ),
        (
            ["Pnr;Giltig HT (tim);Giltig VT (tim);Ogiltig (%)", "20130405-2382;1;2;3"],
            ["kolumnerna med giltig och ogiltig frånvaro (eller total frånvaro och en av dem)"],
            "Flera kolumner kan vara giltig frånvaro: ”Giltig HT (tim)” och ”Giltig VT (tim)”.",
        ),
        (
            ["Pnr;Giltig (min);Ogiltig (min)", "20130405-2382;60;0"],
            ["kolumnen med schemalagd tid (frånvaron anges inte i procent)"],
            "Ingen kolumn ser ut att innehålla schemalagd tid",
        ),
        (
            ["Pnr;Totalt (t);Giltig (tim);Ogiltig (tim)", "20130405-2382;60;3;1"],
            ["kolumnen med schemalagd tid (frånvaron anges inte i procent)"],
            "”Totalt (t)” kan vara total frånvaro eller schemalagd tid: välj själv.",
        ),
        (
            ["Elev;Sjukfrånvaro;Skolk", "Saga;3;4"],
            [
                "kolumnen med personnummer",
                "kolumnerna med giltig och ogiltig frånvaro (eller total frånvaro och en av dem)",
                "enheten för ogiltig frånvaro",
            ],
            "Ingen kolumn ser ut att innehålla personnummer",
        ),
        (
            ["Pnr;Frånvaro (tim) %;Giltig %;Ogiltig %", "20130405-2382;5;3;2"],
            [],
            "”Frånvaro (tim) %” läses inte som total frånvaro",
        ),
    ],
)
def test_what_the_file_leaves_open_is_asked(
    lines: list[str], missing: list[str], concern: str
) -> None:
    table = csv(*lines)
    mapping = guess_table(table)
    assert mapping.missing() == missing
    assert concern in said(table, mapping)


CLOCK = "Pnr;Schemalagd tid (tim);Giltig (tim);Ogiltig (tim)"


@pytest.mark.parametrize(
    ("cells", "missing", "concern"),
    [
        (
            "80;9.30;2.75",
            ["enheten för giltig frånvaro"],
            "”Giltig (tim)”: 9.30 kan betyda 9 tim 30 min eller 9,3 tim. Välj enheten Timmar "
            "för giltig frånvaro om talen är decimaltimmar; betyder de timmar och minuter, "
            "exportera tiden som 9:30 och läs in filen igen.",
        ),
        ("80;9,30;2,75", [], None),  # a decimal comma
        ("80;9:30;2:45", [], None),  # hours:minutes
        ("80;9.5;2.75", [], None),  # the dot is a decimal mark in both columns
    ],
)
def test_hours_with_a_dot_that_may_be_minutes_are_asked(
    cells: str, missing: list[str], concern: str | None
) -> None:
    table = csv(CLOCK, f"20130405-2382;{cells}", "20120911-2398;80;0;0")
    mapping = guess_table(table)
    assert mapping.missing() == missing
    text = said(table, mapping)
    if concern is None:
        assert "tim eller" not in text and "decimaltimmar" not in text
        return
    assert concern in text
    chosen = mapping.with_column("valid", 2, H)  # the person says: decimal hours
    assert "”Giltig (tim)” läses som decimaltimmar: 9.30 blir 9,3 tim, inte 9 tim 30 min." in (
        said(table, chosen)
    )
    rows = parse_table(table, chosen, today=TODAY, period=OCTOBER).rows
    assert [r.valid_pct for r in rows if r.line == 2] == [round(9.3 / 80 * 100, 1)]


def test_a_choice_against_what_the_file_says_is_pointed_out() -> None:
    table = csv(
        "Pnr;Schemalagd tid (tim);Giltig (tim);Ogiltig (tim);Närvaro %",
        "20130405-2382;80;4;2;92",
    )
    guessed = guess_table(table)
    mapping = guessed.with_column("valid", 2, M).with_column("total", 4, P)
    text = said(table, mapping)
    assert "”Giltig (tim)” läses som minuter, men filen anger timmar." in text
    assert "”Närvaro %” ser ut att vara närvaro, inte total frånvaro." in text
    assert suggested_unit(table, 2) is H and suggested_unit(table, 4) is P


def test_each_column_is_shown_as_it_will_be_read() -> None:
    table = read_table(export_bytes("skola24_timmar.csv"), "skola24_timmar.csv")
    shown = {r.header: (r.how, r.samples) for r in readings(table, guess_table(table), today=TODAY)}
    assert shown["Ej anmäld frånvaro (tim)"] == (
        "Ogiltig frånvaro – timmar av schemalagd tid",
        ("4,5 → 5 %", "0 → 0 %", "18,4 → 20 %"),
    )
    assert shown["Frånvaro (%)"][0] == "Total frånvaro – procent"
    assert shown["Frånvaro (tim)"][0] == "Läses inte (total frånvaro läses ur en annan kolumn)"
    assert shown["Lektionstid (tim)"] == (
        "Schemalagd tid – timmar",
        ("90,0 → 90 timmar", "88,5 → 88,5 timmar", "92,0 → 92 timmar"),
    )
    assert shown["Personnummer"][1] == ("20100103-****", "20100121-****", "20100209-****")
    assert shown["Klass"][0] == "Läses inte (klass eller skola)"


def test_a_percent_cell_is_shown_converted() -> None:
    table = read_table(export_bytes("skola24_procent.xlsx"), "x.xlsx")
    shown = {r.header: r.samples for r in readings(table, guess_table(table), today=TODAY)}
    assert shown["Giltig frånvaro"] == ("9,6 % → 9,6 %", "0 % → 0 %", "33,33 % → 33,3 %")


def test_a_wrong_unit_shows_in_the_samples_before_anything_is_written() -> None:
    table = read_table(export_bytes("vklass_timmar_cp1252.csv"), "x.csv")
    hours = guess_table(table)
    as_minutes = hours.with_column("valid", 5, M).with_column("scheduled", 4, M)
    shown = {r.header: r.samples for r in readings(table, as_minutes, today=TODAY)}
    assert shown["GF h"][0] == "4 → 5 %"  # the same either way: both columns in minutes
    wrong = hours.with_column("valid", 5, M)  # minutes against hours: 4 min of 80 h
    shown = {r.header: r.samples for r in readings(table, wrong, today=TODAY)}
    assert shown["GF h"][0] == "4 → 0,1 %"
    assert "”GF h” läses som minuter, men filen anger timmar." in said(table, wrong)


def test_a_remembered_mapping_of_the_old_kind_keeps_its_unit() -> None:
    headers = ("Pnr", "Schemalagd tid", "Giltig", "Ogiltig")
    old = json.dumps(
        {
            "columns": {
                "personnummer": "Pnr",
                "scheduled": "Schemalagd tid",
                "valid": "Giltig",
                "invalid": "Ogiltig",
            },
            "unit": "minutes",
        }
    )
    mapping = ColumnMapping.from_json(old, headers)
    assert mapping is not None
    assert mapping.units == {"scheduled": M, "valid": M, "invalid": M}
    again = ColumnMapping.from_json(mapping.to_json(headers), headers)
    assert again == mapping


HT_VT = ("Pnr", "Giltig %", "Ogiltig %", "Giltig %", "Ogiltig %")  # HT, then VT
PERCENT = {"valid": P, "invalid": P}


def old_kind(columns: dict[str, str]) -> str:
    """What earlier versions remembered: header names alone."""
    return json.dumps({"columns": columns, "units": {"valid": "percent", "invalid": "percent"}})


@pytest.mark.parametrize(
    ("remembered", "headers", "columns", "misfit"),
    [
        # the same file again, or one with a column more at the end: as remembered
        ((("Pnr", "Giltig", "Ogiltig"), (0, 1, 2)), ("Pnr", "Giltig", "Ogiltig"), (0, 1, 2), ""),
        (
            (("Pnr", "Giltig", "Ogiltig"), (0, 1, 2)),
            ("pnr", "Giltig", "Ogiltig", "X"),
            (0, 1, 2),
            "",
        ),
        # the repeated names of the same header row: the VT columns, as chosen
        ((HT_VT, (0, 3, 4)), HT_VT, (0, 3, 4), ""),
        # reordered: never followed by name to another column
        (
            (("Pnr", "Giltig", "Ogiltig"), (0, 1, 2)),
            ("Pnr", "Ogiltig", "Giltig"),
            None,
            "giltig frånvaro: ”Giltig” står i kolumn 3, inte i kolumn 2 som förra gången",
        ),
        # a repeated name in a header row that is not the one remembered
        ((HT_VT, (0, 3, 4)), (*HT_VT, "Klass"), None, "”Giltig %” finns i flera kolumner"),
        (
            (("Pnr", "Giltig", "Ogiltig"), (0, 1, 2)),
            ("Pnr", "Giltig", "Ogiltig", "Ogiltig"),
            None,
            "ogiltig frånvaro: ”Ogiltig” finns i flera kolumner",
        ),
        (
            (("Pnr", "Giltig", "Ogiltig"), (0, 1, 2)),
            ("Pnr", "Giltig", "Skolk"),
            None,
            "”Ogiltig” finns inte i filen",
        ),
        # a file without a header row: nothing tells its columns apart
        ((("", "", ""), (0, 1, 2)), ("", "", ""), None, "valdes i en kolumn utan rubrik"),
        # the old kind, by name alone: only a name found once is taken
        (
            old_kind({"personnummer": "Pnr", "valid": "Giltig", "invalid": "Ogiltig"}),
            ("Ogiltig", "Pnr", "Giltig"),
            (1, 2, 0),
            "",
        ),
        (
            old_kind({"personnummer": "Pnr", "valid": "Giltig %", "invalid": "Ogiltig %"}),
            HT_VT,
            None,
            "”Giltig %” finns i flera kolumner",
        ),
        (old_kind({"personnummer": "", "valid": "", "invalid": ""}), ("", "", ""), None, "utan"),
        ("inte json", ("Pnr", "Giltig", "Ogiltig"), None, ""),
        ('{"columns": {"valid": 3}}', ("Pnr", "Giltig", "Ogiltig"), None, ""),
    ],
)
def test_a_remembered_mapping_is_used_only_where_it_fits(
    remembered: str | tuple[tuple[str, ...], tuple[int, int, int]],
    headers: tuple[str, ...],
    columns: tuple[int, int, int] | None,
    misfit: str,
) -> None:
    if isinstance(remembered, tuple):
        names, (pnr, valid, invalid) = remembered
        chosen = ColumnMapping(personnummer=pnr, valid=valid, invalid=invalid, units=PERCENT)
        remembered = chosen.to_json(names)
    held = recall(remembered, headers)
    if columns is None:
        assert held.mapping is None
    else:
        pnr, valid, invalid = columns
        assert held.mapping == ColumnMapping(
            personnummer=pnr, valid=valid, invalid=invalid, units=PERCENT
        )
    concern = held.concern()
    if misfit:
        assert concern is not None and misfit in concern
        assert "gissade på nytt: kontrollera varje val" in concern
    else:
        assert concern is None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_columns_in_another_order_read_the_same(name: str) -> None:
    """The guess goes by what a column is, never where it stands."""
    table = read_table(export_bytes(name), name)
    order = list(range(len(table.headers)))
    random.Random(name).shuffle(order)
    moved = Table(
        tuple(table.headers[i] for i in order),
        tuple(
            (line, tuple(cells[i] if i < len(cells) else "" for i in order))
            for line, cells in table.rows
        ),
        table.description,
        period=table.period,
    )
    period = EXPECTED[name].period
    first = parse_table(table, guess_table(table), today=TODAY, period=period)
    second = parse_table(moved, guess_table(moved), today=TODAY, period=period)
    assert first.rows == second.rows
    assert [e.line for e in first.errors] == [e.line for e in second.errors]


def test_the_same_figures_in_every_unit_give_the_same_percentages() -> None:
    rows = [
        ("Giltig (%)", "5"),
        ("Giltig andel", "0,05"),
        ("Giltig (tim)", "4"),
        ("Giltig (min)", "240"),
        ("Giltig (h:mm)", "4:00"),
    ]
    for header, value in rows:
        table = csv(f"Pnr;Schemalagd tid (tim);{header};Ogiltig (%)", f"20130405-2382;80;{value};0")
        mapping = guess_table(table)
        if header == "Giltig andel":
            assert mapping.unit_of("valid") is None  # a share of what? asked
            mapping = mapping.with_column("valid", 2, Unit.FRACTION)
        parsed = parse_table(table, mapping, today=TODAY, period=OCTOBER)
        assert [r.valid_pct for r in parsed.rows] == [5.0], header


def test_an_xlsx_time_cell_under_a_percent_header_is_refused() -> None:
    book = Workbook()
    book.active.append(["Pnr", "Giltig %", "Ogiltig %"])
    book.active.append(["20130405-2382", dt.time(4, 30), 0.02])
    book.active["B2"].number_format = "h:mm"
    book.active["C2"].number_format = "0%"
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_table(buffer.getvalue(), "x.xlsx")
    mapping = guess_table(table)
    assert mapping.unit_of("valid") is None
    assert "anger procent, men cellerna är timmar" in said(table, mapping)
    forced = mapping.with_column("valid", 1, P)
    (error,) = parse_table(table, forced, today=TODAY, period=OCTOBER).errors
    assert "är en tid (timmar:minuter), men kolumnen läses som procent" in error.reason


def workbook_table(rows: list[list[object]]) -> Table:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)  # openpyxl saves no computed values: what a program's export does
    return read_table(buffer.getvalue(), "x.xlsx")


SAVE_IN_EXCEL = "Öppna filen i Excel, spara den och läs in den igen."
HOURS_AND_PERCENT = ["Pnr", "Schemalagd tid (tim)", "Giltig (tim)", "Ogiltig (tim)"]


@pytest.mark.parametrize(
    ("rows", "columns", "concern"),
    [
        # formulas never computed beside the real figures: the figures are read
        (
            [
                [*HOURS_AND_PERCENT, "Giltig %", "Ogiltig %"],
                ["20130405-2382", 80, 4, 2, "=C2/B2*100", "=D2/B2*100"],
                ["20120911-2398", 80, 0, 0, "=C3/B3*100", "=D3/B3*100"],
            ],
            {"personnummer": 0, "scheduled": 1, "valid": 2, "invalid": 3},
            None,
        ),
        # the same beside an empty column that is no formula
        (
            [[*HOURS_AND_PERCENT, "Giltig %", "Ogiltig %"], ["20130405-2382", 80, 4, 2, None, 0]],
            {"personnummer": 0, "scheduled": 1, "valid": 2, "invalid": 5},
            None,
        ),
        # only formulas: nothing is chosen, and the person is told to save it in Excel
        (
            [["Pnr", "Giltig %", "Ogiltig %"], ["20130405-2382", "=4/80*100", "=2/80*100"]],
            {"personnummer": 0},
            "”Giltig %” innehåller formler som aldrig har räknats ut",
        ),
    ],
)
def test_formulas_never_computed_are_not_chosen(
    rows: list[list[object]], columns: dict[str, int], concern: str | None
) -> None:
    table = workbook_table(rows)
    mapping = guess_table(table)
    assert mapping.columns() == columns
    text = said(table, mapping)
    if concern is None:
        assert SAVE_IN_EXCEL not in text
    else:
        assert concern in text and SAVE_IN_EXCEL in text
        assert "Ingen kolumn ser ut att innehålla giltig frånvaro" not in text


def test_a_formula_column_chosen_by_hand_is_pointed_out() -> None:
    table = workbook_table(
        [[*HOURS_AND_PERCENT, "Giltig %"], ["20130405-2382", 80, 4, 2, "=C2/B2*100"]]
    )
    assert table.uncomputed == {4}
    mapping = guess_table(table).with_column("valid", 4, P)
    assert "”Giltig %” innehåller formler" in said(table, mapping)
    (error,) = parse_table(table, mapping, today=TODAY, period=OCTOBER).errors
    assert "Giltig frånvaro saknas" in error.reason


cell_text = st.one_of(
    st.text(max_size=10),
    st.sampled_from(["4:30", "9,6 %", "12,5", "4.800", "2026-10-01", "01/10/2026", "0", ""]),
    st.sampled_from(["20130405-2382", "2026-10-01 – 2026-10-31", "4,5 tim", "-", "Summa"]),
)
header_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Personnummer", "Giltig (tim)", "Ogiltig %", "Period", "Från", "Totalt (t)"]),
)


@settings(max_examples=200, deadline=None)
@given(
    headers=st.lists(header_text, min_size=1, max_size=6),
    body=st.lists(st.lists(cell_text, max_size=7), min_size=1, max_size=6),
    fields=st.dictionaries(
        st.sampled_from(list(FIELDS)), st.integers(min_value=-1, max_value=7), max_size=8
    ),
    units=st.dictionaries(st.sampled_from(list(FIELDS)), st.sampled_from(list(Unit)), max_size=8),
)
def test_any_mapping_of_any_table_is_shown_and_read_without_a_crash(
    headers: list[str],
    body: list[list[str]],
    fields: dict[str, int],
    units: dict[str, Unit],
) -> None:
    """Whatever the person chooses, the preview says something and every row is read or
    refused: the window never meets an exception."""
    table = Table(tuple(headers), tuple((n + 2, tuple(r)) for n, r in enumerate(body)), "t")
    columns = {f: i for f, i in fields.items() if 0 <= i}
    mapping = ColumnMapping(**columns, units={f: u for f, u in units.items() if f in columns})
    for guessed in (mapping, guess_table(table)):
        shown = readings(table, guessed, today=TODAY, period=OCTOBER)
        assert len(shown) == len(headers)
        assert all(isinstance(text, str) for r in shown for text in (r.how, *r.samples))
        assert all(isinstance(text, str) for text in concerns(table, guessed))
        parsed = parse_table(table, guessed, today=TODAY, period=OCTOBER)
        assert len(parsed.rows) + len(parsed.errors) == len(body)
