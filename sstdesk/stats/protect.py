"""Secondary suppression by optimisation: the cheapest cells to hide so that no small
count can be narrowed down, whatever tables of the period are put side by side.

The attacker is assumed to know every published cell exactly, that the cube's
sums hold, that a cell marked "<5" holds 1–4 and one marked ".." at least 0.
For each primary cell (1–4 students) a linear programme looks for the cheapest
other table that agrees with everything published and with every mark, in which
the primary cell is moved by its protection level; each cell that table changes
must be hidden too (cells already hidden cost nothing to use). This is the
LP-based heuristic of Kelly, Golden & Assad, the approach of τ-Argus' and
sdcTable's optimisation methods, solved with HiGHS.

The protection level asks for a range of at least three possible values: a 1
must be able to be a 3, a 4 a 2, a 2 or a 3 one more or one less. Where the
"<5" marks around a cell leave room for only two (a "<5" total of 4 made of
three "<5" cells), two are enough. Where they leave one (a total of 4 made of
four 1s), the cells that must be free to move lose the "<5" mark and are
shown as ".." instead: a range is always kept, a mark is not.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping

import highspy
import numpy as np

from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase
from sstdesk.stats.cube import Cube, Key
from sstdesk.stats.marks import MIN_CELL, Mark

__all__ = ["LEVEL", "MIN_CELL", "Mark", "ProtectionFailed", "protect"]

LEVEL = 2  # the width of the range a primary cell must keep
_EPS = 1e-6
_FREE_COST = 1e-4  # using a hidden cell: nearly free, but the changes stay small
_PINNED_COST = 1e4  # taking a "<5" from a cell: only when nothing else protects


class ProtectionFailed(DomainError):
    """The solver gave up: nothing is exported rather than something unprotected."""


def protect(
    cube: Cube,
    keep: Mapping[Key, Mark] | frozenset[Key] = frozenset(),
    fixed: frozenset[Key] = frozenset(),
) -> dict[Key, Mark]:
    """The marks of the cube's hidden cells; a cell not in the result is published.

    `keep`: cells hidden in an earlier export of the year, which stay hidden (shown now,
    beside the earlier file, they could pin what that file hid), and keep a range of their
    own; one shown as "<5" then is known to hold 1–4 and keeps that mark. `fixed`: cells
    an earlier export showed, which the attacker knows: no other table may move them, and
    hiding them now would hide nothing."""
    values = cube.values()
    primary = [c for c, v in values.items() if 0 < v < MIN_CELL]
    earlier = keep if isinstance(keep, Mapping) else dict.fromkeys(keep, Mark.SECONDARY)
    pinned = frozenset(c for c, m in earlier.items() if m is Mark.PRIMARY and c in primary)
    kept = {c: Mark.SECONDARY for c in earlier if c in values and c not in primary}
    # (a cell shown once and hidden since is known all the same: shown is shown)
    known = frozenset(c for c in fixed if c in values and c not in primary)
    if not primary and not kept:
        return kept
    model = _Model(cube, values, known)
    marks = kept | dict.fromkeys(primary, Mark.PRIMARY)
    found: list[dict[Key, float]] = []  # the other tables found so far, as changes

    def move(cell: Key, shift: int, *, unmark: bool = False) -> bool:
        # A table found for another cell that moves this one far enough protects it
        # too: marks are only ever added or widened, so it stays possible.
        if any(d.get(cell, 0) * shift >= shift * shift - _EPS for d in found):
            return True
        changed = model.cheapest(cell, shift, marks, unmark=unmark, pinned=pinned)
        if changed is None:
            return False
        found.append({c: moved - values[c] for c, moved in changed.items()} | {cell: shift})
        if marks.get(cell) is Mark.PRIMARY and not 0 < values[cell] + shift < MIN_CELL:
            marks[cell] = Mark.SECONDARY  # its own range leaves 1–4: ".." says less
        for other, moved_to in changed.items():
            if marks.get(other) is Mark.PRIMARY and not 0 < moved_to < MIN_CELL:
                marks[other] = Mark.SECONDARY  # the marks pinned it: ".." frees it
            marks.setdefault(other, Mark.SECONDARY)
        return True

    # The smallest first: a 1 needs the most room.
    for cell in sorted(primary, key=lambda c: (values[c], c)):
        value, need = values[cell], LEVEL
        for sign, room in ((1, MIN_CELL - 1 - value), (-1, value - 1)):
            # as far as the marks let it go this way, up to what is still needed
            for amount in range(min(room, need), 0, -1):
                if move(cell, sign * amount):
                    need -= amount
                    break
        # Else some "<5" around it must become ".." (not one printed so before: a cell
        # shown as "<5" in an earlier file is known to hold 1–4 whatever this one says).
        steps = [s for s in (1, -1) if cell not in pinned or 0 < value + s < MIN_CELL]
        if need == LEVEL and not any(move(cell, s, unmark=True) for s in steps):
            # only a solver that gave up: never publish unprotected
            raise ProtectionFailed(Phrase("Statistiken kunde inte skyddas mot röjande."))
    # A cell kept hidden from an earlier file must not be worked out from this one either:
    # that file's small cells may rest on it. One more or one less must stay possible.
    for cell in sorted(set(kept) - known):
        steps = (1, -1) if values[cell] > 0 else (1,)
        if not any(move(cell, s) for s in steps) and not any(
            move(cell, s, unmark=True) for s in steps
        ):
            raise ProtectionFailed(Phrase("Statistiken kunde inte skyddas mot röjande."))
    return marks


class _Model:
    """One LP kept between the solves, a row per sum. Each cell's change is four columns:
    up and down within what its mark lets the attacker believe, and up and down beyond
    it, which only a "<5" cell has (at a high price: it costs the cell its "<5")."""

    def __init__(self, cube: Cube, values: dict[Key, int], fixed: frozenset[Key]) -> None:
        # A known cell cannot change: it has no columns, and a sum of known cells no row.
        self.cells = [c for c in values if c not in fixed]
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.values = np.array([values[c] for c in self.cells], dtype=float)
        n = len(self.cells)
        entries: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        rows = 0
        for total, parts in cube.lines():
            terms = [(total, 1.0), *((part, -1.0) for part in parts)]
            found = [(self.index[c], a) for c, a in terms if c in self.index]
            if not found:
                continue
            for i, a in found:
                entries[i].append((rows, a))
            rows += 1
        start, index, coeff = [0], [], []
        for sign in (1.0, -1.0, 1.0, -1.0):
            for column in entries:
                for row, a in column:
                    index.append(row)
                    coeff.append(sign * a)
                start.append(len(index))
        lp = highspy.HighsLp()
        lp.num_col_ = 4 * n
        lp.num_row_ = rows
        lp.col_cost_ = np.zeros(4 * n)
        lp.col_lower_ = np.zeros(4 * n)
        lp.col_upper_ = np.zeros(4 * n)
        lp.row_lower_ = np.zeros(rows)
        lp.row_upper_ = np.zeros(rows)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(coeff)
        self.highs = _solver()
        self.highs.passModel(lp)
        self.columns = np.arange(4 * n, dtype=np.int32)
        self.cost = 1.0 + self.values  # information lost by hiding a cell: its size

    def cheapest(
        self,
        cell: Key,
        shift: int,
        marks: dict[Key, Mark],
        *,
        unmark: bool,
        pinned: frozenset[Key] = frozenset(),
    ) -> dict[Key, float] | None:
        """The cells a cheapest other table changes, with their new values; None if there
        is none (`unmark`: the table may take cells out of what their "<5" says)."""
        n = len(self.cells)
        v = self.values
        inf = highspy.kHighsInf
        up, down = np.full(n, inf), v.copy()  # no cell below zero
        beyond_up, beyond_down = np.zeros(n), np.zeros(n)
        cost = self.cost.copy()
        for other, mark in marks.items():
            i = self.index.get(other)
            if i is None:  # known: a mark on it hides nothing
                continue
            cost[i] = _FREE_COST
            if mark is Mark.PRIMARY:
                up[i], down[i] = MIN_CELL - 1 - v[i], v[i] - 1
                if unmark and other not in pinned:
                    beyond_up[i], beyond_down[i] = inf, 1.0
        i = self.index[cell]
        lower = np.zeros(4 * n)
        upper = np.concatenate([up, down, beyond_up, beyond_down])
        for column in (i, n + i, 2 * n + i, 3 * n + i):
            upper[column] = 0.0
        moved = i if shift > 0 else n + i
        lower[moved] = upper[moved] = abs(shift)
        self.highs.changeColsBounds(4 * n, self.columns, lower, upper)
        beyond = np.full(n, _PINNED_COST)
        self.highs.changeColsCost(4 * n, self.columns, np.concatenate([cost, cost, beyond, beyond]))
        self.highs.run()
        if self.highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        x = np.array(self.highs.getSolution().col_value)
        d = x[:n] - x[n : 2 * n] + x[2 * n : 3 * n] - x[3 * n :]
        return {
            self.cells[j]: float(v[j] + d[j]) for j in np.flatnonzero(np.abs(d) > _EPS) if j != i
        }


_banner = threading.Lock()
_quiet = False


def _solver() -> highspy.Highs:
    """A silent HiGHS. Its first construction in a process prints a banner on stdout
    (before any option can be set), so that one is sent to the null device."""
    global _quiet
    with _banner:
        if _quiet:
            highs = highspy.Highs()
        else:
            sys.stdout.flush()
            saved = os.dup(1)
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, 1)
                highs = highspy.Highs()
            finally:
                os.dup2(saved, 1)
                os.close(saved)
                os.close(null)
            _quiet = True
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("presolve", "off")
    return highs
