"""Editing what changes, through the real window: each dialog opens with what is there,
saves through the service, and a refusal stays in the dialog in Swedish."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from sstdesk.domain.codes import Stage
from sstdesk.ui.caseload_model import ROW_ROLE
from sstdesk.ui.main_window import MainWindow
from tests.ui.helpers import fill
from tests.ui.test_student_page import open_first, read_file


def _open_dialog(qtbot: Any, win: MainWindow, name: str) -> Any:
    win.actions.last = None
    win.student_page.more_actions[name].trigger()
    qtbot.waitUntil(
        lambda: win.actions.last is not None and win.actions.last.isVisible(), timeout=10_000
    )
    return win.actions.last


def _save(qtbot: Any, win: MainWindow, dialog: Any) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)


def test_the_student_is_edited_from_what_is_there(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    before = read_file(qtbot, win, student_id).student
    dialog = _open_dialog(qtbot, win, "edit_student")
    shown = dialog.values()
    assert shown["grade"] == before.grade and shown["class_name"] == before.class_name
    assert shown["interpreter"] == before.interpreter_language
    if not before.protected_identity:
        assert shown["school_id"] == before.school_id
    new_grade = 8 if before.grade != 8 else 7
    fill(qtbot, win, {"grade": new_grade, "class_name": "8C", "interpreter": "Arabiska"})
    after = read_file(qtbot, win, student_id).student
    assert (after.grade, after.class_name, after.interpreter_language) == (
        new_grade,
        "8C",
        "Arabiska",
    )
    assert after.school_id == before.school_id
    qtbot.waitUntil(lambda: f"åk {new_grade}" in win.student_page.facts.text(), timeout=10_000)


def test_a_protected_students_school_is_not_named_in_the_edit(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    protect = _open_dialog(qtbot, win, "protect")  # the one dialog for it, reused
    fill(qtbot, win, {"protected": True})
    qtbot.waitUntil(lambda: win.student_page.file.student.protected_identity, timeout=10_000)
    school = win.student_page.file.school.name
    assert protect is not None
    dialog = _open_dialog(qtbot, win, "edit_student")
    combo = dialog.widgets["school_id"]
    assert combo.currentText() == "Nuvarande skola (skyddad)"
    assert school not in [combo.itemText(i) for i in range(combo.count())]
    fill(qtbot, win, {"class_name": "9B"})
    after = read_file(qtbot, win, student_id).student
    assert after.class_name == "9B" and after.protected_identity


def test_a_goal_is_reworded(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    current = read_file(qtbot, win, student_id).current
    plan = current.current_plan
    goals = [g for g in current.goals if g.plan_id == plan.id]
    dialog = _open_dialog(qtbot, win, "edit_goal")
    if len(goals) > 1:
        fill(qtbot, win, {"goal": goals[0]})
        qtbot.waitUntil(
            lambda: win.actions.last is not None and win.actions.last.isVisible(), timeout=10_000
        )
        dialog = win.actions.last
    assert dialog.values()["wording"] == goals[0].wording
    dialog.set_value("wording", "")
    _save(qtbot, win, dialog)
    assert dialog.isVisible() and "Fyll i: Mål" in dialog.error.text()
    fill(qtbot, win, {"wording": "Eleven är i skolan varje morgon kl. 8.10"})
    stored = next(g for g in read_file(qtbot, win, student_id).current.goals if g.id == goals[0].id)
    assert stored.wording == "Eleven är i skolan varje morgon kl. 8.10"
    assert stored.indicator == goals[0].indicator


def test_the_booster_is_moved_then_held_on_days_asked(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.CLOSED)
    case = read_file(qtbot, win, student_id).current.case
    dialog = _open_dialog(qtbot, win, "plan_booster")
    assert dialog.values()["on"] == (case.booster_planned_on or dt.date.today())
    assert dialog.values()["held"] is False
    dialog.set_value("on", dt.date.today() - dt.timedelta(days=3))
    _save(qtbot, win, dialog)
    assert dialog.isVisible() and "redan varit" in dialog.error.text()  # refused, kept
    fill(qtbot, win, {"on": dt.date.today() + dt.timedelta(days=10)})
    case = read_file(qtbot, win, student_id).current.case
    assert case.booster_planned_on == dt.date.today() + dt.timedelta(days=10)
    _open_dialog(qtbot, win, "plan_booster")
    fill(qtbot, win, {"held": True, "on": dt.date.today() - dt.timedelta(days=1)})
    case = read_file(qtbot, win, student_id).current.case
    assert case.stage is Stage.BOOSTER
    assert case.booster_held_on == dt.date.today() - dt.timedelta(days=1)


def test_follow_up_dates_are_moved_and_booked(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    student_id = open_first(qtbot, win, Stage.INTERVENTION)
    before = read_file(qtbot, win, student_id).current.follow_ups
    dialog = _open_dialog(qtbot, win, "follow_up_dates")
    assert dialog.values()["book"] is False  # nothing booked unless asked
    new_on = dt.date.today() + dt.timedelta(days=9)
    fill(qtbot, win, {"book": True, "new_on": new_on})
    after = read_file(qtbot, win, student_id).current.follow_ups
    assert len(after) == len(before) + 1
    assert new_on in [f.due_on for f in after]


def test_rollover_from_the_settings_menu_after_a_preview(qtbot: Any, unlocked: Any) -> None:
    win = unlocked
    model = win.caseload_page.model
    rows = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
    grades = {r.student_id: r.grade for r in rows}
    menu = win.caseload_page.settings_button.menu()
    action = next(a for a in menu.actions() if a.text() == "Läsårsskifte…")
    action.trigger()
    fill(qtbot, win, {"on": dt.date.today()})
    qtbot.waitUntil(
        lambda: win.rollover_dialog is not None and win.rollover_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = win.rollover_dialog
    text = dialog.view.toPlainText()
    assert "Går upp en årskurs" in text
    ups = [p.student_id for p in dialog.preview.promotions if p.new_grade != p.grade]
    nines = [sid for sid, grade in grades.items() if grade >= 9]
    assert ups and not set(ups) & set(nines)
    if nines:
        assert "Lämnar grundskolan efter åk 9" in text
    dialog.do_button.click()
    qtbot.waitUntil(lambda: "Läsårsskiftet" in win.statusBar().currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert read_file(qtbot, win, ups[0]).student.grade == grades[ups[0]] + 1
