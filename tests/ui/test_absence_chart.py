"""The absence chart's labels beside its lines stay readable when the lines lie close."""

from __future__ import annotations

import pytest

from sstdesk.ui.absence_chart import spread


@pytest.mark.parametrize(
    ("wanted", "gap", "placed"),
    [
        ([10.0, 50.0, 90.0], 14, [10.0, 50.0, 90.0]),  # far apart: each at its line
        ([100.0, 104.0], 14, [100.0, 114.0]),  # a start at 19 % beside the 20 % line
        ([100.0, 100.0, 101.0], 14, [100.0, 114.0, 128.0]),  # three on one spot
        ([], 14, []),
    ],
)
def test_labels_keep_a_lines_height_apart_and_stay_near_their_lines(
    wanted: list[float], gap: float, placed: list[float]
) -> None:
    assert spread(wanted, gap) == placed
