"""The finest table of a period: one count per term × school × årskurs × kön, per indicator.

Every count the statistics publish is a cell of such a cube or a sum over some
of its dimensions (a school's girls, a year's total, the insatser of one kind
at one school). The suppression pattern is therefore computed once, on the
cube with all its sums, and every table, scope and period of the school year
reads its marks from that one pattern: linked tables are protected together.

A dimension holds only the categories that occur (a school with no case
this year has none of its cells here; they are published zeros). A dimension
with a single category has no separate total: its total is that category.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

ALL = "*"  # the sum over a dimension

Key = tuple[str, ...]


@dataclass(frozen=True)
class Cube:
    name: str  # the indicator, e.g. "referred" or "intervention"
    dims: tuple[tuple[str, ...], ...]  # the categories of each dimension
    counts: dict[Key, int] = field(hash=False)  # the inner cells that are not zero

    @classmethod
    def of(cls, name: str, events: Iterable[Key], width: int) -> Cube:
        """A cube from one key per counted event (inner categories only)."""
        counts = Counter(events)
        dims = tuple(tuple(sorted({key[d] for key in counts})) for d in range(width))
        return cls(name, dims, dict(counts))

    def canonical(self, key: Sequence[str]) -> Key | None:
        """The cell a published key names, or None when it lies outside the cube (a zero)."""
        out = []
        for value, categories in zip(key, self.dims, strict=True):
            if not categories:
                return None
            if value == ALL:
                out.append(categories[0] if len(categories) == 1 else ALL)
            elif value in categories:
                out.append(value)
            else:
                return None
        return tuple(out)

    def slots(self, d: int) -> tuple[str, ...]:
        categories = self.dims[d]
        return categories if len(categories) == 1 else (*categories, ALL)

    def cells(self) -> list[Key]:
        """Every cell, inner and sum."""
        return list(itertools.product(*(self.slots(d) for d in range(len(self.dims)))))

    def value(self, key: Key) -> int:
        inner = [i for i, v in enumerate(key) if v != ALL]
        if len(inner) == len(key):
            return self.counts.get(key, 0)
        return sum(n for k, n in self.counts.items() if all(k[i] == key[i] for i in inner))

    def values(self) -> dict[Key, int]:
        """Every cell's count, computed in one pass over the inner cells."""
        out = dict.fromkeys(self.cells(), 0)
        wide = [len(c) > 1 for c in self.dims]
        for key, n in self.counts.items():
            choices = [(v, ALL) if w else (v,) for v, w in zip(key, wide, strict=True)]
            for cell in itertools.product(*choices):
                out[cell] += n
        return out

    def lines(self) -> Iterator[tuple[Key, list[Key]]]:
        """(total, parts): each sum along one dimension, with the cells it adds up."""
        for d, categories in enumerate(self.dims):
            if len(categories) == 1:
                continue
            others = [self.slots(e) if e != d else (ALL,) for e in range(len(self.dims))]
            for total in itertools.product(*others):
                parts = [(*total[:d], c, *total[d + 1 :]) for c in categories]
                yield total, parts
