"""What the student page offers at each stage: the one next step, and the actions that
belong to the stage (the rest wait under "Fler åtgärder"). Layer: domain.

The next step follows the lifecycle's own guards (lifecycle.refusal): it is the
thing that stands between the case and its next stage, or the move itself once
nothing does.
"""

from __future__ import annotations

from dataclasses import dataclass

from sstdesk.domain.codes import Stage
from sstdesk.domain.lifecycle import CaseFacts

# The lifecycle's main road, as the stepper shows it.
ROAD: tuple[Stage, ...] = (
    Stage.REFERRED,
    Stage.CONSENT,
    Stage.MAPPING,
    Stage.PLANNING,
    Stage.INTERVENTION,
    Stage.FOLLOW_UP,
    Stage.CLOSED,
    Stage.BOOSTER,
    Stage.FINISHED,
)

MOVE = "move"  # the next step is the move to `NextStep.to` itself


@dataclass(frozen=True)
class NextStep:
    action: str  # a student-page action's name, or MOVE
    text: str  # the button's words (Swedish; the UI translates)
    why: str  # one line under it: why this is next
    to: Stage | None = None  # for MOVE


# The actions shown as buttons at each stage, in order; every other action is one click
# further, under "Fler åtgärder". Meetings, notes and attendance happen at any open stage.
STAGE_ACTIONS: dict[Stage, tuple[str, ...]] = {
    Stage.REFERRED: ("guardian", "record_consent", "meeting"),
    Stage.CONSENT: ("guardian", "record_consent", "meeting"),
    Stage.MAPPING: ("mapping", "factor", "meeting", "attendance"),
    Stage.PLANNING: ("plan", "goal", "intervention", "sip", "meeting"),
    Stage.INTERVENTION: ("intervention", "meeting", "attendance", "follow_up"),
    Stage.FOLLOW_UP: ("follow_up", "meeting", "attendance", "close"),
    Stage.CLOSED: ("booster", "attendance"),
    Stage.BOOSTER: ("attendance",),
}


# Every step the page can offer, declared once: next_step() picks one, and the window's
# translation reads them all from here (resources/translations/labels_source.py).
STEPS: dict[str, NextStep] = {
    "add_guardian": NextStep(
        "guardian", "Lägg till vårdnadshavare…", "Samtycket inhämtas från vårdnadshavarna."
    ),
    "start_consent": NextStep(
        MOVE,
        "Börja inhämta samtycke",
        "Samtycket ges av varje vårdnadshavare som har vårdnaden. Har eleven fler än de som "
        "är registrerade, lägg till dem först med ”Vårdnadshavare…”.",
        to=Stage.CONSENT,
    ),
    "record_consent": NextStep(
        "record_consent",
        "Registrera samtycke…",
        "Eleven kan skrivas in när ett giltigt samtycke omfattar skolan.",
    ),
    "renew_consent": NextStep(
        "record_consent",
        "Registrera nytt samtycke…",
        "Samtycket omfattar inte längre skolan (det har gått ut eller återkallats). Inga "
        "uppgifter får lämnas ut förrän ett nytt samtycke finns.",
    ),
    "enrol": NextStep(
        MOVE, "Skriv in eleven (kartläggning)", "Samtycket omfattar skolan.", to=Stage.MAPPING
    ),
    "start_mapping": NextStep(
        "mapping", "Påbörja kartläggning…", "Kartläggningen är inte påbörjad."
    ),
    "to_planning": NextStep(
        MOVE, "Gå vidare till planering", "Kartläggningen är påbörjad.", to=Stage.PLANNING
    ),
    "plan": NextStep(
        "plan", "Handlingsplan…", "Handlingsplanen ska fastställas innan genomförandet börjar."
    ),
    "intervention": NextStep(
        "intervention", "Insats…", "Handlingsplanen behöver minst ett mål och en insats."
    ),
    "to_intervention": NextStep(
        MOVE, "Börja genomförandet", "Handlingsplanen är fastställd.", to=Stage.INTERVENTION
    ),
    "to_follow_up": NextStep(
        MOVE,
        "Gå vidare till uppföljning",
        "Insatserna pågår. När det är dags att följa upp planen går ärendet vidare.",
        to=Stage.FOLLOW_UP,
    ),
    "follow_up": NextStep(
        "follow_up",
        "Registrera uppföljning…",
        "Minst en uppföljning görs innan eleven skrivs ut.",
    ),
    "close": NextStep(
        "close",
        "Avsluta ärendet (utskrivning)…",
        "Uppföljningen är gjord. Fortsätter insatserna, flytta ärendet tillbaka till genomförande.",
    ),
    "booster": NextStep(
        "booster", "Boosterträff hållen…", "Eleven är utskriven; boosterträffen återstår."
    ),
    "finish": NextStep(MOVE, "Avsluta ärendet", "Boosterträffen är hållen.", to=Stage.FINISHED),
}


def next_step(
    stage: Stage, facts: CaseFacts, *, has_guardian: bool, paused: bool = False
) -> NextStep | None:
    """The one thing to do next on a case at `stage`, or None when the case has ended."""
    key = None if paused else _next_key(stage, facts, has_guardian)
    return STEPS[key] if key else None


# Enrolled and still at work with the school: a consent that has lapsed comes first.
WORKING = (Stage.MAPPING, Stage.PLANNING, Stage.INTERVENTION, Stage.FOLLOW_UP)


def _next_key(stage: Stage, facts: CaseFacts, has_guardian: bool) -> str | None:
    if stage in WORKING and not facts.consent_covers_school:
        return "renew_consent"
    if stage is Stage.REFERRED:
        return "start_consent" if has_guardian else "add_guardian"
    if stage is Stage.CONSENT:
        return "enrol" if facts.consent_covers_school else "record_consent"
    if stage is Stage.MAPPING:
        return "to_planning" if facts.mapping_started else "start_mapping"
    if stage is Stage.PLANNING:
        if not facts.plan_established:
            return "plan"
        return "to_intervention" if facts.plan_has_goal_and_intervention else "intervention"
    if stage is Stage.FOLLOW_UP:
        return "close" if facts.follow_up_held else "follow_up"
    return {
        Stage.INTERVENTION: "to_follow_up",
        Stage.CLOSED: "booster",
        Stage.BOOSTER: "finish",
    }.get(stage)


def road_position(stage: Stage) -> int:
    """Where `stage` stands on the road; -1 for a stage off it (avbrutet, ej inskriven)."""
    return ROAD.index(stage) if stage in ROAD else -1
