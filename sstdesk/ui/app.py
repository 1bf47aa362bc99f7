"""Starts the desktop app. Layer: ui (composition of window, runner and profile)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from sstdesk import settings
from sstdesk.paths import default_profile_dir
from sstdesk.ui import translation
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner


def run(profile: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("sstdesk")
    app.setApplicationDisplayName("sstdesk")
    directory = profile or default_profile_dir()
    translation.install(app, translation.chosen_language(settings.load(directory).language))
    runner = TaskRunner()
    window = MainWindow(directory, runner)
    window.show()
    return int(app.exec())
