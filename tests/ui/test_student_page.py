"""The student page through the real window: stages, consent at a glance, the journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sstdesk.domain.codes import (
    ConsentStatus,
    NoteStatus,
    PlanStatus,
    Stage,
)
from sstdesk.services.views import StudentFile
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.student_page import AUTOSAVE_MS
from tests.conftest import PASSPHRASE
from tests.services.test_editing import first_plan
from tests.ui.helpers import confirm_end, fill, start_note


def read_file(qtbot: Any, win: MainWindow, student_id: str) -> StudentFile:
    """What the vault holds now, read on the db thread as the window would."""
    box: list[StudentFile] = []
    service = win.service
    assert service is not None
    win.runner.run_db(lambda: service.open_student(student_id), done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def open_first(
    qtbot: Any, win: MainWindow, stage: Stage, consent: ConsentStatus | None = None
) -> str:
    """Open the first student at `stage` (with a consent in that state, if asked)."""
    model = win.caseload_page.model
    rows = [
        model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())
    ]
    row = next(r for r in rows if r.stage is stage and consent in (None, r.consent))
    index = model.index(rows.index(row), 0)
    win.caseload_page.table.setCurrentIndex(index)
    win.caseload_page.table.activated.emit(index)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.student_page, timeout=10_000)
    return row.student_id


def test_a_refused_stage_move_says_why_and_an_allowed_one_moves(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    page = win.student_page
    student_id = open_first(qtbot, win, Stage.CONSENT)
    assert "Inga uppgifter får lämnas ut" in page.consent_glance.text()
    page.next_stage.setCurrentIndex(page.next_stage.findData(Stage.MAPPING.value))
    page.move_button.click()
    qtbot.waitUntil(lambda: page.move_error.text() != "", timeout=10_000)
    assert "giltigt samtycke omfattar skolan" in page.move_error.text()
    page.next_stage.setCurrentIndex(page.next_stage.findData(Stage.NOT_ENROLLED.value))
    page.move_reason.setText("Familjen tackade nej.")
    page.move_button.click()
    confirm_end(qtbot, win, yes=False)  # asked first; going back changes nothing
    assert read_file(qtbot, win, student_id).current.case.stage is Stage.CONSENT
    page.move_button.click()
    confirm_end(qtbot, win)
    qtbot.waitUntil(lambda: "Avslutad, ej inskriven" in page.facts.text(), timeout=10_000)
    assert read_file(qtbot, win, student_id).current.case.stage is Stage.NOT_ENROLLED


def test_finishing_a_closed_case_is_asked_once_because_it_never_opens_again(
    qtbot: Any, unlocked: Any
) -> None:
    win = unlocked
    page = win.student_page
    student_id = open_first(qtbot, win, Stage.CLOSED)
    page.next_stage.setCurrentIndex(page.next_stage.findData(Stage.FINISHED.value))
    assert not page.move_reason.isVisible()  # no reason is asked, only a yes
    page.move_button.click()
    confirm_end(qtbot, win, yes=False)
    assert read_file(qtbot, win, student_id).current.case.stage is Stage.CLOSED
    page.move_button.click()
    confirm_end(qtbot, win)
    qtbot.waitUntil(
        lambda: read_file(qtbot, win, student_id).current.case.stage is Stage.FINISHED,
        timeout=10_000,
    )


def test_write_autosave_sign_and_correct_a_note(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.MAPPING)
    win.student_page.tabs.setCurrentWidget(journal)
    before = journal.list.count()
    start_note(qtbot, win)
    assert journal.list.count() == before + 1
    assert not journal.editor.isReadOnly()
    qtbot.keyClicks(journal.editor, "Samtal med eleven <b>om</b> morgnarna.")
    qtbot.wait(AUTOSAVE_MS + 300)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    saved = [
        n
        for n in read_file(qtbot, win, student_id).current.notes
        if n.text == "Samtal med eleven <b>om</b> morgnarna."
    ]
    assert len(saved) == 1 and saved[0].status is NoteStatus.DRAFT
    journal.sign_button.click()  # signing asks first (tests/ui/test_journal.py)
    qtbot.waitUntil(lambda: journal.sign_box is not None and journal.sign_box.isVisible())
    next(b for b in journal.sign_box.buttons() if b.text() == "Signera").click()
    qtbot.waitUntil(
        lambda: journal.current is not None and journal.current.status is NoteStatus.SIGNED,
        timeout=10_000,
    )
    assert journal.editor.isReadOnly() and journal.correct_button.isEnabled()
    signed_id = journal.current.id
    journal.correct_button.click()
    qtbot.waitUntil(lambda: win.correction_dialog is not None)
    win.correction_dialog.editor.setPlainText("Rättelse")
    win.correction_dialog.save_button.click()
    qtbot.waitUntil(
        lambda: journal.current is not None and journal.current.corrects_id == signed_id,
        timeout=10_000,
    )
    assert not journal.editor.isReadOnly()


def test_lock_keeps_a_draft_typed_a_moment_ago(qtbot: Any, unlocked: Any) -> None:
    """Nothing typed is lost: locking saves the draft before the keys go."""
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    start_note(qtbot, win)
    journal.editor.insertPlainText("Skrivet strax före låsning")  # keyClicks is ASCII-only
    win.lock()  # well before the autosave pause
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.service is not None, timeout=10_000)
    texts = [n.text for n in read_file(qtbot, win, student_id).current.notes]
    assert "Skrivet strax före låsning" in texts


def test_opening_and_switching_notes_never_overwrites_a_draft(qtbot: Any, unlocked: Any) -> None:
    """Regression: rebuilding the list once saved an empty editor over the first draft."""
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    before = {n.id: n.text for n in read_file(qtbot, win, student_id).current.notes}
    start_note(qtbot, win)
    first = journal.current.id
    journal.editor.insertPlainText("Första utkastet")
    other_row = next(
        row
        for row in range(journal.list.count())
        if journal.list.item(row).data(Qt.ItemDataRole.UserRole) != first
    )
    journal.list.setCurrentRow(other_row)  # another note: the first is saved, not copied
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    second = journal.current.id
    assert journal.editor.toPlainText() == before[second]
    win.student_page.back.click()
    win.open_student(student_id)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    after = {n.id: n.text for n in read_file(qtbot, win, student_id).current.notes}
    assert after[first] == "Första utkastet"
    assert {k: v for k, v in after.items() if k != first} == before


def test_kartlaggning_on_a_begun_mapping_opens_it_to_change_not_empty(
    qtbot: Any, unlocked: Any
) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    begun = read_file(qtbot, win, student_id).current.mappings[-1]
    win.actions.start("mapping")
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    dialog = win.actions.last
    assert dialog.windowTitle() == "Kartläggning"
    values = dialog.values()
    assert values["student_story"] == begun.student_story != ""
    assert set(values["documents"]) == set(begun.documents)
    dialog.set_value("school_view", "Mentorn ser att det går bättre.")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not win.runner.busy and not dialog.isVisible(), timeout=10_000)
    after = read_file(qtbot, win, student_id).current.mappings
    assert [m.id for m in after] == [begun.id]
    assert after[-1].started_on == begun.started_on
    assert after[-1].guardian_story == begun.guardian_story
    assert after[-1].school_view == "Mentorn ser att det går bättre."


def test_words_typed_just_before_the_page_is_read_again_stay_and_are_saved(
    qtbot: Any, unlocked: Any
) -> None:
    """Typed, then at once a change re-reads the page (a move, a save elsewhere): the page
    was read before the words were saved, and must not put the older text back."""
    win = unlocked
    journal = win.student_page.journal
    student_id = open_first(qtbot, win, Stage.MAPPING)
    win.student_page.tabs.setCurrentWidget(journal)
    start_note(qtbot, win)
    qtbot.keyClicks(journal.editor, "Ringde mamma.")
    win.reopen_student()  # before the autosave: the re-read races the typing
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert journal.editor.toPlainText() == "Ringde mamma."
    qtbot.keyClicks(journal.editor, " Hembesok om en vecka.")
    journal.save_now()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    texts = [n.text for n in read_file(qtbot, win, student_id).current.notes]
    assert "Ringde mamma. Hembesok om en vecka." in texts


def test_a_plan_saved_as_a_draft_is_established_from_handlingsplan(
    qtbot: Any, unlocked: Any
) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.PLANNING)
    current = read_file(qtbot, win, student_id).current
    service = win.service
    if current.current_plan is not None:  # the demo's plan: ended, so a new one may start
        done: list[Any] = []
        win.runner.run_db(
            lambda: service.vault.repo.put(replace(current.current_plan, status=PlanStatus.ENDED)),
            done=done.append,
        )
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    today = service.today()
    plan, goal, talks = first_plan(current.case.id, today, goal_due=today + dt.timedelta(days=60))
    done = []
    win.runner.run_db(lambda: service.start_plan(plan, goal, talks), done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    win.reopen_student()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    win.actions.start("plan")
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    assert win.actions.last.windowTitle() == "Fastställ handlingsplanen"
    fill(qtbot, win, {"follow_up_on": today + dt.timedelta(days=30)})
    shown = read_file(qtbot, win, student_id).current.current_plan
    assert shown.id == plan.id and shown.status is PlanStatus.ESTABLISHED
