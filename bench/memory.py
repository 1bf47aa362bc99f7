"""Memory after lock (issue 14): the data key, the passphrase and the names, counted.

A child process has a skolsocionom's session — a vault of 12 named synthetic students
("Testelev Alfa" …) among 2,000 made-up others, unlocked, every named student opened, a
search — and locks; ten seconds later the parent reads all of its memory through
/proc/PID/mem (bench/_memory.py). Measured three ways: through the services with
cipher_memory_security off (the default) and on, and in the real window (offscreen Qt).
Prints one JSON object per line, unlocked and locked; the data key's target is 0. A
measurement that fails (no /proc, memory not readable) fails the script: exit 1.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._memory import NAMES, measure, report  # noqa: E402

FILLER = 2000
WAIT_SECONDS = 10.0  # as long after lock as the finding


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("bench/memory.py reads /proc/PID/mem: Linux only", file=sys.stderr)
        return 1
    failed = False
    for memory_security, window in ((False, False), (True, False), (False, True)):
        with tempfile.TemporaryDirectory(prefix="sstdesk-bench-memory-") as tmp:
            started = time.perf_counter()
            try:
                result = measure(
                    Path(tmp) / "profil",
                    memory_security=memory_security,
                    wait_seconds=WAIT_SECONDS,
                    filler=FILLER,
                    window=window,
                )
            except Exception as error:  # noqa: BLE001 — said, and the script fails
                print(f"measurement failed: {type(error).__name__}: {error}", file=sys.stderr)
                failed = True
                continue
            for line in report(result, students=len(NAMES) + FILLER):
                print(json.dumps(line, ensure_ascii=False), flush=True)
            print(
                json.dumps(
                    {
                        "name": "memory.measurement_seconds",
                        "value": round(time.perf_counter() - started, 1),
                        "unit": "s",
                        "memory_security": memory_security,
                        "session": "window" if window else "services",
                    }
                ),
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
