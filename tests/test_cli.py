"""The `sstdesk` command as IT, a trainer or a test runner types it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sstdesk.services.caseload import CaseloadService
from sstdesk.vault.vault import Vault


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sstdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_demo_creates_a_profile_and_shows_the_recovery_code_once(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    done = run("demo", str(target), env={"SSTDESK_PASSPHRASE": "demo lösenfras 1"})
    assert done.returncode == 0, done.stderr
    code = re.search(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})\b", done.stdout)
    assert code, done.stdout
    assert "påhittade elever" in done.stdout
    assert "Traceback" not in done.stderr
    vault = Vault.unlock(target, passphrase="demo lösenfras 1")
    try:
        assert len(CaseloadService(vault).caseload(include_ended=True)) >= 40
    finally:
        vault.close()
    # The recovery code printed is the one that opens the vault.
    Vault.recover(target, recovery_code=code.group(1), new_passphrase="annan fras 22").close()

    again = run("demo", str(target), env={"SSTDESK_PASSPHRASE": "demo lösenfras 1"})
    assert again.returncode == 1
    assert again.stderr.startswith("sstdesk: Det finns redan ett valv i")
    assert "Traceback" not in again.stderr


def test_without_a_passphrase_and_no_terminal_it_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SSTDESK_PASSPHRASE"}
    done = subprocess.run(
        [sys.executable, "-m", "sstdesk", "demo", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 1
    assert "SSTDESK_PASSPHRASE" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x").exists()


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    done = run("demo", str(tmp_path / "y"), env={"SSTDESK_PASSPHRASE": "kort"})
    assert done.returncode == 1 and "minst 8 tecken" in done.stderr
    assert not (tmp_path / "y" / "vault.db").exists()
