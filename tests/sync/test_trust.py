"""Whose verification a rotation trusts: sstdesk.sync.trust on its own."""

from __future__ import annotations

from sstdesk.sync.trust import APPROVED, EXCLUDED, OWN, Event, verified


def event(source: str, seq: int, action: str, device: str, at: str = "t1") -> Event:
    return Event(source, seq, at, action, device, f"print-{device}")


ME = ("me", "print-me")


def test_only_this_laptop_and_admins_it_verified_are_trusted() -> None:
    events = [
        event(OWN, 1, APPROVED, "erik"),  # another admin, let in here
        event(OWN, 2, APPROVED, "bo"),  # a colleague, no admin
        event("erik", 1, APPROVED, "cia"),
        event("bo", 1, APPROVED, "bos-own"),  # not an admin: does not count
        event("mallory", 1, APPROVED, "dan"),  # an admin nobody verified
    ]
    admins = {"erik": "print-erik", "mallory": "print-mallory"}
    found = verified(events, own=ME, admins=admins)
    assert found.prints == {"print-me", "print-erik", "print-bo", "print-cia"}


def test_an_exclusion_counts_only_from_the_trusted_and_a_later_approval_lets_in_again() -> None:
    events = [
        event(OWN, 1, APPROVED, "bo"),
        event("bo", 1, EXCLUDED, "bo"),  # bo's own word: not a trusted one
        event(OWN, 2, APPROVED, "cia"),
        event(OWN, 3, EXCLUDED, "cia"),
        event(OWN, 4, APPROVED, "dan"),
        event(OWN, 5, EXCLUDED, "dan"),
        event(OWN, 6, APPROVED, "dan"),  # verified again by its safety code
    ]
    found = verified(events, own=ME, admins={})
    assert found.prints == {"print-me", "print-bo", "print-dan"}


def test_a_device_shut_out_stays_out_under_another_key_and_a_key_under_another_id() -> None:
    events = [
        event(OWN, 1, APPROVED, "cia"),
        Event(OWN, 2, "t1", EXCLUDED, "cia", "print-other"),  # the server listed another key
        Event(OWN, 3, "t1", APPROVED, "cia-2", "print-cia"),  # the same key, a new id
        Event(OWN, 4, "t1", EXCLUDED, "cia-3", "print-cia"),
    ]
    assert verified(events, own=ME, admins={}).prints == {"print-me"}


def test_a_replaced_admin_laptops_approvals_still_count_until_it_was_shut_out() -> None:
    events = [
        event("old", 1, APPROVED, "bo", at="t1"),  # the team's first admin laptop
        event("old", 2, APPROVED, "me", at="t1"),  # let this new laptop in
        event(OWN, 1, EXCLUDED, "old", at="t2"),  # the old laptop revoked
        event("old", 3, APPROVED, "mallory", at="t3"),  # written after: does not count
    ]
    found = verified(events, own=ME, admins={"old": "print-old"})
    assert "print-bo" in found.prints and "print-mallory" not in found.prints
    assert "print-old" not in found.prints
