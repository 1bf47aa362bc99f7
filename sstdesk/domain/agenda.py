"""Att göra as an agenda: what is due, grouped the way a working week reads. Layer: domain.

Försenat (late), Idag, Denna vecka (tomorrow to Sunday) and Senare (up to
`HORIZON_DAYS` ahead). Each line says which tab of the student page it belongs
to, so a click opens the student where the work is done.

Gallring and the research sample are left out on purpose. They belong to the
records, not to a social worker's week: the dates lie years ahead, they are
carried out through the team's gallring routine, and nothing about them can be
done this week. In the agenda they would only push the real work down and make
the count lie. They stay on the student's case (`due_for`), where the record is
looked at as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sstdesk.domain.consent import EXPIRY_WARNING_DAYS
from sstdesk.domain.due import DueItem, DueKind

# How far ahead the agenda looks: as far as a consent is warned of, so a consent that
# runs out in 25 days is there, and one horizon holds for every kind.
HORIZON_DAYS = EXPIRY_WARNING_DAYS

# What belongs to the records, not to the week (see the module's docstring).
RECORD_KINDS = frozenset({DueKind.GALLRING, DueKind.RESEARCH_KEPT})

# Appointments: they are in the agenda, but attending is not a task to tick off.
APPOINTMENT_KINDS = frozenset({DueKind.MEETING})


class Group(StrEnum):
    OVERDUE = "overdue"  # Försenat
    TODAY = "today"  # Idag
    THIS_WEEK = "this_week"  # Denna vecka
    LATER = "later"  # Senare


GROUP_ORDER = (Group.OVERDUE, Group.TODAY, Group.THIS_WEEK, Group.LATER)

# The student page's tab where each kind is dealt with ("" leaves the page as it opens).
TAB = {
    DueKind.FOLLOW_UP: "follow_up",
    DueKind.PLAN_FOLLOW_UP: "planning",
    DueKind.CONSENT_EXPIRING: "consent",
    DueKind.NOTIFY_WITHDRAWAL: "consent",
    DueKind.BOOSTER: "booster",
    DueKind.MEETING: "meetings",
    DueKind.UNSIGNED_DRAFT: "journal",
    DueKind.REGISTER_REQUEST: "",
    DueKind.GALLRING: "",
    DueKind.RESEARCH_KEPT: "",
}


def group_of(day: dt.date, today: dt.date) -> Group:
    if day < today:
        return Group.OVERDUE
    if day == today:
        return Group.TODAY
    sunday = today + dt.timedelta(days=6 - today.weekday())
    return Group.THIS_WEEK if day <= sunday else Group.LATER


def in_agenda(item: DueItem, today: dt.date, *, horizon_days: int = HORIZON_DAYS) -> bool:
    """Shown today, not a records matter, and due within the horizon (late ones stay)."""
    return (
        item.kind not in RECORD_KINDS
        and item.shown_on(today)
        and item.due_on <= today + dt.timedelta(days=horizon_days)
    )


@dataclass(frozen=True)
class Entry:
    """One line of the agenda: what, when, whose, and where on the student page."""

    item: DueItem
    name: str
    group: Group
    tab: str
    days_left: int  # from today to the date; negative when late
    task: bool  # something to do, not an appointment to attend

    @property
    def student_id(self) -> str:
        return self.item.student_id


def agenda(
    rows: Iterable[tuple[DueItem, str]],
    *,
    today: dt.date,
    horizon_days: int = HORIZON_DAYS,
) -> tuple[Entry, ...]:
    """The agenda of (item, the student's name as shown) pairs, soonest first."""
    entries = [
        Entry(
            item=item,
            name=name,
            group=group_of(item.due_on, today),
            tab=TAB.get(item.kind, ""),
            days_left=(item.due_on - today).days,
            task=item.kind not in APPOINTMENT_KINDS,
        )
        for item, name in rows
        if in_agenda(item, today, horizon_days=horizon_days)
    ]
    # Within a day: appointments first (they have a time to keep), then by name.
    entries.sort(key=lambda e: (e.item.due_on, e.task, e.name, e.item.kind.value))
    return tuple(entries)


def grouped(entries: Sequence[Entry]) -> list[tuple[Group, list[Entry]]]:
    """The groups that hold something, in reading order."""
    by_group: dict[Group, list[Entry]] = {g: [] for g in GROUP_ORDER}
    for entry in entries:
        by_group[entry.group].append(entry)
    return [(g, by_group[g]) for g in GROUP_ORDER if by_group[g]]


def to_do(entries: Sequence[Entry]) -> int:
    """The honest count for the heading: tasks that are late or due by Sunday, not every
    line (a meeting is attended, a consent running out next month is a heads-up)."""
    return sum(1 for e in entries if e.task and e.group is not Group.LATER)
