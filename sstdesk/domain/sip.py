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
from sstdesk.domain.model import Sip
from sstdesk.domain.phrase import Joined, Phrase, shape

NEXT: dict[SipStatus, tuple[SipStatus, ...]] = {
    SipStatus.DRAFT: (SipStatus.CALLED, SipStatus.ESTABLISHED, SipStatus.ENDED),
    SipStatus.CALLED: (SipStatus.ESTABLISHED, SipStatus.ENDED),
    SipStatus.ESTABLISHED: (SipStatus.FOLLOWED_UP, SipStatus.ENDED),
    SipStatus.FOLLOWED_UP: (SipStatus.FOLLOWED_UP, SipStatus.ENDED),
}


def missing_for_establishing(sip: Sip, *, consent_problem: str = "") -> list[str]:
    """What rule R4 still lacks; empty when the SIP may be upprättad."""
    missing: list[str] = []
    if not [need for need in sip.needs if need.strip()]:
        missing.append(Phrase("behoven (vilka insatser som behövs)"))
    if not sip.actions:
        missing.append(Phrase("insatserna och vilken huvudman som svarar för varje"))
    for number, action in enumerate(sip.actions, start=1):
        lacking = [
            label
            for label, value in (
                (Phrase("vad insatsen är"), action.description),
                (Phrase("ansvarig verksamhet"), action.unit),
                (Phrase("kontaktperson"), action.contact),
                (Phrase("när"), action.when),
            )
            if not value.strip()
        ]
        if lacking:
            missing.append(
                Phrase("insats {number}: {lacking}", number=number, lacking=Joined(lacking))
            )
    if not sip.others_measures.strip():
        missing.append(
            Phrase(
                "åtgärder av andra än kommunen och regionen (skriv ”Inga” om det inte finns några)"
            )
        )
    if sip.lead_principal is None:
        missing.append(Phrase("vilken huvudman som har det övergripande ansvaret"))
    if sip.follow_up_on is None:
        missing.append(Phrase("datum för uppföljning"))
    if consent_problem:
        missing.append(
            Phrase("samtycke till SIP ({problem})", problem=shape(consent_problem, "no_dot"))
        )
    return missing


def check_draft(sip: Sip, *, today: dt.date) -> None:
    """What a SIP draft may never hold, even unfinished: an insats row that does not say
    what it is, or a follow-up date that has already passed (R4)."""
    for number, action in enumerate(sip.actions, start=1):
        if not action.description.strip():
            raise DomainError(
                Phrase(
                    "Insats {number} saknar beskrivning. Skriv vad insatsen är, eller ta bort "
                    "raden.",
                    number=number,
                )
            )
    if sip.follow_up_on is not None and sip.follow_up_on < today:
        raise DomainError(
            Phrase(
                "Uppföljningsdatumet {day} har redan passerat. Välj ett datum framåt i tiden.",
                day=sip.follow_up_on,
            )
        )


def move(sip: Sip, to: SipStatus, *, on: dt.date, consent_problem: str = "") -> Sip:
    if to not in NEXT.get(sip.status, ()):
        raise TransitionError(
            Phrase("En SIP kan inte gå från ”{old}” till ”{new}”.", old=sip.status, new=to)
        )
    if to is SipStatus.ESTABLISHED:
        missing = missing_for_establishing(sip, consent_problem=consent_problem)
        if missing:
            raise TransitionError(
                Phrase(
                    "SIP:en kan inte upprättas. Det saknas: {missing}.",
                    missing=Joined(missing, "; "),
                )
            )
        if sip.follow_up_on is not None and sip.follow_up_on <= on:
            raise TransitionError(Phrase("Uppföljningsdatumet ska ligga efter dagens datum."))
        return replace(sip, status=to, established_on=on)
    return replace(sip, status=to)
