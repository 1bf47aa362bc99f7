"""What a column's header says: which field it holds, in which unit. Layer: imports.

The rules read the header's words, not a list of exact texts, so an export never seen
before reads right when it names its columns as Swedish school systems do:

- a header is split into words ("Ej giltig frånvaro %" → ej, giltig, frånvaro, %), and
  compounds around "frånvaro" are opened ("Frånvarotimmar" → frånvaro, timmar);
- "ogiltig", "oanmäld", "ej/inte/utan giltig" are never "giltig", and a header that
  names both is the total;
- a period header holds nothing but period words, so "Period från" is a period and
  "Frånvaro" or "Avvek från lektionen" never is;
- närvaro, sen ankomst, frånvarotillfällen, orsaker and a guardian's personnummer are
  recognised as what they are, so they are never taken for absence or the student;
- the unit is read from the header's own words ("(tim)", "(h)", "(min)", "%",
  "(lekt)", "dagar", "h:mm"), one column at a time.

The vendors' own header texts (imports.vendors) are looked up first, and the tests hold
the rules to every one of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from sstdesk.domain.phrase import Phrase
from sstdesk.imports.vendors import KNOWN_HEADERS, KnownHeader


class Unit(StrEnum):
    """What a number in an absence or scheduled-time column counts."""

    PERCENT = "percent"
    FRACTION = "fraction"  # 0.096 for 9.6 %
    HOURS = "hours"
    MINUTES = "minutes"
    LESSONS = "lessons"
    DAYS = "days"

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]

    @property
    def dimension(self) -> str:
        """Units of one dimension can be compared: "share", "time", "lessons", "days"."""
        return _DIMENSIONS[self]


_UNIT_LABELS = {
    Unit.PERCENT: "Procent",
    Unit.FRACTION: "Andel (0–1)",
    Unit.HOURS: "Timmar",
    Unit.MINUTES: "Minuter",
    Unit.LESSONS: "Lektioner",
    Unit.DAYS: "Dagar",
}
_DIMENSIONS = {
    Unit.PERCENT: "share",
    Unit.FRACTION: "share",
    Unit.HOURS: "time",
    Unit.MINUTES: "time",
    Unit.LESSONS: "lessons",
    Unit.DAYS: "days",
}

# -- the words ------------------------------------------------------------------------

UNIT_WORDS: dict[str, Unit] = {
    "%": Unit.PERCENT,
    "procent": Unit.PERCENT,
    "proc": Unit.PERCENT,
    "pct": Unit.PERCENT,
    "percent": Unit.PERCENT,
    "prosent": Unit.PERCENT,
    "tim": Unit.HOURS,
    "timmar": Unit.HOURS,
    "timme": Unit.HOURS,
    "timmarna": Unit.HOURS,
    "h": Unit.HOURS,
    "hours": Unit.HOURS,
    "timer": Unit.HOURS,
    "hmm": Unit.HOURS,  # "h:mm", "[h]:mm", "hh:mm:ss" (see _normalise)
    "min": Unit.MINUTES,
    "minuter": Unit.MINUTES,
    "minutes": Unit.MINUTES,
    "mins": Unit.MINUTES,
    "minutter": Unit.MINUTES,
    "lekt": Unit.LESSONS,
    "lektion": Unit.LESSONS,
    "lektioner": Unit.LESSONS,
    "lektionspass": Unit.LESSONS,
    "pass": Unit.LESSONS,
    "lessons": Unit.LESSONS,
    "dag": Unit.DAYS,
    "dagar": Unit.DAYS,
    "days": Unit.DAYS,
    "dager": Unit.DAYS,
    "skoldagar": Unit.DAYS,
    "skoldag": Unit.DAYS,
}

_ABSENCE_ROOTS = ("frånvaro", "franvaro", "fravær", "fravaer")
_ABSENCE_WORDS = frozenset(
    {"frånvaro", "franvaro", "frånv", "frånvarande", "absence", "absent", "fravær", "fravaer"}
)
# Stems that say valid (giltig) absence; "o"/"u"/"un"/"in" before them, or a negation
# word just before them, says invalid.
_VALID_STEMS = (
    "giltig",
    "anmäld",
    "anmält",
    "anmälda",
    "lovlig",
    "godkänd",
    "godkänt",
    "excused",
    "authorised",
    "authorized",
    "valid",
    "gyldig",
    "dokumentert",
)
_NEGATIVE_PREFIXES = ("o", "u", "un", "in")
_NEGATIONS = frozenset({"ej", "inte", "icke", "not", "non", "utan", "ikke"})
_INVALID_WORDS = frozenset({"skolk", "skolkat", "truancy"})
# Vklass's abbreviations (support.vklass.se, "Rapporter"): GF = giltig frånvaro,
# F = ogiltig frånvaro, N = närvaro; OGF/OF are the same idea in other reports.
_ABBREVIATIONS = {"gf": "valid", "f": "invalid", "of": "invalid", "ogf": "invalid"}

_PRESENCE_STEMS = ("närvaro", "narvaro", "närv", "attendance", "presence", "oppmøte")

# A column that looks like absence but is something else: its note says what.
_OTHER_KINDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"sen", "sena", "sent", "ankomst", "ankomster", "försening", "late"}), "late"),
    (frozenset({"tillfälle", "tillfällen", "tillf", "gånger", "occasions"}), "occasions"),
    (
        frozenset({"anledning", "anledningar", "orsak", "orsaker", "kommentar", "reason"}),
        "reason",
    ),
    (
        frozenset(
            {"anmälan", "anmälningar", "rapporterat", "rapporteringsgrad", "reg", "registrerad"}
        ),
        "reporting",
    ),
    (
        frozenset(
            {
                "sjuk",
                "sjukdom",
                "sjukfrånvaro",
                "ledig",
                "ledighet",
                "beviljad",
                "heldag",
                "heldags",
                "heldagar",
                "strö",
                "långvarig",
                "avvek",
                "avvikit",
                "permission",
            }
        ),
        "part",
    ),
)
_GUARDIAN = frozenset(
    {
        "vårdnadshavare",
        "vårdnadshavares",
        "vh",
        "förälder",
        "föräldrar",
        "målsman",
        "telefon",
        "mobil",
        "epost",
        "e-post",
        "mejl",
        "adress",
        "guardian",
        "parent",
    }
)
_SCHOOL = frozenset(
    {
        "klass",
        "grupp",
        "årskurs",
        "åk",
        "skola",
        "skolenhet",
        "skolenhetskod",
        "mentor",
        "mentorsgrupp",
        "program",
        "kön",
        "class",
        "grade",
    }
)
_EXCEPT = frozenset({"exkl", "exklusive", "utom", "förutom", "excl", "excluding"})

_PNR_WORDS = frozenset(
    {
        "personnummer",
        "personnr",
        "pnr",
        "persnr",
        "personnumer",
        "samordningsnummer",
        "ssn",
        "fødselsnummer",
        "personnummer/samordningsnummer",
    }
)
_NAME_HEADS = frozenset(
    {
        "namn",
        "elevnamn",
        "elev",
        "förnamn",
        "efternamn",
        "tilltalsnamn",
        "student",
        "name",
        "navn",
        "fornavn",
        "etternavn",
    }
)
_NAME_WORDS = _NAME_HEADS | {"elevens", "fullständigt", "hela", "first", "last", "full", "och"}
_FIRST_NAME = frozenset({"förnamn", "tilltalsnamn", "first", "fornavn"})
_LAST_NAME = frozenset({"efternamn", "last", "etternavn"})

_PERIOD_START = frozenset({"från", "fom", "from", "start", "startdatum", "periodstart", "begin"})
_PERIOD_END = frozenset({"till", "tom", "to", "slut", "slutdatum", "periodslut", "end"})
_PERIOD_WORDS = (
    _PERIOD_START
    | _PERIOD_END
    | {
        "period",
        "perioden",
        "periodens",
        "tidsperiod",
        "mätperiod",
        "datum",
        "date",
        "och",
        "med",
        "fr",
    }
)
_PERIOD_RANGE = frozenset({"period", "perioden", "tidsperiod", "mätperiod"})

_SCHEDULED_WORDS = frozenset(
    {
        "schemalagd",
        "schemalagda",
        "schemalagt",
        "schematid",
        "schema",
        "lektionstid",
        "undervisningstid",
        "undervisningstiden",
        "undervisning",
        "undv",
        "erbjuden",
        "erbjudna",
        "planerad",
        "planerade",
        "scheduled",
        "skoldagar",
        "timplan",
    }
)
# Words that with a lessons unit, and nothing else, name the lessons scheduled:
# "Antal lektioner", "Lekt.", "Totalt antal lektioner".
_COUNT_WORDS = frozenset({"antal", "totalt", "total", "summa", "tid", "av"})
_TOTAL_WORDS = frozenset({"total", "totalt", "summa", "sum", "tot", "sammanlagd", "sammanlagt"})


# -- reading one header ------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderReading:
    """What a header says. `field` is a mapping field, "period" (both ends in one column)
    or None; `weak` marks a reading that must not be chosen alone ("Totalt" could be
    the total absence or the scheduled time); `other` names what a column not read is."""

    field: str | None
    unit: Unit | None = None
    weak: bool = False
    other: str = ""  # "presence", "late", "occasions", "reason", "reporting", "part", ...
    name_kind: str = ""  # "full", "first", "last"
    unit_conflict: bool = False  # two units in one header


NOTHING = HeaderReading(None)

OTHER_NOTES = {
    "presence": Phrase("närvaro"),
    "late": Phrase("sen ankomst"),
    "occasions": Phrase("antal tillfällen"),
    "reason": Phrase("orsak eller kommentar"),
    "reporting": Phrase("hur närvaron rapporterats"),
    "part": Phrase("en del av frånvaron"),
    "guardian": Phrase("vårdnadshavare"),
    "school": Phrase("klass eller skola"),
    "total_or_scheduled": Phrase("kan vara total frånvaro eller schemalagd tid"),
}


def words(header: str) -> list[str]:
    """The header's words, lower case, with its unit marks as words of their own."""
    text = _normalise(header)
    found: list[str] = []
    for token in re.split(r"[^\w%]+", text):
        if token:
            found.extend(_open_compound(token))
    return found


def _normalise(header: str) -> str:
    text = unicodedata.normalize("NFC", header).casefold().replace("\u00a0", " ")
    text = text.replace("_", " ")
    # duration formats: "h:mm", "[h]:mm", "hh:mm:ss", "tt:mm" (Swedish Excel)
    text = re.sub(r"\[?(?:hh?|tt?)\]?\s*:\s*mm(?:\s*:\s*ss)?", " hmm ", text)
    text = re.sub(r"\b(?:timmar|tim|h)\s*:\s*(?:minuter|min|m)\b", " hmm ", text)
    text = re.sub(r"\bfr?\s*\.\s*o\s*\.\s*m\b\.?|\bfr?\s+o\s+m\b", " fom ", text)
    text = re.sub(r"\bt\s*\.\s*o\s*\.\s*m\b\.?|\bt\s+o\s+m\b", " tom ", text)
    text = re.sub(r"\(\s*t\s*\)", " tim ", text)  # LearnPoint's "Frånvaro (t)"
    return text.replace("%", " % ")


def _open_compound(token: str) -> list[str]:
    """ "frånvarotimmar" → frånvaro, timmar; "ogiltigfrånvaro" → ogiltig, frånvaro."""
    for root in _ABSENCE_ROOTS:
        at = token.find(root)
        if at < 0 or token == root:
            continue
        before, after = token[:at], token[at + len(root) :]
        if after in ("n", "ns", "s"):  # "frånvaron", "frånvarons": the word itself
            after = ""
        return [part for part in (before, root, after) if part]
    return [token]


def header_unit(tokens: list[str]) -> tuple[Unit | None, bool]:
    """The unit the words name, and whether they name two that disagree."""
    before: set[Unit] = set()
    after: set[Unit] = set()
    for token in tokens:
        if token == "av":
            before, after = before or after, set()
            continue
        unit = UNIT_WORDS.get(token)
        if unit is not None:
            after.add(unit)
    # "% av lektionerna", "timmar av schemalagd tid": the unit named before "av" counts
    units = before or after
    if len(units) == 1:
        return next(iter(units)), False
    return None, len(units) > 1


def by_rule(header: str) -> HeaderReading:
    """The header read by the rules alone (no vendor table)."""
    tokens = words(header)
    if not tokens:
        return NOTHING
    unit, conflict = header_unit(tokens)
    plain = [t for t in tokens if t not in UNIT_WORDS]
    kept = _outside_exceptions(tokens)

    if any(t in _GUARDIAN for t in tokens):
        return HeaderReading(None, other="guardian")
    if any(t in _PNR_WORDS for t in tokens) or _person_number(tokens):
        return HeaderReading("personnummer")
    if plain == ["n"] or any(t.startswith(_PRESENCE_STEMS) for t in tokens):
        return HeaderReading(None, unit, other="presence")
    for other_words, kind in _OTHER_KINDS:
        if any(t in other_words for t in kept):
            return HeaderReading(None, unit, other=kind)

    polarity = _polarity(tokens, plain)
    absence = any(t in _ABSENCE_WORDS for t in tokens) or bool(polarity)
    if absence:
        if polarity == {"valid"}:
            field = "valid"
        elif polarity == {"invalid"}:
            field = "invalid"
        else:  # no validity named, or both ("giltig och ogiltig frånvaro")
            field = "total"
        return HeaderReading(field, unit, unit_conflict=conflict)

    if plain and set(plain) <= _PERIOD_WORDS:
        return _period(set(plain))
    if plain and set(plain) <= _NAME_WORDS and any(t in _NAME_HEADS for t in plain):
        kind = (
            "first"
            if set(plain) & _FIRST_NAME and not set(plain) & _LAST_NAME
            else "last"
            if set(plain) & _LAST_NAME and not set(plain) & _FIRST_NAME
            else "full"
        )
        return HeaderReading("name", name_kind=kind)
    if any(t in _SCHOOL for t in tokens):
        return HeaderReading(None, other="school")
    if any(t in _SCHEDULED_WORDS for t in tokens):
        return HeaderReading("scheduled", unit, unit_conflict=conflict)
    if unit is Unit.LESSONS and set(plain) <= _COUNT_WORDS:
        return HeaderReading("scheduled", unit)  # "Antal lektioner", "Lekt."
    if set(plain) & _TOTAL_WORDS and set(plain) <= _TOTAL_WORDS | {"tid", "antal"}:
        if "tid" in plain:  # "Total tid": the time scheduled
            return HeaderReading("scheduled", unit, unit_conflict=conflict)
        return HeaderReading("total", unit, weak=True, other="total_or_scheduled")
    return HeaderReading(None, unit)


def _outside_exceptions(tokens: list[str]) -> list[str]:
    """The words not after "exkl."/"utom": "Giltig frånvaro exkl. sen ankomst" is
    giltig frånvaro, not late arrival."""
    kept: list[str] = []
    for token in tokens:
        if token in _EXCEPT:
            break
        kept.append(token)
    return kept


def _person_number(tokens: list[str]) -> bool:
    for first, second in zip(tokens, tokens[1:], strict=False):
        if first == "person" and second in {"nr", "nummer", "id"}:
            return True
        if first == "personal" and second in {"identity", "number"}:
            return True
        if first in {"civic", "national"} and second in {"registration", "identity", "number"}:
            return True
    return False


def _polarity(tokens: list[str], plain: list[str]) -> set[str]:
    """{"valid"}, {"invalid"}, both, or none: what the header says of validity."""
    if len(plain) == 1 and plain[0] in _ABBREVIATIONS:
        return {_ABBREVIATIONS[plain[0]]}
    found: set[str] = set()
    for index, token in enumerate(tokens):
        if token in _INVALID_WORDS:
            found.add("invalid")
            continue
        sign = _validity(token)
        if sign is None:
            continue
        negated = any(t in _NEGATIONS for t in tokens[max(0, index - 2) : index])
        if negated and sign == "valid":
            sign = "invalid"
        found.add(sign)
    return found


def _validity(token: str) -> str | None:
    for stem in _VALID_STEMS:
        if token.startswith(stem):
            return "valid"
        for prefix in _NEGATIVE_PREFIXES:
            if token.startswith(prefix + stem):
                return "invalid"
    return None


def _period(plain: set[str]) -> HeaderReading:
    start, end = bool(plain & _PERIOD_START), bool(plain & _PERIOD_END)
    if start and end:
        return HeaderReading("period")  # "Period från–till": both dates in one cell
    if start:
        return HeaderReading("period_start")
    if end:
        return HeaderReading("period_end")
    if plain & _PERIOD_RANGE:
        return HeaderReading("period")
    return NOTHING  # "Datum" alone: one date, of what?


def is_unit_only(text: str) -> bool:
    """A cell of a header's second row that only gives the unit: "tim", "%", "(min)"."""
    tokens = words(text)
    return bool(tokens) and all(t in UNIT_WORDS for t in tokens)


def classify(header: str) -> HeaderReading:
    """The vendor table first (exact text, case and spacing aside), then the rules."""
    known = _KNOWN.get(key(header))
    return known if known is not None else by_rule(header)


def key(header: str) -> str:
    """A header as the vendor table looks it up: case, spacing and punctuation aside."""
    return " ".join(words(header))


def _known(entry: KnownHeader) -> HeaderReading:
    unit = Unit(entry.unit) if entry.unit else None
    if entry.field == "name":
        return HeaderReading("name", name_kind=by_rule(entry.text).name_kind or "full")
    return HeaderReading(entry.field or None, unit, other=entry.other)


_KNOWN: dict[str, HeaderReading] = {key(k.text): _known(k) for k in KNOWN_HEADERS}
