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


def test_results_come_back_on_the_gui_thread_and_busy_waits_for_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    """`busy` stays true until the callback has run, and the callback runs on the GUI
    thread even though the work ran on the db thread."""
    import threading
    import time

    from sstdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    seen: list[tuple[str, bool]] = []

    def work() -> str:
        time.sleep(0.2)
        return threading.current_thread().name

    runner.run_db(
        work,
        done=lambda name: seen.append(
            (name, threading.current_thread() is threading.main_thread())
        ),
    )
    assert runner.busy
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert seen and seen[0][0].startswith("sstdesk-db") and seen[0][1] is True
    runner.shutdown()
