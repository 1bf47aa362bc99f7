"""Starts the desktop app. Layer: ui (composition of window, runner and profile)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sstdesk import deployment, settings
from sstdesk.paths import default_profile_dir
from sstdesk.ui import translation
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner


def run(profile: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("sstdesk")
    app.setApplicationDisplayName("sstdesk")
    directory = profile or default_profile_dir()
    it = deployment.load()
    translation.install(app, translation.chosen_language(settings.load(directory, it).language))
    runner = TaskRunner()
    window = MainWindow(directory, runner, it)
    window.show()
    if os.environ.get("SSTDESK_STARTUP_PROBE"):
        # bench/bundle.py times a start: quit as soon as the first frame is painted.
        QTimer.singleShot(0, app.quit)
    code = int(app.exec())
    runner.shutdown()
    return code
