"""Which device keys the team's admins have verified, and which were shut out. No I/O.

A team key is sealed only to a key a team admin verified by its safety code. What
this laptop knows of that is in audit logs: its own (only this laptop writes it)
and its colleagues' (sealed with the team key; which laptop sent each is bound by
the sync, so one laptop can never write in another's name). Any team member can
write whatever it likes in its own log, so a colleague's events count only when
that colleague is an admin's laptop whose own key a trusted admin verified (or the
admin's laptop that let this one in), and only those from before that laptop was
itself shut out. The server says who is an admin; it cannot say which keys were
verified. (A server that lies about who is an admin, together with a team member
who writes approvals in his log, could still get a key verified: that needs both.)

Keys are judged by their print (the safety code's digits), whatever device id the
server lists them under: a key shut out once stays out under any id, until an
admin verifies it again by its safety code after that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

APPROVED = "sync.approve"  # reason "<device id>:<key print>", by the approving laptop
EXCLUDED = "sync.device_excluded"  # the same, by the laptop that rotated without it
OWN = ""  # the source of this laptop's own events


@dataclass(frozen=True)
class Event:
    source: str  # the sync device whose log it is in; OWN for this laptop's
    seq: int  # its place in that log
    at: str  # when, by that laptop's clock (UTC, ISO): the order across laptops
    action: str
    device: str  # the device approved or shut out, as the server listed it then
    key_print: str

    def about(self, other: Event) -> bool:
        """The same key, or the same device (whatever key the server lists for it now)."""
        return self.key_print == other.key_print or self.device == other.device


def parse(source: str, seq: int, at: str, action: str, reason: str) -> Event | None:
    if action not in (APPROVED, EXCLUDED) or ":" not in reason:
        return None
    device, key_print = reason.split(":", 1)
    return Event(source, seq, at, action, device, key_print)


@dataclass(frozen=True)
class Verified:
    prints: frozenset[str]  # keys a new team key may be sealed to
    devices: frozenset[str]  # the devices they were verified as


def _later(a: Event, b: Event) -> bool:
    """In one log its order decides; across laptops their clocks (a tie: not later)."""
    return a.seq > b.seq if a.source == b.source else a.at > b.at


def verified(
    events: Iterable[Event],
    *,
    own: tuple[str, str],
    admins: Mapping[str, str],
    vouched: Mapping[str, str] | None = None,
) -> Verified:
    """The keys a rotation may seal to: this laptop's own (`own`: device id, print), and
    each one a trusted admin approved after any exclusion of that key or device by a
    trusted laptop. `admins`: the sync devices the server says are admins' laptops, each
    with the print of the key it lists for it. `vouched`: admin laptops (device → print)
    named in the key ring this laptop holds, which came sealed from the team: trusted,
    with their keys, until a trusted laptop shuts them out."""
    events = list(events)
    vouched = dict(vouched or {})
    sources = {OWN: "", **vouched}  # trusted logs, each with the print of its laptop's key
    while True:
        counted = [e for e in events if e.source in sources]
        exclusions = [e for e in counted if e.action == EXCLUDED]
        # An admin laptop's events stop counting once a trusted laptop shut its key out.
        counted = [
            e
            for e in counted
            if not any(x.key_print == sources[e.source] and _later(e, x) for x in exclusions)
        ]
        exclusions = [e for e in counted if e.action == EXCLUDED]
        approvals = [e for e in counted if e.action == APPROVED]
        ever = {e.key_print for e in approvals} | {own[1]}
        # An admin laptop is trusted once a trusted one verified its key, or if it is the
        # one that let this laptop in (the team code typed here proved it held the key).
        more = {
            d: p
            for d, p in admins.items()
            if d not in sources
            and (
                p in ever
                or any(
                    e.source == d
                    and e.action == APPROVED
                    and e.key_print == own[1]
                    and not any(x.key_print == p and _later(e, x) for x in exclusions)
                    for e in events
                )
            )
        }
        if not more:
            standing = [e for e in approvals if all(_later(e, x) for x in exclusions if x.about(e))]
            for device, print_ in vouched.items():
                named = Event(device, -1, "", APPROVED, device, print_)
                if not any(x.about(named) for x in exclusions):
                    standing.append(named)
            return Verified(
                frozenset({own[1], *(e.key_print for e in standing)}),
                frozenset({own[0], *(e.device for e in standing)}),
            )
        sources.update(more)
