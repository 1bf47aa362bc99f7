"""SIGKILL while the services write and while a backup is restored (bench/kill.py): after
every kill the vault opens, passes the integrity and audit checks, holds no half call,
and holds every write whose call had returned; a killed restore leaves one vault whole.

Where a kill lands differs from run to run; what is asserted must hold wherever it
lands, so no outcome depends on timing. A small run is in the normal suite; the 300
kills are `slow` (make bench runs them too, and prints the figures)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from bench.kill import kill_restores, kill_writes

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX SIGKILL")


def test_a_few_kills_during_writes_lose_nothing_that_returned(tmp_path: Path) -> None:
    """kill_writes raises KillFailure at the first kill that loses or half-writes anything."""
    figures = kill_writes(tmp_path, kills=5, seed=3)
    # The seeded schedule waits for 3, 2, 9, 9 and 0 lines before its kills.
    assert figures.kills == 5 and figures.acknowledged >= 23


@pytest.mark.slow
def test_300_kills_during_writes_and_50_during_restores(tmp_path: Path) -> None:
    wrote = kill_writes(tmp_path, kills=300, seed=14)
    restored = kill_restores(tmp_path, kills=50, seed=14)
    assert wrote.kills == 300 and restored.kills == 50
