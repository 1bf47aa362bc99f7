"""A date field that starts undecided: the person states the date. Layer: ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit

UNSET = QDate(2000, 1, 1)  # shown as the special value text: nothing chosen


class UnsetDate(QDateEdit):
    """A date that starts undecided; its calendar opens on today, not on year 2000."""

    def __init__(self, unset_text: str) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(UNSET)
        self.setSpecialValueText(unset_text)
        self.setDate(UNSET)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.date() == UNSET:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def value(self) -> dt.date | None:
        if self.date() == UNSET:
            return None
        day = self.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(UNSET if day is None else QDate(day.year, day.month, day.day))
