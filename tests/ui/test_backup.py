"""Backups through the window, as a person makes them: the folder and file dialogs are the
only things answered for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sstdesk.ui.backup_view import BackupDialog, RestoreDialog
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
from sstdesk.vault import audit
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def menu_entry(win: MainWindow, text: str) -> Any:
    (action,) = [a for a in win.caseload_page.settings_button.menu().actions() if a.text() == text]
    return action


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def make_backup(
    qtbot: Any, win: MainWindow, usb: Path, monkeypatch: Any, passphrase: str = PASSPHRASE
) -> BackupDialog:
    monkeypatch.setattr(BackupDialog, "choose_folder", lambda _self: usb)
    menu_entry(win, "Säkerhetskopiera…").trigger()
    dialog = win.backup.backup_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose_button.click()
    assert dialog.folder.text() == str(usb)
    dialog.passphrase.setText(passphrase)
    dialog.start_button.click()
    assert dialog.progress.isVisible() and not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30_000)
    return dialog


def test_a_backup_through_the_dialog_is_saved_and_checked(
    qtbot: Any, unlocked: MainWindow, usb: Path, monkeypatch: Any
) -> None:
    dialog = make_backup(qtbot, unlocked, usb, monkeypatch)
    assert dialog.error.text() == ""
    assert dialog.report is not None and dialog.report.with_passphrase
    (made,) = usb.iterdir()
    assert made == dialog.report.path
    assert "kontrollerad" in dialog.status.text() and made.name in dialog.status.text()
    assert "poster finns med" in dialog.status.text()
    assert not dialog.progress.isVisible()
    assert dialog.passphrase.text() == ""  # not kept on screen


def test_a_wrong_passphrase_in_the_dialog_leaves_no_backup(
    qtbot: Any, unlocked: MainWindow, usb: Path, monkeypatch: Any
) -> None:
    dialog = make_backup(qtbot, unlocked, usb, monkeypatch, passphrase="inte min fras alls")
    assert "lösenfrasen öppnar inte kopian" in dialog.error.text()
    assert list(usb.iterdir()) == []
    assert dialog.start_button.isEnabled()


def test_locking_makes_the_automatic_backup_when_one_is_due(
    qtbot: Any, unlocked: MainWindow, usb: Path
) -> None:
    win = unlocked
    win.settings = win.settings.__class__(backup_folder=str(usb), backup_keep=2)
    win.caseload_page.lock_button.click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30_000)
    (made,) = usb.iterdir()
    assert made.name in win.statusBar().currentMessage()
    assert win.pages.currentWidget() is win.unlock_page
    # Unlocked and locked again the same day: no second copy.
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() > 30, timeout=15_000)
    win.lock()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30_000)
    assert list(usb.iterdir()) == [made]


def restore_through(
    qtbot: Any, win: MainWindow, backup_file: Path, monkeypatch: Any, *, confirm: bool
) -> RestoreDialog:
    monkeypatch.setattr(RestoreDialog, "choose_file", lambda _self: backup_file)
    dialog = win.backup.restore_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    assert "säkerhetskopia från" in dialog.file_label.text()
    dialog.secret.setText(PASSPHRASE)
    dialog.confirm.setChecked(confirm)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30_000)
    return dialog


def test_a_new_laptop_restores_from_the_first_start_screen(
    qtbot: Any, unlocked: MainWindow, usb: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    made = make_backup(qtbot, unlocked, usb, monkeypatch).report
    assert made is not None
    win = MainWindow(tmp_path / "ny-dator", TaskRunner())
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.create_page
    create_button, _unlock_button = win.backup.page_buttons
    assert create_button.isVisible()
    create_button.click()
    dialog = restore_through(qtbot, win, made.path, monkeypatch, confirm=False)
    assert not dialog.confirm.isVisible()  # nothing there to replace
    assert dialog.report is not None and not dialog.isVisible()
    assert win.pages.currentWidget() is win.unlock_page
    assert "återställda" in win.statusBar().currentMessage()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() > 30, timeout=15_000)
    box: list[list[str]] = []
    vault = win.vault
    win.runner.run_db(lambda: [e.action for e in audit.events(vault.conn)], done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    assert box[0].count("vault.restore") == 1
    win.close()


def test_restoring_from_the_menu_locks_first_asks_and_keeps_the_old_vault(
    qtbot: Any, unlocked: MainWindow, usb: Path, monkeypatch: Any
) -> None:
    win = unlocked
    made = make_backup(qtbot, win, usb, monkeypatch).report
    assert made is not None
    win.backup.backup_dialog.reject()
    menu_entry(win, "Återställ från säkerhetskopia…").trigger()
    assert win.vault is None and win.pages.currentWidget() is win.unlock_page
    dialog = restore_through(qtbot, win, made.path, monkeypatch, confirm=False)
    assert "Bekräfta" in dialog.error.text() and dialog.report is None
    assert not [p for p in win.profile.iterdir() if "before-restore" in p.name]
    dialog.confirm.setChecked(True)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30_000)
    assert dialog.report is not None
    kept = sorted(p.name for p in win.profile.iterdir() if "before-restore" in p.name)
    assert kept == sorted(p.name for p in dialog.report.kept) and len(kept) == 2
    assert dialog.report.kept[0].name in win.statusBar().currentMessage()
    Vault.unlock(win.profile, passphrase=PASSPHRASE).close()


def test_a_foreign_file_is_refused_in_the_restore_dialog(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    junk = tmp_path / "bilder.sstbak"
    junk.write_bytes(b"GIF89a" + bytes(200))
    menu_entry(win, "Återställ från säkerhetskopia…").trigger()
    dialog = win.backup.restore_dialog
    monkeypatch.setattr(RestoreDialog, "choose_file", lambda _self: junk)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "ingen säkerhetskopia från sstdesk" in dialog.error.text()
    assert not dialog.start_button.isEnabled()
