"""A crash while unlocked writes no core dump (issue 14, security.md LC-4).

A child Python process starts the way the program does (`sstdesk.cli.main`
hardens first), holds a synthetic student's name, and crashes on purpose with
a segmentation fault. What we can see without depending on the machine's
core_pattern:

- in the child: RLIMIT_CORE is (0, 0) and prctl(PR_GET_DUMPABLE) is 0 (Linux has
  no "dumpable" line in /proc/self/status; the prctl is the kernel's own answer);
- the child's wait status: the kernel sets WCOREDUMP when it wrote a core,
  wherever core_pattern sends it (a file, or a pipe to systemd-coredump or
  apport), so a clear bit means no core was made anywhere;
- the child's working directory: no `core*` file appears in it.

What we cannot see: where a pipe handler (core_pattern starting with "|") would
have stored a core, or a file core_pattern with an absolute path. The control
case below (the same crash without hardening) shows that this machine really
writes a core into the working directory when allowed; it is only run when
core_pattern is a plain relative file name, so the test never fills a system
crash directory.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="core dumps are checked on Linux"
)

CHILD = r"""
import ctypes, resource, sys

if sys.argv[1] == "hardened":
    from sstdesk import cli
    try:
        cli.main(["--version"])  # the program's own start: hardening comes first
    except SystemExit:
        pass
else:
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

libc = ctypes.CDLL(None)
print("rlimit_core", *resource.getrlimit(resource.RLIMIT_CORE))
print("dumpable", libc.prctl(3, 0, 0, 0, 0))
sys.stdout.flush()


def read_student(name):
    ctypes.string_at(0)  # a segmentation fault while a student's name is in hand


read_student("Testelev Alfa")
"""


def core_pattern() -> str:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


def crash(cwd: Path, mode: str) -> tuple[int, str, str]:
    """Run the child in `cwd` (where a core would land); its raw wait status and output."""
    out, err = cwd.parent / f"{cwd.name}.out", cwd.parent / f"{cwd.name}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, mode],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )
    # Waited for here, not by Popen: the raw status holds the kernel's core-dump bit.
    _, status = os.waitpid(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return status, out.read_text(), err.read_text(errors="replace")


def cores(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("core"))


def test_a_crash_after_start_writes_no_core_and_no_data(tmp_path: Path) -> None:
    cwd = tmp_path / "hardened"
    cwd.mkdir()
    status, out, err = crash(cwd, "hardened")
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGSEGV, (status, err)
    assert "rlimit_core 0 0" in out  # soft and hard: the process cannot raise it again
    assert "dumpable 0" in out
    assert not os.WCOREDUMP(status), f"the kernel wrote a core (core_pattern {core_pattern()!r})"
    assert cores(cwd) == []
    # faulthandler says where it crashed (file, line, function), never a value.
    assert "Segmentation fault" in err and "read_student" in err
    assert "Testelev" not in err


def test_control_without_hardening_this_machine_does_write_a_core(tmp_path: Path) -> None:
    """Shows that the checks above can see a core when one is made."""
    import resource

    pattern = core_pattern()
    if not pattern or pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"core_pattern {pattern!r} sends cores elsewhere; only the bit is checked")
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("this machine's hard core limit is 0: it never writes a core")
    cwd = tmp_path / "plain"
    cwd.mkdir()
    status, out, _ = crash(cwd, "plain")
    assert os.WTERMSIG(status) == signal.SIGSEGV
    assert "dumpable 1" in out
    found = cores(cwd)
    for name in found:
        (cwd / name).unlink()  # a core of a synthetic child; not kept in the temp tree
    assert os.WCOREDUMP(status) and found, "no core without hardening: the test sees nothing"
