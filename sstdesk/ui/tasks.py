"""The one task runner: long work off the GUI thread, results back on it. Layer: ui.

A single "db" worker thread owns the vault's SQLCipher connection (a
connection is bound to the thread that opened it), so every service call —
unlocking, which derives the key, included — runs there in order. Results
and errors come back to the GUI thread through a queued Qt signal.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Bridge(QObject):
    """Lives on the GUI thread. Workers emit `ready` with no arguments and leave the
    results in a queue: PySide6 has crashed on Python objects (and None) sent through
    queued cross-thread signals (PYSIDE-3124), so only the wake-up crosses."""

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.results: queue.SimpleQueue[tuple[Callable[[Any], None] | None, Any, bool]] = (
            queue.SimpleQueue()
        )
        self.ready.connect(self.drain)

    @Slot()
    def drain(self) -> None:
        while True:
            try:
                callback, value, is_error = self.results.get_nowait()
            except queue.Empty:
                return
            if callback is not None:
                callback(value)
            elif is_error:
                log.error("unhandled task error: %s", type(value).__name__)


class TaskRunner:
    def __init__(self) -> None:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sstdesk-db")
        self._bridge = _Bridge()
        self._pending: set[Future[Any]] = set()

    def run_db(
        self, fn: Callable[[], Any], *, done: Done | None = None, failed: Failed | None = None
    ) -> Future[Any]:
        """Run `fn` on the db thread; `done(result)` or `failed(error)` on the GUI thread."""
        future = self._db.submit(fn)
        self._pending.add(future)

        def report(f: Future[Any]) -> None:
            error = f.exception()
            if error is None:
                self._bridge.results.put((done, f.result(), False))
            else:
                self._bridge.results.put((failed, error, True))
            self._pending.discard(f)
            self._bridge.ready.emit()

        future.add_done_callback(report)
        return future

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Wait for running work (a commit is never cut off), then stop the thread."""
        self._db.shutdown(wait=True, cancel_futures=False)
