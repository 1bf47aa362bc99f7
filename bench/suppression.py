"""Disclosure-control benchmark (issue 16): the time to protect a school year's cubes.

Prints JSON lines: for synthetic teams of 50, 110 and 300 cases a school year, the
seconds to compute the suppression pattern (one LP per primary cell, HiGHS), beside
the baseline of merely building the cubes in the same run, with how many cells are
hidden; and the city's report over three and six teams, with the share of its
published cells hidden (one LP over every team's schools, the teams' own cells held as
they published them: it grows with the square of the teams). A team's export should
stay under 5 s on the reference laptop: it runs off the GUI thread, once per pattern
(cached between the PDF, the CSV and every scope).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sstdesk.stats.city import city_report, team_counts  # noqa: E402
from sstdesk.stats.facts import Period  # noqa: E402
from sstdesk.stats.indicators import cubes  # noqa: E402
from sstdesk.stats.protect import protect  # noqa: E402
from sstdesk.stats.suppress import pattern  # noqa: E402
from tests.stats.test_attack import synthetic_team  # noqa: E402

YEAR = Period.school_year(2025)
TARGET_S = 5.0


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def measure(name: str, built: tuple, baseline: float) -> float:  # type: ignore[type-arg]
    started = time.perf_counter()
    marks = [protect(cube) for cube in built]
    seconds = time.perf_counter() - started
    cells = sum(len(cube.values()) for cube in built)
    hidden = sum(len(m) for m in marks)
    emit(name, seconds, "s", cells=cells, hidden=hidden, cubes_built_s=round(baseline, 4))
    return seconds


def main() -> int:
    worst = 0.0
    for cases in (50, 110, 300):
        facts = synthetic_team(cases, cases=cases * 2)  # two school years' worth of referrals
        started = time.perf_counter()
        built = cubes(facts, YEAR)
        worst = max(worst, measure(f"protect_team_{cases}", built, time.perf_counter() - started))
    now = dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
    for count in (3, 6):
        teams = [
            replace(
                team_counts(
                    synthetic_team(seed, cases=220), 2025, stadsdel=f"S{seed % 3}", now=now
                )[0],
                team=f"t{seed}",
            )
            for seed in range(count)
        ]
        started = time.perf_counter()
        city = city_report(teams, YEAR)
        seconds = time.perf_counter() - started
        shown = pattern(city)
        refs = {ref for table in city.count_tables() for row in table.refs for ref in row}
        hidden = sum(1 for ref in refs if shown.mark(ref) is not None)
        emit(f"city_report_{count}_teams", seconds, "s", published=len(refs), hidden=hidden)
    emit("protect_team_worst", worst, "s", target=TARGET_S, ok=worst <= TARGET_S)
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
