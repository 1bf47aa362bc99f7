"""The main window keeps its size between runs and never grows past the screen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from sstdesk import settings as settings_store
from sstdesk.ui.main_window import DEFAULT_SIZE, FRAME_GUESS, MainWindow
from sstdesk.ui.tasks import TaskRunner


def window(qtbot: Any, profile: Path) -> MainWindow:
    win = MainWindow(profile, TaskRunner())
    qtbot.addWidget(win)
    return win


def test_the_size_is_kept_in_the_settings_and_nothing_else(qtbot: Any, tmp_path: Path) -> None:
    profile = tmp_path / "profil"
    first = window(qtbot, profile)
    room = first.screen().availableGeometry().size()
    assert first.size() == DEFAULT_SIZE.boundedTo(room - FRAME_GUESS)
    first.show()
    first.resize(first.minimumWidth(), 500)  # offscreen, the student page takes the width
    width = first.width()
    first.close()
    kept = json.loads((profile / settings_store.FILE_NAME).read_text(encoding="utf-8"))
    assert kept == {"window_width": width, "window_height": 500}
    again = window(qtbot, profile)
    assert again.size() == QSize(width, 500).boundedTo(room - FRAME_GUESS)
    assert not again.windowState() & Qt.WindowState.WindowMaximized


def test_a_maximised_window_opens_maximised(qtbot: Any, tmp_path: Path) -> None:
    settings_store.save(tmp_path, settings_store.Settings(window_maximized=True))
    win = window(qtbot, tmp_path)
    assert win.windowState() & Qt.WindowState.WindowMaximized


def test_a_size_from_a_larger_screen_is_cut_to_this_one(qtbot: Any, tmp_path: Path) -> None:
    settings_store.save(tmp_path, settings_store.Settings(window_width=5000, window_height=4000))
    win = window(qtbot, tmp_path)
    room = win.screen().availableGeometry().size()
    assert win.width() < room.width() and win.height() < room.height()


def test_no_page_pushes_the_window_past_the_screen(qtbot: Any, tmp_path: Path) -> None:
    """A page that needs more than the screen is cut at the window's edge (and the Xvfb test
    says which); the window itself stays on the screen, and takes the page's needs
    otherwise."""
    win = window(qtbot, tmp_path)
    win.show()
    room = win.screen().availableGeometry().size()
    wide = QWidget()
    wide.setMinimumSize(room.width() * 2, 100)
    win.pages.addWidget(wide)
    win.pages.setCurrentWidget(wide)
    qtbot.waitUntil(lambda: win.minimumWidth() > 100)
    assert win.frameGeometry().width() <= room.width()
    assert win.minimumWidth() <= room.width()
    # Where the pages' needs fit (here their height), the window takes them as its minimum.
    needed = win.layout().totalMinimumSize()
    assert needed.height() < room.height()
    assert win.minimumHeight() == needed.height()
