"""The first screen after unlocking: what is due, and the caseload with its filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sstdesk.domain.codes import Stage
from sstdesk.ui.agenda import ENTRY_ROLE
from sstdesk.ui.caseload_model import ROW_ROLE
from sstdesk.ui.main_window import MainWindow


def rows(win: MainWindow) -> list[Any]:
    model = win.caseload_page.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def test_the_due_list_is_there_at_once_and_opens_the_student(qtbot: Any, unlocked: Any) -> None:
    page = unlocked.caseload_page
    assert page.due_list.entries()
    assert page.due_heading.text().startswith("Att göra (")
    first = page.due_list.currentItem()  # the first line, under the first group's heading
    student_id = first.data(ENTRY_ROLE).student_id
    page.due_list.itemClicked.emit(first)
    qtbot.waitUntil(lambda: unlocked.pages.currentWidget() is unlocked.student_page, timeout=10_000)
    assert unlocked.student_page.file.student.id == student_id


def test_filters_narrow_the_list_and_combine_with_search(qtbot: Any, unlocked: Any) -> None:
    page = unlocked.caseload_page
    everyone = rows(unlocked)
    page.stage_filter.setCurrentIndex(page._stages.index(Stage.INTERVENTION))
    assert rows(unlocked) and {r.stage for r in rows(unlocked)} == {Stage.INTERVENTION}
    page.stage_filter.setCurrentIndex(0)
    page.school_filter.setCurrentIndex(1)
    school = page.school_filter.currentData()
    assert {r.school_id for r in rows(unlocked)} == {school}
    page.school_filter.setCurrentIndex(0)
    page.due_filter.setChecked(True)
    soon = rows(unlocked)
    assert 0 < len(soon) < len(everyone)
    assert all(r.next_due is not None for r in soon)
    page.due_filter.setChecked(False)
    page.stage_filter.setCurrentIndex(page._stages.index(Stage.MAPPING))
    name = rows(unlocked)[0].name.split()[0]
    page.search.setText(name)
    qtbot.waitUntil(
        lambda: (
            page.count.text() != ""
            and all(name in r.name and r.stage is Stage.MAPPING for r in rows(unlocked))
        ),
        timeout=10_000,
    )


def test_lock_clears_every_name_from_the_screen(qtbot: Any, unlocked: Any) -> None:
    unlocked.lock()
    page = unlocked.caseload_page
    assert page.model.rowCount() == 0 and page.due_list.count() == 0


def test_a_search_is_audited_once_when_typing_pauses(qtbot: Any, unlocked: Any) -> None:
    """Search-as-you-type writes one audit event per search, not one per keystroke."""
    from sstdesk.vault import audit

    def events() -> list[str]:
        box: list[list[str]] = []
        unlocked.runner.run_db(
            lambda: [e.action for e in audit.events(unlocked.vault.conn)], done=box.append
        )
        qtbot.waitUntil(lambda: bool(box), timeout=5_000)
        return box[0]

    before = events().count("caseload.search")
    for text in ("S", "Sa", "Sag", "Saga"):
        unlocked.caseload_page.search.setText(text)
        qtbot.wait(50)
    qtbot.waitUntil(lambda: not unlocked.runner.busy, timeout=5_000)
    assert events().count("caseload.search") == before
    qtbot.waitUntil(lambda: events().count("caseload.search") == before + 1, timeout=5_000)


def test_a_new_student_is_one_visible_click_away(qtbot: Any, unlocked: Any) -> None:
    page = unlocked.caseload_page
    assert page.new_button.isVisible() and page.new_button.text() == "+ Ny aktualisering"
    assert not page.empty.isVisible(), "a caseload with students shows them, not the first start"
    page.new_button.click()
    qtbot.waitUntil(lambda: unlocked.actions.last is not None, timeout=10_000)
    dialog = unlocked.actions.last
    assert dialog.windowTitle() == "Ny elev – aktualisering"
    assert dialog.widgets["school_id"].count() > 1, "the vault's schools to choose from"
    dialog.reject()
    unlocked.actions.last = None
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow, timeout=10_000)
    qtbot.keyClick(unlocked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked.actions.last is not None, timeout=10_000)
    assert unlocked.actions.last.windowTitle() == "Ny elev – aktualisering"
    unlocked.actions.last.reject()


def test_a_word_inside_a_surname_is_found_and_no_match_is_said(qtbot: Any, unlocked: Any) -> None:
    """ "ström" finds Bergström, Ekström and Nyström; a search that finds no one says so."""
    page = unlocked.caseload_page
    page.search.setText("ström")
    qtbot.waitUntil(
        lambda: (
            not unlocked.runner.busy
            and rows(unlocked)
            and all("ström" in r.name.casefold() for r in rows(unlocked))
        ),
        timeout=10_000,
    )
    surnames = {r.name.split()[-1] for r in rows(unlocked)}
    assert {"Bergström", "Ekström", "Nyström"} <= surnames
    assert page.table.isVisible() and not page.no_match.isVisible()

    page.search.setText("Qxzyström")
    qtbot.waitUntil(lambda: page.no_match.isVisible(), timeout=10_000)
    assert page.no_match.text() == "Inga elever matchar ”Qxzyström”"
    assert not page.table.isVisible() and page.count.text() == "0 elever"

    page.search.setText("ström")
    qtbot.waitUntil(lambda: page.table.isVisible() and bool(rows(unlocked)), timeout=10_000)
    assert not page.no_match.isVisible()

    # What was typed goes from the screen with the names at Ctrl+L.
    page.search.setText("Qxzyström")
    qtbot.waitUntil(lambda: page.no_match.isVisible(), timeout=10_000)
    unlocked.lock()
    assert page.no_match.text() == "" and not page.no_match.isVisibleTo(page)
