"""The column headers the school systems' attendance exports use: one table, as data.

Layer: imports. `headers.classify` looks a header up here first (case, spacing and
punctuation aside) and falls back on its rules for anything else; the tests hold the
rules to every row below, so a header a vendor words a little differently still reads.

`verified` marks a header the vendor's own documentation shows:
- Vklass: the abbreviations its help page "Rapporter" explains (support.vklass.se);
- LearnPoint: its help page "Frånvarostatistik för elev" (help.learnpoint.se);
- Skolverket: the variables it proposed for a national absence register (as quoted by
  skola24.com, "Nationell statistik över frånvaro").
Every other row is PLAUSIBLE RATHER THAN VERIFIED: inferred from the vendors' manuals
and from how schools describe the reports (Skola24 speaks of lektionstid, frånvarotid,
anmäld and ej anmäld frånvaro, in hours or percent; Edlevo of giltig/ogiltig frånvaro,
sen ankomst and "avvek från lektionen"), not copied from an export. Correct a row when
a real export shows the exact text.

`field` is a mapping field ("personnummer", "name", "period_start", "period_end",
"total", "valid", "invalid", "scheduled"), "period" for one column holding both dates,
or "" for a column that is recognised and never read; `unit` is a headers.Unit value,
or "" when the cells decide (a number format, "9,6 %", "4:30"); `other` says what a
column not read holds.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownHeader:
    vendor: str
    text: str
    field: str
    unit: str = ""
    other: str = ""
    verified: bool = False


def _rows(vendor: str, *rows: tuple[str, ...], verified: bool = False) -> list[KnownHeader]:
    """(text, field[, unit[, other]]) rows of one vendor."""
    padded = [(*row, "", "")[:4] for row in rows]
    return [
        KnownHeader(vendor, text, field, unit, other, verified)
        for text, field, unit, other in padded
    ]


KNOWN_HEADERS: tuple[KnownHeader, ...] = tuple(
    [
        *_rows(
            "Vklass",
            ("Undv. tid", "scheduled"),  # undervisningstid; the cells give the unit
            ("Lekt.", "scheduled", "lessons"),
            ("N min", "", "minutes", "presence"),
            ("GF min", "valid", "minutes"),
            ("F min", "invalid", "minutes"),
            ("N %", "", "percent", "presence"),
            ("GF %", "valid", "percent"),
            ("F %", "invalid", "percent"),
            ("Ej reg tid", "", "", "reporting"),
            ("N h", "", "hours", "presence"),
            ("GF h", "valid", "hours"),
            ("F h", "invalid", "hours"),
            verified=True,
        ),
        *_rows(
            "Vklass",
            ("Namn", "name"),
            ("Personnummer", "personnummer"),
            ("Klass", "", "", "school"),
        ),
        *_rows(
            "LearnPoint",
            ("Antal tillfällen", "", "", "occasions"),
            ("Frånvaro (t)", "total", "hours"),
            ("Frånvaro (%)", "total", "percent"),
            ("Giltig (tim)", "valid", "hours"),
            ("Giltig (%)", "valid", "percent"),
            ("Ogiltig (tim)", "invalid", "hours"),
            ("Ogiltig (%)", "invalid", "percent"),
            ("Rapporterat (%)", "", "percent", "reporting"),
            # "Totalt (t)" is LearnPoint's scheduled time, but "Totalt" may be the total
            # absence elsewhere: the rules leave it for the person (headers.by_rule).
            verified=True,
        ),
        *_rows(
            "Skolverket",
            ("Elevens personnummer", "personnummer"),
            ("Skolenhetskod", "", "", "school"),
            ("Årskurs", "", "", "school"),
            ("Antal timmar giltig frånvaro", "valid", "hours"),
            ("Antal timmar ogiltig frånvaro", "invalid", "hours"),
            ("Antal timmar erbjuden undervisningstid", "scheduled", "hours"),
            verified=True,
        ),
        *_rows(
            "Skola24",
            ("Elev", "name"),
            ("Personnummer", "personnummer"),
            ("Klass", "", "", "school"),
            ("Lektionstid (tim)", "scheduled", "hours"),
            ("Frånvarotid (tim)", "total", "hours"),
            ("Frånvaro (tim)", "total", "hours"),
            ("Frånvaro i procent av lektionstid", "total", "percent"),
            ("Anmäld frånvaro (tim)", "valid", "hours"),
            ("Ej anmäld frånvaro (tim)", "invalid", "hours"),
            ("Anmäld frånvaro (%)", "valid", "percent"),
            ("Ej anmäld frånvaro (%)", "invalid", "percent"),
            ("Giltig frånvaro (tim)", "valid", "hours"),
            ("Ogiltig frånvaro (tim)", "invalid", "hours"),
            ("Giltig frånvaro %", "valid", "percent"),
            ("Ej giltig frånvaro %", "invalid", "percent"),
            ("Sen ankomst (tim)", "", "hours", "late"),
            ("Period från", "period_start"),
            ("Period till", "period_end"),
        ),
        *_rows(
            "SchoolSoft",
            ("Elev", "name"),
            ("Personnr", "personnummer"),
            ("Schemalagd tid (min)", "scheduled", "minutes"),
            ("Giltig frånvaro (min)", "valid", "minutes"),
            ("Ogiltig frånvaro (min)", "invalid", "minutes"),
            ("Frånvaro totalt (min)", "total", "minutes"),
            ("Frånvaro %", "total", "percent"),
            ("Antal skoldagar", "scheduled", "days"),
            ("Frånvarodagar", "total", "days"),
            ("Giltiga frånvarodagar", "valid", "days"),
            ("Ogiltiga frånvarodagar", "invalid", "days"),
            ("Sen ankomst (min)", "", "minutes", "late"),
            ("Fr.o.m.", "period_start"),
            ("T.o.m.", "period_end"),
        ),
        *_rows(
            "Unikum",
            ("Förnamn", "name"),
            ("Efternamn", "name"),
            ("Personnummer", "personnummer"),
            ("Antal lektioner", "scheduled", "lessons"),
            ("Giltig frånvaro (lektioner)", "valid", "lessons"),
            ("Ogiltig frånvaro (lektioner)", "invalid", "lessons"),
            ("Schemalagd tid (h:mm)", "scheduled", "hours"),
            ("Giltig frånvaro (h:mm)", "valid", "hours"),
            ("Ogiltig frånvaro (h:mm)", "invalid", "hours"),
            ("Heldagsfrånvaro", "", "", "part"),
        ),
        *_rows(
            "InfoMentor",
            ("Elev", "name"),
            ("Personnummer", "personnummer"),
            ("Grupp", "", "", "school"),
            ("Närvaro %", "", "percent", "presence"),
            ("Giltig frånvaro %", "valid", "percent"),
            ("Ogiltig frånvaro %", "invalid", "percent"),
            ("Schemalagd tid (hh:mm)", "scheduled", "hours"),
            ("Giltig frånvaro (hh:mm)", "valid", "hours"),
            ("Ogiltig frånvaro (hh:mm)", "invalid", "hours"),
            ("Frånvaroanledning", "", "", "reason"),
            ("Startdatum", "period_start"),
            ("Slutdatum", "period_end"),
        ),
        *_rows(
            "IST",
            ("Elevens namn", "name"),
            ("Personnummer", "personnummer"),
            ("Klass", "", "", "school"),
            ("Erbjuden tid (tim)", "scheduled", "hours"),
            ("Närvaro (tim)", "", "hours", "presence"),
            ("Giltig frånvaro (tim)", "valid", "hours"),
            ("Ogiltig frånvaro (tim)", "invalid", "hours"),
            ("Sen ankomst (tim)", "", "hours", "late"),
            ("Avvek från lektionen", "", "", "part"),
            ("Total frånvaro (%)", "total", "percent"),
            ("Periodens start", "period_start"),
            ("Periodens slut", "period_end"),
            ("Vårdnadshavares personnummer", "", "", "guardian"),
        ),
    ]
)
