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


Groups = tuple[tuple[str, tuple[str, ...]], ...]  # (group, its categories) of one dimension


@dataclass(frozen=True)
class Cube:
    name: str  # the indicator, e.g. "referred" or "intervention"
    dims: tuple[tuple[str, ...], ...]  # the categories of each dimension
    counts: dict[Key, int] = field(hash=False)  # the inner cells that are not zero
    # Sums over some categories of a dimension, beside its total: the teams of a stadsdel.
    # A group of one category is that category.
    groups: tuple[Groups, ...] = ()

    @classmethod
    def of(
        cls, name: str, events: Iterable[Key], width: int, groups: tuple[Groups, ...] = ()
    ) -> Cube:
        """A cube from one key per counted event (inner categories only)."""
        return cls.from_counts(name, Counter(events), width, groups)

    @classmethod
    def from_counts(
        cls, name: str, counts: dict[Key, int], width: int, groups: tuple[Groups, ...] = ()
    ) -> Cube:
        """A cube from the count of each inner cell (zeros are left out)."""
        counts = {k: n for k, n in counts.items() if n}
        dims = tuple(tuple(sorted({key[d] for key in counts})) for d in range(width))
        kept = tuple(
            tuple(
                (g, tuple(m for m in members if m in dims[d]))
                for g, members in (groups[d] if d < len(groups) else ())
                if any(m in dims[d] for m in members)
            )
            for d in range(width)
        )
        return cls(name, dims, dict(counts), kept if any(kept) else ())

    def _groups(self, d: int) -> Groups:
        return self.groups[d] if d < len(self.groups) else ()

    def canonical(self, key: Sequence[str]) -> Key | None:
        """The cell a published key names, or None when it lies outside the cube (a zero)."""
        out = []
        for d, (value, categories) in enumerate(zip(key, self.dims, strict=True)):
            group = dict(self._groups(d)).get(value)
            if not categories:
                return None
            if value == ALL:
                out.append(categories[0] if len(categories) == 1 else ALL)
            elif value in categories:
                out.append(value)
            elif group is not None:
                out.append(group[0] if len(group) == 1 else value)
            else:
                return None
        return tuple(out)

    def slots(self, d: int) -> tuple[str, ...]:
        categories = self.dims[d]
        if len(categories) == 1:
            return categories
        grouped = tuple(g for g, members in self._groups(d) if len(members) > 1)
        return (*categories, *grouped, ALL)

    def cells(self) -> list[Key]:
        """Every cell, inner and sum."""
        return list(itertools.product(*(self.slots(d) for d in range(len(self.dims)))))

    def value(self, key: Key) -> int:
        def matches(k: Key) -> bool:
            for d, v in enumerate(key):
                if v == ALL or v == k[d]:
                    continue
                members = dict(self._groups(d)).get(v)
                if members is None or k[d] not in members:
                    return False
            return True

        return sum(n for k, n in self.counts.items() if matches(k))

    def values(self) -> dict[Key, int]:
        """Every cell's count, computed in one pass over the inner cells."""
        out = dict.fromkeys(self.cells(), 0)
        wide = [len(c) > 1 for c in self.dims]
        for key, n in self.counts.items():
            choices = []
            for d, (v, w) in enumerate(zip(key, wide, strict=True)):
                grouped = [g for g, m in self._groups(d) if len(m) > 1 and v in m] if w else []
                choices.append((v, *grouped, ALL) if w else (v,))
            for cell in itertools.product(*choices):
                out[cell] += n
        return out

    def lines(self) -> Iterator[tuple[Key, list[Key]]]:
        """(total, parts): each sum along one dimension, with the cells it adds up."""
        for d, categories in enumerate(self.dims):
            if len(categories) == 1:
                continue
            sums = [(ALL, categories)]
            sums += [(g, m) for g, m in self._groups(d) if len(m) > 1]
            others = [self.slots(e) if e != d else (ALL,) for e in range(len(self.dims))]
            for fixed in itertools.product(*others):
                for name, members in sums:
                    total = (*fixed[:d], name, *fixed[d + 1 :])
                    yield total, [(*fixed[:d], c, *fixed[d + 1 :]) for c in members]
