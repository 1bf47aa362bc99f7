"""`sstdesk-server` as an operator uses it, and the real server on loopback over TLS."""

from __future__ import annotations

import os
import re
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sstdesk.server.cli import main


def server_cli(*args: str, db: Path, password: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SSTDESK_SERVER_DB": f"sqlite:///{db}"}
    if password:
        env["SSTDESK_SERVER_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "sstdesk.server", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_an_operator_creates_a_team_a_user_and_decides_on_devices(tmp_path: Path) -> None:
    db = tmp_path / "server.db"
    team = server_cli("team", "create", "--district", "Farsta", "--name", "SST Söder", db=db)
    assert team.returncode == 0, team.stderr
    team_id = team.stdout.strip()
    short = server_cli(
        "user", "create", "--team", team_id, "--name", "anna.s", db=db, password="kort"
    )
    assert short.returncode == 1 and "minst 12 tecken" in short.stderr
    made = server_cli(
        "user",
        "create",
        "--team",
        team_id,
        "--name",
        "anna.s",
        "--admin",
        db=db,
        password="ett långt lösenord",
    )
    assert made.returncode == 0, made.stderr
    again = server_cli(
        "user",
        "create",
        "--team",
        team_id,
        "--name",
        "anna.s",
        db=db,
        password="ett långt lösenord",
    )
    assert again.returncode == 1 and "finns redan" in again.stderr
    unknown = server_cli("devices", "approve", "nope-0000", db=db)
    assert unknown.returncode == 1 and "Ingen enhet" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    listed = server_cli("team", "list", db=db)
    assert "SST Söder" in listed.stdout
    log = server_cli("log", db=db)
    assert log.returncode == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    certs = tmp_path / "certs"
    assert main(["dev-certs", str(certs)]) == 0
    assert oct((certs / "server.key").stat().st_mode & 0o777) == "0o600"
    port = free_port()
    env = {**os.environ, "SSTDESK_SERVER_DB": f"sqlite:///{tmp_path / 'server.db'}"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sstdesk.server",
            "serve",
            "--port",
            str(port),
            "--cert",
            str(certs / "server.pem"),
            "--key",
            str(certs / "server.key"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    context = ssl.create_default_context(cafile=str(certs / "ca.pem"))
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=context, timeout=1)
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise AssertionError(
                    process.stderr.read().decode() if process.stderr else ""
                ) from None
            time.sleep(0.2)
    yield port, certs
    process.terminate()
    process.wait(timeout=10)


def test_the_server_speaks_only_tls_12_or_newer_to_clients_that_trust_its_ca(
    tls_server: tuple[int, Path],
) -> None:
    port, certs = tls_server
    context = ssl.create_default_context(cafile=str(certs / "ca.pem"))
    with httpx.Client(verify=context) as client:
        answer = client.get(f"https://127.0.0.1:{port}/v1/health")
    assert answer.json() == {"status": "ok"}
    assert "server" not in {k.lower() for k in answer.headers}
    old = ssl.create_default_context(cafile=str(certs / "ca.pem"))
    old.minimum_version = ssl.TLSVersion.TLSv1
    old.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=old)
    stranger = ssl.create_default_context()  # the system's CAs, not the district's
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"https://127.0.0.1:{port}/v1/health", verify=stranger)
    assert httpx.get(f"https://127.0.0.1:{port}/openapi.json", verify=context).status_code == 404


def test_serve_refuses_to_run_without_tls_unless_in_development(tmp_path: Path) -> None:
    done = server_cli("serve", db=tmp_path / "s.db")
    assert done.returncode == 1 and "--cert och --key" in done.stderr


def test_two_laptops_sync_through_the_real_server_over_tls(
    tls_server: tuple[int, Path], tmp_path: Path
) -> None:
    """`sstdesk sync` as people use it: enrol, wait for approval, sync; the team admin's
    laptop lets the colleague's in; the server's file never holds a name."""
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.vault.keys import KdfParams
    from sstdesk.vault.vault import Vault
    from tests.conftest import PASSPHRASE, refer_student

    port, certs = tls_server
    db = tmp_path / "server.db"
    team = server_cli(
        "team", "create", "--district", "Farsta", "--name", "SST", db=db
    ).stdout.strip()
    for user, admin in (("anna.s", ["--admin"]), ("bo.t", [])):
        made = server_cli(
            "user",
            "create",
            "--team",
            team,
            "--name",
            user,
            *admin,
            db=db,
            password="ett långt lösenord",
        )
        assert made.returncode == 0, made.stderr
    profiles = {}
    for name in ("anna", "bo"):
        vault, _ = Vault.create(
            tmp_path / name,
            passphrase=PASSPHRASE,
            user=name,
            district="Farsta",
            params=KdfParams.floor(),
        )
        if name == "anna":
            refer_student(CaseloadService(vault), first_name="Åsa", last_name="Kanarie")
        vault.close()
        profiles[name] = tmp_path / name

    def laptop(name: str, *args: str) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "SSTDESK_PASSPHRASE": PASSPHRASE,
            "SSTDESK_SYNC_PASSWORD": "ett långt lösenord",
        }
        return subprocess.run(
            [sys.executable, "-m", "sstdesk", "sync", "--profile", str(profiles[name]), *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )

    server = ["--server", f"https://127.0.0.1:{port}", "--ca", str(certs / "ca.pem")]
    first = laptop("anna", "--enrol", "--user", "anna.s", *server)
    assert first.returncode == 0, first.stderr
    assert "väntar på att bli godkänd" in first.stdout
    device = server_cli("devices", "list", db=db).stdout.split()[0]
    assert server_cli("devices", "approve", device, db=db).returncode == 0
    assert "ansluten" in laptop("anna", "--enrol", "--user", "anna.s").stdout
    pushed = laptop("anna")
    assert pushed.returncode == 0, pushed.stderr
    assert "0 väntar" in pushed.stdout
    waiting = laptop("bo", "--enrol", "--user", "bo.t", *server).stdout
    assert "väntar på att bli godkänd" in waiting
    code = re.search(r"administratör:\s+([\d ]{23})", waiting)
    assert code is not None, waiting
    unasked = laptop("anna", "--approve-pending")  # no code given, nobody to type it
    assert unasked.returncode == 0 and "Inte godkänd" in unasked.stdout, unasked.stderr
    wrong = laptop("anna", "--approve-pending", "--safety-code", "12345 12345 12345 12345")
    assert wrong.returncode != 0 and "Säkerhetskoden stämmer inte" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    approved = laptop("anna", "--approve-pending", "--safety-code", code.group(1))
    assert "Godkände" in approved.stdout, approved.stderr
    team_code = re.search(r"--team-code\):\s+(\d{5} \d{5})", approved.stdout)
    assert team_code is not None, approved.stdout
    asked = laptop("bo", "--enrol", "--user", "bo.t")  # without the admin's team code
    assert asked.returncode != 0 and "teamkoden" in asked.stderr
    assert (
        "ansluten"
        in laptop("bo", "--enrol", "--user", "bo.t", "--team-code", team_code.group(1)).stdout
    )
    assert laptop("bo").returncode == 0
    vault = Vault.unlock(profiles["bo"], passphrase=PASSPHRASE)
    try:
        assert [r.name for r in CaseloadService(vault).caseload()] == ["Åsa Kanarie"]
    finally:
        vault.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("server.db*"))
    assert b"Kanarie" not in raw and b"20130405" not in raw
    log = server_cli("log", "--last", "200", db=db).stdout
    assert "Kanarie" not in log and "push" in log
