"""Entity ⇄ row: one table per domain entity, one column per field. Layer: vault.

Encoding is driven by the dataclass type hints, so there is one way to store
every entity: enums by code, dates as ISO text, booleans as 0/1, tuples as
JSON (nested values as objects). A test checks that the tables of the
migrations have exactly these columns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from sstdesk.domain import model

T = TypeVar("T")

TABLES: dict[type, str] = {
    model.School: "schools",
    model.Student: "students",
    model.Guardian: "guardians",
    model.Case: "cases",
    model.Consent: "consents",
    model.Signatory: "signatories",
    model.AttendancePeriod: "attendance_periods",
    model.Mapping: "mappings",
    model.MappingFactor: "mapping_factors",
    model.ActionPlan: "action_plans",
    model.Goal: "goals",
    model.Intervention: "interventions",
    model.Meeting: "meetings",
    model.JournalNote: "journal_notes",
    model.WorkingNote: "working_notes",
    model.FollowUp: "follow_ups",
    model.Sip: "sips",
    model.RegisterRequest: "register_requests",
    model.StatisticsExport: "statistics_exports",
}


@cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def columns(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_row(entity: object) -> tuple[Any, ...]:
    cls = type(entity)
    return tuple(
        enc(getattr(entity, name)) for name, enc in zip(columns(cls), _encoders(cls), strict=True)
    )


def from_row(cls: type[T], row: typing.Sequence[Any]) -> T:
    # A row holds every field, so the frozen dataclass's __init__ (one object.__setattr__
    # per field, defaults unused) is skipped: the hot path of every listing.
    entity = object.__new__(cls)
    values = [dec(raw) for dec, raw in zip(_decoders(cls), row, strict=True)]
    entity.__dict__.update(zip(columns(cls), values, strict=True))
    return entity


@cache
def _encoders(cls: type) -> tuple[Callable[[Any], Any], ...]:
    return tuple(_encoder(hints(cls)[name]) for name in columns(cls))


@cache
def _decoders(cls: type) -> tuple[Callable[[Any], Any], ...]:
    """One converter per field, worked out once per class (decoding is on the hot path)."""
    return tuple(_decoder(hints(cls)[name]) for name in columns(cls))


def encode(hint: Any, value: Any) -> Any:
    """A field value as SQLite stores it."""
    return _encoder(hint)(value)


def _encoder(hint: Any) -> Callable[[Any], Any]:
    inner = _unwrap_optional(hint)
    if typing.get_origin(inner) is tuple:
        element = typing.get_args(inner)[0]

        def encode_tuple(value: Any) -> Any:
            if value is None:
                return None
            return json.dumps([_to_json(element, v) for v in value], ensure_ascii=False)

        return encode_tuple
    return lambda value: None if value is None else _scalar_out(inner, value)


@cache
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """raw column value → field value, worked out once per type hint."""
    inner = _unwrap_optional(hint)
    if typing.get_origin(inner) is tuple:
        from_list = _json_decoder(inner)
        return lambda raw: None if raw is None else from_list(json.loads(raw))
    return _scalar_decoder(inner)


@cache
def _scalar_decoder(inner: Any) -> Callable[[Any], Any]:
    if isinstance(inner, type) and issubclass(inner, Enum):
        members = inner._value2member_map_
        return lambda raw: None if raw is None else members[raw]
    convert: Callable[[Any], Any] | None = {
        bool: bool,
        float: float,
        dt.date: dt.date.fromisoformat,
        dt.datetime: dt.datetime.fromisoformat,
        dt.time: dt.time.fromisoformat,
    }.get(inner)
    if convert is None:
        return _identity
    return lambda raw: None if raw is None else convert(raw)


@cache
def _json_decoder(hint: Any) -> Callable[[Any], Any]:
    """A value parsed from a JSON column (lists, objects) → the field's value."""
    inner = _unwrap_optional(hint)
    if typing.get_origin(inner) is tuple:
        element = _json_decoder(typing.get_args(inner)[0])
        return lambda raw: None if raw is None else tuple(element(v) for v in raw)
    if dataclasses.is_dataclass(inner):
        sub = hints(inner)
        fields = {name: _json_decoder(sub[name]) for name in columns(inner)}

        def build(raw: Any) -> Any:
            if raw is None:
                return None
            return inner(**{k: fields[k](v) for k, v in raw.items() if k in fields})

        return build
    return _scalar_decoder(inner)


def _identity(raw: Any) -> Any:
    return raw


def _unwrap_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0]
    return hint


def _scalar_out(hint: Any, value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date | dt.time):  # datetime included
        return value.isoformat()
    return value


def _to_json(hint: Any, value: Any) -> Any:
    """A value inside a JSON column: nested values become objects, tuples lists."""
    if value is None:
        return None
    if dataclasses.is_dataclass(value):
        sub = hints(type(value))
        return {f: _to_json(sub[f], getattr(value, f)) for f in columns(type(value))}
    inner = _unwrap_optional(hint)
    if typing.get_origin(inner) is tuple:
        element = typing.get_args(inner)[0]
        return [_to_json(element, v) for v in value]
    return _scalar_out(inner, value)


def sql_type(hint: Any) -> str:
    """The column declaration a field needs (used by the schema test and to write migrations)."""
    optional = _unwrap_optional(hint) is not hint
    inner = _unwrap_optional(hint)
    if (
        typing.get_origin(inner) is tuple
        or inner in (str, dt.date, dt.datetime, dt.time)
        or (isinstance(inner, type) and issubclass(inner, Enum))
    ):
        base = "TEXT"
    elif inner in (int, bool):
        base = "INTEGER"
    elif inner is float:
        base = "REAL"
    else:
        raise TypeError(f"no column type for {hint!r}")
    return base if optional else f"{base} NOT NULL"
