"""What a service call changed, for the views to refresh only what they show (as Anki's
OpChanges do). Layer: services."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    students: frozenset[str] = frozenset()  # whose file and caseload row changed
    everyone: bool = False  # every row may have changed (the team's settings, a läsårsskifte)

    def touches(self, student_id: str) -> bool:
        return self.everyone or student_id in self.students

    def __bool__(self) -> bool:
        return self.everyone or bool(self.students)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.students | other.students, self.everyone or other.everyone)


NOTHING = Changes()
