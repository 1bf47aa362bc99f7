"""What is due: the list a skolsocionom sees first after unlocking. Layer: domain.

Follow-ups, plan follow-up dates, consents that run out, boosterträffar and
gallring dates (a closed case in the research sample shows as kept instead),
recipients to tell of a withdrawn consent (R3), the one-month deadline of a
registerutdrag request (R11), meetings booked ahead and journal drafts not yet signed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sstdesk.domain.codes import ENDED_STAGES, ConsentStatus, PlanStatus, Stage
from sstdesk.domain.consent import EXPIRY_WARNING_DAYS, ConsentRecord, answers_state, withdrawn_on
from sstdesk.domain.model import (
    ActionPlan,
    Case,
    FollowUp,
    Guardian,
    Meeting,
    RegisterRequest,
    Student,
)
from sstdesk.domain.personnummer import birth_of
from sstdesk.domain.phrase import Phrase
from sstdesk.domain.retention import Research, research_sample, window
from sstdesk.domain.team import TeamSettings

PLAN_FOLLOW_UP_SLACK_DAYS = 14


class DueKind(StrEnum):
    FOLLOW_UP = "follow_up"
    PLAN_FOLLOW_UP = "plan_follow_up"
    CONSENT_EXPIRING = "consent_expiring"
    BOOSTER = "booster"
    GALLRING = "gallring"
    RESEARCH_KEPT = "research_kept"
    MEETING = "meeting"
    UNSIGNED_DRAFT = "unsigned_draft"
    NOTIFY_WITHDRAWAL = "notify_withdrawal"
    REGISTER_REQUEST = "register_request"


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything about one case that the due list looks at."""

    case: Case
    student: Student
    guardians: tuple[Guardian, ...] = ()
    consents: tuple[ConsentRecord, ...] = ()
    plans: tuple[ActionPlan, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    register_requests: tuple[RegisterRequest, ...] = ()
    # The personakt is gallrad as a whole: its latest entry, and whether any case is open.
    akt_last_entry: dt.date | None = None
    akt_open: bool = False
    # Meetings of the case (only kind and date are read) and the händelsedatum of each
    # journal draft not yet signed: the projection reads just these columns.
    meetings: tuple[Meeting, ...] = ()
    drafts: tuple[dt.date, ...] = ()


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


def due_for(
    snapshot: CaseSnapshot, *, today: dt.date, team: TeamSettings | None = None
) -> list[DueItem]:
    """What is due for one case, as seen on `today`."""
    return [item for item in potential_items(snapshot, team=team) if item.shown_on(today)]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day (31 January → 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def potential_items(snapshot: CaseSnapshot, *, team: TeamSettings | None = None) -> list[DueItem]:
    """Every due item of a case with the days it is shown, independent of today's date.

    So it can be stored when the case changes and still be right next month.
    """
    case, student = snapshot.case, snapshot.student
    team = team or TeamSettings()
    birth = birth_of(student.personnummer)
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
                add(DueKind.FOLLOW_UP, follow_up.due_on, Phrase("Uppföljning"))
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
                add(DueKind.PLAN_FOLLOW_UP, plan.follow_up_on, Phrase("Handlingsplanen följs upp"))
        valid = [
            record.consent
            for record in snapshot.consents
            if answers_state(record, guardians=snapshot.guardians, birth=birth).status
            is ConsentStatus.VALID
            and withdrawn_on(record.consent) is None
        ]
        last_end = max((c.valid_until for c in valid), default=None)
        for consent in valid:
            ends = consent.valid_until
            warn_from = max(consent.valid_from, ends - dt.timedelta(days=EXPIRY_WARNING_DAYS))
            # The consent that runs longest stays, late, once it has run out: the case goes
            # on without any, until a new one is recorded.
            add(
                DueKind.CONSENT_EXPIRING,
                ends,
                Phrase("Samtycket går ut {day}", day=ends),
                shown_from=warn_from,
                shown_until=None if ends == last_end else ends,
            )
    if case.stage not in ENDED_STAGES:
        for meeting in snapshot.meetings:
            # A meeting is on the day it is held; once past it is not "late", it is gone.
            add(
                DueKind.MEETING,
                meeting.held_on,
                Phrase(
                    "{kind} kl. {time}", kind=meeting.kind, time=meeting.starts_at.strftime("%H:%M")
                )
                if meeting.starts_at
                else Phrase("{kind}", kind=meeting.kind),
                shown_until=meeting.held_on,
            )
    if snapshot.drafts:
        # One line per case, dated by its oldest draft: a note is signed without delay, so
        # an old draft stays (late) until it is signed, whatever the stage.
        count = len(snapshot.drafts)
        add(
            DueKind.UNSIGNED_DRAFT,
            min(snapshot.drafts),
            Phrase.plural(
                count, "%n osignerad journalanteckning", "%n osignerade journalanteckningar"
            ),
        )
    if case.stage is Stage.CLOSED and case.booster_planned_on and not case.booster_held_on:
        add(DueKind.BOOSTER, case.booster_planned_on, Phrase("Boosterträff"))
    # R3: everyone who got data under a withdrawn consent is told, whatever the stage.
    for record in snapshot.consents:
        for withdrawal in record.consent.withdrawals:
            for party in withdrawal.pending():
                add(
                    DueKind.NOTIFY_WITHDRAWAL,
                    withdrawal.on,
                    Phrase("Meddela {party} att samtycket återkallats", party=party),
                )
    # R11: a registerutdrag is given within one month of the request.
    for request in snapshot.register_requests:
        if request.delivered_on is None:
            deadline = add_months(request.received_on, 1)
            add(
                DueKind.REGISTER_REQUEST,
                deadline,
                Phrase("Registerutdrag ska lämnas senast {day}", day=deadline),
            )
    last_entry = max(
        (d for d in (case.last_entry_on, snapshot.akt_last_entry) if d is not None), default=None
    )
    ended = case.stage in ENDED_STAGES | {Stage.CLOSED, Stage.BOOSTER}
    if ended and last_entry and not snapshot.akt_open:
        span = window(last_entry, private_provider=team.private_provider)
        kept = research_sample(birth, team.region)
        if kept is Research.YES:
            add(
                DueKind.RESEARCH_KEPT,
                span.earliest,
                Phrase("Bevaras (forskningsurval) – gallras inte"),
            )
        elif kept is Research.UNKNOWN:
            add(
                DueKind.RESEARCH_KEPT,
                span.earliest,
                Phrase(
                    "Födelsedagen är okänd – kan höra till forskningsurvalet och gallras inte "
                    "förrän det är utrett"
                ),
            )
        else:
            add(
                DueKind.GALLRING,
                span.earliest,
                Phrase(
                    "Gallras tidigast {earliest}, senast {latest}",
                    earliest=span.earliest,
                    latest=span.latest,
                ),
            )
    return items


def due_list(
    snapshots: Iterable[CaseSnapshot],
    *,
    today: dt.date,
    horizon_days: int = 7,
    team: TeamSettings | None = None,
    kinds: Sequence[DueKind] | None = None,
) -> list[DueItem]:
    """Everything due up to `horizon_days` from today (overdue included), soonest first."""
    limit = today + dt.timedelta(days=horizon_days)
    found = [
        item
        for snapshot in snapshots
        for item in due_for(snapshot, today=today, team=team)
        if item.due_on <= limit and (kinds is None or item.kind in kinds)
    ]
    return sorted(found, key=lambda item: (item.due_on, item.kind.value, item.student_id))
