"""Att göra as an agenda in the real window: groups, Swedish weekdays, opening the right tab."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem

from sstdesk.domain.codes import MeetingKind
from sstdesk.domain.model import Meeting
from sstdesk.ui.agenda import ENTRY_ROLE, AgendaView, day_text
from sstdesk.ui.main_window import MainWindow
from tests.conftest import Clock, refer_student
from tests.domain.test_journal_retention_due import pnr
from tests.services.test_case_flow import consent_for, guardians_of
from tests.ui.helpers import fill, plain

TUESDAY = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)  # the day after the demo was built


def on_db(qtbot: Any, win: MainWindow, work: Any) -> Any:
    box: list[Any] = []
    win.runner.run_db(work, done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def under_headings(agenda: AgendaView, name: str) -> list[tuple[str, str, QListWidgetItem]]:
    """Each line of `name` with the heading it stands under, as a person reads the list."""
    found, heading = [], ""
    for row in range(agenda.count()):
        item = agenda.item(row)
        if item.data(ENTRY_ROLE) is None:
            heading = item.text()
        elif f"·  {name}\n" in item.text():
            found.append((heading.split(" (")[0], item.text(), item))
    return found


def opened_on(qtbot: Any, win: MainWindow, student_id: str) -> str:
    qtbot.waitUntil(
        lambda: (
            win.pages.currentWidget() is win.student_page
            and win.student_page.file is not None
            and win.student_page.file.student.id == student_id
        ),
        timeout=10_000,
    )
    page = win.student_page
    return page.tabs.tabText(page.tabs.currentIndex())


def test_meeting_consent_and_draft_under_their_days_and_each_opens_its_tab(
    qtbot: Any, unlocked: MainWindow
) -> None:
    assert unlocked.vault is not None
    unlocked.vault.clock = Clock(TUESDAY)
    service = unlocked.service

    def work() -> str:
        e = refer_student(
            service,
            personnummer=pnr(dt.date(2013, 2, 7)),
            first_name="Ylva",
            last_name="Agendasson",
        )
        service.record_consent(*consent_for(e, guardians_of(e), days=25))
        service.add_meeting(
            Meeting(case_id=e.case_id, kind=MeetingKind.EHK, held_on=TUESDAY.date())
        )
        service.new_note(e.case_id, text="Samtal med eleven om morgnarna.")
        return e.student_id

    student_id = on_db(qtbot, unlocked, work)
    unlocked.refresh_caseload()
    agenda = unlocked.caseload_page.due_list
    qtbot.waitUntil(lambda: len(under_headings(agenda, "Ylva Agendasson")) == 3, timeout=10_000)
    lines = under_headings(agenda, "Ylva Agendasson")
    assert [(heading, text) for heading, text, _item in lines] == [
        ("Idag", "tis 24 nov  ·  Ylva Agendasson\nElevhälsokonferens"),
        ("Idag", "tis 24 nov  ·  Ylva Agendasson\n1 osignerad journalanteckning"),
        ("Senare", "lör 19 dec  ·  Ylva Agendasson\nSamtycket går ut om 25 dagar"),
    ]
    heading = unlocked.caseload_page.due_heading.text()
    assert heading.startswith("Att göra (") and "Ylva" not in heading
    meeting = lines[0][2]
    draft, consent = lines[1][1], lines[2][1]  # texts: the list is rebuilt on coming back

    # A click on the meeting opens the student on Möten.
    agenda.scrollToItem(meeting)
    qtbot.mouseClick(
        agenda.viewport(), Qt.MouseButton.LeftButton, pos=agenda.visualItemRect(meeting).center()
    )
    assert opened_on(qtbot, unlocked, student_id) == "Möten"

    # Enter on the draft opens the journal; Enter on the consent, the consent tab.
    for text, tab in ((draft, "Journal"), (consent, "Samtycke")):
        unlocked.student_page.back.click()
        qtbot.waitUntil(lambda: unlocked.pages.currentWidget() is unlocked.caseload_page)
        qtbot.waitUntil(lambda: len(under_headings(agenda, "Ylva Agendasson")) == 3)
        item = next(i for _h, t, i in under_headings(agenda, "Ylva Agendasson") if t == text)
        agenda.setCurrentItem(item)
        qtbot.keyClick(agenda, Qt.Key.Key_Return)
        assert opened_on(qtbot, unlocked, student_id) == tab


def test_an_empty_agenda_says_so_kindly(qtbot: Any) -> None:
    agenda = AgendaView()
    qtbot.addWidget(agenda)
    agenda.show_entries(())
    assert agenda.count() == 1 and agenda.item(0).text().startswith("Inget att göra just nu")
    assert agenda.entries() == []


def test_a_meeting_booked_with_its_time_says_when_in_the_agenda(
    qtbot: Any, unlocked: MainWindow
) -> None:
    assert unlocked.vault is not None
    unlocked.vault.clock = Clock(TUESDAY)
    service = unlocked.service

    def work() -> str:
        e = refer_student(
            service, personnummer=pnr(dt.date(2013, 3, 8)), first_name="Tim", last_name="Klocksson"
        )
        return e.student_id

    student_id = on_db(qtbot, unlocked, work)
    unlocked.open_student(student_id)
    opened_on(qtbot, unlocked, student_id)
    unlocked.actions.meeting()
    qtbot.waitUntil(lambda: unlocked.actions.last is not None and unlocked.actions.last.isVisible())
    dialog = unlocked.actions.last
    assert dialog.values()["starts_at"] is None  # no time is assumed
    dialog.set_value("kind", MeetingKind.EHK)
    dialog.set_value("held_on", dt.date(2026, 11, 26))
    dialog.set_value("participants", "Anna Ek, mentor, Solängsskolan")
    dialog.set_value("starts_at", "25:00")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and "13:30" in dialog.error.text()
    fill(qtbot, unlocked, {"starts_at": "9.30"})

    page = unlocked.student_page
    qtbot.waitUntil(lambda: "kl. 09:30" in plain(page.meetings.toHtml()), timeout=10_000)
    page.back.click()
    unlocked.refresh_caseload()
    agenda = unlocked.caseload_page.due_list
    qtbot.waitUntil(lambda: len(under_headings(agenda, "Tim Klocksson")) == 1, timeout=10_000)
    assert under_headings(agenda, "Tim Klocksson")[0][:2] == (
        "Denna vecka",
        "tors 26 nov  ·  Tim Klocksson\nElevhälsokonferens kl. 09:30",
    )


def test_a_date_in_another_year_says_its_year() -> None:
    today = dt.date(2026, 12, 1)
    assert day_text(dt.date(2026, 12, 3), today) == "tors 3 dec"
    assert day_text(dt.date(2031, 9, 29), today).endswith("29 sep 2031")
    assert day_text(dt.date(2027, 1, 4), today).endswith("4 jan 2027")
