"""Files as tables: encodings, separators, where the header is, what XLSX cells mean."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from sstdesk.imports.table import ImportFileError, Table, read_table

HEADER = ["Personnummer", "Elev", "Giltig frånvaro (%)", "Ogiltig frånvaro (%)"]
ROW = ["20130405-2382", "Åsa Öberg", "4,5", "12"]


def text_file(lines: list[list[str]], sep: str = ";") -> str:
    return "\r\n".join(sep.join(cells) for cells in lines) + "\r\n"


def workbook(rows: list[list[object]], formats: dict[str, str] | None = None, merged=()) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cell, fmt in (formats or {}).items():
        sheet[cell].number_format = fmt
    for cells in merged:
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (text_file([HEADER, ROW]).encode("utf-8"), "UTF-8"),
        (text_file([HEADER, ROW]).encode("utf-8-sig"), "UTF-8"),
        (text_file([HEADER, ROW]).encode("cp1252"), "Windows-1252"),
        (text_file([HEADER, ROW]).encode("cp850"), "DOS (CP850)"),
        (text_file([HEADER, ROW]).encode("mac_roman"), "Mac Roman"),
        (text_file([HEADER, ROW], "\t").encode("utf-16"), "UTF-16"),  # Excel "Unicode text"
        (text_file([HEADER, ROW], "\t").encode("utf-16-le"), "UTF-16"),
        (text_file([HEADER, ROW], "\t").encode("utf-16-be"), "UTF-16"),
        (
            text_file([HEADER, ROW]).encode("utf-8").decode("cp1252").encode("utf-8"),
            "UTF-8 (dubbelkodad, rättad)",
        ),
    ],
)
def test_every_encoding_reads_the_same_letters(data: bytes, encoding: str) -> None:
    table = read_table(data, "export.csv")
    assert encoding in table.description
    assert table.headers == tuple(HEADER)
    assert table.rows == ((2, tuple(ROW)),)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (text_file([HEADER, ROW], ";"), "semikolon"),
        (text_file([HEADER, ROW], "\t"), "tabb"),
        (text_file([HEADER, ['"20130405-2382"', "Åsa Öberg", '"4,5"', "12"]], ","), "kommatecken"),
        (text_file([HEADER, ROW], "|"), "lodstreck"),
        ("sep=;\r\n" + text_file([HEADER, ROW], ";"), "semikolon"),
    ],
)
def test_the_separator_that_splits_the_lines_alike(text: str, name: str) -> None:
    table = read_table(text.encode(), "export.csv")
    assert table.description.endswith(name)
    assert table.headers == tuple(HEADER)
    assert table.rows[0][1] == tuple(ROW)


def test_excels_way_of_keeping_a_leading_zero_is_its_text() -> None:
    table = read_table(text_file([HEADER, ['="0304052382"', "X", "1", "2"]]).encode(), "x.csv")
    assert table.rows[0][1][0] == "0304052382"


@pytest.mark.parametrize(
    ("above", "header_line"),
    [
        ([], 1),
        ([["Frånvarorapport"]], 2),
        ([["Frånvarorapport"], [], ["Skola:", "Solängsskolan"], ["Period:", "", ""]], 5),
        ([["Skola:", "Period:"], ["Elev:", "Klass:"]], 3),
        ([["Frånvaro per elev", "", "", ""], ["Utskriven", "2026-11-02"]], 3),
    ],
)
def test_the_header_is_found_below_title_and_metadata_lines(
    above: list[list[str]], header_line: int
) -> None:
    table = read_table(text_file([*above, HEADER, ROW]).encode(), "x.csv")
    assert table.header_line == header_line
    assert table.headers == tuple(HEADER)
    assert [line for line, _ in table.rows] == [header_line + 1]


OCT = ((2026, 10, 1), (2026, 10, 31))
SEP = ((2026, 9, 1), (2026, 9, 30))
FOUND, UNCLEAR, NOT_A_PERIOD = "står ovanför rubrikraden", "ingen entydig period", "inte står som"


@pytest.mark.parametrize(
    ("above", "period", "note"),
    [
        # a period label: the vendors' and their kin's
        (["Period:;2026-10-01 - 2026-10-31"], OCT, FOUND),
        (["Period 2026-10-01 – 2026-10-31", "Utskriven 2026-11-02"], OCT, FOUND),
        (["Från: 2026-09-01", "Till: 2026-09-30"], SEP, FOUND),
        (["Period från 2026-10-01", "Period till 2026-10-31"], OCT, FOUND),
        (["Period från–till: 2026-10-01 – 2026-10-31"], OCT, FOUND),
        (["Fr.o.m.;2026-10-01;T.o.m.;2026-10-31"], OCT, FOUND),
        (["Startdatum: 2026-10-01", "Slutdatum: 2026-10-31"], OCT, FOUND),
        (["Periodens start 2026-10-01", "Periodens slut 2026-10-31"], OCT, FOUND),
        (["Datum: 2026-10-01 – 2026-10-31"], OCT, FOUND),
        (["Tidsperiod 2026-10-01 -- 2026-10-31"], OCT, FOUND),
        (["Urval: Klass 7A, 2026-10-01 – 2026-10-31"], OCT, FOUND),
        (["Period: 2026-10-01 till 2026-10-31"], OCT, FOUND),
        (["Frånvaro 1 sep 2026 – 30 sep 2026", "Period: 1 sep 2026 – 30 sep 2026"], SEP, FOUND),
        (["Period: oktober 2026"], OCT, FOUND),
        # slashed dates: in the order the lines show, else asked
        (["Period:;01/09/2026 - 30/09/2026"], SEP, FOUND),
        (["Period: 09/01/2026 - 09/30/2026"], SEP, FOUND),
        (["Period: 01/10/2026 - 31/10/2026", "Utskriven 02/11/2026"], OCT, FOUND),
        (["Period: 01/09/2026 - 12/09/2026"], None, UNCLEAR),  # day or month: not told
        (["Period: 01/10/2026 - 31/10/2026", "Utskriven 11/30/2026"], None, UNCLEAR),
        # a printed or created date beside the period is no part of it
        (["Skapad 2026-11-01;Period: 2026-10-01 - 2026-10-31"], OCT, FOUND),
        (["Datum: 2026-11-30", "Period: 2026-10-01 - 2026-10-31"], OCT, FOUND),
        (["Period: 2026-10-01 - 2026-10-31 Elev 20130405-2382"], OCT, FOUND),
        # dates no period label claims are never the period
        (["Utskriven 2026-11-30"], None, NOT_A_PERIOD),
        (["Skapad: 2026-11-01 av Anna Admin", "Utskriven 2026-11-30"], None, NOT_A_PERIOD),
        (["Skapad: 2026-10-01", "Utskriven: 2026-10-31"], None, NOT_A_PERIOD),
        (["Utskrivet datum 2026-11-02"], None, NOT_A_PERIOD),
        (["Datum: 2026-11-30"], None, NOT_A_PERIOD),
        (["Elev: Saga Testsson 2013-04-05", "Utskriven 2026-11-30"], None, NOT_A_PERIOD),
        (["Frånvaro 1 sep 2026 – 30 sep 2026"], None, NOT_A_PERIOD),
        (["Frånvaro oktober 2026"], None, NOT_A_PERIOD),
        (["A 2026-09-01", "B 2026-09-30"], None, NOT_A_PERIOD),
        (["Personnummer: 20130405-2382"], None, None),
        (["Läsår 2026/2027"], None, None),
        # a period label, but no one period
        (["Period: 2026-10-31 - 2026-10-01"], None, UNCLEAR),  # backwards
        (["Period: 2026-10-01"], None, UNCLEAR),  # one day
        (["Period: 2026-09-01 - 2026-09-30", "Urval: 2026-10-01 - 2026-10-31"], None, UNCLEAR),
        (["Från: 2026-09-01"], None, UNCLEAR),
    ],
)
def test_only_dates_labelled_as_a_period_are_the_period(
    above: list[str], period: tuple | None, note: str | None
) -> None:
    lines = [*above, ";".join(HEADER), ";".join(ROW)]
    table = read_table("\n".join(lines).encode(), "x.csv")
    expected = tuple(dt.date(*d) for d in period) if period else None
    assert table.period == expected
    said = [n for n in table.notes if any(k in n for k in (FOUND, UNCLEAR, NOT_A_PERIOD))]
    assert said == ([] if note is None else [next(n for n in said if note in n)])


def test_a_file_without_a_header_row_keeps_all_its_rows() -> None:
    table = read_table(text_file([ROW, ["20120911-2398", "Per", "1", "2"]]).encode(), "x.csv")
    assert table.headers == ("", "", "", "")
    assert [line for line, _ in table.rows] == [1, 2]
    assert any("ingen rubrikrad" in note for note in table.notes)


def test_unknown_column_names_are_still_the_header() -> None:
    table = read_table(text_file([["ID", "X", "Y"], ["20130405-2382", "1", "2"]]).encode(), "x")
    assert table.headers == ("ID", "X", "Y")
    assert any("känns inte igen" in note for note in table.notes)


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (0.096, "0.0%", "9,6 %"),
        (0.096, "0.00 %", "9,6 %"),
        (1, "0%", "100 %"),
        (0.096, "General", "0,096"),
        (9.6, '0.0" %"', "9,6 %"),  # a sign written as text: the number is not scaled
        (9.6, "0.0\\%", "9,6 %"),
        (12.375, "0.000", "12,3750"),  # never three decimals alone: not twelve thousand
        (201209112398, "0", "201209112398"),
        (dt.timedelta(hours=25, minutes=30), "[h]:mm", "25:30"),
        (dt.time(4, 30), "h:mm", "4:30"),
        (1.0625, "h:mm", "25:30"),  # a duration past a day in an "h:mm" cell
        (0.1875, "[h]:mm:ss", "4:30"),
        (0.5, "[mm]:ss", "12:00"),
        (dt.date(2026, 10, 1), "yyyy-mm-dd", "2026-10-01"),
        (dt.datetime(2026, 10, 1, 8, 0), "yyyy-mm-dd hh:mm", "2026-10-01T08:00:00"),
        ("9,6 %", "@", "9,6 %"),
    ],
)
def test_xlsx_cells_are_read_by_their_number_format(value: object, fmt: str, text: str) -> None:
    data = workbook([["Personnummer", "Giltig frånvaro"], ["20130405-2382", value]], {"B2": fmt})
    assert read_table(data, "x.xlsx").rows[0][1][1] == text


def test_an_xlsx_with_a_merged_title_row() -> None:
    data = workbook([["Frånvaro HT 2026"], [], HEADER, ROW], merged=["A1:D1"])
    table = read_table(data, "x.xlsx")
    assert (table.header_line, table.headers) == (3, tuple(HEADER))


def test_a_header_on_two_rows_with_merged_group_labels() -> None:
    data = workbook(
        [
            ["Namn", "Personnummer", "Giltig frånvaro", None, "Ogiltig frånvaro", None],
            [None, None, "tim", "%", "tim", "%"],
            ["Saga", "20130405-2382", 4.5, 0.05, 0, 0],
        ],
        merged=["C1:D1", "E1:F1", "A1:A2", "B1:B2"],
    )
    table = read_table(data, "x.xlsx")
    assert table.headers == (
        "Namn",
        "Personnummer",
        "Giltig frånvaro (tim)",
        "Giltig frånvaro (%)",
        "Ogiltig frånvaro (tim)",
        "Ogiltig frånvaro (%)",
    )
    assert [line for line, _ in table.rows] == [3]


def test_the_sheet_with_the_header_is_read_and_the_others_named() -> None:
    book = Workbook()
    book.active.title = "Om rapporten"
    book.active.append(["Skapad av skolans system"])
    for title in ("HT", "VT"):
        sheet = book.create_sheet(title)
        sheet.append(HEADER)
        sheet.append(ROW)
    buffer = io.BytesIO()
    book.save(buffer)
    table = read_table(buffer.getvalue(), "x.xlsx")
    assert table.description == "XLSX, bladet ”HT”"
    assert any("”VT”" in note and "bara bladet ”HT”" in note for note in table.notes)


def test_an_html_table_saved_as_xls() -> None:
    page = (
        "<html><body><table><tr><td colspan='2'>Period: 2026-10-01 - 2026-10-31</td></tr>"
        "<tr><th>Personnummer</th><th>Elev</th><th>Giltig %</th><th>Ogiltig %</th></tr>"
        "<tr><td>20130405-2382</td><td>&Aring;sa<br>&Ouml;berg</td><td>4,5</td><td>12</td></tr>"
        "</table></body></html>"
    )
    table = read_table(page.encode("cp1252"), "franvaro.xls")
    assert table.description.startswith("HTML-tabell")
    assert table.rows == ((3, ("20130405-2382", "Åsa Öberg", "4,5", "12")),)
    assert table.period == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x14\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "(.ods)"),
        (
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            "äldre XML-format",
        ),
        (b"<html><body><p>Ingen tabell</p></body></html>", "utan tabell"),
        (b"\xef\xbb\xbfPersonnummer;Giltig\n\xff\xfe\n", "säger sig vara UTF-8"),
    ],
)
def test_files_of_other_kinds_say_what_to_do(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError) as refused:
        read_table(data, "export.csv")
    assert message in str(refused.value)


LONG = "x" * (130 * 1024)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (text_file([HEADER, [*ROW[:3], LONG]]), "Filen har en cell som är längre än 128 kB"),
        (text_file([HEADER, *[ROW] * 40, [*ROW[:3], LONG]]), "Rad 42 har en cell som"),
        (text_file([HEADER, *[ROW] * 40, ['"' + ROW[0], *ROW[1:]], *[ROW] * 5000]), "Rad 42 "),
    ],
)
def test_a_cell_too_long_for_csv_is_said_in_swedish(text: str, message: str) -> None:
    """Beyond the csv module's limit (128 KiB): a missing closing quote, mostly."""
    with pytest.raises(ImportFileError) as refused:
        read_table(text.encode(), "export.csv")
    said = str(refused.value)
    assert message in said and "citattecken" in said
    assert "field" not in said and "Error" not in said  # nothing of the csv module's English


def test_a_table_knows_its_columns_cells() -> None:
    table = Table(("A", "B"), ((2, ("1", "9,6 %")), (3, ("2",))), "test")
    assert list(table.column(1)) == ["9,6 %", ""]
    assert table.style.decimal_mark == ","
    assert table.profile_of(1).percent == 1
