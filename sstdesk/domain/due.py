"""What is due: the list a skolsocionom sees first after unlocking. Layer: domain.

Follow-ups, plan follow-up dates, consents that run out, boosterträffar and
gallring dates; a closed case in the research sample shows as kept instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sstdesk.domain.codes import ENDED_STAGES, ConsentStatus, PlanStatus, Stage
from sstdesk.domain.consent import EXPIRY_WARNING_DAYS, ConsentRecord, answers_state
from sstdesk.domain.formatting import format_date
from sstdesk.domain.model import ActionPlan, Case, FollowUp, Guardian, Student
from sstdesk.domain.personnummer import Personnummer
from sstdesk.domain.retention import is_research_sample, window

PLAN_FOLLOW_UP_SLACK_DAYS = 14


class DueKind(StrEnum):
    FOLLOW_UP = "follow_up"
    PLAN_FOLLOW_UP = "plan_follow_up"
    CONSENT_EXPIRING = "consent_expiring"
    BOOSTER = "booster"
    GALLRING = "gallring"
    RESEARCH_KEPT = "research_kept"


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything about one case that the due list looks at."""

    case: Case
    student: Student
    guardians: tuple[Guardian, ...] = ()
    consents: tuple[ConsentRecord, ...] = ()
    plans: tuple[ActionPlan, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    due_on: dt.date
    student_id: str
    case_id: str
    text: str  # Swedish, no personal data: the UI puts the name beside it
    shown_from: dt.date | None = None  # None: from the start (overdue items stay)
    shown_until: dt.date | None = None

    def shown_on(self, today: dt.date) -> bool:
        return (self.shown_from is None or self.shown_from <= today) and (
            self.shown_until is None or today <= self.shown_until
        )


def due_for(snapshot: CaseSnapshot, *, today: dt.date, region: str = "") -> list[DueItem]:
    """What is due for one case, as seen on `today`."""
    return [item for item in potential_items(snapshot, region=region) if item.shown_on(today)]


def potential_items(snapshot: CaseSnapshot, *, region: str = "") -> list[DueItem]:
    """Every due item of a case with the days it is shown, independent of today's date.

    So it can be stored when the case changes and still be right next month.
    """
    case, student = snapshot.case, snapshot.student
    items: list[DueItem] = []

    def add(
        kind: DueKind,
        on: dt.date,
        text: str,
        *,
        shown_from: dt.date | None = None,
        shown_until: dt.date | None = None,
    ) -> None:
        items.append(DueItem(kind, on, student.id, case.id, text, shown_from, shown_until))

    if case.stage not in ENDED_STAGES and case.stage not in (Stage.CLOSED, Stage.BOOSTER):
        for follow_up in snapshot.follow_ups:
            if follow_up.held_on is None:
                add(DueKind.FOLLOW_UP, follow_up.due_on, "Uppföljning")
        held = [f.held_on for f in snapshot.follow_ups if f.held_on]
        for plan in snapshot.plans:
            if not plan.follow_up_on or plan.status not in (
                PlanStatus.ESTABLISHED,
                PlanStatus.REVISED,
            ):
                continue
            # A follow-up held close to (or after) the planned date is that follow-up.
            window_start = plan.follow_up_on - dt.timedelta(days=PLAN_FOLLOW_UP_SLACK_DAYS)
            if not any(day >= window_start for day in held):
                add(DueKind.PLAN_FOLLOW_UP, plan.follow_up_on, "Handlingsplanen följs upp")
        for record in snapshot.consents:
            consent = record.consent
            answers = answers_state(
                record, guardians=snapshot.guardians, birth_date=_birth(student)
            )
            if answers.status is not ConsentStatus.VALID or consent.withdrawn_on is not None:
                continue
            ends = consent.valid_until
            warn_from = max(consent.valid_from, ends - dt.timedelta(days=EXPIRY_WARNING_DAYS))
            add(
                DueKind.CONSENT_EXPIRING,
                ends,
                f"Samtycket går ut {format_date(ends)}",
                shown_from=warn_from,
                shown_until=ends,
            )
    if case.stage is Stage.CLOSED and case.booster_planned_on and not case.booster_held_on:
        add(DueKind.BOOSTER, case.booster_planned_on, "Boosterträff")
    if case.stage in ENDED_STAGES | {Stage.CLOSED, Stage.BOOSTER} and case.last_entry_on:
        if is_research_sample(_birth(student), region):
            add(
                DueKind.RESEARCH_KEPT,
                window(case.last_entry_on).earliest,
                "Bevaras (forskningsurval) – gallras inte",
            )
        else:
            span = window(case.last_entry_on)
            add(
                DueKind.GALLRING,
                span.earliest,
                f"Gallras tidigast {format_date(span.earliest)}, senast {format_date(span.latest)}",
            )
    return items


def due_list(
    snapshots: Iterable[CaseSnapshot],
    *,
    today: dt.date,
    horizon_days: int = 7,
    region: str = "",
    kinds: Sequence[DueKind] | None = None,
) -> list[DueItem]:
    """Everything due up to `horizon_days` from today (overdue included), soonest first."""
    limit = today + dt.timedelta(days=horizon_days)
    found = [
        item
        for snapshot in snapshots
        for item in due_for(snapshot, today=today, region=region)
        if item.due_on <= limit and (kinds is None or item.kind in kinds)
    ]
    return sorted(found, key=lambda item: (item.due_on, item.kind.value, item.student_id))


def _birth(student: Student) -> dt.date:
    return Personnummer(student.personnummer).birth_date
