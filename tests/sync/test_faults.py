"""Faults the happy path never meets: a record no laptop can use, a server that serves old
versions, damaged answers, a revoked laptop, a restore nobody announced, the same child
registered twice. Sync goes on for everyone, and nothing is lost or silently reverted."""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets
import shutil
from dataclasses import replace
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from sstdesk.domain.model import Case, Student
from sstdesk.server import store
from sstdesk.sync import apply, crypto, payload
from sstdesk.sync.api import DAMAGED
from sstdesk.sync.engine import NotHandedOver, Revoked, SyncError
from sstdesk.vault import audit
from sstdesk.wire.schema import AuditHead, DeviceStatus, PushResponse
from tests.conftest import refer_student
from tests.sync.conftest import PASSWORD, Laptop, Team, enrolled


def raw_push(
    laptop: Laptop,
    kind: str,
    record_id: str,
    plain: bytes | None,
    *,
    base: int = 0,
    ciphertext: str = "",
) -> PushResponse:
    """A team device pushing whatever it likes: sealed right (`plain`) or raw bytes."""
    client, meta = laptop.sync.client, laptop.vault.repo.meta
    key = base64.b64decode(meta("sync_team_key"))
    header = crypto.Header(
        team_id=meta("sync_team_id"),
        record_id=record_id,
        kind=kind,
        version=base + 1,
        device_id=meta("sync_device_id"),
        key_id=crypto.key_id(key),
        epoch=meta("sync_epoch"),
    )
    sealed = ciphertext or crypto.seal_record(key, header, plain or b"")
    mutation = {
        "mutation_id": secrets.token_hex(16),
        "record_id": record_id,
        "kind": kind,
        "base_version": base,
        "key_id": crypto.key_id(key),
        "ciphertext": sealed,
        "deleted": False,
    }
    body = {"epoch": meta("sync_epoch"), "mutations": [mutation]}
    return client._call("POST", "/push", PushResponse, json=body)


def pair(team: Team) -> tuple[Laptop, Laptop, str]:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(anna.service)
    anna.sync.client.sync()
    bo.sync.client.sync()
    return anna, bo, made.student_id


def revoke(team: Team, laptop: Laptop) -> None:
    """The operator revokes a laptop on the server."""
    with team.engine.begin() as conn:
        store.decide_device(
            conn,
            laptop.vault.repo.meta("sync_device_id"),
            DeviceStatus.REVOKED,
            now=dt.datetime.now(dt.UTC),
        )


def edit(laptop: Laptop, student_id: str, **changes: Any) -> None:
    current = laptop.vault.repo.get(Student, student_id)
    assert current is not None
    laptop.service.update_student(replace(current, **changes))


def get(laptop: Laptop, student_id: str) -> Student:
    found = laptop.vault.repo.get(Student, student_id)
    assert found is not None
    return found


# -- one record nobody can use ------------------------------------------------------------


def test_random_bytes_from_a_team_device_are_kept_aside_and_every_laptop_goes_on(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    garbage = base64.b64encode(secrets.token_bytes(300)).decode()
    raw_push(bo, "students", secrets.token_hex(16), None, ciphertext=garbage)
    edit(anna, student_id, class_name="8B")
    result = anna.sync.client.sync()
    assert result.kept_aside == 1 and result.pushed >= 1 and result.waiting == 0
    (kept,) = anna.sync.kept_aside()
    assert kept.kind == "students" and "dekryptera" in kept.reason
    assert kept.device == "bo-laptop (bo.t)"
    events = anna.vault.conn.execute(
        "SELECT reason FROM audit_events WHERE action = 'sync.kept_aside'"
    ).fetchall()
    assert len(events) == 1 and "unreadable:students" in events[0][0]  # reported to the team
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "8B"
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)  # a new laptop, too
    assert cia.sync.client.sync().kept_aside == 1
    assert get(cia, student_id).class_name == "8B"
    again = anna.sync.client.sync()  # pulled once, kept once
    assert again.kept_aside == 1


def test_a_record_of_another_kind_under_a_known_id_is_kept_aside_not_made(team: Team) -> None:
    anna, bo, student_id = pair(team)
    case_id = anna.vault.conn.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
    case = payload.read(bo.vault.conn, "cases", case_id)
    base = bo.vault.conn.execute(
        "SELECT version FROM sync_base WHERE record_id = ?", (student_id,)
    ).fetchone()[0]
    # A case, sealed right, under the student's id: the server takes any kind on an id.
    raw_push(bo, "cases", student_id, payload.dumps(case | {"id": student_id}), base=base)
    result = anna.sync.client.sync()
    assert result.kept_aside == 1
    (kept,) = anna.sync.kept_aside()
    assert kept.kind == "cases"
    phantom = anna.vault.conn.execute(
        "SELECT count(*) FROM cases WHERE id = ?", (student_id,)
    ).fetchone()[0]
    assert phantom == 0
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)  # a new laptop reads it all
    assert cia.sync.client.sync().kept_aside == 1
    edit(anna, student_id, class_name="9C")
    anna.sync.client.sync()
    cia.sync.client.sync()
    assert get(cia, student_id).class_name == "9C"


def test_one_laptop_flooding_the_team_with_garbage_fills_no_colleagues_disk(team: Team) -> None:
    anna, bo, student_id = pair(team)
    flood = apply.KEEP_PER_DEVICE + 7
    for _ in range(flood):
        garbage = base64.b64encode(secrets.token_bytes(2000)).decode()
        raw_push(bo, "students", secrets.token_hex(16), None, ciphertext=garbage)
    edit(anna, student_id, class_name="8B")
    result = anna.sync.client.sync()
    assert result.kept_aside == flood and result.waiting == 0  # all counted, sync went on
    held = anna.vault.conn.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
    assert held == apply.KEEP_PER_DEVICE  # only so many kept
    assert anna.sync.dropped() == {"bo-laptop (bo.t)": 7}
    reasons = [
        r
        for (r,) in anna.vault.conn.execute(
            "SELECT reason FROM audit_events WHERE action = 'sync.kept_aside'"
        )
    ]
    assert len(reasons) == apply.KEEP_PER_DEVICE + 1 and reasons[-1].startswith("dropped:7:")
    assert anna.sync.client.sync().kept_aside == flood  # pulled again: not counted twice
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "8B"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"not json at all", "inte läsbart"),
        (b'{"id": "x"}', "fälten"),
        (b"[1, 2, 3]", "fälten"),
        (None, "gender"),  # a value the program does not know
        (None, "grade"),  # a text where a number belongs
    ],
)
def test_a_record_sealed_right_but_not_a_record_of_its_kind_is_kept_aside(
    team: Team, content: bytes | None, why: str
) -> None:
    anna, bo, student_id = pair(team)
    record_id = secrets.token_hex(16)
    if content is None:
        row = payload.read(bo.vault.conn, "students", student_id)
        assert row is not None
        row = {**row, "id": record_id, "personnummer": "20100412-1234"}
        row[why] = "x" if why == "gender" else "sju"
        content = payload.dumps(row)
    raw_push(bo, "students", record_id, content)
    result = anna.sync.client.sync()
    assert result.kept_aside == 1
    (kept,) = anna.sync.kept_aside()
    assert "inte en post" in kept.reason
    detail = anna.vault.conn.execute("SELECT detail FROM sync_quarantine").fetchone()[0]
    assert why in detail or why == "fälten" and "fälten" in detail or why in ("gender", "grade")
    assert anna.vault.repo.get(Student, record_id) is None
    assert [s.id for s in anna.vault.repo.find(Student)] == [student_id]


def test_a_change_whose_parent_is_missing_waits_aside_until_the_parent_arrives(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    student_row = payload.read(bo.vault.conn, "students", student_id)
    case_row = payload.read(
        bo.vault.conn, "cases", bo.vault.repo.find(Case, student_id=student_id)[0].id
    )
    assert student_row is not None and case_row is not None
    new_student, new_case = secrets.token_hex(16), secrets.token_hex(16)
    raw_push(
        bo,
        "cases",
        new_case,
        payload.dumps({**case_row, "id": new_case, "student_id": new_student}),
    )
    assert anna.sync.client.sync().kept_aside == 1
    assert "saknas" in anna.vault.conn.execute("SELECT detail FROM sync_quarantine").fetchone()[0]
    raw_push(
        bo,
        "students",
        new_student,
        payload.dumps({**student_row, "id": new_student, "personnummer": "20100412-1234"}),
    )
    result = anna.sync.client.sync()
    assert result.kept_aside == 0
    assert anna.vault.repo.get(Case, new_case) is not None
    assert [r.student_id for r in anna.service.caseload(include_ended=True)].count(new_student) == 1


def test_a_remote_change_to_a_signed_note_is_kept_aside_and_the_note_stays_as_signed(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    note = anna.service.new_note(case_id, text="Samtal med eleven.")
    anna.service.sign_note(note.id)
    anna.sync.client.sync()
    bo.sync.client.sync()
    row = payload.read(bo.vault.conn, "journal_notes", note.id)
    assert row is not None
    version = bo.vault.conn.execute(
        "SELECT version FROM sync_base WHERE record_id = ?", (note.id,)
    ).fetchone()[0]
    raw_push(bo, "journal_notes", note.id, payload.dumps({**row, "text": "Ändrad."}), base=version)
    assert anna.sync.client.sync().kept_aside == 1
    stored = payload.read(anna.vault.conn, "journal_notes", note.id)
    assert stored is not None and stored["text"] == "Samtal med eleven."


# -- a server that serves old versions ----------------------------------------------------


def test_a_server_that_serves_an_old_version_again_cannot_roll_a_record_back(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    for value in ("7B", "7C"):
        edit(anna, student_id, class_name=value)
        anna.sync.client.sync()
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "7C"
    with team.engine.begin() as conn:
        rows = (
            conn.execute(
                text("SELECT * FROM log WHERE record_id = :r ORDER BY version"), {"r": student_id}
            )
            .mappings()
            .all()
        )
        first = dict(rows[0])
        newest = rows[-1]["version"]
        first.pop("seq")
        # Served again under its own number, and relabelled as the next version.
        replayed = {**first, "received_at": dt.datetime.now(dt.UTC)}
        relabelled = {**replayed, "version": newest + 1, "base_version": newest}
        for row in (replayed, relabelled):
            conn.execute(
                text(
                    "INSERT INTO log (team_id, record_id, kind, version, base_version, device_id,"
                    " key_id, epoch, ciphertext, deleted, received_at) VALUES (:team_id, "
                    ":record_id, :kind, :version, :base_version, :device_id, :key_id, :epoch, "
                    ":ciphertext, :deleted, :received_at)"
                ),
                row,
            )
    result = bo.sync.client.sync()
    assert result.conflicts == 0 and result.kept_aside == 2
    assert get(bo, student_id).class_name == "7C"  # not reverted
    reasons = {k.reason for k in bo.sync.kept_aside()}
    assert any("äldre version" in r for r in reasons)
    assert any("dekryptera" in r for r in reasons)


# -- damaged answers ---------------------------------------------------------------------


class Damaging:
    """Between the laptop and the server: the next `count` answers come back broken."""

    def __init__(self, inner: Any, how: str, count: int) -> None:
        self.inner, self.how, self.count = inner, how, count

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        answer = self.inner.request(method, url, **kwargs)
        if self.count <= 0:
            return answer
        self.count -= 1
        body = answer.content
        if self.how == "truncated":
            return httpx.Response(answer.status_code, content=body[: len(body) // 2])
        if self.how == "flipped":
            flipped = bytearray(body)
            flipped[0] ^= 0x40  # a flip that still parsed would be caught by the seal
            flipped[len(flipped) // 3] ^= 0x40
            return httpx.Response(answer.status_code, content=bytes(flipped))
        return httpx.Response(502, content=b"<html>Bad gateway</html>")

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


@pytest.mark.parametrize("how", ["truncated", "flipped", "proxy"])
def test_damaged_answers_are_retried_then_reported_and_never_sign_the_laptop_out(
    team: Team, how: str
) -> None:
    anna, bo, student_id = pair(team)
    waits: list[float] = []
    for laptop in (anna, bo):
        laptop.sync.client.api.sleep = waits.append
        laptop.sync.client.api.token = ""  # the renewal is damaged too
    edit(anna, student_id, class_name="9A")
    anna.sync.client.api.http = Damaging(team.client, how, 2)  # type: ignore[assignment]
    anna.sync.client.sync()  # two damaged answers, then whole ones
    assert waits == [1.0, 2.0]
    bo.sync.client.api.http = Damaging(team.client, how, 1000)  # type: ignore[assignment]
    with pytest.raises(SyncError) as raised:
        bo.sync.client.sync()
    assert str(raised.value).startswith(DAMAGED[:20]) or "felkod 502" in str(raised.value)
    assert "Traceback" not in str(raised.value)
    assert bo.vault.repo.meta("sync_refresh")  # still signed in
    bo.sync.client.api.http = team.client  # type: ignore[assignment]
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "9A"


# -- revocation ---------------------------------------------------------------------------


def test_a_revoked_laptop_coming_online_hands_over_its_work_and_is_told_to_wipe(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    edit(bo, student_id, interpreter_language="tigrinja")  # offline, not yet sent
    bo.sync.client.api.token = ""  # its access token ran out meanwhile
    revoke(team, bo)
    with pytest.raises(Revoked):
        bo.sync.client.sync()
    anna.sync.client.sync()
    # handed over: shown as a conflict for the person to take (a revoked laptop's last word)
    seen = {c.field: c.theirs for c in anna.sync.conflicts()}
    assert seen == {"interpreter_language": "tigrinja"}
    with team.engine.begin() as conn:
        outcomes = conn.execute(
            text("SELECT action, outcome FROM access_log WHERE device_id = :d ORDER BY id"),
            {"d": bo.vault.repo.meta("sync_device_id")},
        ).all()
    assert ("farewell", "1/1 accepted") in [tuple(o) for o in outcomes]
    # Whatever it presents from now on, it is told `revoked`, never "sign in again".
    for call in (
        lambda: bo.sync.client._call("GET", "/changes", params={"since": 0}),
        lambda: bo.sync.client.enrol("bo.t", "ett långt lösenord", "bo-laptop"),
    ):
        bo.sync.client.api.token = ""
        with pytest.raises(Revoked):
            call()


# -- a restore nobody announced -----------------------------------------------------------


def test_a_server_restored_without_a_new_epoch_starts_one_itself_and_nothing_is_lost(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    team.engine.dispose()
    shutil.copyfile(team.path / "server.db", team.path / "backup.db")
    edit(anna, student_id, class_name="6A")
    anna.sync.client.sync()
    edit(anna, student_id, address="Torget 2")
    anna.sync.client.sync()
    team.engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        (team.path / f"server.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(team.path / "backup.db", team.path / "server.db")
    for _ in range(2):
        anna.sync.client.sync()
        bo.sync.client.sync()
    for laptop in (anna, bo):
        s = get(laptop, student_id)
        assert (s.class_name, s.address) == ("6A", "Torget 2")
        assert laptop.sync.conflicts() == [] and laptop.sync.kept_aside() == []
        assert laptop.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0


# -- the same child twice -----------------------------------------------------------------


@pytest.mark.parametrize("both_merge", [False, True])
def test_the_same_child_registered_on_two_laptops_is_merged_with_both_histories(
    team: Team, both_merge: bool
) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    anna.sync.client.sync()
    bo.sync.client.sync()
    pnr = "20130405-2382"
    refer_student(anna.service, personnummer=pnr, first_name="Saga", class_name="7A")
    refer_student(bo.service, personnummer=pnr, first_name="Sagah", address="Ängsvägen 3")
    for laptop in (anna, bo, anna):
        laptop.sync.client.sync()  # no crash: both records on both laptops
    for laptop in (anna, bo):
        (duplicate,) = laptop.sync.duplicates()
        assert duplicate.personnummer == pnr and len(duplicate.students) == 2
    mergers = (anna, bo) if both_merge else (bo,)
    for laptop in mergers:
        kept = laptop.sync.merge_duplicate(pnr)
        assert kept.address == "Ängsvägen 3" or kept.class_name == "7A"
    for laptop in (*mergers, anna, bo, anna):
        laptop.sync.client.sync()
    for laptop in (anna, bo):
        assert laptop.sync.duplicates() == []
        (student,) = laptop.vault.repo.find(Student, personnummer=pnr)
        assert len(laptop.vault.repo.find(Case, student_id=student.id)) == 2  # both histories
        assert (student.class_name, student.address) == ("7A", "Ängsvägen 3")
        assert [r.name for r in laptop.service.caseload(include_ended=True)].count(
            student.full_name
        ) == 1
    names = {c.field: (c.mine, c.theirs) for c in bo.sync.conflicts()}
    assert set(names["first_name"]) == {"Saga", "Sagah"}  # for the person to choose


def test_json_of_kept_aside_never_holds_a_name(team: Team) -> None:
    anna, bo, _ = pair(team)
    raw_push(bo, "students", secrets.token_hex(16), b'{"first_name": "Hemlig"}')
    anna.sync.client.sync()
    row = anna.vault.conn.execute("SELECT detail, reason FROM sync_quarantine").fetchone()
    assert "Hemlig" not in json.dumps(row)


# -- a device the server planted ------------------------------------------------------------


def test_a_key_the_server_swapped_in_gives_another_code_and_gets_no_team_key(
    team: Team,
) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    team.user("bo.t")
    bo = team.laptop("bo-laptop", "bo.t")
    bo.sync.client.enrol("bo.t", PASSWORD, "bo-laptop")
    shown_on_bos_screen = bo.sync.client.safety_code
    _private, planted = crypto.new_device_keys()
    with team.engine.begin() as conn:
        conn.execute(
            text("UPDATE devices SET public_key = :k WHERE name = 'bo-laptop'"), {"k": planted}
        )
    (pending,) = anna.sync.client.pending_devices().devices
    with pytest.raises(SyncError, match="Säkerhetskoden stämmer inte"):
        anna.sync.client.approve(pending.device_id, pending.public_key, shown_on_bos_screen)
    with team.engine.begin() as conn:
        wrapped = conn.execute(
            text("SELECT wrapped_team_key, status FROM devices WHERE name = 'bo-laptop'")
        ).one()
    assert tuple(wrapped) == ("", "pending")
    assert len(shown_on_bos_screen.replace(" ", "")) == 20


# -- team-key rotation ----------------------------------------------------------------------


def ring_of(laptop: Laptop) -> dict[str, str]:
    return json.loads(laptop.vault.repo.meta("sync_team_keys") or "{}")


def test_revoking_a_laptop_rotates_the_team_key_and_the_revoked_one_reads_nothing_after(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    old_key_id = next(iter(ring_of(anna)))
    revoke(team, cia)
    anna.sync.client.sync()  # the admin's laptop makes the new key
    assert len(ring_of(anna)) == 2 and len(anna.sync.client.new_recovery_code) == 24
    new_key_id = next(k for k in ring_of(anna) if k != old_key_id)
    edit(anna, student_id, class_name="Efter spärren")
    anna.sync.client.sync()
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "Efter spärren"
    assert set(ring_of(bo)) == {old_key_id, new_key_id}
    with team.engine.begin() as conn:
        sealed_after = conn.execute(
            text("SELECT key_id FROM log WHERE record_id = :r ORDER BY seq DESC LIMIT 1"),
            {"r": student_id},
        ).scalar_one()
        cias_ring = conn.execute(
            text("SELECT wrapped_team_key FROM devices WHERE name = 'cia-laptop'")
        ).scalar_one()
    assert sealed_after == new_key_id
    opened = crypto.load_ring(
        crypto.open_for_device(cias_ring, cia.vault.repo.meta("sync_device_private"))
    )
    assert new_key_id not in opened.keys  # the revoked laptop was never given it
    # A laptop that joins later reads the old records and the new.
    dan = enrolled(team, "dan-laptop", "dan.v", approver=anna)
    result = dan.sync.client.sync()
    assert result.kept_aside == 0 and get(dan, student_id).class_name == "Efter spärren"
    # The new recovery code opens the whole ring.
    with team.engine.begin() as conn:
        blob = conn.execute(text("SELECT blob FROM team_recovery")).scalar_one()
    recovered = crypto.load_ring(
        crypto.open_with_recovery(blob, anna.sync.client.new_recovery_code)
    )
    assert set(recovered.keys) == {old_key_id, new_key_id}


def test_a_team_key_the_server_made_up_is_never_used(team: Team) -> None:
    anna, bo, student_id = pair(team)
    fake = crypto.KeyRing.first(crypto.new_team_key())
    with team.engine.begin() as conn:
        conn.execute(
            text("UPDATE devices SET wrapped_team_key = :w WHERE name = 'bo-laptop'"),
            {"w": crypto.seal_for_device(fake.dumps(), bo.vault.repo.meta("sync_device_public"))},
        )
        conn.execute(text("UPDATE teams SET key_id = :k"), {"k": fake.current})
    edit(bo, student_id, class_name="7Ö")
    bo.sync.client.sync()  # the change waits: it is never sealed with the made-up key
    assert fake.current not in ring_of(bo) and len(ring_of(bo)) == 1
    with team.engine.begin() as conn:  # the server stops lying
        conn.execute(text("UPDATE teams SET key_id = ''"))
    bo.sync.client.sync()  # goes on, with the key it holds
    anna.sync.client.sync()
    assert get(anna, student_id).class_name == "7Ö"
    refused = bo.vault.conn.execute(
        "SELECT count(*) FROM audit_events WHERE action = 'sync.team_key_refused'"
    ).fetchone()[0]
    assert refused >= 1


# -- audit anchoring ----------------------------------------------------------------------


def cut_audit_tail(laptop: Laptop, count: int) -> None:
    """Someone with the laptop and its key removes the newest audit events."""
    conn = laptop.vault.conn
    conn.execute("DROP TRIGGER audit_events_no_delete")
    newest = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    conn.execute("DELETE FROM audit_events WHERE seq > ?", (newest - count,))


def gaps(team: Team) -> dict[str, object]:
    with team.engine.begin() as conn:
        rows = conn.execute(text("SELECT name, audit_gap_at FROM devices")).all()
    return {name: at for name, at in rows}


def test_audit_events_cut_from_a_laptop_are_noticed_by_the_server_and_shown_to_the_admin(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    for _ in range(2):
        bo.sync.client.sync()
    assert gaps(team) == {"anna-laptop": None, "bo-laptop": None}  # normal syncs: no gap
    bo.service.open_student(student_id)  # read, audited, anchored at the next contact
    bo.sync.client.sync()
    cut_audit_tail(bo, 3)  # events the server has anchored are gone
    bo.sync.client.sync()  # sync goes on
    assert gaps(team)["bo-laptop"] is not None and gaps(team)["anna-laptop"] is None
    noted = bo.vault.conn.execute(
        "SELECT count(*) FROM audit_events WHERE action = 'sync.audit_gap'"
    ).fetchone()[0]
    assert noted == 1
    (shown,) = [d for d in anna.sync.client.team_devices().devices if d.audit_gap_at]
    assert shown.device_name == "bo-laptop"
    bo.sync.client.sync()  # judged from the new anchor: no second report
    assert (
        bo.vault.conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'sync.audit_gap'"
        ).fetchone()[0]
        == 1
    )


def test_an_audit_head_not_signed_by_the_device_is_refused(team: Team) -> None:
    anna, _bo, _ = pair(team)
    client = anna.sync.client
    device = anna.vault.repo.meta("sync_device_id")
    head = AuditHead(seq=10**6, hash="0" * 64, anchor_seq=0, anchor_hash="", signature="A" * 88)
    other_private, _ = crypto.new_signing_keys()
    forged = crypto.sign(other_private, head.signed_part(device))
    for signature in ("A" * 88, forged):
        with pytest.raises(SyncError) as refused:
            client._call("POST", "/audit/head", json={**head.model_dump(), "signature": signature})
        assert refused.value.code == "unsigned"
    assert gaps(team) == {"anna-laptop": None, "bo-laptop": None}


def test_a_lost_renewal_answer_is_recovered_with_the_laptops_own_signature(team: Team) -> None:
    anna, bo, student_id = pair(team)

    class LosesTheRenewal:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
            answer = self.inner.request(method, url, **kwargs)
            if url.endswith("/token"):
                raise httpx.ReadTimeout("the answer was lost after the server renewed")
            return answer

    bo.sync.client.api.token = ""
    bo.sync.client.api.http = LosesTheRenewal(team.client)  # type: ignore[assignment]
    with pytest.raises(SyncError):
        bo.sync.client.sync()
    bo.sync.client.api.http = team.client  # type: ignore[assignment]
    edit(bo, student_id, class_name="9B")
    bo.sync.client.sync()  # no password asked for
    anna.sync.client.sync()
    assert get(anna, student_id).class_name == "9B"
    with team.engine.begin() as conn:
        outcomes = [
            o
            for (o,) in conn.execute(
                text("SELECT outcome FROM access_log WHERE action = 'token' ORDER BY id")
            )
        ]
    assert outcomes[-2:] == ["proof_needed", "renewed"]


def test_reads_cut_from_the_audit_log_before_they_were_ever_synced_are_noticed(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    bo.sync.client.sync()  # anchored
    conn = bo.vault.conn
    before = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    bo.service.open_student(student_id)  # reads no server has seen
    bo.service.open_student(student_id)
    conn.execute("DROP TRIGGER audit_events_no_delete")
    conn.execute("DELETE FROM audit_events WHERE seq > ?", (before,))
    conn.execute("DELETE FROM audit_macs WHERE seq > ?", (before,))
    head = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{head[0]}:{head[1]}",))
    assert audit.verify(conn).ok  # the laptop's own chain looks whole
    bo.sync.client.sync()
    assert gaps(team)["bo-laptop"] is not None  # but its audit key had moved on
    anna.sync.client.sync()
    assert gaps(team)["anna-laptop"] is None


# -- found by a tester attacking sync from a fresh clone ---------------------------------


def test_records_that_break_a_decoder_or_a_screen_are_kept_aside_and_sync_goes_on(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    row = payload.read(bo.vault.conn, "students", student_id)
    assert row is not None
    raw_push(bo, "students", secrets.token_hex(16), b"[" * 5000 + b"]" * 5000)
    abc = secrets.token_hex(16)
    raw_push(bo, "students", abc, payload.dumps({**row, "id": abc, "personnummer": "ABC"}))
    chunk = payload.dumps({"events": [[1, "t", "a", "d", ["lista"], "", "", "", ""]]})
    raw_push(bo, "audit_log", f"{secrets.token_hex(8)}-a1-1", chunk)
    edit(anna, student_id, class_name="8C")
    result = anna.sync.client.sync()
    assert result.kept_aside == 3 and result.waiting == 0
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "8C"


def test_a_remote_deletion_never_takes_signed_journal_notes_with_it(team: Team) -> None:
    anna, bo, student_id = pair(team)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    note = anna.service.new_note(case_id, text="Signerat samtal.")
    anna.service.sign_note(note.id)
    anna.sync.client.sync()
    bo.sync.client.sync()
    version = bo.vault.conn.execute(
        "SELECT version FROM sync_base WHERE record_id = ?", (student_id,)
    ).fetchone()[0]
    mutation = {
        "mutation_id": secrets.token_hex(16),
        "record_id": student_id,
        "kind": "students",
        "base_version": version,
        "key_id": crypto.key_id(base64.b64decode(bo.vault.repo.meta("sync_team_key"))),
        "ciphertext": "",
        "deleted": True,
    }
    meta = bo.vault.repo.meta
    header = crypto.Header(
        meta("sync_team_id"),
        student_id,
        "students",
        version + 1,
        meta("sync_device_id"),
        mutation["key_id"],
        meta("sync_epoch"),
    )
    mutation["ciphertext"] = crypto.seal_record(
        base64.b64decode(meta("sync_team_key")), header, b"null"
    )
    bo.sync.client._call(
        "POST", "/push", json={"epoch": meta("sync_epoch"), "mutations": [mutation]}
    )
    assert anna.sync.client.sync().kept_aside == 1
    kept = anna.vault.conn.execute("SELECT detail FROM sync_quarantine").fetchone()[0]
    assert "signerade" in kept
    assert payload.read(anna.vault.conn, "journal_notes", note.id) is not None


def test_a_copy_of_a_revoked_laptop_made_before_the_wipe_can_hand_over_nothing(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    copy = team.path / "bo-copy"
    bo.vault.close()
    shutil.copytree(team.path / "bo-laptop", copy)
    from sstdesk.services.caseload import CaseloadService
    from sstdesk.services.sync import SyncService
    from sstdesk.vault.vault import Vault
    from tests.conftest import PASSPHRASE

    bo.vault = Vault.unlock(team.path / "bo-laptop", passphrase=PASSPHRASE, check_pages=False)
    bo = Laptop(
        bo.name,
        bo.vault,
        CaseloadService(bo.vault),
        SyncService(CaseloadService(bo.vault), team.client),
    )
    team.laptops["bo-laptop"] = bo
    revoke(team, bo)
    with pytest.raises(Revoked):
        bo.sync.client.sync()  # the real laptop hands over, and is wiped
    vault = Vault.unlock(copy, passphrase=PASSPHRASE, check_pages=False)
    service = CaseloadService(vault)
    try:
        current = vault.repo.get(Student, student_id)
        service.update_student(replace(current, last_name="Förfalskad"))
        with pytest.raises(NotHandedOver):  # refused: kept, never handed over
            SyncService(service, team.client).client.sync()
    finally:
        vault.close()
    anna.sync.client.sync()
    assert get(anna, student_id).last_name != "Förfalskad"


def test_a_laptop_put_back_from_a_copy_of_its_vault_goes_on_pushing(team: Team) -> None:
    anna, bo, student_id = pair(team)
    edit(bo, student_id, class_name="Före")
    rows = bo.vault.conn.execute("SELECT * FROM sync_outbox").fetchall()
    bo.sync.client.sync()
    # The vault as it was before that sync: the same ids, queued again with other bytes.
    bo.vault.conn.executemany(
        "INSERT INTO sync_outbox VALUES (" + ", ".join("?" for _ in rows[0]) + ")",  # noqa: S608
        rows,
    )
    key_id = crypto.key_id(base64.b64decode(bo.vault.repo.meta("sync_team_key")))
    bo.vault.conn.execute(
        "UPDATE sync_outbox SET attempted = 1, sent = '{}', sent_base = 1, sealed = 'AAAA', "
        "sealed_key = ?",
        (key_id,),
    )
    edit(bo, student_id, class_name="Efter")
    bo.sync.client.sync()
    anna.sync.client.sync()
    assert get(anna, student_id).class_name == "Efter"
    assert bo.sync.parked() == []


def test_a_device_the_server_adds_gets_no_team_key_when_the_admin_rotates(team: Team) -> None:
    anna, bo, student_id = pair(team)
    _private, planted = crypto.new_device_keys()
    with team.engine.begin() as conn:
        user_id = conn.execute(
            text("SELECT user_id FROM devices WHERE name = 'bo-laptop'")
        ).scalar()
        conn.execute(
            text(
                "INSERT INTO devices (id, team_id, user_id, name, public_key, status, "
                "wrapped_team_key, created_at) VALUES ('planted-device-01', :t, :u, 'bo-laptop-2',"
                " :k, 'approved', '', :now)"
            ),
            {"t": team.team_id, "u": user_id, "k": planted, "now": dt.datetime.now(dt.UTC)},
        )
        conn.execute(text("UPDATE teams SET rotation_due = :yes"), {"yes": True})
    anna.sync.client.sync()  # no revocation seen: the server's ask alone changes nothing
    assert len(ring_of(anna) or {"one": ""}) == 1
    anna.sync.client.rotate()  # the admin's own "Byt teamnyckel…"
    with team.engine.begin() as conn:
        rings = dict(conn.execute(text("SELECT name, wrapped_team_key FROM devices")).all())
    assert rings["bo-laptop-2"] == "" and rings["bo-laptop"] and rings["anna-laptop"]
    bo.sync.client.sync()
    assert len(ring_of(bo)) == 2  # the colleague the admin verified has the new key


def test_a_new_laptop_refuses_a_team_key_the_server_made_up(team: Team) -> None:
    anna, _bo, _student_id = pair(team)
    team.user("cia.u")
    cia = team.laptop("cia-laptop", "cia.u")
    refer_student(cia.service, first_name="Hemlig")
    assert cia.sync.client.enrol("cia.u", PASSWORD, "cia-laptop") is DeviceStatus.PENDING
    made_up = crypto.KeyRing.first(crypto.new_team_key())
    with team.engine.begin() as conn:
        conn.execute(
            text("UPDATE devices SET status = 'approved', wrapped_team_key = :w WHERE id = :d"),
            {
                "w": crypto.seal_for_device(
                    made_up.dumps(), cia.vault.repo.meta("sync_device_public")
                ),
                "d": cia.vault.repo.meta("sync_device_id"),
            },
        )
    for guess in ("", "12345 67890"):
        with pytest.raises(SyncError, match="[Tt]eamkod"):
            cia.sync.client.enrol("cia.u", PASSWORD, "cia-laptop", team_code=guess)
    assert not cia.sync.client.enrolled and not cia.vault.repo.meta("sync_team_key")
    with team.engine.begin() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM log WHERE device_id = :d"),
                {"d": cia.vault.repo.meta("sync_device_id")},
            ).scalar_one()
            == 0
        )


@pytest.mark.parametrize("announced", [False, True])
def test_a_restore_written_to_before_the_laptop_that_was_ahead_returns_loses_nothing(
    team: Team, announced: bool
) -> None:
    anna, bo, student_id = pair(team)
    other = refer_student(anna.service, personnummer="20080101-2386", first_name="Tyra").student_id
    anna.sync.client.sync()
    bo.sync.client.sync()
    team.engine.dispose()
    shutil.copyfile(team.path / "server.db", team.path / "backup.db")
    for value in ("Efter1", "Efter2", "Efter3"):  # anna runs ahead of the backup
        edit(anna, student_id, class_name=value)
        anna.sync.client.sync()
    team.engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        (team.path / f"server.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(team.path / "backup.db", team.path / "server.db")
    if announced:
        with team.engine.begin() as conn:
            store.new_epoch(conn)
    for value in ("Bo1", "Bo2", "Bo3", "Bo4", "Bo5"):  # bo writes past anna's cursor
        edit(bo, other, address=value)
        bo.sync.client.sync()
    for _ in range(2):
        anna.sync.client.sync()
        bo.sync.client.sync()
    for laptop in (anna, bo):
        assert get(laptop, student_id).class_name == "Efter3", laptop.name
        assert get(laptop, other).address == "Bo5", laptop.name
        assert laptop.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0


def test_no_laptop_can_write_or_shadow_a_colleagues_audit_trail(team: Team) -> None:
    anna, bo, student_id = pair(team)
    anna.service.open_student(student_id)
    anna.sync.client.sync()
    bo.sync.client.sync()
    annas = anna.vault.repo.meta("device")  # the name anna's events carry
    mine = bo.vault.repo.meta("sync_device_id")
    theirs = anna.vault.repo.meta("sync_device_id")
    newest = anna.vault.conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    forged = [
        [
            newest + 1,
            "2026-11-23T09:00:00+00:00",
            "anna.s",
            annas,
            "protected.reveal",
            student_id,
            "",
            "0" * 64,
            "f" * 64,
        ]
    ]
    content = payload.dumps({"events": forged})
    # Every id anna's next chunk could have (a chunk is at most 500), taken first; and one
    # in bo's own name.
    taken = [f"{theirs}-a{newest + 1}-{last}" for last in range(newest + 1, newest + 502)]
    for record_id in (*taken, f"{mine}-a900-900-abcd"):
        raw_push(bo, "audit_log", record_id, content)
    anna.service.open_student(student_id)  # anna's own next read
    anna.sync.client.sync()
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    rows = cia.vault.conn.execute(
        "SELECT action, hash FROM team_audit_events WHERE device = ? AND seq = ?",
        (annas, newest + 1),
    ).fetchall()
    assert rows and rows[0][1] != "f" * 64  # anna's real event, not the forged one
    kept = cia.vault.conn.execute(
        "SELECT count(*) FROM sync_quarantine WHERE kind = 'audit_log'"
    ).fetchone()[0]
    assert kept == apply.KEEP_PER_DEVICE  # the rest only counted, against bo's laptop
    assert cia.sync.dropped() == {"bo-laptop (bo.t)": len(taken) + 1 - kept}


@pytest.mark.parametrize("lost", ["/devices/", "/team/recovery"])
def test_the_first_admin_loses_no_team_key_and_no_recovery_code_to_a_lost_answer(
    team: Team, lost: str
) -> None:
    team.user("anna.s", admin=True)
    anna = team.laptop("anna-laptop", "anna.s")
    assert anna.sync.client.enrol("anna.s", PASSWORD, "anna") is DeviceStatus.PENDING
    team.operator_approves(anna)

    class LosesOneAnswer:
        def __init__(self, inner: Any) -> None:
            self.inner, self.done = inner, False

        def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
            answer = self.inner.request(method, url, **kwargs)
            if lost in url and method in ("POST", "PUT") and not self.done:
                self.done = True
                raise httpx.ReadTimeout("the answer was lost after the server acted")
            return answer

    anna.sync.client.api.http = LosesOneAnswer(team.client)  # type: ignore[assignment]
    with pytest.raises(SyncError):
        anna.sync.client.enrol("anna.s", PASSWORD, "anna")
    assert anna.sync.client.enrol("anna.s", PASSWORD, "anna") is DeviceStatus.APPROVED
    code = anna.sync.client.new_recovery_code
    assert len(code) == 24 and anna.sync.client.enrolled
    with team.engine.begin() as conn:
        blob = conn.execute(text("SELECT blob FROM team_recovery")).scalar_one()
    recovered = crypto.load_ring(crypto.open_with_recovery(blob, code))
    assert set(recovered.keys) == set(
        ring_of(anna)
        or {crypto.key_id(base64.b64decode(anna.vault.repo.meta("sync_team_key"))): ""}
    )
    assert not anna.vault.repo.meta("sync_made_code")  # forgotten once shown


def test_a_revoked_laptops_last_edit_that_conflicts_reaches_the_team_as_a_conflict(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    other = refer_student(anna.service, personnummer="20080101-2386", first_name="Tyra").student_id
    anna.sync.client.sync()
    bo.sync.client.sync()
    edit(bo, other, address="Ny adress")  # offline, and nobody else changed it
    edit(bo, student_id, class_name="Bos sista", address="Bogatan 1")  # offline
    new = refer_student(bo.service, personnummer="20090303-2381", first_name="Ny").student_id
    edit(anna, student_id, class_name="Annas")
    anna.sync.client.sync()
    revoke(team, bo)
    with pytest.raises(Revoked):
        bo.sync.client.sync()
    found = anna.sync.client.sync().conflicts
    assert get(anna, student_id).class_name == "Annas"  # nothing applied over it
    seen = {(c.record_id, c.field): c.theirs for c in anna.sync.conflicts()}
    assert seen[(student_id, "class_name")] == "Bos sista"
    assert seen[(student_id, "address")] == "Bogatan 1"
    # A revoked laptop cannot show what it saw before it wrote: even a record nobody else
    # changed gets its last word as a conflict to see, never applied.
    assert seen[(other, "address")] == "Ny adress" and get(anna, other).address != "Ny adress"
    assert found == len(seen)
    assert get(anna, new).first_name == "Ny"  # a new record overwrites nothing: taken


def test_a_revoked_laptop_the_server_lists_as_approved_again_gets_no_new_key(team: Team) -> None:
    anna, bo, _student_id = pair(team)
    device = bo.vault.repo.meta("sync_device_id")
    with team.engine.begin() as conn:
        store.decide_device(conn, device, DeviceStatus.REVOKED, now=dt.datetime.now(dt.UTC))
    anna.sync.client.sync()  # rotates, without bo
    with team.engine.begin() as conn:  # a restore from before, or a lie
        conn.execute(text("UPDATE devices SET status = 'approved' WHERE id = :d"), {"d": device})
        conn.execute(text("UPDATE teams SET rotation_due = :yes"), {"yes": True})
    anna.sync.client.sync()
    anna.sync.client.rotate()  # and the admin rotates by hand too
    with team.engine.begin() as conn:
        ring = conn.execute(
            text("SELECT wrapped_team_key FROM devices WHERE id = :d"), {"d": device}
        ).scalar_one()
    assert ring == ""
    assert len(ring_of(anna)) == 3


def test_a_server_asking_for_a_new_key_without_a_revocation_changes_nothing(team: Team) -> None:
    anna, _bo, _student_id = pair(team)
    with team.engine.begin() as conn:
        conn.execute(text("UPDATE teams SET rotation_due = :yes"), {"yes": True})
    anna.sync.client.sync()
    assert len(ring_of(anna) or {"one": ""}) == 1  # the same key, and the same paper


# -- found by a second tester attacking sync (fe13) --------------------------------------


def base_of(laptop: Laptop, record_id: str) -> int:
    return int(
        laptop.vault.conn.execute(
            "SELECT version FROM sync_base WHERE record_id = ?", (record_id,)
        ).fetchone()[0]
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [("first_name", "\ud800"), ("grade", 10**30)],  # valid JSON that no vault can store
)
def test_a_value_the_vault_cannot_store_is_kept_aside_and_every_laptop_goes_on(
    team: Team, field: str, value: object
) -> None:
    anna, bo, student_id = pair(team)
    content = payload.read(bo.vault.conn, "students", student_id)
    assert content is not None
    plain = json.dumps({**content, field: value}, ensure_ascii=True).encode()
    raw_push(bo, "students", student_id, plain, base=base_of(bo, student_id))
    edit(anna, student_id, class_name="Annas")  # anna's own work waiting to go
    for _ in range(2):
        result = anna.sync.client.sync()
        assert result.kept_aside == 1 and result.waiting == 0
    (kept,) = anna.sync.kept_aside()
    assert "inte en post" in kept.reason
    dan = enrolled(team, "dan-laptop", "dan.v", approver=anna)  # a new laptop, too
    assert dan.sync.client.sync().kept_aside == 1
    assert get(dan, student_id).class_name == "Annas"


def test_any_error_applying_one_change_keeps_it_aside_and_the_rest_goes_in(team: Team) -> None:
    anna, bo, student_id = pair(team)
    other = refer_student(bo.service, personnummer="20080101-2386", first_name="Tyra").student_id

    def refuse(_value: object) -> int:
        raise RuntimeError("the vault cannot take this one")

    # Something in anna's vault fails in a way no one foresaw, for this one value only.
    anna.vault.conn.create_function("refuse", 1, refuse)
    anna.vault.conn.execute(
        "CREATE TEMP TRIGGER refuse_one BEFORE UPDATE ON students "
        "WHEN NEW.class_name = 'Ovanlig' BEGIN SELECT refuse(NEW.id); END"
    )
    edit(bo, student_id, class_name="Ovanlig")
    bo.sync.client.sync()
    refer_student(anna.service, personnummer="20090303-2381", first_name="Annas")
    result = anna.sync.client.sync()
    assert result.kept_aside == 1 and result.waiting == 0  # anna's own work went out
    assert "lägga in" in anna.sync.kept_aside()[0].reason
    assert get(anna, other).first_name == "Tyra"  # the rest of the page went in
    anna.vault.conn.execute("DROP TRIGGER refuse_one")
    anna.sync.client.sync()  # tried again: it goes in now
    assert get(anna, student_id).class_name == "Ovanlig" and anna.sync.kept_aside() == []


def push_deletion(laptop: Laptop, kind: str, record_id: str) -> None:
    """A team device (a modified client) deleting a record on the server."""
    meta = laptop.vault.repo.meta
    key = base64.b64decode(meta("sync_team_key"))
    version = base_of(laptop, record_id)
    header = crypto.Header(
        meta("sync_team_id"),
        record_id,
        kind,
        version + 1,
        meta("sync_device_id"),
        crypto.key_id(key),
        meta("sync_epoch"),
    )
    mutation = {
        "mutation_id": secrets.token_hex(16),
        "record_id": record_id,
        "kind": kind,
        "base_version": version,
        "key_id": crypto.key_id(key),
        "ciphertext": crypto.seal_record(key, header, b"null"),
        "deleted": True,
    }
    laptop.sync.client._call(
        "POST", "/push", PushResponse, json={"epoch": meta("sync_epoch"), "mutations": [mutation]}
    )


def test_one_remote_deletion_never_takes_a_childs_file_on_any_laptop(team: Team) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    draft = anna.service.new_note(case_id, text="Utkast: samtal med vårdnadshavare")
    anna.sync.client.sync()
    cia.sync.client.sync()  # cia holds everything, and has nothing unsent
    anna.service.add_working_note(case_id, "Osynkad arbetsanteckning")  # not yet sent
    push_deletion(bo, "students", student_id)

    def held(laptop: Laptop) -> dict[str, int]:
        return {
            table: laptop.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("students", "cases", "journal_notes", "working_notes")
        }

    for laptop in (anna, cia):
        result = laptop.sync.client.sync()
        assert result.conflicts == 1, laptop.name  # shown, not applied
        kept = {"students": 1, "cases": 1, "journal_notes": 1, "working_notes": 1}
        assert held(laptop) == kept, laptop.name  # anna's note reached cia, too
        assert [c.field for c in laptop.sync.conflicts()] == ["*"]
    assert payload.read(anna.vault.conn, "journal_notes", draft.id) is not None
    with team.engine.begin() as conn:  # the team has the child's record back
        deleted = conn.execute(
            text("SELECT deleted FROM log WHERE record_id = :r ORDER BY seq DESC LIMIT 1"),
            {"r": student_id},
        ).scalar_one()
    assert not deleted
    bo.sync.client.sync()
    assert get(bo, student_id).id == student_id


def test_a_remote_deletion_of_what_the_program_never_deletes_is_shown_not_applied(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    draft = anna.service.new_note(case_id, text="Utkast, ännu inte signerat")
    working = anna.service.add_working_note(case_id, "Arbetsanteckning")
    anna.sync.client.sync()
    bo.sync.client.sync()
    push_deletion(bo, "journal_notes", draft.id)  # the program never deletes a journal note
    push_deletion(bo, "working_notes", working.id)  # a working note it does delete
    assert anna.sync.client.sync().conflicts == 1
    assert payload.read(anna.vault.conn, "journal_notes", draft.id) is not None
    assert payload.read(anna.vault.conn, "working_notes", working.id) is None


def key_print_of(laptop: Laptop) -> str:
    return crypto.key_print(laptop.vault.repo.meta("sync_device_public"))


def ring_on_server(team: Team, device_id: str) -> str:
    with team.engine.begin() as conn:
        return conn.execute(
            text("SELECT wrapped_team_key FROM devices WHERE id = :d"), {"d": device_id}
        ).scalar_one()


def test_an_insider_cannot_mark_himself_as_already_shut_out_and_escape_the_rotation(
    team: Team,
) -> None:
    anna, bo, _student_id = pair(team)
    device = bo.vault.repo.meta("sync_device_id")
    # bo, no admin, writes in his own log that he was shut out already; it reaches the team
    bo.vault.audit("sync.device_excluded", reason=f"{device}:{key_print_of(bo)}")
    bo.sync.client.sync()
    anna.sync.client.sync()
    revoke(team, bo)
    anna.sync.client.sync()
    assert len(ring_of(anna) or {"one": ""}) == 2  # a new key, which bo lacks
    with team.engine.begin() as conn:
        assert not conn.execute(text("SELECT rotation_due FROM teams")).scalar_one()


def test_only_an_admins_verification_lets_a_key_into_a_rotation(team: Team) -> None:
    anna, bo, _student_id = pair(team)
    team.user("bo2.t")
    bo2 = team.laptop("bo2-laptop", "bo2.t")
    bo2.sync.client.enrol("bo2.t", PASSWORD, "bo2-laptop")
    second = bo2.vault.repo.meta("sync_device_id")
    # bo, no admin, writes an approval of his second laptop into his own log
    bo.vault.audit("sync.approve", reason=f"{second}:{key_print_of(bo2)}")
    bo.sync.client.sync()
    anna.sync.client.sync()
    team.operator_approves(bo2)  # let in on the server: it waits for the team key
    anna.sync.client.rotate()
    assert ring_on_server(team, second) == ""
    assert ring_on_server(team, bo.vault.repo.meta("sync_device_id"))  # verified by anna


def test_a_second_admins_approvals_count_and_a_revoked_laptops_key_stays_out_under_any_id(
    team: Team,
) -> None:
    anna, bo, _student_id = pair(team)
    erik = enrolled(team, "erik-laptop", "erik.a", admin=True, approver=anna)
    erik.sync.client.sync()
    cia = enrolled(team, "cia-laptop", "cia.u", approver=erik)  # let in by the other admin
    dan = enrolled(team, "dan-laptop", "dan.v", approver=erik)
    pub = cia.vault.repo.meta("sync_device_public")
    second = "cia-second-id-0001"
    cia.vault.audit("sync.approve", reason=f"{second}:{key_print_of(cia)}")  # forged
    for laptop in (cia, dan, erik, anna):
        laptop.sync.client.sync()
    # The same key under a new device id: the server refuses it ...
    refused = team.client.post(
        "/v1/login",
        json={
            "user": "cia.u",
            "password": PASSWORD,
            "device_id": second,
            "device_name": "cia-2",
            "public_key": pub,
        },
    )
    assert refused.status_code == 409 and refused.json()["code"] == "key_in_use"
    # ... and one that lists it anyway (a lie, or a restore) gets no new key for it.
    with team.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO devices (id, team_id, user_id, name, public_key, status, "
                "wrapped_team_key, created_at) SELECT :i, team_id, user_id, 'cia-2', public_key,"
                " 'approved', '', created_at FROM devices WHERE name = 'cia-laptop'"
            ),
            {"i": second},
        )
    revoke(team, cia)
    anna.sync.client.sync()  # rotates for cia's revocation
    assert len(ring_of(anna)) == 2
    assert ring_on_server(team, second) == ""
    for laptop in (bo, erik, dan):  # dan, whom erik let in, is in the rotation too
        laptop.sync.client.sync()
        assert set(ring_of(laptop)) == set(ring_of(anna)), laptop.name


def test_a_colleague_the_server_once_listed_as_revoked_is_let_in_again_by_his_safety_code(
    team: Team,
) -> None:
    anna, bo, _student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    device = bo.vault.repo.meta("sync_device_id")
    with team.engine.begin() as conn:  # one lying answer: bo "revoked", then back
        conn.execute(text("UPDATE devices SET status = 'revoked' WHERE id = :d"), {"d": device})
        conn.execute(text("UPDATE teams SET rotation_due = :yes"), {"yes": True})
    anna.sync.client.sync()
    with team.engine.begin() as conn:
        conn.execute(text("UPDATE devices SET status = 'approved' WHERE id = :d"), {"d": device})
    revoke(team, cia)  # weeks later, a real revocation: bo is left out of it too
    anna.sync.client.sync()
    assert ring_on_server(team, device) == ""  # waiting to be let in again
    (pending,) = [p for p in anna.sync.client.pending_devices().devices if p.device_id == device]
    anna.sync.client.approve(pending.device_id, pending.public_key, bo.sync.client.safety_code)
    anna.sync.client.rotate()  # the next rotation seals to him again
    bo.sync.client.sync()
    assert len(ring_of(anna)) == 4 and set(ring_of(bo)) == set(ring_of(anna))


def test_devices_no_admin_ever_let_in_listed_as_revoked_never_churn_the_team_key(
    team: Team,
) -> None:
    anna, bo, _student_id = pair(team)
    with team.engine.begin() as conn:
        user_id = conn.execute(
            text("SELECT user_id FROM devices WHERE name = 'bo-laptop'")
        ).scalar_one()
    for i in range(3):
        _private, key = crypto.new_device_keys()
        with team.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO devices (id, team_id, user_id, name, public_key, status, "
                    "wrapped_team_key, created_at) VALUES (:i, :t, :u, 'x', :k, 'revoked', '', "
                    ":n)"
                ),
                {
                    "i": f"ghost-device-{i:04d}",
                    "t": team.team_id,
                    "u": user_id,
                    "k": key,
                    "n": dt.datetime.now(dt.UTC),
                },
            )
            conn.execute(text("UPDATE teams SET rotation_due = :yes"), {"yes": True})
        anna.sync.client.new_recovery_code = ""
        anna.sync.client.sync()
        assert anna.sync.client.new_recovery_code == ""
    assert len(ring_of(anna) or {"one": ""}) == 1


# -- a revoked laptop's farewell, as a modified client or a lying server would use it --------


def sealed_student(laptop: Laptop, student_id: str, base: int, **changes: Any) -> dict[str, Any]:
    """A student version sealed by `laptop`, on `base`, as an ordinary change (no mark)."""
    meta = laptop.vault.repo.meta
    content = payload.read(laptop.vault.conn, "students", student_id)
    assert content is not None
    key = base64.b64decode(meta("sync_team_key"))
    header = crypto.Header(
        meta("sync_team_id"),
        student_id,
        "students",
        base + 1,
        meta("sync_device_id"),
        crypto.key_id(key),
        meta("sync_epoch"),
    )
    return {
        "mutation_id": secrets.token_hex(16),
        "record_id": student_id,
        "kind": "students",
        "base_version": base,
        "key_id": crypto.key_id(key),
        "ciphertext": crypto.seal_record(key, header, payload.dumps({**content, **changes})),
        "deleted": False,
    }


def farewell_push(
    laptop: Laptop, mutations: list[dict[str, Any]], *, refresh: str = "", done: bool = False
) -> PushResponse:
    meta = laptop.vault.repo.meta
    body = {
        "device_id": meta("sync_device_id"),
        "refresh_token": refresh or meta("sync_refresh"),
        "push": {"epoch": meta("sync_epoch"), "mutations": mutations},
        "done": done,
    }
    return laptop.sync.client._call("POST", "/farewell", PushResponse, authorised=False, json=body)


def head_of(team: Team, record_id: str) -> int:
    with team.engine.begin() as conn:
        return conn.execute(
            text("SELECT version FROM heads WHERE record_id = :r"), {"r": record_id}
        ).scalar_one()


def test_a_modified_revoked_laptop_cannot_write_over_a_colleagues_edit(team: Team) -> None:
    anna, bo, student_id = pair(team)
    edit(anna, student_id, class_name="Annas nya")
    anna.sync.client.sync()
    revoke(team, bo)
    # On the head it learnt from the server, sealed as an ordinary change, no mark asked for.
    taken = farewell_push(
        bo, [sealed_student(bo, student_id, head_of(team, student_id), class_name="Skrivet över")]
    )
    assert taken.results[0].status.value == "accepted"
    result = anna.sync.client.sync()
    assert get(anna, student_id).class_name == "Annas nya" and result.conflicts == 1
    (shown,) = anna.sync.conflicts()
    assert (shown.field, shown.theirs) == ("class_name", "Skrivet över")


def test_a_server_cannot_take_the_farewell_mark_off_nor_make_an_edit_vanish(team: Team) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    edit(bo, student_id, class_name="Bos gamla")  # offline
    edit(anna, student_id, class_name="Annas nya")
    anna.sync.client.sync()
    revoke(team, bo)
    with pytest.raises(Revoked):
        bo.sync.client.sync()
    with team.engine.begin() as conn:
        conn.execute(text("UPDATE log SET farewell = :no"), {"no": False})  # the mark taken off
    result = anna.sync.client.sync()
    assert get(anna, student_id).class_name == "Annas nya" and result.conflicts == 1
    # The other way round: the server marks cia's ordinary edit as a farewell. It is not
    # taken without asking, but it is not lost either: shown for the person to take.
    edit(cia, student_id, address="Ciagatan 1")
    cia.sync.client.sync()
    with team.engine.begin() as conn:
        conn.execute(
            text("UPDATE log SET farewell = :yes WHERE device_id = :d"),
            {"yes": True, "d": cia.vault.repo.meta("sync_device_id")},
        )
    anna.sync.client.sync()
    assert "Ciagatan 1" in [c.theirs for c in anna.sync.conflicts()]


def test_a_farewell_is_one_session_and_never_with_a_spent_refresh_token(team: Team) -> None:
    anna, bo, student_id = pair(team)
    old = bo.vault.repo.meta("sync_refresh")
    bo.sync.client.api.token = ""
    bo.sync.client.sync()  # renews: `old` is spent (as in a copy of the vault from before)
    revoke(team, bo)
    with pytest.raises(Revoked):
        farewell_push(bo, [], refresh=old)
    first = farewell_push(bo, [sealed_student(bo, student_id, head_of(team, student_id))])
    assert first.results[0].status.value == "accepted"
    with team.engine.begin() as conn:  # the next day: the session is over
        conn.execute(
            text("UPDATE devices SET farewell_started_at = :t WHERE name = 'bo-laptop'"),
            {"t": dt.datetime.now(dt.UTC) - dt.timedelta(days=2)},
        )
    with pytest.raises(Revoked):
        farewell_push(bo, [sealed_student(bo, student_id, head_of(team, student_id))])


def test_a_colleague_syncing_during_the_farewell_loses_nothing_of_it(team: Team) -> None:
    anna, bo, student_id = pair(team)
    edit(bo, student_id, class_name="Bos sista")  # offline
    edit(anna, student_id, address="A1")
    anna.sync.client.sync()
    revoke(team, bo)

    class Racing:  # anna syncs each time just before bo's hand-over is taken
        def __init__(self, inner: Any) -> None:
            self.inner, self.races = inner, 2

        def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
            if url.endswith("/farewell") and self.races and kwargs["json"]["push"]["mutations"]:
                self.races -= 1
                edit(anna, student_id, address=f"A{4 - self.races}")
                anna.sync.client.sync()
            return self.inner.request(method, url, **kwargs)

    bo.sync.client.api.http = Racing(team.client)  # type: ignore[assignment]
    with pytest.raises(Revoked):
        bo.sync.client.sync()
    assert bo.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    anna.sync.client.sync()
    assert "Bos sista" in [c.theirs for c in anna.sync.conflicts()]


def test_a_proxy_outage_during_the_farewell_keeps_the_vault_and_the_work(team: Team) -> None:
    anna, bo, student_id = pair(team)
    edit(bo, student_id, interpreter_language="tigrinja")  # offline work
    bo.sync.client.api.token = ""
    bo.sync.client.api.sleep = lambda _seconds: None
    revoke(team, bo)

    class Outage:
        def __init__(self, inner: Any) -> None:
            self.inner, self.bad = inner, 4

        def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
            if url.endswith("/farewell") and self.bad:
                self.bad -= 1
                return httpx.Response(502, text="<html>Bad Gateway</html>")
            return self.inner.request(method, url, **kwargs)

    bo.sync.client.api.http = Outage(team.client)  # type: ignore[assignment]
    with pytest.raises(NotHandedOver):  # not Revoked: the vault stays
        bo.sync.client.sync()
    assert bo.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 1
    with pytest.raises(Revoked):  # the next sync hands it over, then it may go
        bo.sync.client.sync()
    anna.sync.client.sync()
    assert "tigrinja" in [c.theirs for c in anna.sync.conflicts()]


def test_a_revoked_laptop_whose_work_the_server_will_not_take_is_never_shredded(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    edit(bo, student_id, class_name="Bara här")  # offline work
    revoke(team, bo)
    with team.engine.begin() as conn:  # past the time for a hand-over (or a server lying)
        conn.execute(
            text("UPDATE devices SET decided_at = :t WHERE name = 'bo-laptop'"),
            {"t": dt.datetime.now(dt.UTC) - dt.timedelta(days=15)},
        )
    with pytest.raises(NotHandedOver, match="Valvet raderas inte"):
        bo.sync.client.sync()
    assert get(bo, student_id).class_name == "Bara här"


def test_a_farewell_does_not_bring_back_a_duplicate_a_colleague_merged_away(
    team: Team,
) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    pnr = "20130405-2382"
    made = {
        laptop.name: refer_student(laptop.service, personnummer=pnr, first_name=name).student_id
        for laptop, name in ((anna, "Saga"), (bo, "Sagah"))
    }
    # The copy with the greater id is the one a merge takes away: its laptop goes offline
    # with it, and is revoked; the other laptop merges the two.
    leaving, merging = sorted((anna, bo), key=lambda laptop: made[laptop.name], reverse=True)
    gone = made[leaving.name]
    leaving.sync.client.sync()
    merging.sync.client.sync()
    kept = merging.sync.merge_duplicate(pnr)
    merging.sync.client.sync()
    assert kept.id != gone
    edit(leaving, gone, class_name="8C")  # offline, on the copy merged away
    revoke(team, leaving)
    with pytest.raises(Revoked):
        leaving.sync.client.sync()
    result = merging.sync.client.sync()
    assert [s.id for s in merging.vault.repo.find(Student, personnummer=pnr)] == [kept.id]
    assert result.kept_aside == 1 and merging.sync.duplicates() == []


@pytest.mark.parametrize("lost", ["timeout", "proxy"])
def test_a_lost_answer_to_a_rotation_leaves_the_team_a_recovery_paper_that_works(
    team: Team, lost: str
) -> None:
    anna, bo, _student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    revoke(team, cia)
    anna.sync.client.api.sleep = lambda _seconds: None

    class LosesTheAnswer:
        def __init__(self, inner: Any) -> None:
            self.inner, self.done = inner, False

        def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
            answer = self.inner.request(method, url, **kwargs)
            if url.endswith("/team/rotate") and not self.done:
                if lost == "timeout":
                    self.done = True
                    raise httpx.ReadTimeout("the answer was lost after the server acted")
                self.done = answer.status_code == 200 and self.done
                return httpx.Response(502, text="<html>Bad Gateway</html>")
            return answer

    anna.sync.client.api.http = LosesTheAnswer(team.client)  # type: ignore[assignment]
    anna.sync.client.new_recovery_code = ""
    with pytest.raises(SyncError):
        anna.sync.client.sync()
    assert anna.sync.client.new_recovery_code == ""
    anna.sync.client.api.http = team.client  # type: ignore[assignment]
    anna.sync.client.sync()
    code = anna.sync.client.new_recovery_code
    assert len(code) == 24
    with team.engine.begin() as conn:
        blob = conn.execute(text("SELECT blob FROM team_recovery")).scalar_one()
    recovered = crypto.load_ring(crypto.open_with_recovery(blob, code))
    assert set(recovered.keys) == set(ring_of(anna)) and len(ring_of(anna)) == 2
    assert not anna.vault.repo.meta("sync_made_rotation")  # forgotten once shown
    bo.sync.client.sync()
    assert set(ring_of(bo)) == set(ring_of(anna))


def restore_backup(team: Team) -> None:
    team.engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        (team.path / f"server.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(team.path / "backup.db", team.path / "server.db")


@pytest.mark.parametrize("announced", [False, True])
def test_after_a_restore_an_older_copy_coming_back_first_reverts_no_colleagues_edit(
    team: Team, announced: bool
) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    team.engine.dispose()
    shutil.copyfile(team.path / "server.db", team.path / "backup.db")  # the nightly backup
    edit(cia, student_id, address="Ciagatan 3")  # after the backup; everybody gets it
    for laptop in (cia, anna, bo, cia):
        laptop.sync.client.sync()
    edit(cia, student_id, interpreter_language="arabiska")  # cia, offline now, goes on
    edit(bo, student_id, class_name="9B (rättad)")  # bo corrects the class; anna gets it
    bo.sync.client.sync()
    anna.sync.client.sync()
    restore_backup(team)  # the server's disk dies; last night's backup is put back
    if announced:
        with team.engine.begin() as conn:
            store.new_epoch(conn)
    for laptop in (cia, anna, bo, anna, bo, cia):  # cia happens to come back first
        laptop.sync.client.sync()
    for laptop in (anna, bo, cia):
        s = get(laptop, student_id)
        held = (s.class_name, s.address, s.interpreter_language)
        assert held == ("9B (rättad)", "Ciagatan 3", "arabiska"), laptop.name
        assert laptop.sync.conflicts() == [], laptop.name


def test_no_laptop_can_make_the_server_start_a_new_epoch_for_the_team(team: Team) -> None:
    anna, bo, student_id = pair(team)

    def server_epoch() -> str:
        with team.engine.begin() as conn:
            return store.epoch(conn)

    before = server_epoch()
    claims = [
        {"since": 10**9},  # ahead of the server, it says
        {"since": 1, "mark": "0123456789abcdef0123456789abcdef"},  # another change there
        {"since": 1, "mark": f"{before}.1.{'0' * 16}.{'0' * 24}"},  # a mark made up
    ]
    for claim in claims:
        try:
            bo.sync.client._call(
                "GET", "/changes", params={**claim, "epoch": bo.vault.repo.meta("sync_epoch")}
            )
        except SyncError as error:
            assert error.code == "behind"  # told so, alone
    assert server_epoch() == before
    edit(anna, student_id, class_name="7Q")
    assert anna.sync.client.sync().pushed == 1  # nothing sent again
    bo.sync.client.sync()
    assert get(bo, student_id).class_name == "7Q"
    for laptop in (anna, bo):  # no laptop re-read the log or re-queued its records
        restored = laptop.vault.conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'sync.server_restored'"
        ).fetchone()[0]
        assert restored == 0, laptop.name


def test_a_password_and_a_devices_public_key_are_not_enough_to_act_as_that_device(
    team: Team,
) -> None:
    anna, bo, _student_id = pair(team)
    listed = {d.device_name: d for d in bo.sync.client.team_devices().devices}  # any colleague
    annas = listed["anna-laptop"]
    claim = {
        "user": "anna.s",
        "password": PASSWORD,  # the admin's password, known to an attacker elsewhere
        "device_id": annas.device_id,
        "device_name": "x",
        "public_key": annas.public_key,
    }
    asked = team.client.post("/v1/login", json=claim)
    assert asked.status_code == 401 and asked.json()["code"] == "proof_needed"
    _other, _ = crypto.new_signing_keys()
    nonce = asked.json()["nonce"]
    forged = crypto.sign(_other, json.dumps(["sstdesk-login", 1, annas.device_id, nonce]).encode())
    refused = team.client.post("/v1/login", json={**claim, "nonce": nonce, "proof": forged})
    assert refused.status_code == 401 and not refused.json().get("token")
    # The laptop itself signs in again with its password, and goes on.
    anna.sync.client.api.token = ""
    assert anna.sync.client.enrol("anna.s", PASSWORD, "anna-laptop") is DeviceStatus.APPROVED
    anna.sync.client.sync()
    # Even with its token, a rotation that leaves out the laptop making it is refused.
    with pytest.raises(SyncError):
        anna.sync.client._post(
            "/team/rotate", {"key_id": "0123456789abcdef", "rings": {}, "recovery": "A" * 64}
        )
    with team.engine.begin() as conn:
        assert all(w for (w,) in conn.execute(text("SELECT wrapped_team_key FROM devices")))


# -- a revoked laptop's old key, with the server's help ----------------------------------


@pytest.mark.parametrize("how", ["anonymous", "from the revoked laptop", "in the admin's name"])
def test_a_ring_the_revoked_laptop_and_the_server_make_up_is_never_taken(
    team: Team, how: str
) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    revoke(team, cia)
    old = base64.b64decode(cia.vault.repo.meta("sync_team_key"))  # cia keeps it, offline
    made = crypto.KeyRing.first(old).rotated(crypto.Retired("", 0), {})  # {old, cia's own}
    bo_public = bo.vault.repo.meta("sync_device_public")
    cias = (cia.vault.repo.meta("sync_device_id"), cia.vault.repo.meta("sync_device_private"))
    wrapped = {
        "anonymous": lambda: crypto.seal_for_device(made.dumps(), bo_public),
        "from the revoked laptop": lambda: crypto.seal_from(made.dumps(), *cias, bo_public),
        "in the admin's name": lambda: crypto.seal_from(
            made.dumps(), anna.vault.repo.meta("sync_device_id"), cias[1], bo_public
        ),
    }[how]()
    with team.engine.begin() as conn:  # the server hands it to bo before the admin rotates
        conn.execute(
            text("UPDATE devices SET wrapped_team_key = :w WHERE name = 'bo-laptop'"),
            {"w": wrapped},
        )
        conn.execute(
            text("UPDATE teams SET key_id = :k, rotation_due = :no"),
            {"k": made.current, "no": False},
        )
    edit(bo, student_id, address="Skyddad adress 1")
    bo.sync.client.sync()
    assert made.current not in ring_of(bo)
    with team.engine.begin() as conn:
        sealed_with = {k for (k,) in conn.execute(text("SELECT key_id FROM log"))}
    assert made.current not in sealed_with  # nothing of bo's the revoked laptop can read


def test_after_a_rotation_the_old_key_writes_nothing_new_but_a_revoked_laptops_farewell(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    edit(cia, student_id, interpreter_language="somaliska")  # offline, not yet sent
    revoke(team, cia)
    anna.sync.client.sync()  # rotates
    bo.sync.client.sync()
    assert len(ring_of(bo)) == 2
    old = base64.b64decode(cia.vault.repo.meta("sync_team_key"))
    # The server, with the revoked laptop's key, writes an edit "by anna" under the old key.
    with team.engine.begin() as conn:
        now_epoch = store.epoch(conn)
    forge_with_old_key(team, old, author=anna, reader=bo, student_id=student_id, epoch=now_epoch)
    result = bo.sync.client.sync()
    assert get(bo, student_id).address != "Förfalskad" and result.kept_aside == 1
    assert "bytts ut" in bo.sync.kept_aside()[0].reason
    # The revoked laptop's own farewell, under the old key, still reaches the team.
    with pytest.raises(Revoked):
        cia.sync.client.sync()
    anna.sync.client.sync()
    assert "somaliska" in [c.theirs for c in anna.sync.conflicts()]


def test_a_second_admins_rotation_is_taken_by_laptops_let_in_before_him(team: Team) -> None:
    anna, bo, student_id = pair(team)
    erik = enrolled(team, "erik-laptop", "erik.a", admin=True, approver=anna)
    for laptop in (erik, anna, bo):
        laptop.sync.client.sync()
    erik.sync.client.rotate()  # bo's ring names only anna: erik is vouched for by her log
    edit(erik, student_id, class_name="Eriks")
    erik.sync.client.sync()
    for laptop in (bo, anna):
        laptop.sync.client.sync()
        assert len(ring_of(laptop)) == 2 and get(laptop, student_id).class_name == "Eriks"


def test_changes_kept_aside_can_be_let_go_by_the_person_and_it_is_audited(team: Team) -> None:
    anna, bo, _student_id = pair(team)
    for _ in range(apply.KEEP_PER_DEVICE + 3):
        garbage = base64.b64encode(secrets.token_bytes(200)).decode()
        raw_push(bo, "students", secrets.token_hex(16), None, ciphertext=garbage)
    anna.sync.client.sync()
    first, *_rest = anna.sync.kept_aside()
    assert anna.sync.dismiss_kept([first.id]) == 1
    assert len(anna.sync.kept_aside()) == apply.KEEP_PER_DEVICE - 1
    assert anna.sync.dismiss_kept() == apply.KEEP_PER_DEVICE - 1 + 3
    assert anna.sync.kept_aside() == [] and anna.sync.dropped() == {}
    assert anna.sync.client.sync().kept_aside == 0  # not shown again
    reasons = [
        r
        for (r,) in anna.vault.conn.execute(
            "SELECT reason FROM audit_events WHERE action = 'sync.kept_dismissed' ORDER BY seq"
        )
    ]
    assert reasons == ["1", str(apply.KEEP_PER_DEVICE + 2)]


def forge_with_old_key(
    team: Team, old: bytes, *, author: Laptop, reader: Laptop, student_id: str, epoch: str
) -> None:
    """What a server holding a revoked laptop's old key can do: write the next version of a
    student "by" `author`, sealed with that key in `epoch`, straight into its log."""
    with team.engine.begin() as conn:
        version = conn.execute(
            text("SELECT version FROM heads WHERE record_id = :r"), {"r": student_id}
        ).scalar_one()
    content = {**payload.read(reader.vault.conn, "students", student_id), "address": "Förfalskad"}
    author_id = author.vault.repo.meta("sync_device_id")
    header = crypto.Header(
        team.team_id, student_id, "students", version + 1, author_id, crypto.key_id(old), epoch
    )
    with team.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO log (team_id, record_id, kind, version, base_version, device_id, "
                "key_id, epoch, farewell, ciphertext, deleted, received_at) VALUES (:t, :r, "
                "'students', :v, :b, :d, :k, :e, :no, :c, :no, :n)"
            ),
            {
                "t": team.team_id,
                "r": student_id,
                "v": version + 1,
                "b": version,
                "d": author_id,
                "k": crypto.key_id(old),
                "e": epoch,
                "no": False,
                "c": crypto.seal_record(old, header, payload.dumps(content)),
                "n": dt.datetime.now(dt.UTC),
            },
        )
        conn.execute(
            text("UPDATE heads SET version = :v WHERE record_id = :r"),
            {"v": version + 1, "r": student_id},
        )
