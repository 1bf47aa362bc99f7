"""Inställningar → Byt lösenfras…: the old one is asked for, and the new one opens the vault."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from sstdesk.ui.main_window import MainWindow  # noqa: E402
from sstdesk.vault.errors import WrongPassphrase  # noqa: E402
from sstdesk.vault.vault import Vault  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402


def submit(qtbot: Any, win: MainWindow, old: str, new: str, repeat: str) -> Any:
    dialog = win.actions.last
    dialog.set_value("old", old)
    dialog.set_value("new", new)
    dialog.set_value("repeat", repeat)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=20_000)
    return dialog


def test_the_passphrase_is_changed_only_with_the_old_one_and_a_matching_new_one(
    qtbot: Any, unlocked: MainWindow
) -> None:
    win = unlocked
    action = next(
        a
        for a in win.caseload_page.settings_button.menu().actions()
        if a.text() == "Byt lösenfras…"
    )
    action.trigger()
    dialog = submit(qtbot, win, PASSPHRASE, "en ny lång fras", "en annan fras")
    assert dialog.isVisible() and "stämmer inte" in dialog.error.text()
    dialog = submit(qtbot, win, "fel gammal fras", "en ny lång fras", "en ny lång fras")
    qtbot.waitUntil(lambda: "Fel lösenfras" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible()
    dialog = submit(qtbot, win, PASSPHRASE, "en ny lång fras", "en ny lång fras")
    qtbot.waitUntil(lambda: "Lösenfrasen är bytt" in win.statusBar().currentMessage())
    assert not dialog.isVisible()
    assert all(w.text() == "" for w in dialog.widgets.values())
    profile = win.profile
    win.lock()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=20_000)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(profile, passphrase=PASSPHRASE)
    Vault.unlock(profile, passphrase="en ny lång fras").close()
