"""Att göra as an agenda: the groups, the 30-day horizon, which items, the honest count."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sstdesk.domain import agenda
from sstdesk.domain.agenda import Group
from sstdesk.domain.codes import (
    Answer,
    DataCategory,
    MeetingKind,
    PartyKind,
    SignatoryRole,
    Stage,
)
from sstdesk.domain.consent import ConsentRecord
from sstdesk.domain.due import CaseSnapshot, DueItem, DueKind, potential_items
from sstdesk.domain.model import Consent, Guardian, Meeting, Party, Signatory
from tests.domain.test_journal_retention_due import snapshot

TUESDAY = dt.date(2026, 12, 1)  # the clock of every case below


def day(offset: int) -> dt.date:
    return TUESDAY + dt.timedelta(days=offset)


def item(kind: DueKind, on: dt.date, **changes: object) -> DueItem:
    return replace(DueItem(kind, on, "s", "c", "x"), **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("offset", "group"),
    [
        (-30, Group.OVERDUE),
        (-1, Group.OVERDUE),
        (0, Group.TODAY),
        (1, Group.THIS_WEEK),  # Wednesday
        (5, Group.THIS_WEEK),  # Sunday ends the week
        (6, Group.LATER),  # next Monday
        (29, Group.LATER),
    ],
)
def test_a_date_falls_in_one_group(offset: int, group: Group) -> None:
    assert agenda.group_of(day(offset), TUESDAY) is group


@pytest.mark.parametrize(
    ("today", "monday_after", "group"),
    [
        (dt.date(2026, 12, 6), dt.date(2026, 12, 7), Group.LATER),  # on Sunday, Monday is later
        (dt.date(2026, 11, 30), dt.date(2026, 12, 6), Group.THIS_WEEK),  # Monday → Sunday
    ],
)
def test_the_week_is_the_calendar_week(today: dt.date, monday_after: dt.date, group: Group) -> None:
    assert agenda.group_of(monday_after, today) is group


@pytest.mark.parametrize(
    ("due", "shown", "why"),
    [
        (item(DueKind.FOLLOW_UP, day(-10)), True, "late work stays"),
        (item(DueKind.FOLLOW_UP, day(30)), True, "the horizon's last day"),
        (item(DueKind.FOLLOW_UP, day(31)), False, "beyond the 30-day horizon"),
        (item(DueKind.BOOSTER, day(60)), False, "a booster two months ahead"),
        (
            item(DueKind.CONSENT_EXPIRING, day(25), shown_from=day(-5), shown_until=day(25)),
            True,
            "a consent that runs out in 25 days",
        ),
        (
            item(DueKind.CONSENT_EXPIRING, day(-1), shown_from=day(-31), shown_until=day(-1)),
            False,
            "a consent already run out is no longer 'running out'",
        ),
        (item(DueKind.MEETING, day(0), shown_until=day(0)), True, "a meeting today"),
        (item(DueKind.MEETING, day(-1), shown_until=day(-1)), False, "yesterday's meeting"),
        (item(DueKind.UNSIGNED_DRAFT, day(-20)), True, "an old draft"),
        (item(DueKind.REGISTER_REQUEST, day(12)), True, "a registerutdrag deadline"),
        (item(DueKind.NOTIFY_WITHDRAWAL, day(-2)), True, "recipients to tell"),
        (item(DueKind.GALLRING, day(3)), False, "gallring belongs to the records"),
        (item(DueKind.RESEARCH_KEPT, day(-3)), False, "so does the research sample"),
    ],
)
def test_what_the_agenda_holds(due: DueItem, shown: bool, why: str) -> None:
    assert agenda.in_agenda(due, TUESDAY) is shown, why


@pytest.mark.parametrize(
    ("kind", "tab", "task"),
    [
        (DueKind.MEETING, "meetings", False),
        (DueKind.UNSIGNED_DRAFT, "journal", True),
        (DueKind.CONSENT_EXPIRING, "consent", True),
        (DueKind.NOTIFY_WITHDRAWAL, "consent", True),
        (DueKind.FOLLOW_UP, "follow_up", True),
        (DueKind.PLAN_FOLLOW_UP, "planning", True),
        (DueKind.BOOSTER, "booster", True),
        (DueKind.REGISTER_REQUEST, "", True),
    ],
)
def test_each_line_knows_its_tab_and_whether_it_is_a_task(
    kind: DueKind, tab: str, task: bool
) -> None:
    (entry,) = agenda.agenda([(item(kind, day(2)), "Alva")], today=TUESDAY)
    assert (entry.tab, entry.task, entry.days_left, entry.group) == (
        tab,
        task,
        2,
        Group.THIS_WEEK,
    )


def test_groups_in_reading_order_empty_ones_left_out_and_an_honest_count() -> None:
    rows = [
        (item(DueKind.CONSENT_EXPIRING, day(25), shown_from=day(-5)), "Cecilia"),
        (item(DueKind.UNSIGNED_DRAFT, day(0)), "Bo"),
        (item(DueKind.MEETING, day(0), shown_until=day(0)), "Bo"),
        (item(DueKind.FOLLOW_UP, day(-3)), "Ali"),
        (item(DueKind.GALLRING, day(1)), "Dana"),
    ]
    entries = agenda.agenda(rows, today=TUESDAY)
    groups = agenda.grouped(entries)
    assert [(g, [(e.name, e.item.kind) for e in lines]) for g, lines in groups] == [
        (Group.OVERDUE, [("Ali", DueKind.FOLLOW_UP)]),
        # The meeting first on its day: it has a time to keep.
        (Group.TODAY, [("Bo", DueKind.MEETING), ("Bo", DueKind.UNSIGNED_DRAFT)]),
        (Group.LATER, [("Cecilia", DueKind.CONSENT_EXPIRING)]),
    ]
    # Late work and today's draft; not the meeting, not next month's consent.
    assert agenda.to_do(entries) == 2
    assert agenda.agenda([], today=TUESDAY) == ()
    assert agenda.grouped(()) == []


def _meeting(on: dt.date, kind: MeetingKind = MeetingKind.EHK) -> Meeting:
    return Meeting(case_id="c", kind=kind, held_on=on)


@pytest.mark.parametrize(
    ("stage", "meetings", "drafts", "expected"),
    [
        (
            Stage.INTERVENTION,
            (_meeting(day(0)), _meeting(day(3), MeetingKind.NETWORK)),
            (),
            [
                (DueKind.MEETING, day(0), "Elevhälsokonferens"),
                (DueKind.MEETING, day(3), "Nätverksmöte"),
            ],
        ),
        (
            Stage.CLOSED,
            (_meeting(day(9), MeetingKind.BOOSTER),),
            (),
            [(DueKind.MEETING, day(9), "Boosterträff")],
        ),
        (Stage.CANCELLED, (_meeting(day(2)),), (), []),  # an ended case has no meetings ahead
        (
            Stage.MAPPING,
            (),
            (day(-4), day(0)),
            [(DueKind.UNSIGNED_DRAFT, day(-4), "2 osignerade journalanteckningar")],
        ),
        (
            Stage.CANCELLED,  # a draft is signed whatever the stage
            (),
            (day(-1),),
            [(DueKind.UNSIGNED_DRAFT, day(-1), "1 osignerad journalanteckning")],
        ),
    ],
)
def test_meetings_and_drafts_become_due_items(
    stage: Stage,
    meetings: tuple[Meeting, ...],
    drafts: tuple[dt.date, ...],
    expected: list[tuple[DueKind, dt.date, str]],
) -> None:
    base = snapshot(stage)
    snap = replace(base, meetings=meetings, drafts=drafts)
    found = [
        (i.kind, i.due_on, i.text)
        for i in potential_items(snap)
        if i.kind in (DueKind.MEETING, DueKind.UNSIGNED_DRAFT)
    ]
    assert found == expected


def test_a_consent_running_out_in_25_days_is_in_the_agenda_with_its_days_left() -> None:
    base = snapshot(Stage.INTERVENTION)
    guardian = Guardian(student_id="s", name="Mamma", id="g")
    consent = Consent(
        case_id="c",
        purpose="SST",
        parties=(Party(PartyKind.SCHOOL),),
        categories=(DataCategory.ATTENDANCE,),
        valid_from=dt.date(2026, 1, 5),
        valid_until=day(25),
        informed_of_rights=True,
        single_guardian_reason="Mamma har ensam vårdnad.",
    )
    answers = tuple(
        Signatory(
            consent_id=consent.id,
            role=role,
            name=name,
            answer=Answer.YES,
            signed_on=dt.date(2026, 1, 5),
            guardian_id=gid,
        )
        for role, name, gid in (
            (SignatoryRole.GUARDIAN, "Mamma", "g"),
            (SignatoryRole.STUDENT, "A", ""),
        )
    )
    snap = CaseSnapshot(
        case=base.case,
        student=base.student,
        guardians=(guardian,),
        consents=(ConsentRecord(consent, answers),),
    )
    rows = [(i, "A B") for i in potential_items(snap)]
    (entry,) = agenda.agenda(rows, today=TUESDAY)
    assert (entry.item.kind, entry.group, entry.days_left, entry.tab) == (
        DueKind.CONSENT_EXPIRING,
        Group.LATER,
        25,
        "consent",
    )
    # The week before it would not have been there yet. Once run out it stays, late: the
    # case goes on without a consent until a new one is recorded.
    assert agenda.agenda(rows, today=day(-6)) == ()
    (late,) = agenda.agenda(rows, today=day(40))
    assert (late.group, late.days_left) == (Group.OVERDUE, -15)
    renewed = replace(consent, id="k2", valid_from=day(20), valid_until=day(300))
    again = replace(
        snap,
        consents=(
            ConsentRecord(consent, answers),
            ConsentRecord(renewed, tuple(replace(a, consent_id="k2") for a in answers)),
        ),
    )
    rows = [(i, "A B") for i in potential_items(again)]
    assert agenda.agenda(rows, today=day(40)) == ()  # the old one is no longer anyone's task
