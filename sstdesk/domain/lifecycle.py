"""The case's status machine, with the guards of domain.md 7.2. Layer: domain.

aktualiserad → samtycke inhämtas → inskriven/kartläggning → planering →
genomförande ⇄ uppföljning → utskriven → booster → avslutad; avbrutet from
any open or closed stage. A refused move raises TransitionError saying why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sstdesk.domain.codes import ENDED_STAGES, Stage
from sstdesk.domain.errors import TransitionError
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import Case
from sstdesk.domain.phrase import Phrase, lowered

BOOSTER_AFTER_DAYS = 91  # a boosterträff about three months after closure

NEXT: dict[Stage, tuple[Stage, ...]] = {
    Stage.REFERRED: (Stage.CONSENT, Stage.NOT_ENROLLED),
    Stage.CONSENT: (Stage.MAPPING, Stage.NOT_ENROLLED),
    Stage.MAPPING: (Stage.PLANNING,),
    Stage.PLANNING: (Stage.INTERVENTION,),
    Stage.INTERVENTION: (Stage.FOLLOW_UP,),
    Stage.FOLLOW_UP: (Stage.INTERVENTION, Stage.CLOSED),
    Stage.CLOSED: (Stage.BOOSTER, Stage.FINISHED),
    Stage.BOOSTER: (Stage.FINISHED,),
}


@dataclass(frozen=True)
class CaseFacts:
    """What the guards need to know beyond the case itself; gathered by the service."""

    consent_covers_school: bool = False
    consent_problem: str = ""  # why not, from consent.may_share
    mapping_started: bool = False
    plan_established: bool = False
    plan_has_goal_and_intervention: bool = False
    follow_up_held: bool = False


def refusal(case: Case, to: Stage, *, facts: CaseFacts, reason: str = "") -> str | None:
    """Why `case` may not move to `to` now, or None when it may."""
    if case.stage in ENDED_STAGES:
        return Phrase("Ärendet är redan {stage} och kan inte ändras.", stage=lowered(case.stage))
    if to is Stage.CANCELLED:
        return None if reason.strip() else Phrase("Ange varför ärendet avbryts.")
    if to not in NEXT.get(case.stage, ()):
        return Phrase("Ett ärende kan inte gå från ”{old}” till ”{new}”.", old=case.stage, new=to)
    if to is Stage.NOT_ENROLLED and not reason.strip():
        return Phrase("Ange varför eleven inte skrivs in.")
    if to is Stage.MAPPING and not facts.consent_covers_school:
        if facts.consent_problem:
            return Phrase(
                "Eleven kan inte skrivas in förrän ett giltigt samtycke omfattar skolan. {why}",
                why=facts.consent_problem,
            )
        return Phrase("Eleven kan inte skrivas in förrän ett giltigt samtycke omfattar skolan.")
    if to is Stage.PLANNING and not facts.mapping_started:
        return Phrase("Påbörja kartläggningen innan planeringen.")
    if to is Stage.INTERVENTION and case.stage is Stage.PLANNING:
        if not facts.plan_established:
            return Phrase("Handlingsplanen måste fastställas innan genomförandet börjar.")
        if not facts.plan_has_goal_and_intervention:
            return Phrase("Handlingsplanen behöver minst ett mål och en insats.")
    if to is Stage.CLOSED and not facts.follow_up_held:
        return Phrase("Gör minst en uppföljning innan eleven skrivs ut.")
    if case.paused and to is not Stage.CANCELLED:
        return Phrase("Ärendet är pausat. Återuppta det först.")
    return None


def move(case: Case, to: Stage, *, on: dt.date, facts: CaseFacts, reason: str = "") -> Case:
    """Move to `to` on date `on`, or raise TransitionError saying why not."""
    why_not = refusal(case, to, facts=facts, reason=reason)
    if why_not:
        raise TransitionError(why_not)
    changes: dict[str, object] = {"stage": to}
    if to is Stage.MAPPING:
        changes["enrolled_on"] = on
    if to in (Stage.CANCELLED, Stage.NOT_ENROLLED):
        changes["cancel_reason"] = reason.strip()
    if to in ENDED_STAGES:
        changes["ended_on"] = on
    moved = replace(case, **changes)  # type: ignore[arg-type]
    return touch(moved, on)


def close(
    case: Case,
    *,
    on: dt.date,
    facts: CaseFacts,
    reason: str,
    absence_pct: float | None,
    goals_met: bool,
    upper_secondary_eligible: bool | None = None,
    booster_planned_on: dt.date | None = None,
) -> Case:
    """Utskrivning: the date, the reason and the outcome; plans the boosterträff."""
    if not reason.strip():
        raise TransitionError(Phrase("Ange anledningen till utskrivningen."))
    if on < (case.enrolled_on or case.referral_date):
        raise TransitionError(Phrase("Utskrivningsdatumet ligger före inskrivningen."))
    moved = move(case, Stage.CLOSED, on=on, facts=facts)
    return replace(
        moved,
        closed_on=on,
        closure_reason=reason.strip(),
        closure_absence_pct=absence_pct,
        goals_met=goals_met,
        upper_secondary_eligible=upper_secondary_eligible,
        booster_planned_on=booster_planned_on or on + dt.timedelta(days=BOOSTER_AFTER_DAYS),
    )


def record_booster(case: Case, *, on: dt.date, facts: CaseFacts) -> Case:
    if case.closed_on and on < case.closed_on:
        raise TransitionError(
            Phrase(
                "Boosterträffen kan inte hållas före utskrivningen {closed_on}.",
                closed_on=format_date(case.closed_on),
            )
        )
    return replace(move(case, Stage.BOOSTER, on=on, facts=facts), booster_held_on=on)


def touch(case: Case, on: dt.date) -> Case:
    """A new entry on the case: restarts the gallring clock (domain.md 7.2)."""
    if case.last_entry_on and case.last_entry_on >= on:
        return case
    return replace(case, last_entry_on=on)


def is_open(case: Case) -> bool:
    return case.stage not in ENDED_STAGES and case.stage not in (Stage.CLOSED, Stage.BOOSTER)
