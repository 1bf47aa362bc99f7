"""The statistics page through the window: figures, chart, filters, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sstdesk.ui.main_window import MainWindow
from sstdesk.ui.stats_page import StatisticsPage, periods


def shown(qtbot: Any, win: MainWindow) -> StatisticsPage:
    page = win.stats_page
    qtbot.waitUntil(
        lambda: (
            win.pages.currentWidget() is page and page.report is not None and not win.runner.busy
        ),
        timeout=10_000,
    )
    return page


def test_figures_chart_and_filters(qtbot: Any, unlocked: MainWindow) -> None:
    win = unlocked
    win.caseload_page.stats_button.click()
    page = shown(qtbot, win)
    assert page.period.currentText().startswith("Läsåret")
    total = page.report.flows.grid()[0][3]
    assert total > 0
    assert len(page.chart.series()) == 1 and page.chart.series()[0].count() == 3
    text = page.tables.toPlainText()
    assert "Aktualiserade" in text and "Flicka" in text and "Annat/ej angivet" in text
    page.report = None
    page.school.setCurrentIndex(1)
    page = shown(qtbot, win)
    assert page.report.scope == page.school.currentText()
    assert page.report.flows.grid()[0][3] <= total
    page.report = None
    page.period.setCurrentIndex(page.period.count() - 1)  # Egen period…
    page = shown(qtbot, win)
    assert page.custom_from.isVisible()
    page.report = None
    page.custom_from.setDate(page.custom_from.date().addYears(-5))
    page = shown(qtbot, win)
    assert page.report.period.start == page.custom_from.date().toPython()


def test_export_warns_then_writes_a_suppressed_csv(
    qtbot: Any, unlocked: MainWindow, monkeypatch: Any, tmp_path: Path
) -> None:
    win = unlocked
    win.caseload_page.stats_button.click()
    page = shown(qtbot, win)
    target = tmp_path / "statistik.csv"
    monkeypatch.setattr(StatisticsPage, "choose_file", lambda _self, _suffix: target)
    cautions: list[str] = []
    monkeypatch.setattr(
        StatisticsPage, "confirm_export", lambda _self, caution="": cautions.append(caution)
    )
    page.csv_button.click()
    assert not target.exists()
    # The school year is under way: said before, since it rules out a file with new figures.
    assert "pågår till 2027-06-30" in cautions[0] and "igen" in cautions[0]
    monkeypatch.setattr(StatisticsPage, "confirm_export", lambda _self, caution="": True)
    page.csv_button.click()
    qtbot.waitUntil(lambda: target.exists() and not win.runner.busy, timeout=10_000)
    text = target.read_text(encoding="utf-8-sig")
    assert "<5" in text and "Läsåret" in text
    assert "Sparad som statistik.csv" in page.status.text()


def test_the_periods_offered_follow_the_calendar() -> None:
    import datetime as dt

    labels = [p.label for p in periods(dt.date(2026, 11, 23))]
    assert labels == ["HT 2026", "VT 2026", "Läsåret 2026/27", "Läsåret 2025/26"]
    labels = [p.label for p in periods(dt.date(2027, 3, 1))]
    assert labels == ["VT 2027", "HT 2026", "Läsåret 2026/27", "Läsåret 2025/26"]
