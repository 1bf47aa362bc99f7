"""What one laptop's statistics export hid stays hidden in every laptop's later exports."""

from __future__ import annotations

import csv
import io

from sstdesk.domain.model import StatisticsExport
from sstdesk.services.demo import build_demo
from sstdesk.services.statistics import Selection, StatisticsService
from sstdesk.stats.facts import Period
from sstdesk.stats.suppress import pattern
from tests.conftest import TODAY
from tests.sync.conftest import Team, enrolled


def _hidden(stats: StatisticsService, period: Period) -> dict[str, set[tuple[str, ...]]]:
    found = stats.report(Selection(period))
    return {n: set(m) for n, m in pattern(found, stats.kept(period)).marks.items()}


def test_cells_hidden_in_one_laptops_export_stay_hidden_on_a_colleagues(team: Team) -> None:
    anna = enrolled(team, "anna-laptop", "anna.s", admin=True)
    bo = enrolled(team, "bo-laptop", "bo.t", approver=anna)
    build_demo(anna.service, today=TODAY, seed=11)
    anna.sync.client.sync()
    bo.sync.client.sync()
    term = Period.term(TODAY.year if TODAY.month >= 7 else TODAY.year - 1, autumn=True)
    a_stats, b_stats = StatisticsService(anna.service), StatisticsService(bo.service)
    assert not b_stats.kept(term)
    text = a_stats.export_csv(Selection(term)).decode("utf-8-sig")
    assert ".." in [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]
    hid = {n: set(m) for n, m in a_stats.kept(term).items()}
    assert sum(map(len, hid.values())) > 0

    anna.sync.client.sync()
    bo.sync.client.sync()
    (record,) = bo.vault.repo.find(StatisticsExport)
    assert (record.kind, record.exported_by) == ("CSV", "anna.s")
    assert '"' in record.hidden and "Öberg" not in record.hidden  # cells, never a person
    assert {n: set(m) for n, m in b_stats.kept(term).items()} == hid
    # Bo's own export of the whole year hides at least what Anna's file hid.
    year = Period.school_year(term.start.year)
    shown_now = _hidden(b_stats, year)
    for name, cells in hid.items():
        assert cells <= shown_now[name]
