"""Every entity survives the trip to a real SQLCipher file and back, field for field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from enum import Enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sstdesk.domain.model import ENTITY_TYPES
from sstdesk.vault.records import _unwrap_optional, hints
from sstdesk.vault.vault import Vault

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


def strategy(hint: Any) -> st.SearchStrategy[Any]:
    inner = _unwrap_optional(hint)
    base: st.SearchStrategy[Any]
    if typing.get_origin(inner) is tuple:
        base = st.lists(strategy(typing.get_args(inner)[0]), max_size=3).map(tuple)
    elif dataclasses.is_dataclass(inner):
        base = entity(inner)
    elif isinstance(inner, type) and issubclass(inner, Enum):
        base = st.sampled_from(list(inner))
    elif inner is bool:
        base = st.booleans()
    elif inner is int:
        base = st.integers(-(2**62), 2**62)
    elif inner is float:
        base = st.floats(allow_nan=False, allow_infinity=False)
    elif inner is dt.datetime:
        base = st.datetimes(timezones=st.sampled_from([dt.UTC, None]))
    elif inner is dt.date:
        base = st.dates()
    elif inner is dt.time:
        base = st.times()
    else:
        base = TEXT
    return st.one_of(st.none(), base) if inner is not hint else base


def entity(cls: type) -> st.SearchStrategy[Any]:
    types = hints(cls)
    fields = {f.name: strategy(types[f.name]) for f in dataclasses.fields(cls) if f.name != "id"}
    if "personnummer" in fields:  # unique in the vault
        fields["personnummer"] = st.uuids().map(str)
    return st.builds(cls, **fields)


@pytest.mark.parametrize("cls", ENTITY_TYPES, ids=lambda c: c.__name__)
def test_round_trip(vault: Vault, cls: type) -> None:
    vault.conn.execute("PRAGMA foreign_keys = OFF")  # values are random, links too

    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(entity(cls))
    def check(value: Any) -> None:
        vault.conn.execute("BEGIN")  # each example starts from an empty table
        try:
            vault.repo.put(value)
            assert vault.repo.get(cls, value.id) == value
        finally:
            vault.conn.execute("ROLLBACK")

    check()
