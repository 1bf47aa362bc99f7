"""The pages of the main window: create, unlock, recovery code, caseload. Layer: ui.

Pages only show things and emit what the person asked for; the window
decides what runs (through the task runner).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sstdesk.ui.caseload_model import CaseloadTableModel


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(font.pointSize() + 6)
    font.setBold(True)
    label.setFont(font)
    return label


class _Centered(QWidget):
    """A narrow column in the middle of the window, for the small forms."""

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout()
        self.column.setSpacing(12)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(440)
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

    def __init__(self) -> None:
        super().__init__()
        self.column.addStretch(1)
        self.column.addWidget(_title(self.tr("Lås upp sstdesk")))
        hint = QLabel(self.tr("Skriv din lösenfras för att öppna valvet på den här datorn."))
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
        self.progress = self.busy_bar()
        self.error = self.error_label()
        for widget in (self.passphrase, self.button, self.progress, self.error):
            self.column.addWidget(widget)
        self.column.addStretch(2)

    def _submit(self) -> None:
        if self.passphrase.text():
            self.set_busy(True)
            self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.error.clear()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()


def strength_hint(passphrase: str) -> str:
    """A plain-language hint; long phrases of several words beat clever short ones."""
    words = len(passphrase.split())
    if len(passphrase) < 8:
        return "För kort – minst 8 tecken."
    if len(passphrase) >= 20 and words >= 3:
        return "Stark lösenfras."
    if len(passphrase) >= 14:
        return "Godkänd. Fler ord gör den starkare."
    return "Svag. Använd gärna tre eller fler ord."


class CreatePage(_Centered):
    create_requested = Signal(str, str)  # user, passphrase

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
        self.button = QPushButton(self.tr("Skapa valv"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self.progress = self.busy_bar()
        self.error = self.error_label()
        for widget in (self.button, self.progress, self.error):
            self.column.addWidget(widget)
        self.column.addStretch(2)

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
        self.error.setText(message)


class RecoveryCodePage(_Centered):
    """The recovery code, shown once; the person confirms before going on."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.column.addStretch(1)
        self.column.addWidget(_title(self.tr("Din återställningskod")))
        text = QLabel(
            self.tr(
                "Skriv ner koden och förvara den inlåst. Den öppnar valvet om du glömmer "
                "lösenfrasen. Koden visas bara den här gången."
            )
        )
        text.setWordWrap(True)
        self.column.addWidget(text)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFont("DejaVu Sans Mono")
        font.setPointSize(font.pointSize() + 8)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Återställningskod"))
        self.column.addWidget(self.code)
        self.check = QCheckBox(self.tr("Jag har skrivit ner koden"))
        self.button = QPushButton(self.tr("Fortsätt"))
        self.button.setEnabled(False)
        self.check.toggled.connect(self.button.setEnabled)
        self.button.clicked.connect(self._done)
        self.column.addWidget(self.check)
        self.column.addWidget(self.button)
        self.column.addStretch(2)

    def show_code(self, code: str) -> None:
        self.code.setText(code.replace("-", " – "))
        self.check.setChecked(False)

    def _done(self) -> None:
        self.code.clear()  # never kept on screen after this
        self.confirmed.emit()


class CaseloadPage(QWidget):
    search_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = _title(self.tr("Mina elever"))
        top.addWidget(self.heading)
        top.addStretch(1)
        self.count = QLabel()
        top.addWidget(self.count)
        layout.addLayout(top)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Sök på namn, personnummer, skola eller anteckning (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Sök"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_changed)
        layout.addWidget(self.search)
        self.model = CaseloadTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Elevlista"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_rows(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n elever", "", len(rows)))
