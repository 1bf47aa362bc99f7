"""A SIP from the student page: made, called, upprättad once R4 holds, printed, followed
up — through the real window, service and vault (issue 15)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox, QPushButton

from sstdesk.domain.codes import OPEN_STAGES, DataCategory, PartyKind, Principal, SipStatus
from sstdesk.ui.document_view import DocumentActions, DocumentPreview
from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.sip_view import SipDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_documents import MemoryPrinter, trail
from tests.ui.test_student_page import read_file


def find_case(qtbot: Any, win: MainWindow, *, sips: str, healthcare: bool) -> str:
    """A demo student whose open case has no SIP ("none") or an upprättad one
    ("established"), and whose consent does (or does not) let healthcare have the plan."""
    service = win.service
    assert service is not None
    box: list[str] = []

    def look() -> str:
        for row in service.caseload():
            file = service.open_student(row.student_id)
            case = file.current
            if case is None or case.case.stage not in OPEN_STAGES:
                continue
            newest = case.current_sip
            if (sips == "none") != (newest is None):
                continue
            if sips == "established" and newest.status is not SipStatus.ESTABLISHED:
                continue
            allowed = service.sip_consent(case.case.id).allowed
            plan_ok = service.may_share(
                case.case.id, party=PartyKind.SOCIAL_SERVICES, category=DataCategory.PLAN
            ).allowed
            if allowed is healthcare and plan_ok:
                return row.student_id
        raise AssertionError("no such student in the demo")

    win.runner.run_db(look, done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def open_sip(qtbot: Any, win: MainWindow, student_id: str) -> SipDialog:
    win.open_student(student_id)
    qtbot.waitUntil(
        lambda: (
            win.student_page.file is not None and win.student_page.file.student.id == student_id
        ),
        timeout=10_000,
    )
    win.actions.sip_dialog = None
    win.student_page.more_actions["sip"].trigger()
    qtbot.waitUntil(
        lambda: win.actions.sip_dialog is not None and win.actions.sip_dialog.isVisible(),
        timeout=10_000,
    )
    return win.actions.sip_dialog


def preview_of(qtbot: Any, dialog: SipDialog) -> DocumentPreview:
    """The preview the SIP dialog opened, as from the page's Dokument menu."""
    qtbot.waitUntil(
        lambda: dialog.documents.preview is not None and dialog.documents.preview.isVisible(),
        timeout=15_000,
    )
    return dialog.documents.preview


def settle(qtbot: Any, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=15_000)


def type_row(dialog: SipDialog, row: int, texts: dict[int, str], principal: Any = None) -> None:
    for column, text in texts.items():
        dialog.interventions.item(row, column).setText(text)
    if principal is not None:
        combo = dialog.interventions.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(principal.value))


def test_a_sip_made_established_once_r4_holds_printed_and_followed_up(
    qtbot: Any, unlocked: MainWindow, monkeypatch: Any
) -> None:
    win = unlocked
    student_id = find_case(qtbot, win, sips="none", healthcare=True)
    dialog = open_sip(qtbot, win, student_id)
    today = win.service.today()

    # Nothing the person must state is filled in for her; R4's list starts complete.
    assert dialog.heading.text() == "SIP, version 1 – ny, inte sparad än"
    assert dialog.lead_principal.currentData() is None
    assert dialog.follow_up_on.value() is None and dialog.meeting_on.value() is None
    assert dialog.participants.rowCount() == 0 and dialog.interventions.rowCount() == 0
    lines = dialog.checklist_lines()
    assert lines[0].startswith("☐ Behoven") and len(lines) == 5
    assert not dialog.establish_button.isEnabled()
    assert "Samtycke ”Insats från skolsocialt team”" in dialog.consent_label.text()

    dialog.needs.setPlainText("Stöd kring oro\nTrygg skolstart")
    assert not any("Behoven" in line for line in dialog.checklist_lines())  # live
    dialog.add_participant_button.click()
    for column, text in enumerate(("Eva Ek", "psykolog", "BUP Söder (regionen)")):
        dialog.participants.item(0, column).setText(text)
    dialog.participants.item(0, 3).setCheckState(Qt.CheckState.Checked)
    dialog.add_action_button.click()
    type_row(dialog, 0, {0: "Behandlingskontakt", 1: "1"})
    # A row without its huvudman is no insats yet: named in the list, refused on save.
    assert any("Insats 1: vilken huvudman" in line for line in dialog.checklist_lines())
    dialog.save_button.click()
    assert "Insats 1: ange vilken huvudman" in dialog.error.text()
    assert dialog.interventions.item(0, 0).text() == "Behandlingskontakt"  # nothing lost
    type_row(dialog, 0, {3: "BUP Söder", 4: "Psykolog", 5: "Varannan vecka"}, Principal.REGION)
    dialog.others_measures.setPlainText("Inga")
    dialog.follow_up_on.setDate(QDate(today + dt.timedelta(days=42)))
    assert [line for line in dialog.checklist_lines()] == [
        "☐ Vilken huvudman som har det övergripande ansvaret"
    ]
    assert not dialog.establish_button.isEnabled()

    dialog.save_button.click()
    settle(qtbot, win)
    assert dialog.error.text() == "" and "Utkastet är sparat" in dialog.status.text()
    dialog.called_button.click()
    settle(qtbot, win)
    (stored,) = read_file(qtbot, win, student_id).current.sips
    assert stored.status is SipStatus.CALLED and stored.needs == (
        "Stöd kring oro",
        "Trygg skolstart",
    )
    assert stored.actions[0].principal is Principal.REGION
    assert stored.participants[0].organisation == "BUP Söder (regionen)"
    assert stored.lead_principal is None

    # The draft prints as it stands, with what R4 still lacks on its first page.
    dialog.print_button.click()
    draft = preview_of(qtbot, dialog)
    first = " ".join(PdfReader(io.BytesIO(draft.document.pdf)).pages[0].extract_text().split())
    assert "UTKAST" in first and "Innan SIP:en kan upprättas saknas" in first
    assert "övergripande ansvaret" in first
    draft.close()
    qtbot.waitUntil(lambda: dialog.documents.preview is None, timeout=5_000)

    dialog.lead_principal.setCurrentIndex(
        dialog.lead_principal.findData(Principal.MUNICIPALITY_SOCIAL.value)
    )
    assert dialog.checklist_lines()[0].startswith("✓")
    assert dialog.establish_button.isEnabled()
    dialog.establish_button.click()  # saves the change, then upprättar
    settle(qtbot, win)
    assert dialog.error.text() == "", dialog.error.text()
    case = read_file(qtbot, win, student_id).current
    assert case.case.sip_active
    # The page behind is read again by the window's `changed` signal.
    qtbot.waitUntil(lambda: win.student_page.file.current.case.sip_active, timeout=10_000)
    (sip,) = case.sips
    assert sip.status is SipStatus.ESTABLISHED and sip.established_on == today
    assert sip.lead_principal is Principal.MUNICIPALITY_SOCIAL
    assert dialog.heading.text() == f"SIP, version 1 – upprättad {today.isoformat()}"
    assert dialog.needs.isReadOnly() and not dialog.save_button.isVisible()
    assert dialog.follow_up_button.isVisible()

    # Printed from the dialog: the preview, and on to the printer with a reason.
    printer = MemoryPrinter()
    monkeypatch.setattr(DocumentActions, "choose_printer", lambda _a, _p: printer.writer)
    dialog.print_button.click()
    preview = preview_of(qtbot, dialog)
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(preview.document.pdf)).pages
    )
    text = " ".join(text.split())
    assert "Samordnad individuell plan" in text and "UTKAST" not in text
    assert "Behandlingskontakt" in text and "Trygg skolstart" in text
    assert "Innan SIP:en kan upprättas saknas" not in text
    preview.print_button.click()
    reason = dialog.documents.reason_dialog
    qtbot.waitUntil(lambda: reason.isVisible(), timeout=5_000)
    reason.set_value("reason", "Till SIP-mötet")
    reason.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: printer.data.size() > 0 and not win.runner.busy, timeout=15_000)
    printer.buffer.close()
    assert len(PdfReader(io.BytesIO(bytes(printer.data))).pages) == preview.page_count()
    events = trail(qtbot, win, student_id)
    assert ("document.print", f"{preview.document.document_id} – Till SIP-mötet") in events
    preview.close()

    # Uppföljning: this version uppföljd, a new draft carries it on.
    dialog.follow_up_button.click()
    settle(qtbot, win)
    versions = {s.version: s for s in read_file(qtbot, win, student_id).current.sips}
    assert versions[1].status is SipStatus.FOLLOWED_UP
    assert versions[2].status is SipStatus.DRAFT and versions[2].previous_sip_id == sip.id
    assert dialog.heading.text() == "SIP, version 2 – utkast · uppföljning av version 1"
    assert not dialog.needs.isReadOnly() and dialog.needs.toPlainText().startswith("Stöd")
    assert dialog.follow_up_on.value() is None  # a new follow-up date is stated again
    assert any("uppföljning" in line for line in dialog.checklist_lines())
    assert ("sip.follow_up", "") in trail(qtbot, win, student_id)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_without_consent_for_healthcare_the_sip_is_not_upprattad_nor_printed(
    qtbot: Any, unlocked: MainWindow
) -> None:
    win = unlocked
    student_id = find_case(qtbot, win, sips="none", healthcare=False)
    dialog = open_sip(qtbot, win, student_id)
    assert "Registrera ett samtycke" in dialog.consent_label.text()
    assert dialog.checklist_lines()[-1].startswith("☐ Samtycke till SIP")
    dialog.needs.setPlainText("Stöd kring oro")
    dialog.add_action_button.click()
    type_row(
        dialog,
        0,
        {0: "Behandling", 1: "1", 3: "BUP Söder", 4: "Psykolog", 5: "Vecka 2"},
        Principal.REGION,
    )
    dialog.others_measures.setPlainText("Inga")
    dialog.lead_principal.setCurrentIndex(dialog.lead_principal.findData(Principal.REGION.value))
    dialog.follow_up_on.setDate(QDate(win.service.today() + dt.timedelta(days=30)))
    (only,) = dialog.checklist_lines()
    assert only.startswith("☐ Samtycke till SIP")
    assert not dialog.establish_button.isEnabled()
    dialog.move_to(SipStatus.ESTABLISHED)  # were it pressed: the service says no, in Swedish
    settle(qtbot, win)
    assert "SIP:en kan inte upprättas. Det saknas: samtycke till SIP" in dialog.error.text()

    dialog.print_button.click()  # saved first, then refused, said here in Swedish
    settle(qtbot, win)
    assert "kan inte skrivas ut" in dialog.error.text()
    assert dialog.documents.preview is None
    (stored,) = read_file(qtbot, win, student_id).current.sips
    assert stored.status is SipStatus.DRAFT and stored.actions[0].description == "Behandling"


def test_an_established_sip_opens_as_it_is_and_offers_a_new_version(
    qtbot: Any, unlocked: MainWindow
) -> None:
    win = unlocked
    student_id = find_case(qtbot, win, sips="established", healthcare=True)
    newest = read_file(qtbot, win, student_id).current.current_sip
    dialog = open_sip(qtbot, win, student_id)
    assert dialog.sip.id == newest.id
    assert dialog.heading.text() == (
        f"SIP, version {newest.version} – upprättad {newest.established_on.isoformat()}"
    )
    assert dialog.interventions.rowCount() == len(newest.actions)
    assert dialog.needs.isReadOnly() and not dialog.establish_button.isVisible()
    assert dialog.follow_up_button.isVisible() and dialog.print_button.text() == "Skriv ut…"
    present = dialog.participants.item(0, 3)
    assert not present.flags() & Qt.ItemFlag.ItemIsUserCheckable  # not even a tick changes
    assert not dialog.add_action_button.isEnabled() and not dialog.lead_principal.isEnabled()


def test_unsaved_changes_are_asked_about_and_a_lock_keeps_them(
    qtbot: Any, unlocked: MainWindow, monkeypatch: Any
) -> None:
    win = unlocked
    student_id = find_case(qtbot, win, sips="none", healthcare=True)
    dialog = open_sip(qtbot, win, student_id)
    dialog.needs.setPlainText("Stöd kring oro")
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    dialog.close_button.click()
    assert dialog.isVisible() and dialog.needs.toPlainText() == "Stöd kring oro"
    win.lock()  # the draft is saved before the vault closes, as the journal's are
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=10_000)
    assert not dialog.isVisible()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.service is not None, timeout=20_000)
    (kept,) = read_file(qtbot, win, student_id).current.sips
    assert kept.needs == ("Stöd kring oro",) and kept.status is SipStatus.DRAFT


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1280, 720)])  # 1920×1080 at 150 %
def test_the_dialog_buttons_are_on_a_small_screen(
    qtbot: Any, unlocked: MainWindow, screen: QSize
) -> None:
    win = unlocked
    win.resize(screen)
    student_id = find_case(qtbot, win, sips="none", healthcare=True)
    dialog = open_sip(qtbot, win, student_id)
    for _ in range(4):
        dialog.add_action_button.click()
        dialog.add_participant_button.click()  # long lists scroll inside the dialog
    wanted = QSize(screen.width() - 40, screen.height() - 60)
    assert dialog.minimumSizeHint().height() <= wanted.height()
    assert dialog.minimumSizeHint().width() <= wanted.width()
    dialog.resize(wanted)
    qtbot.waitUntil(lambda: dialog.size() == wanted, timeout=5_000)
    area = QRect(QPoint(0, 0), wanted)
    shown = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    bottom = [dialog.save_button, dialog.establish_button, dialog.print_button]
    assert all(b in shown for b in (*bottom, dialog.close_button))
    for button in shown:
        if dialog.scroll_area.widget().isAncestorOf(button):
            continue  # the rows' buttons scroll with their lists
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert area.contains(corner), (button.text(), corner)
