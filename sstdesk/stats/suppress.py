"""Small-cell suppression for what leaves the laptop (R10).

Primary: a count of 1–4 students is shown as "<5". Secondary: a line (a row
with its total, or a column with its total) with exactly one hidden cell
would give that cell away by subtraction, so the smallest other cell of the
line is hidden too; repeated until no line has exactly one hidden cell. A
measure resting on fewer than five students is hidden as well.
"""

from __future__ import annotations

from sstdesk.stats.tables import HIDDEN, CountTable, MeasureTable, format_measure

MIN_CELL = 5


def hidden_cells(table: CountTable) -> set[tuple[int, int]]:
    grid = table.grid()
    hidden = {
        (r, c) for r, row in enumerate(grid) for c, value in enumerate(row) if 0 < value < MIN_CELL
    }
    changed = True
    while changed:
        changed = False
        for line in _lines(grid, table.column_totals):
            inside = [cell for cell in line if cell in hidden]
            if len(inside) != 1:
                continue
            others = [cell for cell in line if cell not in hidden]
            if not others:
                continue
            # the smallest other cell, preferring one that is not zero (a hidden 0 protects
            # nothing: "<5" over a zero still lets the rest be subtracted exactly)
            pick = min(
                others, key=lambda cell: (grid[cell[0]][cell[1]] == 0, grid[cell[0]][cell[1]])
            )
            hidden.add(pick)
            changed = True
    return hidden


def _lines(grid: list[list[int]], column_totals: bool) -> list[list[tuple[int, int]]]:
    rows = [[(r, c) for c in range(len(grid[r]))] for r in range(len(grid))]
    if not column_totals or not grid:
        return rows
    columns = [[(r, c) for r in range(len(grid))] for c in range(len(grid[0]))]
    return rows + columns


def shown_counts(table: CountTable, *, suppressed: bool) -> list[list[str]]:
    hidden = hidden_cells(table) if suppressed else set()
    return [
        [HIDDEN if (r, c) in hidden else str(v) for c, v in enumerate(row)]
        for r, row in enumerate(table.grid())
    ]


def shown_measures(table: MeasureTable, *, suppressed: bool) -> list[list[str]]:
    return [
        [HIDDEN if suppressed and 0 < m.n < MIN_CELL else format_measure(m) for m in row]
        for row in table.cells
    ]
