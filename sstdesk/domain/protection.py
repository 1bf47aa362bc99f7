"""Skyddade personuppgifter: the one rule for what is masked, on screen and on paper.

Layer: domain. For a student with protected identity the school, the student's
address and every guardian's address are secrets; for a protected guardian,
that guardian's address. `Masker` blanks each secret wherever it occurs — in a
field, in a party's name, inside free text — whatever the letter case. The
window, the search index and the documents all mask through it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sstdesk.domain.model import Guardian, School, Student
from sstdesk.domain.phrase import Phrase

MASK = Phrase("[skyddad uppgift]")  # a phrase: said in the window's language
HIDDEN_IN_PRINT = "Skyddade personuppgifter – skrivs inte ut"
MIN_SECRET = 3  # shorter strings would blank ordinary words


def secrets(
    student: Student, school: School | None, guardians: Sequence[Guardian] = ()
) -> tuple[str, ...]:
    """What must never be shown or printed about this student, longest first."""
    hidden = [part for g in guardians if g.protected_identity for part in address_parts(g.address)]
    if student.protected_identity:
        hidden += [*address_parts(student.address), *(school_names(school.name) if school else ())]
        hidden += [part for g in guardians for part in address_parts(g.address)]
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


def address_parts(address: str) -> tuple[str, ...]:
    """An address and the parts people write alone: "Storgatan 12, 123 45 Farsta" is also
    "Storgatan 12" and "Storgatan" (the post town alone is not a secret)."""
    address = address.strip()
    if not address:
        return ()
    street = address.split(",")[0].strip()
    name = re.sub(r"\s*\d.*$", "", street).strip()
    return tuple(dict.fromkeys(p for p in (address, street, name) if len(p) >= MIN_STEM))


@dataclass(frozen=True)
class Masker:
    """Blanks every secret in a text. An empty Masker (nothing protected) changes nothing."""

    hidden: tuple[str, ...] = ()
    shown_as: str = MASK  # what stands in a secret's place (the window's own words for it)

    @classmethod
    def of(
        cls, student: Student, school: School | None, guardians: Sequence[Guardian] = ()
    ) -> Masker:
        return cls(secrets(student, school, guardians))

    def __bool__(self) -> bool:
        return bool(self.hidden)

    def __call__(self, text: str) -> str:
        if isinstance(text, Phrase) and self.hidden:
            masked = text.with_data(self)  # still a phrase, so it can be said in English
            if not self.contains_secret(masked):
                return masked
            text = str.__str__(text)
        for secret in self.hidden:
            text = replace_folded(text, secret, self.shown_as)
        # A value that was all secret is the mask itself, still a phrase.
        return MASK if text == self.shown_as == MASK else text

    def contains_secret(self, text: str) -> bool:
        folded = fold(text)
        return any(fold(secret) in folded for secret in self.hidden)


def fold(text: str) -> str:
    """Case and diacritics away: "Lärkparksskolan" and "LARKPARKSSKOLAN" read the same."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def replace_folded(text: str, secret: str, replacement: str) -> str:
    """`text` with every occurrence of `secret` replaced, whatever its case or diacritics."""
    target = fold(secret)
    if not target:
        return text
    folded, origin = [], []  # each folded character, and the original index it came from
    for index, ch in enumerate(text):
        for part in fold(ch):
            folded.append(part)
            origin.append(index)
    haystack = "".join(folded)
    out, start, at = [], 0, haystack.find(target)
    while at >= 0:
        first, last = origin[at], origin[at + len(target) - 1]
        if first >= start:
            out.append(text[start:first] + replacement)
            start = last + 1
        at = haystack.find(target, at + len(target))
    out.append(text[start:])
    return "".join(out)
