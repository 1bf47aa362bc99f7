"""A sentence the domain says is Swedish as it stands, and can be said in another language."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from sstdesk.domain import phrase
from sstdesk.domain.codes import Labelled, PartyKind, SignatoryRole
from sstdesk.domain.phrase import AND, Joined, Percent, Phrase, lowered, shape
from sstdesk.domain.protection import MASK, Masker

ENGLISH = {
    "Samtycke saknas från vårdnadshavare {names}.": "Consent is missing from {names}.",
    "{name} ({role})": "{name} ({role})",
    " och ": " and ",
    "{category} får inte lämnas till {party}": "{category} may not go to {party}",
    "Gränsen är nådd ({pct})": "The threshold is reached ({pct})",
    "%n dagar kvar": "%n days left",
}
LABELS = {"BUP": "CAMHS", "Vårdnadshavare": "Guardian"}


class English:
    """A voice that knows a few sentences, as the window's translation would."""

    def words(self, template: str, n: int | None) -> str:
        text = ENGLISH.get(template, template)
        return text if n is None else text.replace("%n", str(n))

    def label(self, member: Labelled) -> str:
        return LABELS.get(member.label, member.label)

    def percent(self, value: float) -> str:
        return f"{value:g}%"


def test_a_phrase_is_the_swedish_sentence() -> None:
    text = Phrase(
        "Samtycke saknas från vårdnadshavare {names}.", names=Joined(["Anna", "Per"], AND)
    )
    assert text == "Samtycke saknas från vårdnadshavare Anna och Per."
    assert isinstance(text, str) and text.endswith("Per.")
    assert phrase.say(text, phrase.SWEDISH) == text


def test_said_in_english_the_template_and_the_words_in_it_are_translated() -> None:
    names = Joined(["Anna", "Per"], AND)
    missing = Phrase("Samtycke saknas från vårdnadshavare {names}.", names=names)
    assert missing.said(English()) == "Consent is missing from Anna and Per."
    refused = Phrase(
        "{category} får inte lämnas till {party}",
        category=Phrase("{name} ({role})", name="Omar", role=lowered(SignatoryRole.GUARDIAN)),
        party=PartyKind.BUP,
    )
    assert refused == "Omar (vårdnadshavare) får inte lämnas till BUP"
    assert refused.said(English()) == "Omar (guardian) may not go to CAMHS"


def test_percent_and_plural_in_each_language() -> None:
    level = Phrase("Gränsen är nådd ({pct})", pct=Percent(20.0))
    assert level == "Gränsen är nådd (20 %)"
    assert level.said(English()) == "The threshold is reached (20%)"
    assert Phrase.plural(1, "%n dag kvar", "%n dagar kvar") == "1 dag kvar"
    assert Phrase.plural(3, "%n dag kvar", "%n dagar kvar") == "3 dagar kvar"
    assert Phrase.plural(3, "%n dag kvar", "%n dagar kvar").said(English()) == "3 days left"


def test_shapes_follow_the_language() -> None:
    reason = Phrase("Samtycket gick ut {day}.", day=dt.date(2026, 10, 4))
    assert shape(reason, "no_dot", "lower_first") == "samtycket gick ut 2026-10-04"
    assert shape("Plain text.", "no_dot", "lower_first") == "plain text"
    with pytest.raises(ValueError):
        reason.shaped("sideways")


@pytest.mark.parametrize(
    "value",
    [
        Phrase("Samtycket gick ut {day}.", day=dt.date(2026, 10, 4)),
        Phrase("Meddela {party} att samtycket återkallats", party=PartyKind.BUP),
        Phrase("Gränsen är nådd ({pct})", pct=Percent(12.5)),
        Phrase.plural(2, "%n osignerad", "%n osignerade"),
        Phrase("Återkallat {parts}.", parts=Joined([Phrase("för {p}", p=PartyKind.SCHOOL)], "; ")),
        Phrase("Gränsen är nådd ({pct})", pct=Percent(5)).shaped("lower_first"),
        "a plain string",
    ],
    ids=str,
)
def test_kept_and_read_back_it_is_the_same_phrase(value: str) -> None:
    for back in (
        phrase.from_data(phrase.to_data(value)),
        pickle.loads(pickle.dumps(value)),  # noqa: S301 (our own bytes)
        copy.deepcopy(value),
    ):
        assert back == value
        assert phrase.say(back, English()) == phrase.say(value, English())


def test_masking_keeps_a_phrase_and_never_the_secret() -> None:
    masker = Masker(("Lärkparksskolan",))
    told = Phrase(
        "Meddela {party} att samtycket återkallats",
        party=Phrase("{kind} – {name}", kind=PartyKind.SCHOOL, name="Lärkparksskolan"),
    )
    masked = masker(told)
    assert isinstance(masked, Phrase)
    assert "Lärkparksskolan" not in masked and MASK in masked
    assert "Lärkparksskolan" not in masked.said(English())
    # a secret the values do not hold alone (split across a template and a value) is
    # masked in the Swedish text as a whole
    split = Phrase("Lärkparks{rest}", rest="skolan")
    assert "Lärkparksskolan" not in masker(split)
