"""Auto-lock after a quiet spell; activity keeps the vault open; drafts survive."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from sstdesk import settings as settings_store
from sstdesk.domain.codes import Stage
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.helpers import start_note
from tests.ui.test_student_page import open_first, read_file


def test_idle_locks_but_activity_keeps_it_open_and_drafts_are_kept(
    qtbot: Any, tmp_path: Path, demo_master: Path
) -> None:
    profile = tmp_path / "demo"
    shutil.copytree(demo_master, profile)
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() > 30, timeout=15_000)
    student_id = open_first(qtbot, win, Stage.MAPPING)
    journal = win.student_page.journal
    start_note(qtbot, win)
    win.idle.start(400)  # the quiet spell, shortened for the test
    for _ in range(6):  # typing keeps it open well past 400 ms
        qtbot.keyClick(journal.editor, Qt.Key.Key_A)
        qtbot.wait(150)
    assert win.vault is not None
    qtbot.waitUntil(lambda: win.vault is None, timeout=5_000)
    assert win.pages.currentWidget() is win.unlock_page
    assert "utan aktivitet" in win.unlock_page.error.text()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.service is not None, timeout=10_000)
    assert "aaaaaa" in [n.text for n in read_file(qtbot, win, student_id).current.notes]
    win.close()


def test_settings_survive_a_restart_and_bad_files_fall_back(tmp_path: Path) -> None:
    assert settings_store.load(tmp_path) == settings_store.Settings()
    settings_store.save(tmp_path, settings_store.Settings(auto_lock_minutes=3, language="en"))
    assert settings_store.load(tmp_path) == settings_store.Settings(3, "en")
    (tmp_path / settings_store.FILE_NAME).write_text("{ not json")
    assert settings_store.load(tmp_path) == settings_store.Settings()
    (tmp_path / settings_store.FILE_NAME).write_text('{"auto_lock_minutes": 0, "language": "xx"}')
    assert settings_store.load(tmp_path) == settings_store.Settings(1, "")
