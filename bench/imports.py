"""Import benchmark (issue 5): rows per second reading a 10,000-row school export.

Prints JSON lines: parse only (bytes → rows, personnummer checked) for CSV and
XLSX, and parse + match against a vault holding the same 10,000 students
(SQLCipher), beside the baseline of Python's csv module merely splitting the
same bytes. Target: ≥ 20,000 rows/s parse and match.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._caseload import fill  # noqa: E402
from sstdesk.domain.personnummer import luhn_check_digit  # noqa: E402
from sstdesk.imports.mapping import guess  # noqa: E402
from sstdesk.imports.parse import parse_table  # noqa: E402
from sstdesk.imports.table import read_table  # noqa: E402
from sstdesk.services.attendance_import import AttendanceImport  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402
from sstdesk.vault.vault import Vault  # noqa: E402

ROWS = 10_000
TARGET = 20_000
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 1), "unit": unit, **extra}), flush=True)


def export_of(pnrs: list[str]) -> bytes:
    rng = random.Random(5)
    lines = ["Personnummer;Elev;Frånvaro totalt (%);Giltig frånvaro (%);Ogiltig frånvaro (%)"]
    for pnr in pnrs:
        valid, invalid = round(rng.uniform(0, 30), 1), round(rng.uniform(0, 30), 1)
        lines.append(
            f"{pnr};Elev Elevsson;{valid + invalid:.1f};{valid:.1f};{invalid:.1f}".replace(".", ",")
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_of(data: bytes) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for line in data.decode().splitlines():
        sheet.append(line.split(";"))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rate(work: object) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return ROWS / best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "profil",
            passphrase="bänkmärkning lösenfras",
            user="bench",
            district="Bänkby",
            params=KdfParams.floor(),
        )
        caseload = CaseloadService(vault)
        fill(vault.conn, ROWS, notes_per_student=0)
        pnrs = [row[0] for row in vault.conn.execute("SELECT personnummer FROM students")]
        while len(pnrs) < ROWS:  # students not in the vault make up the rest
            serial = f"{len(pnrs) % 1000:03d}"
            body = f"101010{serial}"
            pnrs.append(f"20{body[:6]}-{serial}{luhn_check_digit(body)}")
        data = export_of(pnrs)
        workbook = xlsx_of(data)
        today = dt.date(2026, 11, 23)

        def split_only() -> None:
            import csv

            list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter=";"))

        def parse_csv() -> None:
            table = read_table(data, "x.csv")
            parse_table(table, guess(table.headers), today=today, period=OCTOBER)

        def parse_xlsx() -> None:
            table = read_table(workbook, "x.xlsx")
            parse_table(table, guess(table.headers), today=today, period=OCTOBER)

        importer = AttendanceImport(caseload)

        def parse_and_match() -> None:
            table = importer.read(data, "x.csv")
            importer.preview(table, importer.mapping_for("school", table), period=OCTOBER)

        emit("import_baseline_csv_split_only", rate(split_only), "rows/s", rows=ROWS)
        emit("import_parse_csv", rate(parse_csv), "rows/s", rows=ROWS, bytes=len(data))
        emit("import_parse_xlsx", rate(parse_xlsx), "rows/s", rows=ROWS, bytes=len(workbook))
        matched = rate(parse_and_match)
        emit(
            "import_parse_and_match_csv",
            matched,
            "rows/s",
            rows=ROWS,
            target=TARGET,
            met=matched >= TARGET,
        )
        table = importer.read(data, "x.csv")
        preview = importer.preview(table, importer.mapping_for("s", table), period=OCTOBER)
        start = time.perf_counter()
        written = importer.commit(preview, school_id="s")
        emit("import_commit", written / (time.perf_counter() - start), "rows/s", rows=written)
        vault.close()


if __name__ == "__main__":
    main()
