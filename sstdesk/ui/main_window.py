"""The main window: create or unlock the vault, then the caseload. Layer: ui.

Every vault call goes through the task runner's db thread; the window only
switches pages and shows what comes back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLayout,
    QMessageBox,
    QStackedWidget,
)

from sstdesk import deployment as deployment_store
from sstdesk import settings as settings_store
from sstdesk.deployment import Deployment
from sstdesk.documents.data import Letterhead
from sstdesk.domain.codes import DocumentKind, Stage
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import JournalNote
from sstdesk.domain.school_year import Move, Rollover
from sstdesk.domain.team import TeamSettings, parse_steps
from sstdesk.paths import atomic_write
from sstdesk.services import session
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.changes import Changes
from sstdesk.services.pending_form import PendingForm
from sstdesk.services.session import OpenVault, VaultDamaged, VaultError
from sstdesk.services.statistics import StatisticsService, export_caution
from sstdesk.services.views import CaseloadRow, Overview, StudentFile
from sstdesk.ui.backup_view import BackupController
from sstdesk.ui.caseload_model import ROW_ROLE
from sstdesk.ui.city_view import CityController
from sstdesk.ui.context import Window
from sstdesk.ui.document_view import DocumentActions
from sstdesk.ui.forms import Field, FormDialog, ask
from sstdesk.ui.idle import IdleWatcher
from sstdesk.ui.import_view import ImportDialog
from sstdesk.ui.journal_correction import CorrectionDialog
from sstdesk.ui.labels import say
from sstdesk.ui.numbers import pct
from sstdesk.ui.pages import CaseloadPage, CreatePage, RecoverPage, RecoveryCodePage, UnlockPage
from sstdesk.ui.school_year import RolloverDialog
from sstdesk.ui.stats_page import StatisticsPage
from sstdesk.ui.student_actions import StudentActions
from sstdesk.ui.student_page import StudentPage
from sstdesk.ui.sync_view import SyncController
from sstdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SEARCH_AUDIT_PAUSE_MS = 1500
DEFAULT_SIZE = QSize(1100, 720)
FRAME_GUESS = QSize(16, 40)  # a window frame's size before the window manager has said


class MainWindow(Window):
    # After every change made through `run_op`: what it changed (services.changes.Changes),
    # for each view to refresh what it shows, and nothing else.
    changed = Signal(object)

    def __init__(
        self, profile: Path, runner: TaskRunner, deployment: Deployment | None = None
    ) -> None:
        super().__init__()
        self.profile = profile
        self.runner = runner
        self.deployment = deployment if deployment is not None else deployment_store.load()
        self.vault: OpenVault | None = None
        self.service: CaseloadService | None = None
        self._search_seq = 0
        self._search_audit = QTimer(self)
        self._search_audit.setSingleShot(True)
        self._search_audit.setInterval(SEARCH_AUDIT_PAUSE_MS)
        self._search_audit.timeout.connect(self._audit_search)
        self.setWindowTitle("sstdesk")
        self._settings_dir = profile  # the window's size is kept where the program started
        self.settings = settings_store.load(profile, self.deployment)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        # What the pages need never pushes the window past the screen: the window's minimum
        # is set here (event), bounded by the screen, instead of by the layout.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._restore_size()
        self.unlock_page = UnlockPage()
        self.create_page = CreatePage()
        self.recovery_page = RecoveryCodePage()
        self.recover_page = RecoverPage()
        self.caseload_page = CaseloadPage()
        self.student_page = StudentPage()
        self.stats_page = StatisticsPage()
        for page in (
            self.unlock_page,
            self.create_page,
            self.recovery_page,
            self.recover_page,
            self.caseload_page,
            self.student_page,
            self.stats_page,
        ):
            self.pages.addWidget(page)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.create_page.create_requested.connect(self._create)
        self.create_page.demo_requested.connect(self._open_demo)
        self.recovery_page.confirmed.connect(self._show_caseload)
        self.unlock_page.forgot_requested.connect(self._show_recover)
        self.unlock_page.start_over_requested.connect(self._start_over)
        self.recover_page.recover_requested.connect(self._recover)
        self.recover_page.back_requested.connect(self._show_unlock)
        self.caseload_page.search_changed.connect(self._search)
        self.caseload_page.table.activated.connect(self._open_row)
        self.caseload_page.student_chosen.connect(self.open_student)
        self.caseload_page.due_chosen.connect(lambda sid, tab: self.open_student(sid, tab=tab))
        self.student_page.back_requested.connect(self._back_to_list)
        self.student_page.move_requested.connect(self._move_case)
        self.student_page.draft_changed.connect(self._save_draft)
        self.student_page.sign_requested.connect(self._sign_note)
        self.student_page.correct_requested.connect(self._correct_note)
        self.student_page.new_note_requested.connect(self._new_note)
        self.actions = StudentActions(self)
        self._reading = ""  # the student whose file is being read for the page, if any
        self.changed.connect(self._on_changed)
        if self.deployment.problem:
            self.statusBar().showMessage(self.deployment.problem)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._auto_lock)
        self.caseload_page.settings_requested.connect(self.edit_settings)
        self.caseload_page.team_settings_requested.connect(self.edit_team_settings)
        self.caseload_page.passphrase_change_requested.connect(self.change_passphrase)
        self.caseload_page.school_year_requested.connect(self.school_year_rollover)
        self.student_page.reveal_requested.connect(self._reveal)
        # Leaving the student page masks a protected student's details again.
        self.pages.currentChanged.connect(
            lambda _i: (
                None
                if self.pages.currentWidget() is self.student_page
                else self.student_page.conceal()
            )
        )
        self.caseload_page.lock_requested.connect(self.lock)
        self.caseload_page.new_student_requested.connect(self.new_student)
        self.caseload_page.demo_requested.connect(self._demo_from_caseload)
        self.caseload_page.import_requested.connect(self.import_attendance)
        self.caseload_page.statistics_requested.connect(self.show_statistics)
        self.stats_page.back_requested.connect(self._back_to_list)
        self.stats_page.selection_changed.connect(self._load_statistics)
        self.stats_page.export_requested.connect(self._export_statistics)
        self.import_dialog: ImportDialog | None = None
        self.correction_dialog: CorrectionDialog | None = None
        self.rollover_dialog: RolloverDialog | None = None
        self.pending_box: QMessageBox | None = None
        self.student_page.action_requested.connect(self.actions.start)
        self.documents = DocumentActions(self)
        self.sync = SyncController(self)
        self.city = CityController(self)
        self.backup = BackupController(self)
        self.caseload_page.connect_button.clicked.connect(self.sync.enrol)
        self.student_page.document_requested.connect(
            lambda code: self.documents.open(DocumentKind(code))
        )
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self._document_menu)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self._save_current)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_student)
        if session.exists(profile):
            self._show_unlock()
        else:
            self.pages.setCurrentWidget(self.create_page)
            self.create_page.user.setFocus()

    # -- the window's size ---------------------------------------------------------

    def _room(self) -> QSize:
        """The largest the window may be: the screen's available area less the frame."""
        screen = self.screen().availableGeometry().size()
        frame = self.frameGeometry().size() - self.geometry().size()
        if not self.isVisible() or frame.isEmpty():
            frame = FRAME_GUESS
        return (screen - frame).expandedTo(QSize(1, 1))

    def _restore_size(self) -> None:
        """As large as it was left (or the default), never more than the screen."""
        kept = QSize(self.settings.window_width, self.settings.window_height)
        wanted = kept if kept.width() > 0 and kept.height() > 0 else DEFAULT_SIZE
        self.resize(wanted.boundedTo(self._room()))
        if self.settings.window_maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _fit_minimum(self) -> None:
        needed = self.layout().totalMinimumSize().boundedTo(self._room())
        if needed != self.minimumSize():
            self.setMinimumSize(needed)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._fit_minimum()
        return handled

    def _keep_size(self) -> None:
        """The size (and whether it was maximised) in the person's settings, for next time;
        only those values, in the profile the program started with."""
        maximized = self.isMaximized()
        size = self.normalGeometry().size() if maximized else self.size()
        if not size.isValid() or size.isEmpty():
            size = self.size()
        directory = self._settings_dir
        stored = settings_store.load(directory, self.deployment)
        kept = dataclasses.replace(
            stored,
            window_width=size.width(),
            window_height=size.height(),
            window_maximized=maximized,
        )
        if kept == stored:
            return
        try:
            settings_store.save(directory, kept, self.deployment)
        except OSError as error:  # a read-only profile: the size is simply not kept
            log.warning("window size not kept: %s", type(error).__name__)

    # -- create and unlock --------------------------------------------------------

    def _create(self, user: str, passphrase: str) -> None:
        def work() -> tuple[OpenVault, str]:
            return session.create(
                self.profile, passphrase=passphrase, user=user, district=self.deployment.district
            )

        self.runner.run_db(
            work,
            done=self._on_created,
            failed=lambda e: self.create_page.show_error(self.message(e)),
        )

    def _open_demo(self, passphrase: str) -> None:
        """The demo profile lives beside the real one: trying it never touches real data."""
        demo = self.profile.with_name(self.profile.name + "-demo")
        self.profile = demo
        self.setWindowTitle("sstdesk – demoprofil")
        if session.exists(demo):
            self.unlock_page.reset()
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setText(passphrase)
            self.unlock_page.button.click()
            return

        self.runner.run_db(
            lambda: session.open_demo(demo, passphrase=passphrase),
            done=self._on_unlocked,
            failed=lambda e: self.create_page.show_error(self.message(e)),
        )

    def _demo_from_caseload(self) -> None:
        """From an empty caseload: the demo profile, beside this one and with its own
        passphrase; this one is locked first, and opens again as before."""
        fields = [Field("passphrase", self.tr("Lösenfras för demoprofilen"), "password")]

        def go(_dialog: FormDialog, values: dict[str, object]) -> None:
            self.lock()
            self.pages.setCurrentWidget(self.create_page)
            self.create_page.progress.show()
            self._open_demo(str(values["passphrase"]))

        ask(
            self,
            self.tr("Öppna demoprofilen"),
            fields,
            go,
            self.tr(
                "Demoprofilen är en egen profil med påhittade elever, bredvid dina riktiga "
                "uppgifter, som inte påverkas. Välj en lösenfras för den (minst 8 tecken)."
            ),
        )

    def _on_created(self, result: tuple[OpenVault, str]) -> None:
        self._opened(result[0])
        self.recovery_page.show_code(result[1])
        self.pages.setCurrentWidget(self.recovery_page)

    def _unlock(self, passphrase: str) -> None:
        self.runner.run_db(
            lambda: session.unlock(self.profile, passphrase=passphrase),
            done=self._on_unlocked,
            failed=self._unlock_failed,
        )

    def _unlock_failed(self, error: BaseException) -> None:
        known = self._known(error)
        self.unlock_page.show_error(_message(known), damaged=isinstance(known, VaultDamaged))

    def _show_recover(self) -> None:
        self.recover_page.reset()
        self.pages.setCurrentWidget(self.recover_page)

    def _recover(self, code: str, passphrase: str) -> None:
        """Forgot the passphrase: the code opens the vault, a new passphrase is set, and a
        new code replaces the used one (shown once, like the first)."""

        def done(result: tuple[OpenVault, str]) -> None:
            vault, new_code = result
            self.recover_page.reset()
            self._opened(vault)
            self.recovery_page.show_code(new_code, replaced=True)
            self.pages.setCurrentWidget(self.recovery_page)

        self.runner.run_db(
            lambda: session.recover(self.profile, recovery_code=code, new_passphrase=passphrase),
            done=done,
            failed=lambda e: self.recover_page.show_error(self.message(e)),
        )

    def _start_over(self, confirm: str) -> None:
        """The vault's files cannot be opened and the person typed the word: they are set
        aside (never deleted), and the first-start page makes a new vault."""
        try:
            aside = session.start_over(self.profile, confirm=confirm)
        except VaultError as refused:
            self.unlock_page.error.setText(str(refused))
            return
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.create_page)
        self.create_page.error.setText(self.tr("De gamla filerna ligger kvar i {0}.").format(aside))
        self.create_page.user.setFocus()

    def _on_unlocked(self, vault: OpenVault) -> None:
        self.unlock_page.reset()  # the passphrase leaves the field once it has served
        self._opened(vault)
        self._show_caseload()
        service = self.service
        if service is not None:
            self.runner.run_db(service.pending_form, done=self._offer_pending)
        # The whole-file check runs after the caseload is on screen (queued behind it on
        # the db thread); damage anywhere locks the window with the file named.
        self.runner.run_db(vault.check_pages, failed=self._damaged)

    def _damaged(self, error: BaseException) -> None:
        self.lock()
        self.unlock_page.error.setText(self.message(error))

    def _opened(self, vault: OpenVault) -> None:
        self.vault = vault
        self.service = session.services(vault)
        self.idle.start(self.settings.auto_lock_minutes * 60_000)
        self.sync.started()

    def _auto_lock(self) -> None:
        if self.vault is None:
            return
        if self.pages.currentWidget() is self.recovery_page:
            # A new recovery code on screen is shown only once: locking now would lose it
            # (the old one no longer works). The screen holds nothing else; Ctrl+L still locks.
            self.idle.start(self.settings.auto_lock_minutes * 60_000)
            return
        self.lock()
        self.unlock_page.error.setText(
            self.tr(
                "Låst efter %n minuter utan aktivitet. Det du skrivit är sparat.",
                "",
                self.settings.auto_lock_minutes,
            )
        )

    def edit_settings(self) -> None:
        fields = [
            Field(
                "auto_lock_minutes",
                self.tr("Lås automatiskt efter (minuter)"),
                "int",
                default=self.settings.auto_lock_minutes,
                minimum=1,
                maximum=240,
            ),
            Field(
                "language",
                self.tr("Språk"),
                "choice",
                [(self.tr("Som systemet"), ""), ("Svenska", "sv"), ("English", "en")],
                default=self.settings.language,
            ),
            Field(
                "server_url",
                self.tr("Teamets server (https://…)"),
                default=self.settings.server_url,
                optional=True,
            ),
            Field(
                "ca_bundle",
                self.tr("Distriktets servercertifikat (filen från IT)"),
                default=self.settings.ca_bundle,
                optional=True,
            ),
        ]

        locked = [f for f in fields if self.deployment.is_locked(f.key)]
        fields = [f for f in fields if not self.deployment.is_locked(f.key)]

        def save(_dialog: FormDialog, values: dict[str, object]) -> None:
            self.settings = dataclasses.replace(self.settings, **values).checked()
            settings_store.save(self.profile, self.settings, self.deployment)
            if self.vault is not None:
                self.idle.start(self.settings.auto_lock_minutes * 60_000)
            self.statusBar().showMessage(
                self.tr("Inställningarna är sparade. Språket byts nästa gång programmet startar."),
                10_000,
            )

        intro = ""
        if locked:
            intro = self.tr("Bestäms av IT och kan inte ändras här: {0}.").format(
                "; ".join(f"{f.label.split(' (')[0]} {f.default}" for f in locked)
            )
        self.actions.last = ask(self, self.tr("Inställningar"), fields, save, intro=intro)

    def change_passphrase(self) -> None:
        """Inställningar → Byt lösenfras…: the old one, then the new one twice."""
        service = self.service
        if service is None:
            return
        fields = [
            Field("old", self.tr("Nuvarande lösenfras"), "password"),
            Field("new", self.tr("Ny lösenfras"), "password"),
            Field("repeat", self.tr("Upprepa den nya lösenfrasen"), "password"),
        ]

        def save(dialog: FormDialog, values: dict[str, object]) -> None:
            old, new = str(values["old"]), str(values["new"])
            if new != values["repeat"]:
                dialog.show_error(self.tr("De nya lösenfraserna stämmer inte överens."))
                return

            def done(_result: object) -> None:
                for widget in dialog.widgets.values():  # no passphrase left in a field
                    widget.clear()  # type: ignore[attr-defined]
                self.statusBar().showMessage(
                    self.tr("Lösenfrasen är bytt. Använd den nya nästa gång du låser upp."),
                    15_000,
                )

            self.runner.run_db(
                lambda: service.change_passphrase(old=old, new=new),
                done=done,
                failed=lambda e: dialog.show_error(self.message(e)),
            )

        self.actions.last = ask(
            self,
            self.tr("Byt lösenfras"),
            fields,
            save,
            intro=self.tr(
                "Återställningskoden gäller som förut. Säkerhetskopior som redan gjorts öppnas "
                "med den lösenfras som gällde när de gjordes."
            ),
        )

    def school_year_rollover(self) -> None:
        """Inställningar → Läsårsskifte…: the day the team chose, then a preview of who goes
        up an årskurs (and what happens to åk 9); nothing changes before it is confirmed."""
        service = self.service
        if service is None:
            return
        fields = [Field("on", self.tr("Det nya läsåret börjar"), "date", default=dt.date.today())]

        def preview(dialog: FormDialog, v: dict[str, object]) -> None:
            on = v["on"]
            assert isinstance(on, dt.date)
            self.runner.run_db(
                lambda: service.rollover_preview(on),
                done=self._confirm_rollover,
                failed=lambda e: dialog.show_error(self.message(e)),
            )

        self.actions.last = ask(
            self,
            self.tr("Läsårsskifte"),
            fields,
            preview,
            intro=self.tr(
                "Eleverna i elevlistan går upp en årskurs från den dag teamet har bestämt. "
                "Du ser vilka som ändras innan något sparas."
            ),
        )

    def _confirm_rollover(self, preview: Rollover) -> None:
        service = self.service
        if service is None:
            return
        dialog = RolloverDialog(self, preview)
        self.rollover_dialog = dialog
        ids = [p.student_id for p in preview.of(Move.UP)]

        def done(result: Rollover) -> None:
            self.statusBar().showMessage(
                self.tr(
                    "Läsårsskiftet {0} är gjort: %n elever har gått upp en årskurs.",
                    "",
                    len(result.promotions),
                ).format(result.year),
                15_000,
            )
            self.refresh_caseload()

        dialog.accepted.connect(
            lambda: self.runner.run_db(
                lambda: service.roll_over(preview.on, ids),
                done=done,
                failed=lambda e: dialog.show_error(self.message(e)),
            )
        )
        dialog.open()

    def edit_team_settings(self) -> None:
        """The team's region, record keeping and absence thresholds (kept in the vault)."""
        service = self.service
        if service is None:
            return
        self.runner.run_db(service.team_settings, done=self._ask_team_settings, failed=self._report)

    def _ask_team_settings(self, team: TeamSettings) -> None:
        fields = [
            Field(
                "region",
                self.tr("Län eller stad där teamet arbetar (för forskningsurvalet)"),
                default=team.region,
                optional=True,
            ),
            Field(
                "private_provider",
                self.tr("Teamet är en privat utförare (gallring efter två år)"),
                "choice",
                [(self.tr("Nej"), False), (self.tr("Ja"), True)],
                default=team.private_provider,
            ),
            Field(
                "simplified_from_pct",
                self.tr("Förenklad kartläggning från"),
                "percent",
                default=team.simplified_from_pct,
            ),
            Field(
                "simplified_to_pct",
                self.tr("Förenklad kartläggning till"),
                "percent",
                default=team.simplified_to_pct,
            ),
            Field(
                "deep_from_pct",
                self.tr("Fördjupad kartläggning från"),
                "percent",
                default=team.deep_from_pct,
            ),
            Field(
                "steps",
                self.tr("Åtgärdstrappan (en rad per steg: procent, beskrivning)"),
                "multiline",
                default="\n".join(f"{pct(x.from_pct)} {x.label}" for x in team.steps),
            ),
        ]
        service = self.service

        def save(dialog: FormDialog, v: dict[str, object]) -> None:
            if service is None:
                return
            try:
                steps = parse_steps(str(v.pop("steps")))
            except DomainError as refused:
                dialog.show_error(str(refused))
                return
            changed = dataclasses.replace(team, **v, steps=steps)  # type: ignore[arg-type]
            self.runner.run_db(
                lambda: service.save_team_settings(changed),
                done=lambda _t: self.statusBar().showMessage(
                    self.tr("Teamets inställningar är sparade."), 10_000
                ),
                failed=lambda e: dialog.show_error(self.message(e)),
            )

        self.actions.last = ask(
            self,
            self.tr("Teamets inställningar"),
            fields,
            save,
            intro=self.tr(
                "Gränserna följer Stockholms frånvarotrappa och ”Hör mig nu!” om inget annat "
                "anges. De syns på elevsidan och i underlaget till elevhälsokonferensen."
            ),
        )

    def _reveal(self, student_id: str) -> None:
        """A deliberate "Visa": audited, then the page shows the protected details."""
        service, file = self.service, self.student_page.file
        if service is None or file is None or file.student.id != student_id:
            return
        self.runner.run_db(
            lambda: service.reveal_protected(student_id),
            done=lambda _r: self.student_page.show_file(file, revealed=True),
            failed=self._report,
        )

    def _show_unlock(self) -> None:
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()
        try:  # a file missing or empty is said before any passphrase is typed
            session.check_files(self.profile)
        except VaultError as error:
            self.unlock_page.show_error(
                self.message(error), damaged=isinstance(error, VaultDamaged)
            )

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

        def work() -> Overview | list[CaseloadRow]:
            if text.strip():
                return service.search(text, audit=False)
            return service.overview()

        if text.strip():
            self._search_audit.start()  # one audit event when the typing pauses

        def show(result: Overview | list[CaseloadRow]) -> None:
            if seq != self._search_seq:  # a newer keystroke has already asked again
                return
            if isinstance(result, Overview):
                self.caseload_page.show_due(result.agenda, result.today)
                self.caseload_page.show_rows(result.rows)
            else:
                self.caseload_page.show_rows(result)

        self.runner.run_db(work, done=show, failed=self._report)

    def _audit_search(self) -> None:
        self._search_audit.stop()
        service = self.service
        if service is not None:
            self.runner.run_db(service.audit_search, failed=self._report)

    # -- the student page ---------------------------------------------------------------

    def _open_row(self, index: QModelIndex) -> None:
        row = self.caseload_page.model.data(index, ROW_ROLE)
        if row is not None:
            self.open_student(row.student_id)

    def open_student(
        self,
        student_id: str,
        *,
        select_note: str = "",
        tab: str = "",
        then: Callable[[], None] | None = None,
    ) -> None:
        """The student's page; `tab` (a StudentPage.show_tab key) picks the tab it opens on."""
        service = self.service
        if service is None:
            return
        if self._search_audit.isActive():
            self._audit_search()

        def show(file: StudentFile) -> None:
            self._reading = ""
            self.student_page.show_file(file)
            if select_note:
                self.student_page.journal.show_notes(
                    file.current.notes if file.current else (), select=select_note
                )
            self.pages.setCurrentWidget(self.student_page)
            if tab:
                self.student_page.show_tab(tab)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self._reading = ""
            self._report(error)

        self._reading = student_id
        self.runner.run_db(lambda: service.open_student(student_id), done=show, failed=failed)

    # -- changes ----------------------------------------------------------------------

    def run_op(
        self,
        work: Callable[[CaseloadService], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A change through the services, on the db thread. When it is done, `done` sees
        its result first, then `changed` tells every view what changed."""
        service = self.service
        if service is None:
            return

        def op() -> tuple[Any, Changes]:
            try:
                result = work(service)
            except BaseException:
                service.take_changes()
                raise
            return result, service.take_changes()

        def finished(outcome: tuple[Any, Changes]) -> None:
            result, changes = outcome
            if done is not None:
                done(result)
            if changes:
                self.changed.emit(changes)

        self.runner.run_db(op, done=finished, failed=failed or self._report)

    def _on_changed(self, changes: Changes) -> None:
        """The student on screen is read again if the change touched them (unless a read
        of them is already under way); the caseload when it is the page on screen (it is
        read again anyway whenever the person goes back to it)."""
        shown = self.student_page.file
        page = self.pages.currentWidget()
        if page is self.student_page and shown is not None and changes.touches(shown.student.id):
            if self._reading != shown.student.id:
                self.reopen_student()
        elif page is self.caseload_page:
            self.refresh_caseload()

    @property
    def user(self) -> str:
        return self.vault.identity.user if self.vault else ""

    def message(self, error: BaseException) -> str:
        return _message(self._known(error))

    def _known(self, error: BaseException) -> BaseException:
        """A raw database error as what it means: a full disk, a read-only profile, damage."""
        return session.known(error, self.profile)

    def new_student(self) -> None:
        """Ctrl+N: the aktualisering dialog, with the vault's schools to choose from."""
        service = self.service
        if service is None:
            return
        self.runner.run_db(
            lambda: [(school.name, school.id) for school in service.schools()],
            done=self.actions.new_student,
            failed=self._report,
        )

    def import_attendance(self) -> None:
        """Attendance from a school's export: the dialog, with the vault's schools."""
        service = self.service
        if service is None:
            return

        def show(schools: list[tuple[str, str]]) -> None:
            self.import_dialog = ImportDialog(self, schools)
            self.import_dialog.finished.connect(lambda _r: self.activateWindow())
            self.import_dialog.open()

        self.runner.run_db(
            lambda: [(school.name, school.id) for school in service.schools()], done=show
        )

    def show_statistics(self) -> None:
        service = self.service
        if service is None:
            return
        stats = StatisticsService(service)

        def show(schools: dict[str, str]) -> None:
            self.stats_page.set_choices(service.today(), schools)
            self.pages.setCurrentWidget(self.stats_page)
            self.city.prepare()
            self._load_statistics()

        self.runner.run_db(stats.schools, done=show)

    def _load_statistics(self) -> None:
        service = self.service
        if service is None:
            return
        if self.stats_page.city_mode():
            self.city.load()
            return
        selection = self.stats_page.selection()
        self.stats_page.show_status(self.tr("Räknar…"))
        self.runner.run_db(
            lambda: StatisticsService(service).report(selection),
            done=lambda report: (
                self.stats_page.show_status(""),
                self.stats_page.show_report(report),
            ),
            failed=lambda e: self.stats_page.show_status(self.message(e), error=True),
        )

    def _export_statistics(self, kind: str) -> None:
        service = self.service
        if service is None:
            return
        city = self.stats_page.city_mode()
        caution = export_caution(self.stats_page.selection().period, service.today())
        if not self.stats_page.confirm_export("" if city else say(caution)):
            return
        path = self.stats_page.choose_file(kind)
        if path is None:
            return
        if city:
            self.city.export(kind, path)
            return
        selection = self.stats_page.selection()

        it = self.deployment

        def work() -> None:
            stats = StatisticsService(service, Letterhead(it.district, it.logo))
            data = stats.export_pdf(selection) if kind == "pdf" else stats.export_csv(selection)
            atomic_write(path, data)

        self.runner.run_db(
            work,
            done=lambda _r: self.stats_page.show_status(
                self.tr("Sparad som {0}.").format(path.name)
            ),
            failed=lambda e: self.stats_page.show_status(self.message(e), error=True),
        )

    def refresh_caseload(self) -> None:
        self._search(self.caseload_page.search.text())

    def reopen_student(self, *, select_note: str = "") -> None:
        if self.student_page.file is not None:
            self.open_student(self.student_page.file.student.id, select_note=select_note)

    def _back_to_list(self) -> None:
        self.student_page.journal.flush()
        self.pages.setCurrentWidget(self.caseload_page)
        self._search(self.caseload_page.search.text())

    def _move_case(self, case_id: str, stage_code: str, reason: str) -> None:
        service = self.service
        if service is None:
            return
        # Closure and the boosterträff carry details of their own: ask for them.
        if stage_code == Stage.CLOSED.value:
            self.actions.start("close")
            return
        if stage_code == Stage.BOOSTER.value:
            self.actions.start("booster")
            return
        self.runner.run_db(
            lambda: service.move_case(case_id, Stage(stage_code), reason=reason),
            done=lambda _: self.reopen_student(),
            failed=lambda e: self.student_page.show_move_error(_message(e)),
        )

    def _save_draft(self, note: JournalNote) -> None:
        service = self.service
        if service is not None:
            self.runner.run_db(
                lambda: service.save_draft(note),
                done=self.student_page.journal.show_saved,
                failed=self._lost,
            )

    def _sign_note(self, note_id: str) -> None:
        """Signing, once the person has confirmed it on the journal (never from Ctrl+S)."""
        service = self.service
        if service is not None:
            self.runner.run_db(
                lambda: service.sign_note(note_id),
                done=lambda n: self.reopen_student(select_note=n.id),
                failed=self._report,
            )

    def _correct_note(self, note_id: str) -> None:
        """Rätta: the signed note beside the correction; the correction is saved as a draft
        (also when the window locks with it open: nothing typed is lost)."""
        service, original = self.service, self.student_page.journal.note(note_id)
        if service is None or original is None:
            return
        journal = self.student_page.journal
        dialog = CorrectionDialog(self, original, journal.mask(original.text))
        self.correction_dialog = dialog

        def save() -> None:
            text, disputed = dialog.text(), dialog.disputed()
            locked = bool(dialog.property("closed_by_lock"))
            self.runner.run_db(
                lambda: service.correct_note(note_id, text=text, disputed=disputed),
                done=lambda n: None if locked else self.reopen_student(select_note=n.id),
                failed=self._lost if locked else lambda e: dialog.show_error(self.message(e)),
            )

        dialog.accepted.connect(save)
        dialog.rejected.connect(
            lambda: save() if dialog.property("closed_by_lock") and dialog.text() else None
        )
        dialog.finished.connect(lambda _r: self.activateWindow())
        dialog.open()

    def _new_note(self, case_id: str) -> None:
        """Ask when it happened and what kind of contact it was, then open the editor."""
        self.actions.new_note(case_id)

    def _save_current(self) -> None:
        """Ctrl+S on the student page: the journal's draft saved now. It never signs."""
        if self.pages.currentWidget() is self.student_page:
            self.student_page.journal.save_now()

    def report(self, error: BaseException) -> None:
        self._report(error)

    def _report(self, error: BaseException) -> None:
        error = self._known(error)
        if isinstance(error, VaultDamaged):
            self._damaged(error)  # fail closed: a damaged vault is locked, the file named
            return
        self.statusBar().showMessage(_message(error), 10_000)

    # -- lock -----------------------------------------------------------------------

    def _document_menu(self) -> None:
        """Ctrl+P on the student page: the documents to choose from."""
        if self.pages.currentWidget() is self.student_page and self.service is not None:
            self.student_page.documents_button.showMenu()

    def lock(self) -> None:
        """Ctrl+L: drafts saved, keys dropped, only the unlock screen left. Every dialog is
        closed first; a form's values are kept (encrypted, in the vault) and offered back."""
        self.student_page.journal.flush()
        kept = self._open_form()
        self._close_dialogs()
        self.documents.close_all()
        self.sync.stopped()
        if self.import_dialog is not None:
            self.import_dialog.reject()
            self.import_dialog = None
        if self._search_audit.isActive():
            self._audit_search()  # recorded before the keys go
        self.backup.locking()  # the automatic backup, if due, before the vault closes
        self.idle.stop()
        vault, service = self.vault, self.service
        self.vault, self.service = None, None
        self.student_page.file = None
        self.student_page.journal.show_notes(())
        self.caseload_page.show_rows([])
        self.caseload_page.due_list.clear()
        self.caseload_page.search.clear()
        if vault is not None:
            if kept is not None and service is not None:
                self.runner.run_db(lambda: service.keep_pending_form(kept), failed=self._lost)
            self.runner.run_db(vault.lock)
        if session.exists(self.profile):
            self._show_unlock()

    def _open_form(self) -> PendingForm | None:
        """The lifecycle form on screen, as typed, with how to open it again."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FormDialog) and widget.isVisible():
                resume = widget.property("resume")
                if resume:
                    return PendingForm(
                        resume=tuple(str(part) for part in resume),
                        title=str(widget.property("resume_title")),
                        student_id=str(widget.property("student_id") or ""),
                        values=widget.snapshot(),
                    )
        return None

    def _close_dialogs(self) -> None:
        """Nothing stays on top of the unlock screen: a question asked, a file being chosen,
        a colleague's conflicts. Closing answers each as "Avbryt"."""
        for _round in range(3):  # a dialog closed may have been waiting above another
            open_now = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w is not self
            ]
            if not open_now:
                return
            for dialog in open_now:
                dialog.setProperty("closed_by_lock", True)
                dialog.reject()

    def _lost(self, error: BaseException) -> None:
        """What was typed could not be kept at the lock (a full disk): said on the unlock
        screen, instead of "Det du skrivit är sparat"."""
        log.error("what was typed could not be kept at lock: %s", type(error).__name__)
        if self.vault is None:
            self.unlock_page.error.setText(
                self.tr("Det du skrev senast kunde inte sparas: {0}").format(self.message(error))
            )
        else:
            self._report(error)

    def _offer_pending(self, form: PendingForm | None) -> None:
        """After unlocking: the form that was open at the lock, to go on with or throw away."""
        if form is None or self.service is None:
            return
        title = QCoreApplication.translate("StudentActions", form.title)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Påbörjad registrering"))
        box.setText(self.tr("Du hade en påbörjad registrering: ”{0}” – fortsätt?").format(title))
        go_on = box.addButton(self.tr("Fortsätt"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Släng"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(go_on)
        box.finished.connect(lambda _r: self._answer_pending(form, box.clickedButton() is go_on))
        self.pending_box = box
        box.open()

    def _answer_pending(self, form: PendingForm, resume: bool) -> None:
        service, box = self.service, self.pending_box
        self.pending_box = None
        if service is None or (box is not None and box.property("closed_by_lock")):
            return  # locked before the person answered: asked again at the next unlock
        self.runner.run_db(lambda: service.drop_pending_form(resumed=resume), failed=self._report)
        if not resume:
            return
        self.actions.prefill = (form.title, form.values)
        kind, *args = form.resume

        def reopen() -> None:
            if kind == "action" and args:
                self.actions.start(args[0])
            elif kind == "new_note" and args:
                self.actions.new_note(args[0])
            elif kind == "new_student":
                self.new_student()

        if form.student_id:
            self.open_student(form.student_id, then=reopen)
        else:
            reopen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._keep_size()
        self.lock()
        self.runner.shutdown()
        super().closeEvent(event)


def _message(error: BaseException) -> str:
    """The sentence for the person, in the window's language; anything unexpected gets a
    calm generic one."""
    if isinstance(error, VaultError | DomainError):
        text = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
        return say(text)
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate("MainWindow", UNEXPECTED)


UNEXPECTED = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Något gick fel. Ingenting har sparats hälften. Försök igen eller kontakta IT-supporten.",
)
