"""The city's statistics in the window: a team sends, the statistician sees the city."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from sstdesk.server import store
from sstdesk.services import city_statistics as city
from sstdesk.services.sync import SyncService
from sstdesk.sync import crypto
from sstdesk.ui.main_window import MainWindow
from sstdesk.wire.schema import DeviceStatus
from tests.ui.test_sync_view import NOW, PASSWORD, on_db, team_server


def test_a_team_sends_its_year_and_the_statistician_sees_the_city(
    qtbot: Any, unlocked: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    win = unlocked
    engine, app = team_server(tmp_path, "demo.socionom")
    win.sync.http_factory = lambda: TestClient(app)

    def enrol() -> None:
        client = SyncService(win.service, TestClient(app)).client
        client.enrol("demo.socionom", PASSWORD, "demo")
        with engine.begin() as conn:
            store.decide_device(
                conn, win.vault.repo.meta("sync_device_id"), DeviceStatus.APPROVED, now=NOW
            )
        client.enrol("demo.socionom", PASSWORD, "demo")

    on_db(qtbot, win, enrol)
    private, public = crypto.new_device_keys()
    win.deployment = replace(win.deployment, statistics_key=public, district="Farsta")
    page = win.stats_page
    win.show_statistics()
    qtbot.waitUntil(lambda: page.send_button.isVisible(), timeout=30_000)
    assert not page.scope.isVisible()  # a team's laptop sees only its own team
    monkeypatch.setattr(page, "confirm_send", lambda _year, caution="": True)
    page.send_button.click()
    qtbot.waitUntil(lambda: "förseglad" in page.status.text(), timeout=60_000)
    code = re.search(r"med kod ([0-9 ]+)\.", page.status.text())
    assert code is not None  # the team reads the code the statistician will see

    # IT makes this the statistician's laptop: its key, and the server's role.
    def become_statistician() -> None:
        win.vault.repo.set_meta(city.PRIVATE_KEY, private)
        win.vault.repo.set_meta(city.ROLE, city.STATISTICIAN)

    on_db(qtbot, win, become_statistician)
    with engine.begin() as conn:
        conn.execute(text("UPDATE users SET role = 'statistik'"))
    win.show_statistics()
    qtbot.waitUntil(lambda: page.scope.isVisible(), timeout=30_000)
    assert not page.send_button.isVisible()
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    team_total = page.report.flows.grid()[0][3]
    page.scope.setCurrentIndex(1)  # Hela staden
    qtbot.waitUntil(lambda: "0 team har skickat" in page.status.text(), timeout=60_000)
    assert f"med kod {code.group(1)}." in page.status.text()
    assert "räknas inte med" in page.status.text() and page.trust_button.isVisible()
    assert page.report.flows.grid()[0][3] == 0  # a laptop not yet checked is not counted
    # The statistician has the team read the code out, and ticks it.
    monkeypatch.setattr(page, "choose_trusted", lambda pending: list(pending))
    page.trust_button.click()
    qtbot.waitUntil(lambda: "1 team har skickat" in page.status.text(), timeout=60_000)
    assert not page.trust_button.isVisible()
    assert not page.school.isVisible()
    assert page.report.scope == "Hela staden"
    assert page.report.flows.grid()[0][3] == team_total
    assert "Aktualiserade per stadsdel" in page.tables.toPlainText()
