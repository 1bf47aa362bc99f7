"""Starts the desktop app. Layer: ui (composition of window, runner and profile)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sstdesk import deployment, settings
from sstdesk.paths import default_profile_dir
from sstdesk.services.session import ProfileInUse, ProfileLock, VaultError
from sstdesk.ui import translation
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.single_instance import FirstInstance, ring
from sstdesk.ui.tasks import TaskRunner


def run(profile: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("sstdesk")
    app.setApplicationDisplayName("sstdesk")
    directory = profile or default_profile_dir()
    it = deployment.load()
    translation.install(app, translation.chosen_language(settings.load(directory, it).language))
    try:
        lock = ProfileLock.acquire(directory)
    except ProfileInUse as in_use:
        if ring(directory):
            return 0  # the first window came forward: nothing more to show
        QMessageBox.information(None, "sstdesk", str(in_use))
        return 1
    except VaultError as refused:
        QMessageBox.critical(None, "sstdesk", str(refused))
        return 1
    try:
        runner = TaskRunner()
        window = MainWindow(directory, runner, it)
        first = FirstInstance(directory, window)
        first.activated.connect(lambda: _bring_forward(window))
        window.show()
        if os.environ.get("SSTDESK_STARTUP_PROBE"):
            # bench/bundle.py times a start: quit as soon as the first frame is painted.
            QTimer.singleShot(0, app.quit)
        code = int(app.exec())
        runner.shutdown()
    finally:
        lock.release()
    return code


def _bring_forward(window: MainWindow) -> None:
    """Un-minimised if it was, as large as it was otherwise, and on top."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
