"""The window driven as a person would: real widgets, offscreen, a real vault underneath."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from sstdesk.ui.main_window import MainWindow  # noqa: E402
from sstdesk.ui.tasks import TaskRunner  # noqa: E402
from sstdesk.vault.vault import Vault  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_master: Path):  # type: ignore[no-untyped-def]
    profile = tmp_path / "demo"
    shutil.copytree(demo_master, profile)
    runner = TaskRunner()
    win = MainWindow(profile, runner)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def unlock(qtbot, win: MainWindow, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    page = win.unlock_page
    page.passphrase.setText(passphrase)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)


def test_unlock_shows_the_caseload_and_search_narrows_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentWidget() is window.unlock_page
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.caseload_page.model.rowCount() > 30, timeout=10_000)
    assert window.unlock_page.passphrase.text() == ""  # not kept in the field while open
    model = window.caseload_page.model
    first_name = model.data(model.index(0, 0))
    window.caseload_page.search.setText(first_name.split()[0])
    qtbot.waitUntil(lambda: model.rowCount() < 30, timeout=10_000)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names and all(first_name.split()[0] in n for n in names)
    # Personnummer are masked in the list.
    assert model.data(model.index(0, 1)).endswith("-****")


def test_wrong_passphrase_says_so_and_lock_drops_the_vault(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, "fel lösenfras")
    qtbot.waitUntil(lambda: window.unlock_page.error.text() != "", timeout=10_000)
    assert window.unlock_page.error.text().startswith("Fel lösenfras")
    assert window.vault is None
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload_page, timeout=10_000)
    qtbot.waitUntil(lambda: window.caseload_page.model.rowCount() > 0, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.unlock_page
    assert window.vault is None and window.caseload_page.model.rowCount() == 0
    assert window.unlock_page.passphrase.text() == ""


def test_after_wrong_passphrases_the_unlock_screen_says_how_long_to_wait(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """As after a restart: the back-off is read from the profile. (The last failure is put
    later than now, which counts from now: the full 30 s, whatever the test's timing.)"""
    import json
    import time

    from sstdesk.vault.vault import ATTEMPTS_NAME

    (window.profile / ATTEMPTS_NAME).write_text(
        json.dumps({"failures": 9, "last_failure": time.time() + 3600})
    )
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlock_page.error.text() != "", timeout=10_000)
    assert window.unlock_page.error.text().startswith("Vänta 30 s innan du försöker igen.")
    assert window.vault is None and window.unlock_page.button.isEnabled()


def test_first_start_creates_a_vault_and_shows_the_code_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "ny"
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    page = win.create_page
    assert win.pages.currentWidget() is page
    page.user.setText("anna.s")
    page.passphrase.setText("tre ord räcker långt")
    assert page.strength.text() == "Stark lösenfras."
    page.repeat.setText("tre ord som inte stämmer")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert "stämmer inte" in page.error.text()
    page.repeat.setText("tre ord räcker långt")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_page, timeout=20_000)
    code = win.recovery_page.code_text()
    assert len(code.replace("-", "")) == 20
    assert not win.recovery_page.button.isEnabled()
    win.recovery_page.check.setChecked(True)
    qtbot.mouseClick(win.recovery_page.button, Qt.MouseButton.LeftButton)
    assert win.recovery_page.code_text().strip("-") == ""
    assert win.pages.currentWidget() is win.caseload_page
    win.close()
    # The code that was shown opens the vault.
    Vault.recover(profile, recovery_code=code, new_passphrase="ny fras för test")[0].close()


def test_first_start_can_open_the_demo_profile_beside_the_real_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profil"
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    page = win.create_page
    page.passphrase.setText("demo demo demo")
    page.repeat.setText("demo demo demo")
    page.demo_button.click()
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() > 30, timeout=60_000)
    assert win.profile == tmp_path / "profil-demo"
    assert not (profile / "vault.db").exists()
    win.close()


def test_a_damaged_database_locks_the_window_and_names_the_file(
    qtbot, tmp_path: Path, demo_master: Path
) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "demo"
    shutil.copytree(demo_master, profile)
    db = profile / "vault.db"
    data = bytearray(db.read_bytes())
    # Every page of the second half: a single spot could land on a free page, which no read
    # and no check ever touches (the demo's layout differs from run to run).
    page = 4096
    for start in range(len(data) // 2 // page * page, len(data), page):
        data[start + 200 : start + 216] = bytes(16)
    db.write_bytes(bytes(data))
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: "Databasfilen" in win.unlock_page.error.text(), timeout=15_000)
    assert str(db) in win.unlock_page.error.text()
    assert win.vault is None and win.caseload_page.model.rowCount() == 0
    win.close()
