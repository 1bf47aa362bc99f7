"""Sync in the window, against the real server app in-process (the network is the edge)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import Engine

from sstdesk.domain.model import Student
from sstdesk.server import auth, store
from sstdesk.server.app import ServerSettings, create_app
from sstdesk.server.db import engine_for
from sstdesk.server.migrate import upgrade
from sstdesk.services.caseload import CaseloadService
from sstdesk.services.sync import SyncService
from sstdesk.ui.main_window import MainWindow
from sstdesk.vault.keys import KdfParams
from sstdesk.vault.vault import Vault
from sstdesk.wire.schema import DeviceStatus
from tests.conftest import PASSPHRASE

PASSWORD = "ett långt lösenord"
NOW = dt.datetime.now(dt.UTC)


def on_db(qtbot: Any, win: MainWindow, work: Any) -> Any:
    box: list[Any] = []
    win.runner.run_db(work, done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=30_000)
    return box[0]


def team_server(path: Path, admin: str, *others: str) -> tuple[Engine, Any]:
    """The real server app on a SQLite file: one team, its admin and colleagues."""
    engine = engine_for(f"sqlite:///{path / 'server.db'}")
    upgrade(engine)
    hashed = auth.Passwords(auth.HashParams.minimum()).hash(PASSWORD)
    with engine.begin() as conn:
        team = store.create_team(conn, district="Farsta", name="SST", now=NOW)
        for name in (admin, *others):
            store.create_user(
                conn, team_id=team, name=name, password_hash=hashed, is_admin=name == admin, now=NOW
            )
    return engine, create_app(engine, ServerSettings(hashing=auth.HashParams.minimum()))


def test_connect_sync_and_settle_a_conflict_in_the_window(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path
) -> None:
    win = unlocked
    engine, app = team_server(tmp_path, "demo.socionom", "bo.t")
    win.sync.http_factory = lambda: TestClient(app)
    page = win.caseload_page
    assert "Inte ansluten" in page.sync_status.text()

    def enrol() -> None:
        page.connect_button.click()
        dialog = win.sync.enrol_dialog
        qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
        dialog.set_value("user", "demo.socionom")
        dialog.set_value("password", PASSWORD)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: not win.runner.busy and not win.sync.running, timeout=60_000)

    enrol()
    assert "Väntar på att bli godkänd" in page.sync_status.text()
    device = on_db(qtbot, win, lambda: win.vault.repo.meta("sync_device_id"))
    with engine.begin() as conn:
        store.decide_device(conn, device, DeviceStatus.APPROVED, now=NOW)
    enrol()
    qtbot.waitUntil(lambda: "Synkroniserat kl." in page.sync_status.text(), timeout=60_000)
    # The team's first laptop made the team key: its recovery code is shown once, to print.
    box = win.sync.recovery_box
    assert box is not None and box.isVisible()
    assert len(box.informativeText()) == 24 and "Skriv ut koden" in box.text()
    box.close()

    # A colleague's laptop joins: approved from this window's laptop, then gets everything.
    vault, _ = Vault.create(
        tmp_path / "bo",
        passphrase=PASSPHRASE,
        user="bo.t",
        district="Farsta",
        params=KdfParams.floor(),
    )
    bo = SyncService(CaseloadService(vault), TestClient(app))
    bo.client.enrol("bo.t", PASSWORD, "bo")
    page.sync_button.click()  # the admin's window sees the colleague waiting, and approves
    qtbot.waitUntil(lambda: page.devices_button.isVisible(), timeout=60_000)
    assert page.devices_button.text() == "1 datorer väntar på godkännande"
    page.devices_button.click()
    devices = win.sync.devices_dialog
    assert devices is not None and "bo.t" in devices.list.item(0).text()
    devices.code.setText("11111 22222 33333 44444")  # not what bo's screen shows
    devices.approve_button.click()
    qtbot.waitUntil(lambda: "stämmer inte" in devices.status.text(), timeout=30_000)
    assert devices.list.count() == 1
    devices.code.setText(bo.client.safety_code.replace(" ", ""))  # typed without the spaces
    devices.approve_button.click()
    qtbot.waitUntil(lambda: devices.list.count() == 0, timeout=30_000)
    assert not page.devices_button.isVisible()
    shown = re.search(r"teamkoden (\d{5} \d{5})", devices.status.text())
    assert shown is not None, devices.status.text()
    devices.accept()
    bo.client.enrol("bo.t", PASSWORD, "bo", team_code=shown.group(1))
    bo.client.sync()
    rows = bo.caseload.caseload(include_ended=True)
    assert len(rows) >= 40
    target = rows[0].student_id

    # The same field changed on both laptops.
    theirs = vault.repo.get(Student, target)
    bo.caseload.update_student(replace(theirs, class_name="Bo:s klass"))
    bo.client.sync()
    mine = on_db(qtbot, win, lambda: win.service.vault.repo.get(Student, target))
    on_db(qtbot, win, lambda: win.service.update_student(replace(mine, class_name="Min klass")))
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.conflicts_button.isVisible(), timeout=60_000)
    assert page.conflicts_button.text() == "1 konflikter att lösa"
    page.conflicts_button.click()
    qtbot.waitUntil(lambda: win.sync.conflicts_dialog is not None, timeout=10_000)
    dialog = win.sync.conflicts_dialog
    assert "Min klass" in dialog.list.item(0).text() and "Bo:s klass" in dialog.list.item(0).text()
    dialog.theirs_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert not page.conflicts_button.isVisible()
    resolved = on_db(qtbot, win, lambda: win.service.vault.repo.get(Student, target))
    assert resolved.class_name == "Bo:s klass"
    vault.close()
    engine.dispose()


def test_offline_is_said_calmly_and_nothing_is_lost(qtbot: Any, unlocked: MainWindow) -> None:
    import httpx

    win = unlocked

    def unreachable() -> httpx.Client:
        return httpx.Client(base_url="http://127.0.0.1:9", timeout=2)

    win.sync.http_factory = unreachable
    on_db(
        qtbot,
        win,
        lambda: (
            win.vault.repo.set_meta("sync_tracking", "on"),
            win.vault.repo.set_meta("sync_team_key", "A" * 44),
            win.vault.repo.set_meta("sync_refresh", "r" * 43),
        ),
    )
    win.caseload_page.sync_button.click()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=30_000)
    assert "Offline" in win.caseload_page.sync_status.text()
    assert not win.caseload_page.sync_busy.isVisible()


def test_a_slow_server_never_holds_up_the_vault(qtbot: Any, unlocked: MainWindow) -> None:
    """While sync waits on the network, the person's own work in the vault goes on."""
    import threading

    import httpx

    win = unlocked
    answered = threading.Event()
    reached = threading.Event()

    def slow_network(request: httpx.Request) -> httpx.Response:
        reached.set()
        answered.wait(30)
        return httpx.Response(503, json={"message": "Servern är upptagen."})

    win.sync.http_factory = lambda: httpx.Client(
        base_url="http://127.0.0.1", transport=httpx.MockTransport(slow_network)
    )
    on_db(
        qtbot,
        win,
        lambda: (
            win.vault.repo.set_meta("sync_tracking", "on"),
            win.vault.repo.set_meta("sync_team_key", "A" * 44),
            win.vault.repo.set_meta("sync_refresh", "r" * 43),
        ),
    )
    win.caseload_page.sync_button.click()
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert win.sync.running and win.caseload_page.sync_busy.isVisible()
    # The server has not answered; a student can still be opened and searched.
    rows = on_db(qtbot, win, lambda: win.service.caseload(include_ended=True))
    assert rows and win.sync.running
    answered.set()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=30_000)
    assert not win.caseload_page.sync_busy.isVisible()


def test_a_change_the_server_refuses_is_shown_with_whose_it_is(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path
) -> None:
    from sstdesk.domain.codes import ContactType

    win = unlocked
    engine, app = team_server(tmp_path, "demo.socionom")
    win.sync.http_factory = lambda: TestClient(app)

    def enrol_and_write() -> str:
        service = SyncService(win.service, TestClient(app))
        service.client.enrol("demo.socionom", PASSWORD, "sstdesk")
        with engine.begin() as conn:
            store.decide_device(
                conn, win.vault.repo.meta("sync_device_id"), DeviceStatus.APPROVED, now=NOW
            )
        service.client.enrol("demo.socionom", PASSWORD, "sstdesk")
        row = win.service.caseload()[0]
        case_id = win.service.open_student(row.student_id).current.case.id
        note = win.service.new_note(case_id, contact_type=ContactType.PHONE)
        win.service.save_draft(replace(note, text="ord " * 300_000))
        return row.name

    name = on_db(qtbot, win, enrol_and_write)
    page = win.caseload_page
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.parked_button.isVisible(), timeout=120_000)
    assert page.parked_button.text() == "1 ändringar togs inte emot"
    assert "Synkroniserat kl." in page.sync_status.text()  # the rest went
    page.parked_button.click()
    qtbot.waitUntil(lambda: win.sync.parked_dialog is not None, timeout=10_000)
    shown = win.sync.parked_dialog.list.item(0).text()
    assert shown.startswith(f"Journalanteckning – {name}: Servern tog inte emot ändringen")
    win.sync.parked_dialog.accept()
    engine.dispose()


def test_the_same_child_twice_and_an_unreadable_change_are_shown_and_the_child_merged(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path
) -> None:
    from tests.conftest import refer_student
    from tests.sync.conftest import Laptop
    from tests.sync.test_faults import raw_push

    win = unlocked
    engine, app = team_server(tmp_path, "demo.socionom", "bo.t")
    win.sync.http_factory = lambda: TestClient(app)

    def first_personnummer() -> str:
        row = win.service.caseload()[0]
        return win.service.vault.repo.get(Student, row.student_id).personnummer

    def enrol() -> None:
        service = SyncService(win.service, TestClient(app))
        service.client.enrol("demo.socionom", PASSWORD, "sstdesk")
        with engine.begin() as conn:
            store.decide_device(
                conn, win.vault.repo.meta("sync_device_id"), DeviceStatus.APPROVED, now=NOW
            )
        service.client.enrol("demo.socionom", PASSWORD, "sstdesk")
        service.client.sync()
        (pending,) = service.client.pending_devices().devices
        bos_code.append(service.client.approve(pending.device_id, pending.public_key, bos_code[0]))

    vault, _ = Vault.create(
        tmp_path / "bo",
        passphrase=PASSPHRASE,
        user="bo.t",
        district="Farsta",
        params=KdfParams.floor(),
    )
    bo = SyncService(CaseloadService(vault), TestClient(app))
    # Bo registers, before the first sync, a child the window's laptop already has.
    pnr = on_db(qtbot, win, first_personnummer)
    refer_student(bo.caseload, personnummer=pnr, first_name="Ny")
    bo.client.enrol("bo.t", PASSWORD, "bo-dator")
    bos_code = [bo.client.safety_code]  # read off bo's screen
    on_db(qtbot, win, enrol)
    bo.client.enrol("bo.t", PASSWORD, "bo-dator", team_code=bos_code[1])
    bo.client.sync()
    raw_push(Laptop("bo", vault, bo.caseload, bo), "students", "f" * 32, None, ciphertext="AAAA")
    bo.client.sync()

    page = win.caseload_page
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.attention_button.isVisible(), timeout=60_000)
    assert page.attention_button.text() == "Samma elev registrerad två gånger – slå ihop"
    page.attention_button.click()
    qtbot.waitUntil(lambda: win.sync.attention_dialog is not None, timeout=10_000)
    dialog = win.sync.attention_dialog
    assert dialog.duplicates.count() == 1
    assert "2 registreringar av samma personnummer" in dialog.duplicates.item(0).text()
    assert dialog.kept.count() == 1
    assert "från bo-dator (bo.t)" in dialog.kept.item(0).text()
    assert "har rapporterats från" in dialog.gaps.text()  # bo kept it aside too, and said so
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.duplicates.count() == 0, timeout=30_000)
    assert page.attention_button.text() == "1 ändringar från bo-dator (bo.t) kunde inte läsas"
    assert dialog.duplicates.isHidden() and not dialog.kept.isHidden()
    dialog.dismiss_button.click()  # seen: let go, and audited
    qtbot.waitUntil(lambda: dialog.kept.isHidden(), timeout=30_000)
    assert "kunde inte läsas" not in page.attention_button.text()
    dialog.accept()
    qtbot.waitUntil(lambda: not win.sync.running and not win.runner.busy, timeout=60_000)
    found = on_db(qtbot, win, lambda: win.service.vault.repo.find(Student, personnummer=pnr))
    assert len(found) == 1
    # Someone removes the newest audit events from bo's laptop: the admin's window says so.
    vault.conn.execute("DROP TRIGGER audit_events_no_delete")
    vault.conn.execute(
        "DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 2 FROM audit_events)"
    )
    bo.client.sync()
    page.sync_button.click()
    qtbot.waitUntil(lambda: "har luckor" in page.attention_button.text(), timeout=60_000)
    assert page.attention_button.text() == "Loggen från bo-dator (bo.t) har luckor"
    # The admin replaces the team key from the menu; bo's laptop gets it at its next sync.
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def yes(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    original = QMessageBox.question
    QMessageBox.question = yes  # type: ignore[method-assign]
    try:
        page.key_rotation_requested.emit()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert "Spärrade datorer får inte den nya nyckeln" in asked[0]
    qtbot.waitUntil(lambda: win.sync.recovery_box is not None, timeout=30_000)
    assert "Teamet har fått en ny nyckel" in win.sync.recovery_box.text()
    assert len(win.sync.recovery_box.informativeText()) == 24
    bo.client.sync()
    assert len(json.loads(vault.repo.meta("sync_team_keys"))) == 2
    vault.close()
    engine.dispose()


def test_a_revoked_laptop_whose_work_could_not_be_handed_over_is_locked_not_shredded(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path
) -> None:
    win = unlocked
    engine, app = team_server(tmp_path, "demo.socionom")
    win.sync.http_factory = lambda: TestClient(app)

    def enrol() -> None:
        service = SyncService(win.service, TestClient(app))
        service.client.enrol("demo.socionom", PASSWORD, "sstdesk")
        with engine.begin() as conn:
            store.decide_device(
                conn, win.vault.repo.meta("sync_device_id"), DeviceStatus.APPROVED, now=NOW
            )
        service.client.enrol("demo.socionom", PASSWORD, "sstdesk")
        service.client.sync()
        student = win.service.vault.repo.get(Student, win.service.caseload()[0].student_id)
        win.service.update_student(replace(student, class_name="Bara här"))  # not yet sent

    on_db(qtbot, win, enrol)
    device = on_db(qtbot, win, lambda: win.vault.repo.meta("sync_device_id"))
    with engine.begin() as conn:  # revoked, and past the time for a hand-over
        store.decide_device(conn, device, DeviceStatus.REVOKED, now=NOW - dt.timedelta(days=15))
    win.caseload_page.sync_button.click()
    qtbot.waitUntil(lambda: "Valvet raderas inte" in win.unlock_page.error.text(), timeout=60_000)
    assert (win.profile / "vault.db").exists()  # kept, locked: the work is still there
    assert len(list(win.profile.iterdir())) > 1
