"""Importing attendance through the window: the file dialog is the only thing answered."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from sstdesk.domain.model import AttendancePeriod, Case
from sstdesk.ui.import_view import ImportDialog
from sstdesk.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data"


def open_dialog(qtbot: Any, win: MainWindow) -> ImportDialog:
    win.caseload_page.import_button.click()
    qtbot.waitUntil(
        lambda: win.import_dialog is not None and win.import_dialog.isVisible(), timeout=10_000
    )
    assert win.import_dialog is not None
    return win.import_dialog


def demo_export(win: MainWindow, tmp_path: Path, qtbot: Any) -> tuple[Path, str, list[str]]:
    """An export of three demo students at one school, plus one nobody knows and a bad row."""
    box: list[Any] = []
    service = win.service
    win.runner.run_db(lambda: service.caseload(), done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    school = box[0][0].school
    rows = [r for r in box[0] if r.school == school][:3]
    lines = ["Personnummer;Elev;Giltig frånvaro (%);Ogiltig frånvaro (%)"]
    lines += [f"{r.personnummer};{r.name};4,5;12" for r in rows]
    lines += ["20110617-2388;Okänd Elev;1;1", "20130405-2382;Fel Rad;tolv;1"]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    return path, school, [r.student_id for r in rows]


def free_period(qtbot: Any, win: MainWindow) -> tuple[dt.date, dt.date]:
    """Four weeks ending the day before the first period the demo registered: no row of
    an export for it overlaps one."""
    box: list[dt.date] = []
    repo = win.service.vault.repo
    win.runner.run_db(
        lambda: min(p.period_start for p in repo.find(AttendancePeriod)), done=box.append
    )
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    end = box[0] - dt.timedelta(days=1)
    return end - dt.timedelta(days=27), end


def count_periods(qtbot: Any, win: MainWindow) -> int:
    box: list[int] = []
    service = win.service
    win.runner.run_db(lambda: service.vault.repo.count(AttendancePeriod), done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def test_choose_map_preview_and_import(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    path, school, student_ids = demo_export(win, tmp_path, qtbot)
    before = count_periods(qtbot, win)
    dialog = open_dialog(qtbot, win)
    dialog.school.setCurrentIndex(dialog.school.findText(school))
    monkeypatch.setattr(ImportDialog, "choose_file", lambda _self: path)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.columns_box.isEnabled(), timeout=10_000)
    assert dialog.column_combos["personnummer"].currentText() == "Personnummer"
    assert dialog.column_combos["valid"].currentText() == "Giltig frånvaro (%)"
    assert "5 rader, CSV, Windows-1252, semikolon" in dialog.summary.text()

    # the file states no period: nothing is filled in for the person, no preview without it
    assert (dialog.period_from.text(), dialog.period_to.text()) == ("Välj datum", "Välj datum")
    assert "Filen anger ingen period" in dialog.concerns.text()
    for start, end, refusal in (
        (None, None, "Filen anger ingen period. Välj vilken period närvaron gäller"),
        (dt.date(2026, 10, 1), None, "både från och till"),
        (dt.date(2026, 10, 31), dt.date(2026, 10, 1), "Periodens slut ligger före dess början"),
    ):
        dialog.period_from.set_value(start)
        dialog.period_to.set_value(end)
        dialog.preview_button.click()
        assert refusal in dialog.message.text() and dialog.preview is None
    start, end = free_period(qtbot, win)
    dialog.period_from.set_value(start)
    dialog.period_to.set_value(end)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.rows.item(0, 4).text() == f"{start} – {end}"
    assert count_periods(qtbot, win) == before  # nothing written yet
    statuses = [dialog.rows.item(r, 0).text() for r in range(dialog.rows.rowCount())]
    assert statuses.count("Matchad") == 3 and "Okänd" in statuses and "Fel" in statuses
    error_row = statuses.index("Fel")
    assert "inget tal" in dialog.rows.item(error_row, 6).text()
    assert "-****" in dialog.rows.item(0, 2).text()  # personnummer masked on screen
    assert dialog.import_button.text() == "Importera 3 rader"

    dialog.rows.item(statuses.index("Matchad"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.imported == 2
    assert count_periods(qtbot, win) == before + 2
    assert "2 perioder är importerade" in dialog.message.text()


def test_a_broken_file_says_what_to_do_and_changes_nothing(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    before = count_periods(qtbot, win)
    dialog = open_dialog(qtbot, win)
    broken = tmp_path / "närvaro.xlsx"
    shutil.copy(DATA / "vklass_minuter.csv", broken)  # a CSV named .xlsx
    monkeypatch.setattr(ImportDialog, "choose_file", lambda _self: broken)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: not win.runner.busy and bool(dialog.message.text()), timeout=10_000)
    assert "Excel-filen går inte att öppna" in dialog.message.text()
    assert not dialog.columns_box.isEnabled() and not dialog.busy.isVisible()
    missing = tmp_path / "finns-inte.csv"
    monkeypatch.setattr(ImportDialog, "choose_file", lambda _self: missing)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: "gick inte att läsa" in dialog.message.text(), timeout=10_000)
    assert count_periods(qtbot, win) == before


def choose(qtbot: Any, dialog: ImportDialog, path: Path, monkeypatch: Any) -> None:
    """The file chosen and read (also a second file in the same dialog)."""
    before = dialog.table
    monkeypatch.setattr(ImportDialog, "choose_file", lambda _self: path)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table is not before, timeout=10_000)


def readings_of(dialog: ImportDialog) -> dict[str, tuple[str, str]]:
    table = dialog.readings
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def test_each_column_is_shown_as_read_and_a_unit_can_be_corrected(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    dialog = open_dialog(qtbot, win)
    assert not dialog.readings_box.isVisible()  # nothing to show before a file
    path = tmp_path / "skola24.csv"
    shutil.copy(DATA / "exports" / "skola24_timmar.csv", path)
    choose(qtbot, dialog, path, monkeypatch)
    assert dialog.readings_box.isVisible()
    how, samples = readings_of(dialog)["Ej anmäld frånvaro (tim)"]
    assert how == "Ogiltig frånvaro – timmar av schemalagd tid"
    assert samples.split("   ") == ["4,5 → 5 %", "0 → 0 %", "18,4 → 20 %"]
    assert dialog.unit_combos["invalid"].currentText() == "Timmar"
    assert "2026-10-01 – 2026-10-31 står ovanför rubrikraden" in dialog.concerns.text()
    assert dialog.period_from.date().toPython().isoformat() == "2026-10-01"

    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.unit_combos["invalid"].setCurrentIndex(dialog.unit_combos["invalid"].findText("Minuter"))
    assert dialog.preview is None and not dialog.import_button.isEnabled()  # preview again
    assert "förhandsgranska igen" in dialog.summary.text()
    how, samples = readings_of(dialog)["Ej anmäld frånvaro (tim)"]
    assert how == "Ogiltig frånvaro – minuter av schemalagd tid"
    assert samples.startswith("4,5 → 0,1 %")
    assert "läses som minuter, men filen anger timmar" in dialog.concerns.text()

    # another column for the field: its unit follows what the file says of it
    combo = dialog.column_combos["total"]
    combo.setCurrentIndex(combo.findText("Frånvaro (tim)"))
    assert dialog.unit_combos["total"].currentText() == "Timmar"


def test_a_unit_the_file_leaves_open_is_asked_before_the_preview(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    path, school, _ids = demo_export(win, tmp_path, qtbot)
    text = path.read_text(encoding="cp1252").replace(" (%)", "")  # no unit anywhere
    path.write_text(text, encoding="cp1252")
    before = count_periods(qtbot, win)
    dialog = open_dialog(qtbot, win)
    dialog.school.setCurrentIndex(dialog.school.findText(school))
    choose(qtbot, dialog, path, monkeypatch)
    assert dialog.unit_combos["valid"].currentText() == "Välj enhet…"
    assert "står varken i rubriken eller i cellerna" in dialog.concerns.text()
    assert "Välj innan förhandsgranskningen: enheten för giltig frånvaro" in dialog.concerns.text()
    dialog.preview_button.click()
    qtbot.waitUntil(
        lambda: "Ange enheten för giltig frånvaro" in dialog.message.text(), timeout=10_000
    )
    assert dialog.preview is None

    for key in ("valid", "invalid"):
        dialog.unit_combos[key].setCurrentIndex(dialog.unit_combos[key].findText("Procent"))
    assert "står varken" not in dialog.concerns.text()
    start, end = free_period(qtbot, win)
    dialog.period_from.set_value(start)
    dialog.period_to.set_value(end)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.import_button.text() == "Importera 3 rader"
    assert count_periods(qtbot, win) == before


def register_period(
    qtbot: Any, win: MainWindow, student_id: str, period: tuple[dt.date, dt.date]
) -> None:
    """A period typed by hand for the student's case (as the attendance dialog does)."""
    service = win.service
    box: list[object] = []

    def work() -> object:
        (case,) = [c for c in service.vault.repo.find(Case, student_id=student_id)]
        return service.add_attendance(
            AttendancePeriod(
                case_id=case.id,
                period_start=period[0],
                period_end=period[1],
                total_absence_pct=10.0,
                valid_absence_pct=5.0,
                invalid_absence_pct=5.0,
            )
        )

    win.runner.run_db(work, done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)


def previewed(qtbot: Any, dialog: ImportDialog, period: tuple[dt.date, dt.date]) -> list[str]:
    dialog.period_from.set_value(period[0])
    dialog.period_to.set_value(period[1])
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return [dialog.rows.item(r, 0).text() for r in range(dialog.rows.rowCount())]


def test_an_overlapping_row_is_unticked_and_nothing_is_written_twice(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    path, school, student_ids = demo_export(win, tmp_path, qtbot)
    start, end = period = free_period(qtbot, win)
    register_period(qtbot, win, student_ids[0], (start + dt.timedelta(days=10), end))
    before = count_periods(qtbot, win)
    dialog = open_dialog(qtbot, win)
    dialog.school.setCurrentIndex(dialog.school.findText(school))
    choose(qtbot, dialog, path, monkeypatch)
    statuses = previewed(qtbot, dialog, period)
    assert statuses.count("Matchad") == 2
    row = statuses.index("Överlappar")
    first = dialog.rows.item(row, 0)
    assert first.checkState() == Qt.CheckState.Unchecked
    assert (
        "(redan registrerad). Bocka i raden om båda ska finnas" in dialog.rows.item(row, 6).text()
    )
    assert "1 överlappar en registrerad period" in dialog.summary.text()
    assert dialog.import_button.text() == "Importera 2 rader"
    first.setCheckState(Qt.CheckState.Checked)  # the person wants both
    assert dialog.import_button.text() == "Importera 3 rader"

    register_period(qtbot, win, student_ids[1], period)  # the same period, typed meanwhile
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.message.text() == (
        "2 perioder är importerade. En rad fanns redan registrerad och skrevs inte igen."
    )
    assert count_periods(qtbot, win) == before + 1 + 2
    assert not dialog.import_button.isEnabled()  # the preview is written: not again
    first.setCheckState(Qt.CheckState.Unchecked)
    first.setCheckState(Qt.CheckState.Checked)
    assert not dialog.import_button.isEnabled()


def test_a_remembered_choice_that_no_longer_fits_is_said_and_not_used(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    """ "Giltig frånvaro (%)" under HT and under VT: the VT columns are chosen and
    remembered; a file with its columns moved is guessed afresh, and the person told."""
    win = unlocked
    path, school, _ids = demo_export(win, tmp_path, qtbot)
    rows = path.read_text(encoding="cp1252").splitlines()
    head = "Personnummer;Elev;Giltig frånvaro (%);Ogiltig frånvaro (%)"
    both = [f"{head};Giltig frånvaro (%);Ogiltig frånvaro (%)"]
    both += [f"{line};1;2" for line in rows[1:4]]
    path.write_text("\n".join(both) + "\n", encoding="cp1252")
    moved = tmp_path / "flyttad.csv"
    swapped = [";".join([c[1], c[0], *c[2:]]) for c in (line.split(";") for line in both)]
    moved.write_text("\n".join(swapped) + "\n", encoding="cp1252")
    dialog = open_dialog(qtbot, win)
    dialog.school.setCurrentIndex(dialog.school.findText(school))
    choose(qtbot, dialog, path, monkeypatch)
    assert "Flera kolumner kan vara giltig frånvaro" in dialog.concerns.text()
    dialog.column_combos["valid"].setCurrentIndex(5)  # the VT columns (after "(finns inte)")
    dialog.column_combos["invalid"].setCurrentIndex(6)
    assert dialog.unit_combos["valid"].currentText() == "Procent"
    assert previewed(qtbot, dialog, free_period(qtbot, win)).count("Matchad") == 3
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)

    choose(qtbot, dialog, path, monkeypatch)  # the same file: the same choice
    assert (
        dialog.column_combos["valid"].currentIndex(),
        dialog.column_combos["invalid"].currentIndex(),
    ) == (5, 6)
    assert "passar inte" not in dialog.concerns.text()
    choose(qtbot, dialog, moved, monkeypatch)
    assert dialog.column_combos["valid"].currentText() == "(finns inte)"  # not column 5
    assert "Kolumnerna som valdes för skolan förra gången passar inte den här filen" in (
        dialog.concerns.text()
    )


def formulas_workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Personnummer", "Giltig frånvaro (%)", "Ogiltig frånvaro (%)"])
    book.active.append(["20130405-2382", "=4/80*100", "=2/80*100"])  # never computed
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("name", "content", "concern"),
    [
        (
            "timmar.csv",
            "Personnummer;Schemalagd tid (tim);Giltig frånvaro (tim);Ogiltig frånvaro (tim)\n"
            "20130405-2382;80;9.30;2.75\n",
            "9.30 kan betyda 9 tim 30 min eller 9,3 tim",
        ),
        (
            "utskriven.csv",
            "Utskriven 2026-11-30\nPersonnummer;Giltig frånvaro (%);Ogiltig frånvaro (%)\n"
            "20130405-2382;1;2\n",
            "Datum ovanför rubrikraden som inte står som en period",
        ),
        ("formler.xlsx", None, "Öppna filen i Excel, spara den och läs in den igen."),
    ],
)
def test_what_a_file_leaves_in_doubt_is_said_before_the_preview(
    qtbot: Any,
    unlocked: MainWindow,
    tmp_path: Path,
    monkeypatch: Any,
    name: str,
    content: str | None,
    concern: str,
) -> None:
    path = tmp_path / name
    if content is None:
        formulas_workbook(path)
    else:
        path.write_text(content, encoding="utf-8")
    dialog = open_dialog(qtbot, unlocked)
    choose(qtbot, dialog, path, monkeypatch)
    assert concern in dialog.concerns.text() and dialog.concerns.isVisible()
    assert dialog.period_from.text() == "Välj datum"  # and no period is made up


def test_the_files_period_is_shown_and_not_kept_for_a_file_without_one(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    dialog = open_dialog(qtbot, unlocked)
    stated = tmp_path / "skola24.csv"
    shutil.copy(DATA / "exports" / "skola24_timmar.csv", stated)
    choose(qtbot, dialog, stated, monkeypatch)
    assert (dialog.period_from.text(), dialog.period_to.text()) == ("2026-10-01", "2026-10-31")
    none = tmp_path / "skolverket.csv"
    shutil.copy(DATA / "exports" / "skolverket_timmar.csv", none)
    choose(qtbot, dialog, none, monkeypatch)
    assert (dialog.period_from.text(), dialog.period_to.text()) == ("Välj datum", "Välj datum")
