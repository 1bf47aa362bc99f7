"""Every control can be named by a screen reader, and Tab follows the eye."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextBrowser,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.parent() is None:
            continue
        if type(widget).__name__ in ("QScrollBar", "QToolButton", "QSplitterHandle"):
            continue  # parts of a composite control, named by it
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue
        owner = widget.parent().parent()
        if isinstance(owner, QComboBox) or isinstance(widget.parent(), QAbstractItemView):
            continue  # a combo's popup list, a table's headers and corner button
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot: Any, tmp_path: Path) -> None:
    win = MainWindow(tmp_path / "p", TaskRunner())
    qtbot.addWidget(win)
    assert unnamed(win) == []
    for name in (
        "record_consent",
        "guardian",
        "plan",
        "attendance",
        "follow_up",
        "close",
        "mapping",
    ):
        assert name in win.student_page.action_buttons
    win.close()


def test_every_dialog_field_is_named(qtbot: Any, tmp_path: Path) -> None:
    win = MainWindow(tmp_path / "p", TaskRunner())
    qtbot.addWidget(win)
    win.actions.new_student([("Solängsskolan", "s1")])
    assert unnamed(win.actions.last) == []
    win.actions.last.close()
    win.edit_settings()
    assert unnamed(win.actions.last) == []
    win.close()


def test_tab_follows_the_eye_on_first_start(qtbot: Any, tmp_path: Path) -> None:
    win = MainWindow(tmp_path / "p", TaskRunner())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    page = win.create_page
    page.user.setFocus()
    qtbot.waitUntil(page.user.hasFocus, timeout=5_000)
    order = []
    for _ in range(3):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
        order.append(win.focusWidget())
    assert order == [page.passphrase, page.repeat, page.button]
    win.close()
