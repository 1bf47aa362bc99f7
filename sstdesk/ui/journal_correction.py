"""Rätta: the signed note, read-only, beside the correction being written. Layer: ui.

The signed note never changes (SoL 11:5); a correction is a new draft that
refers to it, signed like any note once it is done. The dialog writes nothing
itself: the window saves what it gives back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sstdesk.domain.formatting import format_date, format_datetime
from sstdesk.domain.model import JournalNote
from sstdesk.ui.labels import label


class CorrectionDialog(QDialog):
    """`text()` and `disputed()` once accepted; `show_error` puts it back with a refusal."""

    def __init__(self, parent: QWidget | None, original: JournalNote, shown_text: str) -> None:
        super().__init__(parent)
        self.original = original
        self.setWindowTitle(self.tr("Rätta anteckning"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Den signerade anteckningen står kvar som den är. Rättelsen blir en ny "
                "anteckning som hänvisar till den. Du signerar rättelsen när den är klar."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # The two texts side by side, their headings on one row.
        sides = QGridLayout()
        heading = QLabel(
            self.tr("Originalet: {0} {1}, signerat {2} av {3}").format(
                format_date(original.event_date),
                label(original.contact_type).lower(),
                format_datetime(original.signed_at),
                original.signed_by,
            )
        )
        heading.setWordWrap(True)
        sides.addWidget(heading, 0, 0, Qt.AlignmentFlag.AlignBottom)
        self.original_view = QPlainTextEdit(shown_text)
        self.original_view.setReadOnly(True)
        self.original_view.setAccessibleName(self.tr("Den signerade anteckningen"))
        self.original_view.setStyleSheet("QPlainTextEdit { background: #f4f6f8; }")
        sides.addWidget(self.original_view, 1, 0)
        sides.addWidget(QLabel(self.tr("Rättelse *")), 0, 1, Qt.AlignmentFlag.AlignBottom)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Rättelsens text"))
        self.editor.setTabChangesFocus(True)
        sides.addWidget(self.editor, 1, 1)
        sides.setColumnStretch(0, 1)
        sides.setColumnStretch(1, 1)
        sides.setRowStretch(1, 1)
        layout.addLayout(sides, 1)
        self.disputed_box = QCheckBox(
            self.tr("Den enskilde anser att uppgiften är felaktig (SoL 11 kap. 6 §)")
        )
        layout.addWidget(self.disputed_box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Spara rättelsen som utkast"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(980, screen.width() - 40), min(560, screen.height() - 80))
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def disputed(self) -> bool:
        return self.disputed_box.isChecked()

    def _check(self) -> None:
        if not self.text():
            self.error.setText(self.tr("Skriv rättelsen."))
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        if not self.property("closed_by_lock"):
            self.show()
