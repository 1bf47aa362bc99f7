"""The one task runner: long work off the GUI thread, results back on it. Layer: ui.

A single "db" worker thread owns the vault's SQLCipher connection (a
connection is bound to the thread that opened it), so every service call —
unlocking, which derives the key, included — runs there in order. Work that
mostly waits on the network (sync) runs on a "net" thread instead and hands
each short vault step to the db thread (`in_db`), so a slow server never holds
up the vault. Results and errors come back to the GUI thread through a queued
Qt signal.
"""

from __future__ import annotations

import logging
import queue
import threading
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
        self._net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sstdesk-net")
        self._db_thread: threading.Thread | None = None
        self._db.submit(self._note_db_thread).result()
        self._results: queue.SimpleQueue[_Result] = queue.SimpleQueue()
        self._bridge = _Bridge(self._drain)
        self._pending: set[Future[Any]] = set()  # touched on the GUI thread only

    def run_db(
        self, fn: Callable[[], Any], *, done: Done | None = None, failed: Failed | None = None
    ) -> Future[Any]:
        """Run `fn` on the db thread; `done(result)` or `failed(error)` on the GUI thread."""
        return self._run(self._db, fn, done, failed)

    def run_net(
        self, fn: Callable[[], Any], *, done: Done | None = None, failed: Failed | None = None
    ) -> Future[Any]:
        """Run `fn` on the net thread; it reaches the vault only through `in_db`."""
        return self._run(self._net, fn, done, failed)

    def in_db(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the db thread and wait for its result (from the net thread)."""
        if threading.current_thread() is self._db_thread:
            return fn()
        return self._db.submit(fn).result()

    def _note_db_thread(self) -> None:
        self._db_thread = threading.current_thread()

    def _run(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[[], Any],
        done: Done | None,
        failed: Failed | None,
    ) -> Future[Any]:
        future = executor.submit(fn)
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
        """Wait for running work (a commit is never cut off), then stop the threads. A sync
        waiting on the network is not waited for: its next vault step is refused."""
        self._net.shutdown(wait=False, cancel_futures=True)
        self._db.shutdown(wait=True, cancel_futures=False)
