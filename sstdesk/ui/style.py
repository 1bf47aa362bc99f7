"""Looks the window's pages share. Layer: ui."""

from __future__ import annotations

# The one action a page is for (the caseload's "+ Ny aktualisering", the student page's
# next step): filled, so the eye finds it first; the focus ring stays visible on it.
PRIMARY = (
    "QPushButton { background: #1f4e79; color: white; font-weight: bold; padding: 4px 12px; "
    "border-radius: 3px; } QPushButton:focus { outline: 2px solid #f2c94c; }"
)
