"""With the English translation installed, no Swedish is left on any page or dialog.

The window is walked as tests/ui/fits_driver.py walks it (every page, the student page
at every stage with each tab, every action the student page offers opened through
StudentActions.start on the demo profile, the window's own dialogs), but offscreen and
in this process; every visible widget's text, title, placeholder, tooltip and accessible
name, the menus behind its buttons, and the cells of its tables are read. Text that is
the demo's own data (names, schools, notes written by the "social worker") is allowed:
it is what a person typed, not what the program says.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from sstdesk.domain import legal
from sstdesk.domain.codes import DocumentKind
from sstdesk.services import demo
from sstdesk.ui import translation
from tests.conftest import PASSPHRASE
from tests.ui.fits_driver import LONG_SYNC_MESSAGE, WIDE_EXPORT, Driver

# Words that are Swedish and not English (with å, ä and ö, which English never has).
SWEDISH_WORDS = (
    "och att inte för med som det den eller till från har kan ska inga ingen "
    "elev elever eleven ärende ärendet samtycke spara avbryt stäng visa välj datum skola "
    "skolan anteckning frånvaro närvaro uppföljning möte mötet dag dagar kvar alla lägg "
    "skriv lås ut av på om vid efter nytt ny inget skapa saknas finns vecka veckor "
    "mål insats insatser vårdnadshavare kartläggning aktualisering planering utskrivning "
    "skyddad ej vet gallras samtycket"
).split()
SWEDISH = re.compile(r"[åäöÅÄÖ]|\bt\.o\.m\b|\b(" + "|".join(SWEDISH_WORDS) + r")\b", re.I)


# Not the program's words: what the walk itself puts on the screen (the server's refusal,
# in its own words; the fits driver's busy text), a name, and the documents' titles (the
# documents are Swedish, whatever the window's language).
NOT_OURS = (
    LONG_SYNC_MESSAGE,
    "“Hör mig nu!”",
    "Underlag till elevhälsokonferens",
    *(f"Skapar {kind.label.lower()}…" for kind in DocumentKind),
    *(kind.label for kind in DocumentKind),
    # The statutes' own names ("socialtjänstlagen (2025:400)") are cited as they are.
    *(reference.citation for reference in legal.REFERENCES),
)


def demo_texts() -> list[str]:
    """Every string in the demo's source (the demo's data) and the texts above that are
    not ours, longest first."""
    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    texts = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3
    }
    # the school's export read into the import dialog: its own headers and names
    texts |= {c for c in WIDE_EXPORT.read_text(encoding="utf-8").replace("\n", ";").split(";")}
    return sorted(texts | set(NOT_OURS), key=len, reverse=True)


class Reader(Driver):
    """The fits driver, reading what each window says instead of measuring it."""

    def __init__(self, profile: Path, passphrase: str) -> None:
        super().__init__(profile, passphrase)
        self.allowed = demo_texts()
        self.found: dict[str, str] = {}  # the Swedish text -> where it was first seen

    def check(self, where: str) -> None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and not isinstance(top, QMenu):
                for widget in [top, *top.findChildren(QWidget)]:
                    if widget.isVisible():
                        for text in texts_of(widget):
                            self.note(where, type(widget).__name__, text)

    def note(self, where: str, what: str, text: str) -> None:
        rest = text
        for allowed in self.allowed:
            if allowed in rest:
                rest = rest.replace(allowed, " ")
        if SWEDISH.search(rest) and text not in self.found:
            self.found[text] = f"{where} ({what})"


def texts_of(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
        menu = widget.menu() if hasattr(widget, "menu") else None
        if menu is not None:
            texts += [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit):
        texts += [widget.placeholderText()]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.placeholderText())
        if widget.isReadOnly():
            texts.append(widget.toPlainText())
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [widget.tabText(i), widget.tabToolTip(i)]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    return [t for t in texts if t]


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a model private to a Qt widget (a completer's, a combo box's)
        return []
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for row in range(min(model.rowCount(root), 60)):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def test_no_swedish_in_english(qapp: QApplication, tmp_path: Path, demo_master: Path) -> None:
    profile = tmp_path / "demo"
    shutil.copytree(demo_master, profile)
    translators = translation.install(qapp, "en")
    try:
        reader = Reader(profile, PASSPHRASE)
        reader.run()
    finally:
        translation.uninstall(qapp, translators)
    report = "\n".join(f"{where}: {text!r}" for text, where in reader.found.items())
    assert not reader.found, f"{len(reader.found)} Swedish texts in English:\n{report}"
