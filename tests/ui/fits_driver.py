"""Build every page and dialog on a real X screen; print as JSON what lies off it.

Run by tests/ui/test_fits_the_screen.py under Xvfb with QT_QPA_PLATFORM=xcb (real
geometry, not the offscreen plugin's), one run per screen size:

    fits_driver.py PROFILE PASSPHRASE

PROFILE is a copy of the demo profile. The last line of stdout is one JSON object:
the screen's available geometry, what lay outside it ("offscreen"), the actions that
never opened a dialog on any demo student ("unopened"), and the main window's size on
each page ("sizes"). Every wait is on an event (the task runner's results, a window
exposed), never on a clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QPoint, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMenu,
    QWidget,
)

from sstdesk.domain.codes import DocumentKind, Stage
from sstdesk.ui.caseload_model import ROW_ROLE
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.student_actions import StudentActions
from sstdesk.ui.student_page import StudentPage
from sstdesk.ui.sync_view import (
    Attention,
    AttentionDialog,
    ConflictsDialog,
    DevicesDialog,
    ParkedDialog,
)
from sstdesk.ui.tasks import TaskRunner

# The stages tried, in order, for an action: the first student on whom it opens a dialog.
STAGE_ORDER = (
    Stage.INTERVENTION,
    Stage.FOLLOW_UP,
    Stage.PLANNING,
    Stage.MAPPING,
    Stage.CONSENT,
    Stage.REFERRED,
    Stage.CLOSED,
    Stage.BOOSTER,
    Stage.FINISHED,
    Stage.NOT_ENROLLED,
    Stage.CANCELLED,
)
# What sync may say on the caseload (a refusal from the server, in its own words).
LONG_SYNC_MESSAGE = (
    "Servern tog inte emot ändringarna: certifikatet från distriktets server gick inte att "
    "verifiera mot CA-certifikatet i inställningarna. Kontakta IT-supporten."
)

# The widest of the sample exports: eleven columns, each with its reading shown.
WIDE_EXPORT = Path(__file__).resolve().parents[1] / "data" / "exports" / "learnpoint_tabell.csv"


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


class Driver:
    def __init__(self, profile: Path, passphrase: str) -> None:
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        points = os.environ.get("FITS_FONT_POINTS")
        if points:  # a desktop whose font is larger than Qt's default (GNOME: 11 pt)
            font = self.app.font()
            font.setPointSizeF(float(points))
            self.app.setFont(font)
        self.runner = TaskRunner()
        self.win = MainWindow(profile, self.runner)
        self.passphrase = passphrase
        self.offscreen: list[dict[str, Any]] = []
        self.unopened: list[str] = []
        self.sizes: dict[str, list[int]] = {}

    # -- waiting, on events only ------------------------------------------------------

    def settle(self) -> None:
        """Every task's result shown, then every posted event (layouts, resizes) handled."""
        while self.runner.busy:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        for _ in range(5):
            QApplication.sendPostedEvents()
            self.app.processEvents()

    def exposed(self, widget: QWidget) -> None:
        QTest.qWaitForWindowExposed(widget)
        self.settle()

    # -- measuring ------------------------------------------------------------------

    @property
    def screen(self) -> QRect:
        return self.win.screen().availableGeometry()

    def check(self, where: str) -> None:
        """Every visible top-level's frame and every visible button inside the screen."""
        screen = self.screen
        shots = os.environ.get("FITS_SHOTS")  # a folder: each window as measured, to look at
        for top in QApplication.topLevelWidgets():
            if not top.isVisible() or isinstance(top, QMenu):
                continue
            if shots:
                top.grab().save(str(Path(shots) / f"{where} – {type(top).__name__}.png"))
            name = f"{type(top).__name__} “{top.windowTitle()}”"
            frame = top.frameGeometry()
            if not screen.contains(frame):
                self.offscreen.append({"where": where, "what": name, "rect": _rect(frame)})
            # A window squeezed below what its contents need clips them at its edge.
            inside = QRect(top.mapToGlobal(QPoint(0, 0)), top.size())
            for button in top.findChildren(QAbstractButton):
                if not button.isVisible() or button.window() is not top:
                    continue
                rect = _reachable(button)
                if not (screen.contains(rect) and inside.contains(rect)):
                    text = button.text() or button.accessibleName() or type(button).__name__
                    self.offscreen.append(
                        {"where": where, "what": f"{name}: “{text}”", "rect": _rect(rect)}
                    )

    def page(self, where: str, widget: QWidget) -> None:
        self.win.pages.setCurrentWidget(widget)
        self.settle()
        self.check(where)
        size = self.win.frameGeometry()
        hint = widget.minimumSizeHint()
        # What the page needs must fit the screen, less the window's frame and margins;
        # the window may not grow for it (nor clip it).
        room = self.screen.size() - (size.size() - self.win.pages.size())
        if hint.width() > room.width() or hint.height() > room.height():
            self.offscreen.append(
                {
                    "where": where,
                    "what": f"{type(widget).__name__} needs {hint.width()}×{hint.height()}",
                    "rect": [0, 0, room.width(), room.height()],
                }
            )
        old = self.sizes.get(where, [0, 0, 0, 0])
        now = [size.width(), size.height(), hint.width(), hint.height()]
        self.sizes[where] = [max(a, b) for a, b in zip(old, now, strict=True)]

    def dialog(self, where: str, open_it: Callable[[], object]) -> bool:
        """Open a dialog, measure what it shows, close it; False if nothing opened."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        open_it()
        self.settle()
        opened = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in before and isinstance(w, QDialog)
        ]
        if not opened:
            return False
        for dialog in opened:
            self.exposed(dialog)
            size = dialog.frameGeometry()
            self.sizes[where] = [size.width(), size.height()]
        self.check(where)
        for dialog in opened:
            dialog.reject()
        self.settle()
        return True

    def import_previewed(self) -> None:
        """The import dialog as it is at its fullest: a wide school export read, each
        column's reading shown, the rows previewed."""
        self.win.import_attendance()
        self.settle()
        dialog = self.win.import_dialog
        assert dialog is not None
        dialog.choose_file = lambda: WIDE_EXPORT  # type: ignore[method-assign]
        dialog.choose_button.click()
        self.settle()
        dialog.period_from.set_value(dt.date(2026, 10, 1))
        dialog.period_to.set_value(dt.date(2026, 10, 31))
        dialog.preview_button.click()
        self.settle()
        assert dialog.preview is not None, dialog.message.text()
        self.exposed(dialog)
        # the steps scroll down on a small screen, never sideways
        if dialog.scroll.horizontalScrollBar().isVisible():
            width = dialog.scroll.widget().minimumSizeHint().width()
            self.offscreen.append(
                {
                    "where": "import, previewed",
                    "what": f"scrolls sideways ({width} px)",
                    "rect": _rect(dialog.scroll.geometry()),
                }
            )

    # -- the whole window -----------------------------------------------------------

    def run(self) -> dict[str, Any]:
        win = self.win
        win.show()
        self.exposed(win)
        self.page("unlock", win.unlock_page)
        for name, page in (
            ("create", win.create_page),
            ("recover", win.recover_page),
            ("recovery code", win.recovery_page),
        ):
            self.page(name, page)
        win.pages.setCurrentWidget(win.unlock_page)
        win.unlock_page.passphrase.setText(self.passphrase)
        win.unlock_page.button.click()
        self.settle()
        self.page("caseload", win.caseload_page)
        win.caseload_page.sync_status.setText(LONG_SYNC_MESSAGE)
        self.page("caseload, sync refused", win.caseload_page)
        rows = self.rows()
        by_stage = {}
        for row in rows:
            by_stage.setdefault(row.stage, row)
        first = by_stage[Stage.INTERVENTION]
        for row in rows:  # every demo student: the widest facts, flags and names
            self.open(row.student_id)
            self.page("student", win.student_page)
        for stage, row in by_stage.items():
            self.open(row.student_id)
            self.page(f"student ({stage.value})", win.student_page)
            for index in range(win.student_page.tabs.count()):
                win.student_page.tabs.setCurrentIndex(index)
                self.settle()
                self.check(f"student ({stage.value}), tab {index}")
        names = _action_names()
        for name in names:
            for stage in STAGE_ORDER:
                if stage not in by_stage:
                    continue
                self.open(by_stage[stage].student_id)
                if self.dialog(f"action {name}", lambda name=name: win.actions.start(name)):
                    break
            else:
                self.unopened.append(name)
        self.open(first.student_id)
        case_id = win.student_page.file.current.case.id
        self.opens("new note", lambda: win.actions.new_note(case_id))
        for kind in DocumentKind:
            self.open(first.student_id)
            # While a document is made, the page says so beside its buttons.
            win.student_page.show_busy(f"Skapar {kind.label.lower()}…")
            self.page(f"student, making {kind.value}", win.student_page)
            win.student_page.show_busy("")
            self.dialog(f"document {kind.value}", lambda kind=kind: win.documents.open(kind))
        self.page("caseload", win.caseload_page)
        self.opens("new student", win.new_student)
        self.opens("settings", win.edit_settings)
        self.opens("team settings", win.edit_team_settings)
        self.opens("change passphrase", win.change_passphrase)
        self.opens("import", win.import_attendance)
        self.opens("import, previewed", self.import_previewed)
        self.opens("backup", win.backup.back_up)
        self.opens("automatic backup", win.backup.edit_auto)
        self.opens("connect to server", win.sync.enrol)
        for name, make in (
            ("conflicts", lambda: ConflictsDialog(win, [], lambda *_a: None)),
            ("parked", lambda: ParkedDialog(win, [], lambda *_a: None)),
            ("devices", lambda: DevicesDialog(win, [], lambda *_a: None)),
        ):
            self.opens(name, lambda make=make: make().open())
        self.opens("attention", self.attention)
        win.show_statistics()
        self.settle()
        self.page("statistics", win.stats_page)
        self.page("caseload again", win.caseload_page)
        self.opens("restore", win.backup.restore)  # locks the window first
        self.page("unlock after restore", win.unlock_page)
        screen = self.screen
        result = {
            "screen": _rect(screen),
            "offscreen": self.offscreen,
            "unopened": self.unopened,
            "sizes": self.sizes,
        }
        win.close()
        return result

    def opens(self, where: str, open_it: Callable[[], object]) -> None:
        if not self.dialog(where, open_it):
            self.unopened.append(where)

    def attention(self) -> None:
        empty = Attention(duplicates=[], kept=[], gaps=[], reports={}, dropped={})
        AttentionDialog(self.win, empty, lambda *_a: None, lambda *_a: None).open()

    def rows(self) -> list[Any]:
        model = self.win.caseload_page.model
        return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]

    def open(self, student_id: str) -> None:
        self.win.open_student(student_id)
        self.settle()


def _action_names() -> list[str]:
    """The StudentActions method named in each entry of the page's two action lists,
    whatever else an entry holds (its text, the stages it is offered in)."""
    names = []
    for entry in (*StudentPage.ACTIONS, *StudentPage.MORE_ACTIONS):
        parts = entry if isinstance(entry, tuple | list) else (entry,)
        names += [
            p for p in parts if isinstance(p, str) and callable(getattr(StudentActions, p, None))
        ][-1:]
    return names


def _reachable(button: QAbstractButton) -> QRect:
    """The button's rect on the screen; inside a scroll area, the part of the viewport it
    can be scrolled into (a button scrolled away is reachable while its viewport is)."""
    rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
    widget = button.parentWidget()
    while widget is not None and not widget.isWindow():
        holder = widget.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is widget:
            viewport = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
            clipped = rect.intersected(viewport)
            rect = clipped if not clipped.isEmpty() else viewport
        widget = holder
    return rect


def main() -> None:
    profile, passphrase = Path(sys.argv[1]), sys.argv[2]
    result = Driver(profile, passphrase).run()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
