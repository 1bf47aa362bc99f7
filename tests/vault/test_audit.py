"""The hash-chained audit log finds removed, reordered, edited and cut-off events."""

from __future__ import annotations

import dataclasses

import pytest

from sstdesk.vault import audit
from sstdesk.vault.connection import IntegrityError
from sstdesk.vault.vault import Vault


def fill(vault: Vault, n: int = 6) -> None:
    for i in range(n):
        vault.audit("student.read", student_id=f"s{i}")


def tamper(vault: Vault, *statements: str) -> None:
    """What someone holding the data key could do: drop the guards and rewrite rows."""
    conn = vault.conn
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("DROP TRIGGER audit_events_no_delete")
    for statement in statements:
        conn.execute(statement)


def test_an_untouched_log_verifies(vault: Vault) -> None:
    fill(vault)
    result = audit.verify(vault.conn)
    assert result.ok and result.events == 7  # the creation event and six reads


def test_the_log_refuses_update_and_delete(vault: Vault) -> None:
    fill(vault)
    with pytest.raises(IntegrityError, match="append-only"):
        vault.conn.execute("UPDATE audit_events SET actor = 'x' WHERE seq = 2")
    with pytest.raises(IntegrityError, match="append-only"):
        vault.conn.execute("DELETE FROM audit_events WHERE seq = 2")


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            ["UPDATE audit_events SET student_id = 'someone-else' WHERE seq = 3"],
            "Händelse 3 har ändrats.",
        ),
        (["DELETE FROM audit_events WHERE seq = 4"], "Händelse 4–4 saknas."),
        (
            [
                "UPDATE audit_events SET seq = 100 WHERE seq = 3",
                "UPDATE audit_events SET seq = 3 WHERE seq = 4",
                "UPDATE audit_events SET seq = 4 WHERE seq = 100",
            ],
            "Händelse 3 hänger inte ihop med händelsen före.",
        ),
        (["DELETE FROM audit_events WHERE seq = 7"], "Loggen slutar vid händelse 6"),
    ],
    ids=["edited", "removed", "reordered", "cut-off"],
)
def test_tampering_is_found_and_named(vault: Vault, statements: list[str], expected: str) -> None:
    fill(vault)
    tamper(vault, *statements)
    result = audit.verify(vault.conn)
    assert not result.ok
    assert any(expected in problem for problem in result.problems), result.problems


def _colleague_log(
    n: int, *, first: int = 1, prev: str = audit.GENESIS, device: str = "bo-device"
) -> list[audit.AuditEvent]:
    """A colleague's chain, made the way their laptop makes it."""
    made = []
    for seq in range(first, first + n):
        at = f"2026-11-{10 + seq}T08:00:00.000000+00:00"
        digest = audit._digest(seq, at, "bo.t", device, "student.read", "s1", "", prev)
        made.append(
            audit.AuditEvent(seq, at, "bo.t", device, "student.read", "s1", "", prev, digest)
        )
        prev = digest
    return made


def test_a_colleague_restored_from_a_backup_goes_on_under_a_new_name(vault: Vault) -> None:
    """Bo's laptop sent events 1–6, then was restored from a backup taken after event 4:
    its log goes on from event 4 under a new name. Only a chain that starts from an event
    the team holds, at the seq after it, is a continuation; any other start is a gap."""
    log = _colleague_log(6)
    after = _colleague_log(3, first=5, prev=log[3].hash, device="bo-restored")
    with vault.transaction() as repo:
        audit.receive(repo.conn, log + after)
    assert audit.verify_team(vault.conn).ok
    skipped = _colleague_log(2, first=7, prev=log[3].hash, device="bo-skipped")
    made_up = _colleague_log(2, first=3, prev="f" * 64, device="bo-made-up")
    with vault.transaction() as repo:
        audit.receive(repo.conn, skipped + made_up)
    assert audit.verify_team(vault.conn).problems == (
        "Dator bo-made-: händelse 1–2 saknas.",
        "Dator bo-skipp: händelse 1–6 saknas.",
    )


def test_a_colleagues_log_is_kept_once_and_checked_link_by_link(vault: Vault) -> None:
    log = _colleague_log(6)
    with vault.transaction() as repo:
        assert audit.receive(repo.conn, log[:4]) == 4
        assert audit.receive(repo.conn, log[2:4]) == 0  # sent again after a server restore
    assert audit.verify_team(vault.conn).ok
    with vault.transaction() as repo:
        audit.receive(repo.conn, log[5:])  # event 5 never arrived
    found = audit.verify_team(vault.conn)
    assert not found.ok and found.problems == ("Dator bo-devic: händelse 5–5 saknas.",)
    with pytest.raises(IntegrityError):
        with vault.transaction() as repo:
            repo.conn.execute("DELETE FROM team_audit_events")


def test_an_edited_event_from_a_colleague_is_found(vault: Vault) -> None:
    log = _colleague_log(3)
    edited = dataclasses.replace(log[1], action="student.write")
    with vault.transaction() as repo:
        audit.receive(repo.conn, [log[0], edited, log[2]])
    assert audit.verify_team(vault.conn).problems == ("Dator bo-devic, händelse 2 har ändrats.",)
