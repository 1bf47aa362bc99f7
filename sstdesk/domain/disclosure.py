"""Which printed document may carry what to whom: rule R1 applied to documents. Layer: domain.

Each document kind has recipients (the parties it is handed to) and the data
categories it carries. A *required* category is the point of the document: if
the consent does not let every recipient receive it, the document is refused
with the message that names the missing consent. An *optional* category is a
section the document leaves out, visibly, when the consent does not cover it.
The consent form and the register extract go to the student and the family
themselves, so no consent is needed for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sstdesk.domain.codes import DataCategory, DocumentKind, FactorArea, PartyKind, Principal
from sstdesk.domain.consent import ShareDecision
from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import Participant, SipAction
from sstdesk.domain.phrase import Phrase

HEALTHCARE = (PartyKind.BUP, PartyKind.FIRST_LINE, PartyKind.HABILITATION, PartyKind.PRIMARY_CARE)


@dataclass(frozen=True)
class Recipient:
    """A recipient a document goes to: any one of `parties` being covered is enough
    (a SIP reaches "the region" through whichever healthcare unit the consent names)."""

    parties: tuple[PartyKind, ...]


@dataclass(frozen=True)
class Policy:
    recipients: tuple[Recipient, ...]
    required: tuple[DataCategory, ...]
    optional: tuple[DataCategory, ...] = ()


@dataclass(frozen=True)
class Clearance:
    """What a document may print: the optional categories covered, and the consents used."""

    categories: frozenset[DataCategory]
    consent_ids: tuple[str, ...]
    omitted: tuple[DataCategory, ...] = ()
    # Who receives data under which consent: to be told if it is withdrawn (R3).
    recipients: tuple[tuple[str, PartyKind], ...] = ()

    def allows(self, category: DataCategory) -> bool:
        return category in self.categories


# What the mapping holds beyond "its results": the family's situation (the family factors,
# the guardians' own story) and health (the individual factors: anxiety, NPF, depression).
# Each goes out only when the consent, and every förbehåll, lets it.
FACTOR_CATEGORY = {
    FactorArea.FAMILY: DataCategory.FAMILY_SITUATION,
    FactorArea.INDIVIDUAL: DataCategory.STUDENT_HEALTH,
}
SENSITIVE_MAPPING = (DataCategory.FAMILY_SITUATION, DataCategory.STUDENT_HEALTH)


def factor_may_go(area: FactorArea, clearance: Clearance) -> bool:
    """May a mapping factor of this area be printed under this clearance?"""
    needed = FACTOR_CATEGORY.get(area)
    return clearance.allows(DataCategory.MAPPING) and (needed is None or clearance.allows(needed))


class DisclosureRefused(DomainError):
    """The student's consent does not cover what the document would carry."""


# may_share(party, category, on) -> ShareDecision, with the student's consents bound in.
ShareCheck = Callable[[PartyKind, DataCategory], ShareDecision]

NO_CONSENT_NEEDED = frozenset({DocumentKind.CONSENT_FORM, DocumentKind.REGISTER_EXTRACT})


# What the name of a verksamhet says about which party it is (the first match wins).
_NAMES = (
    ("bup", PartyKind.BUP),
    ("barn- och ungdomspsykiatri", PartyKind.BUP),
    ("första linjen", PartyKind.FIRST_LINE),
    ("habilitering", PartyKind.HABILITATION),
    ("vårdcentral", PartyKind.PRIMARY_CARE),
    ("primärvård", PartyKind.PRIMARY_CARE),
    ("skolsocial", PartyKind.SOCIAL_SERVICES),
    ("socialtjänst", PartyKind.SOCIAL_SERVICES),
    ("ifo", PartyKind.SOCIAL_SERVICES),
    ("polis", PartyKind.POLICE),
    ("fritid", PartyKind.LEISURE),
    ("skola", PartyKind.SCHOOL),
    ("elevhälsa", PartyKind.SCHOOL),
)
_UNITS = tuple(pair for pair in _NAMES if pair[1] in HEALTHCARE)


def party_named(organisation: str) -> PartyKind | None:
    """The party a verksamhet's name points to; None when it names none we know."""
    folded = organisation.casefold()
    return next((kind for word, kind in _NAMES if word in folded), None)


def sip_recipient(principal: Principal, unit: str = "") -> Recipient:
    """Who gets a copy of a SIP for one of its insatser: the unit, where its name says which
    healthcare unit it is; else any party of its huvudman."""
    if principal is Principal.REGION:
        named = tuple(kind for word, kind in _UNITS if word in unit.casefold())
        return Recipient(tuple(dict.fromkeys(named)) or HEALTHCARE)
    return Recipient(
        {
            Principal.MUNICIPALITY_SCHOOL: (PartyKind.SCHOOL,),
            Principal.MUNICIPALITY_SOCIAL: (PartyKind.SOCIAL_SERVICES,),
        }.get(principal, (PartyKind.OTHER,))
    )


def policy_for(
    kind: DocumentKind,
    *,
    sip_actions: Sequence[SipAction] = (),
    sip_participants: Sequence[Participant] = (),
) -> Policy:
    """The recipients and categories of a document. A SIP goes to healthcare, to every
    verksamhet that answers for one of its insatser, and to every verksamhet taking part
    in it: each of them must be covered."""
    school = Recipient((PartyKind.SCHOOL,))
    if kind is DocumentKind.EHK:
        return Policy(
            (school,),
            required=(DataCategory.ATTENDANCE,),
            optional=(DataCategory.MAPPING, DataCategory.PLAN, *SENSITIVE_MAPPING),
        )
    if kind is DocumentKind.ACTION_PLAN:
        return Policy(
            (school,),
            required=(DataCategory.PLAN,),
            optional=(DataCategory.MAPPING, DataCategory.ATTENDANCE, *SENSITIVE_MAPPING),
        )
    if kind is DocumentKind.SIP:
        recipients = [Recipient(HEALTHCARE)]
        recipients += [sip_recipient(a.principal, a.unit) for a in sip_actions]
        recipients += [
            Recipient((party_named(p.organisation) or PartyKind.OTHER,))
            for p in sip_participants
            if p.organisation.strip()
        ]
        if any(r.parties != HEALTHCARE and set(r.parties) <= set(HEALTHCARE) for r in recipients):
            recipients.remove(Recipient(HEALTHCARE))  # a named unit is the healthcare recipient
        return Policy(
            tuple(dict.fromkeys(recipients)),
            required=(DataCategory.PLAN,),
            optional=(DataCategory.ATTENDANCE,),
        )
    return Policy((), required=())


def clear(policy: Policy, check: ShareCheck, *, title: str) -> Clearance:
    """Rule R1 for one document: refuse with the missing consent named, or say which
    optional sections may be printed and on which consents the document rests."""
    used: list[tuple[str, PartyKind]] = []
    for category in policy.required:
        for recipient in policy.recipients:
            party, decision = _best(recipient, category, check)
            if not decision.allowed:
                raise DisclosureRefused(
                    Phrase(
                        "{title} kan inte skrivas ut. {why} Registrera ett samtycke som "
                        "omfattar den parten och de uppgifterna, eller välj ett annat dokument.",
                        title=title,
                        why=decision.message,
                    )
                )
            used.append((decision.consent_id, party))
    allowed = set(policy.required)
    omitted = []
    for category in policy.optional:
        found = [_best(r, category, check) for r in policy.recipients]
        if all(d.allowed for _, d in found):
            allowed.add(category)
            used.extend((d.consent_id, party) for party, d in found)
        else:
            omitted.append(category)
    recipients = tuple(dict.fromkeys(used))
    return Clearance(
        frozenset(allowed),
        tuple(dict.fromkeys(consent_id for consent_id, _ in recipients)),
        tuple(omitted),
        recipients,
    )


def _best(
    recipient: Recipient, category: DataCategory, check: ShareCheck
) -> tuple[PartyKind, ShareDecision]:
    """The first of the recipient's parties that may receive it, else the first refusal."""
    decisions = [(party, check(party, category)) for party in recipient.parties]
    return next((pd for pd in decisions if pd[1].allowed), decisions[0])


def unrestricted() -> Clearance:
    """For documents that go to the student and the family themselves."""
    return Clearance(frozenset(DataCategory), ())


def document_number(prefix: str, serial: str, on: dt.date) -> str:
    """A document id a person can read aloud on the phone: kind, date, 6 characters."""
    return f"{prefix}-{on:%y%m%d}-{serial[:6].upper()}"
