"""One program at a time on a profile; a crash never leaves it locked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sstdesk.vault.errors import ProfileInUse
from sstdesk.vault.profile_lock import LOCK_NAME, ProfileLock

HOLD = (
    "import sys; from pathlib import Path; from sstdesk.vault.profile_lock import ProfileLock;"
    "lock = ProfileLock.acquire(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()"
)


def holder(profile: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(profile)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_program_is_told_where_the_profile_is_open_and_a_kill_frees_it(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "profil"
    child = holder(profile)
    try:
        with pytest.raises(ProfileInUse) as refused:
            ProfileLock.acquire(profile)
        assert f"på den här datorn, process {child.pid}" in str(refused.value)
        assert str(profile) in str(refused.value)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    with ProfileLock.acquire(profile):  # the kill let it go: nothing to clean by hand
        assert (profile / LOCK_NAME).stat().st_mode & 0o777 == 0o600
    ProfileLock.acquire(profile).release()


def test_a_command_on_a_profile_the_window_has_open_is_refused(
    tmp_path: Path, demo_master: Path
) -> None:
    import shutil

    from tests.conftest import PASSPHRASE

    profile = tmp_path / "profil"
    shutil.copytree(demo_master, profile)
    child = holder(profile)
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "sstdesk",
                "stats",
                "--period",
                "ht2026",
                "--out",
                str(tmp_path / "s.csv"),
                "--profile",
                str(profile),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "SSTDESK_PASSPHRASE": PASSPHRASE},
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
    finally:
        child.kill()
        child.wait()
    assert done.returncode == 1
    assert "redan öppen" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "s.csv").exists()
