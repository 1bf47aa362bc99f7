"""Sync benchmark (issue 6). Prints JSON lines:

- initial pull: a new laptop reads and applies 10,000 records (decrypt, merge, SQLCipher),
  against the in-process server; target ≤ 5 s;
- incremental sync: one push and one pull of one change against a server log of 100,000
  records, server time per request; target ≤ 50 ms;
- pushes per second from 50 concurrent devices to the real server (uvicorn on loopback,
  one worker), on SQLite and on PostgreSQL when SSTDESK_TEST_POSTGRES names one;
  target ≥ 2,000 mutations/s on PostgreSQL. Baseline in the same run: the health route.

Every line carries `errors` and `error_kinds` (an exception's class and first words, or an
HTTP status and refusal code; never content). A measurement that met any error reports no
figure (`value` null, `valid` false): a rate or a time from the part that worked says
nothing about the whole. What failed goes to stderr, and the script exits 1.
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402

from bench._caseload import fill  # noqa: E402
from sstdesk.server import auth, store  # noqa: E402
from sstdesk.server.app import ServerSettings, create_app  # noqa: E402
from sstdesk.server.db import devices, engine_for, heads, log, tokens  # noqa: E402
from sstdesk.server.migrate import upgrade  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.services.sync import SyncService  # noqa: E402
from sstdesk.sync.engine import SyncResult  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402
from sstdesk.vault.vault import Vault  # noqa: E402
from sstdesk.wire.schema import DeviceStatus  # noqa: E402

PASSWORD = "bänkmärkningens lösenord"
NOW = dt.datetime.now(dt.UTC)
DEVICES = 50  # concurrent devices pushing to the real server


FAILED: list[str] = []  # the measurements that met an error, for the exit status


def kind_of(error: BaseException) -> str:
    """An error's kind, short and without content: an HTTP status and the server's
    refusal code, or an exception's class and the first words of its message."""
    if isinstance(error, httpx.HTTPStatusError):
        return f"HTTP {error.response.status_code} {refusal_code(error.response)}".strip()
    words = " ".join(str(error).split()[:5])
    return f"{type(error).__name__}: {words}"[:80] if words else type(error).__name__


def refusal_code(answer: httpx.Response) -> str:
    try:
        return str(answer.json().get("code", ""))
    except ValueError:
        return ""


class Errors:
    """Every error of one measurement, counted by kind; safe to add to from threads."""

    def __init__(self) -> None:
        self.kinds: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()

    def add(self, kind: str, count: int = 1) -> None:
        with self._lock:
            self.kinds[kind] += count

    @property
    def count(self) -> int:
        return sum(self.kinds.values())


def emit(name: str, value: float, unit: str, errors: Errors, **extra: object) -> None:
    line: dict[str, object] = {"name": name, "value": round(value, 2), "unit": unit, **extra}
    line.update(errors=errors.count, error_kinds=dict(errors.kinds), valid=not errors.count)
    if errors.count:
        line["value"] = None  # no figure from the part that worked
        if "met" in line:
            line["met"] = None
        FAILED.append(name)
        print(
            f"bench/sync.py: {name}: {errors.count} errors: {dict(errors.kinds)}", file=sys.stderr
        )
    print(json.dumps(line), flush=True)


def team_server(path: Path, url: str | None = None):  # type: ignore[no-untyped-def]
    engine = engine_for(url or f"sqlite:///{path / 'server.db'}")
    if url:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    upgrade(engine)
    with engine.begin() as conn:
        team_id = store.create_team(conn, district="Bänkby", name="SST", now=NOW)
        hashed = auth.Passwords(auth.HashParams.minimum()).hash(PASSWORD)
        for name in ("anna", "bo"):
            store.create_user(
                conn,
                team_id=team_id,
                name=name,
                password_hash=hashed,
                is_admin=name == "anna",
                now=NOW,
            )
    return engine, team_id


def laptop(path: Path, name: str, client: TestClient) -> SyncService:
    """A new laptop that has asked to join (pending)."""
    vault, _ = Vault.create(
        path / name, passphrase="x" * 16, user=name, district="Bänkby", params=KdfParams.floor()
    )
    sync = SyncService(CaseloadService(vault), client)
    sync.client.enrol(name, PASSWORD, name)
    return sync


def settled(result: SyncResult, errors: Errors, *, pushed: int = 0, pulled: int = 0) -> None:
    """A sync that left anything undone counts it as errors, by what was left."""
    for kind, count in (
        ("rejected", result.rejected),
        ("conflicts", result.conflicts),
        ("parked", result.parked),
        ("left in the outbox", result.waiting),
    ):
        if count:
            errors.add(kind, count)
    if result.pushed != pushed:
        errors.add(f"pushed {result.pushed} of {pushed}")
    if result.pulled != pulled:
        errors.add(f"pulled {result.pulled} of {pulled}")


def initial_pull(path: Path) -> None:
    engine, _ = team_server(path)
    client = TestClient(create_app(engine, ServerSettings(hashing=auth.HashParams.minimum())))
    anna = laptop(path, "anna", client)
    with engine.begin() as conn:  # the operator approves the team's first (admin) laptop
        store.decide_device(
            conn, anna.vault.repo.meta("sync_device_id"), DeviceStatus.APPROVED, now=NOW
        )
    anna.client.enrol("anna", PASSWORD, "anna")
    fill(anna.vault.conn, 1_100, notes_per_student=3)  # the outbox triggers queue it all
    records = anna.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    errors = Errors()
    start = time.perf_counter()
    result = anna.client.sync()
    seconds = time.perf_counter() - start
    settled(result, errors, pushed=records)
    emit("sync_initial_push", seconds, "s", errors, records=records)
    bo = laptop(path, "bo", client)
    (pending,) = anna.client.pending_devices().devices
    code = anna.client.approve(pending.device_id, pending.public_key, bo.client.safety_code)
    bo.client.enrol("bo", PASSWORD, "bo", team_code=code)
    with engine.begin() as conn:  # all of it: the records and anna's audit entries
        held = conn.execute(select(func.count()).select_from(log)).scalar_one()
    errors = Errors()
    start = time.perf_counter()
    result = bo.client.sync()
    seconds = time.perf_counter() - start
    settled(result, errors, pulled=held)
    emit(
        "sync_initial_pull",
        seconds,
        "s",
        errors,
        records=result.pulled,
        target=5.0,
        met=seconds <= 5.0,
    )
    anna.vault.close()
    bo.vault.close()
    engine.dispose()


def incremental(path: Path) -> None:
    """Server time for one push and one pull of one change when the team's log already
    holds 100,000 record versions."""
    engine, team_id = team_server(path)
    client = TestClient(create_app(engine, ServerSettings(hashing=auth.HashParams.minimum())))
    cipher = base64.b64encode(secrets.token_bytes(400)).decode()
    with engine.begin() as conn:
        user_id = conn.execute(text("SELECT id FROM users WHERE name = 'anna'")).scalar_one()
        conn.execute(
            insert(devices).values(
                id="bench-device",
                team_id=team_id,
                user_id=user_id,
                name="bench",
                public_key="k" * 44,
                status="approved",
                wrapped_team_key="",
                created_at=NOW,
            )
        )
        token, digest = auth.new_token()
        conn.execute(
            insert(tokens).values(
                hash=digest,
                device_id="bench-device",
                user_id=user_id,
                expires_at=NOW + dt.timedelta(hours=2),
            )
        )
        for chunk in range(0, 100_000, 10_000):
            rows = [
                {
                    "team_id": team_id,
                    "record_id": f"old{n:08d}",
                    "kind": "students",
                    "version": 1,
                    "base_version": 0,
                    "device_id": "bench-device",
                    "key_id": "k",
                    "ciphertext": cipher,
                    "deleted": False,
                    "received_at": NOW,
                }
                for n in range(chunk, chunk + 10_000)
            ]
            conn.execute(insert(log), rows)
            conn.execute(
                insert(heads),
                [{"team_id": team_id, "record_id": r["record_id"], "version": 1} for r in rows],
            )
    headers = {"Authorization": f"Bearer {token}"}
    pushes: list[float] = []
    pulls: list[float] = []
    errors = {"push": Errors(), "pull": Errors()}
    for n in range(60):
        mutation = {
            "mutation_id": secrets.token_hex(16),
            "record_id": f"new{n:08d}",
            "kind": "students",
            "base_version": 0,
            "key_id": "k",
            "ciphertext": cipher,
        }
        t = time.perf_counter()
        answer = client.post("/v1/push", json={"mutations": [mutation]}, headers=headers)
        took = time.perf_counter() - t
        if answer.status_code != 200:
            errors["push"].add(f"HTTP {answer.status_code} {refusal_code(answer)}".strip())
            continue
        (result,) = answer.json()["results"]
        if result["status"] != "accepted":
            errors["push"].add(result["status"])
            continue
        pushes.append(took)
        t = time.perf_counter()
        answer = client.get(f"/v1/changes?since={result['seq'] - 1}", headers=headers)
        took = time.perf_counter() - t
        if answer.status_code != 200:
            errors["pull"].add(f"HTTP {answer.status_code} {refusal_code(answer)}".strip())
            continue
        if [c["record_id"] for c in answer.json()["changes"]] != [mutation["record_id"]]:
            errors["pull"].add("not the one change pushed")
            continue
        pulls.append(took)
    for name, times in (("push", pushes), ("pull", pulls)):
        ms = statistics.median(times[10:]) * 1000 if times[10:] else 0.0
        emit(
            f"sync_incremental_{name}_one_change_100k_log",
            ms,
            "ms",
            errors[name],
            target=50.0,
            met=ms <= 50.0,
        )
    engine.dispose()


def pushes_per_second(path: Path, url: str | None, label: str, instances: int = 1) -> None:
    engine, team_id = team_server(path, url)
    headers = []
    with engine.begin() as conn:
        user_id = conn.execute(text("SELECT id FROM users WHERE name = 'anna'")).scalar_one()
        for n in range(DEVICES):
            device_id = f"bench-device-{n:03d}"
            conn.execute(
                insert(devices).values(
                    id=device_id,
                    team_id=team_id,
                    user_id=user_id,
                    name=device_id,
                    public_key="k" * 44,
                    status="approved",
                    wrapped_team_key="",
                    created_at=NOW,
                )
            )
            token, digest = auth.new_token()
            conn.execute(
                insert(tokens).values(
                    hash=digest,
                    device_id=device_id,
                    user_id=user_id,
                    expires_at=NOW + dt.timedelta(hours=2),
                )
            )
            headers.append({"Authorization": f"Bearer {token}"})
    env = {**os.environ, "SSTDESK_SERVER_DB": url or f"sqlite:///{path / 'server.db'}"}
    bases, servers = [], []
    for _ in range(instances):  # stateless: several instances can share one database
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        command = [sys.executable, "-m", "sstdesk.server", "serve", "--dev", "--port", str(port)]
        servers.append(subprocess.Popen(command, env=env))
        bases.append(f"http://127.0.0.1:{port}")
    base = bases[0]
    per_request, requests_each = 100, 4
    try:
        for address, server in zip(bases, servers, strict=True):
            for _ in range(100):
                if server.poll() is not None:
                    raise RuntimeError(
                        f"the server stopped before answering (exit {server.returncode})"
                    )
                try:
                    httpx.get(address + "/v1/health", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise RuntimeError(f"the server at {address} did not answer in 10 s")
        health: list[float] = []
        health_errors = Errors()
        with httpx.Client(base_url=base) as c:
            for _ in range(200):
                t = time.perf_counter()
                try:
                    c.get("/v1/health").raise_for_status()
                except httpx.HTTPError as error:
                    health_errors.add(kind_of(error))
                    continue
                health.append(time.perf_counter() - t)
        ms = statistics.median(health) * 1000 if health else 0.0
        emit(f"sync_baseline_health_{label}", ms, "ms", health_errors)
        cipher = base64.b64encode(secrets.token_bytes(300)).decode()
        errors = Errors()
        failed: set[int] = set()  # devices with any request that failed, or a thread that died
        done = [0]
        lock = threading.Lock()

        def device(n: int) -> None:
            try:
                address = bases[n % instances]
                with httpx.Client(base_url=address, headers=headers[n], timeout=120) as c:
                    for r in range(requests_each):
                        batch = [
                            {
                                "mutation_id": secrets.token_hex(16),
                                "record_id": f"d{n:03d}r{r:02d}m{m:03d}",
                                "kind": "students",
                                "base_version": 0,
                                "key_id": "k",
                                "ciphertext": cipher,
                            }
                            for m in range(per_request)
                        ]
                        try:  # a failed request is counted; the device goes on with the next
                            answer = c.post("/v1/push", json={"mutations": batch})
                            answer.raise_for_status()
                            results = answer.json()["results"]
                        except (httpx.HTTPError, ValueError, KeyError) as error:
                            errors.add(kind_of(error))
                            with lock:
                                failed.add(n)
                            continue
                        accepted = sum(x["status"] == "accepted" for x in results)
                        if accepted != len(batch):  # new records on base 0: all are taken
                            errors.add("not accepted", len(batch) - accepted)
                        with lock:
                            done[0] += accepted
                            if accepted != len(batch):
                                failed.add(n)
            except BaseException as error:  # the thread itself died: counted, never lost
                errors.add(f"device thread died: {kind_of(error)}")
                with lock:
                    failed.add(n)

        threads = [threading.Thread(target=device, args=(n,)) for n in range(DEVICES)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - start
        expected = DEVICES * requests_each * per_request
        with engine.begin() as conn:  # what the server holds is what the devices were told
            held = conn.execute(
                select(func.count()).select_from(log).where(log.c.team_id == team_id)
            ).scalar_one()
        if held != done[0]:
            errors.add(f"server log holds {held}, devices were told {done[0]}")
        if not errors.count and done[0] != expected:
            errors.add(f"{done[0]} of {expected} mutations accepted")
        rate = done[0] / seconds
        target = 2000.0 if label == "postgresql" else None
        emit(
            f"sync_pushes_{DEVICES}_devices_{label}",
            rate,
            "mutations/s",
            errors,
            mutations=done[0],
            expected=expected,
            devices_failed=len(failed),
            instances=instances,
            target=target,
            met=None if target is None else rate >= target,
        )
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
        engine.dispose()


def measure(name: str, run: Callable[..., None], *args: object) -> None:
    """One measurement in a directory of its own; an error that stops it is reported as
    an invalid line of its own, and the rest of the script still runs."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run(Path(tmp), *args)
    except Exception as error:
        traceback.print_exc()
        errors = Errors()
        errors.add(f"stopped: {kind_of(error)}")
        emit(name, 0.0, "", errors)


def main() -> int:
    measure("sync_initial", initial_pull)
    measure("sync_incremental", incremental)
    measure(f"sync_pushes_{DEVICES}_devices_sqlite", pushes_per_second, None, "sqlite")
    url = os.environ.get("SSTDESK_TEST_POSTGRES")
    if url:
        for instances in (1, 2):
            name = f"sync_pushes_{DEVICES}_devices_postgresql"
            measure(name, pushes_per_second, url, "postgresql", instances)
    if FAILED:
        print(f"bench/sync.py: FAILED, no figure for: {', '.join(FAILED)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
