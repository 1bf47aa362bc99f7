"""After lock, the process's memory holds no data key (issue 14, security.md LS-6).

A child process creates a vault of synthetic students, unlocks it with the
passphrase, reads every student through the services and locks the way the
window does (`Vault.lock`). The parent reads all of the child's memory through
/proc/PID/mem, unlocked and locked, and counts the data key (raw, hex in both
cases, ASCII and UTF-16), the passphrase and the names in every form a string
takes in memory (bench/_memory.py; `make bench` prints the same counts with a
caseload of 2,000 students more, as bench/memory.py).

What the counts were when this was written (12 students, memory security off):

                    unlocked   locked
    data key            0         0     was 2 and 2 (hex, from the PRAGMA key text)
    passphrase          1       0-1     was 3 and 3
    names             ~38       ~21     was 51 and 51

What stays after lock, and why:
- The passphrase: the one `str` the window (here: the child) got from the field. The
  vault makes no copy of it (its UTF-8 goes into a buffer that is wiped), but a `str`
  cannot be wiped: CPython frees it without overwriting, and the bytes stay until the
  allocator reuses the block.
- The names: Python strings the services made while reading (rows, full names,
  search results), freed the same way; and, with memory security off, a few in
  SQLite's freed memory on heap pages still partly in use (malloc_trim returns only
  whole free pages). With memory security on, SQLite wipes what it frees, and only
  the Python strings stay (~13).
None of this reaches the disk: no core dump (test_hardening.py), and swap is covered
by the laptops' full-disk encryption.

The child is read as soon as it has locked: nothing in it frees or wipes memory later
(no thread does), so waiting would change no count and only make the test slower.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bench._memory import NAMES, measure

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not os.path.exists("/proc/self/mem"),
    reason="reads a child's memory through Linux's /proc/PID/mem",
)


def test_after_lock_the_data_key_is_nowhere_in_memory(tmp_path: Path) -> None:
    result = measure(tmp_path / "profil", memory_security=False)
    # The scan sees the child's memory: while unlocked, every name is there (pages, rows).
    assert result.unlocked.names_total >= len(NAMES), result.unlocked
    # SQLCipher keeps its key only obfuscated while open; no copy of ours anywhere.
    assert result.unlocked.key_total == 0, result.unlocked.key
    assert result.locked.key_total == 0, result.locked.key
    # Only the field's own str can remain (see above): the vault adds no copy.
    assert result.locked.passphrase_total <= 1, result.locked.passphrase
    # Lock gives back what SQLCipher read: what stays is the services' freed strings and a
    # few partly used heap pages, a little over half of what was there unlocked (without
    # the release in `Vault.lock`, all of it stays).
    assert result.locked.names_total <= 0.75 * result.unlocked.names_total, result.locked.names
