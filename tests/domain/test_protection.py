"""Skyddade personuppgifter: what is masked, however it is written."""

from __future__ import annotations

import pytest

from sstdesk.domain.codes import Gender
from sstdesk.domain.model import Guardian, School, Student
from sstdesk.domain.protection import MASK, Masker

STUDENT = Student(
    personnummer="20130405-2382",
    first_name="Saga",
    last_name="Testsson",
    gender=Gender.GIRL,
    school_id="k",
    grade=7,
    protected_identity=True,
    address="Storgatan 12, 123 45 Farsta",
)
SCHOOL = School(name="Lärkparksskolan", id="k")
MASKER = Masker.of(STUDENT, SCHOOL, [Guardian(student_id="s", name="Lena", address="Ekvägen 3")])


@pytest.mark.parametrize(
    "text",
    [
        "Möte på Lärkparksskolan",
        "möte på LÄRKPARKSSKOLAN",
        "Möte på Larkparksskolan",  # typed without å, ä, ö
        "Möte på Lärkparks skola",
        "Möte på Lärkparkskolan",
        "mejl till kalle.ek@larkparksskolan.se",
        "Bor på Storgatan 12",
        "Hembesök på Storgatan",
        "Mamma bor på Ekvägen 3",
    ],
)
def test_the_school_and_addresses_are_masked_however_written(text: str) -> None:
    masked = MASKER(text)
    assert MASK in masked
    for secret in ("ärkpark", "arkpark", "Storgatan", "Ekvägen"):
        assert secret.casefold() not in masked.casefold()


def test_other_text_is_left_alone() -> None:
    text = "Samtal med mentorn om morgnarna, Farsta centrum."
    assert MASKER(text) == text
    assert Masker.of(Student(**{**STUDENT.__dict__, "protected_identity": False}), SCHOOL, [])(
        "Lärkparksskolan"
    ) == ("Lärkparksskolan")


def test_a_protected_guardian_hides_only_that_address() -> None:
    open_student = Student(**{**STUDENT.__dict__, "protected_identity": False})
    masker = Masker.of(
        open_student,
        SCHOOL,
        [Guardian(student_id="s", name="P", address="Ekvägen 3", protected_identity=True)],
    )
    assert masker("Pappa på Ekvägen 3, skolan är Lärkparksskolan") == (
        f"Pappa på {MASK}, skolan är Lärkparksskolan"
    )
