"""Three-way merge of one record, field by field, from the common base. No I/O.

A field changed on one side only takes that side's value; changed alike on
both, that value. Changed differently on both: a conflict — this device's
value stays until the person chooses, and nothing is dropped. Consent,
closure and protected identity are never merged automatically: a remote change
there meets a local change anywhere in the record as a conflict. Protected
identity meanwhile takes the protecting value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Content = dict[str, Any]

# kind → the fields a person must decide on; None: every field of the record.
SENSITIVE: dict[str, frozenset[str] | None] = {
    "consents": None,
    "signatories": None,
    "cases": frozenset(
        {"stage", "closed_on", "closure_reason", "closure_absence_pct", "ended_on", "cancel_reason"}
    ),
    "students": frozenset({"protected_identity"}),
    "guardians": frozenset({"protected_identity"}),
}
PROTECTIVE = frozenset({"protected_identity"})


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: Any
    theirs: Any


def merge(
    kind: str, base: Content | None, mine: Content, theirs: Content
) -> tuple[Content, list[FieldConflict]]:
    base = base or {}
    merged: Content = {}
    conflicts: list[FieldConflict] = []
    sensitive = SENSITIVE.get(kind, frozenset())
    changed_here = any(mine.get(f) != base.get(f) for f in mine.keys() | base.keys())
    for field in mine.keys() | theirs.keys():
        b, m, t = base.get(field), mine.get(field), theirs.get(field)
        guarded = sensitive is None or field in sensitive
        if m == t:
            merged[field] = m
        elif m == b and not (guarded and changed_here):
            merged[field] = t
        elif t == b:
            merged[field] = m
        else:
            conflicts.append(FieldConflict(field, m, t))
            merged[field] = (1 if m or t else 0) if field in PROTECTIVE else m
    return merged, conflicts
