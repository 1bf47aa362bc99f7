"""The journal through the real window: Ctrl+S saves and never signs, signing asks first,
and "Rätta" shows the signed note beside the correction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sstdesk.domain.codes import NoteStatus, NoteType, Stage
from sstdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.helpers import start_note
from tests.ui.test_student_page import open_first, read_file


def _draft(qtbot: Any, win: MainWindow, text: str) -> str:
    journal = win.student_page.journal
    win.student_page.tabs.setCurrentWidget(journal)
    start_note(qtbot, win)
    journal.editor.insertPlainText(text)
    return journal.current.id


def _press(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def _signed(qtbot: Any, win: MainWindow, text: str) -> str:
    journal = win.student_page.journal
    note_id = _draft(qtbot, win, text)
    journal.sign_button.click()
    qtbot.waitUntil(lambda: journal.sign_box is not None and journal.sign_box.isVisible())
    _press(journal.sign_box, "Signera")
    qtbot.waitUntil(
        lambda: journal.current is not None and journal.current.status is NoteStatus.SIGNED,
        timeout=10_000,
    )
    return note_id


def test_ctrl_s_saves_the_draft_says_sparat_and_never_signs(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.MAPPING)
    note_id = _draft(qtbot, win, "Samtal om morgnarna")
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: journal.saved.text().startswith("Sparat"), timeout=10_000)
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing new
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert journal.saved.text().startswith("Sparat")
    assert journal.sign_box is None  # no signing asked, let alone done
    note = next(n for n in read_file(qtbot, win, student_id).current.notes if n.id == note_id)
    assert note.text == "Samtal om morgnarna" and note.status is NoteStatus.DRAFT
    assert not journal.editor.isReadOnly()
    journal.editor.insertPlainText(" och kvällarna")
    assert journal.saved.text() == ""  # typing again: not saved yet


def test_signing_asks_first_and_avbryt_keeps_the_draft(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.MAPPING)
    note_id = _draft(qtbot, win, "Hembesök")
    journal.sign_button.click()
    qtbot.waitUntil(lambda: journal.sign_box is not None and journal.sign_box.isVisible())
    box = journal.sign_box
    assert "kan inte ändras" in box.informativeText()
    _press(box, "Avbryt")
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    note = next(n for n in read_file(qtbot, win, student_id).current.notes if n.id == note_id)
    assert note.status is NoteStatus.DRAFT and note.text == "Hembesök"
    journal.sign_button.click()
    qtbot.waitUntil(lambda: journal.sign_box is not None and journal.sign_box.isVisible())
    _press(journal.sign_box, "Signera")
    qtbot.waitUntil(
        lambda: journal.current is not None and journal.current.status is NoteStatus.SIGNED,
        timeout=10_000,
    )
    assert journal.current.id == note_id
    assert journal.editor.isReadOnly() and not journal.sign_button.isEnabled()


def test_correcting_shows_the_signed_note_beside_the_correction(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    signed_id = _signed(qtbot, win, "Eleven var borta tre dagar")
    journal.correct_button.click()
    qtbot.waitUntil(lambda: win.correction_dialog is not None and win.correction_dialog.isVisible())
    dialog = win.correction_dialog
    assert dialog.original_view.toPlainText() == "Eleven var borta tre dagar"
    assert dialog.original_view.isReadOnly() and not dialog.disputed_box.isChecked()
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.text() == "Skriv rättelsen."
    dialog.editor.setPlainText("Eleven var borta två dagar, inte tre.")
    dialog.disputed_box.setChecked(True)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: journal.current is not None and journal.current.corrects_id == signed_id,
        timeout=10_000,
    )
    assert journal.current.note_type is NoteType.DISPUTED
    assert journal.current.status is NoteStatus.DRAFT and not journal.editor.isReadOnly()
    assert journal.editor.toPlainText() == "Eleven var borta två dagar, inte tre."
    assert journal.original_box.isVisible()
    assert journal.original_view.toPlainText() == "Eleven var borta tre dagar"
    notes = {n.id: n for n in read_file(qtbot, win, student_id).current.notes}
    assert notes[signed_id].text == "Eleven var borta tre dagar"  # the original stays
    assert notes[signed_id].status is NoteStatus.SIGNED


def test_a_correction_open_at_the_lock_is_kept_as_a_draft(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.FOLLOW_UP)
    signed_id = _signed(qtbot, win, "Samtal med mamma")
    journal.correct_button.click()
    qtbot.waitUntil(lambda: win.correction_dialog is not None and win.correction_dialog.isVisible())
    win.correction_dialog.editor.setPlainText("Samtal med pappa")
    win.lock()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert not win.correction_dialog.isVisible()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.service is not None, timeout=10_000)
    notes = read_file(qtbot, win, student_id).current.notes
    fixes = [n for n in notes if n.corrects_id == signed_id]
    assert [n.text for n in fixes] == ["Samtal med pappa"]
    assert fixes[0].note_type is NoteType.CORRECTION
