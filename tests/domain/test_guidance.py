"""The one next step at each stage follows the lifecycle's own guards: doing it either
removes what stands in the way, or is the move that the guards now allow."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from sstdesk.domain import lifecycle
from sstdesk.domain.codes import ENDED_STAGES, ReferredBy, Stage
from sstdesk.domain.guidance import MOVE, ROAD, STAGE_ACTIONS, next_step
from sstdesk.domain.lifecycle import CaseFacts
from sstdesk.domain.model import Case

FACT_NAMES = [f.name for f in dataclasses.fields(CaseFacts) if f.type == "bool"]
EVERY_FACTS = [
    CaseFacts(**dict(zip(FACT_NAMES, values, strict=True)))
    for values in itertools.product((False, True), repeat=len(FACT_NAMES))
]
# What each action does to the facts the guards look at, as the dialogs do it.
REMOVES = {
    "record_consent": "consent_covers_school",
    "mapping": "mapping_started",
    "plan": "plan_established",
    "intervention": "plan_has_goal_and_intervention",
    "follow_up": "follow_up_held",
}


def case_at(stage: Stage) -> Case:
    return Case(
        student_id="s",
        school_id="sk",
        grade_at_start=7,
        responsible_user="anna.s",
        referral_date=dt.date(2026, 9, 1),
        referred_by=ReferredBy.SCHOOL,
        referral_reason="Hög frånvaro",
        stage=stage,
    )


@pytest.mark.parametrize("stage", list(Stage))
@pytest.mark.parametrize("facts", EVERY_FACTS)
@pytest.mark.parametrize("guardian", [False, True])
def test_the_next_step_is_allowed_or_clears_the_way(
    stage: Stage, facts: CaseFacts, guardian: bool
) -> None:
    step = next_step(stage, facts, has_guardian=guardian)
    if stage in ENDED_STAGES or stage not in ROAD:
        assert step is None
        return
    assert step is not None
    if step.action == MOVE:
        assert step.to is not None
        assert lifecycle.refusal(case_at(stage), step.to, facts=facts) is None
    elif step.action in REMOVES:
        assert not getattr(facts, REMOVES[step.action]), "it asks for what is already done"
    elif step.action == "guardian":
        assert not guardian
    elif step.action == "close":
        assert lifecycle.refusal(case_at(stage), Stage.CLOSED, facts=facts) is None
    else:
        assert (stage, step.action) == (Stage.CLOSED, "booster")


def test_a_paused_case_offers_no_next_step() -> None:
    assert next_step(Stage.PLANNING, CaseFacts(), has_guardian=True, paused=True) is None


@pytest.mark.parametrize("stage", [s for s in ROAD if s is not Stage.FINISHED])
def test_the_stage_shows_a_few_actions_and_never_the_closure_too_early(stage: Stage) -> None:
    shown = STAGE_ACTIONS[stage]
    assert 1 <= len(shown) <= 5
    if ROAD.index(stage) < ROAD.index(Stage.FOLLOW_UP):
        assert "close" not in shown and "booster" not in shown


@pytest.mark.parametrize("stage", [Stage.MAPPING, Stage.PLANNING, Stage.INTERVENTION])
def test_a_lapsed_consent_comes_before_the_work_goes_on(stage: Stage) -> None:
    """Enrolled, then the consent ran out: nothing may go to the school, so the next step
    is a new consent, not the next stage."""
    lapsed = CaseFacts(consent_covers_school=False, mapping_started=True, plan_established=True)
    step = next_step(stage, lapsed, has_guardian=True)
    assert step is not None and step.action == "record_consent"
    assert step.text == "Registrera nytt samtycke…"
    covered = dataclasses.replace(lapsed, consent_covers_school=True)
    assert next_step(stage, covered, has_guardian=True).action != "record_consent"  # type: ignore[union-attr]
