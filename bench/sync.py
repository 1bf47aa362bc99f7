"""Sync benchmark (issue 6). Prints JSON lines:

- initial pull: a new laptop reads and applies 10,000 records (decrypt, merge, SQLCipher),
  against the in-process server; target ≤ 5 s;
- incremental sync: one push and one pull of one change against a server log of 100,000
  records, server time per request; target ≤ 50 ms;
- pushes per second from 50 concurrent devices to the real server (uvicorn on loopback,
  one worker), on SQLite and on PostgreSQL when SSTDESK_TEST_POSTGRES names one;
  target ≥ 2,000 mutations/s on PostgreSQL. Baseline in the same run: the health route.
"""

from __future__ import annotations

import base64
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from bench._caseload import fill  # noqa: E402
from sstdesk.server import auth, store  # noqa: E402
from sstdesk.server.app import ServerSettings, create_app  # noqa: E402
from sstdesk.server.db import devices, engine_for, heads, log, tokens  # noqa: E402
from sstdesk.server.migrate import upgrade  # noqa: E402
from sstdesk.services.caseload import CaseloadService  # noqa: E402
from sstdesk.services.sync import SyncService  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402
from sstdesk.vault.vault import Vault  # noqa: E402
from sstdesk.wire.schema import DeviceStatus  # noqa: E402

PASSWORD = "bänkmärkningens lösenord"
NOW = dt.datetime.now(dt.UTC)


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 2), "unit": unit, **extra}), flush=True)


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
    start = time.perf_counter()
    anna.client.sync()
    emit("sync_initial_push", time.perf_counter() - start, "s", records=records)
    bo = laptop(path, "bo", client)
    (pending,) = anna.client.pending_devices().devices
    anna.client.approve(pending.device_id, pending.public_key)
    bo.client.enrol("bo", PASSWORD, "bo")
    start = time.perf_counter()
    result = bo.client.sync()
    seconds = time.perf_counter() - start
    emit("sync_initial_pull", seconds, "s", records=result.pulled, target=5.0, met=seconds <= 5.0)
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
    pushes, pulls = [], []
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
        pushes.append(time.perf_counter() - t)
        seq = answer.json()["results"][0]["seq"]
        t = time.perf_counter()
        page = client.get(f"/v1/changes?since={seq - 1}", headers=headers).json()
        pulls.append(time.perf_counter() - t)
        assert len(page["changes"]) == 1
    for name, times in (("push", pushes), ("pull", pulls)):
        ms = statistics.median(times[10:]) * 1000
        emit(f"sync_incremental_{name}_one_change_100k_log", ms, "ms", target=50.0, met=ms <= 50.0)
    engine.dispose()


def pushes_per_second(path: Path, url: str | None, label: str, instances: int = 1) -> None:
    engine, team_id = team_server(path, url)
    headers = []
    with engine.begin() as conn:
        user_id = conn.execute(text("SELECT id FROM users WHERE name = 'anna'")).scalar_one()
        for n in range(50):
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
    try:
        for address in bases:
            for _ in range(100):
                try:
                    httpx.get(address + "/v1/health", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
        health = []
        with httpx.Client(base_url=base) as c:
            for _ in range(200):
                t = time.perf_counter()
                c.get("/v1/health")
                health.append(time.perf_counter() - t)
        emit(f"sync_baseline_health_{label}", statistics.median(health) * 1000, "ms")
        cipher = base64.b64encode(secrets.token_bytes(300)).decode()
        per_request, requests_each = 100, 4
        done = [0]
        lock = threading.Lock()

        def device(n: int) -> None:
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
                    answer = c.post("/v1/push", json={"mutations": batch})
                    answer.raise_for_status()
                    with lock:
                        done[0] += len(answer.json()["results"])

        threads = [threading.Thread(target=device, args=(n,)) for n in range(50)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - start
        rate = done[0] / seconds
        target = 2000.0 if label == "postgresql" else None
        emit(
            f"sync_pushes_50_devices_{label}",
            rate,
            "mutations/s",
            mutations=done[0],
            instances=instances,
            target=target,
            met=None if target is None else rate >= target,
        )
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
        engine.dispose()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        initial_pull(Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        incremental(Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        pushes_per_second(Path(tmp), None, "sqlite")
    url = os.environ.get("SSTDESK_TEST_POSTGRES")
    if url:
        for instances in (1, 2):
            with tempfile.TemporaryDirectory() as tmp:
                pushes_per_second(Path(tmp), url, "postgresql", instances)


if __name__ == "__main__":
    main()
