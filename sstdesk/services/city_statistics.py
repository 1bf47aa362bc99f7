"""The city-wide statistics that no server can read. Layer: services.

A team's laptop seals its counts for a school year (term × school × årskurs ×
kön, the schools numbered, no names and no persons), signed with the laptop's
own key, to the statistician's public key, which IT pins in the
deployment file, and sends them to the server, which keeps them as an opaque
blob per team and year. The statistician's laptop (role "statistik", holding
the private key in its vault) fetches every team's blob, opens them, adds them
up by stadsdel and suppresses the combined tables once (`stats/suppress.py`).
The server never sees a number, and only the statistician's account may fetch.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from sstdesk.deployment import Deployment
from sstdesk.documents.data import Letterhead
from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase
from sstdesk.services.statistics import (
    StatisticsService,
    export_reason,
    figures_of,
    report_pdf,
)
from sstdesk.stats.city import CountsUnreadable, TeamCounts, city_report, team_counts
from sstdesk.stats.export import to_csv
from sstdesk.stats.facts import Period
from sstdesk.stats.indicators import Report, cubes
from sstdesk.stats.suppress import pattern
from sstdesk.sync import crypto
from sstdesk.sync.engine import DbRunner, SyncClient, direct
from sstdesk.vault.vault import Vault

ROLE = "role"  # vault meta: "statistik" on the statistician's laptop
STATISTICIAN = "statistik"
PRIVATE_KEY = "statistics_private_key"
KIND = "Till staden"  # an export's kind, sent to the city


class NotStatistician(DomainError):
    """Only the statistician's laptop holds the key that opens the teams' counts."""


def period_id(school_year: int) -> str:
    """The server's name for a school year: its first day."""
    return f"{school_year}-07-01"


def is_statistician(vault: Vault) -> bool:
    return vault.repo.meta(ROLE) == STATISTICIAN and bool(vault.repo.meta(PRIVATE_KEY))


def create_statistician_key(vault: Vault) -> str:
    """Make this laptop the statistician's: a key pair, the private half in the vault.
    Returns the public key for IT's deployment file. Once only: a second key would leave
    every team's sealed counts unopenable."""
    if vault.repo.meta(PRIVATE_KEY):
        raise DomainError(
            Phrase(
                "Den här datorn har redan en statistiknyckel. Dess publika nyckel är {key}.",
                key=public_key(vault),
            )
        )
    private, public = crypto.new_device_keys()
    with vault.transaction():
        vault.repo.set_meta(PRIVATE_KEY, private)
        vault.repo.set_meta(ROLE, STATISTICIAN)
        vault.audit_in("stats.key_created")
    return public


def public_key(vault: Vault) -> str:
    private = vault.repo.meta(PRIVATE_KEY)
    if not private:
        raise NotStatistician(Phrase("Den här datorn har ingen statistiknyckel."))
    return base64.b64encode(bytes(crypto.box_public(private))).decode()


def key_print(public: str) -> str:
    """The public key's safety code: IT reads it to the statistician to check the pin."""
    return crypto.safety_code(public)


_SIGNER = ("team_id", "device_id", "signing_private", "signing_public")


def signed(counts: TeamCounts, meta: dict[str, str]) -> bytes:
    """The counts as the team's laptop signs them: a statistician who has seen this
    laptop's key before knows no one else wrote them, not even the server."""
    body = json.dumps(counts.to_data(), sort_keys=True).encode()
    return json.dumps(
        {
            "v": 2,
            "device": meta["device_id"],
            "key": meta["signing_public"],
            "counts": base64.b64encode(body).decode(),
            "sig": crypto.sign(meta["signing_private"], _SIGNED + body),
        }
    ).encode()


_SIGNED = b"sstdesk-city-counts-v2:"


def opened(blob: str, private: str, team: str) -> tuple[TeamCounts, str]:
    """A team's counts and the key that signed them; CountsUnreadable when the envelope is
    not a team's, or the signature does not hold."""
    envelope = json.loads(crypto.open_for_statistician(blob, private))
    if not isinstance(envelope, dict) or envelope.get("v") != 2:
        raise CountsUnreadable(Phrase("Ett teams statistik har fel form och kan inte läggas ihop."))
    key, signature = envelope.get("key"), envelope.get("sig")
    body = base64.b64decode(str(envelope.get("counts", "")), validate=True)
    if not (
        isinstance(key, str)
        and isinstance(signature, str)
        and crypto.signed_by(key, _SIGNED + body, signature)
    ):
        raise CountsUnreadable(Phrase("Ett teams statistik är inte undertecknad av teamet."))
    return TeamCounts.from_data(json.loads(body), team), key


@dataclass(frozen=True)
class Sender:
    """The laptop that signed a team's counts: its key's code, and whether the statistician
    has confirmed that key for the team. A new key's counts are not counted until the
    statistician has checked its code with the team (the server could have signed them)."""

    team: str
    stadsdel: str
    code: str
    new: bool
    sent_at: str
    key: str = ""  # the signing key, to `trust` once its code is checked


@dataclass(frozen=True)
class Sent:
    """What a team's laptop sent, and the code of the key it signed with: the statistician
    sees the same code beside the team's counts, and checks it by phone the first time."""

    counts: TeamCounts
    code: str


@dataclass(frozen=True)
class CityCounts:
    school_year: int
    teams: tuple[TeamCounts, ...]
    unreadable: int  # blobs that did not open, or did not hold counts: said, never guessed
    stale: int = 0  # older than counts this laptop has already read for the team: refused
    missing: tuple[str, ...] = ()  # stadsdelar of teams that sent before but not now
    senders: tuple[Sender, ...] = ()  # the counted teams' and the pending ones'
    repeated: int = 0  # teams the server listed more than once: none of the copies counted
    future: int = 0  # dated later than tomorrow: not counted

    @property
    def pending(self) -> tuple[Sender, ...]:
        """Teams whose counts wait for their laptop's code to be checked."""
        return tuple(s for s in self.senders if s.new)

    def report(self, period: Period) -> Report:
        return city_report(self.teams, period)


SEEN = "city_seen"  # vault meta: what the statistician's laptop has read of each team


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _when(text: str) -> dt.datetime | None:
    """A sending time as a team's laptop writes it (ISO 8601), or None."""
    try:
        return _aware(dt.datetime.fromisoformat(text))
    except ValueError:
        return None


class CityStatistics:
    """`send` and `fetch` talk to the server: the window runs them on its network thread,
    and `db` brings each touch of the vault to the vault's own thread."""

    def __init__(
        self,
        stats: StatisticsService,
        client: SyncClient,
        deployment: Deployment,
        *,
        db: DbRunner = direct,
    ) -> None:
        self.stats = stats
        self.vault = stats.vault
        self.client = client
        self.deployment = deployment
        self.db = db

    # -- a team's laptop ----------------------------------------------------------------

    def send(self, school_year: int) -> Sent:
        """Seal this team's counts for a school year to the statistician and send them."""
        key = self.deployment.statistics_key
        if not key:
            raise DomainError(
                Phrase(
                    "Stadens statistiker har ingen nyckel i IT:s inställningar "
                    "(statistics_key). Be IT lägga in den."
                )
            )
        year = Period.school_year(school_year)
        # Sent, the year's figures leave the team as an export does: checked the same way.
        self.db(lambda: self.stats.check_export(year))
        stadsdel = self.deployment.district or self.db(lambda: self.vault.repo.meta("district"))
        facts, _names = self.db(self.stats.facts)
        kept = self.db(lambda: self.stats.kept(year))
        now = figures_of(cubes(facts, year), year)
        shown = self.db(lambda: self.stats.shown_terms(year, now))
        meta = self.db(lambda: {k: self.vault.repo.meta(f"sync_{k}") for k in _SIGNER})
        if not all(meta.values()):
            raise DomainError(
                Phrase("Datorn måste vara ansluten till teamets server innan statistiken skickas.")
            )
        counts, marks = team_counts(
            facts,
            school_year,
            stadsdel=stadsdel,
            now=self.vault.clock(),
            keep=kept,
            team=meta["team_id"],
            shown=shown,
        )
        blob = crypto.seal_for_statistician(signed(counts, meta), key)
        self.client.send_statistics(period_id(school_year), blob)

        def sent() -> None:
            with self.vault.transaction():
                self.stats.keep(year, marks, KIND, now)
                self.vault.audit_in("stats.export", reason=export_reason(KIND, year))

        self.db(sent)
        return Sent(counts, key_print(meta["signing_public"]))

    # -- the statistician's laptop ------------------------------------------------------

    def fetch(self, school_year: int) -> CityCounts:
        """Every team's counts for a school year, opened and checked."""
        private = self.db(lambda: self.vault.repo.meta(PRIVATE_KEY))
        if not self.db(lambda: is_statistician(self.vault)):
            raise NotStatistician(
                Phrase(
                    "Bara stadens statistiker kan öppna teamens statistik. Den här datorn har "
                    "inte statistikerns nyckel."
                )
            )
        listed = self.client.sealed_statistics(period_id(school_year))
        seen = self.db(lambda: json.loads(self.vault.repo.meta(SEEN) or "{}"))
        listings = Counter(item.team_id for item in listed.items)
        latest = _aware(self.vault.clock()) + dt.timedelta(days=1)
        teams, senders, unreadable, stale, future = [], [], 0, 0, 0
        for item in listed.items:
            if listings[item.team_id] > 1:
                continue  # which copy is the team's cannot be told: none is counted
            try:
                counts, device_key = opened(item.blob, private, item.team_id)
            except (crypto.SealError, CountsUnreadable, ValueError, RecursionError):
                unreadable += 1
                continue
            if counts.school_year != school_year:
                unreadable += 1
                continue
            sent_at = _when(counts.sent_at)
            if sent_at is None:
                unreadable += 1
                continue
            if sent_at > latest:
                future += 1  # a date to come would make every true copy look older
                continue
            known = seen.setdefault(item.team_id, {"keys": [], "sent": {}})
            new = device_key not in known["keys"]
            sender = Sender(
                counts.team,
                counts.stadsdel,
                key_print(device_key),
                new,
                counts.sent_at,
                device_key,
            )
            if new:  # shown, not counted, and no mark of what is newest: not yet the team's
                senders.append(sender)
                continue
            stamp = sent_at.astimezone(dt.UTC).isoformat()  # one form, to compare as text
            if stamp < known["sent"].get(str(school_year), ""):
                stale += 1  # the server gave back an older copy than one read before
                continue
            known["sent"][str(school_year)] = stamp
            known["stadsdel"] = counts.stadsdel
            senders.append(sender)
            teams.append(counts)
        sent = {t.team for t in teams} | {s.team for s in senders} | set(listings)
        missing = tuple(
            sorted(
                {v.get("stadsdel", "") for k, v in seen.items() if k not in sent and v["sent"]},
                key=str.casefold,
            )
        )
        label = Period.school_year(school_year).label

        def remember() -> None:
            with self.vault.transaction():
                self.vault.repo.set_meta(SEEN, json.dumps(seen, sort_keys=True))
                self.vault.audit_in("stats.city_view", reason=label)

        self.db(remember)
        repeated = sum(1 for n in listings.values() if n > 1)
        return CityCounts(
            school_year,
            tuple(teams),
            unreadable,
            stale,
            missing,
            tuple(senders),
            repeated,
            future,
        )

    def trust(self, sender: Sender) -> None:
        """The statistician has checked the code of a team's laptop with the team: its
        counts are counted from now on."""

        def keep() -> None:
            seen = json.loads(self.vault.repo.meta(SEEN) or "{}")
            known = seen.setdefault(sender.team, {"keys": [], "sent": {}})
            if sender.key not in known["keys"]:
                known["keys"].append(sender.key)
            with self.vault.transaction():
                self.vault.repo.set_meta(SEEN, json.dumps(seen, sort_keys=True))
                self.vault.audit_in("stats.city_key_trusted", reason=sender.code)

        self.db(keep)

    def export_csv(self, counts: CityCounts, period: Period) -> bytes:
        found = counts.report(period)
        data = to_csv(found, pattern(found))
        self.vault.audit("stats.export", reason=f"CSV stad {period.label}")
        return data

    def export_pdf(self, counts: CityCounts, period: Period, letterhead: Letterhead) -> bytes:
        found = counts.report(period)
        data = report_pdf(
            found,
            letterhead=letterhead,
            district=letterhead.district or "Staden",
            user=self.stats.caseload.user,
            now=self.vault.clock(),
        )
        self.vault.audit("stats.export", reason=f"PDF stad {period.label}")
        return data
