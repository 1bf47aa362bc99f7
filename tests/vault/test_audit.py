"""The hash-chained audit log finds removed, reordered, edited and cut-off events."""

from __future__ import annotations

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
