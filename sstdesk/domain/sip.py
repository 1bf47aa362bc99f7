"""The SIP's status machine and rule R4. Layer: domain.

utkast → kallad → upprättad → uppföljd (again and again) → avslutad. A SIP
cannot be upprättad without the four legal items of SoL 2 kap. 7 § / HSL
16 kap. 4 § — the needs, the insatser of each huvudman, what others do, and
which huvudman has the overall responsibility — a follow-up date, and a
consent that covers it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sstdesk.domain.codes import SipStatus
from sstdesk.domain.errors import DomainError, TransitionError
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import Sip

NEXT: dict[SipStatus, tuple[SipStatus, ...]] = {
    SipStatus.DRAFT: (SipStatus.CALLED, SipStatus.ESTABLISHED, SipStatus.ENDED),
    SipStatus.CALLED: (SipStatus.ESTABLISHED, SipStatus.ENDED),
    SipStatus.ESTABLISHED: (SipStatus.FOLLOWED_UP, SipStatus.ENDED),
    SipStatus.FOLLOWED_UP: (SipStatus.FOLLOWED_UP, SipStatus.ENDED),
}


def missing_for_establishing(sip: Sip, *, consent_problem: str = "") -> list[str]:
    """What rule R4 still lacks, in Swedish; empty when the SIP may be upprättad."""
    missing = []
    if not [need for need in sip.needs if need.strip()]:
        missing.append("behoven (vilka insatser som behövs)")
    if not sip.actions:
        missing.append("insatserna och vilken huvudman som svarar för varje")
    for number, action in enumerate(sip.actions, start=1):
        lacking = [
            label
            for label, value in (
                ("vad insatsen är", action.description),
                ("ansvarig verksamhet", action.unit),
                ("kontaktperson", action.contact),
                ("när", action.when),
            )
            if not value.strip()
        ]
        if lacking:
            missing.append(f"insats {number}: {', '.join(lacking)}")
    if not sip.others_measures.strip():
        missing.append(
            "åtgärder av andra än kommunen och regionen (skriv ”Inga” om det inte finns några)"
        )
    if sip.lead_principal is None:
        missing.append("vilken huvudman som har det övergripande ansvaret")
    if sip.follow_up_on is None:
        missing.append("datum för uppföljning")
    if consent_problem:
        missing.append(f"samtycke till SIP ({consent_problem.rstrip('.')})")
    return missing


def check_draft(sip: Sip, *, today: dt.date) -> None:
    """What a SIP draft may never hold, even unfinished: an insats row that does not say
    what it is, or a follow-up date that has already passed (R4)."""
    for number, action in enumerate(sip.actions, start=1):
        if not action.description.strip():
            raise DomainError(
                f"Insats {number} saknar beskrivning. Skriv vad insatsen är, eller ta bort raden."
            )
    if sip.follow_up_on is not None and sip.follow_up_on < today:
        raise DomainError(
            f"Uppföljningsdatumet {format_date(sip.follow_up_on)} har redan passerat. "
            "Välj ett datum framåt i tiden."
        )


def move(sip: Sip, to: SipStatus, *, on: dt.date, consent_problem: str = "") -> Sip:
    if to not in NEXT.get(sip.status, ()):
        raise TransitionError(f"En SIP kan inte gå från ”{sip.status.label}” till ”{to.label}”.")
    if to is SipStatus.ESTABLISHED:
        missing = missing_for_establishing(sip, consent_problem=consent_problem)
        if missing:
            raise TransitionError(
                "SIP:en kan inte upprättas. Det saknas: " + "; ".join(missing) + "."
            )
        if sip.follow_up_on is not None and sip.follow_up_on <= on:
            raise TransitionError("Uppföljningsdatumet ska ligga efter dagens datum.")
        return replace(sip, status=to, established_on=on)
    return replace(sip, status=to)
