"""Realistic synthetic exports (tests/data/exports), each read with the column guess alone.

One table declares, per file, every row the import must read (line, personnummer,
period, total/giltig/ogiltig %) and every row it must refuse (line, a word of the
reason). Nothing else may come out: no row lost, none read with another value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sstdesk.imports.mapping import guess_table
from sstdesk.imports.parse import parse_table
from sstdesk.imports.table import read_table
from tests.data.exports.workbooks import WORKBOOKS, build

EXPORTS = Path(__file__).resolve().parent.parent / "data" / "exports"
TEST_NUMBERS = Path(__file__).resolve().parent.parent / "data" / "skatteverket"
TODAY = dt.date(2026, 11, 23)
SEP = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
HT = (dt.date(2026, 8, 17), dt.date(2026, 10, 31))

Row = tuple[int, str, tuple[dt.date, dt.date], float, float, float]  # line, pnr, period, t/g/o


@dataclass(frozen=True)
class Export:
    description: str
    rows: list[Row]
    refused: dict[int, str] = field(default_factory=dict)  # line -> part of the reason
    period: tuple[dt.date, dt.date] | None = None  # the person's, when the file states none


EXPECTED: dict[str, Export] = {
    "skola24_timmar.csv": Export(
        "CSV, UTF-8, semikolon",
        [
            (7, "20100103-2380", OCT, 15.0, 10.0, 5.0),
            (8, "20100121-2396", OCT, 0.0, 0.0, 0.0),
            (9, "20100209-2383", OCT, 25.0, 5.0, 20.0),
            (10, "20100227-2399", OCT, 50.0, 45.0, 5.0),
        ],
        {11: "Summeringsrad"},
    ),
    "skola24_procent.xlsx": Export(
        "XLSX, första bladet",
        [
            (4, "20100318-2381", SEP, 11.7, 9.6, 2.1),
            (5, "20100405-2393", SEP, 15.4, 0.0, 15.4),
            (6, "20100424-2382", SEP, 38.0, 33.3, 4.7),
        ],
        {7: "Kontrollsiffran"},
    ),
    "skola24_grupprubrik.xlsx": Export(
        "XLSX, första bladet",
        [
            (4, "20111013-2386", SEP, 7.5, 5.0, 2.5),
            (5, "20111031-2392", SEP, 0.0, 0.0, 0.0),
            (6, "20111119-2389", SEP, 30.0, 20.0, 10.0),
        ],
        period=SEP,  # the title's dates are no labelled period
    ),
    "skola24_webbtabell.xls": Export(
        "HTML-tabell, UTF-8",
        [
            (3, "20120220-2386", OCT, 15.0, 5.0, 10.0),
            (4, "20120309-2398", OCT, 25.0, 25.0, 0.0),
        ],
    ),
    "vklass_forkortningar.csv": Export(
        "CSV, UTF-8, kommatecken",
        [
            (4, "20100531-2382", SEP, 10.0, 5.0, 5.0),
            (5, "20100618-2396", SEP, 25.0, 15.0, 10.0),
            (6, "20100707-2380", SEP, 0.0, 0.0, 0.0),
        ],
    ),
    "vklass_timmar_cp1252.csv": Export(
        "CSV, Windows-1252, semikolon",
        [
            (2, "20100725-2396", OCT, 7.5, 5.0, 2.5),
            (3, "20100813-2381", OCT, 1.0, 1.0, 0.0),
            (4, "20100831-2397", OCT, 25.0, 10.0, 15.0),
        ],
        {5: "mer än den schemalagda tiden"},
    ),
    "schoolsoft_hmm.csv": Export(
        "CSV, UTF-8, semikolon",
        [
            (3, "20101007-2393", HT, 15.0, 5.0, 10.0),
            (4, "20101026-2382", HT, 0.0, 0.0, 0.0),
            (5, "20101113-2394", HT, 40.0, 25.0, 15.0),
        ],
        {6: "Personnummer saknas"},
    ),
    "schoolsoft_dagar_cp850.csv": Export(
        "CSV, DOS (CP850), semikolon",
        [
            (2, "20111207-2390", SEP, 15.0, 5.0, 10.0),
            (3, "20111226-2389", SEP, 0.0, 0.0, 0.0),
            (4, "20120114-2385", SEP, 25.0, 22.5, 2.5),
        ],
        {5: "Kontrollsiffran"},
    ),
    "unikum_lektioner.xlsx": Export(
        "XLSX, första bladet",
        [
            (4, "20101202-2388", SEP, 15.0, 5.0, 10.0),
            (5, "20101221-2385", SEP, 0.0, 0.0, 0.0),
            (6, "20110108-2392", SEP, 30.0, 25.0, 5.0),
        ],
        {7: "Rubrikraden upprepas", 8: "Schemalagd tid är noll"},
    ),
    "infomentor_tid.xlsx": Export(
        "XLSX, bladet ”Frånvaro”",
        [
            (2, "20110214-2393", OCT, 7.5, 5.0, 2.5),
            (3, "20110305-2385", OCT, 35.5, 32.5, 3.0),
            (4, "20110323-2391", OCT, 0.0, 0.0, 0.0),
        ],
    ),
    "ist_unicode.txt": Export(
        "CSV, UTF-16, tabb",
        [
            (6, "20110411-2386", HT, 8.0, 5.0, 3.0),
            (7, "20110429-2394", HT, 0.0, 0.0, 0.0),
            (8, "20110518-2388", HT, 25.0, 15.0, 10.0),
        ],
        {9: "mer än den totala"},
    ),
    "skolverket_timmar.csv": Export(
        "CSV, UTF-8, semikolon",
        [
            (2, "20110624-2389", HT, 7.5, 5.0, 2.5),
            (3, "20110712-2390", HT, 1.0, 0.0, 1.0),
            (4, "20110731-2389", HT, 20.0, 10.0, 10.0),
        ],
        period=HT,
    ),
    "learnpoint_tabell.csv": Export(
        "CSV, UTF-8, semikolon",
        [
            (2, "20110818-2393", SEP, 5.0, 3.3, 1.7),
            (3, "20110906-2388", SEP, 0.0, 0.0, 0.0),
            (4, "20110924-2394", SEP, 20.0, 10.0, 10.0),
        ],
        period=SEP,
    ),
    "schoolsoft_utskriven.csv": Export(
        "CSV, UTF-8, semikolon",
        [
            (5, "20120101-2380", OCT, 15.0, 5.0, 10.0),
            (6, "20120121-2394", OCT, 0.0, 0.0, 0.0),
            (7, "20120210-2396", OCT, 30.0, 20.0, 10.0),
        ],
        period=OCT,  # created and printed dates above the header are no period
    ),
}


def export_bytes(name: str) -> bytes:
    return build(name) if name in WORKBOOKS else (EXPORTS / name).read_bytes()


def test_every_sample_export_is_declared() -> None:
    on_disk = {p.name for p in EXPORTS.iterdir() if p.suffix in (".csv", ".txt", ".xls")}
    assert on_disk | set(WORKBOOKS) == set(EXPECTED)
    assert len(EXPECTED) >= 11


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_export_reads_whole_with_the_guess_alone(name: str) -> None:
    expected = EXPECTED[name]
    table = read_table(export_bytes(name), name)
    assert table.description == expected.description
    if expected.period is not None:  # the file states none: never a date it gives
        assert table.period is None
    mapping = guess_table(table)
    assert mapping.missing() == []
    parsed = parse_table(table, mapping, today=TODAY, period=expected.period)
    got = [
        (
            r.line,
            r.personnummer,
            (r.period_start, r.period_end),
            r.total_pct,
            r.valid_pct,
            r.invalid_pct,
        )
        for r in parsed.rows
    ]
    assert got == expected.rows
    reasons = {e.line: str(e.reason) for e in parsed.errors}
    assert reasons.keys() == expected.refused.keys(), reasons
    for line, part in expected.refused.items():
        assert part in reasons[line]
    # every row of the file is read or refused, none lost
    assert sorted([*(r[0] for r in got), *reasons]) == [line for line, _ in table.rows]


def test_the_samples_use_only_skatteverkets_test_numbers() -> None:
    """Every personnummer in the samples is a published test number, but those refused
    on purpose for their check digit."""
    allowed = {
        line.strip()
        for line in (TEST_NUMBERS / "testpersonnummer.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    deliberate = {"201005122394", "201202012396"}
    for name in EXPECTED:
        table = read_table(export_bytes(name), name)
        for _, cells in table.rows:
            for cell in cells:
                digits = re.sub(r"[-+]", "", cell)
                if re.fullmatch(r"\d{10}|\d{12}", digits) and not cell.startswith("1234"):
                    full = digits if len(digits) == 12 else "20" + digits
                    assert full in allowed or full in deliberate, (name, cell)
