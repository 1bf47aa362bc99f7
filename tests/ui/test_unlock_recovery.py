"""Forgot the passphrase, a vault that cannot be opened whole, and the recovery code's screen:
driven as a person would, on real vaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.ui.main_window import MainWindow  # noqa: E402
from sstdesk.ui.tasks import TaskRunner  # noqa: E402
from sstdesk.vault.errors import WrongRecoveryCode  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402
from sstdesk.vault.vault import DB_NAME, KEY_NAME, Vault  # noqa: E402
from tests.conftest import PASSPHRASE, refer_student  # noqa: E402


def made(profile: Path) -> str:
    vault, code = Vault.create(
        profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor()
    )
    refer_student(CaseloadService(vault), first_name="Testelev")
    vault.close()
    return code


def window(qtbot: Any, profile: Path) -> MainWindow:
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_code_and_a_new_code_shown(
    qtbot: Any, tmp_path: Path
) -> None:
    profile = tmp_path / "profil"
    code = made(profile)
    win = window(qtbot, profile)
    qtbot.mouseClick(win.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = win.recover_page
    assert win.pages.currentWidget() is page
    page.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
    page.passphrase.setText("en ny lång fras")
    page.repeat.setText("en ny lång fras")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=15_000)
    assert "Återställningskoden stämmer inte" in page.error.text()
    assert win.vault is None
    page.code.setText(code.replace("-", "").lower())  # no dashes, small letters
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    shown = win.recovery_page
    qtbot.waitUntil(lambda: win.pages.currentWidget() is shown, timeout=15_000)
    new_code = shown.code_text()
    assert len(new_code) == 24 and new_code != code
    assert "nya" in shown.heading.text() and "gamla koden öppnar inte längre" in shown.text.text()
    assert page.code.text() == "" and page.passphrase.text() == ""  # nothing left typed
    shown.check.setChecked(True)
    qtbot.mouseClick(shown.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() == 1, timeout=15_000)
    win.lock()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    win.close()
    Vault.unlock(profile, passphrase="en ny lång fras").close()
    with pytest.raises(WrongRecoveryCode):  # the used code is spent
        Vault.recover(profile, recovery_code=code, new_passphrase="ännu en fras")
    Vault.recover(profile, recovery_code=new_code, new_passphrase="ännu en fras")[0].close()
    events = [
        row[0]
        for row in Vault.unlock(profile, passphrase="ännu en fras")
        .conn.execute("SELECT action FROM audit_events ORDER BY seq")
        .fetchall()
    ]
    assert events.count("vault.recover") == 2


def test_an_empty_database_is_named_at_once_and_starting_over_keeps_the_old_files(
    qtbot: Any, tmp_path: Path
) -> None:
    profile = tmp_path / "profil"
    made(profile)
    (profile / DB_NAME).write_bytes(b"")
    win = window(qtbot, profile)
    unlock = win.unlock_page
    assert win.pages.currentWidget() is unlock  # not the first-start page
    assert str(profile / DB_NAME) in unlock.error.text() and "tom" in unlock.error.text()
    assert unlock.restore_button.isVisible() and unlock.start_over_button.isVisible()
    unlock.passphrase.setText(PASSPHRASE)  # the passphrase is right, the file is not
    qtbot.mouseClick(unlock.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)
    assert win.vault is None and "tom" in unlock.error.text()
    qtbot.mouseClick(unlock.start_over_button, Qt.MouseButton.LeftButton)
    assert unlock.confirm.isVisible()
    unlock.confirm.setText("ja")
    qtbot.mouseClick(unlock.confirm_button, Qt.MouseButton.LeftButton)
    assert "BÖRJA OM" in unlock.error.text() and (profile / KEY_NAME).exists()
    unlock.confirm.setText("börja om")
    qtbot.mouseClick(unlock.confirm_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.create_page
    (aside,) = profile.glob("undanlagt-*")
    assert str(aside) in win.create_page.error.text()
    assert sorted(p.name for p in aside.iterdir()) == [KEY_NAME, DB_NAME]
    win.close()


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1280, 720)])  # 1920×1080 at 150 %
def test_the_recovery_code_is_shown_whole_on_a_small_screen_and_prints(
    qtbot: Any, tmp_path: Path, screen: QSize
) -> None:
    win = window(qtbot, tmp_path / "profil")
    win.resize(screen)
    page = win.recovery_page
    page.show_code("2VBD-N8NC-SZC4-SR7Q-K0XM")
    win.pages.setCurrentWidget(page)
    qtbot.waitExposed(win)
    for group in page.groups:
        assert group.width() >= group.sizeHint().width()  # no group clipped
        corner = group.mapTo(win, group.rect().bottomRight())
        assert corner.x() <= screen.width() and corner.y() <= screen.height()
    for button in (page.print_button, page.button, page.check):
        corner = button.mapTo(win, button.rect().bottomRight())
        assert corner.y() <= screen.height()
    pdf = tmp_path / "kod.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the printer, read back
    printer.setOutputFileName(str(pdf))
    page.paint(printer)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "2VBD N8NC SZC4 SR7Q K0XM" in text and "inlåst" in text
    win.close()
