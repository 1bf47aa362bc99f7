"""The process hardened before anything is read: no core dumps, no crash dumps.

Layer: shared utility (no Qt, no vault). `harden()` is the first thing
`sstdesk.cli.main` does, so the window and every command run hardened. A
crash while unlocked must not write the caseload, the data key or the
passphrase to disk (security.md LC-4), so:

- Linux: RLIMIT_CORE 0 (soft and hard: the process cannot raise it again) and
  prctl(PR_SET_DUMPABLE, 0). The second also stops the kernel's pipe handlers
  (systemd-coredump, apport) and makes /proc/PID/mem, /proc/PID/environ and
  ptrace unavailable to other processes of the same user (root still can).
- macOS: RLIMIT_CORE 0. PT_DENY_ATTACH is deliberately not used: it only
  stops a debugger attaching (the program then dies instead), a signed app's
  hardened runtime already refuses other processes' task_for_pid, and we have
  no Mac to test it on. ReportCrash writes stack traces, not memory.
- Windows: SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX) (no
  "has stopped working" box), WerSetFlags(NOHEAP | NO_UI) (a report, if WER
  makes one, has no heap and asks nothing) and, for the installed program
  only, WerAddExcludedApplication(sstdesk.exe) so WER leaves its crashes alone
  (under a plain `python.exe` that would exclude every Python program of the
  user, so it is skipped there). Untested here: each call is guarded.

faulthandler is turned on (to stderr only, never a file): on a fatal signal it
prints the signal and, per thread, each frame's source file, line and function
name. It never prints arguments, locals or any value, so nothing a person typed
or read can appear. It is left as it is when already on (PYTHONFAULTHANDLER,
pytest), and off when there is no stderr (a windowed bundle).

No step may stop the program from starting: a failure is logged (by name) and
reported in the returned `Hardening`, which the self-check shows.
"""

from __future__ import annotations

import ctypes
import faulthandler
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 1
WER_FAULT_REPORTING_NO_UI = 32

# What each step means, for the self-check's line (IT reads it).
LABELS = {
    "faulthandler": "felspårning utan data till stderr",
    "rlimit_core": "inga kärndumpar (RLIMIT_CORE 0)",
    "not_dumpable": "processen kan inte dumpas (PR_SET_DUMPABLE 0)",
    "error_mode": "ingen feldialog vid krasch",
    "wer_flags": "Windows felrapportering utan minnesinnehåll",
    "wer_excluded": "undantagen från Windows felrapportering",
}


@dataclass
class Hardening:
    """What `harden()` did; `failed` names the steps that did not take."""

    done: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def step(self, name: str, ok: bool) -> None:
        (self.done if ok else self.failed).append(name)
        if not ok:
            log.warning("hardening step failed: %s", name)


def harden() -> Hardening:
    """Harden this process for the platform it runs on; never raises."""
    result = Hardening()
    _guarded(result, "faulthandler", _faulthandler)
    if sys.platform.startswith("linux"):
        _guarded(result, "rlimit_core", _no_core_limit)
        _guarded(result, "not_dumpable", _not_dumpable)
    elif sys.platform == "darwin":
        _guarded(result, "rlimit_core", _no_core_limit)
    elif sys.platform == "win32":
        _guarded(result, "error_mode", _windows_error_mode)
        _guarded(result, "wer_flags", _windows_wer_flags)
        if getattr(sys, "frozen", False):
            _guarded(result, "wer_excluded", _windows_wer_exclude)
    return result


def _guarded(result: Hardening, name: str, step: Callable[[], bool]) -> None:
    try:
        ok = step()
    except Exception:  # noqa: BLE001 — hardening must never stop the program starting
        ok = False
    result.step(name, ok)


def _faulthandler() -> bool:
    if faulthandler.is_enabled():
        return True
    stream = sys.__stderr__
    if stream is None:
        return True  # nowhere to write: nothing written anywhere
    try:
        stream.fileno()
    except (OSError, ValueError):
        return True
    faulthandler.enable(file=stream, all_threads=True)
    return True


def _no_core_limit() -> bool:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _not_dumpable() -> bool:
    prctl = _libc().prctl
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0


def _windows_error_mode() -> bool:
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    mode = kernel32.GetErrorMode()
    kernel32.SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    return True


def _windows_wer_flags() -> bool:
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    kernel32.WerSetFlags.restype = ctypes.c_long
    kernel32.WerSetFlags.argtypes = [ctypes.c_ulong]
    return kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP | WER_FAULT_REPORTING_NO_UI) == 0


def _windows_wer_exclude() -> bool:
    wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined]
    wer.WerAddExcludedApplication.restype = ctypes.c_long
    wer.WerAddExcludedApplication.argtypes = [ctypes.c_wchar_p, ctypes.c_int]
    exe = os.path.basename(sys.executable)
    return wer.WerAddExcludedApplication(exe, 0) == 0  # this user only: needs no admin
