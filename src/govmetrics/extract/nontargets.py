"""The roles of numbers that are not targets, and why (spec section 1, "Not targets").

`spans.Spans(text)` marks dates, codes and list labels once per text with the patterns of
data/nontargets.toml. `role(...)` then gives one quantity the first role whose rule
holds, with a short reason naming the rule, or None when the quantity may be a target.
The rules, in order: dates/codes/labels (每月5日前 too); quotes; a marker word right after
the numeral (级, 期, 大, 国道, kV …) or right before it (第, 每, 等); Latin letters or +
touching the digits (PM2.5, 5G, 3+X); a programme's name (三年行动计划, 10年改革,
15分钟健身圈); a list count (5个方面); numbers with no unit (a rank 前20, a zero 清零 and a
ratio with a trailing comparator after a verb 缩小到1.6以内 excepted: a version 2.0, a
numeral sharing the marker of the next one 四、五类, a Chinese numeral with no measure word
in a name 三江中路); small Chinese numerals counting the list just given (A、B和C三支队伍)
or in a set phrase (三支队伍, 最多跑一次), unless they end an item after a verb
(新建幼儿园三所，); the size of an ordinal batch (第一批15个); a baseline
(由80%提高到90%); conditions that pick a population or scope (200人以上自然村, 超20亿元的项目,
30万元以下的村, 3岁以下婴幼儿, 建成15年以上的小区, 5000平方米以上的市场10家); a former plan's
figure (`revisions`) or a figure compared with in a bracket (`references`); what describes a
project (`projects`). `unread_role` places numeral characters that form no number
(一二三产业, the bare 亿 of 亿元以上项目) with the same kinds of rule.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from ..model import Quantity
from ..numbers.affixes import APPROX_AFTER
from . import projects, references, revisions, verbs, zeros
from .clauses import HAN, Layout
from .quantities import comparator_words, extract_quantities, numeral_chars, outer_start
from .spans import Spans
from .units import event_units, unit_pattern

RoleReason = tuple[str, str]

_YEAR = compiled.compile(r"(?:19|20)\d\d")


class _Patterns(NamedTuple):
    after_numeral: re.Pattern[str]
    before_numeral: re.Pattern[str]
    after_quantity: re.Pattern[str]
    programme: re.Pattern[str]
    batch: re.Pattern[str]
    batch_named: re.Pattern[str]
    baseline_before: re.Pattern[str]
    baseline_after: re.Pattern[str]
    rank_verbs: re.Pattern[str]
    shared_marker: re.Pattern[str]
    version: re.Pattern[str]
    list_joiners: re.Pattern[str]
    works_done: re.Pattern[str]
    unit: re.Pattern[str]
    trailing: re.Pattern[str]
    leading: re.Pattern[str]
    rate_name: re.Pattern[str]
    rate_base: re.Pattern[str]
    scoring: re.Pattern[str]


@cache
def _data() -> dict:
    return table("nontargets")


@cache
def _patterns() -> _Patterns:
    d = _data()
    prog = d["programme"]
    rank = table("targets")["rank"]
    return _Patterns(
        after_numeral=compiled.compile(alternation(d["after_numeral"])),
        before_numeral=compiled.compile(alternation(d["before_numeral"]) + r"\Z"),
        after_quantity=compiled.compile(alternation(d["after_quantity"])),
        programme=compiled.compile(f"{HAN.pattern}{{0,{int(prog['max_gap'])}}}?" + alternation(prog["heads"])),
        batch=compiled.compile(d["ordinal_batch"]["regex"]),
        batch_named=compiled.compile(d["ordinal_batch"]["named_before"]),
        baseline_before=compiled.compile(alternation(table("targets")["baseline"]["before"]) + "[^，,；;。、\n]{0,8}\\Z"),
        baseline_after=compiled.compile(alternation(table("targets")["baseline"]["after"])),
        rank_verbs=compiled.compile(alternation(rank["verbs"])),
        shared_marker=compiled.compile(f"{alternation(d['shared_marker']['joiners'])}[{numeral_chars()}]+"),
        version=compiled.compile(d["version"]["regex"]),
        list_joiners=compiled.compile(alternation(d["list_count"]["joiners"])),
        works_done=compiled.compile(alternation(d["list_count"]["works_done"])),
        unit=compiled.compile(unit_pattern()),
        trailing=compiled.compile(alternation(comparator_words()["trailing"])),
        leading=compiled.compile(alternation(comparator_words()["leading"]) + r"\Z"),
        rate_name=_rate_name(d, int(d["rate_name"]["max_gap"])),
        rate_base=_rate_name(d, int(d["rate_name"]["base_gap"])),
        scoring=compiled.compile(f"{alternation(d['scoring']['words'])}|{alternation(d['scoring']['verbs'])}"
                                 f"[^，,；;。\n]{{0,{int(d['scoring']['gap'])}}}?{d['scoring']['points']}"),
    )


def _rate_name(d: dict[str, Any], gap: int) -> re.Pattern[str]:
    """A rate's name within `gap` characters: Han words, then a head of [rates] (覆盖率, 死亡率)."""
    modifier = re.escape(table("targets")["connectors"]["modifier"])
    return compiled.compile(f"(?:(?!{modifier}){HAN.pattern}){{1,{gap}}}?{alternation(table('targets')['rates']['heads'])}"
                            f"(?!{alternation(d['rate_name']['not_after_head'])})")


@cache
def _magnitude_chars() -> frozenset[str]:
    return frozenset("".join(table("numerals")["magnitudes"]))


def is_rank(text: str, q: Quantity, layout: Layout) -> bool:
    """True for a unitless number after 前 in a clause with a ranking verb (排名…前20)."""
    lead = table("targets")["rank"]["leading"]
    s = q.number_start
    if q.unit is not None or s < len(lead) or not text.startswith(lead, s - len(lead)):
        return False
    return _patterns().rank_verbs.search(text, layout.clause_start(s), s) is not None


def unread_role(start: int, end: int, layout: Layout, spans: Spans) -> RoleReason:
    """The role of numeral characters that form no number (“十四五”, 一二三产业, 亿元以上)."""
    text = layout.text
    found = spans.role(start, end)
    if found:
        return found
    if layout.in_quotes(start, end):
        return "programme_name", "numeral characters inside quotes: a counted name"
    return (
        _touching(text, start, end) or _series(text[start:end]) or _bare_magnitude(text, start, end)
        or _before_word(text, end) or ("other", "numeral characters that form no number")
    )


def _series(run: str) -> RoleReason | None:
    """Digits one after another (一二三产业): each is an ordinal."""
    digits = table("numerals")["digits"]
    values = [digits.get(c) for c in run]
    if len(run) > 1 and values[0] and all(v is not None and v == values[0] + i for i, v in enumerate(values)):
        return "ordinal", "digits counted in order name a series (一二三产业)"
    return None


def _bare_magnitude(text: str, start: int, end: int) -> RoleReason | None:
    """A magnitude with no digit before it and a unit after it (亿元以上项目, 每万人…拥有量)."""
    p = _patterns()
    unit = p.unit.match(text, end)
    if not unit or unit.end() == end or not set(text[start:end]) <= _magnitude_chars():
        return None
    if p.trailing.match(text, unit.end()) or p.leading.search(text, max(0, start - 3), start):
        return "condition", "a bare magnitude and unit with 以上/超 picks a size class (亿元以上项目, 超千万元楼宇)"
    return "name_or_code", "a bare magnitude and unit in a name: a rate's base or a size (万人发明专利, 亿元生产总值)"


def _before_word(text: str, end: int) -> RoleReason | None:
    """A Chinese numeral right before a word, with no measure word between: part of a name."""
    if end < len(text) and HAN.match(text[end]):
        return "name_or_code", "a Chinese numeral with no measure word before a word: part of a name (三江中路, 一票制)"
    return None


def role(text: str, q: Quantity, layout: Layout, spans: Spans, year: int | None) -> RoleReason | None:
    """The non-target role of `q` and the reason, or None when `q` may be a target."""
    s, e = q.number_start, q.number_end
    numeral = text[s:e]
    found = spans.role(s, e)
    if found:
        return found
    if zeros.none_to_happen(text, s, e):
        return None
    if layout.in_quotes(s, e) and not revisions.quoted_new(text, s, layout):
        if revisions.quoted_old(text, s, layout):
            return "other", "a former target a change replaced (“…”调整为…)"
        if not revisions.quoted_sentence(text, s, layout):  # (a quoted sentence's numbers are its own)
            if any(c.isdigit() and c.isascii() for c in numeral):
                return "name_or_code", "digits inside quotes: a name or a code (“1433”)"
            return "programme_name", "a numeral inside quotes: a counted name (“六稳”)"
    if zeros.none_left(text, q):
        return None
    if numeral == _data()["zero"]["numeral"]:
        return (q.unit is None and _before_word(text, q.end)) or ("other", "零 in a word")
    return (_markers(text, q, numeral, layout) or _scoring(text, q, layout) or revisions.former(text, q, layout)
            or references.beside(text, q, layout) or _unitless(text, q, numeral, layout, year)
            or _phrases(text, q, numeral, layout))


def _scoring(text: str, q: Quantity, layout: Layout) -> RoleReason | None:
    """A number in a rule of scoring: in its clause, or in the clause after a condition (…的，)."""
    start, end = layout.clause_start(q.start), layout.clause_end(q.end)
    if text[end - 1:end] == _data()["scoring"]["condition_end"] and end < len(text) and text[end] not in "。\n":
        end = layout.clause_end(end + 1)
    if _patterns().scoring.search(text, start, end):
        return "other", "a rule of scoring (每少1个扣0.5分, 低于80%的不得分, 权重5%)"
    return None


def _markers(text: str, q: Quantity, numeral: str, layout: Layout) -> RoleReason | None:
    """Words and characters touching the numeral (a list's count of works done: a target)."""
    p = _patterns()
    s, e = q.number_start, q.number_end
    touching = _touching(text, s, e, q.unit)
    if touching and not (touching[0] == "list_count" and p.works_done.search(
            text, layout.clause_start(q.start), layout.clause_end(q.end))):
        return touching
    prev = text[s - 1] if s else ""
    nxt = text[e] if e < len(text) else ""
    dotted = prev == "." and s > 1 and text[s - 2].isdigit() and numeral.isascii()
    if prev == "+" or nxt == "+" or (prev.isascii() and prev.isalpha()) or dotted:
        return "name_or_code", "letters, + or a dot touching the digits (PM2.5, 3+X, 1.2.3)"
    if q.unit is None and nxt.isascii() and nxt.isalpha():
        return "name_or_code", "a letter after the digits (5G)"
    if q.unit in (None, *_duration_units()) and p.programme.match(text, q.end):
        return "programme_name", "part of a programme's or a reform's name (三年行动计划, 10年改革)"
    if q.unit not in (None, "%") and p.rate_name.match(text, q.end):
        return "name_or_code", "part of a rate's name (500米覆盖率)"
    if q.magnitude and q.unit in _data()["rate_name"]["base_units"] and p.rate_base.match(text, q.end):
        return "name_or_code", "the base of a rate (十万人生产安全事故死亡率)"
    after_q = p.after_quantity.match(text, q.end)
    if after_q:
        return _data()["after_quantity"][after_q.group()], f"counts the {after_q.group()} of a list"
    return projects.described(text, q)


def _touching(text: str, s: int, e: int, unit: str | None = None) -> RoleReason | None:
    """The role a marker word right after (级, 期, 大) or right before (第, 每) the numeral gives; a
    marker the quantity read as its `unit` (培训班12期: [event_units]) or that begins it (kV of kVA) is none."""
    p = _patterns()
    after = p.after_numeral.match(text, e)
    if after and not (after.group() == unit and unit in event_units() or len(unit or "") > len(after.group()) and (unit or "").startswith(after.group())):
        return _data()["after_numeral"][after.group()], f"{after.group()} after the number"
    before = p.before_numeral.search(text, max(0, s - 3), s)
    if before:
        return _data()["before_numeral"][before.group()], f"{before.group()} before the number"
    return None


@cache
def _duration_units() -> tuple[str, ...]:
    return tuple(_data()["programme"]["units"])


def _unitless(text: str, q: Quantity, numeral: str, layout: Layout, year: int | None) -> RoleReason | None:
    """Numbers with no unit: ranks may be targets, the rest are not."""
    if q.unit is not None:
        return None
    if is_rank(text, q, layout):
        return None
    if _YEAR.fullmatch(numeral):
        if year is not None and int(numeral) == year:
            return "date", "the document's year"
        return "name_or_code", "a year-like number in a name (浙江制造2025)"
    nxt = text[q.end] if q.end < len(text) else ""
    if q.magnitude and HAN.match(nxt):
        return "condition", "a size class before a noun (500亿企业)"
    p = _patterns()
    lead = outer_start(text, q)
    if q.end > q.number_end and verbs.actions(text, layout.clause_start(lead), lead):
        # A trailing comparator and a verb before it: a ratio or index to reach (缩小到2.0以内).
        return None
    if p.version.fullmatch(numeral):
        return "ordinal", "a version number (平台2.0)"
    shared = p.shared_marker.match(text, q.end)
    marker = shared and p.after_numeral.match(text, shared.end())
    if marker:
        return _data()["after_numeral"][marker.group()], f"shares the {marker.group()} of the next numeral (四、五类)"
    if lead < q.start and _compared(q) and _ends_item(text, q.end) and any(c.isdigit() for c in numeral):
        # A comparison word before it and the item's end after it: an index to stay under
        # (死亡率低于1.6。).
        return None
    before = verbs.actions(text, layout.clause_start(lead), lead)
    if (before and before[-1].verb.kind == "level" and not text[before[-1].end:lead].strip()
            and _ends_item(text, q.end) and any(c.isdigit() for c in numeral)):
        # A verb of a level right before it and the item's end after it: a coefficient or an
        # index to reach (灌溉水有效利用系数提高到0.53。).
        return None
    if not any(c.isascii() for c in numeral):
        return _before_word(text, q.end) or ("other", "a number with no unit")
    return "other", "a number with no unit"


def _ends_item(text: str, pos: int) -> bool:
    """Whether the item ends at `pos`: the text ends or an item end follows (，。；、) but a line
    break before digits (30\n0天: a number wrapped by a PDF, not ended)."""
    if pos == len(text):
        return True
    if text[pos] not in _data()["small_count"]["item_ends"]:
        return False
    return text[pos] not in "\r\n" or not text[pos:].lstrip()[:1].isdigit()


def _compared(q: Quantity) -> bool:
    """Whether a comparison word of data/targets.toml [comparators.leading] (低于, 不超过) sets
    the comparator of `q` (an approximation word such as 约 or 近 does not)."""
    return any(w in table("targets")["comparators"]["leading"] for w in q.comparator_words)


def _phrases(text: str, q: Quantity, numeral: str, layout: Layout) -> RoleReason | None:
    """Numbers with a unit that still qualify, name or compare rather than count."""
    p = _patterns()
    lead = outer_start(text, q)
    if _small_chinese(q, numeral):
        listed = _counts_list(text, q, lead, layout)
        if listed:
            return listed
        if _counts_item(text, q, lead, layout):
            return None
        return "other", "a small Chinese numeral in a set phrase (三支队伍, 七日无理由退货)"
    if p.batch.search(text, max(0, lead - 8), lead) and p.batch_named.match(text, q.end):
        return "condition", "the size of an ordinal batch (第一批15个)"
    if projects.announces_list(text, q, layout):
        return "list_count", "counts the numbered items listed after it (包括3个子项目：（1）…（2）…（3）…)"
    if p.baseline_before.search(text, max(0, lead - 10), lead) and p.baseline_after.match(text, q.end):
        return "other", "a baseline (由80%提高到90%)"
    return _condition(text, q, lead, layout)


def _small_chinese(q: Quantity, numeral: str) -> bool:
    """A Chinese numeral of ten or less counting things or years (not a share), exact: an approximate
    count (十余个, 十几家) or a bound (三个工作日以内, 不少于五家) is never part of a set phrase."""
    if q.value is None or q.value > 10 or numeral.isascii() or any(c.isdigit() for c in numeral):
        return False
    if q.comparator != "=" or any(w in APPROX_AFTER for w in q.comparator_words):
        return False
    return q.dimension in (None, "count", "time")


def _counts_list(text: str, q: Quantity, lead: int, layout: Layout) -> RoleReason | None:
    """A count equal to the number of items listed right before it in its clause (A、B和C三支队伍).

    The list starts after the last amount of the clause: an item that ends in its own
    count (新建城市书房五家、农村文化礼堂两个) is a target of a list, not a name counted later.
    """
    start = layout.clause_start(lead)
    counted = [x for x in extract_quantities(text[start:lead]) if x.unit]
    if counted:
        # The joiner right after that amount ends its item; it joins no names.
        after = start + counted[-1].end
        joiner = _patterns().list_joiners.match(text, after, lead)
        start = joiner.end() if joiner else after
    joins = sum(1 for m in _patterns().list_joiners.finditer(text, start, lead)
                if not layout.in_quotes(m.start(), m.end()))
    if joins and q.value == joins + 1:
        return "list_count", f"counts the {joins + 1} items listed just before it"
    return None


def _counts_item(text: str, q: Quantity, lead: int, layout: Layout) -> bool:
    """True for a small Chinese count that ends its item, counts things (次 only with a floor: 不少于四次,
    not 最多跑一次) and follows a verb of its clause: a target (新建幼儿园三所，…; 新建菜市场四个)."""
    small = _data()["small_count"]
    ends_item = q.end == len(text) or text[q.end] in small["item_ends"]
    if not ends_item or q.dimension != "count" or (q.unit in small["not_units"] and q.comparator not in (">=", ">")):
        return False
    return bool(verbs.actions(text, layout.clause_start(lead), lead))


def _names_goal(text: str, pos: int) -> bool:
    """Whether a word for a goal (目标, 任务) follows `pos` within a few characters (的年度目标)."""
    cond = _data()["condition"]
    gap = text[pos:pos + int(cond["goal_gap"]) + max(map(len, cond["goal_heads"]))]
    return any(0 <= gap.find(h) <= int(cond["goal_gap"]) for h in cond["goal_heads"])


def _condition(text: str, q: Quantity, lead: int, layout: Layout) -> RoleReason | None:
    """A number that picks which things count rather than how many to reach."""
    cond = _data()["condition"]
    modifier = table("targets")["connectors"]["modifier"]
    nxt = text[q.end] if q.end < len(text) else ""
    noun_follows = bool(HAN.match(nxt)) or nxt.isdecimal()  # (④, ¹: a footnote mark, no digit)
    if q.unit in cond["age_units"] and noun_follows:
        return "condition", "an age that picks a population (3岁以下婴幼儿)"
    if (q.dimension in cond["qualifier_dimensions"] and q.comparator == "=" and lead == q.start
            and HAN.match(nxt) and not verbs.starts_with_verb(text, q.end, len(text))
            and not _patterns().shared_marker.match(text, q.end)  # 压缩至30小时和1.2小时以内: a list of figures
            and any(x.unit for x in extract_quantities(text[q.end:layout.clause_end(q.end)]))):
        return "condition", "a duration before the noun it qualifies, counted later (24小时自助服务网点10个)"
    trailing = q.comparator in (">=", "<=") and lead == q.start
    if q.unit in cond["thing_age_units"] and trailing and nxt == modifier:
        return "condition", "an age with 以上/以下 before 的 picks a scope (建成15年以上的小区)"
    if trailing and q.unit in cond["population_units"] and text.startswith(tuple(cond["population_scopes"]), q.end):
        return "condition", "people or households with 以上/以下 before a place or body pick which count (25户以上自然村)"
    if trailing and noun_follows and q.dimension in cond["threshold_dimensions"]:
        return "condition", "an amount that picks a size class (1000亿元以上重大项目)"
    if q.unit == "%" or (nxt == modifier and _names_goal(text, q.end + 1)):
        return None
    governed = verbs.governed(text, lead)
    if nxt == modifier and not governed:
        return "condition", "a threshold before 的 (超20亿元的项目, 30万元以下的村)"
    if nxt == modifier and q.comparator != "=" and extract_quantities(text[q.end:layout.clause_end(q.end)]):
        return "condition", "a threshold before 的 with the count after it (新建5000平方米以上的市场10家)"
    if q.comparator == ">" and lead < q.start and noun_follows:
        return "condition", "a threshold before a noun (投资超20亿元重大产业项目)"
    phrase = text[q.end:layout.clause_end(q.end)].split("、")[0]  # the noun it qualifies and its count
    later = extract_quantities(phrase) if trailing and noun_follows else []
    if (trailing and noun_follows and nxt != modifier and (not governed or any(x.unit for x in later))
            and not verbs.starts_with_verb(text, q.end, len(text))
            and not (q.dimension == "time" and q.comparator == "<=")):
        # (a time within which a thing is done is a time limit for a service: 12小时内得到救助; a
        # verb before the size governs the count after it: 化解56人以上大班额48个)
        return "condition", "a size that picks a scope (200人以上自然村, 4米以上路段)"
    return None
