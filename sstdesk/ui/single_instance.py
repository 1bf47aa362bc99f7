"""A second start on a profile brings the first window forward. Layer: ui.

The profile's lock (vault/profile_lock.py) decides who is first; this is only the
doorbell: the first window listens on a local socket named from a hash of the profile's
path (never the path itself, which may hold a person's name), and a second start rings.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 5000


def socket_name(profile: Path) -> str:
    digest = hashlib.sha256(str(profile.expanduser().resolve()).encode()).hexdigest()
    return f"sstdesk-{digest[:24]}"


class FirstInstance(QObject):
    """Listens while the window is open; `activated` when a second start rings."""

    activated = Signal()

    def __init__(self, profile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = socket_name(profile)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Only the lock's holder gets here, so a socket left by a crash is stale.
        QLocalServer.removeServer(name)
        self.server.listen(name)
        self.server.newConnection.connect(self._rung)

    def _rung(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.write(b"ok")  # the answer: a window frozen or gone gives none
            connection.flush()
            connection.disconnectFromServer()
            connection.deleteLater()
        self.activated.emit()


def ring(profile: Path) -> bool:
    """Ask the first window to come forward; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(socket_name(profile))
    if not socket.waitForConnected(WAIT_MS):
        return False
    # A connection alone is made by the system even for a window that has stopped: only
    # its answer shows that it came forward.
    answered = socket.bytesAvailable() > 0 or socket.waitForReadyRead(WAIT_MS)
    socket.abort()
    return answered
