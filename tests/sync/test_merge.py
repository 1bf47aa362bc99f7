"""The three-way merge of one record: different fields merge, the same field conflicts, and
consent, closure and protected identity are never merged silently."""

from __future__ import annotations

import pytest

from sstdesk.sync.merge import SENSITIVE, merge

BASE = {"id": "r", "a": "1", "b": "1", "c": "1"}


def test_different_fields_merge_and_the_same_field_conflicts_keeping_mine() -> None:
    mine = {**BASE, "a": "mine"}
    theirs = {**BASE, "b": "theirs"}
    merged, conflicts = merge("journal_notes", BASE, mine, theirs)
    assert merged == {**BASE, "a": "mine", "b": "theirs"} and conflicts == []
    merged, conflicts = merge("journal_notes", BASE, {**BASE, "a": "x"}, {**BASE, "a": "y"})
    assert merged["a"] == "x"
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [("a", "x", "y")]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = {**BASE, "a": "same"}
    assert merge("consents", BASE, both, dict(both)) == (both, [])


@pytest.mark.parametrize("kind", ["consents", "signatories"])
def test_a_consent_or_an_answer_changed_on_both_laptops_is_always_a_conflict(kind: str) -> None:
    """Even in different fields: a person decides what the consent now says."""
    mine = {**BASE, "a": "mine"}
    theirs = {**BASE, "b": "theirs"}
    merged, conflicts = merge(kind, BASE, mine, theirs)
    assert [c.field for c in conflicts] == ["b"]
    assert merged["b"] == "1" and merged["a"] == "mine"  # this laptop's version stands


def test_a_remote_consent_change_alone_is_taken() -> None:
    theirs = {**BASE, "b": "theirs"}
    assert merge("consents", BASE, dict(BASE), theirs) == (theirs, [])


@pytest.mark.parametrize(
    "field", ["stage", "closed_on", "closure_reason", "closure_absence_pct", "ended_on"]
)
def test_closure_changed_elsewhere_while_the_case_changed_here_is_a_conflict(field: str) -> None:
    base = {"id": "c", field: None, "school_contact": "A"}
    mine = {**base, "school_contact": "B"}
    theirs = {**base, field: "closed"}
    merged, conflicts = merge("cases", base, mine, theirs)
    assert [c.field for c in conflicts] == [field]
    assert merged[field] is None
    # A plain field of a case still merges.
    assert merge("cases", base, dict(base), {**base, "school_contact": "C"})[1] == []


@pytest.mark.parametrize("kind", ["students", "guardians"])
def test_protected_identity_is_a_conflict_and_protects_meanwhile(kind: str) -> None:
    base = {"id": "s", "protected_identity": 0, "address": "A"}
    mine = {**base, "address": "B"}
    theirs = {**base, "protected_identity": 1}
    merged, conflicts = merge(kind, base, mine, theirs)
    assert [c.field for c in conflicts] == ["protected_identity"]
    assert merged["protected_identity"] == 1  # shown protected until the person decides
    lifted = merge(kind, {**base, "protected_identity": 1}, {**mine, "protected_identity": 1}, base)
    assert lifted[0]["protected_identity"] == 1 and lifted[1]


def test_the_sensitive_kinds_are_the_ones_the_law_cares_about() -> None:
    assert SENSITIVE["consents"] is None and SENSITIVE["signatories"] is None
    assert {"stage", "closed_on"} <= set(SENSITIVE["cases"] or ())
    assert "protected_identity" in (SENSITIVE["students"] or ())
