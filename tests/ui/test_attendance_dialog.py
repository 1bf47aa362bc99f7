"""Närvaro by hand through the real window: the total added up on screen, a decimal comma
or point whatever the locale, an overlapping period warned about, the source as typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sstdesk.domain.codes import Stage
from sstdesk.domain.model import AttendancePeriod
from sstdesk.ui.forms import DecimalEdit, FormDialog
from sstdesk.ui.main_window import MainWindow
from tests.ui.helpers import plain
from tests.ui.test_student_page import open_first, read_file

LOCALES = {
    "C": QLocale.c(),
    "English": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "Swedish": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
}


@pytest.fixture(params=sorted(LOCALES))
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield LOCALES[request.param]
    QLocale.setDefault(before)


def open_dialog(qtbot: Any, win: MainWindow) -> FormDialog:
    win.actions.start("attendance")
    qtbot.waitUntil(
        lambda: win.actions.last is not None and win.actions.last.isVisible(), timeout=10_000
    )
    dialog = win.actions.last
    assert dialog is not None
    return dialog


def periods(qtbot: Any, win: MainWindow, student_id: str) -> list[AttendancePeriod]:
    current = read_file(qtbot, win, student_id).current
    assert current is not None
    return list(current.attendance)


def type_into(qtbot: Any, dialog: FormDialog, key: str, text: str) -> None:
    widget = dialog.widgets[key]
    widget.setFocus()
    qtbot.keyClicks(widget, text)  # as typed, key by key, through the field's validator


def press(dialog: FormDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(button).click()


def clear_of_existing(win: MainWindow) -> tuple[dt.date, dt.date]:
    """Four weeks before any period the case has (the demo's end about today)."""
    current = win.student_page.file.current
    first = min((p.period_start for p in current.attendance), default=dt.date.today())
    return first - dt.timedelta(days=40), first - dt.timedelta(days=13)


def test_the_total_is_added_up_and_a_comma_or_point_is_read_whatever_the_locale(
    qtbot: Any, unlocked: MainWindow, locale: QLocale
) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    before = periods(qtbot, win, student_id)
    dialog = open_dialog(qtbot, win)
    # Nothing the person must state is filled in for her.
    assert dialog.values()["valid"] is None and dialog.values()["invalid"] is None
    assert dialog.values()["source"] == "" and dialog.values()["total"] is None
    total = dialog.widgets["total"]
    assert "Räknas ut" in total.text()
    start, end = clear_of_existing(win)
    dialog.set_value("start", start)
    dialog.set_value("end", end)
    type_into(qtbot, dialog, "valid", "12,5")
    assert "Räknas ut" in total.text()  # until both are there
    type_into(qtbot, dialog, "invalid", "22.0")
    assert total.text().startswith("34,5 %") and "giltig + ogiltig" in total.text()
    type_into(qtbot, dialog, "source", "Skola24, utdrag v. 47")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: not win.runner.busy and not dialog.isVisible(), timeout=10_000)
    assert dialog.error.text() == ""
    (added,) = [p for p in periods(qtbot, win, student_id) if p not in before]
    assert (added.valid_absence_pct, added.invalid_absence_pct) == (12.5, 22.0)
    assert added.total_absence_pct == 34.5
    assert (added.period_start, added.period_end) == (start, end)
    assert added.source_name == "Skola24, utdrag v. 47"
    qtbot.waitUntil(
        lambda: "Skola24, utdrag v. 47" in plain(win.student_page.attendance.toHtml()),
        timeout=10_000,
    )
    assert "34,5 %" in plain(win.student_page.attendance.toHtml())


@pytest.mark.parametrize(
    ("valid", "invalid", "said"),
    [
        ("", "", "Fyll i: Giltig frånvaro (%), Ogiltig frånvaro (%), Källa."),
        ("120", "3", "Giltig frånvaro (%): skriv ett tal mellan 0 och 100"),
        ("70", "40,5", "Total frånvaro blir 110,5 %, mer än 100 %."),
        ("100,5", "0", "Giltig frånvaro (%): skriv ett tal mellan 0 och 100"),
    ],
)
def test_what_cannot_be_saved_is_said_and_nothing_typed_is_lost(
    qtbot: Any, unlocked: MainWindow, valid: str, invalid: str, said: str
) -> None:
    QLocale.setDefault(LOCALES["C"])
    try:
        win = unlocked
        student_id = open_first(qtbot, win, Stage.INTERVENTION)
        before = periods(qtbot, win, student_id)
        dialog = open_dialog(qtbot, win)
        type_into(qtbot, dialog, "valid", valid)
        type_into(qtbot, dialog, "invalid", invalid)
        if valid:
            type_into(qtbot, dialog, "source", "Mentorns rapport")
        typed = (dialog.widgets["valid"].text(), dialog.widgets["invalid"].text())
        press(dialog, QDialogButtonBox.StandardButton.Ok)
        assert dialog.isVisible()
        assert said in dialog.error.text()
        assert (dialog.widgets["valid"].text(), dialog.widgets["invalid"].text()) == typed
        assert periods(qtbot, win, student_id) == before
        dialog.reject()
    finally:
        QLocale.setDefault(LOCALES["Swedish"])


def test_a_decimal_field_takes_what_a_person_types_and_refuses_letters(qtbot: Any) -> None:
    field = DecimalEdit()
    qtbot.addWidget(field)
    for typed, value in (
        ("34,5", 34.5),
        ("34.5", 34.5),
        ("34", 34.0),
        ("0,5 %", 0.5),
        ("", None),
        ("12,", None),
    ):
        field.clear()
        qtbot.keyClicks(field, typed)
        assert field.number() == value, typed
    field.clear()
    qtbot.keyClicks(field, "abc")
    assert field.text() == ""


def test_an_overlapping_period_is_warned_about_and_saved_only_if_accepted(
    qtbot: Any, unlocked: MainWindow
) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    before = periods(qtbot, win, student_id)
    existing = max(before, key=lambda p: p.period_end)
    dialog = open_dialog(qtbot, win)
    dialog.set_value("start", existing.period_start + dt.timedelta(days=7))
    dialog.set_value("end", existing.period_end)
    type_into(qtbot, dialog, "valid", "4,5")
    type_into(qtbot, dialog, "invalid", "10")
    dialog.set_value("source", "Rättad rapport från mentorn")  # keyClicks is ASCII-only
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    def box() -> QMessageBox | None:
        return getattr(dialog, "overlap_box", None)

    qtbot.waitUntil(lambda: box() is not None and box().isVisible(), timeout=10_000)
    warning = box()
    assert existing.period_start.isoformat() in warning.text()
    assert existing.period_end.isoformat() in warning.text()
    assert "överlappar" in warning.text() and "som redan finns för ärendet" in warning.text()
    assert dialog.isVisible()  # the form is there, as typed, under the question
    assert periods(qtbot, win, student_id) == before

    # Back: nothing is saved, everything typed is still there.
    next(b for b in warning.buttons() if b.text() == "Gå tillbaka").click()
    qtbot.waitUntil(lambda: box() is None, timeout=10_000)
    assert dialog.isVisible() and "överlappar" in dialog.error.text()
    assert dialog.values()["valid"] == 4.5 and dialog.values()["invalid"] == 10.0
    assert periods(qtbot, win, student_id) == before

    # Saved anyway: stored as typed, beside the other.
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: box() is not None and box().isVisible(), timeout=10_000)
    next(b for b in box().buttons() if b.text() == "Spara ändå").click()
    qtbot.waitUntil(lambda: not win.runner.busy and not dialog.isVisible(), timeout=10_000)
    after = periods(qtbot, win, student_id)
    (added,) = [p for p in after if p not in before]
    assert added.total_absence_pct == 14.5
    assert added.source_name == "Rättad rapport från mentorn"
    assert existing in after
