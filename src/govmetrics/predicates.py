"""What the words around a target say: its action and its indicator (spec section 2).

A target's item runs from the start of its clause (after ，；。 or a sub-target bracket),
or from the end of the previous target's words, to the number. The action is the verb
that governs the number (`verbs.governing`); the indicator is the text after that verb
(新增 学位 6750个), or before it when the verb stands right before the number (规上工业增加值
增长 7.2%), or after the number when nothing before names the thing (新建 108个 农村文化礼堂).
Fillers (力争, 再, 累计 …) are trimmed from both ends. Shares (60%以上的事项) take the words
on both sides. The helpers for lists that share one predicate (X、Y各新增100亿元) are here
too. Words come from data/targets.toml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from . import verbs
from .clauses import HAN, Layout, brackets, subtarget_words
from .lexicon import table
from .model import Quantity
from .verbs import Action
from .wordsets import alternation

class Reading(NamedTuple):
    """The action and indicator read for one target, and how far its words reach."""

    action: Action | None
    indicator: str
    consumed: int
    share: bool = False


class _Patterns(NamedTuple):
    fill_start: re.Pattern[str]
    fill_end: re.Pattern[str]
    scopes: frozenset[str]
    distributor: re.Pattern[str]
    connectors: tuple[str, ...]
    subtarget: re.Pattern[str]
    etc: str
    item: str
    modifier: str
    baseline: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    t = table("targets")
    fillers = alternation([*t["fillers"]["words"], *t["connectors"]["items"]])
    end_fillers = alternation([*t["fillers"]["words"], *t["fillers"]["end_words"], *t["connectors"]["items"]])
    return _Patterns(
        fill_start=re.compile(rf"(?:\s|{fillers})+"),
        fill_end=re.compile(rf"(?:\s|{end_fillers})+\Z"),
        baseline=re.compile(alternation(t["baseline"]["before"]) + "(?=[^，,；;。]{0,8}[0-9０-９])"),
        scopes=frozenset(t["scopes"]["words"]),
        distributor=re.compile(alternation(t["distributors"]["words"])),
        connectors=tuple(sorted(t["connectors"]["items"], key=len, reverse=True)),
        subtarget=re.compile(r"\s*" + alternation(subtarget_words())),
        etc=t["connectors"]["etc"],
        item=t["connectors"]["item"],
        modifier=t["connectors"]["modifier"],
    )


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] less fillers, connectors and spaces at both ends."""
    p = _patterns()
    while start < end:
        m = p.fill_start.match(text, start, end)
        n = p.fill_end.search(text, start, end)
        if not m and not n:
            break
        if m:
            start = m.end()
        if n and n.start() >= start:
            end = n.start()
    return start, max(start, end)


def _words(text: str, start: int, end: int) -> str:
    """text[start:end] trimmed; empty when it only says where (全市); an example list in
    brackets at its end dropped (放心消费示范单位(放心市场、放心商店…等))."""
    p = _patterns()
    s, e = trim(text, start, end)
    words = text[s:e]
    opens, closes = brackets()
    if words and words[-1] in closes:
        opening = max(words.rfind(c) for c in opens)
        if opening > 0 and (p.item in words[opening:] or p.etc in words[opening:]):
            words = words[:opening]
    return "" if words in p.scopes else words


def is_subtarget(text: str, start: int) -> bool:
    """True when the list item starting at `start` opens with 其中 / 含."""
    return _patterns().subtarget.match(text, start) is not None


def is_share(text: str, q: Quantity) -> bool:
    """A percentage followed by what it is a share of (60%以上的事项, 100%全覆盖)."""
    return q.unit == "%" and q.end < len(text) and HAN.match(text[q.end]) is not None


def after_words(text: str, q: Quantity, layout: Layout, next_start: int, *, across: bool = False) -> tuple[str, int]:
    """The words after the number, and where they end.

    They run to the clause's end or the next target and, unless `across`, to the next 、.
    With `across` (the words name what the number counts: 组建1个老年人、残疾人出租车爱心服务车队)
    they cross a 、 unless what follows has its own verb. They stop at 等 (7条主干道综合提升
    等重点工程); when they hold 的, the head noun after the last 的 is what is counted
    (建成30家兼具…功能的示范型居家养老中心).
    """
    p = _patterns()
    end = min(layout.clause_end(q.end), next_start)
    pos = q.end
    while True:
        cut = text.find(p.item, pos, end)
        if cut < 0:
            break
        if not across or verbs.starts_with_verb(text, cut + 1, end):
            end = cut
            break
        pos = cut + 1
    etc = text.find(p.etc, q.end, end)
    words = _words(text, q.end, etc if etc >= 0 else end)
    cut = words.rfind(p.modifier)
    if 0 <= cut < len(words) - 1:
        words = words[cut + 1:]
    return words, end


def read(text: str, q: Quantity, start: int, end: int, inherited: Action | None, inherit: bool,
         layout: Layout, next_start: int, *, rank: bool = False) -> Reading:
    """Action and indicator of the target `q` whose list item is text[start:end] (`end` = its lead).

    `inherited` is the action of the previous target of the same list; it is taken when
    `inherit` holds and the item has no verb of its own. `rank` marks 排名…前20, whose
    indicator is the ranked thing with the verb (空气质量综合指数排名).
    """
    if is_share(text, q):
        after, consumed = after_words(text, q, layout, next_start)
        return Reading(None, _words(text, start, end) + after, consumed, share=True)
    sub = is_subtarget(text, start)
    own = verbs.governing(text, start, end)
    if (own is not None and sub and inherited is not None and own.verb.kind == "increment"
            and trim(text, own.end, end)[0] == end and trim(text, start, own.start)[0] < own.start):
        # 其中城中村改造1000万平方米: a verb after its noun inside a sub-target names the
        # thing; the sub-target keeps the action of its head.
        own = None
    action = own if own is not None else (inherited if (inherit or sub) else None)
    near, near_end = after_words(text, q, layout, next_start)
    # The noun after the number is this target's (覆盖1180个以上城乡社区); a verb there is not.
    consumed = near_end if near and not verbs.starts_with_verb(text, trim(text, q.end, near_end)[0], near_end) else q.end
    if own is not None:
        obj, subj = _words(text, own.end, end), _words(text, start, _baseline_start(text, start, own.start))
        counted_after = not obj or _modifies(text, own.end, end)
        if rank:
            return Reading(action, subj + own.word, consumed)
        if not counted_after:
            return Reading(action, obj, consumed)
        if own.verb.kind == "increment" or obj or not subj:
            # 新建108个农村文化礼堂, 做好…补助的434个老旧小区改造: the object follows the number.
            after, after_end = after_words(text, q, layout, next_start, across=True)
            if after:
                return Reading(action, after, after_end)
        return Reading(action, subj or obj or _previous(text, start, layout), consumed)
    before = _words(text, start, end)
    if not before or _modifies(text, start, end):
        after, after_end = after_words(text, q, layout, next_start, across=True)
        if after:
            if action is None and q.dimension == "time":
                action = _verb_after(text, q, after_end)
            return Reading(action, after, after_end)
    return Reading(action, before or _previous(text, start, layout), consumed)


def _baseline_start(text: str, start: int, end: int) -> int:
    """Where a baseline phrase (由每人每年580元) begins in text[start:end], or `end`."""
    m = _patterns().baseline.search(text, start, end)
    return m.start() if m else end


def _verb_after(text: str, q: Quantity, end: int) -> Action | None:
    """15分钟内办结: a time limit names its verb right after the number."""
    later = verbs.actions(text, q.end, end)
    if later and later[0].start == trim(text, q.end, end)[0]:
        return later[0]
    return None


def _previous(text: str, start: int, layout: Layout) -> str:
    """The words of the clause before `start`, in the same sentence (最多跑一次、最多100天)."""
    if start == 0 or layout.sentence_start(start) == start:
        return ""
    before = layout.clause_start(start - 1)
    return _words(text, before, start - 1)


def _modifies(text: str, start: int, end: int) -> bool:
    """True when text[start:end] only qualifies what follows the number: it ends with 的 or 、."""
    p = _patterns()
    words = text[start:end].rstrip()
    return words.endswith(p.modifier) or words.endswith(p.item)


def distributor(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of 各 / 分别 / 均 in text[start:end] that shares its predicate over a list.

    It counts only right before a verb or the number (各创建1家, 分别增长, 各8000亩), never
    as a determiner (各县).
    """
    p = _patterns()
    found = None
    for m in p.distributor.finditer(text, start, end):
        after = m.end()
        following = verbs.actions(text, after, end)
        if after == end or (following and following[0].start == after):
            found = m.span()
    return found


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
