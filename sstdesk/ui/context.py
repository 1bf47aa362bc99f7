"""What the window's controllers (StudentActions, the sync, backup, document and import
views) may use of the main window: declared here, so that they import this and never
`main_window` (no import cycle inside `ui`), and implemented by MainWindow. Layer: ui."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow

from sstdesk.deployment import Deployment
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.session import OpenVault
from sstdesk.settings import Settings
from sstdesk.ui.pages import CaseloadPage, UnlockPage
from sstdesk.ui.student_page import StudentPage
from sstdesk.ui.tasks import TaskRunner


class Window(QMainWindow):
    """The controllers' context: the runner, the services while unlocked, a way to make a
    change that tells every view (`run_op`), the pages they act on, and the person's words
    for an error. Everything else of the window stays its own."""

    runner: TaskRunner
    service: CaseloadService | None
    vault: OpenVault | None
    profile: Path
    settings: Settings
    deployment: Deployment
    student_page: StudentPage
    caseload_page: CaseloadPage
    unlock_page: UnlockPage

    @property
    def user(self) -> str:
        raise NotImplementedError

    def message(self, error: BaseException) -> str:
        raise NotImplementedError

    def run_op(
        self,
        work: Callable[[CaseloadService], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        raise NotImplementedError

    def open_student(
        self,
        student_id: str,
        *,
        select_note: str = "",
        tab: str = "",
        then: Callable[[], None] | None = None,
    ) -> None:
        raise NotImplementedError

    def reopen_student(self, *, select_note: str = "") -> None:
        raise NotImplementedError

    def refresh_caseload(self) -> None:
        raise NotImplementedError

    def lock(self) -> None:
        raise NotImplementedError

    def report(self, error: BaseException) -> None:
        """An error from work the person did not wait on, said where she looks."""
        raise NotImplementedError
