"""The consent dialogs through the window: who may answer, and an answer given later."""

from __future__ import annotations

from typing import Any

from sstdesk.domain.codes import Answer, ConsentStatus, GuardianRelation, Stage
from sstdesk.ui.consent_answers import Given
from sstdesk.ui.main_window import MainWindow
from tests.ui.helpers import fill
from tests.ui.test_student_page import open_first, read_file


def test_a_later_answer_completes_the_consent(qtbot: Any, unlocked: MainWindow) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.CONSENT)
    before = read_file(qtbot, win, student_id)
    assert before.current.consents[0].state.status in (
        ConsentStatus.INCOMPLETE,
        ConsentStatus.DRAFT,
    )
    win.student_page.more_actions["answer_consent"].trigger()
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    rows = win.actions.last.widgets["answers"].rows
    custodians = {
        g.id for g in before.guardians if g.relation is GuardianRelation.GUARDIAN and g.has_custody
    }
    # Only the student, the guardians with custody and a god man may answer.
    assert set(rows) == {"student", "trustee", *custodians}
    given = {g.guardian_id or "student" for g in before.current.consents[0].record.signatories}
    fill(
        qtbot,
        win,
        {
            "answers": {
                who: Given(Answer.YES) for who in ("student", *custodians) if who not in given
            }
        },
    )
    after = read_file(qtbot, win, student_id)
    assert after.current.consents[0].state.status is ConsentStatus.VALID, after.current.consents[
        0
    ].state.reason


def test_a_god_man_needs_a_name(qtbot: Any, unlocked: MainWindow) -> None:
    win = unlocked
    open_first(qtbot, win, Stage.CONSENT)
    win.student_page.more_actions["answer_consent"].trigger()
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    dialog = win.actions.last
    dialog.set_value("answers", {"trustee": Answer.YES})
    dialog.accept()
    qtbot.waitUntil(lambda: "god mans namn" in dialog.error.text(), timeout=5_000)
