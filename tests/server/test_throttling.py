"""Failed logins throttled per name, known or not, and per client address."""

from __future__ import annotations

import base64
import dataclasses
import secrets
from collections.abc import Callable

import pytest
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import Engine, MetaData, insert, select, text

from sstdesk.server import throttle
from sstdesk.server.app import ServerSettings
from sstdesk.server.db import access_log, login_failures, metadata, users
from sstdesk.server.migrate import SCRIPTS, upgrade
from sstdesk.wire.schema import Refusal
from tests.server.conftest import PASSWORD, Server

KEY = base64.b64encode(b"k" * 32).decode()
THROTTLED = {
    **Refusal(code="throttled", message="").model_dump(),
    "message": "För många misslyckade försök. Vänta en stund.",
}


def from_address(server: Server, host: str) -> Server:
    """The same server, seen from another client address."""
    return dataclasses.replace(server, client=TestClient(server.client.app, client=(host, 40000)))


def answer(server: Server, user: str, password: str = "fel lösenord") -> tuple[int, object]:
    done = server.login(user, "device-0001", KEY, password)
    return done.status_code, done.json()


def renew(server: Server, token: str = "x" * 43) -> int:
    body = {"device_id": "device-0001", "refresh_token": token}
    return server.client.post("/v1/token", json=body).status_code


def everything_stored(engine: Engine) -> str:
    with engine.begin() as conn:
        return repr([conn.execute(select(t)).all() for t in metadata.sorted_tables])


def test_a_name_no_account_has_is_answered_and_throttled_like_a_wrong_password(
    server: Server,
) -> None:
    server.user(server.team(), "anna.s")
    steps: list[tuple[float, str]] = [
        *[(0, "fel")] * 5,  # five failures: the fifth starts a wait of 1 s
        (0, PASSWORD),  # waiting: even the right password
        (1, "fel"),  # the 6th failure: 2 s
        (1, "fel"),  # still waiting
        (1, "fel"),  # the 7th failure: 4 s
        (3, PASSWORD),
    ]
    seen = []
    for wait, password in steps:
        server.clock.advance(seconds=wait)
        known = answer(server, "anna.s", "fel lösenord" if password == "fel" else password)
        unknown = answer(server, "okänd.person", password)
        assert known == unknown
        seen.append(known[0])
    assert seen == [401] * 5 + [429, 401, 429, 401, 429]
    assert unknown[1] == THROTTLED
    server.clock.advance(seconds=1)  # the 4 s have passed
    assert answer(server, "okänd.person")[0] == 401  # the 8th failure
    status, body = answer(server, "anna.s", PASSWORD)
    assert status == 200 and body["device_status"] == "pending"  # type: ignore[index]
    # The made-up name is nowhere, the log has no name for it; the account's is there.
    assert "okänd" not in everything_stored(server.engine)
    logins = [e for e in server.access_log() if e["action"] == "login"]
    assert {e["user_name"] for e in logins} == {"", "anna.s"}
    assert [e["outcome"] for e in logins if e["user_name"] == ""].count("throttled") == 3


def test_a_name_is_counted_however_it_is_written(server: Server) -> None:
    server.user(server.team(), "anna.s")
    for variant in ("ANNA.S", "Anna.s ", "anna.s", "ａｎｎａ.ｓ", "anna.S"):
        assert answer(server, variant)[0] == 401
    assert answer(server, "anna.s", PASSWORD)[0] == 429


def test_a_name_is_forgotten_a_day_after_its_last_failure(server: Server) -> None:
    for _ in range(4):
        assert answer(server, "okänd.person")[0] == 401
    server.clock.advance(days=1)
    assert answer(server, "någon.annan")[0] == 401  # clears what is older than a day
    with server.engine.begin() as conn:
        assert conn.execute(select(login_failures.c.failures)).scalars().all() == [1]
    for _ in range(4):  # four free again: the fifth failure starts the waiting
        assert answer(server, "okänd.person")[0] == 401
    assert answer(server, "okänd.person")[0] == 401
    assert answer(server, "okänd.person")[0] == 429


def test_one_address_is_refused_after_too_many_failures_whatever_names_it_tries(
    make_server: Callable[..., Server],
) -> None:
    server = make_server(address_failures=5)
    team = server.team()
    server.user(team, "anna.s")
    attacker, colleague = from_address(server, "203.0.113.7"), from_address(server, "198.51.100.2")
    for n in range(5):  # each name once: no name's own count comes near its limit
        assert answer(attacker, f"namn.{n}")[0] == 401
    assert answer(attacker, "namn.5") == answer(attacker, "anna.s", PASSWORD)
    assert answer(attacker, "namn.5") == (429, THROTTLED)
    assert renew(attacker) == 429
    # Another address is not held up, and sees nothing of it.
    assert answer(colleague, "anna.s", PASSWORD)[0] == 200
    assert answer(colleague, "namn.6")[0] == 401
    server.clock.advance(minutes=14, seconds=59)
    assert answer(attacker, "anna.s", PASSWORD)[0] == 429
    server.clock.advance(seconds=1)  # the first failures have aged out of the window
    assert answer(attacker, "anna.s", PASSWORD)[0] == 200
    stored = everything_stored(server.engine)
    assert "203.0.113.7" not in stored and "198.51.100.2" not in stored
    assert "namn." not in stored


def test_failed_renewals_count_towards_the_address_too(
    make_server: Callable[..., Server],
) -> None:
    server = make_server(address_failures=3)
    laptop = server.device(server.team(), "anna.s")  # from "testclient": its own address
    refresh = server.login("anna.s", laptop["X-Device"], laptop["X-Key"]).json()["refresh_token"]
    thief = from_address(server, "192.0.2.66")
    assert [renew(thief) for _ in range(4)] == [401, 401, 401, 429]
    assert answer(thief, "anna.s", PASSWORD)[0] == 429
    done = server.client.post(
        "/v1/token", json={"device_id": laptop["X-Device"], "refresh_token": refresh}
    )
    assert done.status_code == 200
    outcomes = [(e["action"], e["outcome"]) for e in server.access_log()]
    assert outcomes.count(("token", "unauthorized")) == 3
    assert ("token", "throttled") in outcomes and ("login", "throttled") in outcomes


def test_a_valid_renewal_goes_through_from_an_address_someone_else_there_has_blocked(
    make_server: Callable[..., Server],
) -> None:
    # A school's laptops share one NAT address; one person guessing must not stop them all.
    server = make_server(address_failures=3)
    school = from_address(server, "192.0.2.10")
    laptop = school.device(server.team(), "anna.s")
    refresh = school.login("anna.s", laptop["X-Device"], laptop["X-Key"]).json()["refresh_token"]
    assert [answer(school, f"gissning.{n}")[0] for n in range(4)] == [401, 401, 401, 429]
    assert renew(school) == 429  # a made-up token from there is still refused unread
    done = school.client.post(
        "/v1/token", json={"device_id": laptop["X-Device"], "refresh_token": refresh}
    )
    assert done.status_code == 200
    assert answer(school, "anna.s", PASSWORD)[0] == 429  # logins from there still wait


def test_the_challenge_to_prove_a_renewal_is_no_failure_but_a_wrong_proof_is(
    make_server: Callable[..., Server],
) -> None:
    from nacl.signing import SigningKey

    from sstdesk.wire.schema import TokenRequest

    server = make_server(address_failures=3)
    laptop = server.device(server.team(), "anna.s")
    signed_in = server.login("anna.s", laptop["X-Device"], laptop["X-Key"]).json()
    key = SigningKey.generate()
    server.client.post(
        "/v1/devices/signing-key",
        json={
            "signing_key": base64.b64encode(bytes(key.verify_key)).decode(),
            "audit_key": "ab" * 32,
            "audit_from": 1,
        },
        headers={"Authorization": f"Bearer {signed_in['token']}"},
    )
    body = {"device_id": laptop["X-Device"], "refresh_token": signed_in["refresh_token"]}
    server.client.post("/v1/token", json=body)  # its answer is lost

    def challenge() -> str:
        asked = server.client.post("/v1/token", json=body)
        assert asked.status_code == 401 and asked.json()["code"] == "proof_needed"
        return str(asked.json()["nonce"])

    def prove(signer: SigningKey, nonce: str) -> int:
        request = TokenRequest(**body, nonce=nonce)
        proof = base64.b64encode(signer.sign(request.signed_part()).signature).decode()
        done = server.client.post("/v1/token", json={**body, "nonce": nonce, "proof": proof})
        return done.status_code

    for _ in range(4):  # more challenges than the address may fail: none of them counts
        nonce = challenge()
    assert prove(key, nonce) == 200
    body["refresh_token"] = signed_in["refresh_token"]
    assert [prove(SigningKey.generate(), challenge()) for _ in range(3)] == [401] * 3
    assert server.client.post("/v1/token", json=body).status_code == 429


def test_an_ipv6_client_is_counted_by_its_64_block(make_server: Callable[..., Server]) -> None:
    server = make_server(address_failures=2)
    assert answer(from_address(server, "2001:db8:1:2::1"), "a.b")[0] == 401
    assert answer(from_address(server, "2001:db8:1:2:ffff::9"), "c.d")[0] == 401
    assert answer(from_address(server, "2001:db8:1:2::77"), "e.f")[0] == 429
    assert answer(from_address(server, "2001:db8:1:3::1"), "e.f")[0] == 401
    # An IPv4 client seen through an IPv6 socket is the IPv4 address.
    assert answer(from_address(server, "::ffff:192.0.2.1"), "g.h")[0] == 401
    assert answer(from_address(server, "192.0.2.1"), "i.j")[0] == 401
    assert answer(from_address(server, "192.0.2.1"), "k.l")[0] == 429


def test_an_addresss_failures_are_kept_only_for_the_window(
    make_server: Callable[..., Server],
) -> None:
    server = make_server(address_failures=10)
    for n in range(3):
        answer(from_address(server, f"192.0.2.{n}"), "okänd.person")
    server.clock.advance(minutes=15)
    answer(from_address(server, "192.0.2.9"), "okänd.person")
    with server.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM address_failures")).scalar_one() == 1


def test_throttling_settings_that_could_not_work_are_refused_at_start() -> None:
    import datetime as dt

    with pytest.raises(ValueError, match="address_failures"):
        ServerSettings(address_failures=0)
    with pytest.raises(ValueError, match="forget_failures_after"):
        ServerSettings(forget_failures_after=dt.timedelta(minutes=1))


def test_attempts_on_one_name_or_address_wait_for_each_other_on_postgresql(
    engine: Engine,
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one write transaction at a time anyway")
    digest = secrets.token_hex(32)
    lock = text("SELECT pg_try_advisory_xact_lock(:id)").bindparams(id=throttle.lock_id(digest))
    with engine.connect() as first, engine.connect() as second:
        with first.begin():
            throttle.serialise(first, digest)
            with second.begin():
                assert second.execute(lock).scalar_one() is False
        with second.begin():
            assert second.execute(lock).scalar_one() is True


def test_a_server_before_throttling_keeps_its_accounts_through_the_upgrade(engine: Engine) -> None:
    """The counts on `users` go; the accounts, their devices and the access log stay."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        else:
            old = MetaData()
            old.reflect(conn)
            old.drop_all(conn)
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0009")  # what throttling follows
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('epoch', 'e1')"))
        conn.execute(
            text(
                "INSERT INTO teams (id, district, name, created_at) "
                "VALUES ('team-0001', 'Farsta', 'SST', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO users (id, team_id, name, password_hash, is_admin, disabled, "
                "failed_logins, locked_until, created_at) VALUES ('user-0001', 'team-0001', "
                "'anna.s', 'h', false, false, 3, NULL, '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO devices (id, team_id, user_id, name, public_key, status, "
                "wrapped_team_key, created_at) VALUES ('device-0001', 'team-0001', 'user-0001', "
                "'Bärbar dator', 'k', 'approved', '', '2026-01-01')"
            )
        )
        conn.execute(
            insert(access_log).values(
                at=text("CURRENT_TIMESTAMP"), action="login", outcome="pending", user_name="anna.s"
            )
        )
    upgrade(engine)
    with engine.begin() as conn:
        assert conn.execute(select(users.c.name)).scalars().all() == ["anna.s"]
        assert conn.execute(text("SELECT user_id FROM devices")).scalars().all() == ["user-0001"]
        assert conn.execute(select(access_log.c.user_name)).scalars().all() == ["anna.s"]
        assert conn.execute(text("SELECT value FROM meta WHERE key = 'epoch'")).scalar() == "e1"
        assert (
            len(conn.execute(text("SELECT value FROM meta WHERE key = 'throttle_key'")).scalar())
            == 64
        )
