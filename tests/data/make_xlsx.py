"""Writes unikum_lektioner.xlsx, the synthetic XLSX export the import tests read.

.venv/bin/python tests/data/make_xlsx.py
"""

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "Frånvaro"
sheet.append(["Närvarorapport, höstterminen (påhittade elever)"])
sheet.append([])
sheet.append(
    [
        "Namn",
        "Personnummer",
        "Från",
        "Till",
        "Antal lektioner",
        "Giltig (lektioner)",
        "Ogiltig (lektioner)",
    ]
)
sheet.append(
    ["Saga Testsson", "20130405-2382", dt.date(2026, 9, 1), dt.date(2026, 9, 30), 120, 12, 30]
)
sheet.append(["Åsa Öberg", 201209112398, dt.date(2026, 9, 1), dt.date(2026, 9, 30), 120, 6, 0])
sheet.append(["Nils Ängström", "20140228-2394", dt.date(2026, 9, 1), dt.date(2026, 9, 30), 0, 0, 0])
book.properties.creator = "sstdesk tests"
book.save(Path(__file__).with_name("unikum_lektioner.xlsx"))
