"""The window, unlocked on a copy of the demo profile, for the UI tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture
def unlocked(qtbot: Any, tmp_path: Path, demo_master: Path) -> Iterator[MainWindow]:
    profile = tmp_path / "demo"
    shutil.copytree(demo_master, profile)
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() > 30, timeout=15_000)
    yield win
    win.close()
