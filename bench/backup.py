"""Backup benchmark: how long a checked backup and a restore take, and how large the file
is, for the demo vault (`sstdesk demo`, calibrated key derivation) and a 10,000-student
caseload.

A backup by hand opens its copy with the passphrase (one key derivation, included);
the automatic one opens it with the vault's own key. A restore derives the key once,
checks the copy and swaps it in. Prints one JSON object per line; a failure exits 1.
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
from sstdesk.services.backup import BackupService, restore  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.services.demo import create_demo  # noqa: E402
from sstdesk.vault.keys import calibrate  # noqa: E402
from sstdesk.vault.vault import DB_NAME, Vault  # noqa: E402

PASSPHRASE = "bench lösenfras för säkerhetskopior"
SIZES = tuple(int(s) for s in os.environ.get("BENCH_BACKUP_SIZES", "10000").split(",") if s)
RUNS = 3


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def median_seconds(fn: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(label: str, vault: Vault, work: Path) -> None:
    service = BackupService(CaseloadService(vault))
    usb = work / f"usb-{label}"
    usb.mkdir()
    made = []
    by_hand = median_seconds(lambda: made.append(service.back_up(usb, passphrase=PASSPHRASE)))
    automatic = median_seconds(lambda: made.append(service.back_up(usb)))
    report = made[-1]
    tags = {"vault": label, "records": report.records}
    emit("backup.file_size", report.size / 2**20, "MiB", **tags)
    emit("backup.database_size", (vault.directory / DB_NAME).stat().st_size / 2**20, "MiB", **tags)
    emit("backup.by_hand_with_passphrase_check", by_hand, "s", **tags)
    emit("backup.automatic_with_open_key_check", automatic, "s", **tags)
    targets = iter(range(RUNS))
    restored = median_seconds(
        lambda: restore(
            report.path, work / f"restored-{label}-{next(targets)}", passphrase=PASSPHRASE
        )
    )
    emit("backup.restore", restored, "s", **tags)


def main() -> int:
    params = calibrate()
    emit("backup.kdf_memlimit", params.memlimit / 2**20, "MiB", opslimit=params.opslimit)
    with tempfile.TemporaryDirectory(prefix="sstdesk-bench-backup-") as tmp:
        work = Path(tmp)
        service, _code, _count = create_demo(
            work / "demo", passphrase=PASSPHRASE, today=dt.date.today(), params=params
        )
        try:
            measure("demo", service.vault, work)
        finally:
            service.vault.close()
        for students in SIZES:
            vault, _code = Vault.create(
                work / f"stor-{students}", passphrase=PASSPHRASE, user="bench", params=params
            )
            try:
                fill(vault.conn, students)
                measure(f"{students}_students", vault, work)
            finally:
                vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
