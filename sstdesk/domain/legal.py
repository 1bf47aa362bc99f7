"""The legal references documents cite, as data with validity dates. Layer: domain.

The new socialtjänstlag (2025:400) applies from 1 July 2025; a document cites
the provision in force on its date. Where the new paragraph number has not
been verified (domain.md 1.1), the law is cited without it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NEW_SOL = dt.date(2025, 7, 1)


@dataclass(frozen=True)
class LegalReference:
    key: str
    citation: str
    valid_from: dt.date
    valid_to: dt.date | None = None
    verified: bool = True


REFERENCES: tuple[LegalReference, ...] = (
    LegalReference(
        "sip",
        "2 kap. 7 § socialtjänstlagen (2001:453)",
        dt.date(2010, 1, 1),
        NEW_SOL - dt.timedelta(days=1),
    ),
    LegalReference("sip", "socialtjänstlagen (2025:400)", NEW_SOL, verified=False),
    LegalReference(
        "sip_health", "16 kap. 4 § hälso- och sjukvårdslagen (2017:30)", dt.date(2017, 4, 1)
    ),
    LegalReference(
        "secrecy", "26 kap. 1 § offentlighets- och sekretesslagen (2009:400)", dt.date(2009, 6, 30)
    ),
    LegalReference(
        "documentation",
        "11 kap. 5–6 §§ socialtjänstlagen (2001:453)",
        dt.date(2002, 1, 1),
        NEW_SOL - dt.timedelta(days=1),
    ),
    LegalReference("documentation", "socialtjänstlagen (2025:400)", NEW_SOL, verified=False),
    LegalReference(
        "retention",
        "12 kap. 1 § socialtjänstlagen (2001:453)",
        dt.date(2002, 1, 1),
        NEW_SOL - dt.timedelta(days=1),
    ),
    LegalReference("retention", "socialtjänstlagen (2025:400)", NEW_SOL, verified=False),
    LegalReference(
        "access_log",
        "10 § lagen (2001:454) om behandling av personuppgifter inom socialtjänsten",
        dt.date(2024, 1, 1),
    ),
)


def cite(key: str, on: dt.date) -> str:
    """The citation in force on `on`; KeyError if none is (a gap in the data, not in use)."""
    for reference in REFERENCES:
        if (
            reference.key == key
            and reference.valid_from <= on
            and (reference.valid_to is None or on <= reference.valid_to)
        ):
            return reference.citation
    raise KeyError(f"no legal reference '{key}' in force on {on.isoformat()}")
