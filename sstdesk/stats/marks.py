"""How a hidden cell is shown: apart from `protect.py`, so that what only shows marks
(the window's tables) does not load the solver."""

from __future__ import annotations

from enum import StrEnum

MIN_CELL = 5  # a count of 1–4 students is too small to show


class Mark(StrEnum):
    PRIMARY = "<5"  # 1–4 students
    SECONDARY = ".."  # hidden so that another hidden cell cannot be worked out
