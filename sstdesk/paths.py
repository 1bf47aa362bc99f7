"""Where a profile lives on disk. Layer: shared utility (no Qt, no personal data).

`SSTDESK_HOME` overrides the platform's user data directory; tests and the
demo always use it. The profile directory is created owner-only (0700).
"""

from __future__ import annotations

import os
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
