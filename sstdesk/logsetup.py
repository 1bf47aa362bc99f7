"""Logging that never carries personal data. Layer: shared utility.

Modules log event names and counts only — never names, personnummer, notes
or passphrases (security.md AU-2, LC-5). Records go to stderr as one JSON
object per line, control characters escaped (AU-8).
"""

from __future__ import annotations

import json
import logging
import os
import sys


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: an exception's text may quote data it was handed.
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=True)


def configure(level: int | None = None) -> None:
    """Send records to stderr as JSON; replaces only a handler this function added before.

    The level is WARNING unless `SSTDESK_LOG` says `info` or `debug` (for support).
    """
    if level is None:
        wanted = os.environ.get("SSTDESK_LOG", "warning").upper()
        level = getattr(logging, wanted, logging.WARNING)
        level = level if isinstance(level, int) else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h.formatter, JsonFormatter)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
