"""A list changed after it was issued (调整, 增补, 撤销): which figures are the former ones.

A notice that adjusts the year's tasks writes the old target beside the new one: 原定新建中小学4所，
…，调整为新建3所; 新增普惠性托位600个（原目标为400个）; “改造老旧小区86个”调整为“改造老旧小区102个”.
A number after a word of the former plan in its clause or bracket ([revisions] former: 原定, 原为,
年初目标 …; not after a comparison: 低于年初目标…) is the former value, no target (a value replaced by a change
word, 由8%调整为6.5%, is the baseline rule of `nontargets`). A quotation that a change word
introduces (调整为“…”) is the new task's text, not a name: its numbers are read as targets; one a
change word follows (“…”调整为) is the former text. A quotation that holds a clause mark quotes a
sentence (a report's words a task repeats), not a name. The words are data/targets.toml [revisions].
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from ..model import Quantity
from .clauses import Layout

RoleReason = tuple[str, str]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = table("targets")
    change = alternation([*data["baseline"]["after"], *data["revisions"]["change_words"]])
    return (compiled.compile(alternation(data["revisions"]["former"])), compiled.compile(f"(?:{change})\\Z"),
            compiled.compile(change))


def former(text: str, q: Quantity, layout: Layout) -> RoleReason | None:
    """The role of a number after the former plan's word in its clause or bracket (原定新建…4所,
    （原为5400个）; not 低于年初目标3.7个百分点, a comparison with it)."""
    start = layout.clause_start(q.start)
    start = max(start, max(text.rfind(b, start, q.start) for b in "（(") + 1)
    m = _patterns()[0].search(text, start, q.start)
    if m and not text[max(0, m.start() - 2):m.start()].endswith(tuple(table("targets")["revisions"]["compared"])):
        return "other", "a former target a change replaced (原定…, 原目标为…)"
    return None


def _quote(start: int, layout: Layout) -> tuple[int, int]:
    """The quotation holding `start` (`layout.in_quotes` holds), its marks included."""
    k = bisect_right(layout.quote_starts, start) - 1
    return layout.quote_starts[k], layout.quote_ends[k]


def quoted_new(text: str, start: int, layout: Layout) -> bool:
    """Whether the quotation holding `start` follows a change word (调整为“…”): the new task's text."""
    i = _quote(start, layout)[0]
    return i > 0 and _patterns()[1].search(text, max(0, i - 6), i) is not None


def quoted_old(text: str, start: int, layout: Layout) -> bool:
    """Whether a change word follows the quotation holding `start` (“新建城市公园8个”调整为…): the
    former text, replaced."""
    end = _quote(start, layout)[1]
    return _patterns()[2].match(text, end) is not None


def quoted_sentence(text: str, start: int, layout: Layout) -> bool:
    """Whether the quotation holding `start` quotes a sentence, not a name: it holds a clause
    mark ([quotes] not_in_names: 【报告原文】“新增市场主体6000户以上，其中企业2000户。”)."""
    s, e = _quote(start, layout)
    return any(c in text[s:e] for c in table("targets")["quotes"]["not_in_names"])
