"""A really full disk (a small tmpfs in a private mount namespace): unlocking and recovering
say so, and change nothing. Skipped where unprivileged namespaces are not allowed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces_work(), reason="no private mount namespace")

SCRIPT = textwrap.dedent(
    """
    import os, shutil, sys
    from pathlib import Path
    from sstdesk.vault.errors import VaultError
    from sstdesk.vault.vault import Vault
    source, mount, what = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    profile = mount / "profil"
    shutil.copytree(source, profile)
    fill = os.open(mount / "fill", os.O_WRONLY | os.O_CREAT)  # the rest of the disk
    for size in (65536, 4096, 512, 1):
        try:
            while True:
                os.write(fill, b"x" * size)
        except OSError:
            pass
    os.close(fill)
    keys_before = (profile / "keys.json").read_bytes()
    try:
        if what == "unlock":
            Vault.unlock(profile, passphrase=sys.argv[4])
        else:
            Vault.recover(profile, recovery_code=sys.argv[4], new_passphrase="ny fras på full disk")
    except VaultError as error:
        print("REFUSED", type(error).__name__, str(error))
    else:
        print("OPENED")
    same = (profile / "keys.json").read_bytes() == keys_before
    print("KEYS-UNCHANGED" if same else "KEYS-CHANGED")
    """
)


def run_full(tmp_path: Path, what: str, secret: str) -> str:
    source = tmp_path / "källa"
    script = tmp_path / "full.py"
    script.write_text(SCRIPT)
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            f'mount -t tmpfs -o size=4m tmpfs "{mount}" && '
            f'"{sys.executable}" "{script}" "{source}" "{mount}" {what} "{secret}"',
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


@pytest.fixture
def code(tmp_path: Path) -> str:
    vault, recovery = Vault.create(
        tmp_path / "källa", passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor()
    )
    vault.close()
    return recovery


def test_unlocking_on_a_full_disk_says_the_disk_is_full_not_that_the_vault_is_damaged(
    tmp_path: Path, code: str
) -> None:
    out = run_full(tmp_path, "unlock", PASSPHRASE)
    assert "REFUSED DiskFull Disken är full – ingenting har ändrats" in out, out
    assert "skadad" not in out and "KEYS-UNCHANGED" in out


def test_recovering_on_a_full_disk_changes_neither_passphrase_nor_code(
    tmp_path: Path, code: str
) -> None:
    out = run_full(tmp_path, "recover", code)
    assert "REFUSED DiskFull" in out and "KEYS-UNCHANGED" in out, out
