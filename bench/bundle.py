"""The installed program: bundle size, and how long the frozen app takes to show its window.

Needs the bundle `make dist` builds (dist/sstdesk); without it, says so and measures
nothing. Baseline in the same run: the same start from the development venv
(`python -m sstdesk`), and `--self-check` of the bundle (what IT runs).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "sstdesk"
PROGRAM = BUNDLE / ("sstdesk.exe" if sys.platform == "win32" else "sstdesk")


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 2), "unit": unit, **extra}))


def timed(command: list[str], env: dict[str, str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    if not PROGRAM.exists():
        print("bench/bundle.py: no bundle in dist/ (run `make dist`); skipped", file=sys.stderr)
        return
    files = [f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)  # as installed: links are not copies
    emit("bundle_size", size / 1e6, "MB", files=len(files))
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SSTDESK_HOME": home,
            "SSTDESK_STARTUP_PROBE": "1",
            "SSTDESK_DEPLOYMENT": str(Path(home) / "none.json"),
        }
        frozen = timed([str(PROGRAM)], env)
        emit("frozen_start_to_window", frozen * 1000, "ms", target=3000.0, met=frozen < 3.0)
        venv = timed([sys.executable, "-m", "sstdesk"], env)
        emit("baseline_venv_start_to_window", venv * 1000, "ms")
        check = timed([str(PROGRAM), "--self-check"], env, runs=3)
        emit("frozen_self_check", check * 1000, "ms")


if __name__ == "__main__":
    main()
