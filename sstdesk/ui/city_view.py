"""The city-wide statistics on the statistics page. Layer: ui.

A team's laptop sends its counts for the chosen school year, sealed to the
city's statistician; the statistician's laptop fetches every team's, adds them
up and shows and exports the city's tables. Both talk to the server, so they
run on the network thread, with the vault reached on its own thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sstdesk.documents.data import Letterhead
from sstdesk.paths import atomic_write
from sstdesk.services import city_statistics as city
from sstdesk.services.statistics import StatisticsService, export_caution
from sstdesk.services.sync import SyncService
from sstdesk.stats.facts import Period
from sstdesk.stats.indicators import Report
from sstdesk.ui.labels import say

if TYPE_CHECKING:
    from sstdesk.ui.main_window import MainWindow


# Called by that name, with the context written out, so lupdate finds each text.
translate = QCoreApplication.translate


class CityController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.counts: dict[int, city.CityCounts] = {}  # fetched this session, by school year
        window.stats_page.send_requested.connect(self.send)
        window.stats_page.trust_requested.connect(self.check_codes)

    def _work(self) -> city.CityStatistics | None:
        service = self.window.service
        if service is None:
            return None
        runner = self.window.runner
        sync = SyncService(service, self.window.sync.http_factory(), db=runner.in_db)
        return city.CityStatistics(
            StatisticsService(service), sync.client, self.window.deployment, db=runner.in_db
        )

    def prepare(self) -> None:
        """Show the city's controls this laptop may use."""
        vault, key = self.window.vault, self.window.deployment.statistics_key
        if vault is None:
            return
        self.counts.clear()

        def which() -> tuple[bool, bool]:
            statistician = city.is_statistician(vault)
            enrolled = bool(vault.repo.meta("sync_device_id"))
            return statistician, enrolled and bool(key) and not statistician

        def show(found: tuple[bool, bool]) -> None:
            statistician, can_send = found
            self.window.stats_page.set_city(can_send=can_send, statistician=statistician)

        self.window.runner.run_db(which, done=show)

    def _school_year(self) -> int:
        return self.window.stats_page.selection().period.group()[0].start.year

    def load(self) -> None:
        page = self.window.stats_page
        period = page.selection().period
        year = self._school_year()
        page.show_status(
            translate(
                "CityView",
                "Hämtar teamens statistik och räknar fram vilka celler som måste döljas. "
                "Med många team kan det ta några minuter.",
            )
        )
        held = self.counts.get(year)
        work = self._work()
        if work is None:
            return

        def fetch() -> tuple[city.CityCounts, Report]:  # on the network thread
            try:
                counts = held if held is not None else work.fetch(year)
            finally:
                work.client.http.close()
            return counts, counts.report(period)

        def show(found: tuple[city.CityCounts, Report]) -> None:
            counts, report = found
            self.counts[year] = counts
            note, trouble = _summary(counts)
            page.show_status(note, error=trouble)
            page.trust_button.setVisible(bool(counts.pending))
            page.show_report(report)

        self.window.runner.run_net(fetch, done=show, failed=self._failed)

    def export(self, kind: str, path: Path) -> None:
        page = self.window.stats_page
        counts = self.counts.get(self._school_year())
        work = self._work()
        if counts is None or work is None:
            page.show_status(translate("CityView", "Hämta stadens statistik först."), error=True)
            return
        period = page.selection().period
        it = self.window.deployment

        def write() -> None:
            data = (
                work.export_pdf(counts, period, Letterhead(it.district, it.logo))
                if kind == "pdf"
                else work.export_csv(counts, period)
            )
            atomic_write(path, data)

        self.window.runner.run_db(
            write,
            done=lambda _r: page.show_status(
                translate("CityView", "Sparad som {0}.").format(path.name)
            ),
            failed=self._failed,
        )

    def send(self) -> None:
        page = self.window.stats_page
        year = self._school_year()
        label = say(Period.school_year(year).label)
        work = self._work()
        service = self.window.service
        if work is None or service is None:
            return
        caution = export_caution(Period.school_year(year), service.today())
        if not page.confirm_send(label, say(caution)):
            return
        page.show_status(translate("CityView", "Skickar…"))

        def send() -> city.Sent:
            try:
                return work.send(year)
            finally:
                work.client.http.close()

        def sent(done: city.Sent) -> None:
            page.show_status(
                translate(
                    "CityView",
                    "Teamets statistik för {0} är förseglad till stadens statistiker och "
                    "skickad.\nDen är undertecknad av den här datorn, med kod {1}. Statistikern "
                    "ser samma kod och kan stämma av den med dig.",
                ).format(label, done.code)
            )

        self.window.runner.run_net(send, done=sent, failed=self._failed)

    def check_codes(self) -> None:
        """The statistician checks each new laptop's code with its team; the teams whose
        codes hold are counted from now on."""
        year = self._school_year()
        counts = self.counts.get(year)
        work = self._work()
        if counts is None or work is None or not counts.pending:
            return
        chosen = self.window.stats_page.choose_trusted(counts.pending)
        if not chosen:
            return

        def trust() -> None:
            for sender in chosen:
                work.trust(sender)

        def trusted(_done: object) -> None:
            self.counts.pop(year, None)  # fetched again: the checked teams are counted now
            self.load()

        self.window.runner.run_db(trust, done=trusted, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.window.stats_page.show_status(self.window.message(error), error=True)


def _summary(counts: city.CityCounts) -> tuple[str, bool]:
    """What the statistician should know of the teams' counts: who sent, from which laptop,
    and what was not counted or not there."""
    parts = [
        translate("CityView", "{0} team har skickat statistik för läsåret.").format(
            len(counts.teams)
        )
    ]
    for s in sorted(counts.senders, key=lambda s: (s.stadsdel.casefold(), s.sent_at)):
        line = translate("CityView", "{0}: skickad {1}, från datorn med kod {2}.").format(
            s.stadsdel, s.sent_at[:10], s.code
        )
        if s.new:
            line += " " + translate(
                "CityView",
                "Ny dator för teamet: räknas inte med förrän du har stämt av koden med teamet.",
            )
        parts.append(line)
    if counts.unreadable:
        parts.append(
            translate(
                "CityView",
                "{0} team skickade statistik som inte gick att öppna eller inte är undertecknad "
                "av teamet; den är inte medräknad.",
            ).format(counts.unreadable)
        )
    if counts.stale:
        parts.append(
            translate(
                "CityView",
                "{0} team har på servern en äldre statistik än den du redan har läst; den är "
                "inte medräknad. Be teamet skicka igen och tala med IT.",
            ).format(counts.stale)
        )
    if counts.repeated:
        parts.append(
            translate(
                "CityView",
                "Servern gav {0} team mer än en gång; inget av dem är medräknat. Tala med IT.",
            ).format(counts.repeated)
        )
    if counts.future:
        parts.append(
            translate(
                "CityView",
                "{0} team har statistik daterad i framtiden; den är inte medräknad. Tala med IT.",
            ).format(counts.future)
        )
    if counts.missing:
        parts.append(
            translate("CityView", "Saknas i år, men har skickat förut: {0}.").format(
                ", ".join(counts.missing)
            )
        )
    trouble = bool(
        counts.unreadable
        or counts.stale
        or counts.missing
        or counts.repeated
        or counts.future
        or counts.pending
    )
    return "\n".join(parts), trouble
