"""Backups in the window: "Säkerhetskopiera…", the automatic backup at lock, and
"Återställ från säkerhetskopia…". Layer: ui.

The work runs on the db thread through the task runner, behind a progress bar; the
window reaches the vault only through services.backup. The entries sit in the
Inställningar menu, and restoring is offered on the first-start and unlock screens too
(a new laptop, a forgotten passphrase, a damaged vault). Restoring from the menu locks
the vault first: a vault is never replaced while it is open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from sstdesk import settings as settings_store
from sstdesk.domain.formatting import format_datetime
from sstdesk.services.backup import (
    AutoBackup,
    BackupInfo,
    BackupReport,
    BackupService,
    RestoreReport,
    has_vault,
    inspect,
    restore,
)
from sstdesk.ui.forms import fit_to_screen
from sstdesk.ui.numbers import megabytes

if TYPE_CHECKING:
    from sstdesk.ui.context import Window


def _size(size: int) -> str:
    return megabytes(size)


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # copying and checking have no steps worth counting
    bar.setTextVisible(False)
    bar.setAccessibleName(QCoreApplication.translate("BackupView", "Arbetar"))
    bar.hide()
    return bar


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c;")
    label.setAccessibleName(QCoreApplication.translate("BackupView", "Felmeddelande"))
    return label


def _folder_row(edit: QLineEdit, choose: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row


class BackupController:
    """One per window: the menu entries, the dialogs, and the automatic backup at lock."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.backup_dialog: BackupDialog | None = None
        self.auto_dialog: AutoBackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.last_auto: AutoBackup | None = None
        menu = window.caseload_page.settings_button.menu()
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("BackupView", "Säkerhetskopiera…")
        ).triggered.connect(self.back_up)
        menu.addAction(
            QCoreApplication.translate("BackupView", "Automatisk säkerhetskopiering…")
        ).triggered.connect(self.edit_auto)
        menu.addAction(
            QCoreApplication.translate("BackupView", "Återställ från säkerhetskopia…")
        ).triggered.connect(self.restore)
        window.unlock_page.restore_requested.connect(self.restore)
        self.page_buttons: list[QPushButton] = []
        for page in (window.create_page,):
            button = QPushButton(
                QCoreApplication.translate("BackupView", "Återställ från säkerhetskopia…")
            )
            button.setFlat(True)
            button.clicked.connect(self.restore)
            page.column.insertWidget(page.column.count() - 1, button)  # above the last stretch
            self.page_buttons.append(button)
        self.page_buttons.append(window.unlock_page.restore_button)

    # -- by hand ------------------------------------------------------------------

    def back_up(self) -> None:
        service = self.window.service
        if service is None:
            return
        self.backup_dialog = BackupDialog(self.window, BackupService(service))
        self.backup_dialog.open()

    def edit_auto(self) -> None:
        self.auto_dialog = AutoBackupDialog(self.window)
        self.auto_dialog.open()

    def restore(self) -> None:
        if self.window.vault is not None:
            self.window.lock()  # never replace an open vault
        self.restore_dialog = RestoreDialog(self.window, self._restored)
        self.restore_dialog.open()

    def _restored(self, report: RestoreReport) -> None:
        window = self.window
        window.unlock_page.reset()
        window.pages.setCurrentWidget(window.unlock_page)
        window.unlock_page.passphrase.setFocus()
        text = QCoreApplication.translate(
            "BackupView",
            "Dina uppgifter är återställda från säkerhetskopian från {0} ({1} poster). "
            "Lås upp dem.",
        ).format(format_datetime(report.created.astimezone()), report.records)
        if report.kept:
            text += " " + QCoreApplication.translate(
                "BackupView",
                "Uppgifterna som fanns på datorn förut är sparade bredvid, orörda ({0}).",
            ).format(report.kept[0].name)
        window.statusBar().showMessage(text)

    # -- at lock ----------------------------------------------------------------------

    def locking(self) -> None:
        """The window is locking with the vault still open: close the dialogs, and queue the
        automatic backup if one is due (on the db thread, ahead of the vault's closing)."""
        for dialog in (self.backup_dialog, self.auto_dialog):
            if dialog is not None:
                dialog.reject()
        if self.backup_dialog is not None:
            self.backup_dialog.passphrase.clear()  # a typed passphrase never outlives the lock
            self.backup_dialog.deleteLater()
        self.backup_dialog = self.auto_dialog = None
        service, chosen = self.window.service, self.window.settings
        if service is None or not chosen.backup_folder:
            return
        self.window.runner.run_db(
            lambda: BackupService(service).auto_backup(chosen),
            done=self._auto_done,
            failed=self._auto_failed,
        )

    def _auto_done(self, result: AutoBackup) -> None:
        self.last_auto = result
        if result.note:
            self.window.statusBar().showMessage(result.note)
        elif result.report is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "BackupView", "Automatisk säkerhetskopia sparad och kontrollerad: {0}."
                ).format(result.report.path.name),
                15_000,
            )

    def _auto_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "BackupView", "Den automatiska säkerhetskopian kunde inte göras: {0}"
            ).format(self.window.message(error))
        )


class BackupDialog(QDialog):
    """A folder, the passphrase to open the copy with, and a button."""

    def __init__(self, window: Window, service: BackupService) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.report: BackupReport | None = None
        self.setWindowTitle(self.tr("Säkerhetskopiera dina uppgifter"))
        fit_to_screen(self, 620, 360, window)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Säkerhetskopian är en krypterad fil med alla dina uppgifter i programmet. "
                "Den öppnas "
                "bara med din lösenfras eller återställningskoden. Spara den på ett USB-minne "
                "eller en annan disk och förvara den inlåst."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = QLineEdit(window.settings.backup_folder)
        self.folder.setAccessibleName(self.tr("Mapp"))
        self.choose_button = QPushButton(self.tr("Välj mapp…"))
        self.choose_button.clicked.connect(self._choose)
        form.addRow(self.tr("Mapp"), _folder_row(self.folder, self.choose_button))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Din lösenfras"))
        self.passphrase.returnPressed.connect(self.start)
        form.addRow(self.tr("Din lösenfras"), self.passphrase)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Kopian provöppnas med lösenfrasen innan den räknas som gjord: varje sida, "
                "loggkedjan och antalet poster kontrolleras."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.progress = _busy_bar()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Resultat"))
        layout.addWidget(self.status)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("Säkerhetskopiera"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Stäng"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def choose_folder(self) -> Path | None:
        """The operating system's folder dialog (tests answer it)."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för säkerhetskopian"), self.folder.text() or str(Path.home())
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        folder = self.choose_folder()
        if folder is not None:
            self.folder.setText(str(folder))

    def start(self) -> None:
        folder, passphrase = self.folder.text().strip(), self.passphrase.text()
        if not folder:
            self.error.setText(self.tr("Välj en mapp att spara säkerhetskopian i."))
            return
        if not passphrase:
            self.error.setText(self.tr("Skriv din lösenfras: kopian provöppnas med den."))
            return
        self._busy(True)
        self.status.setText(self.tr("Kopierar dina uppgifter och kontrollerar kopian…"))
        service = self.service
        self.window.runner.run_db(
            lambda: service.back_up(Path(folder), passphrase=passphrase),
            done=self._done,
            failed=self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.start_button, self.choose_button, self.folder, self.passphrase):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear()

    def _done(self, report: BackupReport) -> None:
        self.report = report
        self._busy(False)
        self.passphrase.clear()
        self.status.setText(
            self.tr(
                "Klart: {0} är sparad i {1} ({2}) och kontrollerad. Den gick att öppna med din "
                "lösenfras, alla {3} poster finns med och loggkedjan är hel."
            ).format(report.path.name, report.path.parent, _size(report.size), report.records)
        )
        self.start_button.hide()
        self.close_button.setDefault(True)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.clear()
        self.passphrase.clear()  # typed again for the next try, never kept in the field
        self.error.setText(self.window.message(error))


class AutoBackupDialog(QDialog):
    """The folder the automatic backup goes to at lock, and how many it keeps."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Automatisk säkerhetskopiering"))
        fit_to_screen(self, 620, 300, window)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "När du låser programmet eller stänger det görs en säkerhetskopia i mappen, om "
                "den senaste där är minst ett dygn gammal. Mappen behåller de senaste "
                "automatiska kopiorna; kopior du gjort själv tas aldrig bort. Lämna mappen tom "
                "för att stänga av."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        chosen, it = window.settings, window.deployment
        self.folder = QLineEdit(chosen.backup_folder)
        self.folder.setAccessibleName(self.tr("Mapp"))
        self.choose_button = QPushButton(self.tr("Välj mapp…"))
        self.choose_button.clicked.connect(self._choose)
        form.addRow(self.tr("Mapp"), _folder_row(self.folder, self.choose_button))
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(chosen.backup_keep)
        self.keep.setAccessibleName(self.tr("Antal kopior att behålla"))
        form.addRow(self.tr("Antal kopior att behålla"), self.keep)
        layout.addLayout(form)
        locked = [key for key in ("backup_folder", "backup_keep") if it.is_locked(key)]
        if locked:
            note = QLabel(self.tr("Det som är gråmarkerat bestäms av IT och kan inte ändras här."))
            note.setWordWrap(True)
            layout.addWidget(note)
        if "backup_folder" in locked:
            self.folder.setEnabled(False)
            self.choose_button.setEnabled(False)
        if "backup_keep" in locked:
            self.keep.setEnabled(False)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Spara"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def choose_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Välj mapp för säkerhetskopiorna"), self.folder.text() or str(Path.home())
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        folder = self.choose_folder()
        if folder is not None:
            self.folder.setText(str(folder))

    def save(self) -> None:
        window = self.window
        folder = self.folder.text().strip()
        inside = Path(folder).expanduser().resolve() if folder else None
        if inside is not None and window.profile.resolve() in (inside, *inside.parents):
            self.error.setText(
                self.tr("Välj en mapp utanför profilmappen, helst på ett USB-minne.")
            )
            return
        window.settings = dataclasses.replace(
            window.settings, backup_folder=folder, backup_keep=self.keep.value()
        ).checked()
        try:
            settings_store.save(window.profile, window.settings, window.deployment)
        except OSError:
            self.error.setText(self.tr("Inställningarna kunde inte sparas. Försök igen."))
            return
        window.statusBar().showMessage(
            self.tr("Automatisk säkerhetskopiering till {0}.").format(folder)
            if folder
            else self.tr("Automatisk säkerhetskopiering är avstängd."),
            10_000,
        )
        self.accept()


class RestoreDialog(QDialog):
    """A backup file, the passphrase or recovery code it opens with, and a confirmation when
    a vault is there to be replaced (it is kept, never overwritten)."""

    def __init__(self, window: Window, restored: Callable[[RestoreReport], None]) -> None:
        super().__init__(window)
        self.window = window
        self._restored = restored
        self.path: Path | None = None
        self.info: BackupInfo | None = None
        self.report: RestoreReport | None = None
        self.replaces = has_vault(window.profile)
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        fit_to_screen(self, 640, 460, window)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Välj säkerhetskopian (en .sstbak-fil) och skriv lösenfrasen som gällde när den "
                "gjordes, eller återställningskoden. Kopian kontrolleras innan något ändras."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.file_label = QLabel(self.tr("Ingen fil vald."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Välj fil…"))
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        form.addRow(self.tr("Säkerhetskopia"), row)
        # On a row of its own: a wrapped label beside a button is given one line's height.
        form.addRow(self.file_label)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Lösenfrasen"), "passphrase")
        self.mode.addItem(self.tr("Återställningskoden"), "recovery")
        self.mode.setAccessibleName(self.tr("Öppna med"))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        form.addRow(self.tr("Öppna med"), self.mode)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Lösenfras eller kod"))
        form.addRow(self.tr("Lösenfras eller kod"), self.secret)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase.setAccessibleName(self.tr("Ny lösenfras"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa den nya lösenfrasen"))
        self.new_label = QLabel(self.tr("Ny lösenfras"))
        self.repeat_label = QLabel(self.tr("Upprepa"))
        form.addRow(self.new_label, self.new_passphrase)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        self.confirm = QCheckBox(
            self.tr(
                "Jag förstår att uppgifterna i programmet på den här datorn ersätts av "
                "säkerhetskopians. De tas inte bort utan sparas bredvid, i programmets mapp."
            )
        )
        self.confirm.setVisible(self.replaces)
        layout.addWidget(self.confirm)
        self.progress = _busy_bar()
        layout.addWidget(self.progress)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("Återställ"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self._mode_changed()

    def choose_file(self) -> Path | None:
        """The operating system's file dialog (tests answer it)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj säkerhetskopia"),
            self.window.settings.backup_folder or str(Path.home()),
            self.tr("Säkerhetskopior från sstdesk (*.sstbak)"),
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        self.path, self.info = path, None
        self.start_button.setEnabled(False)
        self.error.clear()
        self.file_label.setText(path.name)
        self.window.runner.run_db(lambda: inspect(path), done=self._inspected, failed=self._failed)

    def _inspected(self, info: BackupInfo) -> None:
        self.info = info
        how = self.tr("automatisk") if info.automatic else self.tr("gjord för hand")
        self.file_label.setText(
            self.tr("{0}: säkerhetskopia från {1} ({2}, {3}).").format(
                info.path.name, format_datetime(info.created.astimezone()), _size(info.size), how
            )
        )
        self.start_button.setEnabled(True)
        self.secret.setFocus()

    def _mode_changed(self) -> None:
        code = self.mode.currentData() == "recovery"
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            self.tr("t.ex. 2VBD-N8NC-SZC4-SR7K-M3QX") if code else self.tr("Lösenfras")
        )
        for widget in (self.new_passphrase, self.repeat, self.new_label, self.repeat_label):
            widget.setVisible(code)

    def start(self) -> None:
        path, secret = self.path, self.secret.text()
        code = self.mode.currentData() == "recovery"
        if path is None or self.info is None:
            self.error.setText(self.tr("Välj säkerhetskopian först."))
            return
        if not secret.strip():
            self.error.setText(
                self.tr("Skriv återställningskoden.") if code else self.tr("Skriv lösenfrasen.")
            )
            return
        new = self.new_passphrase.text() if code else None
        if code and new != self.repeat.text():
            self.error.setText(self.tr("De nya lösenfraserna stämmer inte överens."))
            return
        if self.replaces and not self.confirm.isChecked():
            self.error.setText(
                self.tr("Bekräfta att uppgifterna på datorn ersätts (de sparas bredvid).")
            )
            return
        self._busy(True)
        profile = self.window.profile

        def work() -> RestoreReport:
            if code:
                return restore(path, profile, recovery_code=secret, new_passphrase=new)
            return restore(path, profile, passphrase=secret)

        self.window.runner.run_db(work, done=self._done, failed=self._failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.start_button, self.choose_button, self.secret, self.mode):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.error.clear()

    def _done(self, report: RestoreReport) -> None:
        self.report = report
        self._busy(False)
        self.secret.clear()
        self.new_passphrase.clear()
        self.repeat.clear()
        self.accept()
        self._restored(report)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.start_button.setEnabled(self.info is not None)
        self.error.setText(self.window.message(error))
