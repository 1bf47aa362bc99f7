"""Where a profile lives on disk, and how files are written. Layer: shared utility.

`SSTDESK_HOME` overrides the platform's user data directory; tests and the
demo always use it. The profile directory is created owner-only (0700).
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "sstdesk"


def default_profile_dir() -> Path:
    override = os.environ.get("SSTDESK_HOME")
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "profile"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make it readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a sibling temp file (0600), fsync, rename over `path`, fsync the directory."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/, from a source checkout or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)
