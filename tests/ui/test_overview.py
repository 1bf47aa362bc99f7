"""The student page opens on "Översikt": where the case stands, the one next step, the
stage's own actions (the rest under "Fler åtgärder"), consent, absence against the start."""

from __future__ import annotations

from typing import Any

from sstdesk.domain.codes import Gender, GuardianRelation, ReferredBy, Stage
from sstdesk.ui.main_window import MainWindow
from tests.ui.helpers import confirm_end, fill, plain
from tests.ui.test_student_page import open_first


def visible_actions(win: MainWindow) -> set[str]:
    page = win.student_page
    return {name for name, b in page.action_buttons.items() if b.isVisible()}


def menu_texts(win: MainWindow) -> list[str]:
    return [a.text() for a in win.student_page.more_menu.actions() if a.text()]


def refer(qtbot: Any, win: MainWindow) -> str:
    service = win.service
    assert service is not None
    box: list[Any] = []

    def work() -> str:
        school_id = service.schools()[0].id
        student, _case = service.refer(
            personnummer="20120120-2395",
            first_name="Alva",
            last_name="Nyström",
            gender=Gender.GIRL,
            school_id=school_id,
            grade=6,
            referred_by=ReferredBy.SCHOOL,
            reason="Hög frånvaro sedan höstlovet",
            baseline_absence_pct=31.0,
        )
        return student.id

    win.runner.run_db(work, done=box.append, failed=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    assert isinstance(box[0], str), box[0]
    win.open_student(box[0])
    qtbot.waitUntil(lambda: "Alva" in win.student_page.heading.text(), timeout=10_000)
    return box[0]


def test_a_new_case_is_led_step_by_step_from_the_overview(qtbot: Any, unlocked: Any) -> None:
    win, page = unlocked, unlocked.student_page
    open_first(qtbot, win, Stage.INTERVENTION)
    page.tabs.setCurrentWidget(page.journal)
    refer(qtbot, win)
    assert page.tabs.currentWidget() is page.overview, "another student opens on the overview"
    assert "Aktualiserad" in plain(page.stepper.text())
    assert page.next_button.text() == "Nästa steg: Lägg till vårdnadshavare…"
    # What belongs to a later stage is not on the page, only one click away.
    assert visible_actions(win) <= {"guardian", "record_consent", "meeting"}
    assert "Avsluta ärendet (utskrivning)…" in menu_texts(win)
    assert not page.move_reason.isVisible(), "no reason asked for before one is needed"

    page.next_button.click()
    fill(
        qtbot,
        win,
        {
            "name": "Sara Nyström",
            "relation": GuardianRelation.GUARDIAN,
            "custody": True,
            "protected": False,
        },
    )
    qtbot.waitUntil(lambda: "Börja inhämta samtycke" in page.next_button.text(), timeout=10_000)
    page.next_button.click()
    qtbot.waitUntil(lambda: "Registrera samtycke" in page.next_button.text(), timeout=10_000)
    assert "✔ Aktualiserad" in plain(page.stepper.text())
    page.next_button.click()
    qtbot.waitUntil(lambda: win.actions.last is not None, timeout=10_000)
    assert win.actions.last.windowTitle().startswith("Registrera samtycke")
    win.actions.last.reject()

    # Avbrott asks for its reason; the usual moves do not.
    page.next_stage.setCurrentIndex(page.next_stage.findData(Stage.CANCELLED.value))
    assert page.move_reason.isVisible()


def test_absence_is_shown_against_the_start_of_the_case(qtbot: Any, unlocked: Any) -> None:
    win, page = unlocked, unlocked.student_page
    open_first(qtbot, win, Stage.FOLLOW_UP)
    file = page.file
    assert file is not None and file.current is not None and file.current.attendance
    start = file.current.case.baseline_absence_pct
    latest = max(file.current.attendance, key=lambda a: a.period_end).total_absence_pct
    summary = page.absence_summary.text()
    assert summary.startswith(f"Frånvaro vid start {start:.1f} %".replace(".", ","))
    assert f"senast {latest:.1f} %".replace(".", ",") in summary
    assert ("lägre" if latest < start else "högre") in summary
    assert page.chart.isVisible()
    assert visible_actions(win) <= {"follow_up", "meeting", "attendance", "close"}


def test_an_ended_case_takes_no_new_work_but_the_students_rights_stay(
    qtbot: Any, unlocked: Any
) -> None:
    win, page = unlocked, unlocked.student_page
    refer(qtbot, win)
    page.next_stage.setCurrentIndex(page.next_stage.findData(Stage.NOT_ENROLLED.value))
    page.move_reason.setText("Familjen tackade nej.")
    page.move_button.click()
    confirm_end(qtbot, win)
    qtbot.waitUntil(lambda: not page.next_button.isVisible(), timeout=10_000)
    assert visible_actions(win) == set()
    enabled = {n for n, a in page.more_actions.items() if a.isEnabled()}
    assert enabled == {
        "edit_student",
        "protect",
        "notify_withdrawal",
        "register_request",
        "deliver_register_request",
    }
    assert "Ärendet är avslutat." in page.next_why.text()


def test_a_change_rereads_the_page_only_when_it_touches_the_student_on_it(
    qtbot: Any, unlocked: Any
) -> None:
    """One signal carries what a change touched; the student page reads itself again (an
    audited read) for its own student, and not for a colleague's edit of someone else."""
    from sstdesk.domain.model import Guardian
    from sstdesk.vault import audit

    win, page = unlocked, unlocked.student_page
    other = refer(qtbot, win)  # Alva, then back to someone else on the page
    shown = open_first(qtbot, win, Stage.INTERVENTION)
    seen: list[Any] = []
    win.changed.connect(seen.append)

    def reads_of(student_id: str) -> int:
        box: list[int] = []
        win.runner.run_db(
            lambda: sum(
                1
                for e in audit.events(win.vault.conn, student_id=student_id)
                if e.action == "student.read"
            ),
            done=box.append,
        )
        qtbot.waitUntil(lambda: bool(box), timeout=10_000)
        return box[0]

    def add_guardian(student_id: str, name: str) -> None:
        done: list[Any] = []
        win.run_op(
            lambda s: s.add_guardian(
                Guardian(student_id=student_id, name=name, relation=GuardianRelation.GUARDIAN)
            ),
            done=done.append,
        )
        qtbot.waitUntil(lambda: bool(done) and not win.runner.busy, timeout=10_000)

    before = reads_of(shown)
    add_guardian(other, "Sara Nyström")
    assert seen[-1].touches(other) and not seen[-1].touches(shown)
    assert reads_of(shown) == before, "a change to someone else re-read the page"
    add_guardian(shown, "Ny Vårdnadshavare")
    qtbot.waitUntil(lambda: reads_of(shown) == before + 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(g.name == "Ny Vårdnadshavare" for g in page.file.guardians), timeout=10_000
    )
