"""The main window: create or unlock the vault, then the caseload. Layer: ui.

Every vault call goes through the task runner's db thread; the window only
switches pages and shows what comes back.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from sstdesk.domain.errors import DomainError
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.views import CaseloadRow
from sstdesk.ui.pages import CaseloadPage, CreatePage, RecoveryCodePage, UnlockPage
from sstdesk.ui.tasks import TaskRunner
from sstdesk.vault import vault as vault_store
from sstdesk.vault.errors import VaultError
from sstdesk.vault.vault import Vault

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, profile: Path, runner: TaskRunner) -> None:
        super().__init__()
        self.profile = profile
        self.runner = runner
        self.vault: Vault | None = None
        self.service: CaseloadService | None = None
        self._search_seq = 0
        self.setWindowTitle("sstdesk")
        self.resize(1100, 720)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.unlock_page = UnlockPage()
        self.create_page = CreatePage()
        self.recovery_page = RecoveryCodePage()
        self.caseload_page = CaseloadPage()
        for page in (self.unlock_page, self.create_page, self.recovery_page, self.caseload_page):
            self.pages.addWidget(page)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.create_page.create_requested.connect(self._create)
        self.recovery_page.confirmed.connect(self._show_caseload)
        self.caseload_page.search_changed.connect(self._search)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        if vault_store.exists(profile):
            self._show_unlock()
        else:
            self.pages.setCurrentWidget(self.create_page)
            self.create_page.user.setFocus()

    # -- create and unlock --------------------------------------------------------

    def _create(self, user: str, passphrase: str) -> None:
        def work() -> tuple[Vault, str]:
            return Vault.create(self.profile, passphrase=passphrase, user=user)

        self.runner.run_db(
            work, done=self._on_created, failed=lambda e: self.create_page.show_error(_message(e))
        )

    def _on_created(self, result: tuple[Vault, str]) -> None:
        self._opened(result[0])
        self.recovery_page.show_code(result[1])
        self.pages.setCurrentWidget(self.recovery_page)

    def _unlock(self, passphrase: str) -> None:
        self.runner.run_db(
            lambda: Vault.unlock(self.profile, passphrase=passphrase),
            done=self._on_unlocked,
            failed=lambda e: self.unlock_page.show_error(_message(e)),
        )

    def _on_unlocked(self, vault: Vault) -> None:
        self._opened(vault)
        self._show_caseload()

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.service = CaseloadService(vault)

    def _show_unlock(self) -> None:
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    # -- caseload -----------------------------------------------------------------

    def _show_caseload(self) -> None:
        self.pages.setCurrentWidget(self.caseload_page)
        self.caseload_page.search.clear()
        self._search("")

    def _search(self, text: str) -> None:
        service = self.service
        if service is None:
            return
        self._search_seq += 1
        seq = self._search_seq

        def work() -> list[CaseloadRow]:
            return service.search(text) if text.strip() else service.caseload()

        def show(rows: list[CaseloadRow]) -> None:
            if seq == self._search_seq:  # a newer keystroke has already asked again
                self.caseload_page.show_rows(rows)

        self.runner.run_db(work, done=show, failed=self._report)

    def _report(self, error: BaseException) -> None:
        self.statusBar().showMessage(_message(error), 10_000)

    # -- lock -----------------------------------------------------------------------

    def lock(self) -> None:
        """Ctrl+L: keys dropped, only the unlock screen left."""
        vault, self.vault, self.service = self.vault, None, None
        self.caseload_page.show_rows([])
        self.caseload_page.search.clear()
        if vault is not None:
            self.runner.run_db(vault.close)
        if vault_store.exists(self.profile):
            self._show_unlock()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.lock()
        self.runner.shutdown()
        super().closeEvent(event)


def _message(error: BaseException) -> str:
    """The Swedish sentence for the person; anything unexpected gets a calm generic one."""
    if isinstance(error, VaultError | DomainError):
        return str(error)
    log.error("unexpected error: %s", type(error).__name__)
    return "Något gick fel. Ingenting har sparats hälften. Försök igen eller kontakta IT-supporten."
