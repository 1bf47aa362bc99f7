"""Importing attendance through the window: the file dialog is the only thing answered."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from sstdesk.domain.model import AttendancePeriod
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

    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
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
    monkeypatch.setattr(ImportDialog, "choose_file", lambda _self: path)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.columns_box.isEnabled(), timeout=10_000)


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
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.import_button.text() == "Importera 3 rader"
    assert count_periods(qtbot, win) == before
