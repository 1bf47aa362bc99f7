"""Läsårsskiftet: every student of the caseload one årskurs up, once a läsår. Layer: domain.

The team chooses the day the new läsår starts. A student in åk 7 goes to åk 8,
and a class written with the årskurs first ("7B", "7 b") follows ("8B").
A student in åk 9 leaves grundskolan: the årskurs is not raised, and an open
case is named so the socionom can write the student out (gymnasiebehörighet
is asked there). A student already moved up this läsår, on this laptop or a
colleague's, is never moved twice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from sstdesk.domain.codes import Stage
from sstdesk.domain.model import Student

LEAVING_GRADE = 9  # the last årskurs of grundskolan
YEAR_STARTS_MONTH = 7  # a date from July on belongs to the läsår that starts that autumn
ROLLOVER_ACTION = "student.rollover"  # the audit event, with the läsår as its reason

_CLASS = re.compile(r"^(\s*)(\d+)(.*)$", re.DOTALL)


def school_year(on: dt.date) -> str:
    """The läsår a date belongs to, as it is written: "2026/27"."""
    start = on.year if on.month >= YEAR_STARTS_MONTH else on.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def promoted_class(class_name: str, grade: int) -> str:
    """A class named after its årskurs follows it up; any other name stays as it is."""
    match = _CLASS.match(class_name)
    if match is None or int(match.group(2)) != grade:
        return class_name
    return f"{match.group(1)}{grade + 1}{match.group(3)}"


class Move(Enum):
    UP = "up"  # one årskurs up
    LEAVES = "leaves"  # åk 9: leaves grundskolan, the årskurs stays
    DONE = "done"  # already moved up this läsår


@dataclass(frozen=True)
class Promotion:
    """What the läsårsskifte does to one student of the caseload."""

    student_id: str
    name: str
    move: Move
    grade: int
    class_name: str
    new_grade: int
    new_class: str
    stage: Stage
    case_open: bool


def promotion(student: Student, *, stage: Stage, case_open: bool, done: bool) -> Promotion:
    if done:
        move = Move.DONE
    elif student.grade >= LEAVING_GRADE:
        move = Move.LEAVES
    else:
        move = Move.UP
    up = move is Move.UP
    return Promotion(
        student_id=student.id,
        name=student.full_name,
        move=move,
        grade=student.grade,
        class_name=student.class_name,
        new_grade=student.grade + 1 if up else student.grade,
        new_class=promoted_class(student.class_name, student.grade) if up else student.class_name,
        stage=stage,
        case_open=case_open,
    )


@dataclass(frozen=True)
class Rollover:
    """The preview (and, once done, the record) of one läsårsskifte."""

    on: dt.date
    year: str
    promotions: tuple[Promotion, ...]

    def of(self, move: Move) -> tuple[Promotion, ...]:
        return tuple(p for p in self.promotions if p.move is move)
