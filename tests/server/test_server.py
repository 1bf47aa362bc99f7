"""The sync server on a real database: enrolment, push and pull, isolation, refusals."""

from __future__ import annotations

import base64
import secrets

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from sstdesk.server import store
from sstdesk.server.app import ServerSettings, create_app
from sstdesk.server.db import metadata
from sstdesk.wire.schema import DeviceStatus
from tests.server.conftest import Server, auth_only, mutation


def test_the_schema_alembic_makes_is_the_one_the_code_uses(engine: Engine) -> None:
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_enrolment_waits_for_approval_then_gets_a_short_lived_token(server: Server) -> None:
    team = server.team()
    server.user(team, "anna.s")
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    first = server.login("anna.s", "device-0001", key).json()
    assert first == {
        "device_status": "pending",
        "token": "",
        "expires_in": 0,
        "team_id": team,
        "epoch": "",
        "wrapped_team_key": "",
        "refresh_token": "",
        "is_admin": False,
        "team_has_key": False,
    }
    with server.engine.begin() as conn:
        store.decide_device(
            conn, "device-0001", DeviceStatus.APPROVED, now=server.clock(), wrapped_key="sealed"
        )
    approved = server.login("anna.s", "device-0001", key).json()
    assert approved["device_status"] == "approved" and len(approved["token"]) >= 40
    assert approved["expires_in"] == 900 and approved["wrapped_team_key"] == "sealed"
    assert approved["epoch"]
    # Another key for the same device id is someone else.
    other = server.login("anna.s", "device-0001", base64.b64encode(b"x" * 32).decode())
    assert other.status_code == 401


def test_wrong_password_and_unknown_user_get_the_same_answer(server: Server) -> None:
    server.user(server.team(), "anna.s")
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    wrong = server.login("anna.s", "device-0001", key, password="fel")
    unknown = server.login("okänd", "device-0001", key)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_push_is_applied_once_and_a_stale_base_is_rejected_with_the_head(server: Server) -> None:
    team = server.team()
    laptop = server.device(team, "anna.s")
    other = server.device(team, "bo.t")
    first = mutation("rec-00000001", 0)
    answer = server.client.post(
        "/v1/push", json={"mutations": [first]}, headers=auth_only(laptop)
    ).json()
    assert answer["results"][0]["status"] == "accepted"
    assert answer["results"][0]["version"] == 1
    again = server.client.post("/v1/push", json={"mutations": [first]}, headers=auth_only(laptop))
    assert again.json()["results"] == answer["results"]  # the same answer, applied once
    stale = server.client.post(
        "/v1/push", json={"mutations": [mutation("rec-00000001", 0)]}, headers=auth_only(other)
    ).json()["results"][0]
    assert (stale["status"], stale["version"]) == ("rejected", 1)
    newer = server.client.post(
        "/v1/push", json={"mutations": [mutation("rec-00000001", 1)]}, headers=auth_only(other)
    ).json()["results"][0]
    assert (newer["status"], newer["version"]) == ("accepted", 2)
    with server.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM log")).scalar_one() == 2


def test_a_mutation_id_reused_with_other_content_is_refused(server: Server) -> None:
    """The same id must always mean the same change: a retry is answered, a swap is not."""
    team = server.team()
    laptop = server.device(team, "anna.s")
    first = mutation("rec-00000009", 0, b"ratt innehall")
    done = server.client.post("/v1/push", json={"mutations": [first]}, headers=auth_only(laptop))
    assert done.json()["results"][0]["status"] == "accepted"
    # A retry sends the very bytes it first sent; other bytes, record or base are a swap.
    for swapped in (
        {**first, "ciphertext": base64.b64encode(b"annat innehall").decode()},
        {**first, "record_id": "rec-00000010"},
        {**first, "base_version": 3},
    ):
        refused = server.client.post(
            "/v1/push", json={"mutations": [swapped]}, headers=auth_only(laptop)
        )
        assert refused.status_code == 422
        assert refused.json()["code"] == "mutation_reused"
        assert "annat innehåll" in refused.json()["message"]
    retry = server.client.post("/v1/push", json={"mutations": [first]}, headers=auth_only(laptop))
    assert retry.json()["results"] == done.json()["results"]
    with server.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM log")).scalar_one() == 1


def test_changes_are_paged_by_seq(server: Server) -> None:
    team = server.team()
    laptop = server.device(team, "anna.s")
    batch = [mutation(f"rec-{n:08d}", 0) for n in range(5)]
    server.client.post("/v1/push", json={"mutations": batch}, headers=auth_only(laptop))
    page = server.client.get("/v1/changes?since=0&limit=2", headers=auth_only(laptop)).json()
    assert [c["record_id"] for c in page["changes"]] == ["rec-00000000", "rec-00000001"]
    assert page["more"] is True
    rest = server.client.get(
        f"/v1/changes?since={page['next_since']}&limit=10", headers=auth_only(laptop)
    ).json()
    assert [c["record_id"] for c in rest["changes"]] == [f"rec-{n:08d}" for n in (2, 3, 4)]
    assert rest["more"] is False and rest["changes"][0]["ciphertext"] == batch[2]["ciphertext"]


def test_a_device_sees_and_writes_only_its_own_team(server: Server) -> None:
    south, north = server.team("SST Söder"), server.team("SST Norr")
    a = server.device(south, "anna.s")
    b = server.device(north, "bo.t")
    server.client.post(
        "/v1/push", json={"mutations": [mutation("rec-shared01", 0)]}, headers=auth_only(a)
    )
    seen = server.client.get("/v1/changes", headers=auth_only(b)).json()
    assert seen["changes"] == []
    # The same record id in the other team is another record: its own version 1.
    own = server.client.post(
        "/v1/push", json={"mutations": [mutation("rec-shared01", 0)]}, headers=auth_only(b)
    ).json()["results"][0]
    assert (own["status"], own["version"]) == ("accepted", 1)


def test_a_revoked_device_is_told_to_wipe_and_the_refusal_is_logged(server: Server) -> None:
    team = server.team()
    laptop = server.device(team, "anna.s")
    with server.engine.begin() as conn:
        store.decide_device(conn, laptop["X-Device"], DeviceStatus.REVOKED, now=server.clock())
    answer = server.client.get("/v1/changes", headers=auth_only(laptop))
    assert answer.status_code in (401, 403)  # its tokens went with the revocation
    relogin = server.login("anna.s", laptop["X-Device"], laptop["X-Key"])
    assert relogin.status_code == 403
    assert relogin.json()["code"] == "revoked" and relogin.json()["wipe"] is True
    outcomes = [(e["action"], e["outcome"]) for e in server.access_log()]
    assert ("login", "revoked") in outcomes


def test_forged_and_expired_tokens_are_refused_and_logged(server: Server) -> None:
    laptop = server.device(server.team(), "anna.s")
    forged = server.client.get("/v1/changes", headers={"Authorization": "Bearer " + "A" * 43})
    assert forged.status_code == 401 and forged.json()["code"] == "unauthorized"
    missing = server.client.get("/v1/changes")
    assert missing.status_code == 401
    server.clock.advance(minutes=16)
    expired = server.client.get("/v1/changes", headers=auth_only(laptop))
    assert expired.status_code == 401
    assert [e["outcome"] for e in server.access_log()].count("unauthorized") == 3


def test_login_attempts_are_throttled_per_account(server: Server) -> None:
    server.user(server.team(), "anna.s")
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    for _ in range(5):  # the fifth failure in a row starts the waiting
        assert server.login("anna.s", "device-0001", key, password="fel").status_code == 401
    locked = server.login("anna.s", "device-0001", key)  # even the right password waits
    assert locked.status_code == 429 and locked.json()["code"] == "throttled"
    server.clock.advance(seconds=3)
    assert server.login("anna.s", "device-0001", key).status_code == 200
    assert ("login", "throttled") in [(e["action"], e["outcome"]) for e in server.access_log()]


def test_no_content_reaches_the_access_log_or_an_error(server: Server) -> None:
    laptop = server.device(server.team(), "anna.s")
    canary = b"Saga Testsson 20130405-2382"
    server.client.post(
        "/v1/push",
        json={"mutations": [mutation("rec-canary01", 0, canary)]},
        headers=auth_only(laptop),
    )
    bad = server.client.post(
        "/v1/push",
        json={"mutations": [mutation("rec-canary02", 0, extra_field="20130405-2382")]},
        headers=auth_only(laptop),
    )
    assert bad.status_code == 422 and "20130405" not in bad.text
    logged = repr(server.access_log())
    assert "rec-canary01" in logged
    assert base64.b64encode(canary).decode() not in logged and "20130405" not in logged


def test_the_schema_is_served_only_in_development(engine: Engine) -> None:
    from fastapi.testclient import TestClient

    assert TestClient(create_app(engine)).get("/openapi.json").status_code == 404
    assert TestClient(create_app(engine)).get("/docs").status_code == 404
    dev = TestClient(create_app(engine, ServerSettings(dev=True)))
    assert dev.get("/openapi.json").json()["info"]["title"] == "sstdesk sync"


def test_a_server_restored_from_backup_says_it_is_behind(server: Server) -> None:
    laptop = server.device(server.team(), "anna.s")
    server.client.post(
        "/v1/push", json={"mutations": [mutation("rec-00000001", 0)]}, headers=auth_only(laptop)
    )
    behind = server.client.get("/v1/changes?since=99", headers=auth_only(laptop))
    assert behind.status_code == 409 and behind.json()["code"] == "behind"
    with server.engine.begin() as conn:
        before = store.epoch(conn)
        assert store.new_epoch(conn) != before


def test_a_refresh_token_renews_once_and_its_reuse_revokes_the_devices_tokens(
    server: Server,
) -> None:
    team = server.team()
    laptop = server.device(team, "anna.s")
    first = server.login("anna.s", laptop["X-Device"], laptop["X-Key"]).json()["refresh_token"]

    def renew(token: str) -> object:
        return server.client.post(
            "/v1/token", json={"device_id": laptop["X-Device"], "refresh_token": token}
        )

    fresh = renew(first).json()
    assert fresh["token"] and fresh["refresh_token"] != first and fresh["expires_in"] == 900
    headers = {"Authorization": f"Bearer {fresh['token']}"}
    assert server.client.get("/v1/changes", headers=headers).status_code == 200
    newer = renew(fresh["refresh_token"]).json()  # the successor is used: first is history
    stolen = renew(first)  # the spent one, used again
    assert stolen.status_code == 401
    assert server.client.get("/v1/changes", headers=headers).status_code == 401
    assert renew(newer["refresh_token"]).status_code == 401  # the whole device signs in again
    assert ("token", "unauthorized") in [(e["action"], e["outcome"]) for e in server.access_log()]


def test_a_renewal_whose_answer_was_lost_needs_the_devices_own_signature(
    server: Server,
) -> None:
    import base64

    from nacl.signing import SigningKey

    from sstdesk.wire.schema import TokenRequest

    laptop = server.device(server.team(), "anna.s")
    signed_in = server.login("anna.s", laptop["X-Device"], laptop["X-Key"]).json()
    key = SigningKey.generate()
    registered = server.client.post(
        "/v1/devices/signing-key",
        json={
            "signing_key": base64.b64encode(bytes(key.verify_key)).decode(),
            "audit_key": "ab" * 32,
            "audit_from": 1,
        },
        headers={"Authorization": f"Bearer {signed_in['token']}"},
    )
    assert registered.status_code == 200
    first = signed_in["refresh_token"]
    body = {"device_id": laptop["X-Device"], "refresh_token": first}
    lost = server.client.post("/v1/token", json=body).json()  # the laptop never sees this
    server.clock.advance(seconds=30)
    asked = server.client.post("/v1/token", json=body)
    assert asked.status_code == 401 and asked.json()["code"] == "proof_needed"
    nonce = asked.json()["nonce"]

    def prove(signer: SigningKey, nonce: str) -> object:
        request = TokenRequest(device_id=laptop["X-Device"], refresh_token=first, nonce=nonce)
        proof = base64.b64encode(signer.sign(request.signed_part()).signature).decode()
        return server.client.post("/v1/token", json={**body, "nonce": nonce, "proof": proof})

    # Whoever copied the token, without the device's key, gets nothing.
    assert prove(SigningKey.generate(), nonce).status_code == 401
    again = server.client.post("/v1/token", json=body).json()["nonce"]
    renewed = prove(key, again)
    assert renewed.status_code == 200
    assert prove(key, again).status_code == 401  # a nonce is used once
    # The answer that was lost is void now; the one received works.
    gone = {"device_id": laptop["X-Device"], "refresh_token": lost["refresh_token"]}
    assert server.client.post("/v1/token", json=gone).status_code == 401
    server.clock.advance(hours=25)
    assert server.client.post("/v1/token", json=body).status_code == 401


def test_a_copied_refresh_token_inside_the_grace_window_does_not_lock_the_device_out(
    server: Server,
) -> None:
    laptop = server.device(server.team(), "anna.s")
    first = server.login("anna.s", laptop["X-Device"], laptop["X-Key"]).json()["refresh_token"]
    body = {"device_id": laptop["X-Device"], "refresh_token": first}
    received = server.client.post("/v1/token", json=body).json()  # the device has this one
    copied = server.client.post("/v1/token", json=body)  # the copy, a minute later
    assert copied.status_code == 401 and copied.json()["code"] == "proof_needed"
    own = {"device_id": laptop["X-Device"], "refresh_token": received["refresh_token"]}
    assert server.client.post("/v1/token", json=own).status_code == 200


def test_an_admin_device_approves_a_colleagues_device_with_the_sealed_team_key(
    server: Server,
) -> None:
    team = server.team()
    server.user(team, "admin.a", admin=True)
    admin = server.device(team, "admin.a")
    colleague = server.device(team, "bo.t")  # approved by the operator: not an admin
    sealed = "S" * 80
    own = server.client.post(
        f"/v1/devices/{admin['X-Device']}/approve",
        json={"wrapped_team_key": sealed},
        headers=auth_only(admin),
    )
    assert own.status_code == 200  # the team's first key, sealed to the admin's own device
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    server.user(team, "cia.k")
    assert server.login("cia.k", "device-new-01", key).json()["device_status"] == "pending"
    listed = server.client.get("/v1/devices/pending", headers=auth_only(admin)).json()
    # The new one, and the one the operator let in that still has no team key.
    assert {d["device_id"] for d in listed["devices"]} == {"device-new-01", colleague["X-Device"]}
    refused = server.client.post(
        "/v1/devices/device-new-01/approve",
        json={"wrapped_team_key": sealed},
        headers=auth_only(colleague),
    )
    assert refused.status_code == 403
    done = server.client.post(
        "/v1/devices/device-new-01/approve",
        json={"wrapped_team_key": sealed},
        headers=auth_only(admin),
    )
    assert done.status_code == 200
    answer = server.login("cia.k", "device-new-01", key).json()
    assert answer["device_status"] == "approved" and answer["wrapped_team_key"] == sealed
    other_team = server.device(server.team("SST Norr"), "dan.n")
    assert server.client.post(
        "/v1/devices/device-new-01/approve",
        json={"wrapped_team_key": sealed},
        headers=auth_only(other_team),
    ).status_code in (403, 404)


def test_the_team_recovery_blob_is_stored_once_by_an_admin_and_read_by_the_team(
    server: Server,
) -> None:
    team = server.team()
    server.user(team, "admin.a", admin=True)
    admin = server.device(team, "admin.a")
    colleague = server.device(team, "bo.t")
    blob = {"blob": "B" * 60}
    assert (
        server.client.put("/v1/team/recovery", json=blob, headers=auth_only(colleague)).status_code
        == 403
    )
    assert server.client.get("/v1/team/recovery", headers=auth_only(colleague)).status_code == 404
    assert (
        server.client.put("/v1/team/recovery", json=blob, headers=auth_only(admin)).status_code
        == 200
    )
    again = server.client.put(
        "/v1/team/recovery", json={"blob": "C" * 60}, headers=auth_only(admin)
    )
    assert again.status_code == 409  # the paper printed first stays valid
    assert server.client.get("/v1/team/recovery", headers=auth_only(colleague)).json() == blob
    other = server.device(server.team("SST Norr"), "dan.n")
    assert server.client.get("/v1/team/recovery", headers=auth_only(other)).status_code == 404


def test_a_public_key_already_used_by_another_device_is_refused(server: Server) -> None:
    team = server.team()
    server.user(team, "anna.s")
    server.user(team, "bo.t")
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    assert server.login("anna.s", "device-0001", key).json()["device_status"] == "pending"
    for user in ("anna.s", "bo.t"):  # the same key under another id, by anyone
        again = server.login(user, "device-0002", key)
        assert again.status_code == 409 and again.json()["code"] == "key_in_use"
    with server.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM devices")).scalar_one() == 1


def test_only_the_servers_own_mark_of_a_change_it_lost_starts_a_new_epoch(
    server: Server,
) -> None:
    laptop = server.device(server.team(), "anna.s")
    headers = auth_only(laptop)
    for n in (1, 2):
        record = f"rec-0000000{n}"
        server.client.post("/v1/push", json={"mutations": [mutation(record, 0)]}, headers=headers)
    page = server.client.get("/v1/changes?since=0", headers=headers).json()
    mark, epoch = page["mark"], page["epoch"]
    with server.engine.begin() as conn:
        assert store.epoch(conn) == epoch
    made_up = f"{epoch}.99.{'0' * 16}.{'0' * 24}"
    for since, claimed in ((99, ""), (99, made_up), (2, mark.replace(".", "x", 1))):
        answer = server.client.get(
            "/v1/changes", params={"since": since, "mark": claimed, "epoch": epoch}, headers=headers
        )
        assert answer.status_code in (200, 409)
    with server.engine.begin() as conn:
        assert store.epoch(conn) == epoch  # claims alone change nothing for the team
        conn.execute(text("DELETE FROM log WHERE seq = 2"))  # what a restore would lose
    lost = server.client.get(
        "/v1/changes", params={"since": 2, "mark": mark, "epoch": epoch}, headers=headers
    )
    assert lost.status_code == 409 and lost.json()["code"] == "behind"
    with server.engine.begin() as conn:
        assert store.epoch(conn) != epoch
