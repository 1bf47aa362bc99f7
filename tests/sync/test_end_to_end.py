"""Two and three laptops, edits while offline, syncs in every order: nothing lost."""

from __future__ import annotations

import itertools
from dataclasses import replace

from sqlalchemy import text

from sstdesk.domain.model import Student
from tests.conftest import refer_student
from tests.sync.conftest import Laptop, Team, enrolled


def student(laptop: Laptop, student_id: str) -> Student | None:
    return laptop.vault.repo.get(Student, student_id)


def edit(laptop: Laptop, student_id: str, **changes: object) -> None:
    current = student(laptop, student_id)
    assert current is not None
    laptop.service.update_student(replace(current, **changes))


def test_a_student_made_on_one_laptop_reaches_the_other_encrypted(team: Team) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    assert bo.vault.repo.meta("sync_team_key") == anna.vault.repo.meta("sync_team_key")
    made = refer_student(anna.service, first_name="Åsa", last_name="Öberg")
    result = anna.sync.client.sync()
    assert result.pushed >= 3 and result.waiting == 0
    pulled = bo.sync.client.sync()
    assert pulled.pulled >= 3
    assert student(bo, made.student_id).full_name == "Åsa Öberg"
    rows = bo.service.caseload(include_ended=True)
    assert [r.name for r in rows] == ["Åsa Öberg"]  # the caseload projection followed
    assert [r.student_id for r in bo.service.search("Öberg")] == [made.student_id]
    raw = (team.path / "server.db").read_bytes()
    for canary in (b"\xc3\x85sa", "Öberg".encode(), b"20130405", b"Sol\xc3\xa4ngsskolan"):
        assert canary not in raw
    with team.engine.begin() as conn:
        logged = repr(conn.execute(text("SELECT * FROM access_log")).all())
    assert "Öberg" not in logged and "20130405" not in logged


def test_different_fields_merge_and_the_same_field_becomes_a_visible_conflict(
    team: Team,
) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(anna.service)
    anna.sync.client.sync()
    bo.sync.client.sync()
    edit(anna, made.student_id, class_name="7B")  # offline on both
    edit(bo, made.student_id, address="Storgatan 1")
    anna.sync.client.sync()
    bo.sync.client.sync()
    anna.sync.client.sync()
    for laptop in (anna, bo):
        s = student(laptop, made.student_id)
        assert (s.class_name, s.address) == ("7B", "Storgatan 1")

    edit(anna, made.student_id, first_name="Sagah")
    edit(bo, made.student_id, first_name="Saga-Li")
    anna.sync.client.sync()
    found = bo.sync.client.sync()
    assert found.conflicts == 1
    (conflict,) = bo.sync.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("first_name", "Saga-Li", "Sagah")
    assert student(bo, made.student_id).first_name == "Saga-Li"  # mine kept meanwhile
    bo.sync.resolve(conflict.id, keep="theirs")
    assert bo.sync.conflicts() == []
    bo.sync.client.sync()
    anna.sync.client.sync()
    assert student(anna, made.student_id).first_name == "Sagah"
    assert student(bo, made.student_id).first_name == "Sagah"


def test_three_laptops_converge_whatever_order_they_sync_in(team: Team) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    cia = enrolled(team, "cia-laptop", "cia.k", approver=anna)
    made = refer_student(anna.service)
    for laptop in (anna, bo, cia):
        laptop.sync.client.sync()
    for order in itertools.permutations((anna, bo, cia)):
        edit(order[0], made.student_id, class_name=f"7{order[0].name[0].upper()}")
        edit(order[1], made.student_id, address=f"Gatan {order[1].name}")
        refer_student(
            order[2].service,
            school_id=made.school_id,
            personnummer=_pnr(len(order[2].service.caseload(include_ended=True))),
            first_name=f"Ny{order[2].name[:3]}",
        )
        for laptop in order:
            laptop.sync.client.sync()
        for laptop in order:  # a second round lets everyone see everything
            laptop.sync.client.sync()
        states = [
            sorted((r.student_id, r.name) for r in laptop.service.caseload(include_ended=True))
            for laptop in (anna, bo, cia)
        ]
        assert states[0] == states[1] == states[2]
        firsts = [student(laptop, made.student_id) for laptop in (anna, bo, cia)]
        assert len({(s.class_name, s.address) for s in firsts}) == 1
        assert all(not laptop.sync.conflicts() for laptop in (anna, bo, cia))


def _pnr(n: int) -> str:
    from sstdesk.domain.personnummer import luhn_check_digit

    body = f"1204{10 + n:02d}98{n % 10}"
    return f"20{body[:6]}-{body[6:]}{luhn_check_digit(body)}"


def test_the_printed_team_recovery_code_brings_the_team_key_to_a_new_laptop(
    team: Team,
) -> None:
    """Every laptop of the team is lost: a new one, approved by the operator, opens the team
    key with the code printed when the team's first laptop made it."""
    import pytest

    from sstdesk.sync.crypto import SealError
    from sstdesk.sync.engine import SyncError
    from sstdesk.wire.schema import DeviceStatus
    from tests.sync.conftest import PASSWORD

    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    code = anna.sync.client.new_recovery_code
    assert len(code) == 24 and code.count("-") == 4
    made = refer_student(anna.service)
    anna.sync.client.sync()
    assert anna.vault.repo.meta("sync_team_key")
    assert code not in repr(anna.vault.conn.execute("SELECT * FROM meta").fetchall())

    team.user("ny.dator")
    spare = team.laptop("spare-laptop", "ny.dator")
    assert spare.sync.client.enrol("ny.dator", PASSWORD, "spare") is DeviceStatus.PENDING
    team.operator_approves(spare)
    with pytest.raises(SyncError, match="återställningskod"):
        spare.sync.client.enrol("ny.dator", PASSWORD, "spare")
    with pytest.raises(SealError, match="stämmer inte"):
        spare.sync.client.enrol(
            "ny.dator", PASSWORD, "spare", recovery_code="AAAA-AAAA-AAAA-AAAA-AAAA"
        )
    spare.sync.client.enrol("ny.dator", PASSWORD, "spare", recovery_code=code.lower())
    spare.sync.client.sync()
    assert student(spare, made.student_id).full_name == "Saga Testsson"


def test_a_change_the_server_refuses_is_parked_and_does_not_block_the_rest(team: Team) -> None:
    from sstdesk.domain.codes import ContactType

    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(anna.service)
    huge = anna.service.new_note(made.case_id, contact_type=ContactType.PHONE)
    anna.service.save_draft(replace(huge, text="ord " * 300_000))  # over the server's limit
    refer_student(
        anna.service, personnummer="20120911-2398", first_name="Nästa", school_id=made.school_id
    )
    result = anna.sync.client.sync()
    assert result.parked == 1 and result.pushed >= 4
    bo.sync.client.sync()
    assert {r.name for r in bo.service.caseload()} == {"Saga Testsson", "Nästa Testsson"}
    still = anna.vault.conn.execute("SELECT parked FROM sync_outbox").fetchall()
    assert len(still) == 1 and still[0][0]  # kept here, with the server's reason
    again = anna.sync.client.sync()  # and it does not stop later syncs
    assert again.parked == 1 and again.pushed == 0
    (shown,) = anna.sync.parked()
    assert shown.kind == "journal_notes" and shown.student == "Saga Testsson"
    assert shown.reason.startswith("Servern tog inte emot ändringen")
    anna.sync.retry_parked(shown.id)  # unchanged, the server still says no
    assert anna.sync.client.sync().parked == 1
    # Shortened, the note goes, and the parked older version with it.
    anna.service.save_draft(replace(huge, text="Kort anteckning."))
    after = anna.sync.client.sync()
    assert after.parked == 0 and after.waiting == 0 and anna.sync.parked() == []
    bo.sync.client.sync()
    notes = bo.vault.conn.execute("SELECT text FROM journal_notes").fetchall()
    assert ("Kort anteckning.",) in notes


def test_every_laptops_reads_and_prints_reach_the_team_log_sealed(team: Team) -> None:
    """A registerutdrag on one laptop lists what a colleague printed on another, and
    counts the colleague's reads; the server only ever holds ciphertext of the log."""
    from sstdesk.domain.codes import DocumentKind
    from sstdesk.services.documents import DocumentService
    from sstdesk.vault import audit
    from tests.documents.conftest import flat

    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(anna.service, first_name="Åsa", last_name="Öberg")
    anna.sync.client.sync()
    bo.sync.client.sync()
    bo.service.open_student(made.student_id)  # an ordinary read on Bo's laptop
    printed = DocumentService(bo.service).prepare(DocumentKind.CONSENT_FORM, made.student_id)
    DocumentService(bo.service).printed(printed, "Till vårdnadshavarna")
    bo.sync.client.sync()
    anna.sync.client.sync()

    trail = anna.service.audit_trail(made.student_id)
    bo_device = bo.vault.identity.device
    theirs = [(e.actor, e.action) for e in trail if e.device == bo_device]
    assert ("bo.t", "student.read") in theirs and ("bo.t", "document.print") in theirs
    assert anna.service.verify_audit().ok
    extract = DocumentService(anna.service).prepare(DocumentKind.REGISTER_EXTRACT, made.student_id)
    assert "Till vårdnadshavarna" in flat(extract.pdf)

    # Every event of Bo's laptop is in Anna's copy, once (sync audits itself too).
    bo.sync.client.sync()
    anna.sync.client.sync()
    assert received_from(anna, bo_device) == len(audit.events(bo.vault.conn))
    raw = (team.path / "server.db").read_bytes()
    assert b"Till v\xc3\xa5rdnadshavarna" not in raw and b"document.print" not in raw


def received_from(laptop: Laptop, device: str) -> int:
    return laptop.vault.conn.execute(
        "SELECT count(*) FROM team_audit_events WHERE device = ?", (device,)
    ).fetchone()[0]


def test_after_a_restore_with_nothing_lost_every_laptop_keeps_syncing(team: Team) -> None:
    """Issue 13, finding 1: a signed note received again must be a no-op, not an error."""
    from sstdesk.server import store

    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    made = refer_student(anna.service)
    note = anna.service.new_note(made.case_id, text="Samtal med eleven.")
    anna.service.sign_note(note.id)
    anna.sync.client.sync()
    bo.sync.client.sync()
    with team.engine.begin() as conn:
        store.new_epoch(conn)  # restored from a backup that lost nothing
    for laptop in (anna, bo, anna, bo):
        laptop.sync.client.sync()
    refer_student(
        bo.service, school_id=made.school_id, personnummer="20120911-2398", first_name="Olle"
    )
    bo.sync.client.sync()
    anna.sync.client.sync()
    assert {s.first_name for s in anna.vault.repo.find(Student)} == {"Saga", "Olle"}
