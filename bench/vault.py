"""Vault benchmark: SQLCipher beside plain SQLite, same schema and workload, same run.

For 1,000 and 10,000 students: open+unlock (the KDF apart; it is measured on
its own), search latency, one-edit commit latency and the caseload list.
Plain SQLite is the very same engine (sqlcipher3) opened without a key.
Prints one JSON object per line; target: SQLCipher within 1.3x on search and
commit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
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


def run_backend(backend: str, students: int, workdir: Path) -> dict[str, float]:
    key = bytearray(os.urandom(DATA_KEY_BYTES)) if backend == "sqlcipher" else None
    path = workdir / f"{backend}-{students}.db"
    conn = open_database(path, key)
    ids = fill(conn, students)
    conn.close()
    tags = {"backend": backend, "students": students}
    results: dict[str, float] = {}

    def open_close() -> None:
        open_database(path, key).close()

    opens = timed(open_close, 5)
    results["open"] = statistics.median(opens)
    emit("vault.open_unlock_without_kdf", results["open"], "ms", **tags)

    conn = open_database(path, key)
    repo = Repository(conn)
    sample_pnr = repo.get(Student, ids[len(ids) // 2]).personnummer  # type: ignore[union-attr]
    queries = ["Al", "Lindq", sample_pnr[2:].replace("-", ""), "Ekback", "morgonrutin", "saga ber"]
    search = [t for q in queries for t in timed(lambda q=q: repo.search(q), 20)]
    results["search"] = statistics.median(search)
    emit("vault.search_median", results["search"], "ms", **tags)
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
    results["commit"] = statistics.median(commits)
    emit("vault.commit_one_edit_median", results["commit"], "ms", **tags)
    emit("vault.commit_one_edit_p95", p95(commits), "ms", **tags)

    vault = Vault(workdir, conn, Identity("bench", "bench"), lambda: dt.datetime.now(dt.UTC))
    service = CaseloadService(vault)
    listing = timed(lambda: service.caseload(), 3)
    emit("vault.caseload_list_median", statistics.median(listing), "ms", **tags)
    emit("vault.file_size", path.stat().st_size / 1e6, "MB", **tags)
    conn.close()
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
    with tempfile.TemporaryDirectory(prefix="sstdesk-bench-") as tmp:
        for students in SIZES:
            plain = run_backend("sqlite", students, Path(tmp))
            cipher = run_backend("sqlcipher", students, Path(tmp))
            for metric in ("open", "search", "commit"):
                ratio = cipher[metric] / plain[metric] if plain[metric] else float("nan")
                target = TARGET_RATIO if metric in ("search", "commit") else None
                emit(
                    f"vault.ratio_{metric}",
                    ratio,
                    "x",
                    students=students,
                    target=target,
                    met=None if target is None else ratio <= target,
                )


if __name__ == "__main__":
    main()
