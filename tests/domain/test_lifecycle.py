"""The case's stages: only the allowed steps, and each refusal says why."""

from __future__ import annotations

import datetime as dt

import pytest

from sstdesk.domain.codes import ReferredBy, Stage
from sstdesk.domain.errors import TransitionError
from sstdesk.domain.lifecycle import NEXT, CaseFacts, close, move, record_booster, refusal
from sstdesk.domain.model import Case

DAY = dt.date(2026, 10, 1)
ALL_YES = CaseFacts(
    consent_covers_school=True,
    mapping_started=True,
    plan_established=True,
    plan_has_goal_and_intervention=True,
    follow_up_held=True,
)


def case(stage: Stage = Stage.REFERRED, **changes: object) -> Case:
    return Case(
        student_id="s",
        school_id="k",
        grade_at_start=7,
        responsible_user="anna.s",
        referral_date=DAY,
        referred_by=ReferredBy.SCHOOL,
        referral_reason="Frånvaro",
        stage=stage,
        **changes,
    )  # type: ignore[arg-type]


def test_the_whole_way_from_referral_to_finished() -> None:
    c = case()
    for stage in (
        Stage.CONSENT,
        Stage.MAPPING,
        Stage.PLANNING,
        Stage.INTERVENTION,
        Stage.FOLLOW_UP,
        Stage.INTERVENTION,
        Stage.FOLLOW_UP,
    ):
        c = move(c, stage, on=DAY, facts=ALL_YES)
    assert c.enrolled_on == DAY
    c = close(
        c,
        on=DAY + dt.timedelta(days=100),
        facts=ALL_YES,
        reason="Målen nådda",
        absence_pct=4.0,
        goals_met=True,
        upper_secondary_eligible=True,
    )
    assert c.stage is Stage.CLOSED and c.booster_planned_on == DAY + dt.timedelta(days=191)
    c = record_booster(c, on=DAY + dt.timedelta(days=190), facts=ALL_YES)
    c = move(c, Stage.FINISHED, on=DAY + dt.timedelta(days=191), facts=ALL_YES)
    assert c.stage is Stage.FINISHED and c.ended_on == DAY + dt.timedelta(days=191)
    assert c.last_entry_on == DAY + dt.timedelta(days=191)


@pytest.mark.parametrize("stage", sorted(NEXT, key=lambda s: s.value))
def test_no_stage_can_be_skipped(stage: Stage) -> None:
    for target in Stage:
        if target in NEXT[stage] or target is Stage.CANCELLED:
            continue
        with pytest.raises(TransitionError, match="kan inte gå från"):
            move(case(stage), target, on=DAY, facts=ALL_YES)


@pytest.mark.parametrize("stage", sorted(NEXT, key=lambda s: s.value))
def test_cancelled_from_any_stage_with_a_reason(stage: Stage) -> None:
    with pytest.raises(TransitionError, match="varför"):
        move(case(stage), Stage.CANCELLED, on=DAY, facts=CaseFacts())
    done = move(case(stage), Stage.CANCELLED, on=DAY, facts=CaseFacts(), reason="Flyttat")
    assert done.stage is Stage.CANCELLED and done.cancel_reason == "Flyttat"
    with pytest.raises(TransitionError, match="redan avbrutet"):
        move(done, Stage.CONSENT, on=DAY, facts=ALL_YES)


@pytest.mark.parametrize(
    ("stage", "to", "facts", "fragment"),
    [
        (
            Stage.CONSENT,
            Stage.MAPPING,
            CaseFacts(consent_problem="Samtycket gick ut."),
            "giltigt samtycke omfattar skolan. Samtycket gick ut.",
        ),
        (Stage.MAPPING, Stage.PLANNING, CaseFacts(), "Påbörja kartläggningen"),
        (Stage.PLANNING, Stage.INTERVENTION, CaseFacts(), "måste fastställas"),
        (
            Stage.PLANNING,
            Stage.INTERVENTION,
            CaseFacts(plan_established=True),
            "minst ett mål och en insats",
        ),
        (Stage.FOLLOW_UP, Stage.CLOSED, CaseFacts(), "minst en uppföljning"),
        (Stage.REFERRED, Stage.NOT_ENROLLED, CaseFacts(), "varför eleven inte skrivs in"),
    ],
)
def test_guards_refuse_with_the_reason(
    stage: Stage, to: Stage, facts: CaseFacts, fragment: str
) -> None:
    assert fragment in (refusal(case(stage), to, facts=facts) or "")
    with pytest.raises(TransitionError, match=fragment):
        move(case(stage), to, on=DAY, facts=facts)


def test_a_paused_case_stays_until_resumed() -> None:
    with pytest.raises(TransitionError, match="pausat"):
        move(case(Stage.INTERVENTION, paused=True), Stage.FOLLOW_UP, on=DAY, facts=ALL_YES)
