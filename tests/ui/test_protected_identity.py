"""Skyddade personuppgifter on screen: the school and addresses of a protected student
appear in no widget of the student page or of a search, until a deliberate, logged "Visa"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTextBrowser,
    QWidget,
)

from sstdesk.services.views import StudentFile
from sstdesk.ui.caseload_model import ROW_ROLE
from sstdesk.ui.main_window import MainWindow
from tests.ui.test_student_page import read_file


def every_text(root: QWidget) -> str:
    """Everything a person can read in the widget and all its children."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts.append(widget.toolTip())
        parts.append(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        if isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        if isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView):
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def protected_student(qtbot: Any, win: MainWindow) -> StudentFile:
    model = win.caseload_page.model
    rows = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
    row = next(r for r in rows if r.protected_identity)
    return read_file(qtbot, win, row.student_id)


def test_a_protected_students_school_is_on_no_widget_until_visa(
    qtbot: Any, unlocked: MainWindow
) -> None:
    win = unlocked
    page = win.student_page
    found = protected_student(qtbot, win)
    school = found.school.name
    # The demo puts the school where it leaked before: consent parties, meeting places.
    assert any(p.name == school for c in found.current.consents for p in c.record.consent.parties)
    assert any(m.place == school for m in found.current.meetings)
    win.open_student(found.student.id)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is page, timeout=10_000)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert school.casefold() not in every_text(page).casefold(), page.tabs.tabText(index)
    assert page.reveal_button.isVisible()

    # "Visa": audited, then the school is shown on this page …
    page.reveal_button.click()
    qtbot.waitUntil(lambda: school in page.consent_glance.text(), timeout=10_000)
    assert not page.reveal_button.isVisible()
    trail = []
    service = win.service
    win.runner.run_db(lambda: service.audit_trail(found.student.id), done=trail.append)
    qtbot.waitUntil(lambda: bool(trail), timeout=10_000)
    assert "protected.reveal" in [e.action for e in trail[0]]

    # … and masked again once the page is left.
    page.back.click()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.caseload_page, timeout=10_000)
    win.open_student(found.student.id)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is page, timeout=10_000)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert school.casefold() not in every_text(page).casefold()


def test_searching_the_schools_name_never_lists_her(qtbot: Any, unlocked: MainWindow) -> None:
    win = unlocked
    found = protected_student(qtbot, win)
    school = found.school.name
    win.caseload_page.search.setText(school)
    model = win.caseload_page.model

    def listed() -> set[str]:
        return {model.data(model.index(r, 0), ROW_ROLE).student_id for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: len(listed()) > 0 and not win.runner.busy, timeout=10_000)
    assert found.student.id not in listed()
    win.caseload_page.search.setText(found.student.first_name)
    qtbot.waitUntil(lambda: found.student.id in listed(), timeout=10_000)
    assert school not in every_text(win.caseload_page)
    # Nor under her school in the filter, though her schoolmates are.
    win.caseload_page.search.clear()
    qtbot.waitUntil(lambda: found.student.id in listed() and not win.runner.busy, timeout=10_000)
    page = win.caseload_page
    page.school_filter.setCurrentIndex(page.school_filter.findData(found.school.id))
    assert page.school_filter.currentData() == found.school.id
    assert listed() and found.student.id not in listed()
