"""What stays in the program's memory after lock: the data key, the passphrase, names.

Shared by bench/memory.py (prints the counts) and tests/vault/test_memory.py
(asserts them). A child process does what a skolsocionom does — creates a
vault of synthetic students, locks, unlocks with the passphrase, reads every
student through the services — then locks the way the window does. Twice it
stops and waits: unlocked, and locked. Each time the parent reads all of the
child's readable memory through /proc/PID/mem and counts every form of the
secrets (security.md LS-6, MASTG-TEST-0011: a memory dump searched for them).

The child hardens itself like the program (no core, not dumpable) and then makes
itself dumpable again on purpose: PR_SET_DUMPABLE 0 stops a process of the same
user reading /proc/PID/mem, which is its point, and would stop the measurement
too (root could read it anyway).

Linux only. Every name is made up ("Testelev Alfa"), never real data.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "minnesprovets lösenfras är hemlig"  # ä: a Latin-1 str in Python, UTF-8 on disk
GREEK = (
    "Alfa",
    "Beta",
    "Gamma",
    "Delta",
    "Epsilon",
    "Zeta",
    "Eta",
    "Theta",
    "Iota",
    "Kappa",
    "Lambda",
    "Omikron",
)
# "Testelev" as first name, a Greek letter as surname: the full name is "Testelev Alfa".
NAMES = tuple(f"Testelev {letter}" for letter in GREEK)


def text_forms(text: str) -> dict[str, bytes]:
    """Every way a str can sit in memory, as typed and in lower and upper case (a search
    folds case): UTF-8 (SQLite, files) and the three layouts CPython stores a str in
    (Latin-1, UCS-2, UCS-4); UCS-2 is also Qt's UTF-16."""
    unique: dict[str, bytes] = {}
    for variant in dict.fromkeys((text, text.lower(), text.upper())):
        forms = {"utf-8": variant.encode("utf-8")}
        try:
            forms["latin-1"] = variant.encode("latin-1")
        except UnicodeEncodeError:
            pass
        forms["utf-16"] = variant.encode("utf-16-le")
        forms["ucs-4"] = variant.encode("utf-32-le")
        case = "" if variant == text else ("-lower" if variant == text.lower() else "-upper")
        for name, raw in forms.items():
            if raw not in unique.values():
                unique[name + case] = raw
    return unique


def key_forms(key: bytes) -> dict[str, bytes]:
    """The raw data key and its hex, lower and upper case, as ASCII and as UTF-16."""
    lower, upper = key.hex(), key.hex().upper()
    return {
        "raw": key,
        "hex": lower.encode(),
        "HEX": upper.encode(),
        "hex-utf-16": lower.encode("utf-16-le"),
        "HEX-utf-16": upper.encode("utf-16-le"),
    }


def count(pid: int, patterns: dict[str, bytes]) -> dict[str, int]:
    """Occurrences of each pattern in every readable mapping of process `pid`."""
    totals = dict.fromkeys(patterns, 0)
    longest = max(len(p) for p in patterns.values())
    chunk = 64 * 1024 * 1024
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if not fields[1].startswith("r") or (len(fields) > 5 and fields[5] == "[vvar]"):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            at = start
            while at < end:
                size = min(chunk, end - at)
                try:
                    mem.seek(at)
                    data = mem.read(min(size + longest - 1, end - at))
                except OSError:
                    break  # a mapping the kernel will not show (guard pages, vsyscall)
                for name, pattern in patterns.items():
                    # only matches that start inside this chunk: the overlap is counted once
                    totals[name] += data.count(pattern, 0, size + len(pattern) - 1)
                at += size
    return totals


@dataclasses.dataclass
class Snapshot:
    """The counts at one moment, each secret summed over its forms and by form."""

    key: dict[str, int]
    passphrase: dict[str, int]
    names: dict[str, int]

    @property
    def key_total(self) -> int:
        return sum(self.key.values())

    @property
    def passphrase_total(self) -> int:
        return sum(self.passphrase.values())

    @property
    def names_total(self) -> int:
        return sum(self.names.values())


def scan(pid: int, data_key: bytes) -> Snapshot:
    patterns: dict[str, bytes] = {}
    for form, raw in key_forms(data_key).items():
        patterns[f"key:{form}"] = raw
    for form, raw in text_forms(PASSPHRASE).items():
        patterns[f"passphrase:{form}"] = raw
    for name in NAMES:
        for form, raw in text_forms(name).items():
            patterns[f"names:{form}:{name}"] = raw
    found = count(pid, patterns)
    names: dict[str, int] = {}
    for label, hits in found.items():
        if label.startswith("names:"):
            form = label.split(":")[1]
            names[form] = names.get(form, 0) + hits
    return Snapshot(
        key={k.split(":", 1)[1]: v for k, v in found.items() if k.startswith("key:")},
        passphrase={k.split(":", 1)[1]: v for k, v in found.items() if k.startswith("passphrase:")},
        names=names,
    )


@dataclasses.dataclass
class Measurement:
    unlocked: Snapshot
    locked: Snapshot
    memory_security: bool
    window: bool = False


def measure(
    profile: Path,
    *,
    memory_security: bool,
    wait_seconds: float = 0.0,
    filler: int = 0,
    window: bool = False,
) -> Measurement:
    """Run the child on a new profile directory; the counts unlocked and locked.

    `filler` more made-up students (bench/_caseload.py) make the caseload realistic in size:
    the page cache then holds megabytes of decrypted pages around the named students.
    `window`: the session in the real window (offscreen Qt) instead of the services."""
    from sstdesk.vault.keys import KeyFile
    from sstdesk.vault.vault import KEY_NAME

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env["SSTDESK_MEMORY_SECURITY"] = "on" if memory_security else "off"
    env.pop("SSTDESK_PASSPHRASE", None)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench._memory_child",
            str(profile),
            str(wait_seconds),
            str(filler),
            "window" if window else "services",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        # Typed, as on the unlock screen: never in argv, the environment or the child's code.
        for text in (PASSPHRASE, *NAMES, ""):
            child.stdin.write(" ".join(f"{ord(c):x}" for c in text) + "\n")
        child.stdin.flush()
        _expect(child, "unlocked")
        data_key = KeyFile.load(profile / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
        assert data_key is not None
        unlocked = scan(child.pid, bytes(data_key))
        child.stdin.write("lock\n")
        child.stdin.flush()
        _expect(child, "locked")
        locked = scan(child.pid, bytes(data_key))
        child.stdin.write("exit\n")
        child.stdin.flush()
        if child.wait(timeout=120) != 0:
            raise RuntimeError(f"the memory child failed with {child.returncode}")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return Measurement(unlocked, locked, memory_security, window)


def _expect(child: subprocess.Popen[str], word: str) -> None:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != word:
        child.kill()
        raise RuntimeError(f"the memory child said {line!r}, not {word!r}")


def report(result: Measurement, **tags: object) -> list[dict[str, object]]:
    """JSON-ready lines: per moment and secret, the total and the count by form. The data
    key's target is 0, unlocked and locked; the others are figures to watch (target 0,
    residue documented in tests/vault/test_memory.py)."""
    lines: list[dict[str, object]] = []
    for moment, snap in (("unlocked", result.unlocked), ("locked", result.locked)):
        for secret, by_form in (
            ("data_key", snap.key),
            ("passphrase", snap.passphrase),
            ("names", snap.names),
        ):
            value = sum(by_form.values())
            line: dict[str, object] = {
                "name": f"memory.{secret}_{moment}",
                "value": value,
                "unit": "occurrences",
                "by_form": {form: hits for form, hits in by_form.items() if hits},
                "memory_security": result.memory_security,
                "session": "window" if result.window else "services",
                **tags,
            }
            if secret == "data_key":
                line.update(target=0, met=value == 0)
            lines.append(line)
    return lines
