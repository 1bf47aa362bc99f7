"""The person's own settings: non-secret values only, in a JSON file. Layer: shared utility.

Kept beside the vault in the profile directory (`settings.json`), written
atomically. Secrets never live here. A missing or damaged file gives the
defaults; nothing personal is ever stored in it. The district IT's machine-wide
values (sstdesk.deployment) are the defaults; what IT has locked, the file
cannot change. Only what the person chose differently from those is written.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from sstdesk.deployment import Deployment
from sstdesk.paths import atomic_write

FILE_NAME = "settings.json"
LANGUAGES = ("", "sv", "en")  # "" follows the system


@dataclass(frozen=True)
class Settings:
    auto_lock_minutes: int = 10
    language: str = ""
    server_url: str = ""  # the district's sync server, https://…
    ca_bundle: str = ""  # the district's CA certificate(s): the only ones sync trusts
    backup_folder: str = ""  # automatic backups at lock go here (a USB stick); "" is off
    backup_keep: int = 7  # how many automatic backups of the vault that folder keeps
    # The main window as it was left (0 is the default size); never more than the screen.
    window_width: int = 0
    window_height: int = 0
    window_maximized: bool = False

    def checked(self) -> Settings:
        minutes = min(max(int(self.auto_lock_minutes), 1), 240)
        language = self.language if self.language in LANGUAGES else ""
        keep = min(max(int(self.backup_keep), 1), 100)
        return replace(
            self,
            auto_lock_minutes=minutes,
            language=language,
            backup_folder=str(self.backup_folder).strip(),
            backup_keep=keep,
            window_width=min(max(int(self.window_width), 0), 20_000),
            window_height=min(max(int(self.window_height), 0), 20_000),
            window_maximized=self.window_maximized is True,
        )


def base(deployment: Deployment | None = None) -> Settings:
    """What the person has before choosing anything: IT's values over the program's."""
    if deployment is None:
        return Settings()
    try:
        return replace(Settings(), **deployment.values).checked()
    except (TypeError, ValueError):
        return Settings()


def load(directory: Path, deployment: Deployment | None = None) -> Settings:
    start = base(deployment)
    locked = deployment.locked if deployment else frozenset()
    try:
        data = json.loads((directory / FILE_NAME).read_text(encoding="utf-8"))
        known = {f.name for f in fields(Settings)} - locked
        return replace(start, **{k: v for k, v in data.items() if k in known}).checked()
    except (OSError, ValueError, TypeError, AttributeError):
        return start


def save(directory: Path, settings: Settings, deployment: Deployment | None = None) -> None:
    start = asdict(base(deployment))
    locked = deployment.locked if deployment else frozenset()
    own = {k: v for k, v in asdict(settings.checked()).items() if k not in locked and v != start[k]}
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(own, indent=2, sort_keys=True)
    atomic_write(directory / FILE_NAME, text.encode("utf-8"))
