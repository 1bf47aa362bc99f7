"""The same child registered on two laptops: found, shown, and merged by the person.

Two laptops can each register a child before either has synced; after sync both
records are on every laptop. Merging keeps one student and moves everything of
the other to it: both case histories, the guardians, the register requests.
The student kept is the one with the smaller id, so that two colleagues
merging the same pair at once make the same change and nothing is deleted
twice. Where the two records say different things, the kept record's value
stays and the other becomes a conflict for the person to choose; skyddade
personuppgifter is kept if either record has it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace

from sstdesk.domain.errors import DomainError
from sstdesk.domain.model import Case, Guardian, RegisterRequest, Student
from sstdesk.domain.phrase import Phrase
from sstdesk.services import projection
from sstdesk.services.caseload import CaseloadService
from sstdesk.vault.repository import Repository

MOVED = (Case, Guardian, RegisterRequest)  # what points at a student
SAME_PERSON = ("personnummer", "id")  # not compared: the same child, or what is merged


@dataclass(frozen=True)
class Duplicate:
    personnummer: str
    students: tuple[Student, ...]  # the one kept first


def find(repo: Repository) -> list[Duplicate]:
    rows = repo.conn.execute(
        "SELECT personnummer FROM students GROUP BY personnummer HAVING count(*) > 1 "
        "ORDER BY personnummer"
    ).fetchall()
    return [
        Duplicate(pnr, tuple(sorted(repo.find(Student, personnummer=pnr), key=lambda s: s.id)))
        for (pnr,) in rows
    ]


def merge(caseload: CaseloadService, personnummer: str) -> Student:
    """One student of the personnummer, holding everything the duplicates held."""
    vault = caseload.vault
    with vault.transaction() as repo:
        found = sorted(repo.find(Student, personnummer=personnummer), key=lambda s: s.id)
        if len(found) < 2:
            raise DomainError(Phrase("Eleven är redan ihopslagen."))
        kept, others = found[0], found[1:]
        merged = kept
        now = vault.clock().isoformat(timespec="seconds")
        for other in others:
            merged = _combine(repo, merged, other, now)
            for cls in MOVED:
                for item in repo.find(cls, student_id=other.id):
                    repo.put(replace(item, student_id=kept.id))  # type: ignore[type-var]
        repo.put(merged)
        for other in others:
            repo.delete(Student, other.id)
            repo.unindex_student(other.id)
        repo.reindex_student(kept.id)
        projection.refresh(repo, [kept.id])
        vault.audit_in("student.merged", student_id=kept.id, reason=str(len(others)))
    return merged


def _combine(repo: Repository, kept: Student, other: Student, now: str) -> Student:
    """The kept record, with what only the other one says; both values of a field that
    differs become a conflict the person resolves in the sync view."""
    values = {}
    for item in fields(Student):
        name = item.name
        mine, theirs = getattr(kept, name), getattr(other, name)
        if name in SAME_PERSON or mine == theirs:
            continue
        if name == "protected_identity":
            values[name] = mine or theirs
        elif mine in ("", None):
            values[name] = theirs
        elif theirs not in ("", None):
            repo.conn.execute(
                "INSERT INTO sync_conflicts (record_id, kind, field, mine, theirs, their_device, "
                "their_version, found_at) VALUES (?, 'students', ?, ?, ?, '', 0, ?)",
                (kept.id, name, _stored(mine), _stored(theirs), now),
            )
    return replace(kept, **values)


def _stored(value: object) -> str:
    """As the conflicts table holds a field: the stored value, as JSON."""
    code = int(value) if isinstance(value, bool) else getattr(value, "value", value)
    return json.dumps(code, ensure_ascii=False)
