"""Lists that share one predicate: 各 / 分别 / 均 and the noun list they distribute over.

工业投资、民间投资分别增长10%和9.5%以上 pairs each item with a number; X、Y各新增100亿元
gives every item the same number. `distributor` finds the word that shares the predicate,
`split_items` the items before it, `shared_head` completes a two-item list whose first item
lacks the head noun of the second (市区和县城生活污水集中处理率). Words come from
data/targets.toml ([distributors], [connectors]).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from . import verbs
from .clauses import brackets
from .predicates import trim


class _Patterns(NamedTuple):
    distributor: re.Pattern[str]
    connectors: tuple[str, ...]
    item: str
    copulas: tuple[str, ...]
    per_words: tuple[str, ...]


@cache
def _patterns() -> _Patterns:
    t = table("targets")
    return _Patterns(
        distributor=compiled.compile(alternation(t["distributors"]["words"])),
        connectors=tuple(sorted(t["connectors"]["items"], key=len, reverse=True)),
        item=t["connectors"]["item"],
        copulas=tuple(t["distributors"]["before_number"]),
        per_words=tuple(t["distributors"]["per_words"]),
    )


def distributor(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of 各 / 分别 / 均 in text[start:end] that shares its predicate over a list.

    It counts only right before a verb or the number (各创建1家, 分别增长, 各8000亩, 均在8%以上),
    never as a determiner (各县).
    """
    p = _patterns()
    found = None
    for m in p.distributor.finditer(text, start, end):
        after = m.end()
        if any(text.startswith(w, after - len(w)) for w in p.per_words):
            continue  # 户均增收: a word for "per", no distributor
        following = verbs.actions(text, after, end)
        copula = any(text.startswith(w, after) and after + len(w) == end for w in p.copulas)
        if after == end or copula or (following and following[0].start == after):
            found = m.span()
    return found


def shared_head(items: list[str]) -> list[str]:
    """The items of a two-item noun list, the first given the head noun of the second.

    In 市区和县城生活污水集中处理率 the head 生活污水集中处理率 belongs to both items; a
    first item that is shorter and ends otherwise than the second takes the words of the
    second past its own length (the two are parallel: 市区 ↔ 县城). Items that already end
    alike (工业投资、民间投资) are complete; longer lists are left as written.
    """
    if len(items) != 2:
        return items
    first, last = items
    if first and len(first) < len(last) - 1 and first[-1] != last[-1]:
        first += last[len(first):]
    return [first, last]


def split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The noun list text[start:end] split on 、 (or, when it has none, on 和/及/与), outside brackets."""
    p = _patterns()
    spans = _split(text, start, end, (p.item,))
    if len(spans) == 1:
        spans = _split(text, start, end, tuple(c for c in p.connectors if c != p.item))
    return [trim(text, s, e) for s, e in spans]


def _split(text: str, start: int, end: int, seps: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    depth = 0
    opens, closes = brackets()
    i = piece = start
    while i < end:
        ch = text[i]
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth = max(0, depth - 1)
        elif depth == 0:
            sep = next((s for s in seps if text.startswith(s, i)), None)
            if sep and i > piece:
                out.append((piece, i))
                piece = i + len(sep)
                i = piece
                continue
        i += 1
    out.append((piece, end))
    return [s for s in out if s[1] > s[0]]
