"""One program at a time on a profile: the window or a command holds `.lock` in the profile.

Layer: vault. The lock is the operating system's (flock, or a locked byte
on Windows), so it goes with the process: a crash or a kill never leaves a profile locked.
The file also says where it is held (this computer's name and the process), for the
message a second start shows; a person's name is never written.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from types import TracebackType

from sstdesk.paths import ensure_private_dir
from sstdesk.vault.errors import ProfileInUse, from_os_error

LOCK_NAME = ".lock"
_INFO_AT = 16  # where the holder writes where it runs; byte 0 is the one locked on Windows


class ProfileLock:
    """Held from `acquire` until `release` (or the process ends)."""

    def __init__(self, directory: Path, fd: int) -> None:
        self.directory = directory
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, directory: Path) -> ProfileLock:
        """The profile's lock; ProfileInUse naming where it is held if another has it."""
        try:
            ensure_private_dir(directory)
            fd = os.open(directory / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise from_os_error(error, directory / LOCK_NAME) from error
        if not _try_lock(fd):
            where = _read_where(fd)
            os.close(fd)
            raise ProfileInUse(directory, where)
        info = f"{socket.gethostname()[:64]} {os.getpid()}".encode()
        os.lseek(fd, _INFO_AT, os.SEEK_SET)
        os.write(fd, info.ljust(96))
        return cls(directory, fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def __enter__(self) -> ProfileLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_where(fd: int) -> str:
    """ "på datorn X, process N" as the holder wrote it; empty if it cannot be read."""
    try:
        os.lseek(fd, _INFO_AT, os.SEEK_SET)
        host, _, pid = os.read(fd, 96).decode("utf-8", "replace").strip().partition(" ")
    except OSError:
        return ""
    if not host:
        return ""
    if host == socket.gethostname()[:64]:
        return f"på den här datorn, process {pid}"
    return f"på datorn {host}"
