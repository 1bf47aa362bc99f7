"""Issue 3's walk-through: a new vault, one student from aktualisering to utskrivning,
all through the window's own widgets, then the vault checked after lock and unlock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from sstdesk.domain.codes import (
    Answer,
    ConsentForm,
    ConsentStatus,
    ContactType,
    DataCategory,
    Gender,
    GuardianRelation,
    MeetingKind,
    NoteStatus,
    PartyKind,
    PlanStatus,
    ReferredBy,
    Stage,
)
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.tasks import TaskRunner
from tests.ui.helpers import fill, plain, start_note
from tests.ui.test_student_page import read_file

PASSPHRASE = "tre ord räcker långt"
PNR = "20130405-2382"  # one of Skatteverket's test numbers


def act(qtbot: Any, win: MainWindow, name: str, values: dict[str, Any]) -> None:
    """As a person finds the action: its button if this stage shows it, else the menu."""
    page = win.student_page
    if page.action_buttons[name].isVisible():
        page.action_buttons[name].click()
    else:
        assert page.more_actions[name] in page.more_menu.actions(), name
        page.more_actions[name].trigger()
    fill(qtbot, win, values)
    qtbot.wait(50)


def move(qtbot: Any, win: MainWindow, stage: Stage) -> None:
    page = win.student_page
    page.next_stage.setCurrentIndex(page.next_stage.findData(stage.value))
    page.move_button.click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    qtbot.waitUntil(
        lambda: stage.label in page.facts.text() or page.move_error.text() != "", timeout=10_000
    )
    assert page.move_error.text() == "", page.move_error.text()


def demo_dialogs() -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle() == "Öppna demoprofilen"
    ]


def test_a_whole_case_through_the_window(qtbot: Any, tmp_path: Path) -> None:
    win = MainWindow(tmp_path / "profil", TaskRunner())
    qtbot.addWidget(win)
    win.show()
    create = win.create_page
    create.user.setText("anna.s")
    create.passphrase.setText(PASSPHRASE)
    create.repeat.setText(PASSPHRASE)
    create.button.click()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.recovery_page, timeout=20_000)
    win.recovery_page.check.setChecked(True)
    win.recovery_page.button.click()

    # The first start is no dead end: the empty caseload says what to do, and does it.
    empty = win.caseload_page
    qtbot.waitUntil(lambda: empty.empty.isVisible(), timeout=10_000)
    assert not empty.table.isVisible() and empty.first_button.isVisible()
    empty.demo_button.click()
    qtbot.waitUntil(lambda: bool(demo_dialogs()), timeout=10_000)
    for widget in demo_dialogs():
        widget.reject()  # not now: the real caseload stays open
    assert win.pages.currentWidget() is win.caseload_page
    empty.first_button.click()
    fill(
        qtbot,
        win,
        {
            "personnummer": PNR,
            "first_name": "Saga",
            "last_name": "Testsson",
            "gender": Gender.GIRL,
            "protected": False,
            "school_id": "",  # Ny skola …
            "new_school": "Solängsskolan",
            "referred_by": ReferredBy.SCHOOL,
            "reason": "Hög frånvaro på morgnarna",
            "baseline": 34.0,
        },
    )
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.student_page, timeout=10_000)
    page = win.student_page
    student_id = page.file.student.id
    for name in ("Lena Testsson", "Johan Testsson"):
        act(
            qtbot,
            win,
            "guardian",
            {
                "name": name,
                "relation": GuardianRelation.GUARDIAN,
                "custody": True,
                "protected": False,
            },
        )

    move(qtbot, win, Stage.CONSENT)
    guardians = {g.name: g.id for g in read_file(qtbot, win, student_id).guardians}
    # Nothing is ticked for the family: every fact is stated.
    page.action_buttons["record_consent"].click()
    qtbot.waitUntil(lambda: win.actions.last is not None and win.actions.last.isVisible())
    blank = win.actions.last.values()
    assert blank["parties"] == [] and blank["categories"] == []
    assert blank["informed"] is None and blank["form"] is None
    assert {given.answer for given in blank["answers"].values()} == {None}
    win.actions.last.reject()
    act(
        qtbot,
        win,
        "record_consent",
        {
            "purpose": "Insats från skolsocialt team",
            "parties": [PartyKind.SCHOOL, PartyKind.SOCIAL_SERVICES],
            "categories": [DataCategory.ATTENDANCE, DataCategory.MAPPING, DataCategory.PLAN],
            "form": ConsentForm.WRITTEN,
            "answers": {
                "student": Answer.YES,
                guardians["Lena Testsson"]: Answer.YES,
                guardians["Johan Testsson"]: Answer.YES,
            },
            "informed": True,
        },
    )
    assert "Skolan (elevhälsan): ja, t.o.m." in plain(page.consent_glance.text())
    move(qtbot, win, Stage.MAPPING)
    act(qtbot, win, "mapping", {"student_story": "Svåra morgnar."})
    move(qtbot, win, Stage.PLANNING)
    act(
        qtbot,
        win,
        "plan",
        {
            "student_goals": "Orka gå till skolan.",
            "goal": "Komma i tid",
            "baseline": "66 %",
            "target": "85 %",
        },
    )
    act(
        qtbot,
        win,
        "goal",
        {
            "wording": "Vara med på idrotten",
            "indicator": "Deltar varje vecka",
            "baseline": "Aldrig",
            "target": "Varje vecka",
        },
    )
    act(qtbot, win, "intervention", {"frequency": "Två morgnar i veckan", "goals": [2]})
    move(qtbot, win, Stage.INTERVENTION)
    act(
        qtbot,
        win,
        "meeting",
        {
            "kind": MeetingKind.NETWORK,
            "participants": "Saga Testsson, elev\nLena Testsson, vh",
            "decisions": "Morgonstöd två dagar i veckan, Skolan",
        },
    )

    page.tabs.setCurrentWidget(page.journal)
    start_note(qtbot, win, contact_type=ContactType.TALK_STUDENT)
    qtbot.keyClicks(page.journal.editor, "Samtal med eleven.")
    page.journal.sign_button.click()  # Ctrl+S only saves; signing asks first
    qtbot.waitUntil(lambda: page.journal.sign_box is not None)
    next(b for b in page.journal.sign_box.buttons() if b.text() == "Signera").click()
    qtbot.waitUntil(
        lambda: (
            page.journal.current is not None and page.journal.current.status is NoteStatus.SIGNED
        ),
        timeout=10_000,
    )

    move(qtbot, win, Stage.FOLLOW_UP)
    act(qtbot, win, "follow_up", {"absence": 12.0})
    page.next_stage.setCurrentIndex(page.next_stage.findData(Stage.CLOSED.value))
    page.move_button.click()  # opens the closure dialog
    fill(qtbot, win, {"reason": "Målen nådda", "absence": 6.0, "goals_met": True})
    qtbot.waitUntil(lambda: Stage.CLOSED.label in page.facts.text(), timeout=10_000)

    win.lock()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert win.pages.currentWidget() is win.unlock_page
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.service is not None, timeout=20_000)
    file = read_file(qtbot, win, student_id)
    case = file.current
    assert case.case.stage is Stage.CLOSED and case.case.closure_reason == "Målen nådda"
    assert case.consents[0].state.status is ConsentStatus.VALID
    assert {g.name for g in file.guardians} == {"Lena Testsson", "Johan Testsson"}
    assert case.current_plan.status is PlanStatus.ESTABLISHED
    assert [g.wording for g in case.goals] == ["Komma i tid", "Vara med på idrotten"]
    assert sorted(i.goal_numbers for i in case.interventions) == [(1,), (2,)]
    assert [n.contact_type for n in case.notes if n.text == "Samtal med eleven."] == [
        ContactType.TALK_STUDENT
    ]
    assert [n.status for n in case.notes if n.text == "Samtal med eleven."] == [NoteStatus.SIGNED]
    assert case.follow_ups[0].absence_now_pct == 12.0
    meeting = case.meetings[0]
    assert meeting.kind is MeetingKind.NETWORK
    assert [p.name for p in meeting.participants] == ["Saga Testsson", "Lena Testsson"]
    assert meeting.decisions[0].responsible == "Skolan"
    win.close()
