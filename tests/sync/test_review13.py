"""Review of issue 13 with fresh eyes: faults found after the earlier passes."""

from __future__ import annotations

import pytest

from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import Case, JournalNote
from sstdesk.sync import payload
from tests.sync.conftest import Team
from tests.sync.test_faults import pair


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
