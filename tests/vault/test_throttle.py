"""Wrong passphrases: each one in a row makes the next attempt wait longer, across restarts.

Real vaults and real files in the profile; only the clock is replaced (no test waits).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sstdesk.vault.errors import UnlockTooSoon, WrongPassphrase
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import ATTEMPTS_NAME, DB_NAME, KEY_NAME, Throttle, Vault
from tests.conftest import PASSPHRASE


class Wall:
    """Seconds since the epoch, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_795_000_000.0  # November 2026

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def created(profile: Path) -> Path:
    vault, _ = Vault.create(profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor())
    vault.close()
    return profile


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("failures", "wait"),
    [(1, 0), (2, 1), (3, 2), (4, 4), (5, 8), (6, 16), (7, 30), (8, 30), (200, 30)],
)
def test_each_failure_in_a_row_makes_the_next_attempt_wait_longer(
    tmp_path: Path, wall: Wall, failures: int, wait: float
) -> None:
    throttle = Throttle(clock=wall)
    for _ in range(failures):
        answer = throttle.failed(tmp_path)
    assert answer == wait
    assert throttle.remaining(tmp_path) == wait
    wall.advance(wait / 2)
    assert throttle.remaining(tmp_path) == wait / 2
    wall.advance(wait / 2)
    assert throttle.remaining(tmp_path) == 0


def test_an_early_attempt_is_refused_unheard_and_says_how_long_to_wait(
    created: Path, wall: Wall
) -> None:
    throttle = Throttle(clock=wall)
    db, keys = digest(created / DB_NAME), digest(created / KEY_NAME)
    messages = []
    for _ in range(4):
        with pytest.raises(WrongPassphrase) as caught:
            Vault.unlock(created, passphrase="fel fras", throttle=throttle)
        messages.append(str(caught.value))
        wall.advance(caught.value.wait_seconds)
    assert messages[0] == "Fel lösenfras. Kontrollera Caps Lock och försök igen."
    assert messages[1].endswith("Vänta 1 s innan du försöker igen.")
    assert messages[3].endswith("Vänta 4 s innan du försöker igen.")
    # The fifth comes 1.5 s after the fourth failure: not heard, not even the right one.
    wall.now -= 4
    wall.advance(1.5)
    with pytest.raises(UnlockTooSoon) as early:
        Vault.unlock(created, passphrase=PASSPHRASE, throttle=throttle)
    assert str(early.value).startswith("Vänta 3 s innan du försöker igen.")
    assert "prövades inte" in str(early.value)
    # Wrong and early attempts changed neither the database nor the key file.
    assert (digest(created / DB_NAME), digest(created / KEY_NAME)) == (db, keys)
    # A refused attempt does not count: the wait is still the fourth failure's.
    wall.advance(2.5)
    Vault.unlock(created, passphrase=PASSPHRASE, throttle=throttle).close()
    assert not (created / ATTEMPTS_NAME).exists()  # a success starts the count again
    with pytest.raises(WrongPassphrase) as again:
        Vault.unlock(created, passphrase="fel igen", throttle=throttle)
    assert again.value.wait_seconds == 0


def test_a_restart_does_not_reset_the_wait(created: Path, wall: Wall) -> None:
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(created, passphrase="fel fras", throttle=Throttle(clock=wall))
        wall.advance(8)
    wall.advance(-8 + 2)  # 2 s after the fifth failure, whose wait is 8 s
    restarted = Throttle(clock=wall)  # a new process: nothing in memory
    with pytest.raises(UnlockTooSoon, match="Vänta 6 s"):
        Vault.unlock(created, passphrase=PASSPHRASE, throttle=restarted)
    saved = json.loads((created / ATTEMPTS_NAME).read_text())
    assert saved == {"failures": 5, "last_failure": wall.now - 2}  # two numbers, no one's data


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe not json",
        b"[]",
        b'{"failures": -3, "last_failure": 1795000000}',
        b'{"failures": "7", "last_failure": 1795000000}',
        b'{"failures": true, "last_failure": 1795000000}',
        b'{"failures": 7, "last_failure": NaN}',
        b'{"failures": 7}',
    ],
)
def test_a_damaged_attempts_file_counts_as_no_failures_and_is_written_anew(
    created: Path, wall: Wall, content: bytes
) -> None:
    """Whoever can damage the file can delete it: damage is not read as the longest wait
    (which would only punish the person whose disk it was); Argon2id is the real guard."""
    (created / ATTEMPTS_NAME).write_bytes(content)
    throttle = Throttle(clock=wall)
    assert throttle.remaining(created) == 0
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(created, passphrase="fel fras", throttle=throttle)
    assert caught.value.wait_seconds == 0
    assert json.loads((created / ATTEMPTS_NAME).read_text())["failures"] == 1


def test_a_clock_put_back_never_locks_anyone_out_longer_than_the_longest_wait(
    created: Path, wall: Wall
) -> None:
    (created / ATTEMPTS_NAME).write_text(
        json.dumps({"failures": 9, "last_failure": wall.now + 86_400})
    )
    throttle = Throttle(clock=wall)
    assert throttle.remaining(created) == 30
    wall.advance(30)
    Vault.unlock(created, passphrase=PASSPHRASE, throttle=throttle).close()


def test_where_the_file_cannot_be_written_this_process_still_remembers(
    tmp_path: Path, wall: Wall
) -> None:
    (tmp_path / ATTEMPTS_NAME).mkdir()  # in the way of the file (root ignores permissions)
    throttle = Throttle(clock=wall)
    for _ in range(3):
        throttle.failed(tmp_path)
    assert throttle.remaining(tmp_path) == 2
    throttle.succeeded(tmp_path)
    assert throttle.remaining(tmp_path) == 0
