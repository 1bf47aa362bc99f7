"""Sentences the domain says, kept as a Swedish template and its values. Layer: domain.

A rule that explains itself ("samtycket gick ut 2026-10-04") returns a `Phrase`. A phrase
*is* the Swedish sentence (a str), so the documents, which are always Swedish, print it as
it is. It also keeps its template and values, so the window can say the same sentence in
its own language (`said`, with the window's `Voice`): the template is translated, and so
is each value that is itself words (a label, a nested phrase, a joined list), while names
and dates stay as they are.

`make translations` collects every template written as `Phrase("…")` or
`Phrase.plural(n, "…", "…")` in the code (resources/translations/labels_source.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Protocol

from sstdesk.domain import codes
from sstdesk.domain.codes import Labelled
from sstdesk.domain.formatting import format_date, format_pct


class Percent(float):
    """A value that is a percentage: "20 %" in Swedish, "20%" in English."""


class Voice(Protocol):
    """How one language says words, labels and percentages."""

    def words(self, template: str, n: int | None) -> str: ...

    def label(self, member: Labelled) -> str: ...

    def percent(self, value: float) -> str: ...


class _Swedish:
    """The domain's own language: every template and label as written."""

    def words(self, template: str, n: int | None) -> str:
        return template

    def label(self, member: Labelled) -> str:
        return member.label

    def percent(self, value: float) -> str:
        return format_pct(value)


SWEDISH = _Swedish()

# The separators of a joined list that are words, not punctuation.
AND, OR = " och ", " eller "
SEPARATORS = (AND, OR)

Value = object  # str | int | dt.date | Labelled | Percent | Phrase | Joined | None

_SHAPES = {
    "lower": str.lower,
    "lower_first": lambda s: s[:1].lower() + s[1:],
    "upper_first": lambda s: s[:1].upper() + s[1:],
    "no_dot": lambda s: s.rstrip("."),
    # "uppgifter om familjens situation" after "inga uppgifter om" (English has no prefix)
    "no_uppgifter_om": lambda s: s.removeprefix("uppgifter om "),
}


class Joined:
    """Values said one after the other: "Anna och Per", "BUP, Skolan"."""

    def __init__(self, items: Iterable[Value], sep: str = ", ") -> None:
        self.items = tuple(items)
        self.sep = sep

    def said(self, voice: Voice) -> str:
        sep = voice.words(self.sep, None) if self.sep in SEPARATORS else self.sep
        return sep.join(_say(item, voice) for item in self.items)

    def __str__(self) -> str:
        return self.said(SWEDISH)

    def __bool__(self) -> bool:
        return bool(self.items)


class Phrase(str):
    """A Swedish sentence that also knows its template, so it can be said in another
    language."""

    template: str
    values: dict[str, Value]
    n: int | None
    one: str
    shapes: tuple[str, ...]

    def __new__(cls, template: str, /, **values: Value) -> Phrase:
        return cls._make(template, values, None, "", ())

    @classmethod
    def plural(cls, n: int, one: str, many: str, /, **values: Value) -> Phrase:
        """A counted phrase: `one` for 1, `many` otherwise; "%n" stands for the number."""
        return cls._make(many, values, n, one, ())

    @classmethod
    def _make(
        cls, template: str, values: dict[str, Value], n: int | None, one: str, shapes: tuple
    ) -> Phrase:
        text = _render(template if n != 1 or not one else one, values, n, shapes, SWEDISH)
        self = super().__new__(cls, text)
        self.template, self.values, self.n, self.one, self.shapes = (
            template,
            values,
            n,
            one,
            shapes,
        )
        return self

    def said(self, voice: Voice) -> str:
        if voice is SWEDISH:
            return str.__str__(self)
        return _render(voice.words(self.template, self.n), self.values, self.n, self.shapes, voice)

    def shaped(self, *shapes: str) -> Phrase:
        """The same phrase, lowered ("lower", "lower_first"), capitalised ("upper_first")
        or without its full stop ("no_dot"), in whatever language it is said."""
        unknown = set(shapes) - set(_SHAPES)
        if unknown:
            raise ValueError(f"unknown shapes {sorted(unknown)}")
        return self._make(self.template, self.values, self.n, self.one, self.shapes + shapes)

    def with_data(self, change: Callable[[str], str]) -> Phrase:
        """The same phrase with every value that is data (a name, a typed text) changed by
        `change`; the template and the labels stay."""
        values = {key: _with_data(value, change) for key, value in self.values.items()}
        return self._make(self.template, values, self.n, self.one, self.shapes)

    def __getattr__(self, name: str) -> object:
        """A phrase read back from the projection is decoded only when it is said: the
        caseload keeps thousands of them, and shows a few."""
        kept = self.__dict__.pop("_kept", None)
        if kept is None:
            raise AttributeError(name)
        self.template, self.n, self.one = kept["t"], kept.get("n"), kept.get("one", "")
        self.shapes = tuple(kept.get("s", ()))
        self.values = {key: _decode(value) for key, value in kept["v"].items()}
        return getattr(self, name)

    def __reduce__(self) -> tuple:  # a str subclass with state, for copy and pickle
        return (_rebuild, (self.template, self.values, self.n, self.one, self.shapes))


def _with_data(value: Value, change: Callable[[str], str]) -> Value:
    if isinstance(value, Phrase):
        return value.with_data(change)
    if isinstance(value, Joined):
        return Joined((_with_data(item, change) for item in value.items), value.sep)
    if isinstance(value, str) and not isinstance(value, Labelled):
        return change(value)
    return value


def _rebuild(template: str, values: dict, n: int | None, one: str, shapes: tuple) -> Phrase:
    return Phrase._make(template, values, n, one, shapes)


def lowered(value: Value) -> Phrase:
    """A label or phrase in lower case: "(vårdnadshavare)"."""
    return Phrase._make("{value}", {"value": value}, None, "", ("lower",))


def _render(
    template: str, values: dict[str, Value], n: int | None, shapes: tuple, voice: Voice
) -> str:
    text = template
    if values:
        text = text.format_map({key: _say(value, voice) for key, value in values.items()})
    if n is not None:
        text = text.replace("%n", str(n))
    for shape in shapes:
        text = _SHAPES[shape](text)
    return text


def _say(value: Value, voice: Voice) -> str:
    if isinstance(value, Phrase | Joined):
        return value.said(voice)
    if isinstance(value, Labelled):
        return voice.label(value)
    if isinstance(value, Percent):
        return voice.percent(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if value is None:
        return ""
    return str(value)


def say(text: str, voice: Voice) -> str:
    """Any text the domain gave: a phrase in `voice`, a plain string as a fixed sentence
    the voice may know."""
    if isinstance(text, Phrase):
        return text.said(voice)
    return voice.words(text, None) if text else text


def shape(text: str, *shapes: str) -> str:
    """`text` lowered, capitalised or without its full stop, whether a phrase or plain."""
    if isinstance(text, Phrase):
        return text.shaped(*shapes)
    for name in shapes:
        text = _SHAPES[name](text)
    return text


# -- stored: a phrase kept in the projection comes back a phrase ----------------------


def to_data(text: str) -> object:
    """`text` as JSON-able data that keeps a phrase a phrase; a plain str stays a str, and so
    does a phrase with nothing in it (said by its template alone, as a plain str is)."""
    if not isinstance(text, Phrase):
        return text
    if not text.values and text.n is None and not text.shapes:
        return text.template
    data: dict[str, object] = {
        "t": text.template,
        "v": {key: _encode(value) for key, value in text.values.items()},
        "sv": str.__str__(text),
    }
    if text.n is not None:
        data.update(n=text.n, one=text.one)
    if text.shapes:
        data["s"] = text.shapes
    return data


def from_data(data: object) -> str:
    if not isinstance(data, dict):
        return str(data)
    if "sv" in data:  # the Swedish as it was said; the rest is decoded when needed
        kept = str.__new__(Phrase, data["sv"])
        kept._kept = data  # type: ignore[attr-defined]
        return kept
    values = {key: _decode(value) for key, value in data["v"].items()}
    return Phrase._make(
        data["t"], values, data.get("n"), data.get("one", ""), tuple(data.get("s", ()))
    )


def _encode(value: Value) -> object:
    if isinstance(value, Phrase):
        return {"p": to_data(value)}
    if isinstance(value, Joined):
        return {"j": [_encode(item) for item in value.items], "sep": value.sep}
    if isinstance(value, Labelled):
        return {"c": type(value).__name__, "m": value.value}
    if isinstance(value, Percent):
        return {"pct": float(value)}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if value is None or isinstance(value, int | float | str):
        return value
    raise TypeError(f"a phrase cannot keep a {type(value).__name__}")


def _decode(data: object) -> Value:
    if not isinstance(data, dict):
        return data
    if "p" in data:
        return from_data(data["p"])
    if "j" in data:
        return Joined((_decode(item) for item in data["j"]), data["sep"])
    if "c" in data:
        return getattr(codes, data["c"])(data["m"])
    if "pct" in data:
        return Percent(data["pct"])
    return dt.date.fromisoformat(data["d"])
