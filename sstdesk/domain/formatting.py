"""The one place that formats dates, times, percentages and personnummer. Layer: domain."""

from __future__ import annotations

import datetime as dt


def format_date(value: dt.date | None) -> str:
    """Swedish standard date, ÅÅÅÅ-MM-DD; empty for no date."""
    return value.isoformat() if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def format_pct(value: float | None) -> str:
    """A percentage the Swedish way: decimal comma and a space before the sign."""
    if value is None:
        return "–"
    text = f"{value:.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')} %"


def mask_personnummer(pnr: str) -> str:
    """The birth date only, for lists seen over a shoulder (LC-8)."""
    return f"{pnr[:8]}-****" if len(pnr) >= 8 else pnr
