"""Vault benchmark: SQLCipher beside plain SQLite, same schema and workload, same run.

For 1,000 and 10,000 students: open+unlock (the KDF apart; it is measured on
its own), search latency, one-edit commit latency, the caseload list, and a
bulk write of 1,000 students. Plain SQLite is the very same engine
(sqlcipher3) opened without a key. SQLCipher is measured twice, with
cipher_memory_security off and on, each in a fresh process (the setting is
process-wide and cannot be turned off again).
Prints one JSON object per line; target: SQLCipher within 1.3x on search and
commit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._caseload import fill  # noqa: E402
from sstdesk.domain.model import Student  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.vault import audit  # noqa: E402
from sstdesk.vault.connection import transaction  # noqa: E402
from sstdesk.vault.keys import DATA_KEY_BYTES, calibrate  # noqa: E402
from sstdesk.vault.repository import Repository  # noqa: E402
from sstdesk.vault.vault import Identity, Vault, open_database  # noqa: E402

TARGET_RATIO = 1.3
SIZES = tuple(int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(","))


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]


def build(path: Path, key: bytearray | None, students: int) -> float:
    """Write the caseload (memory security off: the file is the same either way)."""
    conn = open_database(path, key, memory_security=False)
    start = time.perf_counter()
    fill(conn, students)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def measure(mode: str, students: int, path: Path, key: bytearray | None) -> None:
    """Runs in a fresh process: memory security is process-wide and cannot be undone."""
    secure = mode == "sqlcipher+memsec"
    tags = {"backend": mode, "students": students}

    def open_close() -> None:
        open_database(path, key, memory_security=secure).close()

    emit("vault.open_unlock_without_kdf", statistics.median(timed(open_close, 5)), "ms", **tags)
    conn = open_database(path, key, memory_security=secure)
    repo = Repository(conn)
    ids = [row[0] for row in conn.execute("SELECT id FROM students ORDER BY id")]
    sample_pnr = repo.get(Student, ids[len(ids) // 2]).personnummer  # type: ignore[union-attr]
    queries = ["Al", "Lindq", sample_pnr[2:].replace("-", ""), "Ekback", "morgonrutin", "saga ber"]
    search = [t for q in queries for t in timed(lambda q=q: repo.search(q), 20)]
    emit("vault.search_median", statistics.median(search), "ms", **tags)
    emit("vault.search_p95", p95(search), "ms", **tags)
    counter = iter(range(10**9))

    def one_edit() -> None:
        student = repo.get(Student, ids[next(counter) % len(ids)])
        assert student is not None
        with transaction(conn):
            repo.put(type(student)(**{**student.__dict__, "class_name": "7B"}))
            repo.reindex_student(student.id)
            audit.append(
                conn,
                at=dt.datetime.now(dt.UTC),
                actor="bench",
                device="bench",
                action="student.update",
                student_id=student.id,
            )

    commits = timed(one_edit, 50)
    emit("vault.commit_one_edit_median", statistics.median(commits), "ms", **tags)
    emit("vault.commit_one_edit_p95", p95(commits), "ms", **tags)
    vault = Vault(path.parent, conn, Identity("bench", "bench"), lambda: dt.datetime.now(dt.UTC))
    service = CaseloadService(vault)
    service.caseload()  # builds the projection once (bulk-filled vault), outside the timing
    typed = [
        t for q in ("S", "Sa", "Saga", "Saga L") for t in timed(lambda q=q: service.search(q), 5)
    ]
    emit("vault.search_as_typed_median", statistics.median(typed), "ms", **tags)
    listing = timed(lambda: service.caseload(), 3)
    emit("vault.caseload_list_median", statistics.median(listing), "ms", **tags)
    shown = len(service.due())
    due = timed(lambda: service.due(), 10)
    emit("vault.due_list_median", statistics.median(due), "ms", items=shown, target=20, **tags)
    # Bulk writing (an import, a first sync) of 1,000 more students in one transaction.
    bulk_start = time.perf_counter()
    fill(conn, 1000, seed=students + 1)
    emit("vault.bulk_write_1000_students", time.perf_counter() - bulk_start, "s", **tags)
    conn.close()


def child(mode: str, students: int, source: Path, key_hex: str) -> dict[str, float]:
    """Measure `mode` on a fresh copy of the file (each child writes to it)."""
    path = source.with_name(f"{mode}-{source.name}")
    shutil.copyfile(source, path)
    env = {**os.environ, "BENCH_KEY": key_hex}
    done = subprocess.run(
        [sys.executable, __file__, "--measure", mode, str(students), str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"benchmark child {mode} failed")
    results = {}
    for line in done.stdout.splitlines():
        print(line, flush=True)
        record = json.loads(line)
        results[record["name"]] = record["value"]
    return results


def main() -> None:
    params = calibrate()
    from nacl.pwhash import argon2id

    salt = os.urandom(16)
    kdf = timed(
        lambda: argon2id.kdf(
            32, b"bench passphrase", salt, opslimit=params.opslimit, memlimit=params.memlimit
        ),
        3,
    )
    emit(
        "vault.kdf_argon2id",
        statistics.median(kdf),
        "ms",
        memlimit_mib=params.memlimit // 2**20,
        opslimit=params.opslimit,
    )
    key = bytearray(os.urandom(DATA_KEY_BYTES))
    with tempfile.TemporaryDirectory(prefix="sstdesk-bench-") as tmp:
        for students in SIZES:
            plain_path = Path(tmp) / f"plain-{students}.db"
            cipher_path = Path(tmp) / f"cipher-{students}.db"
            build(plain_path, None, students)
            build(cipher_path, key, students)
            plain = child("sqlite", students, plain_path, "")
            modes = {"sqlcipher": child("sqlcipher", students, cipher_path, key.hex())}
            modes["sqlcipher+memsec"] = child("sqlcipher+memsec", students, cipher_path, key.hex())
            for mode, results in modes.items():
                for metric, target in (
                    ("vault.search_median", TARGET_RATIO),
                    ("vault.commit_one_edit_median", TARGET_RATIO),
                    ("vault.open_unlock_without_kdf", None),
                    ("vault.bulk_write_1000_students", None),
                ):
                    ratio = results[metric] / plain[metric]
                    emit(
                        f"{metric}.ratio",
                        ratio,
                        "x",
                        backend=mode,
                        students=students,
                        target=target,
                        met=None if target is None else ratio <= target,
                    )


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--measure":
        key_hex = os.environ.get("BENCH_KEY", "")
        measure(
            sys.argv[2],
            int(sys.argv[3]),
            Path(sys.argv[4]),
            bytearray(bytes.fromhex(key_hex)) if key_hex else None,
        )
    else:
        main()
