"""Skyddade personuppgifter: the one rule for what is masked, on screen and on paper.

Layer: domain. For a student with protected identity the school, the student's
address and every guardian's address are secrets; for a protected guardian,
that guardian's address. `Masker` blanks each secret wherever it occurs — in a
field, in a party's name, inside free text — whatever the letter case. The
window, the search index and the documents all mask through it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sstdesk.domain.model import Guardian, School, Student

MASK = "[skyddad uppgift]"
HIDDEN_ON_SCREEN = "Skyddad – visas inte"
HIDDEN_IN_PRINT = "Skyddade personuppgifter – skrivs inte ut"
MIN_SECRET = 3  # shorter strings would blank ordinary words


def secrets(
    student: Student, school: School | None, guardians: Sequence[Guardian] = ()
) -> tuple[str, ...]:
    """What must never be shown or printed about this student, longest first."""
    hidden = [g.address for g in guardians if g.protected_identity]
    if student.protected_identity:
        hidden += [student.address, *(school_names(school.name) if school else ())]
        hidden += [g.address for g in guardians]
    cleaned = {h.strip() for h in hidden if len(h.strip()) >= MIN_SECRET}
    # Longest first, so "Solbergaskolan Norra" goes before "Solbergaskolan".
    return tuple(sorted(cleaned, key=lambda s: (-len(s), s)))


_SCHOOL_WORDS = re.compile(r"\s*(skolan|skola|skolorna)$", re.IGNORECASE)
MIN_STEM = 5


def school_names(name: str) -> tuple[str, ...]:
    """A school's name and the ways people also write it: "Lärkparksskolan" is also
    "Lärkparks skola", "Lärkparkskolan" and plain "Lärkpark"."""
    stem = _SCHOOL_WORDS.sub("", name.strip())
    root = stem[:-1] if stem.endswith("s") else stem
    if len(root) < MIN_STEM:
        return (name,)
    forms = {name, root, f"{root}s"}
    forms |= {
        f"{base}{tail}" for base in (root, f"{root}s") for tail in ("skolan", " skolan", " skola")
    }
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def is_protected(student: Student, guardians: Sequence[Guardian] = ()) -> bool:
    return student.protected_identity or any(g.protected_identity for g in guardians)


@dataclass(frozen=True)
class Masker:
    """Blanks every secret in a text. An empty Masker (nothing protected) changes nothing."""

    hidden: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, student: Student, school: School | None, guardians: Sequence[Guardian] = ()
    ) -> Masker:
        return cls(secrets(student, school, guardians))

    def __bool__(self) -> bool:
        return bool(self.hidden)

    def __call__(self, text: str) -> str:
        for secret in self.hidden:
            text = replace_folded(text, secret, MASK)
        return text

    def contains_secret(self, text: str) -> bool:
        folded = text.casefold()
        return any(secret.casefold() in folded for secret in self.hidden)


def replace_folded(text: str, secret: str, replacement: str) -> str:
    """`text` with every occurrence of `secret` replaced, ignoring letter case."""
    lowered, target = text.casefold(), secret.casefold()
    if target not in lowered:
        return text
    if len(lowered) != len(text) or len(target) != len(secret):
        return text.replace(secret, replacement)  # casefolding changed a length (ß → ss)
    out, start = [], 0
    while (found := lowered.find(target, start)) >= 0:
        out.append(text[start:found] + replacement)
        start = found + len(target)
    out.append(text[start:])
    return "".join(out)
