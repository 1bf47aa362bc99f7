"""Auto-lock: the window locks itself after a quiet spell. Layer: ui.

An application-wide event filter restarts one timer on every key press,
click, scroll or mouse move; when the timer runs out, `idle` fires.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.restarts = 0  # quiet spells begun again by activity (what a test can count)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the quiet spell
            self.restarts += 1
        return False
