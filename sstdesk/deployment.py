"""Settings the district's IT pushes to every laptop. Layer: shared utility.

One JSON file per machine, outside any user's profile, readable by all and
writable only by administrators:

- Windows: ``%ProgramData%\\sstdesk\\deployment.json``
- macOS: ``/Library/Application Support/sstdesk/deployment.json``
- Linux: ``/etc/sstdesk/deployment.json``

``SSTDESK_DEPLOYMENT`` points elsewhere (IT's trials, and the tests). Its
values are the defaults of the person's own settings; a setting named in
``locked`` is IT's alone and the person's settings cannot change it. The
district and the logo go on every printed document. Nothing in it is secret
or personal, and it never touches a vault.

    {
      "server_url": "https://sst.farsta.stad.se",
      "ca_bundle": "/etc/sstdesk/district-ca.pem",
      "auto_lock_minutes": 5,
      "district": "Farsta",
      "logo": "/etc/sstdesk/logo.png",
      "backup_folder": "/mnt/hemkatalog/sstdesk-backup",
      "backup_keep": 14,
      "statistics_key": "base64 of the statistician's public key",
      "locked": ["server_url", "ca_bundle", "auto_lock_minutes"]
    }
"""

from __future__ import annotations

import base64
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sstdesk.domain.phrase import Phrase

FILE_NAME = "deployment.json"
# the user may have these
SETTINGS = (
    "server_url",
    "ca_bundle",
    "auto_lock_minutes",
    "language",
    "backup_folder",
    "backup_keep",
)
KEYS = (*SETTINGS, "district", "logo", "statistics_key", "locked")
MAX_LOGO = 2_000_000  # bytes: a letterhead logo, not a photograph


@dataclass(frozen=True)
class Deployment:
    values: dict[str, Any] = field(default_factory=dict)  # of SETTINGS, as IT set them
    locked: frozenset[str] = frozenset()
    district: str = ""
    logo: bytes = b""  # PNG or JPEG for the documents' header
    # The city statistician's public key (X25519, base64): the teams seal their counts to
    # it. Pinned here by IT, not fetched from the server, so no server can swap in its own.
    statistics_key: str = ""
    source: Path | None = None
    problem: str = ""  # in Swedish, when the file is there but could not be used

    def is_locked(self, key: str) -> bool:
        return key in self.locked


def machine_path() -> Path:
    override = os.environ.get("SSTDESK_DEPLOYMENT")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "sstdesk" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/sstdesk") / FILE_NAME
    return Path("/etc/sstdesk") / FILE_NAME


def load(path: Path | None = None) -> Deployment:
    """IT's settings, or none. A file that cannot be used gives none, with `problem` saying
    why, so the program still starts and says what is wrong."""
    path = path or machine_path()
    if not path.exists():
        return Deployment()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return _parse(data, path)
    except (OSError, ValueError, TypeError) as error:
        return Deployment(
            source=path,
            problem=f"IT:s inställningsfil {path} kunde inte läsas ({_why(error)}). Programmet "
            "använder standardvärden. Kontakta IT-supporten.",
        )


def _parse(data: dict[str, Any], path: Path) -> Deployment:
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ValueError(f"okänd inställning: {', '.join(unknown)}")
    values = {k: data[k] for k in SETTINGS if k in data}
    for key in ("server_url", "ca_bundle", "language", "backup_folder"):
        if key in values and not isinstance(values[key], str):
            raise ValueError(f"{key} ska vara text")
    for key in ("auto_lock_minutes", "backup_keep"):
        if key in values and not isinstance(values[key], int):
            raise ValueError(f"{key} ska vara ett heltal")
    locked = data.get("locked", [])
    if not isinstance(locked, list) or not set(locked) <= set(SETTINGS):
        raise ValueError(f"locked får bara nämna {', '.join(SETTINGS)}")
    logo = b""
    if data.get("logo"):
        logo_path = Path(str(data["logo"])).expanduser()
        logo = logo_path.read_bytes()
        if len(logo) > MAX_LOGO or not logo.startswith((b"\x89PNG", b"\xff\xd8")):
            raise ValueError(Phrase("logotypen ska vara en PNG- eller JPEG-fil under 2 MB"))
    statistics_key = data.get("statistics_key", "")
    if statistics_key and not _is_key(statistics_key):
        raise ValueError(Phrase("statistics_key ska vara statistikerns publika nyckel (base64)"))
    return Deployment(
        values=values,
        locked=frozenset(locked),
        district=str(data.get("district", "")),
        logo=logo,
        statistics_key=statistics_key,
        source=path,
    )


def _is_key(value: object) -> bool:
    try:
        return isinstance(value, str) and len(base64.b64decode(value, validate=True)) == 32
    except ValueError:
        return False


def _why(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"felaktig JSON på rad {error.lineno}"
    if isinstance(error, FileNotFoundError):
        return f"filen {error.filename} saknas"
    if isinstance(error, OSError):
        return "filen gick inte att öppna"
    return str(error)
