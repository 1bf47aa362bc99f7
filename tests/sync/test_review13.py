"""Review of issue 13 with fresh eyes: faults found after the earlier passes."""

from __future__ import annotations

import base64
import shutil
from typing import Any

import pytest
from sqlalchemy import text

from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import Case, JournalNote, Student
from sstdesk.server import store
from sstdesk.sync import payload
from sstdesk.sync.engine import SyncError
from sstdesk.wire.schema import PushResponse
from tests.conftest import refer_student
from tests.sync.conftest import Team, enrolled
from tests.sync.test_end_to_end import _pnr
from tests.sync.test_faults import (
    edit,
    forge_with_old_key,
    get,
    pair,
    push_deletion,
    restore_backup,
    revoke,
    ring_of,
)


def test_a_draft_edited_here_never_becomes_signed_with_text_the_signer_never_saw(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    note = anna.service.new_note(case_id, text="Samtal med eleven.")
    anna.sync.client.sync()
    bo.sync.client.sync()
    draft = bo.vault.repo.get(JournalNote, note.id)
    assert draft is not None
    bo.service.save_draft(JournalNote(**{**draft.__dict__, "text": "Bo:s tillägg."}))
    anna.service.sign_note(note.id)
    anna.sync.client.sync()
    bo.sync.client.sync()
    anna.sync.client.sync()
    for laptop in (anna, bo):
        row = payload.read(laptop.vault.conn, "journal_notes", note.id)
        assert row is not None
        # Signed only with the text Anna signed; Bo's text never under her signature.
        assert row["status"] == "signed"
        assert row["text"] == "Samtal med eleven.", laptop.name
    (clash,) = [c for c in bo.sync.conflicts() if c.record_id == note.id]
    assert (clash.field, clash.mine, clash.theirs) == (
        "text",
        "Bo:s tillägg.",
        "Samtal med eleven.",
    )
    assert anna.sync.kept_aside() == []
    # The signed note cannot take Bo's words; keeping what is signed settles the conflict.
    with pytest.raises(DomainError, match="signerad"):
        bo.sync.resolve(clash.id, keep="mine")
    bo.sync.resolve(clash.id, keep="theirs")
    assert bo.sync.conflicts() == []


def test_a_draft_edit_arriving_after_the_note_was_signed_here_stays_in_view(team: Team) -> None:
    anna, bo, student_id = pair(team)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    note = anna.service.new_note(case_id, text="Samtal med eleven.")
    anna.sync.client.sync()
    bo.sync.client.sync()
    draft = bo.vault.repo.get(JournalNote, note.id)
    assert draft is not None
    bo.service.save_draft(JournalNote(**{**draft.__dict__, "text": "Bo:s tillägg."}))
    bo.sync.client.sync()  # Bo's edit reaches the team first
    anna.service.sign_note(note.id)  # Anna signs what she sees
    assert anna.sync.client.sync().kept_aside == 0
    (clash,) = [c for c in anna.sync.conflicts() if c.record_id == note.id]
    assert (clash.mine, clash.theirs) == ("Samtal med eleven.", "Bo:s tillägg.")
    for _ in range(2):
        bo.sync.client.sync()
        anna.sync.client.sync()
    for laptop in (anna, bo):
        row = payload.read(laptop.vault.conn, "journal_notes", note.id)
        assert row is not None
        assert (row["status"], row["text"]) == ("signed", "Samtal med eleven."), laptop.name
        assert laptop.sync.kept_aside() == [], laptop.name


def test_a_push_answer_whose_results_are_not_for_the_mutations_sent_loses_nothing(
    team: Team,
) -> None:
    """A server (or anything between) answering a push with the results in another order
    must not make the laptop take a rejected change for accepted and drop it."""
    anna, bo, student_id = pair(team)
    edit(bo, student_id, class_name="9A")
    bo.sync.client.sync()
    edit(anna, student_id, address="Annas väg 1")  # stale base: the server rejects it
    other = refer_student(anna.service, personnummer=_pnr(3)).student_id
    real = anna.sync.client._send

    def reordered(body: dict[str, Any]) -> PushResponse:
        answer = real(body)
        return answer.model_copy(update={"results": list(reversed(answer.results))})

    anna.sync.client._send = reordered  # type: ignore[method-assign]
    with pytest.raises(SyncError) as failed:
        anna.sync.client.push()
    assert failed.value.code == "damaged"
    anna.sync.client._send = real  # type: ignore[method-assign]
    for _ in range(2):
        anna.sync.client.sync()
        bo.sync.client.sync()
    assert get(bo, student_id).address == "Annas väg 1"
    assert get(bo, student_id).class_name == "9A"
    assert bo.vault.repo.get(Student, other) is not None


def test_keeping_theirs_on_a_deletion_never_takes_signed_journal_notes_with_it(
    team: Team,
) -> None:
    """A deletion shown as a conflict (the case was changed here meanwhile) and then
    "Behåll deras": the signed notes under it are never deleted (SoL 11 kap.)."""
    anna, bo, student_id = pair(team)
    case_id = anna.vault.repo.find(Case, student_id=student_id)[0].id
    note = anna.service.new_note(case_id, text="Samtal med eleven.")
    anna.service.sign_note(note.id)
    anna.sync.client.sync()
    bo.sync.client.sync()
    edit(anna, student_id, address="Ny väg 2")  # pending here when the deletion comes
    push_deletion(bo, "students", student_id)
    anna.sync.client.sync()
    (clash,) = [c for c in anna.sync.conflicts() if c.field == "*"]
    with pytest.raises(DomainError, match="signerad"):
        anna.sync.resolve(clash.id, keep="theirs")
    row = payload.read(anna.vault.conn, "journal_notes", note.id)
    assert row is not None and row["status"] == "signed"
    assert anna.vault.repo.get(Student, student_id) is not None


@pytest.mark.parametrize("backup_when", ["before_revocation", "before_rotation"])
def test_a_server_restored_from_before_a_key_rotation_does_not_stop_the_team(
    team: Team, backup_when: str
) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    if backup_when == "before_revocation":
        take_backup(team)
    revoke(team, cia)
    if backup_when == "before_rotation":
        take_backup(team)
    anna.sync.client.sync()  # the new key
    bo.sync.client.sync()
    assert len(ring_of(bo)) == 2
    restore_backup(team)  # the server's key is the old one again
    if backup_when == "before_revocation":
        revoke(team, cia)  # the operator revokes cia again
    for laptop in (anna, bo, anna, bo):
        laptop.sync.client.sync()
    edit(anna, student_id, class_name="Efter återställningen")
    edit(bo, student_id, address="Bos väg 5")
    for laptop in (anna, bo, anna, bo):
        laptop.sync.client.sync()
    for laptop in (anna, bo):
        s = get(laptop, student_id)
        assert (s.class_name, s.address) == ("Efter återställningen", "Bos väg 5"), laptop.name
        waiting = laptop.vault.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        assert waiting == 0, laptop.name
    with team.engine.begin() as conn:  # what is written now, the revoked laptop cannot read
        sealed = conn.execute(
            text("SELECT key_id FROM log WHERE record_id = :r ORDER BY seq DESC LIMIT 1"),
            {"r": student_id},
        ).scalar_one()
    assert sealed not in ring_of(cia)


def take_backup(team: Team) -> None:
    team.engine.dispose()
    shutil.copyfile(team.path / "server.db", team.path / "backup.db")


def test_a_new_epoch_does_not_let_the_old_key_write_again(team: Team) -> None:
    """The server, holding a revoked laptop's old key, starts a new epoch and writes an
    edit "by anna" under the old key in it: still refused as written after the rotation."""
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    cia.sync.client.sync()
    revoke(team, cia)
    anna.sync.client.sync()  # rotates
    bo.sync.client.sync()
    assert len(ring_of(bo)) == 2
    old = base64.b64decode(cia.vault.repo.meta("sync_team_key"))
    with team.engine.begin() as conn:
        new = store.new_epoch(conn)
    forge_with_old_key(team, old, author=anna, reader=bo, student_id=student_id, epoch=new)
    for laptop in (bo, anna):
        laptop.sync.client.sync()
        assert get(laptop, student_id).address != "Förfalskad", laptop.name


def test_records_sealed_before_a_restore_and_a_rotation_stay_readable_for_a_new_laptop(
    team: Team,
) -> None:
    anna, bo, student_id = pair(team)
    cia = enrolled(team, "cia-laptop", "cia.u", approver=anna)
    edit(bo, student_id, class_name="Före")
    for laptop in (bo, cia, anna):
        laptop.sync.client.sync()
    with team.engine.begin() as conn:
        store.new_epoch(conn)  # a restore with nothing lost, announced
    for laptop in (anna, bo, cia):
        laptop.sync.client.sync()
    revoke(team, cia)
    anna.sync.client.sync()  # rotates, in the new epoch
    assert len(ring_of(anna)) == 2
    dan = enrolled(team, "dan-laptop", "dan.v", approver=anna)
    result = dan.sync.client.sync()
    assert result.kept_aside == 0
    assert get(dan, student_id).class_name == "Före"
    assert dan.sync.client.sync().kept_aside == 0
