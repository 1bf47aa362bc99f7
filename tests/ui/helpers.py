"""Driving the window's dialogs as a person would."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from sstdesk.ui.main_window import MainWindow


def fill(qtbot: Any, win: MainWindow, values: dict[str, Any]) -> None:
    """Fill the dialog that just opened and press Spara; wait until the work is done."""
    qtbot.waitUntil(
        lambda: win.actions.last is not None and win.actions.last.isVisible(), timeout=10_000
    )
    dialog = win.actions.last
    for key, value in values.items():
        dialog.set_value(key, value)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert not dialog.isVisible(), dialog.error.text()
    win.actions.last = None


def start_note(qtbot: Any, win: MainWindow, **values: Any) -> None:
    """Ny anteckning: answer the date and contact-type question, wait for the empty draft."""
    journal = win.student_page.journal
    journal.new_button.click()
    fill(qtbot, win, values)
    qtbot.waitUntil(
        lambda: journal.current is not None and journal.current.text == "", timeout=10_000
    )


def plain(rich: str) -> str:
    """What a person reads in a rich-text label: the markup taken away."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def confirm_end(qtbot: Any, win: MainWindow, *, yes: bool = True) -> None:
    """Answer the question an avbrott (or "ej inskriven") asks before the case ends."""
    page = win.student_page
    qtbot.waitUntil(
        lambda: page.confirm_box is not None and page.confirm_box.isVisible(), timeout=10_000
    )
    box = page.confirm_box
    wanted = "Ja, avsluta ärendet" if yes else "Gå tillbaka"
    next(b for b in box.buttons() if b.text() == wanted).click()
    page.confirm_box = None
