"""What a header says: the vendor table, and the rules that must agree with it and go
beyond it."""

from __future__ import annotations

import pytest

from sstdesk.imports.headers import Unit, by_rule, classify, is_unit_only, key, words
from sstdesk.imports.vendors import KNOWN_HEADERS, KnownHeader

P, H, M, L, D = Unit.PERCENT, Unit.HOURS, Unit.MINUTES, Unit.LESSONS, Unit.DAYS


def declared(entry: KnownHeader) -> tuple[str | None, Unit | None, str]:
    return (entry.field or None, Unit(entry.unit) if entry.unit else None, entry.other)


def test_the_table_covers_the_school_systems() -> None:
    vendors = {entry.vendor for entry in KNOWN_HEADERS}
    assert {"Skola24", "Vklass", "SchoolSoft", "Unikum", "InfoMentor", "IST"} <= vendors
    for vendor in vendors:
        fields = {e.field for e in KNOWN_HEADERS if e.vendor == vendor}
        assert {"valid", "invalid"} <= fields, vendor


def test_one_text_means_one_thing_across_vendors() -> None:
    meaning: dict[str, tuple[str | None, Unit | None, str]] = {}
    for entry in KNOWN_HEADERS:
        assert meaning.setdefault(key(entry.text), declared(entry)) == declared(entry), entry


@pytest.mark.parametrize("entry", KNOWN_HEADERS, ids=lambda e: f"{e.vendor}: {e.text}")
def test_every_known_header_is_read_as_declared_by_the_rules_too(entry: KnownHeader) -> None:
    """The table is looked up first, but the rules alone read every row of it the same:
    so a vendor's header worded a little differently still reads right."""
    for reading in (classify(entry.text), by_rule(entry.text)):
        assert (reading.field, reading.unit, reading.other) == declared(entry)


@pytest.mark.parametrize(
    ("header", "field", "unit"),
    [
        # "Ej giltig", "Ogiltig", "oanmäld", "utan giltigt skäl" are never "giltig"
        ("Ej giltig frånvaro %", "invalid", P),
        ("Inte giltig frånvaro (tim)", "invalid", H),
        ("Ogiltig frånvaro", "invalid", None),
        ("OGILTIG FRÅNVARO (MIN)", "invalid", M),
        ("Oanmäld frånvaro (min)", "invalid", M),
        ("Frånvaro utan giltigt skäl (tim)", "invalid", H),
        ("Frånvaro med giltigt skäl (tim)", "valid", H),
        ("Giltig frånvaro", "valid", None),
        ("Giltig frånvaro exkl. sen ankomst (min)", "valid", M),
        ("Ogiltigfrånvaro (h)", "invalid", H),
        ("Skolk (tim)", "invalid", H),
        ("Giltig och ogiltig frånvaro (tim)", "total", H),
        ("Frånvaro", "total", None),
        ("Frånvaron totalt, lektioner", "total", L),
        ("Frånvarotimmar", "total", H),
        ("Frånvaroprocent", "total", P),
        ("Frånvaro i procent av lektionstiden", "total", P),
        ("Ogiltig frånvaro (% av schemalagd tid)", "invalid", P),
        ("Frånvaro av schemalagda lektioner (lekt)", "total", L),
        ("Frånvarodagar", "total", D),
        ("Giltig frånvaro [h]:mm", "valid", H),
        ("Giltig frånvaro (timmar:minuter)", "valid", H),
        ("Ogiltig frånvaro, tim:min", "invalid", H),
        ("Ogiltig frånvaro tt:mm", "invalid", H),
        ("GF (min)", "valid", M),
        ("Excused absence (%)", "valid", P),
        ("Unexcused absence (hours)", "invalid", H),
        # periods hold period words only: "Frånvaro" and "Avvek från lektionen" are not
        ("Period från", "period_start", None),
        ("Från", "period_start", None),
        ("Fr o m", "period_start", None),
        ("Från och med", "period_start", None),
        ("Datum till", "period_end", None),
        ("t.o.m", "period_end", None),
        ("Periodens slut", "period_end", None),
        ("Period", "period", None),
        ("Period (från–till)", "period", None),
        ("Tidsperiod", "period", None),
        # the scheduled time
        ("Schematid (min)", "scheduled", M),
        ("Schemalagda lektioner", "scheduled", L),
        ("Total tid (min)", "scheduled", M),
        ("Lektioner totalt", "scheduled", L),
        ("Undervisningstid, timmar", "scheduled", H),
        ("Skoldagar", "scheduled", D),
        # who
        ("Personnr.", "personnummer", None),
        ("Person-nr", "personnummer", None),
        ("Personnummer (ÅÅÅÅMMDD-NNNN)", "personnummer", None),
        ("Samordningsnummer", "personnummer", None),
        ("Civic registration number", "personnummer", None),
        ("Personal number", "personnummer", None),
        ("Elevens namn", "name", None),
        ("Elev", "name", None),
        ("Efternamn", "name", None),
    ],
)
def test_the_rules_read_headers_no_table_lists(header: str, field: str, unit: Unit | None) -> None:
    reading = classify(header)
    assert (reading.field, reading.unit) == (field, unit)


@pytest.mark.parametrize(
    ("header", "other"),
    [
        ("Närvaro (%)", "presence"),
        ("Närvarotid (tim)", "presence"),
        ("N h", "presence"),
        ("Sen ankomst", "late"),
        ("Antal sena ankomster", "late"),
        ("Frånvarotillfällen", "occasions"),
        ("Frånvaroorsak", "reason"),
        ("Kommentar", "reason"),
        ("Sjukfrånvaro (tim)", "part"),
        ("Beviljad ledighet (tim)", "part"),
        ("Heldagsfrånvaro", "part"),
        ("Frånvaroanmälan", "reporting"),
        ("Vårdnadshavares personnummer", "guardian"),
        ("VH personnr", "guardian"),
        ("Klass", "school"),
        ("Mentor", "school"),
        ("Totalt (t)", "total_or_scheduled"),
    ],
)
def test_columns_that_are_not_absence_are_recognised_as_what_they_are(
    header: str, other: str
) -> None:
    reading = classify(header)
    assert reading.other == other
    assert reading.field is None or reading.weak


@pytest.mark.parametrize(
    "header",
    [
        "Datum",
        "Tid",
        "Antal",
        "Anteckning",
        "Saga Testsson",
        "7B",
        "Inskriven från",
        "Flyttad till",
    ],
)
def test_a_header_that_says_nothing_is_nothing(header: str) -> None:
    assert classify(header).field is None


def test_two_units_in_one_header_are_no_unit() -> None:
    reading = classify("Frånvaro (tim) %")
    assert reading.unit is None and reading.unit_conflict


@pytest.mark.parametrize(
    ("text", "only"),
    [("tim", True), ("%", True), ("(min)", True), ("h:mm", True), ("Lekt.", True)]
    + [("Giltig (tim)", False), ("", False), ("Namn", False)],
)
def test_a_cell_that_only_gives_a_unit(text: str, only: bool) -> None:
    assert is_unit_only(text) is only


def test_compounds_around_franvaro_are_opened() -> None:
    assert words("Frånvarotimmar") == ["frånvaro", "timmar"]
    assert words("Ogiltigfrånvaro") == ["ogiltig", "frånvaro"]
    assert words("Frånvaron") == ["frånvaro"]
