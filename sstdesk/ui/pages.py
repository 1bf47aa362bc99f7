"""The pages of the main window: create, unlock, recover, recovery code, caseload. Layer: ui.

Pages only show things and emit what the person asked for; the window
decides what runs (through the task runner).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPagedPaintDevice, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.agenda import Entry as AgendaEntry
from sstdesk.domain.agenda import to_do
from sstdesk.domain.codes import ENDED_STAGES, Stage
from sstdesk.domain.formatting import format_date
from sstdesk.services.views import CaseloadRow
from sstdesk.ui.agenda import AgendaView
from sstdesk.ui.caseload_model import CaseloadTableModel
from sstdesk.ui.labels import label
from sstdesk.ui.style import PRIMARY


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(font.pointSize() + 6)
    font.setBold(True)
    label.setFont(font)
    return label


class _Centered(QWidget):
    """A narrow column in the middle of the window, for the small forms."""

    def __init__(self, width: int = 440) -> None:
        super().__init__()
        self.column = QVBoxLayout()
        self.column.setSpacing(12)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(width)
        holder.setLayout(self.column)
        outer.addWidget(holder, 2)
        outer.addStretch(1)

    def busy_bar(self) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 0)  # indeterminate: key derivation has no steps to count
        bar.setTextVisible(False)
        bar.setAccessibleName(self.tr("Arbetar"))
        bar.hide()
        return bar

    def error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #a4262c;")
        label.setAccessibleName(self.tr("Felmeddelande"))
        return label


class UnlockPage(_Centered):
    unlock_requested = Signal(str)
    forgot_requested = Signal()
    restore_requested = Signal()
    start_over_requested = Signal(str)  # the confirming word, as typed

    def __init__(self) -> None:
        super().__init__()
        self.column.addStretch(1)
        self.column.addWidget(_title(self.tr("Lås upp sstdesk")))
        hint = QLabel(
            self.tr("Skriv din lösenfras för att öppna dina uppgifter på den här datorn.")
        )
        hint.setWordWrap(True)
        self.column.addWidget(hint)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.passphrase.setPlaceholderText(self.tr("Lösenfras"))
        self.passphrase.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Lås upp"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.forgot_button = QPushButton(self.tr("Glömt lösenfrasen?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.progress = self.busy_bar()
        self.error = self.error_label()
        for widget in (self.passphrase, self.button, self.forgot_button, self.progress, self.error):
            self.column.addWidget(widget)
        # Always there, quietly; the first way out when the vault's files cannot be opened.
        self.restore_button = QPushButton(self.tr("Återställ från säkerhetskopia…"))
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        self.start_over_button = QPushButton(self.tr("Börja om från början, utan uppgifter…"))
        self.start_over_button.setFlat(True)
        self.start_over_button.clicked.connect(self._ask_start_over)
        self.confirm_label = QLabel(
            self.tr(
                "Programmet börjar om utan uppgifter, med en ny lösenfras. Den krypterade filen "
                "med dina uppgifter tas inte bort utan läggs i en egen mapp på datorn. Skriv "
                "BÖRJA OM för att bekräfta."
            )
        )
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Bekräfta med BÖRJA OM"))
        self.confirm.setPlaceholderText("BÖRJA OM")
        self.confirm_button = QPushButton(self.tr("Börja om"))
        self.confirm_button.clicked.connect(
            lambda: self.start_over_requested.emit(self.confirm.text())
        )
        self.confirm.returnPressed.connect(self.confirm_button.click)
        self.confirming = (self.confirm_label, self.confirm, self.confirm_button)
        self.column.addWidget(self.restore_button)
        for widget in (self.start_over_button, *self.confirming):
            self.column.addWidget(widget)
            widget.hide()
        self.column.addStretch(2)

    def _submit(self) -> None:
        if self.passphrase.text():
            self.set_busy(True)
            self.unlock_requested.emit(self.passphrase.text())

    def _ask_start_over(self) -> None:
        for widget in self.confirming:
            widget.show()
        self.confirm.clear()
        self.confirm.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.error.clear()

    def show_error(self, message: str, *, damaged: bool = False) -> None:
        """`damaged`: the vault's files cannot be opened; offer restoring or starting over."""
        self.set_busy(False)
        self.error.setText(message)
        self.restore_button.setFlat(not damaged)
        self.start_over_button.setVisible(damaged)
        if not damaged:
            for widget in self.confirming:
                widget.hide()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.error.clear()
        self.restore_button.setFlat(True)
        for widget in (self.start_over_button, *self.confirming):
            widget.hide()
        self.passphrase.setFocus()


def strength_hint(passphrase: str) -> str:
    """A plain-language hint; long phrases of several words beat clever short ones."""
    words = len(passphrase.split())
    if len(passphrase) < 8:
        hint = QT_TRANSLATE_NOOP("PassphraseHint", "För kort – minst 8 tecken.")
    elif len(passphrase) >= 20 and words >= 3:
        hint = QT_TRANSLATE_NOOP("PassphraseHint", "Stark lösenfras.")
    elif len(passphrase) >= 14:
        hint = QT_TRANSLATE_NOOP("PassphraseHint", "Godkänd. Fler ord gör den starkare.")
    else:
        hint = QT_TRANSLATE_NOOP("PassphraseHint", "Svag. Använd gärna tre eller fler ord.")
    return QCoreApplication.translate("PassphraseHint", hint)


class CreatePage(_Centered):
    create_requested = Signal(str, str)  # user, passphrase
    demo_requested = Signal(str)  # passphrase for the demo profile

    def __init__(self) -> None:
        super().__init__()
        self.column.addStretch(1)
        self.column.addWidget(_title(self.tr("Välkommen till sstdesk")))
        intro = QLabel(
            self.tr(
                "Allt du skriver sparas krypterat på den här datorn. Välj en lösenfras som "
                "bara du känner till – gärna flera ord."
            )
        )
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        form = QFormLayout()
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Användarnamn"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa lösenfrasen"))
        self.strength = QLabel()
        self.passphrase.textChanged.connect(
            lambda text: self.strength.setText(self.tr(strength_hint(text)))
        )
        form.addRow(self.tr("Användarnamn"), self.user)
        form.addRow(self.tr("Lösenfras"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Upprepa"), self.repeat)
        self.column.addLayout(form)
        self.button = QPushButton(self.tr("Börja använda programmet"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self.demo_button = QPushButton(self.tr("Prova först med påhittade elever (demoprofil)"))
        self.demo_button.setFlat(True)
        self.demo_button.clicked.connect(self._demo)
        self.progress = self.busy_bar()
        self.error = self.error_label()
        for widget in (self.button, self.demo_button, self.progress, self.error):
            self.column.addWidget(widget)
        self.column.addStretch(2)

    def _demo(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("Lösenfraserna stämmer inte överens."))
            return
        self.error.clear()
        self.progress.show()
        self.demo_button.setEnabled(False)
        self.demo_requested.emit(self.passphrase.text())

    def _submit(self) -> None:
        if not self.user.text().strip():
            self.error.setText(self.tr("Ange ditt användarnamn."))
            return
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("Lösenfraserna stämmer inte överens."))
            return
        self.error.clear()
        self.progress.show()
        self.button.setEnabled(False)
        self.create_requested.emit(self.user.text().strip(), self.passphrase.text())

    def show_error(self, message: str) -> None:
        self.progress.hide()
        self.button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.error.setText(message)


class RecoverPage(_Centered):
    """Forgot the passphrase: the printed recovery code, then a new passphrase."""

    recover_requested = Signal(str, str)  # code, new passphrase
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__(width=520)
        self.column.addStretch(1)
        self.column.addWidget(_title(self.tr("Glömt lösenfrasen?")))
        intro = QLabel(
            self.tr(
                "Skriv in återställningskoden som du fick när du började använda programmet. "
                "Stora eller "
                "små bokstäver och bindestreck spelar ingen roll. Välj sedan en ny lösenfras."
            )
        )
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Återställningskod"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 4)
        self.code.setFont(mono)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Ny lösenfras"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa den nya lösenfrasen"))
        self.strength = QLabel()
        self.passphrase.textChanged.connect(
            lambda text: self.strength.setText(self.tr(strength_hint(text)))
        )
        form = QFormLayout()
        form.addRow(self.tr("Återställningskod"), self.code)
        form.addRow(self.tr("Ny lösenfras"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Upprepa"), self.repeat)
        self.column.addLayout(form)
        self.button = QPushButton(self.tr("Öppna dina uppgifter med koden"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self.back_button = QPushButton(self.tr("Tillbaka"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_requested)
        self.progress = self.busy_bar()
        self.error = self.error_label()
        for widget in (self.button, self.back_button, self.progress, self.error):
            self.column.addWidget(widget)
        self.column.addStretch(2)

    def _submit(self) -> None:
        if not self.code.text().strip():
            self.error.setText(self.tr("Skriv in återställningskoden."))
            return
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("Lösenfraserna stämmer inte överens."))
            return
        self.set_busy(True)
        self.recover_requested.emit(self.code.text(), self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.button, self.back_button, self.code, self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        if busy:
            self.error.clear()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    def reset(self) -> None:
        for field in (self.code, self.passphrase, self.repeat):
            field.clear()
        self.set_busy(False)
        self.error.clear()
        self.code.setFocus()


class RecoveryCodePage(_Centered):
    """The recovery code, shown once in large groups; it can be printed; the person
    confirms before going on."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__(width=720)
        self.column.addStretch(1)
        self.heading = _title(self.tr("Din återställningskod"))
        self.column.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.column.addWidget(self.text)
        self.code_font = QFont("DejaVu Sans Mono")
        self.code_font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_font.setPointSize(self.code_font.pointSize() + 10)
        self.code_font.setBold(True)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addStretch(1)
        self.groups: list[QLabel] = []
        for n in range(5):
            group = QLabel()
            group.setFont(self.code_font)
            group.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # Never narrower than its four characters: a clipped code cannot be written down.
            group.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            group.setAlignment(Qt.AlignmentFlag.AlignCenter)
            group.setAccessibleName(self.tr("Kodens grupp {0}").format(n + 1))
            group.setStyleSheet(
                "padding: 6px 10px; border: 1px solid #8a8886; border-radius: 4px;"
                "background: #ffffff; color: #201f1e;"
            )
            self.groups.append(group)
            row.addWidget(group)
        row.addStretch(1)
        self.column.addLayout(row)
        self.print_button = QPushButton(self.tr("Skriv ut koden…"))
        self.print_button.clicked.connect(self._print)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.check = QCheckBox(self.tr("Jag har skrivit ner eller skrivit ut koden"))
        self.button = QPushButton(self.tr("Fortsätt"))
        self.button.setEnabled(False)
        self.check.toggled.connect(self.button.setEnabled)
        self.button.clicked.connect(self._done)
        for widget in (self.print_button, self.status, self.check, self.button):
            self.column.addWidget(widget)
        self.column.addStretch(2)
        self._code = ""

    def show_code(self, code: str, *, replaced: bool = False) -> None:
        """`replaced`: a new code after the old one was used; the old one no longer works."""
        self._code = code
        for group, text in zip(self.groups, code.split("-"), strict=False):
            group.setText(text)
        self.heading.setText(
            self.tr("Din nya återställningskod") if replaced else self.tr("Din återställningskod")
        )
        self.text.setText(
            self.tr(
                "Den gamla koden öppnar inte längre dina uppgifter på den här datorn. "
                "Skriv ner eller "
                "skriv ut den nya koden och förvara den inlåst. Den visas bara den här gången. "
                "Säkerhetskopior som gjorts tidigare öppnas fortfarande med den kod och den "
                "lösenfras som gällde då."
            )
            if replaced
            else self.tr(
                "Skriv ner eller skriv ut koden och förvara den inlåst. "
                "Den öppnar dina uppgifter om "
                "du glömmer lösenfrasen. Koden visas bara den här gången."
            )
        )
        self.status.clear()
        self.check.setChecked(False)

    def code_text(self) -> str:
        return "-".join(group.text() for group in self.groups)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("sstdesk")  # what the print queue shows: never the code
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)  # paper only
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # A file with the code on disk would open the vault to whoever finds it.
            self.status.setText(self.tr("Skriv ut koden på papper, inte till en fil."))
            return
        self.paint(printer)
        self.status.setText(self.tr("Koden är skickad till skrivaren."))

    def paint(self, device: QPagedPaintDevice) -> None:
        """One page: what the code is for, the code in large groups, where to keep it."""
        painter = QPainter(device)
        try:
            page = device.pageLayout().paintRectPixels(device.resolution())
            dpi = device.resolution()
            left, y, width = page.left() + dpi, page.top() + dpi, page.width() - 2 * dpi
            heading = QFont("DejaVu Sans", 18, QFont.Weight.Bold)
            painter.setFont(heading)
            painter.drawText(left, y, self.tr("sstdesk – återställningskod"))
            body = QFont("DejaVu Sans", 11)
            painter.setFont(body)
            y += dpi // 2
            lines = [
                self.tr("Koden öppnar uppgifterna på datorn om lösenfrasen glöms bort."),
                self.tr("Förvara papperet inlåst, skilt från datorn. Visa det inte för någon."),
                self.tr("Utskriven {0}.").format(format_date(dt.date.today())),
            ]
            for line in lines:
                painter.drawText(left, y, line)
                y += dpi // 3
            code = QFont("DejaVu Sans Mono", 26, QFont.Weight.Bold)
            painter.setFont(code)
            y += dpi // 2
            painter.drawText(
                left, y, width, dpi, Qt.AlignmentFlag.AlignLeft, "  ".join(self._code.split("-"))
            )
        finally:
            painter.end()

    def _done(self) -> None:
        for group in self.groups:
            group.clear()  # never kept on screen after this
        self._code = ""
        self.confirmed.emit()


COLUMN_WIDTHS = (170, 110, 140, 36, 160, 100, 190)


class CaseloadPage(QWidget):
    """The due list beside the caseload; filters narrow the rows already loaded."""

    search_changed = Signal(str)
    student_chosen = Signal(str)  # student id
    new_student_requested = Signal()
    demo_requested = Signal()  # from the empty caseload: try the program on made-up students
    due_chosen = Signal(str, str)  # student id, student-page tab key (see StudentPage.show_tab)
    settings_requested = Signal()
    team_settings_requested = Signal()
    key_rotation_requested = Signal()
    passphrase_change_requested = Signal()
    school_year_requested = Signal()  # Läsårsskifte…
    lock_requested = Signal()
    import_requested = Signal()
    statistics_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._all: list[CaseloadRow] = []
        self.today = dt.date.today()
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)

        due_box = QWidget()
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_heading = _title(self.tr("Att göra"))
        due_layout.addWidget(self.due_heading)
        self.due_list = AgendaView()
        self.due_list.open_requested.connect(self.due_chosen)
        due_layout.addWidget(self.due_list, 1)
        splitter.addWidget(due_box)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = _title(self.tr("Mina elever"))
        top.addWidget(self.heading)
        self.new_button = QPushButton(self.tr("+ Ny aktualisering"))
        self.new_button.setToolTip(self.tr("Aktualisera en ny elev (Ctrl+N)"))
        self.new_button.setStyleSheet(PRIMARY)
        self.new_button.clicked.connect(self.new_student_requested)
        top.addWidget(self.new_button)
        top.addStretch(1)
        self.count = QLabel()
        top.addWidget(self.count)
        self.settings_button = QPushButton(self.tr("Inställningar"))
        settings_menu = QMenu(self.settings_button)
        settings_menu.addAction(self.tr("Mina inställningar…")).triggered.connect(
            self.settings_requested
        )
        settings_menu.addAction(self.tr("Teamets inställningar…")).triggered.connect(
            self.team_settings_requested
        )
        settings_menu.addAction(self.tr("Läsårsskifte…")).triggered.connect(
            self.school_year_requested
        )
        settings_menu.addAction(self.tr("Byt lösenfras…")).triggered.connect(
            self.passphrase_change_requested
        )
        settings_menu.addAction(self.tr("Byt teamnyckel…")).triggered.connect(
            self.key_rotation_requested
        )
        self.settings_button.setMenu(settings_menu)
        self.lock_button = QPushButton(self.tr("Lås (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.import_button = QPushButton(self.tr("Importera närvaro…"))
        self.import_button.clicked.connect(self.import_requested)
        top.addWidget(self.import_button)
        self.stats_button = QPushButton(self.tr("Statistik"))
        self.stats_button.clicked.connect(self.statistics_requested)
        top.addWidget(self.stats_button)
        top.addWidget(self.settings_button)
        top.addWidget(self.lock_button)
        layout.addLayout(top)
        # Sync: where it stands, and the ways to act on it.
        sync = QHBoxLayout()
        self.sync_status = QLabel()
        self.sync_status.setWordWrap(True)  # a long reason from the server never widens the page
        self.sync_status.setAccessibleName(self.tr("Synkronisering"))
        self.sync_busy = QProgressBar()
        self.sync_busy.setRange(0, 0)
        self.sync_busy.setMaximumWidth(120)
        self.sync_busy.setTextVisible(False)
        self.sync_busy.hide()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setStyleSheet("color: #a4262c;")
        self.conflicts_button.setAccessibleName(self.tr("Konflikter att lösa"))
        self.conflicts_button.hide()
        self.parked_button = QPushButton()
        self.parked_button.setStyleSheet("color: #a4262c;")
        self.parked_button.setAccessibleName(self.tr("Ändringar som servern inte tog emot"))
        self.parked_button.hide()
        self.devices_button = QPushButton()
        self.devices_button.setAccessibleName(self.tr("Datorer som väntar på godkännande"))
        self.devices_button.hide()
        # The same child registered twice, or a change from the team that could not be read.
        self.attention_button = QPushButton()
        self.attention_button.setStyleSheet("color: #a4262c;")
        self.attention_button.setAccessibleName(self.tr("Att åtgärda efter synkronisering"))
        self.attention_button.hide()
        self.connect_button = QPushButton(self.tr("Anslut till server…"))
        self.sync_button = QPushButton(self.tr("Synkronisera"))
        sync.addWidget(self.sync_status, 1)
        sync.addWidget(self.sync_busy)
        sync.addWidget(self.connect_button)
        sync.addWidget(self.sync_button)
        layout.addLayout(sync)
        # What sync asks of the person, on a row of its own so that every notice fits.
        notices = QHBoxLayout()
        for button in (
            self.conflicts_button,
            self.parked_button,
            self.attention_button,
            self.devices_button,
        ):
            notices.addWidget(button)
        notices.addStretch(1)
        layout.addLayout(notices)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Sök på namn, personnummer, skola eller anteckning (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Sök"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_changed)
        self.search.textChanged.connect(self._search_emptied)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        self.school_filter = QComboBox()
        self.school_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.school_filter.setAccessibleName(self.tr("Filtrera på skola"))
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Filtrera på steg"))
        # The stages the list holds (an ended case is not on it); by position: Qt returns str.
        self._stages: list[Stage | None] = [None, *(s for s in Stage if s not in ENDED_STAGES)]
        self.stage_filter.addItem(self.tr("Alla steg"))
        for stage in self._stages[1:]:
            self.stage_filter.addItem(label(stage))  # type: ignore[arg-type]
        self.due_filter = QCheckBox(self.tr("Något förfaller inom en vecka"))
        for widget in (self.school_filter, self.stage_filter):
            widget.currentIndexChanged.connect(self._apply)
            filters.addWidget(widget)
        self.due_filter.toggled.connect(self._apply)
        filters.addWidget(self.due_filter)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.model = CaseloadTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Elevlista"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed widths the person can drag: sizing to contents measures every row on each
        # reset, which at 10,000 students costs more than the search itself.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            # never narrower than its heading, in whatever language it is ("Personal ID …")
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.table, 1)
        # A search that finds no one says so, in place of an empty table.
        self.no_match = QLabel()
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setWordWrap(True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setContentsMargins(0, 24, 0, 0)
        self.no_match.hide()
        layout.addWidget(self.no_match, 1)
        # The first start: nobody in the caseload yet, and the two ways on from there.
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 48, 0, 0)
        empty.addWidget(_title(self.tr("Inga elever ännu")), 0, Qt.AlignmentFlag.AlignHCenter)
        hint = QLabel(
            self.tr(
                "När en skola aktualiserar en elev lägger du till eleven här. Allt du skriver "
                "sparas krypterat på den här datorn."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty.addWidget(hint)
        self.first_button = QPushButton(self.tr("Lägg till din första elev"))
        self.first_button.setStyleSheet(PRIMARY)
        self.first_button.clicked.connect(self.new_student_requested)
        empty.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.demo_button = QPushButton(self.tr("Öppna demoprofilen (påhittade elever)…"))
        self.demo_button.setFlat(True)
        self.demo_button.clicked.connect(self.demo_requested)
        empty.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(1)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def _search_emptied(self, text: str) -> None:
        """The message names what was typed: it goes as soon as the search is emptied (at
        Ctrl+L too, when no search runs that would redraw the list)."""
        if not text.strip():
            self.no_match.clear()
            self.no_match.hide()
            self.empty.setVisible(not self._all)
            self.table.setVisible(bool(self._all))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self._all = list(rows)
        chosen = self.school_filter.currentData()
        self.school_filter.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("Alla skolor"), None)
        for name, school_id in sorted(
            {(r.school, r.school_id) for r in rows if not r.protected_identity}
        ):
            self.school_filter.addItem(name, school_id)
        self.school_filter.setCurrentIndex(max(0, self.school_filter.findData(chosen)))
        self.school_filter.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        school = self.school_filter.currentData()
        stage = self._stages[max(0, self.stage_filter.currentIndex())]
        week = self.today + dt.timedelta(days=7)
        shown = [
            r
            for r in self._all
            # A protected student is never shown under a school: that would name it.
            if (school is None or (r.school_id == school and not r.protected_identity))
            and (stage is None or r.stage is stage)
            and (not self.due_filter.isChecked() or (r.next_due is not None and r.next_due <= week))
        ]
        self.model.set_rows(shown)
        self.count.setText(self.tr("%n elever", "", len(shown)))
        typed = self.search.text().strip()
        if typed and not shown:
            if self._all:
                message = self.tr("Inga elever matchar ”{0}” med de valda filtren.")
            else:
                message = self.tr("Inga elever matchar ”{0}”")
            self.no_match.setText(message.format(typed))
        nobody = bool(typed) and not shown
        first = not typed and not self._all
        self.no_match.setVisible(nobody)
        self.empty.setVisible(first)
        self.table.setVisible(not nobody and not first)

    def show_due(self, agenda: Sequence[AgendaEntry], today: dt.date) -> None:
        """Att göra as an agenda; the heading counts what needs doing by Sunday."""
        self.today = today
        self.due_list.show_entries(agenda)
        count = to_do(agenda)
        self.due_heading.setText(
            self.tr("Att göra ({0})").format(count) if count else self.tr("Att göra")
        )
        # The count is what needs doing by Sunday, not every line below it: said on hover.
        self.due_heading.setToolTip(
            self.tr(
                "%n uppgifter att göra senast på söndag. Möten och det som förfaller senare "
                "räknas inte.",
                "",
                count,
            )
        )
