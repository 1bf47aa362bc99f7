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
    """Lives on the GUI thread. Workers leave results in a queue and emit `ready` with no
    arguments: PySide6 has crashed on Python objects (and None) sent through queued
    cross-thread signals (PYSIDE-3124), so only the wake-up crosses."""

    ready = Signal()

    def __init__(self, drain: Callable[[], None]) -> None:
        super().__init__()
        self._drain = drain
        self.ready.connect(self.drain)

    @Slot()
    def drain(self) -> None:  # a slot of a QObject on the GUI thread: delivery is queued
        self._drain()


_Result = tuple[Future[Any], Callable[[Any], None] | None, Any, bool]


class TaskRunner:
    """A job counts as pending until its callback has run on the GUI thread, so `busy`
    is false only when every result has been shown."""

    def __init__(self) -> None:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sstdesk-db")
        self._results: queue.SimpleQueue[_Result] = queue.SimpleQueue()
        self._bridge = _Bridge(self._drain)
        self._pending: set[Future[Any]] = set()  # touched on the GUI thread only

    def run_db(
        self, fn: Callable[[], Any], *, done: Done | None = None, failed: Failed | None = None
    ) -> Future[Any]:
        """Run `fn` on the db thread; `done(result)` or `failed(error)` on the GUI thread."""
        future = self._db.submit(fn)
        self._pending.add(future)

        def report(f: Future[Any]) -> None:  # on the db thread
            error = f.exception()
            if error is None:
                self._results.put((f, done, f.result(), False))
            else:
                self._results.put((f, failed, error, True))
            self._bridge.ready.emit()

        future.add_done_callback(report)
        return future

    def _drain(self) -> None:
        while True:
            try:
                future, callback, value, is_error = self._results.get_nowait()
            except queue.Empty:
                return
            try:
                if callback is not None:
                    callback(value)
                elif is_error:
                    log.error("unhandled task error: %s", type(value).__name__)
            finally:
                self._pending.discard(future)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Wait for running work (a commit is never cut off), then stop the thread."""
        self._db.shutdown(wait=True, cancel_futures=False)
