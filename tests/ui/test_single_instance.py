"""A second start on a profile brings the first window forward instead of opening it twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from sstdesk.ui.single_instance import FirstInstance, ring, socket_name  # noqa: E402
from sstdesk.vault.profile_lock import ProfileLock  # noqa: E402


def test_a_second_start_rings_the_first_window_and_leaves(qtbot: Any, tmp_path: Path) -> None:
    profile = tmp_path / "profil"
    lock = ProfileLock.acquire(profile)  # this test is the first program on the profile
    first = FirstInstance(profile)
    try:
        with qtbot.waitSignal(first.activated, timeout=60_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "sstdesk", "--profile", str(profile)],
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        _out, err = second.communicate()
        assert second.returncode == 0, err
        assert "Traceback" not in err
    finally:
        lock.release()
        first.server.close()
    assert "profil" not in socket_name(profile)  # the path, which may hold a name, is hashed


def test_with_no_first_window_nothing_answers(tmp_path: Path) -> None:
    assert not ring(tmp_path / "ingen")


def test_a_first_window_that_has_stopped_answering_is_not_taken_for_one_that_came_forward(
    tmp_path: Path,
) -> None:
    from PySide6.QtNetwork import QLocalServer

    profile = tmp_path / "profil"
    frozen = QLocalServer()  # listens, as a stopped program's socket still does, never answers
    assert frozen.listen(socket_name(profile))
    try:
        assert not ring(profile)  # so the second start says where the profile is open
    finally:
        frozen.close()
