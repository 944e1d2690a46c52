"""What the words around a target say: its action and its indicator (spec section 2).

A target's item runs from the start of its clause (after ，；。 or a sub-target bracket),
or from the end of the previous target's words, to the number. The action is the verb
that governs the number (`verbs.governing`); the indicator is the text after that verb
(新增 学位 6750个), or before it when the verb stands right before the number (规上工业增加值
增长 7.2%), or after the number when nothing before names the thing (新建 108个 农村文化礼堂).
Fillers (力争, 再, 累计 …) are trimmed from both ends. Shares (60%以上的事项) take the words
on both sides (the lists that share one predicate, X、Y各新增100亿元, are `lists`).
Words come from data/targets.toml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from ..model import Quantity
from ..numbers.numerals import NUMERAL_RE
from . import verbs
from .clauses import HAN, Layout, brackets, subtarget_words
from .quantities import extract_quantities
from .timeexpr import scan
from .verbs import Action

# Time expressions that can open a list item before its verb (8月底前建成, 年内新增).
_TIME_FORMS = frozenset({"date", "plan", "duration"})


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
    subtarget: re.Pattern[str]
    etc: str
    item: str
    modifier: str
    baseline: re.Pattern[str]
    noun_head: int
    rates: tuple[str, ...]
    cells: frozenset[str]
    note_open: frozenset[str]
    note_close: frozenset[str]


@cache
def _patterns() -> _Patterns:
    t = table("targets")
    fillers = alternation([*t["fillers"]["words"], *t["connectors"]["items"]])
    end_fillers = alternation([*t["fillers"]["words"], *t["fillers"]["end_words"], *t["connectors"]["items"]])
    return _Patterns(
        fill_start=compiled.compile(rf"(?:\s|{t['fillers']['item_label']}|{fillers})+"),
        fill_end=compiled.compile(rf"(?:\s|{end_fillers})+\Z"),
        baseline=compiled.compile(
            f"{alternation(t['baseline']['before'])}(?=[^，,；;。]{{0,8}}[0-9０-９])"
            f"|(?:{alternation(t['baseline']['compared_lead'])})?{alternation(t['baseline']['compared'])}"
            f"(?=(?:19|20)[0-9]{{2}}年|{alternation(t['baseline']['compared_bases'])})"),
        scopes=frozenset(t["scopes"]["words"]),
        subtarget=compiled.compile(r"\s*" + alternation(subtarget_words())),
        etc=t["connectors"]["etc"],
        item=t["connectors"]["item"],
        modifier=t["connectors"]["modifier"],
        noun_head=int(t["lists"]["noun_head"]),
        rates=tuple(t["rates"]["heads"]),
        cells=frozenset(t["separators"]["cells"]),
        note_open=frozenset(t["separators"]["open_sub"]),
        note_close=frozenset(t["separators"]["close_sub"]),
    )


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] less fillers, connectors, spaces and a leading time (年底前, 8月底前:
    when, not what) at both ends."""
    p = _patterns()
    while start < end:
        m = p.fill_start.match(text, start, end)
        n = p.fill_end.search(text, start, end)
        t = None if m else _leading_time(text, start, end)
        if not m and not n and not t:
            break
        if m:
            start = m.end()
        elif t:
            start = t
        if n and n.start() >= start:
            end = n.start()
    return start, max(start, end)


def _leading_time(text: str, start: int, end: int) -> int | None:
    """The end of a time expression of a date or a part of the year that opens text[start:end]
    (其中确保8月底前建成9所: 8月底前 says when; 到2025年…: by when), or None."""
    by = next((len(w) for w in table("deadlines")["context"]["by_words"] if text.startswith(w, start)), 0)
    first = next(scan(text[start + by:end], None), None)  # (by a time: 到2025年…)
    if first is None or first.start != 0 or first.form not in _TIME_FORMS:
        return None
    return start + by + first.end


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
    if words[:1] in p.note_open and words[-1:] in p.note_close:
        # A note in brackets right after the number names nothing counted (6%(上级下达指标));
        # words in quotes do (处置30家“僵尸企业”).
        words = ""
    cut = words.rfind(p.modifier)
    if 0 <= cut < len(words) - 1:
        words = words[cut + 1:]
    return words, end


def read(text: str, q: Quantity, start: int, end: int, inherited: Action | None, inherit: bool,
         layout: Layout, next_start: int, *, rank: bool = False, inherited_indicator: str = "") -> Reading:
    """Action and indicator of the target `q` whose list item is text[start:end] (`end` = its lead).

    `inherited` is the action of the previous target of the same list; it is taken when
    `inherit` holds and the item has no verb of its own; `inherited_indicator` is that
    target's indicator, for an item whose words name nothing. `rank` marks 排名…前20, whose
    indicator is the ranked thing with the verb (空气质量综合指数排名).
    """
    if is_share(text, q):
        after, consumed = after_words(text, q, layout, next_start)
        own = verbs.governing(text, start, end)
        if own is not None and trim(text, own.end, end)[0] == end and not verbs.actions(text, q.end, consumed):
            # 完成80%工程量: a verb right before the share of a thing governs it (not a share of
            # an action: 开展100%全覆盖…).
            return Reading(own, after, consumed, share=True)
        return Reading(None, _words(text, start, end) + after, consumed, share=True)
    sub = is_subtarget(text, start)
    own = verbs.governing(text, start, end)
    if own is None and not (inherit or sub) and not _words(text, start, end):
        opening = _cell_verb(text, start, layout)
        if opening is not None:
            # 新增公办学位 ⇥ 15万个: the verb that opens the cell before governs the number.
            return Reading(opening[0], opening[1], q.end)
    if own is not None and _in_rate_subject(text, q, own, end):
        return Reading(None, _words(text, start, end), q.end)
    if own is not None and inherited is not None and (sub or inherit) and _in_noun(text, start, own, end, sub):
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
        if not obj and _serves(text, start, own.start):
            # 为65岁以上老年人免费体检400万人次: the number counts the people served by the
            # verb; both name the thing counted.
            return Reading(action, _words(text, start, own.end), consumed)
        if not counted_after:
            return Reading(action, obj, consumed)
        if own.verb.kind == "increment" or obj or not subj:
            # 新建108个农村文化礼堂, 做好…补助的434个老旧小区改造: the object follows the number.
            after, after_end = after_words(text, q, layout, next_start, across=True)
            if after:
                return Reading(action, after, after_end)
        # Nothing names the thing: a list item or sub-target counts what its list counts
        # (其中新建1.5万亩), and a verb of change measures the thing before it (完成交易额
        # 50亿元，增长20%); else the clause before names it (培育发展义新欧班列,力争往返400列)
        # unless it holds a number of its own; else the verb names an activity (培训三千人次).
        follows = inherit or sub or own.verb.kind != "increment"
        named = subj or obj or (inherited_indicator if follows else "")
        cell = None if named else _name_cell(text, start, layout)
        previous = "" if named else text[slice(*cell)] if cell else _previous(text, start, layout)
        if NUMERAL_RE.search(previous) and cell is None:
            previous = ""
        return Reading(action, named or previous or own.word, consumed)
    before = _words(text, start, end)
    if not before or _modifies(text, start, end) or verbs.having(text, end):
        after, after_end = after_words(text, q, layout, next_start, across=True)
        if after:
            if (last := verbs.closing(text, *trim(text, q.end, after_end))) is not None:
                # 3个贫困村出列: the item's own verb after the counted noun (before an inherited
                # one); the noun is what is counted
                return Reading(last, _words(text, q.end, last.start), after_end)
            if action is None and q.dimension == "time":
                action = _verb_after(text, q, after_end)
            elif action is None and _for_beneficiaries(text, start, end):
                later = verbs.actions(text, q.end, after_end)
                action = later[0] if later else None
            return Reading(action, after, after_end)
    if inherit and inherited_indicator and verbs.commitment_end(text, start) and trim(text, start, end)[0] == end:
        # A commitment alone before the number (增长6.5%左右，力争7%): a higher aim for the same thing
        return Reading(action, inherited_indicator, consumed)
    if (before and inherited_indicator and is_subtarget(text, layout.clause_start(start)) and _place(before)
            and not _place(inherited_indicator, short=False)):
        # 其中棠东区1200个、棠西区950个: a share by place counts the target's thing (a 其中 list only:
        # 建设美丽河湖8条、水美乡镇7个 counts another thing; 特色村 is a kind, not a place)
        before = inherited_indicator
    if not before:
        # (the cell that names it opens with a verb: what follows the verb is the thing counted)
        opening = _cell_verb(text, start, layout)
        cell = _name_cell(text, start, layout)
        before = opening[1] if opening else _words(text, *cell) if cell else _previous(text, start, layout)
    return Reading(action, before, consumed)


def _place(words: str, *, short: bool = True) -> bool:
    """Whether `words` only name a place: ending as a place does ([scopes] place_ends: 棠东区,
    青坪镇, 湖心街道), no verb in them, and (`short`) at most [scopes] place_length long."""
    t = table("targets")["scopes"]
    return ((not short or len(words) <= int(t["place_length"])) and words.endswith(tuple(t["place_ends"]))
            and not verbs.actions(words, 0, len(words)))


def _in_rate_subject(text: str, q: Quantity, own: Action, end: int) -> bool:
    """True when a percentage follows the name of a rate with a verb of doing inside it.

    确保新建商品住宅小区配建养老服务设施达标率100%: 新建 qualifies the housing; no verb
    governs the 100%, which is a level. A verb of reaching (实现…通达率100%) or of change
    (提高…收集率5个百分点) does govern a rate, and 达到/控制在 stand right before the number.
    """
    if q.unit != "%" or own.verb.kind != "increment":
        return False
    words = text[slice(*trim(text, own.end, end))]
    return bool(words) and words.endswith(_patterns().rates)


def _in_noun(text: str, start: int, own: Action, end: int, sub: bool) -> bool:
    """True when the verb `own` of a list item text[start:end] is part of what is counted.

    It is, when a noun stands before it and a short head noun after it (，新三板挂牌企业5家;
    其中技术改造投资150亿元): the item keeps the action of its list. So is a verb right
    before the number of a sub-target (其中城中村改造1000万平方米). A verb with a longer
    object after it (、公交车增设移动支付功能500辆), or right before the number of a list
    item (、城镇低效用地再开发3500亩), is the item's own.
    """
    if own.verb.kind != "increment" or trim(text, start, own.start)[0] == own.start:
        return False
    head = text[slice(*trim(text, own.end, end))]
    if not head:
        return sub
    return len(head) <= _patterns().noun_head and _patterns().modifier not in head


def _baseline_start(text: str, start: int, end: int) -> int:
    """Where a baseline phrase (由每人每年580元) or a comparison base (比2018年, 较上年) begins in
    text[start:end], or `end`."""
    m = _patterns().baseline.search(text, start, end)
    return m.start() if m else end


def _for_beneficiaries(text: str, start: int, end: int) -> bool:
    """Whether the item text[start:end] before the number is a preposition that introduces
    whom the number counts (为1200名残疾儿童提供…): the verb after them governs the number."""
    a, b = trim(text, start, end)
    return a == b and text[start:end].rstrip().endswith(tuple(table("targets")["fillers"]["beneficiaries"]))


def _serves(text: str, start: int, end: int) -> bool:
    """Whether the words text[start:end] before a verb open with a preposition of the people
    served (为, 对, 向: [fillers] beneficiaries) and name them."""
    words = text[start:end].lstrip()
    return any(words.startswith(w) and len(words) > len(w) for w in table("targets")["fillers"]["beneficiaries"])


def _verb_after(text: str, q: Quantity, end: int) -> Action | None:
    """15分钟内办结: a time limit names its verb right after the number."""
    later = verbs.actions(text, q.end, end)
    if later and later[0].start == trim(text, q.end, end)[0]:
        return later[0]
    return None


def _name_cell(text: str, start: int, layout: Layout) -> tuple[int, int] | None:
    """The table cell that names the number of the cell starting at `start` (right after a cell
    boundary): the nearest cell before it, in its row, that is not a value of its own (新建城市
    道路 ⇥ 15条 ⇥ 45公里: 45公里 is named by the first cell), trimmed; None outside a table."""
    cells = _patterns().cells
    pos = start
    while pos and text[pos - 1] in cells and layout.sentence_start(pos - 1) < pos - 1:
        cell = layout.clause_start(pos - 1)
        a, b = trim(text, cell, pos - 1)
        found = extract_quantities(text[a:b]) if a < b else []
        if a < b and not (len(found) == 1 and found[0].start == 0 and found[0].end == b - a):
            return a, b
        pos = cell
    return None


def _cell_verb(text: str, start: int, layout: Layout) -> tuple[Action, str] | None:
    """The verb that opens the cell naming the number of the cell at `start` and the words after
    it there, or None (新增公办学位 ⇥ 15万个 → 新增, 公办学位)."""
    cell = _name_cell(text, start, layout)
    if cell is None:
        return None
    a, b = cell
    acts = verbs.actions(text, a, b)
    if not acts or acts[0].start != a or acts[0].end == b:
        return None
    return acts[0], _words(text, acts[0].end, b)


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
