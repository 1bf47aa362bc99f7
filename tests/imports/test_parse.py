"""Reading the schools' exports: every malformed input gets a Swedish reason."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sstdesk.imports.mapping import ColumnMapping, Unit, guess, guess_table
from sstdesk.imports.parse import parse_table
from sstdesk.imports.table import MAX_BYTES, ImportFileError, Table, read_table

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = dt.date(2026, 11, 23)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
HEADER = "Personnummer;Elev;Giltig frånvaro (%);Ogiltig frånvaro (%)\n"


def table_of(text: str, encoding: str = "utf-8") -> Table:
    return read_table(text.encode(encoding), "export.csv")


def test_skola24_percent_export_with_bom_and_decimal_commas() -> None:
    table = read_table((DATA / "skola24_procent.csv").read_bytes(), "skola24_procent.csv")
    assert table.description == "CSV, UTF-8, semikolon"
    mapping = guess(table.headers)
    assert (mapping.personnummer, mapping.name, mapping.total, mapping.valid, mapping.invalid) == (
        0,
        1,
        3,
        4,
        5,
    )
    parsed = parse_table(table, mapping, today=TODAY, period=OCTOBER)
    assert [(r.line, r.personnummer, r.total_pct, r.valid_pct, r.invalid_pct) for r in parsed.rows][
        :2
    ] == [(2, "20130405-2382", 32.5, 10.0, 22.5), (3, "20120911-2398", 18.2, 12.2, 6.0)]
    assert parsed.rows[1].name == "Åsa Öberg"  # and the twelve digits were normalised
    reasons = {e.line: e.reason for e in parsed.errors}
    assert "Kontrollsiffran" in reasons[6]
    assert reasons[7] == "Total frånvaro är 120 %; den ska vara 0–100 %."


def test_windows_1252_minutes_export_with_periods_in_the_file() -> None:
    table = read_table((DATA / "vklass_minuter.csv").read_bytes(), "vklass.csv")
    assert table.description == "CSV, Windows-1252, kommatecken"
    mapping = guess(table.headers)
    assert mapping.unit_of("valid") is Unit.MINUTES and mapping.scheduled == 4
    parsed = parse_table(table, mapping, today=TODAY)
    saga = parsed.rows[0]
    assert (saga.period_start, saga.period_end) == OCTOBER
    assert (saga.total_pct, saga.valid_pct, saga.invalid_pct) == (30.0, 10.0, 20.0)
    assert parsed.rows[1].name == "Åsa Öberg"
    assert parsed.errors[0].line == 4
    assert "mer än den schemalagda tiden" in parsed.errors[0].reason


def test_xlsx_lessons_export_with_a_title_line_above_the_header() -> None:
    table = read_table((DATA / "unikum_lektioner.xlsx").read_bytes(), "unikum.xlsx")
    assert table.headers[:2] == ("Namn", "Personnummer")
    mapping = guess(table.headers)
    assert mapping.unit_of("valid") is mapping.unit_of("scheduled") is Unit.LESSONS
    parsed = parse_table(table, mapping, today=TODAY)
    assert [(r.line, r.personnummer, r.total_pct) for r in parsed.rows] == [
        (4, "20130405-2382", 35.0),
        (5, "20120911-2398", 5.0),
    ]
    assert parsed.errors[0].line == 6 and "Schemalagd tid är noll" in parsed.errors[0].reason


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Filen är tom"),
        (b"   \r\n\r\n", "Filen är tom"),
        (b"Personnummer\n20130405-2382\n", "bara en kolumn"),
        (b"Personnummer;Giltig\n", "inga rader"),
        (b"%PDF-1.7 ...", "inte en CSV- eller XLSX-fil"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "äldre Excel-format"),
        (b"\x00\x01\x02\x03PK binary\x00\xff", "binärfil"),
        (b"PK\x03\x04 not really a workbook", "Excel-filen går inte att öppna"),
    ],
)
def test_broken_files_are_refused_with_what_to_do(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_table(data, "export.csv")


def test_a_file_too_large_is_refused_before_it_is_read() -> None:
    huge = HEADER.encode() + b"20130405-2382;Saga;1;1\n" * (MAX_BYTES // 22)
    assert len(huge) > MAX_BYTES
    with pytest.raises(ImportFileError, match="för stor"):
        read_table(huge, "export.csv")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("20130405-2382;Saga;12;", "Ogiltig frånvaro saknas."),
        (";Saga;12;3", "Personnummer saknas."),
        ("19991399-0000;X;1;1", "godtas inte"),
        ("20130405-2382;Saga;tolv;3", "Giltig frånvaro: ”tolv” är inget tal."),
        ("20130405-2382;Saga;-3;3", "Giltig frånvaro är -3 %"),
        ("20130405-2382;Saga;60;60", "tillsammans mer än 100 %"),
        ("20130405-2382;Saga;101;0", "Giltig frånvaro är 101 %"),
    ],
)
def test_each_bad_row_gets_its_line_and_reason(row: str, reason: str) -> None:
    table = table_of(HEADER + "20120911-2398;Åsa;1;2\n" + row + "\n")
    parsed = parse_table(table, guess(table.headers), today=TODAY, period=OCTOBER)
    assert len(parsed.rows) == 1
    assert parsed.errors[0].line == 3
    assert reason in parsed.errors[0].reason


def test_periods_in_the_future_backwards_or_repeated_are_errors() -> None:
    header = "Personnummer;Från;Till;Giltig %;Ogiltig %\n"
    table = table_of(
        header
        + "20130405-2382;2026-10-01;2026-10-31;1;1\n"
        + "20130405-2382;2026-10-01;2026-10-31;2;2\n"
        + "20120911-2398;2026-12-01;2026-12-31;1;1\n"
        + "20140228-2394;2026-10-31;2026-10-01;1;1\n"
        + "20110617-2388;31/10/2026;den sista;1;1\n"
    )
    parsed = parse_table(table, guess(table.headers), today=TODAY)
    reasons = {e.line: e.reason for e in parsed.errors}
    assert "med andra värden" in reasons[2] and "med andra värden" in reasons[3]
    assert not parsed.rows  # which of the two is true cannot be guessed
    assert "i framtiden" in reasons[4]
    assert "före dess början" in reasons[5]
    assert "Period till ”den sista” är inget datum" in reasons[6]


def test_a_mapping_says_what_it_lacks_and_is_remembered_by_header_name() -> None:
    headers = ("Elev", "Personnummer", "Giltig", "Ogiltig")
    assert ColumnMapping(personnummer=1).missing() == [
        "kolumnerna med giltig och ogiltig frånvaro (eller total frånvaro och en av dem)"
    ]
    minutes = {"valid": Unit.MINUTES, "invalid": Unit.MINUTES}
    assert ColumnMapping(0, valid=2, invalid=3, units=minutes).missing() == [
        "kolumnen med schemalagd tid (frånvaron anges inte i procent)"
    ]
    assert ColumnMapping(0, valid=2, invalid=3).missing() == [
        "enheten för giltig frånvaro",
        "enheten för ogiltig frånvaro",
    ]
    mapping = guess(headers)
    assert ColumnMapping.from_json(mapping.to_json(headers), headers) == mapping
    moved = ("Personnummer", "Ogiltig", "Giltig", "Elev")  # not followed by name: asked
    assert ColumnMapping.from_json(mapping.to_json(headers), moved) is None
    assert ColumnMapping.from_json(mapping.to_json(headers), ("Annat", "Helt")) is None


def test_the_same_rows_read_alike_from_csv_and_xlsx() -> None:
    rows = [
        ["Personnummer", "Giltig frånvaro (%)", "Ogiltig frånvaro (%)"],
        ["20130405-2382", 12.5, 3],
        ["20120911-2398", 0, 40],
    ]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    csv_text = "\n".join(";".join(str(c).replace(".", ",") for c in row) for row in rows)
    from_csv = parse_table(table_of(csv_text), guess(tuple(rows[0])), today=TODAY, period=OCTOBER)
    xlsx = read_table(buffer.getvalue(), "x.xlsx")
    from_xlsx = parse_table(xlsx, guess(xlsx.headers), today=TODAY, period=OCTOBER)
    assert from_csv.rows == from_xlsx.rows and len(from_csv.rows) == 2


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(cells, min_size=0, max_size=6), min_size=1, max_size=12))
def test_any_table_gives_every_row_a_result_or_a_reason(body: list[list[str]]) -> None:
    """Whatever the cells hold, parsing never crashes and never loses a row."""
    table = Table(
        headers=("Personnummer", "Giltig %", "Ogiltig %", "Total %", "Från", "Till"),
        rows=tuple((n + 2, tuple(r)) for n, r in enumerate(body)),
        description="test",
    )
    mapping = guess(table.headers)
    parsed = parse_table(table, mapping, today=TODAY)
    assert sorted([r.line for r in parsed.rows] + [e.line for e in parsed.errors]) == [
        line for line, _ in table.rows
    ]
    for error in parsed.errors:
        assert error.reason and error.reason[0].isupper()
    for row in parsed.rows:
        assert 0 <= row.valid_pct <= 100 and 0 <= row.invalid_pct <= 100
        assert row.period_start <= row.period_end <= TODAY


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_in_swedish(data: bytes) -> None:
    try:
        table = read_table(data, "x.csv")
    except ImportFileError as error:
        assert str(error)
        return
    assert table.headers


@settings(max_examples=200, deadline=None)
@given(
    valid=st.floats(min_value=0, max_value=50, allow_nan=False),
    invalid=st.floats(min_value=0, max_value=50, allow_nan=False),
    sep=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_well_formed_rows_survive_any_dialect(
    valid: float, invalid: float, sep: str, encoding: str
) -> None:
    decimal = "," if sep != "," else "."
    text = (
        sep.join(["Personnummer", "Namn", "Giltig %", "Ogiltig %"])
        + "\n"
        + sep.join(
            [
                "20130405-2382",
                "Åsa Ö",
                f"{valid:.1f}".replace(".", decimal),
                f"{invalid:.1f}".replace(".", decimal),
            ]
        )
    )
    table = read_table(text.encode(encoding), "x.csv")
    parsed = parse_table(table, guess(table.headers), today=TODAY, period=OCTOBER)
    assert not parsed.errors, parsed.errors
    row = parsed.rows[0]
    assert row.name == "Åsa Ö"
    assert row.valid_pct == pytest.approx(round(valid, 1), abs=0.06)
    assert row.total_pct == pytest.approx(row.valid_pct + row.invalid_pct, abs=0.11)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Personnummer;Elev;Giltig frånvaro (%);Ogiltig frånvaro (%)", "Rubrikraden upprepas"),
        ("Klass 7B;;;", "bara en ifylld cell (”Klass 7B”)"),
        ("Medelvärde;;4,5;3", "Summeringsrad (”Medelvärde”)"),
        ("20130405-2382;Saga;4;5;6", "fler ifyllda celler än rubrikraden"),
        ("304052382;Saga;4;5", "Har Excel tagit bort en nolla"),
        ("2,01304E+11;Saga;4;5", "Excel har skrivit det i grundpotensform"),
        ("20130405-2382;Saga;4:30;1", "är en tid (timmar:minuter), men kolumnen läses som procent"),
        ("20130405-2382;Saga;;1", "Giltig frånvaro saknas."),
    ],
)
def test_rows_that_are_no_student_or_cannot_be_read_say_why(row: str, reason: str) -> None:
    table = table_of(HEADER + "20120911-2398;Åsa;1;2\n" + row + "\n")
    parsed = parse_table(table, guess(table.headers), today=TODAY, period=OCTOBER)
    assert [r.line for r in parsed.rows] == [2]
    (error,) = parsed.errors
    assert error.line == 3 and reason in error.reason


def test_a_comma_file_with_decimal_commas_unquoted_is_refused_not_shifted() -> None:
    text = "Personnummer,Giltig %,Ogiltig %\n20130405-2382,4,5,3\n20120911-2398,4,3\n"
    parsed = parse_table(
        table_of(text),
        guess(("Personnummer", "Giltig %", "Ogiltig %")),
        today=TODAY,
        period=OCTOBER,
    )
    assert [(r.line, r.valid_pct, r.invalid_pct) for r in parsed.rows] == [(3, 4.0, 3.0)]
    assert "förskjutits" in parsed.errors[0].reason


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("2026-10-01", "ska vara två datum"),
        ("", "Period saknas."),
        ("01/10/2026 - 31/10/2026", None),
        ("2026-10-31 – 2026-10-01", "slut ligger före"),
    ],
)
def test_a_period_in_one_cell(cell: str, reason: str | None) -> None:
    table = table_of(f"Personnummer;Period;Giltig %;Ogiltig %\n20130405-2382;{cell};1;2\n")
    parsed = parse_table(table, guess(table.headers), today=TODAY)
    if reason is None:
        assert (parsed.rows[0].period_start, parsed.rows[0].period_end) == OCTOBER
    else:
        assert reason in parsed.errors[0].reason


def test_the_period_above_the_header_is_used_unless_the_person_gives_one() -> None:
    table = table_of("Period: 2026-09-01 - 2026-09-30\n" + HEADER + "20130405-2382;Saga;1;2\n")
    assert parse_table(table, guess(table.headers), today=TODAY).rows[0].period_end == dt.date(
        2026, 9, 30
    )
    chosen = parse_table(table, guess(table.headers), today=TODAY, period=OCTOBER)
    assert chosen.rows[0].period_end == OCTOBER[1]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        # the total and "varav ogiltig": giltig is the total less ogiltig
        (
            "Personnummer;Frånvaro (min);Varav ogiltig (min);Schemalagd tid (min)",
            "20130405-2382;480;120;4800",
            (10.0, 7.5, 2.5),
        ),
        (
            "Personnummer;Frånvarodagar;Varav ogiltig (dagar);Skoldagar",
            "20130405-2382;4;1;20",
            (20.0, 15.0, 5.0),
        ),
        # the total and giltig: ogiltig is the rest
        ("Personnummer;Frånvaro totalt (%);Giltig frånvaro (%)", "20130405-2382;10;4", (10, 4, 6)),
        # halves rounded up, and the stored parts add up to the stored total
        (
            "Personnummer;Giltig frånvaro (%);Ogiltig frånvaro (%)",
            "20130405-2382;3,5;1,25",
            (4.8, 3.5, 1.3),
        ),
        (
            "Personnummer;Giltig frånvaro (%);Ogiltig frånvaro (%)",
            "20130405-2382;1,25;1,25",
            (2.6, 1.3, 1.3),
        ),
        (
            "Personnummer;Frånvaro totalt (%);Ogiltig frånvaro (%)",
            "20130405-2382;2,55;1,25",
            (2.6, 1.3, 1.3),
        ),
    ],
)
def test_the_absence_the_file_leaves_out_is_the_total_less_the_other(
    header: str, row: str, expected: tuple[float, float, float]
) -> None:
    table = table_of(f"{header}\n{row}\n")
    mapping = guess(table.headers)
    assert not mapping.missing()
    parsed = parse_table(table, mapping, today=TODAY, period=OCTOBER)
    assert not parsed.errors
    (got,) = parsed.rows
    assert (got.total_pct, got.valid_pct, got.invalid_pct) == expected
    assert round(got.valid_pct + got.invalid_pct, 1) == got.total_pct


def test_a_part_larger_than_the_total_is_refused_and_only_the_total_is_not_enough() -> None:
    table = table_of("Personnummer;Frånvaro (%);Varav ogiltig (%)\n20130405-2382;5;12\n")
    parsed = parse_table(table, guess(table.headers), today=TODAY, period=OCTOBER)
    assert not parsed.rows and "är mer än den totala" in parsed.errors[0].reason
    alone = table_of("Personnummer;Frånvaro totalt (%)\n20130405-2382;5\n")
    assert guess(alone.headers).missing()


def test_the_preview_says_the_left_out_absence_is_worked_out() -> None:
    from sstdesk.imports.reading import concerns

    table = table_of(
        "Personnummer;Frånvaro (min);Varav ogiltig (min);Schemalagd tid (min)\n"
        "20130405-2382;480;120;4800\n"
    )
    said = concerns(table, guess(table.headers))
    assert any("räknas som total frånvaro minus ogiltig frånvaro" in s for s in said)
    assert not any("Ingen kolumn" in s for s in said)


def test_clock_times_under_a_minutes_header_are_asked_about_not_guessed() -> None:
    """ "12:30" under "(min)" may be 12 h 30 min or 12 min 30 s: the unit is asked for,
    and chosen as hours the cells are read as hours and minutes."""
    from sstdesk.imports.reading import concerns

    table = table_of(
        "Personnummer;Schemalagd tid (min);Giltig frånvaro (min);Ogiltig frånvaro (min)\n"
        "20130405-2382;7200;12:30;5:00\n"
    )
    guessed = guess_table(table)
    assert guessed.unit_of("valid") is None and guessed.missing()
    assert any("minuter och sekunder" in s for s in concerns(table, guessed))
    hours = guessed.with_column("valid", guessed.valid, Unit.HOURS).with_column(
        "invalid", guessed.invalid, Unit.HOURS
    )
    (row,) = parse_table(table, hours, today=TODAY, period=OCTOBER).rows
    assert (row.valid_pct, row.invalid_pct) == (10.4, 4.2)  # 750 and 300 of 7,200 minutes
