"""Guards against a Qt binding that would crash the app over time."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_none_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 dropped a reference to None on each processEvents() call; after
    enough calls (pytest-qt's waits make many) the interpreter aborts."""
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
