"""Auto-lock after a quiet spell; activity keeps the vault open; drafts survive."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from sstdesk import settings as settings_store
from sstdesk.domain.codes import Stage
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.helpers import start_note
from tests.ui.test_student_page import open_first, read_file


def unlocked_window(qtbot: Any, tmp_path: Path, demo_master: Path) -> MainWindow:
    profile = tmp_path / "demo"
    shutil.copytree(demo_master, profile)
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win)
    return win


def unlock(qtbot: Any, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() > 30, timeout=15_000)


def test_activity_restarts_the_quiet_spell_and_its_end_locks_with_the_draft_kept(
    qtbot: Any, tmp_path: Path, demo_master: Path
) -> None:
    win = unlocked_window(qtbot, tmp_path, demo_master)
    student_id = open_first(qtbot, win, Stage.MAPPING)
    journal = win.student_page.journal
    start_note(qtbot, win)
    assert win.idle.active  # the quiet spell runs while unlocked
    before = win.idle.restarts
    for _ in range(6):
        qtbot.keyClick(journal.editor, Qt.Key.Key_A)
    assert win.idle.restarts >= before + 6  # each key press began the spell again
    win.idle.idle.emit()  # the spell ran out (the clock is the edge: not waited for here)
    assert win.vault is None and win.pages.currentWidget() is win.unlock_page
    assert "utan aktivitet" in win.unlock_page.error.text()
    assert not win.idle.active
    unlock(qtbot, win)
    assert "aaaaaa" in [n.text for n in read_file(qtbot, win, student_id).current.notes]
    win.close()


def in_db(qtbot: Any, win: MainWindow, work: Any) -> Any:
    """`work` on the db thread, as the window runs everything on the vault."""
    box: list[Any] = []
    win.runner.run_db(work, done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def visible_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_a_form_open_at_the_lock_is_closed_kept_encrypted_and_offered_back(
    qtbot: Any, tmp_path: Path, demo_master: Path
) -> None:
    win = unlocked_window(qtbot, tmp_path, demo_master)
    student_id = open_first(qtbot, win, Stage.MAPPING)
    guardians = len(read_file(qtbot, win, student_id).guardians)
    win.actions.start("guardian")
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    form = win.actions.last
    form.set_value("name", "Testförälder Påbörjad")
    form.set_value("phone", "070-000 00 00")
    form.set_value("custody", True)
    question = QMessageBox(win)  # and a question asked over it, as "Spara som…" would
    question.setText("?")
    question.open()
    win.idle.idle.emit()
    assert visible_dialogs() == []  # nothing shows over the unlock screen
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    raw = (win.profile / "vault.db").read_bytes()
    assert "Påbörjad".encode() not in raw and b"070-000" not in raw  # kept encrypted
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.pending_box is not None, timeout=15_000)
    box = win.pending_box
    assert "Lägg till vårdnadshavare" in box.text() and "fortsätt" in box.text()
    go_on = next(b for b in box.buttons() if b.text() == "Fortsätt")
    go_on.click()
    qtbot.waitUntil(
        lambda: (
            win.actions.last is not None
            and win.actions.last is not form
            and win.actions.last.isVisible()
        ),
        timeout=15_000,
    )
    again = win.actions.last
    assert win.student_page.file.student.id == student_id
    assert again.values()["name"] == "Testförälder Påbörjad"
    assert again.values()["phone"] == "070-000 00 00" and again.values()["custody"] is True
    again.set_value("relation", again.fields[1].options[1][1])
    again.set_value("protected", False)
    again.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    found = read_file(qtbot, win, student_id).guardians
    assert len(found) == guardians + 1
    assert "Testförälder Påbörjad" in [g.name for g in found]
    win.lock()  # nothing open now: nothing offered at the next unlock
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    assert win.pending_box is None
    vault = win.vault
    assert vault is not None
    actions = in_db(
        qtbot,
        win,
        lambda: [
            row[0]
            for row in vault.conn.execute(
                "SELECT action FROM audit_events WHERE action LIKE 'form.%' ORDER BY seq"
            )
        ],
    )
    assert actions == ["form.kept", "form.resumed"]
    win.close()


def test_a_form_thrown_away_after_the_lock_is_gone(
    qtbot: Any, tmp_path: Path, demo_master: Path
) -> None:
    win = unlocked_window(qtbot, tmp_path, demo_master)
    open_first(qtbot, win, Stage.MAPPING)
    win.actions.start("guardian")
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    win.actions.last.set_value("name", "Testförälder Slängd")
    win.lock()
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.pending_box is not None, timeout=15_000)
    box = win.pending_box
    next(b for b in box.buttons() if b.text() == "Släng").click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    assert not win.actions.last.isVisible()
    service = win.service
    assert service is not None and in_db(qtbot, win, service.pending_form) is None
    win.close()


def test_settings_survive_a_restart_and_bad_files_fall_back(tmp_path: Path) -> None:
    assert settings_store.load(tmp_path) == settings_store.Settings()
    settings_store.save(tmp_path, settings_store.Settings(auto_lock_minutes=3, language="en"))
    assert settings_store.load(tmp_path) == settings_store.Settings(3, "en")
    (tmp_path / settings_store.FILE_NAME).write_text("{ not json")
    assert settings_store.load(tmp_path) == settings_store.Settings()
    (tmp_path / settings_store.FILE_NAME).write_text('{"auto_lock_minutes": 0, "language": "xx"}')
    assert settings_store.load(tmp_path) == settings_store.Settings(1, "")


def test_a_draft_the_full_disk_would_not_take_is_said_lost_at_the_lock_not_saved(
    qtbot: Any, tmp_path: Path, demo_master: Path
) -> None:
    win = unlocked_window(qtbot, tmp_path, demo_master)
    open_first(qtbot, win, Stage.MAPPING)
    journal = win.student_page.journal
    start_note(qtbot, win)
    vault = win.vault
    assert vault is not None
    # The disk fills up: the database may not grow by a single page any more.
    in_db(
        qtbot,
        win,
        lambda: vault.conn.execute(
            "PRAGMA max_page_count = " + str(vault.conn.execute("PRAGMA page_count").fetchone()[0])
        ),
    )
    journal.editor.setPlainText("Lång anteckning " * 2000)
    win.idle.idle.emit()
    qtbot.waitUntil(lambda: "kunde inte sparas" in win.unlock_page.error.text(), timeout=15_000)
    assert "Disken är full" in win.unlock_page.error.text()
    win.close()
