"""The synthetic XLSX exports, declared as data and built with openpyxl when a test asks.

Each workbook is its rows (a cell is a value, or (value, number format)), its merged
ranges and its sheet title; `build` makes the same bytes every time. The number formats
are the ones Excel and the school systems write: "0.0%", "0%", "[h]:mm", "h:mm",
"yyyy-mm-dd". To look at one: .venv/bin/python tests/data/exports/workbooks.py DIR
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

Cell = object  # a value, or (value, number format)

SEPTEMBER = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
PERIOD_RANGE = "2026-10-01 – 2026-10-31"
H = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Sheet:
    title: str
    rows: list[list[Cell]]
    merged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Book:
    sheets: list[Sheet]


def pct(value: float, fmt: str = "0.0%") -> tuple[float, str]:
    return (value, fmt)


def hours(value: dt.timedelta, fmt: str = "[h]:mm") -> tuple[object, str]:
    return (value, fmt)


def dated(value: dt.date) -> tuple[dt.date, str]:
    return (value, "yyyy-mm-dd")


WORKBOOKS: dict[str, Book] = {
    # Skola24-like: a merged title row, periods as date cells, absence as percent cells
    # (0.096 shown as 9,6 %), "Giltig frånvaro" with no unit in the header.
    "skola24_procent.xlsx": Book(
        [
            Sheet(
                "Frånvaro",
                [
                    ["Närvarosammanställning Solängsskolan HT 2026"],
                    [],
                    [
                        "Namn",
                        "Personnummer",
                        "Klass",
                        "Period från",
                        "Period till",
                        "Giltig frånvaro",
                        "Ej giltig frånvaro %",
                        "Total frånvaro",
                    ],
                    [
                        "Saga Berg",
                        "20100318-2381",
                        "8A",
                        dated(SEPTEMBER[0]),
                        dated(SEPTEMBER[1]),
                        pct(0.096),
                        pct(0.021),
                        pct(0.117),
                    ],
                    [
                        "Ali Hassan",
                        201004052393,
                        "8A",
                        dated(SEPTEMBER[0]),
                        dated(SEPTEMBER[1]),
                        pct(0, "0%"),
                        pct(0.154),
                        pct(0.154),
                    ],
                    [
                        "Maja Lind",
                        "20100424-2382",
                        "8B",
                        dated(SEPTEMBER[0]),
                        dated(SEPTEMBER[1]),
                        pct(0.3333),
                        pct(0.0467),
                        pct(0.38),
                    ],
                    [
                        "Fel Siffra",
                        "20100512-2394",
                        "8B",
                        dated(SEPTEMBER[0]),
                        dated(SEPTEMBER[1]),
                        pct(0.01),
                        pct(0.01),
                        pct(0.02),
                    ],
                ],
                merged=["A1:H1"],
            )
        ]
    ),
    # Unikum-like: merged title and period rows, first and last name, lessons, and the
    # header repeated where a page broke.
    "unikum_lektioner.xlsx": Book(
        [
            Sheet(
                "Blad1",
                [
                    ["Unikum – frånvaro per elev"],
                    ["Period: 2026-09-01 – 2026-09-30"],
                    [
                        "Förnamn",
                        "Efternamn",
                        "Personnummer",
                        "Antal lektioner",
                        "Giltig frånvaro (lekt)",
                        "Ogiltig frånvaro (lekt)",
                    ],
                    ["Saga", "Ek", "20101202-2388", 120, 6, 12],
                    ["Ida", "Berg", "20101221-2385", 100, 0, 0],
                    ["Emil", "Sjö", "20110108-2392", 80, 20, 4],
                    [
                        "Förnamn",
                        "Efternamn",
                        "Personnummer",
                        "Antal lektioner",
                        "Giltig frånvaro (lekt)",
                        "Ogiltig frånvaro (lekt)",
                    ],
                    ["Noah", "Ström", "20110127-2381", 0, 0, 0],
                ],
                merged=["A1:F1", "A2:F2"],
            )
        ]
    ),
    # InfoMentor-like: durations as [h]:mm and h:mm cells with no unit in the header,
    # the period as one text cell, närvaro as percent cells; a cover sheet first.
    "infomentor_tid.xlsx": Book(
        [
            Sheet("Info", [["Exporterad från InfoMentor"], ["Skola", "Solängsskolan"]]),
            Sheet(
                "Frånvaro",
                [
                    [
                        "Elev",
                        "Personnummer",
                        "Grupp",
                        "Period",
                        "Schemalagd tid",
                        "Giltig frånvaro",
                        "Ogiltig frånvaro",
                        "Närvaro %",
                    ],
                    [
                        "Alva Ström",
                        "20110214-2393",
                        "5A",
                        PERIOD_RANGE,
                        hours(80 * H),
                        hours(4 * H),
                        (dt.time(2, 0), "h:mm"),
                        pct(0.925),
                    ],
                    [
                        "Hugo Lind",
                        "20110305-2385",
                        "5A",
                        PERIOD_RANGE,
                        hours(80 * H),
                        hours(26 * H),
                        (dt.time(2, 24), "h:mm"),
                        pct(0.645),
                    ],
                    [
                        "Tova Ek",
                        "20110323-2391",
                        "5B",
                        PERIOD_RANGE,
                        hours(72 * H),
                        hours(0 * H),
                        hours(0 * H),
                        pct(1, "0%"),
                    ],
                ],
            ),
        ]
    ),
    # Skola24-like report with its header on two rows: group labels merged over the
    # units ("Anmäld frånvaro" over "tim" and "%"), under a merged title with two dates
    # that no label calls a period (so the person gives it).
    "skola24_grupprubrik.xlsx": Book(
        [
            Sheet(
                "Rapport",
                [
                    ["Frånvaro per elev, 2026-09-01 – 2026-09-30"],
                    [None, None, None, "Anmäld frånvaro", None, "Ej anmäld frånvaro", None],
                    ["Namn", "Personnummer", "Lektionstid (tim)", "tim", "%", "tim", "%"],
                    ["Nora Ek", "20111013-2386", 60, 3, pct(0.05, "0%"), 1.5, pct(0.025)],
                    ["Liam Öst", 201110312392, 60, 0, pct(0, "0%"), 0, pct(0, "0%")],
                    ["Ebba Ros", "20111119-2389", 57, 11.4, pct(0.2, "0%"), 5.7, pct(0.1)],
                ],
                merged=["A1:G1", "D2:E2", "F2:G2"],
            )
        ]
    ),
}


def build(name: str) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for described in WORKBOOKS[name].sheets:
        sheet = book.create_sheet(described.title)
        for row in described.rows:
            sheet.append([c[0] if isinstance(c, tuple) else c for c in row])
            for column, cell in enumerate(row, start=1):
                if isinstance(cell, tuple):
                    sheet.cell(sheet.max_row, column).number_format = cell[1]
        for cells in described.merged:
            sheet.merge_cells(cells)
    fixed = dt.datetime(2026, 11, 2, 8, 0)
    book.properties.created = book.properties.modified = fixed
    book.properties.creator = "sstdesk tests (synthetic)"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    for workbook in WORKBOOKS:
        (target / workbook).write_bytes(build(workbook))
