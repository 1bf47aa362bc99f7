"""What one client may ask of the server: the size of a request and of a record."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from sstdesk.server.app import ServerSettings
from sstdesk.server.cli import OperatorError, build_parser, serve_settings
from sstdesk.wire.schema import MAX_BATCH, MAX_CIPHERTEXT
from tests.server.conftest import Server, auth_only, mutation

KIB = 1024
SMALL = {"max_request_bytes": 64 * KIB, "max_record_bytes": 16 * KIB}


def sealed(length: int) -> bytes:
    """A payload whose base64 is `length` characters (a multiple of 4)."""
    assert length % 4 == 0
    return b"x" * (length // 4 * 3)


def stored(server: Server) -> tuple[int, int]:
    with server.engine.begin() as conn:
        return (
            conn.execute(text("SELECT count(*) FROM log")).scalar_one(),
            conn.execute(text("SELECT count(*) FROM mutations")).scalar_one(),
        )


def outcomes(server: Server) -> list[tuple[object, object]]:
    return [(e["action"], e["outcome"]) for e in server.access_log()]


def call_asgi(
    server: Server, path: str, headers: dict[str, str], messages: Iterator[bytes]
) -> tuple[int, bytes, int]:
    """The app driven as uvicorn would: the body handed over message by message. Returns
    the status, the answer and how many body messages the app asked for."""
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        chunk = next(messages, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += 1
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 8443),
    }
    asyncio.run(server.client.app(scope, receive, send))
    [start] = [m for m in sent if m["type"] == "http.response.start"]
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], body, pulled


def assert_too_large(status: int, body: Any, limit_kib: int) -> None:
    answer = body if isinstance(body, dict) else json.loads(body)
    assert status == 413
    assert answer["code"] == "too_large" and answer["wipe"] is False
    assert f"högst {limit_kib} kB" in answer["message"]


def test_a_body_declared_too_large_is_refused_before_a_byte_of_it_is_read(
    make_server: Callable[..., Server],
) -> None:
    server = make_server(**SMALL)
    laptop = server.device(server.team(), "anna.s")
    # Not even JSON, and without a token: refused for its size before anything else.
    junk = server.client.post("/v1/push", content=b"{" * (64 * KIB + 1))
    assert_too_large(junk.status_code, junk.json(), 64)
    login = server.client.post(
        "/v1/login", content=b" " * (64 * KIB + 1), headers={"Content-Type": "application/json"}
    )
    assert_too_large(login.status_code, login.json(), 64)
    approve = server.client.post("/v1/devices/device-0001/approve", content=b" " * (64 * KIB + 1))
    assert_too_large(approve.status_code, approve.json(), 64)
    # Declared: the app never asks for the body at all.
    chunks = iter([b"x" * KIB] * 1024)
    headers = {**auth_only(laptop), "Content-Length": str(1024 * KIB)}
    status, body, pulled = call_asgi(server, "/v1/push", headers, chunks)
    assert_too_large(status, body, 64)
    assert pulled == 0
    # At the limit exactly, the body is read and judged as usual.
    at_limit = server.client.post("/v1/push", content=b" " * (64 * KIB), headers=auth_only(laptop))
    assert at_limit.status_code == 422 and at_limit.json()["code"] == "invalid"
    assert outcomes(server).count(("push", "too_large")) == 2
    assert ("login", "too_large") in outcomes(server)
    assert ("approve", "too_large") in outcomes(server)  # logged by the route it was for
    assert stored(server) == (0, 0)


def test_a_chunked_body_is_broken_off_as_soon_as_it_passes_the_limit(
    make_server: Callable[..., Server],
) -> None:
    server = make_server(**SMALL)
    laptop = server.device(server.team(), "anna.s")
    # 64 MiB in 8 KiB messages, no Content-Length: counted as it arrives.
    chunks = iter([b" " * (8 * KIB)] * (8 * KIB))
    status, body, pulled = call_asgi(server, "/v1/push", auth_only(laptop), chunks)
    assert_too_large(status, body, 64)
    assert pulled == 64 // 8 + 1  # the message that passed the limit, and not one more

    def stream() -> Iterator[bytes]:
        for _ in range(100):
            yield b" " * KIB

    chunked = server.client.post("/v1/push", content=stream(), headers=auth_only(laptop))
    assert chunked.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in chunked.request.headers
    assert_too_large(chunked.status_code, chunked.json(), 64)
    assert outcomes(server).count(("push", "too_large")) == 2
    # A path the app does not know: refused when declared too large, logged without its name;
    # chunked, it is answered 404 and never read.
    stray = server.client.post("/v1/" + "A" * 100, content=b" " * (64 * KIB + 1))
    assert_too_large(stray.status_code, stray.json(), 64)
    assert ("other", "too_large") in outcomes(server)
    assert server.client.post("/v1/" + "A" * 100, content=stream()).status_code == 404
    assert stored(server) == (0, 0)


def test_a_record_over_its_limit_refuses_the_whole_push_and_nothing_is_stored(
    make_server: Callable[..., Server],
) -> None:
    server = make_server(**SMALL)
    laptop = server.device(server.team(), "anna.s")
    small = [mutation(f"rec-{n:08d}", 0) for n in range(3)]
    big = mutation("rec-big00001", 0, sealed(16 * KIB + 4))
    refused = server.client.post(
        "/v1/push", json={"mutations": [small[0], big, small[1]]}, headers=auth_only(laptop)
    )
    assert_too_large(refused.status_code, refused.json(), 16)
    assert "Ändringen" in refused.json()["message"]
    assert stored(server) == (0, 0)
    [entry] = [e for e in server.access_log() if e["outcome"] == "too_large"]
    assert entry["action"] == "push" and entry["record_ids"] == "rec-big00001"
    assert entry["device_id"] == laptop["X-Device"]
    # The others, and a record at the limit exactly, are taken.
    at_limit = mutation("rec-limit001", 0, sealed(16 * KIB))
    taken = server.client.post(
        "/v1/push", json={"mutations": [*small, at_limit]}, headers=auth_only(laptop)
    )
    assert taken.status_code == 200
    assert [r["status"] for r in taken.json()["results"]] == ["accepted"] * 4
    assert stored(server) == (4, 4)


def test_a_full_batch_of_realistic_records_goes_through_with_the_defaults(
    server: Server,
) -> None:
    laptop = server.device(server.team(), "anna.s")
    batch = [mutation(f"rec-{n:08d}", 0, sealed(6 * KIB)) for n in range(MAX_BATCH)]
    answer = server.client.post("/v1/push", json={"mutations": batch}, headers=auth_only(laptop))
    assert answer.status_code == 200
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    # A long journal note, alone.
    note = mutation("rec-note0001", 0, sealed(140 * KIB))
    alone = server.client.post("/v1/push", json={"mutations": [note]}, headers=auth_only(laptop))
    assert alone.json()["results"][0]["status"] == "accepted"
    assert stored(server) == (MAX_BATCH + 1, MAX_BATCH + 1)


def test_the_testers_oversized_pushes_are_refused_with_the_defaults(server: Server) -> None:
    """As found: a 64 MiB body, 30 records of 1 MB, one record at the protocol's cap."""
    laptop = server.device(server.team(), "anna.s")
    huge = server.client.post(
        "/v1/push", content=b" " * (64 * KIB * KIB), headers=auth_only(laptop)
    )
    assert_too_large(huge.status_code, huge.json(), 8 * KIB)
    thirty = [mutation(f"rec-{n:08d}", 0, sealed(1_000_000)) for n in range(30)]
    many = server.client.post("/v1/push", json={"mutations": thirty}, headers=auth_only(laptop))
    assert_too_large(many.status_code, many.json(), 8 * KIB)
    for length in (MAX_CIPHERTEXT, MAX_CIPHERTEXT + 4):  # the second fails the schema too
        one = mutation("rec-00000001", 0, sealed(length))
        refused = server.client.post(
            "/v1/push", json={"mutations": [one]}, headers=auth_only(laptop)
        )
        assert_too_large(refused.status_code, refused.json(), 256)
    assert stored(server) == (0, 0)
    assert outcomes(server).count(("push", "too_large")) == 4


@pytest.mark.parametrize(
    ("settings", "wrong"),
    [
        ({"max_record_bytes": 0}, "max_record_bytes"),
        ({"max_record_bytes": MAX_CIPHERTEXT + 1}, "max_record_bytes"),
        ({"max_request_bytes": 64 * KIB, "max_record_bytes": 60 * KIB}, "max_request_bytes"),
    ],
)
def test_limits_that_could_not_work_are_refused_at_start(
    settings: dict[str, int], wrong: str
) -> None:
    with pytest.raises(ValueError, match=wrong):
        ServerSettings(**settings)


def test_the_operator_sets_the_limits_with_a_flag_or_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def settings(*flags: str) -> ServerSettings:
        return serve_settings(build_parser().parse_args(["serve", "--dev", *flags]))

    assert (settings().max_request_bytes, settings().max_record_bytes) == (8 * KIB * KIB, 256 * KIB)
    monkeypatch.setenv("SSTDESK_SERVER_MAX_RECORD_KIB", "512")
    assert settings().max_record_bytes == 512 * KIB
    chosen = settings("--max-record-kib", "64", "--max-request-kib", "1024")
    assert (chosen.max_request_bytes, chosen.max_record_bytes) == (KIB * KIB, 64 * KIB)
    with pytest.raises(OperatorError, match="minst 16 KiB större"):
        settings("--max-request-kib", "520")
    monkeypatch.setenv("SSTDESK_SERVER_MAX_REQUEST_KIB", "åtta")
    with pytest.raises(OperatorError, match="heltal"):
        settings()
