"""The team's own settings: where it works, how it keeps records, its absence thresholds.

Layer: domain. The defaults follow Stockholm's frånvarotrappa and the "Hör mig
nu!" kartläggning (domain.md 3.2): a förenklad kartläggning from 5–10 %
absence, a fördjupad one from 20 %, and the school's åtgärdstrappa steps. The
EHK chart, the student page and every alert read them from here.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, replace

from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Percent, Phrase


@dataclass(frozen=True)
class AbsenceStep:
    """One step of the åtgärdstrappa: from this much absence, this is what happens."""

    from_pct: float
    label: str


DEFAULT_STEPS = (
    AbsenceStep(5.0, "Steg 1: mentorn kontaktar hemmet"),
    AbsenceStep(10.0, "Steg 2: elevhälsan kopplas in"),
    AbsenceStep(15.0, "Steg 3: utredning om hög frånvaro"),
    AbsenceStep(20.0, "Steg 4: fördjupad kartläggning, samverkan med socialtjänsten"),
)


@dataclass(frozen=True)
class TeamSettings:
    region: str = ""  # the county or city the team works in, for the research sample (R7)
    private_provider: bool = False  # privat utförare: gallring two years after the insats
    simplified_from_pct: float = 5.0  # förenklad kartläggning from …
    simplified_to_pct: float = 10.0  # … to
    deep_from_pct: float = 20.0  # fördjupad kartläggning from
    steps: tuple[AbsenceStep, ...] = field(default=DEFAULT_STEPS)

    def checked(self) -> TeamSettings:
        """The settings, or a DomainError saying what does not add up."""
        for label, value in (
            ("Förenklad kartläggning från", self.simplified_from_pct),
            ("Förenklad kartläggning till", self.simplified_to_pct),
            ("Fördjupad kartläggning från", self.deep_from_pct),
            *((s.label or "Ett steg", s.from_pct) for s in self.steps),
        ):
            if not 0 < value <= 100:
                raise DomainError(
                    Phrase("{label}: ange en frånvaro mellan 0 och 100 %.", label=label)
                )
        if not self.simplified_from_pct <= self.simplified_to_pct <= self.deep_from_pct:
            raise DomainError(
                Phrase(
                    "Gränserna ska komma i ordning: förenklad kartläggning från, till, och sedan "
                    "fördjupad kartläggning."
                )
            )
        steps = tuple(sorted(self.steps, key=lambda s: s.from_pct))
        if any(not s.label.strip() for s in steps):
            raise DomainError(Phrase("Varje steg i åtgärdstrappan behöver en beskrivning."))
        return replace(self, region=self.region.strip(), steps=steps)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, *, region: str = "") -> TeamSettings:
        """Stored settings; the defaults (with a vault's older region) when there are none."""
        if not text:
            return cls(region=region)
        data = json.loads(text)
        steps = tuple(AbsenceStep(float(s["from_pct"]), str(s["label"])) for s in data["steps"])
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "steps"}
        return cls(**known, steps=steps)

    def absence_level(self, pct: float | None) -> str:
        """Where an absence stands against the thresholds; empty below them."""
        if pct is None:
            return ""
        if pct >= self.deep_from_pct:
            return Phrase(
                "Gränsen för fördjupad kartläggning är nådd ({deep})",
                deep=Percent(self.deep_from_pct),
            )
        low, high = Percent(self.simplified_from_pct), Percent(self.simplified_to_pct)
        if pct > self.simplified_to_pct:
            return Phrase("Över gränsen för förenklad kartläggning ({high})", high=high)
        if pct >= self.simplified_from_pct:
            return Phrase(
                "Inom gränsen för förenklad kartläggning ({low}–{high})", low=low, high=high
            )
        return ""

    def step_for(self, pct: float | None) -> AbsenceStep | None:
        """The highest step of the åtgärdstrappa the absence has reached."""
        if pct is None:
            return None
        reached = [s for s in self.steps if pct >= s.from_pct]
        return reached[-1] if reached else None


# "10 % Steg 2: …", "10,5 %: …", "10 – …": a number, then a space or a separator, then words.
_STEP = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*%?(?:\s*[-–:;]\s*|\s+)(\w.*?)\s*$")


def parse_steps(text: str) -> tuple[AbsenceStep, ...]:
    """Steps written one a line as "10 % Steg 2: elevhälsan kopplas in"."""
    steps = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _STEP.match(line)
        if not match or match.group(2)[0].isdigit():
            raise DomainError(
                Phrase(
                    "Rad {number} i åtgärdstrappan ska vara en procentsats och sedan vad steget "
                    "innebär, till exempel ”10 % Steg 2: elevhälsan kopplas in”.",
                    number=number,
                )
            )
        steps.append(AbsenceStep(float(match.group(1).replace(",", ".")), match.group(2)))
    return tuple(steps)
