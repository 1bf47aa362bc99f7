"""Which column holds what: guessed from the headers, corrected by the person,
remembered per school by header name (so a reordered export still fits)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum


class Unit(StrEnum):
    PERCENT = "percent"
    MINUTES = "minutes"
    LESSONS = "lessons"

    @property
    def label(self) -> str:
        return {"percent": "Procent", "minutes": "Minuter", "lessons": "Lektioner"}[self.value]


# The fields a column can be mapped to, with their Swedish names for the mapping step.
FIELDS: dict[str, str] = {
    "personnummer": "Personnummer",
    "name": "Namn",
    "period_start": "Period från",
    "period_end": "Period till",
    "total": "Total frånvaro",
    "valid": "Giltig frånvaro",
    "invalid": "Ogiltig frånvaro",
    "scheduled": "Schemalagd tid (minuter eller lektioner)",
}

# Checked in this order: "ogiltig" must win over "giltig", "schemalagd tid totalt" over "total".
_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("personnummer", ("personnummer", "personnr", "pnr", "person-nr")),
    ("invalid", ("ogiltig", "oanmäld", "olovlig")),
    ("valid", ("giltig", "anmäld", "lovlig")),
    ("scheduled", ("schemalagd", "schematid", "lektioner totalt", "antal lektioner", "total tid")),
    ("total", ("total", "frånvaro totalt", "frånvaro")),
    ("period_start", ("från", "fr.o.m", "start", "period start")),
    ("period_end", ("till", "t.o.m", "slut", "period slut")),
    ("name", ("namn", "elev")),
)


@dataclass(frozen=True)
class ColumnMapping:
    """Column indexes (None: not in the file) and the unit the absence is given in."""

    personnummer: int | None = None
    name: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    total: int | None = None
    valid: int | None = None
    invalid: int | None = None
    scheduled: int | None = None
    unit: Unit = Unit.PERCENT

    def missing(self) -> list[str]:
        """What the mapping still lacks, in Swedish; empty when it can be used."""
        lacking = []
        if self.personnummer is None:
            lacking.append("personnummer")
        if self.valid is None or self.invalid is None:
            lacking.append("giltig och ogiltig frånvaro")
        if self.unit is not Unit.PERCENT and self.scheduled is None:
            lacking.append("schemalagd tid (behövs när frånvaron anges i minuter eller lektioner)")
        if (self.period_start is None) != (self.period_end is None):
            lacking.append("både period från och period till (eller ingen av dem)")
        return lacking

    def columns(self) -> dict[str, int]:
        return {f: i for f in FIELDS if (i := getattr(self, f)) is not None}

    def to_json(self, headers: tuple[str, ...]) -> str:
        """Remembered by header name, not by position."""
        named = {f: headers[i] for f, i in self.columns().items() if i < len(headers)}
        return json.dumps({"columns": named, "unit": self.unit.value}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, headers: tuple[str, ...]) -> ColumnMapping | None:
        """The remembered mapping if every remembered column is still in the file."""
        try:
            saved = json.loads(text)
            index = {h.casefold(): i for i, h in enumerate(headers)}
            columns = {f: index[h.casefold()] for f, h in saved["columns"].items() if f in FIELDS}
            return cls(**columns, unit=Unit(saved["unit"]))
        except (ValueError, KeyError, TypeError):
            return None


def guess(headers: tuple[str, ...]) -> ColumnMapping:
    """The likeliest mapping from the header texts; the person checks it."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        text = header.casefold()
        for field, words in _SYNONYMS:
            if field not in found and any(w in text for w in words):
                found[field] = index
                break
    mapping = ColumnMapping(**found)
    absence = " ".join(
        headers[i].casefold() for i in (mapping.valid, mapping.invalid) if i is not None
    )
    if "min" in absence:
        mapping = replace(mapping, unit=Unit.MINUTES)
    elif "lektion" in absence or "pass" in absence:
        mapping = replace(mapping, unit=Unit.LESSONS)
    return mapping
