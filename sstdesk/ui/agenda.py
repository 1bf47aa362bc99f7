"""Att göra as an agenda: Försenat / Idag / Denna vecka / Senare. Layer: ui.

The lines come grouped and counted from the domain (sstdesk.domain.agenda);
this widget only shows them: a heading per group that holds something, then
each line with its weekday and date, the student's name and what is due. A
click or Enter asks for the student on the tab where the work is done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from sstdesk.domain.agenda import Entry, Group, grouped
from sstdesk.domain.due import DueItem, DueKind
from sstdesk.ui.labels import say
from sstdesk.ui.numbers import counts

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = "#a4262c"

GROUP_TITLES = {
    Group.OVERDUE: QT_TRANSLATE_NOOP("Agenda", "Försenat"),
    Group.TODAY: QT_TRANSLATE_NOOP("Agenda", "Idag"),
    Group.THIS_WEEK: QT_TRANSLATE_NOOP("Agenda", "Denna vecka"),
    Group.LATER: QT_TRANSLATE_NOOP("Agenda", "Senare"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Agenda", "mån"),
    QT_TRANSLATE_NOOP("Agenda", "tis"),
    QT_TRANSLATE_NOOP("Agenda", "ons"),
    QT_TRANSLATE_NOOP("Agenda", "tors"),
    QT_TRANSLATE_NOOP("Agenda", "fre"),
    QT_TRANSLATE_NOOP("Agenda", "lör"),
    QT_TRANSLATE_NOOP("Agenda", "sön"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Agenda", "jan"),
    QT_TRANSLATE_NOOP("Agenda", "feb"),
    QT_TRANSLATE_NOOP("Agenda", "mars"),
    QT_TRANSLATE_NOOP("Agenda", "apr"),
    QT_TRANSLATE_NOOP("Agenda", "maj"),
    QT_TRANSLATE_NOOP("Agenda", "juni"),
    QT_TRANSLATE_NOOP("Agenda", "juli"),
    QT_TRANSLATE_NOOP("Agenda", "aug"),
    QT_TRANSLATE_NOOP("Agenda", "sep"),
    QT_TRANSLATE_NOOP("Agenda", "okt"),
    QT_TRANSLATE_NOOP("Agenda", "nov"),
    QT_TRANSLATE_NOOP("Agenda", "dec"),
)
# What is due, said without the date the line already shows (the rest keep their text).
TEXTS = {
    DueKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Agenda", "Uppföljning"),
    DueKind.PLAN_FOLLOW_UP: QT_TRANSLATE_NOOP("Agenda", "Handlingsplanen följs upp"),
    DueKind.BOOSTER: QT_TRANSLATE_NOOP("Agenda", "Boosterträff"),
    DueKind.REGISTER_REQUEST: QT_TRANSLATE_NOOP("Agenda", "Sista dag att lämna registerutdrag"),
}


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Agenda", text, "", n)


def day_text(day: dt.date, today: dt.date | None = None) -> str:
    """Weekday and date the short Swedish way: "tis 1 dec"; with the year when it is not
    this year's ("mån 29 sep 2031"), so a date years ahead is not read as next month."""
    text = f"{_t(WEEKDAYS[day.weekday()])} {day.day} {_t(MONTHS[day.month - 1])}"
    return text if today is None or day.year == today.year else f"{text} {day.year}"


def what_text(entry: Entry) -> str:
    return item_text(entry.item, entry.days_left)


def item_text(item: DueItem, days_left: int) -> str:
    """What is due, in the window's language."""
    if item.kind is DueKind.CONSENT_EXPIRING:
        if days_left < 0:
            return _t(
                QT_TRANSLATE_NOOP("Agenda", "Samtycket har gått ut. Registrera ett nytt samtycke.")
            )
        if days_left == 0:
            return _t(QT_TRANSLATE_NOOP("Agenda", "Samtycket går ut idag"))
        if days_left == 1:
            return _t(QT_TRANSLATE_NOOP("Agenda", "Samtycket går ut i morgon"))
        return counts.consent_expires_in(days_left)
    if item.kind in TEXTS:
        return _t(TEXTS[item.kind])
    return say(item.text)


class AgendaView(QListWidget):
    """The agenda as one list: group headings (not selectable) and the lines under them."""

    open_requested = Signal(str, str)  # student id, student-page tab key ("" as it opens)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Att göra"))
        self.setWordWrap(True)
        # Lines wrap to the column's width rather than scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        self.itemClicked.connect(self._open)

    def show_entries(self, entries: Sequence[Entry]) -> None:
        self.clear()
        groups = grouped(entries)
        for group, lines in groups:
            self._heading(group, len(lines))
            for entry in lines:
                self._line(entry)
        if not groups:
            empty = QListWidgetItem(
                self.tr(
                    "Inget att göra just nu. Här visas möten, uppföljningar, samtycken som går "
                    "ut och anteckningar att signera, 30 dagar framåt."
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(QBrush(QColor("#555555")))
            self.addItem(empty)
        first = next((i for i in range(self.count()) if self.item(i).data(ENTRY_ROLE)), None)
        if first is not None:  # Enter works at once; nothing looks chosen before it is
            self.setCurrentRow(first, QItemSelectionModel.SelectionFlag.NoUpdate)

    def entries(self) -> list[tuple[Group, Entry]]:
        """What is shown, line by line, with the group each line stands under (for tests
        and for whoever reads the list aloud)."""
        found = []
        for i in range(self.count()):
            entry = self.item(i).data(ENTRY_ROLE)
            if entry is not None:
                found.append((entry.group, entry))
        return found

    def _heading(self, group: Group, count: int) -> None:
        item = QListWidgetItem(f"{_t(GROUP_TITLES[group])} ({count})")
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # never selected, skipped by the arrow keys
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor(LATE if group is Group.OVERDUE else "#201f1e")))
        item.setBackground(QBrush(QColor("#eef1f4")))
        self.addItem(item)

    def _line(self, entry: Entry) -> None:
        today = entry.item.due_on - dt.timedelta(days=entry.days_left)
        text = f"{day_text(entry.item.due_on, today)}  ·  {entry.name}\n{what_text(entry)}"
        item = QListWidgetItem(text)
        item.setData(ENTRY_ROLE, entry)
        item.setToolTip(self.tr("Öppna eleven (Enter)"))
        self.addItem(item)  # late lines stand under the red heading: not a wall of red

    def _open(self, item: QListWidgetItem | None) -> None:
        entry = item.data(ENTRY_ROLE) if item is not None else None
        if entry is not None:
            self.open_requested.emit(entry.student_id, entry.tab)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter opens; a mouse click opens through itemClicked (never twice on a double-click).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)
