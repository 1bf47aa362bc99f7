"""Writes the domain's Swedish labels as QT_TRANSLATE_NOOP lines, so lupdate can see them.

Run by `make translations`; the output goes to build/ and is never committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sstdesk.domain.codes import _LABELS  # noqa: E402
from sstdesk.domain.guidance import STEPS  # noqa: E402

out = Path(sys.argv[1])
out.parent.mkdir(parents=True, exist_ok=True)
lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
for labels in _LABELS.values():
    for text in labels.values():
        lines.append(f"QT_TRANSLATE_NOOP({'codes'!r}, {text!r})")
for step in STEPS.values():
    for text in (step.text, step.why):
        lines.append(f"QT_TRANSLATE_NOOP({'guidance'!r}, {text!r})")
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
