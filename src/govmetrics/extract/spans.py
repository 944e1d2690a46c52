"""Dates, codes and list labels of one text: the spans no number inside is a target of.

The patterns are data/nontargets.toml [[patterns]], in table order (the first that holds
gives a number its role). `Spans(text)` finds them once per text, and `role` answers for a
numeral's span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..lexicon import compiled, table


@cache
def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(role, reason, pattern) of each pattern, in table order (multiline: ^ is any line start)."""
    return [(g["role"], g["reason"], compiled.compile(r, re.M if g.get("multiline") else 0))
            for g in table("nontargets")["patterns"] for r in g["regex"]]


@cache
def _any() -> re.Pattern[str]:
    """Every pattern in one: a text it finds nothing in (most statements) needs no other search
    (led by the characters its matches begin with: `compiled.compile`)."""
    return compiled.compile("|".join(f"(?{'m' if p.flags & re.M else ''}:{p.pattern})" for _, _, p in _patterns()))


class Spans:
    """Date, code and label spans of one text, by start."""

    def __init__(self, text: str) -> None:
        found = []
        for rank, (role, reason, pattern) in enumerate(_patterns() if _any().search(text) else ()):
            # A statement mostly holds no span: a search that fails costs less than an iterator.
            if pattern.search(text):
                found.extend((m.start(), m.end(), rank, role, reason) for m in pattern.finditer(text) if m.end() > m.start())
        found.sort()
        self.starts = [f[0] for f in found]
        self.found = found

    def role(self, start: int, end: int) -> tuple[str, str] | None:
        """The role of the first pattern (in table order) whose span overlaps [start, end)."""
        i = bisect_left(self.starts, end)
        best = None
        for j in range(i - 1, max(-1, i - 6), -1):
            s, e, rank, role, reason = self.found[j]
            if e > start and (best is None or rank < best[0]):
                best = (rank, role, reason)
        return (best[1], best[2]) if best else None
