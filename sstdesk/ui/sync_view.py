"""Sync in the window: connect this laptop, sync in the background, show where it stands,
and let the person settle conflicts. Layer: ui.

Sync runs through the task runner like every vault call, never on the GUI thread. The
status line says one of: not connected, waiting for approval, syncing…, synced at hh:mm,
offline (everything is kept), and how many conflicts wait.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sstdesk.services.duplicates import Duplicate
from sstdesk.services.sync import (
    Conflict,
    KeptAside,
    NotHandedOver,
    Offline,
    Parked,
    Revoked,
    SyncError,
    SyncResult,
    SyncService,
    connect,
    safety_code,
    shred,
)
from sstdesk.ui.forms import Field, FormDialog, ask, fit_to_screen
from sstdesk.wire.schema import DeviceStatus, PendingDevice

if TYPE_CHECKING:
    import httpx

    from sstdesk.ui.context import Window

INTERVAL_MS = 5 * 60_000

KIND_LABELS = {
    "schools": QT_TRANSLATE_NOOP("SyncView", "Skola"),
    "students": QT_TRANSLATE_NOOP("SyncView", "Elev"),
    "guardians": QT_TRANSLATE_NOOP("SyncView", "Vårdnadshavare"),
    "cases": QT_TRANSLATE_NOOP("SyncView", "Ärende"),
    "consents": QT_TRANSLATE_NOOP("SyncView", "Samtycke"),
    "signatories": QT_TRANSLATE_NOOP("SyncView", "Samtyckets undertecknare"),
    "attendance_periods": QT_TRANSLATE_NOOP("SyncView", "Närvaro"),
    "mappings": QT_TRANSLATE_NOOP("SyncView", "Kartläggning"),
    "mapping_factors": QT_TRANSLATE_NOOP("SyncView", "Kartläggningsfaktor"),
    "action_plans": QT_TRANSLATE_NOOP("SyncView", "Handlingsplan"),
    "goals": QT_TRANSLATE_NOOP("SyncView", "Mål"),
    "interventions": QT_TRANSLATE_NOOP("SyncView", "Insats"),
    "meetings": QT_TRANSLATE_NOOP("SyncView", "Möte"),
    "journal_notes": QT_TRANSLATE_NOOP("SyncView", "Journalanteckning"),
    "working_notes": QT_TRANSLATE_NOOP("SyncView", "Arbetsanteckning"),
    "follow_ups": QT_TRANSLATE_NOOP("SyncView", "Uppföljning"),
    "sips": QT_TRANSLATE_NOOP("SyncView", "SIP"),
    "register_requests": QT_TRANSLATE_NOOP("SyncView", "Begäran om registerutdrag"),
    "statistics_exports": QT_TRANSLATE_NOOP("SyncView", "Statistikexport"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncView", text)


class SyncController:
    """One per window. `http_factory` makes the client for the server in the settings; tests
    give it the real server app in-process instead of a network."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.http_factory: Callable[[], httpx.Client] = self._connect
        self.conflicts_dialog: ConflictsDialog | None = None
        self.parked_dialog: ParkedDialog | None = None
        self.devices_dialog: DevicesDialog | None = None
        self.attention_dialog: AttentionDialog | None = None
        self.gaps: list[str] = []
        self.pending: list[PendingDevice] = []
        self.enrol_dialog: FormDialog | None = None
        self.running = False
        self.new_recovery_code = ""
        self.recovery_box: QMessageBox | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        page = window.caseload_page
        page.sync_button.clicked.connect(self.sync_now)
        page.conflicts_button.clicked.connect(self.show_conflicts)
        page.parked_button.clicked.connect(self.show_parked)
        page.devices_button.clicked.connect(self.show_devices)
        page.attention_button.clicked.connect(self.show_attention)
        page.key_rotation_requested.connect(self.rotate_key)

    def _connect(self) -> httpx.Client:
        settings = self.window.settings
        return connect(settings.server_url, settings.ca_bundle, timeout=10.0)

    def _service(self) -> Callable[[], SyncService] | None:
        caseload = self.window.service
        if caseload is None:
            return None
        factory = self.http_factory
        in_db = self.window.runner.in_db
        return lambda: SyncService(caseload, factory(), db=in_db)

    # -- status -------------------------------------------------------------------

    def started(self) -> None:
        """After unlocking: show where sync stands, and sync now if connected."""
        self.timer.start()
        make = self._service()
        if make is None:
            return
        vault = self.window.vault
        self.window.runner.run_db(
            lambda: (vault.repo.meta("sync_tracking"), vault.repo.meta("sync_device_id")),
            done=self._show_state,
        )

    def _show_state(self, state: tuple[str, str]) -> None:
        tracking, device = state
        if tracking == "on":
            self.sync_now()
        elif device:
            self._waiting()
        else:
            self._status(
                QCoreApplication.translate("SyncView", "Inte ansluten till teamets server.")
            )

    def _waiting(self) -> None:
        """Pending: the code the admin is to type, read off this screen."""
        vault = self.window.vault
        if vault is None:
            return

        def show(code: str) -> None:
            self._status(
                QCoreApplication.translate(
                    "SyncView",
                    "Väntar på att bli godkänd av teamets administratör. Säkerhetskod att visa "
                    "för administratören: {0}",
                ).format(code)
            )

        self.window.runner.run_db(lambda: safety_code(vault), done=show)

    def stopped(self) -> None:
        self.timer.stop()
        self.running = False
        for dialog in (
            self.conflicts_dialog,
            self.enrol_dialog,
            self.parked_dialog,
            self.devices_dialog,
            self.attention_dialog,
        ):
            if dialog is not None:
                dialog.reject()
        self.conflicts_dialog = self.enrol_dialog = None
        self.parked_dialog = self.devices_dialog = self.attention_dialog = None
        self.pending = []
        page = self.window.caseload_page
        for button in (
            page.conflicts_button,
            page.parked_button,
            page.devices_button,
            page.attention_button,
        ):
            button.hide()

    def _status(self, text: str, conflicts: int = 0) -> None:
        page = self.window.caseload_page
        page.sync_status.setText(text)
        page.conflicts_button.setVisible(conflicts > 0)
        page.conflicts_button.setText(
            QCoreApplication.translate("SyncView", "{0} konflikter att lösa").format(conflicts)
        )

    # -- syncing ------------------------------------------------------------------

    def sync_now(self) -> None:
        make = self._service()
        if make is None or self.running:
            return
        vault = self.window.vault
        if vault is None:
            return
        self.running = True
        self.window.caseload_page.sync_busy.show()
        self._status(QCoreApplication.translate("SyncView", "Synkroniserar…"))

        in_db = self.window.runner.in_db

        def work() -> Synced:  # on the net thread
            service = make()
            if not service.client.enrolled:
                return Synced(None, 0, "", [], Attention([], [], [], {}, {}), "")
            try:
                result = service.client.sync()
                pending = _pending_for_admin(service)
                gaps = _audit_gaps_for_admin(service)
            finally:
                service.client.http.close()
            conflicts = in_db(lambda: len(service.conflicts()))
            attention = in_db(lambda: _attention(service, gaps))
            at = vault.clock().strftime("%H:%M")
            code = service.client.new_recovery_code  # the team key was just rotated here
            return Synced(result, conflicts, at, pending, attention, code)

        self.window.runner.run_net(work, done=self._synced, failed=self._failed)

    def _synced(self, outcome: Synced) -> None:
        self.running = False
        page = self.window.caseload_page
        page.sync_busy.hide()
        result, conflicts, at, pending, attention, code = outcome
        self._show_pending(pending)
        self._show_attention(attention)
        if code:
            self._show_recovery_code(code, rotated=True)
        if result is None:
            self._status(
                QCoreApplication.translate("SyncView", "Inte ansluten till teamets server.")
            )
            return
        text = QCoreApplication.translate("SyncView", "Synkroniserat kl. {0}.").format(at)
        if result.waiting:
            text += " " + QCoreApplication.translate("SyncView", "{0} ändringar väntar.").format(
                result.waiting
            )
        page.parked_button.setVisible(result.parked > 0)
        page.parked_button.setText(
            QCoreApplication.translate("SyncView", "{0} ändringar togs inte emot").format(
                result.parked
            )
        )
        self._status(text, conflicts)
        if result.pulled:
            self.window.refresh_caseload()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.window.caseload_page.sync_busy.hide()
        if isinstance(error, Revoked):
            self._revoked(self.window.message(error))
            return
        if isinstance(error, NotHandedOver):
            # Revoked, with work the team does not have yet: locked, never shredded.
            self.window.lock()
            self.window.unlock_page.error.setText(self.window.message(error))
            return
        if isinstance(error, Offline):
            self._status(
                QCoreApplication.translate(
                    "SyncView", "Offline – allt är sparat på datorn och skickas senare."
                )
            )
            return
        self._status(self.window.message(error))

    def _revoked(self, message: str) -> None:
        """The server has blocked this laptop: lock, then crypto-shred the vault."""
        profile = self.window.profile
        self.window.lock()
        shred(profile)
        self.window.unlock_page.error.setText(
            message
            + " "
            + QCoreApplication.translate(
                "SyncView", "Uppgifterna i programmet på den här datorn är raderade."
            )
        )

    # -- connecting ---------------------------------------------------------------

    def enrol(self) -> None:
        """Connect this laptop: the server (from the settings) and the person's account."""
        make = self._service()
        if make is None:
            return
        fields = [
            Field("user", QT_TRANSLATE_NOOP("SyncView", "Användarnamn på servern")),
            Field("password", QT_TRANSLATE_NOOP("SyncView", "Lösenord"), "password"),
            Field(
                "team_code",
                QT_TRANSLATE_NOOP(
                    "SyncView", "Teamkod (visas hos administratören när datorn har godkänts)"
                ),
                optional=True,
            ),
            Field(
                "recovery_code",
                QT_TRANSLATE_NOOP(
                    "SyncView", "Teamets återställningskod (bara om ingen kollega kan godkänna)"
                ),
                optional=True,
            ),
        ]

        def accepted(dialog: FormDialog, values: dict[str, Any]) -> None:
            def work() -> DeviceStatus:
                service = make()
                try:
                    status = service.client.enrol(
                        values["user"],
                        values["password"],
                        "sstdesk",
                        recovery_code=values.get("recovery_code", ""),
                        team_code=values.get("team_code", ""),
                    )
                    self.new_recovery_code = service.client.new_recovery_code
                    return status
                finally:
                    service.client.http.close()

            def done(status: DeviceStatus) -> None:
                if self.new_recovery_code:
                    self._show_recovery_code(self.new_recovery_code)
                    self.new_recovery_code = ""
                if status is DeviceStatus.APPROVED:
                    self._status(QCoreApplication.translate("SyncView", "Ansluten."))
                    self.sync_now()
                else:
                    self._waiting()

            self.window.runner.run_net(
                work, done=done, failed=lambda e: dialog.show_error(self.window.message(e))
            )

        self.enrol_dialog = ask(
            self.window,
            QCoreApplication.translate("SyncView", "Anslut till teamets server"),
            fields,
            accepted,
            intro=QCoreApplication.translate(
                "SyncView",
                "Serverns adress och distriktets CA-certifikat står i Inställningar. Lösenordet "
                "sparas inte; datorn får en egen nyckel.",
            ),
            context="SyncView",
        )

    def _show_recovery_code(self, code: str, *, rotated: bool = False) -> None:
        """Shown once, never stored: the team prints it and locks it away."""
        box = QMessageBox(self.window)
        box.setWindowTitle(QCoreApplication.translate("SyncView", "Teamets återställningskod"))
        text = QCoreApplication.translate(
            "SyncView",
            "Skriv ut koden och lås in den. Med den kan en ny dator få teamets nyckel om "
            "alla teamets datorer skulle försvinna. Den visas bara nu.",
        )
        if rotated:
            text = (
                QCoreApplication.translate(
                    "SyncView",
                    "Teamet har fått en ny nyckel och en ny återställningskod (till exempel "
                    "för att en dator har spärrats). Den gamla koden gäller inte längre.",
                )
                + " "
                + text
            )
        box.setText(text)
        box.setInformativeText(code)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_box = box
        box.open()

    # -- changes the server would not take ------------------------------------------

    def show_parked(self) -> None:
        make = self._service()
        if make is None:
            return
        self.window.runner.run_db(lambda: make().parked(), done=self._open_parked)

    def _open_parked(self, parked: list[Parked]) -> None:
        self.parked_dialog = ParkedDialog(self.window, parked, self.retry)
        self.parked_dialog.open()

    def retry(self, parked: Parked) -> None:
        make = self._service()
        if make is None:
            return

        def work() -> list[Parked]:
            service = make()
            service.retry_parked(parked.id)
            return service.parked()

        def done(left: list[Parked]) -> None:
            if self.parked_dialog is not None:
                self.parked_dialog.show_parked(left)
            self.window.caseload_page.parked_button.setVisible(bool(left))
            self.sync_now()

        self.window.runner.run_db(work, done=done, failed=lambda e: self._status(str(e)))

    # -- a new team key ---------------------------------------------------------------

    def rotate_key(self) -> None:
        """The team admin replaces the team key (say, when a laptop is missing but not yet
        revoked on the server): sealed to every approved laptop, with a new recovery code."""
        make = self._service()
        if make is None:
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("SyncView", "Byt teamnyckel"),
            QCoreApplication.translate(
                "SyncView",
                "Teamet får en ny nyckel för allt som skrivs från och med nu, och en ny "
                "återställningskod att skriva ut. Spärrade datorer får inte den nya nyckeln. "
                "Byta nu?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work() -> str:  # on the net thread
            service = make()
            try:
                if not service.client.is_admin:
                    raise SyncError(
                        QCoreApplication.translate(
                            "SyncView", "Bara teamets administratör kan byta teamnyckel."
                        )
                    )
                service.client.rotate()
                return service.client.new_recovery_code
            finally:
                service.client.http.close()

        self.window.runner.run_net(
            work,
            done=lambda code: self._show_recovery_code(code, rotated=True),
            failed=lambda e: self._status(self.window.message(e)),
        )

    # -- what sync found for the person to see to -------------------------------------

    def _show_attention(self, attention: Attention) -> None:
        self.gaps = attention.gaps
        button = self.window.caseload_page.attention_button
        button.setVisible(any(attention))
        button.setText(attention.summary())
        if self.attention_dialog is not None:
            self.attention_dialog.show_attention(attention)

    def show_attention(self) -> None:
        make = self._service()
        if make is None:
            return

        gaps = self.gaps

        def read() -> Attention:
            return _attention(make(), gaps)

        def opened(attention: Attention) -> None:
            self.attention_dialog = AttentionDialog(
                self.window, attention, self.merge, self.dismiss
            )
            self.attention_dialog.open()

        self.window.runner.run_db(read, done=opened)

    def dismiss(self, kept_ids: list[int] | None) -> None:
        """Changes kept aside the person has seen and lets go (audited)."""
        make = self._service()
        if make is None:
            return

        def work() -> Attention:
            service = make()
            service.dismiss_kept(kept_ids)
            return _attention(service, self.gaps)

        self.window.runner.run_db(
            work, done=self._show_attention, failed=lambda e: self._status(str(e))
        )

    def merge(self, duplicate: Duplicate) -> None:
        """One student of the two, with both case histories; differing facts become
        conflicts for the person to choose."""
        make = self._service()
        if make is None:
            return

        def work() -> tuple[Attention, int]:
            service = make()
            service.merge_duplicate(duplicate.personnummer)
            return _attention(service, self.gaps), len(service.conflicts())

        def done(outcome: tuple[Attention, int]) -> None:
            attention, conflicts = outcome
            self._show_attention(attention)
            self._status(self.window.caseload_page.sync_status.text(), conflicts)
            self.window.refresh_caseload()
            self.sync_now()

        self.window.runner.run_db(work, done=done, failed=lambda e: self._status(str(e)))

    # -- colleagues' laptops waiting for the team key ---------------------------------

    def show_devices(self) -> None:
        self.devices_dialog = DevicesDialog(self.window, self.pending, self.approve)
        self.devices_dialog.open()

    def approve(self, device: PendingDevice, typed_code: str) -> None:
        """A team admin lets a colleague's laptop in: the team key is sealed to it here,
        once the code typed from the colleague's screen matches."""
        make = self._service()
        if make is None:
            return

        def work() -> tuple[list[PendingDevice], str]:  # on the net thread
            service = make()
            try:
                team_code = service.client.approve(device.device_id, device.public_key, typed_code)
                return service.client.pending_devices().devices, team_code
            finally:
                service.client.http.close()

        def done(outcome: tuple[list[PendingDevice], str]) -> None:
            pending, team_code = outcome
            self._show_pending(pending)
            if self.devices_dialog is not None:
                self.devices_dialog.code.clear()
                self.devices_dialog.status.setText(
                    QCoreApplication.translate(
                        "SyncView",
                        "Godkänd. Låt kollegan skriva in teamkoden {0} på sin dator, så tar den "
                        "emot teamets nyckel.",
                    ).format(team_code)
                )

        def failed(error: BaseException) -> None:
            if self.devices_dialog is not None:
                self.devices_dialog.status.setText(self.window.message(error))

        self.window.runner.run_net(work, done=done, failed=failed)

    def _show_pending(self, pending: list[PendingDevice]) -> None:
        self.pending = pending
        button = self.window.caseload_page.devices_button
        button.setVisible(bool(pending))
        button.setText(
            QCoreApplication.translate("SyncView", "{0} datorer väntar på godkännande").format(
                len(pending)
            )
        )
        if self.devices_dialog is not None:
            self.devices_dialog.show_devices(pending)

    # -- conflicts ----------------------------------------------------------------

    def show_conflicts(self) -> None:
        make = self._service()
        if make is None:
            return
        self.window.runner.run_db(lambda: make().conflicts(), done=self._open_conflicts)

    def _open_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts_dialog = ConflictsDialog(self.window, conflicts, self.resolve)
        self.conflicts_dialog.open()

    def resolve(self, conflict: Conflict, keep: str, value: Any = None) -> None:
        make = self._service()
        if make is None:
            return

        def work() -> list[Conflict]:
            service = make()
            service.resolve(conflict.id, keep=keep, value=value)
            return service.conflicts()

        def done(left: list[Conflict]) -> None:
            if self.conflicts_dialog is not None:
                self.conflicts_dialog.show_conflicts(left)
            self._status(self.window.caseload_page.sync_status.text(), len(left))
            self.window.refresh_caseload()

        self.window.runner.run_db(work, done=done, failed=lambda e: self._status(str(e)))


class ConflictsDialog(QDialog):
    """Both versions of each field, who and when; keep mine, keep theirs, or write a merge."""

    def __init__(
        self,
        parent: QWidget,
        conflicts: list[Conflict],
        resolve: Callable[[Conflict, str, Any], None],
    ) -> None:
        super().__init__(parent)
        self.resolve = resolve
        self.setWindowTitle(self.tr("Konflikter att lösa"))
        fit_to_screen(self, 720, 460, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Samma uppgift har ändrats här och på en annan dator. Din version gäller tills "
                "du väljer. Valet synkroniseras som en vanlig ändring."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Konflikter"))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Behåll min"))
        self.theirs_button = QPushButton(self.tr("Behåll deras"))
        self.merge_button = QPushButton(self.tr("Skriv en sammanslagning…"))
        close = QPushButton(self.tr("Stäng"))
        for button in (self.mine_button, self.theirs_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        self.merge_button.clicked.connect(self._merge)
        close.clicked.connect(self.accept)
        self.show_conflicts(conflicts)

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.list.clear()
        for conflict in conflicts:
            kind = _tr(KIND_LABELS.get(conflict.kind, conflict.kind))
            when = dt.datetime.fromisoformat(conflict.found_at).strftime("%Y-%m-%d %H:%M")
            text = self.tr(
                "{0}, fältet ”{1}”: här ”{2}”, på dator {3}: ”{4}” (upptäckt {5})"
            ).format(
                kind,
                conflict.field,
                _show(conflict.mine),
                conflict.their_device[:8],
                _show(conflict.theirs),
                when,
            )
            item = QListWidgetItem(text)
            item.setData(256, conflict)
            self.list.addItem(item)
        if conflicts:
            self.list.setCurrentRow(0)
        for button in (self.mine_button, self.theirs_button, self.merge_button):
            button.setEnabled(bool(conflicts))

    def current(self) -> Conflict | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def _choose(self, keep: str) -> None:
        conflict = self.current()
        if conflict is not None:
            self.resolve(conflict, keep, None)

    def _merge(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Skriv en sammanslagning"),
            self.tr("Det nya värdet:"),
            f"{_show(conflict.mine)}\n{_show(conflict.theirs)}",
        )
        if ok:
            self.resolve(conflict, "merged", text)


class ParkedDialog(QDialog):
    """Changes the server would not take: what, whose, the server's reason; try again."""

    def __init__(
        self, parent: QWidget, parked: list[Parked], retry: Callable[[Parked], None]
    ) -> None:
        super().__init__(parent)
        self.retry = retry
        self.setWindowTitle(self.tr("Ändringar som servern inte tog emot"))
        fit_to_screen(self, 720, 380, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ändringarna finns kvar på datorn och hindrar inte annan synkronisering. Ändra "
                "uppgiften (till exempel korta en mycket lång anteckning) så skickas den nya "
                "versionen, eller försök igen när IT-supporten har sett på saken."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Ändringar som servern inte tog emot"))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Försök igen"))
        close = QPushButton(self.tr("Stäng"))
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.retry_button.clicked.connect(self._retry)
        close.clicked.connect(self.accept)
        self.show_parked(parked)

    def show_parked(self, parked: list[Parked]) -> None:
        self.list.clear()
        for change in parked:
            kind = _tr(KIND_LABELS.get(change.kind, change.kind))
            text = (
                f"{kind} – {change.student}: {change.reason}"
                if change.student
                else (f"{kind}: {change.reason}")
            )
            item = QListWidgetItem(text)
            item.setData(256, change)
            self.list.addItem(item)
        if parked:
            self.list.setCurrentRow(0)
        self.retry_button.setEnabled(bool(parked))

    def _retry(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.retry(item.data(256))


class DevicesDialog(QDialog):
    """A team admin's list of colleagues' laptops waiting for the team key."""

    def __init__(
        self,
        parent: QWidget,
        pending: list[PendingDevice],
        approve: Callable[[PendingDevice, str], None],
    ) -> None:
        super().__init__(parent)
        self.approve = approve
        self.setWindowTitle(self.tr("Datorer som väntar på godkännande"))
        fit_to_screen(self, 560, 360, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Godkänn bara en dator du vet att kollegan har anslutit just nu. Den får "
                "teamets nyckel och därmed alla teamets elever."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Datorer som väntar"))
        layout.addWidget(self.list, 1)
        # The code shown on the colleague's screen, typed here: a key the server swapped in
        # would give another code, and the team key is never sealed to it.
        code_label = QLabel(self.tr("Säkerhetskoden som visas på kollegans dator:"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("12345 67890 12345 67890")
        self.code.setAccessibleName(self.tr("Säkerhetskod"))
        code_label.setBuddy(self.code)
        layout.addWidget(code_label)
        layout.addWidget(self.code)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Godkänn"))
        close = QPushButton(self.tr("Stäng"))
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.approve_button.clicked.connect(self._approve)
        close.clicked.connect(self.accept)
        self.show_devices(pending)

    def show_devices(self, pending: list[PendingDevice]) -> None:
        self.list.clear()
        for device in pending:
            text = self.tr("{0} – datorn ”{1}” ({2})").format(
                device.user, device.device_name, device.device_id[:8]
            )
            item = QListWidgetItem(text)
            item.setData(256, device)
            self.list.addItem(item)
        if pending:
            self.list.setCurrentRow(0)
        self.approve_button.setEnabled(bool(pending))

    def _approve(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.status.setText("")
            self.approve(item.data(256), self.code.text())


class Attention(NamedTuple):
    duplicates: list[Duplicate]
    kept: list[KeptAside]
    gaps: list[str]  # the team's laptops whose audit log did not go on where it ended (admin)
    reports: dict[str, int]  # colleagues' laptops that kept changes aside (admin)
    dropped: dict[str, int]  # per laptop: unusable changes past the most kept, only counted

    def summary(self) -> str:
        if self.duplicates:
            return QCoreApplication.translate(
                "SyncView", "Samma elev registrerad två gånger – slå ihop"
            )
        if self.gaps:
            return QCoreApplication.translate("SyncView", "Loggen från {0} har luckor").format(
                ", ".join(self.gaps)
            )
        if self.kept or self.dropped:
            devices = sorted({k.device for k in self.kept} | set(self.dropped))
            return QCoreApplication.translate(
                "SyncView", "{0} ändringar från {1} kunde inte läsas"
            ).format(len(self.kept) + sum(self.dropped.values()), ", ".join(devices))
        return QCoreApplication.translate(
            "SyncView", "Teamets datorer rapporterar {0} ändringar som inte kunde läsas"
        ).format(sum(self.reports.values()))


class Synced(NamedTuple):
    result: SyncResult | None
    conflicts: int
    at: str
    pending: list[PendingDevice]
    attention: Attention
    recovery_code: str  # made by a key rotation on this laptop: shown once


class AttentionDialog(QDialog):
    """What sync found that a person must see: a child registered on two laptops, to merge;
    changes from a colleague's laptop this one could not read, kept and reported."""

    def __init__(
        self,
        parent: QWidget,
        attention: Attention,
        merge: Callable[[Duplicate], None],
        dismiss: Callable[[list[int] | None], None],
    ) -> None:
        super().__init__(parent)
        self.merge = merge
        self.dismiss = dismiss
        self.setWindowTitle(self.tr("Att åtgärda efter synkronisering"))
        fit_to_screen(self, 720, 460, parent)
        layout = QVBoxLayout(self)
        same = QLabel(
            self.tr(
                "Samma elev registrerad två gånger (på två datorer innan de hann "
                "synkronisera). Slå ihop: eleven blir en, och båda ärendehistorikerna finns "
                "kvar. Uppgifter som skiljer sig visas sedan som konflikter att välja mellan."
            )
        )
        same.setWordWrap(True)
        self.same_label = same
        layout.addWidget(same)
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Samma elev registrerad två gånger"))
        layout.addWidget(self.duplicates, 1)
        self.merge_button = QPushButton(self.tr("Slå ihop"))
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        layout.addLayout(row)
        unread = QLabel(
            self.tr(
                "Ändringar från teamet som den här datorn inte kunde läsa. De sparas som de "
                "kom, hindrar inte annan synkronisering och har rapporterats till teamet. "
                "Be teamets administratör se på saken."
            )
        )
        unread.setWordWrap(True)
        self.unread_label = unread
        layout.addWidget(unread)
        self.kept = QListWidget()
        self.kept.setAccessibleName(self.tr("Ändringar som inte kunde läsas"))
        layout.addWidget(self.kept, 1)
        self.dismiss_button = QPushButton(self.tr("Ta bort markerad ur listan"))
        self.dismiss_all_button = QPushButton(self.tr("Ta bort alla ur listan"))
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.dismiss_button)
        kept_row.addWidget(self.dismiss_all_button)
        kept_row.addStretch(1)
        layout.addLayout(kept_row)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        layout.addWidget(self.gaps)
        close = QPushButton(self.tr("Stäng"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.merge_button.clicked.connect(self._merge)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.dismiss_all_button.clicked.connect(lambda: self.dismiss(None))
        close.clicked.connect(self.accept)
        self.show_attention(attention)

    def show_attention(self, attention: Attention) -> None:
        self.duplicates.clear()
        for duplicate in attention.duplicates:
            names = " och ".join(s.full_name for s in duplicate.students)
            item = QListWidgetItem(
                self.tr("{0} – {1} registreringar av samma personnummer").format(
                    names, len(duplicate.students)
                )
            )
            item.setData(256, duplicate)
            self.duplicates.addItem(item)
        if attention.duplicates:
            self.duplicates.setCurrentRow(0)
        self.merge_button.setEnabled(bool(attention.duplicates))
        for widget in (self.same_label, self.duplicates, self.merge_button):
            widget.setVisible(bool(attention.duplicates))
        for widget in (self.unread_label, self.kept, self.dismiss_button, self.dismiss_all_button):
            widget.setVisible(bool(attention.kept or attention.dropped))
        notes = []
        if attention.gaps:
            notes.append(
                self.tr(
                    "Loggen från {0} fortsätter inte där den slutade förra gången: händelser "
                    "har tagits bort eller ändrats på datorn innan de synkroniserades. Ta reda "
                    "på vad som hänt, och notera det i loggkontrollen."
                ).format(", ".join(attention.gaps))
            )
        if attention.reports:
            notes.append(
                self.tr(
                    "Ändringar som inte kunde läsas har rapporterats från: {0}. Kontrollera att "
                    "alla datorer är godkända och har teamets nyckel."
                ).format(", ".join(f"{d} ({n})" for d, n in attention.reports.items()))
            )
        self.gaps.setVisible(bool(notes))
        self.gaps.setText("\n\n".join(notes))
        self.kept.clear()
        for kept in attention.kept:
            kind = _tr(KIND_LABELS.get(kept.kind, kept.kind))
            item = QListWidgetItem(
                self.tr("{0} från {1}, {2}: {3}").format(
                    kind, kept.device, kept.found_at[:10], kept.reason
                )
            )
            item.setData(256, kept.id)
            self.kept.addItem(item)
        if attention.kept:
            self.kept.setCurrentRow(0)
        for device, count in attention.dropped.items():
            self.kept.addItem(
                self.tr("… och {0} till från {1}, som inte sparades (för många)").format(
                    count, device
                )
            )

    def _merge(self) -> None:
        item = self.duplicates.currentItem()
        if item is not None:
            self.merge(item.data(256))

    def _dismiss(self) -> None:
        item = self.kept.currentItem()
        if item is not None and item.data(256) is not None:
            self.dismiss([item.data(256)])


def _attention(service: SyncService, gaps: list[str]) -> Attention:
    """What sync found for this person: the admin also sees the team's reports."""
    reports = service.team_reports() if service.client.is_admin else {}
    return Attention(service.duplicates(), service.kept_aside(), gaps, reports, service.dropped())


def _audit_gaps_for_admin(service: SyncService) -> list[str]:
    """A team admin's laptop is told which laptops' audit logs lost events."""
    if not service.client.is_admin:
        return []
    try:
        devices = service.client.team_devices().devices
    except SyncError:
        return []
    return [f"{d.device_name} ({d.user})" for d in devices if d.audit_gap_at]


def _pending_for_admin(service: SyncService) -> list[PendingDevice]:
    """A team admin's laptop asks which colleagues wait; a failure here fails no sync."""
    if not service.client.is_admin:
        return []
    try:
        return service.client.pending_devices().devices
    except SyncError:
        return []


def _show(value: Any) -> str:
    if value is None:
        return "–"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
