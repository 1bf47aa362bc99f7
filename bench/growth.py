"""Growth benchmark (issue 17): each figure at 1k, 10k, 30k and 50k students, and its slope.

One SQLCipher vault per size, bulk-written by `bench/_caseload.py`, each measured in a
fresh process (so peak memory is the size's own). For each size: unlock → caseload
(open the file and read the overview the window shows first), the due list, one edit
committed, a keystroke of search-as-you-type, 1,000 more students written in one
transaction, and the process's peak memory. Then, per figure, the slope per 10,000
students by least squares, and the figure at the largest size against its target.

BENCH_GROWTH_SIZES="1000,10000" picks the sizes. Prints one JSON object per line; a
measurement that meets an error stops the run with exit code 1 and reports no figure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._caseload import fill  # noqa: E402
from sstdesk.domain.model import Student  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.vault.keys import DATA_KEY_BYTES  # noqa: E402
from sstdesk.vault.vault import Identity, Vault, open_database  # noqa: E402

SIZES = tuple(
    int(s) for s in os.environ.get("BENCH_GROWTH_SIZES", "1000,10000,30000,50000").split(",")
)
# The targets at 50,000 students (issue 17), by figure.
TARGETS = {
    "growth.unlock_to_caseload": (0.3, "s"),
    "growth.due_list": (20.0, "ms"),
    "growth.commit_one_edit": (5.0, "ms"),
    "growth.keystroke": (16.0, "ms"),
    "growth.peak_memory": (300.0, "MB"),
}


def emit(name: str, value: float | None, unit: str, **extra: object) -> None:
    shown = None if value is None else round(value, 3)
    print(json.dumps({"name": name, "value": shown, "unit": unit, **extra}), flush=True)


def median_ms(fn: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(path: Path, key: bytearray, students: int) -> None:
    """In a fresh process: every figure of one size."""
    tags = {"students": students}
    clock = lambda: dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # noqa: E731

    def unlock() -> CaseloadService:
        conn = open_database(path, key, memory_security=False)
        service = CaseloadService(Vault(path.parent, conn, Identity("bench", "bench"), clock))
        service.overview()
        return service

    first = unlock()  # the projection built once, outside the timing (a bulk-filled file)
    first.vault.conn.close()
    starts = []
    for _ in range(3):
        begin = time.perf_counter()
        service = unlock()
        starts.append(time.perf_counter() - begin)
        service.vault.conn.close()
    emit("growth.unlock_to_caseload", statistics.median(starts), "s", **tags)
    service = unlock()
    emit("growth.due_list", median_ms(service.due, 10), "ms", items=len(service.due()), **tags)
    repo = service.vault.repo
    ids = [row[0] for row in service.vault.conn.execute("SELECT id FROM students ORDER BY id")]
    turn = iter(range(10**9))

    def one_edit() -> None:
        student = repo.get(Student, ids[next(turn) * 7919 % len(ids)])
        assert student is not None
        changed = dataclasses.replace(student, class_name=f"7{'AB'[next(turn) % 2]}")
        service.update_student(changed)

    emit("growth.commit_one_edit", median_ms(one_edit, 30), "ms", **tags)
    keys = [median_ms(lambda q=q: service.search(q, audit=False), 5) for q in ("S", "Sa", "Sag")]
    emit("growth.keystroke", statistics.median(keys), "ms", **tags)
    begin = time.perf_counter()
    fill(service.vault.conn, 1000, seed=students + 1)
    emit("growth.bulk_write_1000", time.perf_counter() - begin, "s", **tags)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    emit("growth.peak_memory", peak, "MB", **tags)
    service.vault.conn.close()


def slope(points: list[tuple[int, float]]) -> float:
    """Least squares: the figure's growth per 10,000 students."""
    xs, ys = [p[0] / 10_000 for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread if spread else 0.0


def main() -> None:
    key = bytearray(os.urandom(DATA_KEY_BYTES))
    found: dict[str, list[tuple[int, float]]] = {}
    units: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="sstdesk-growth-") as tmp:
        for students in SIZES:
            path = Path(tmp) / f"vault-{students}" / "vault.db"
            path.parent.mkdir()
            conn = open_database(path, key, memory_security=False)
            begin = time.perf_counter()
            fill(conn, students)
            conn.close()
            emit("growth.build", time.perf_counter() - begin, "s", students=students)
            done = subprocess.run(
                [sys.executable, __file__, "--measure", str(path), str(students)],
                capture_output=True,
                text=True,
                env={**os.environ, "BENCH_KEY": key.hex()},
                timeout=7200,
                check=False,
            )
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                raise SystemExit(f"growth: measuring {students} students failed")
            for line in done.stdout.splitlines():
                print(line, flush=True)
                record = json.loads(line)
                found.setdefault(record["name"], []).append((students, record["value"]))
                units[record["name"]] = record["unit"]
            path.unlink()
    for name, points in found.items():
        target = TARGETS.get(name)
        largest = max(points)
        emit(
            f"{name}.slope_per_10k",
            slope(points) if len(points) > 1 else None,
            units[name],
            sizes=[p[0] for p in points],
            at_largest=largest[1],
            target=None if target is None else target[0],
            met=None if target is None or largest[0] < 50_000 else largest[1] <= target[0],
        )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        measure(
            Path(sys.argv[2]), bytearray(bytes.fromhex(os.environ["BENCH_KEY"])), int(sys.argv[3])
        )
    else:
        main()
