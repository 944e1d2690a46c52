"""Progress: the stretches of a text that report what has been done, not what is to be done.

Progress reports (layouts.md §6) put actual figures next to the targets (已完成60%,
已建成4个, 完成年度目标的55%, 1-6月…增长7.6%, 完成率48.3%), and work reports open with
the results of a past period (去年增长5.2%, 过去一年…, 2011年，…), or frame the base the
work starts from (在…增长6.1%的基础上). `spans(text, year)`
finds those stretches: a progress field after its label (实际完成情况：…), and in running
text the clause that holds a marker word to the end of its sentence, stopping before a
clause that looks forward (力争, 确保, 要 …). A quantity inside one has role `progress`
(`targets.classify`) and a time inside one is not a deadline (`deadlines`). The words
are data/progress.toml; callers pass folded text (`extract.traditional.as_written`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..lexicon import compiled, table
from ..lexicon.forward import forward_re, not_after
from ..lexicon.labels import char_class
from ..lexicon.wordsets import alternation
from .verbs import actions

Span = tuple[int, int, str]

_CN = "一二三四五六七八九十"


@dataclass(frozen=True)
class _Rules:
    label: re.Pattern[str]
    field_end: re.Pattern[str]
    already: re.Pattern[str]
    stock: re.Pattern[str]
    review: re.Pattern[str]
    as_of: re.Pattern[str]
    as_of_plan: re.Pattern[str]
    shares: re.Pattern[str]
    planned: re.Pattern[str]
    rates: re.Pattern[str]
    past: re.Pattern[str]
    period: re.Pattern[str]
    past_year: re.Pattern[str]
    past_plan: re.Pattern[str]
    frame: re.Pattern[str]
    plan_ends: dict[str, int]
    forward: re.Pattern[str]
    any_marker: re.Pattern[str]
    sentence_ends: frozenset[str]
    clause_ends: frozenset[str]
    head_after: frozenset[str]
    brackets: dict[str, str]
    set_ends: tuple[str, ...]
    aside_ends: tuple[str, ...]


@cache
def _rules() -> _Rules:
    t = table("progress")
    bound = alternation(table("targets")["comparators"]["trailing"])  # 以上, 以内, 左右 …
    joiners = "".join(re.escape(j) for j in t["period"]["joiners"])
    month = f"(?:[0-9０-９]{{1,2}}|[{_CN}]{{1,2}})"
    period = f"[1１一]\\s*月?\\s*[{joiners}]\\s*{month}\\s*月份?"
    marks = "".join(re.escape(m) for m in t["labels"]["marks"])
    ends = t["scope"]["sentence_ends"]
    plans = {k: int(v) for k, v in table("deadlines")["plan_periods"].items()}
    named = re.escape(table("structure")["labels"]["progress_period"])
    quotes = re.escape("".join(t["past_year"]["quotes"]))
    found = dict(
        # A label may name its period first: 1-6月推进情况：, 上半年进展： (the structure table's period characters).
        label=compiled.compile(
            f"(?:(?:{period}|[{named}]{{1,8}})\\s*)?{alternation(t['labels']['words'])}\\s*[{marks}]"),
        # A field of a list printed as one paragraph ends at a space before a label or an item number.
        field_end=compiled.compile(f"[ \u3000]+(?=\\S{{1,10}}[{marks}]|[0-9]{{1,3}}[.．、]|[{_CN}]{{1,3}}、)"
                                   f"|[{''.join(re.escape(e) for e in ends if e not in '。；;！!？?')}]"),
        already=compiled.compile(
            f"{not_after(t['markers']['already_not_after'])}{alternation(t['markers']['already'])}"
            f"(?!{alternation(t['markers']['already_not_before'])})(?=[\u4e00-\u9fff])"),
        review=compiled.compile(alternation(t["markers"]["reviews"])),
        stock=compiled.compile(f"{alternation(t['markers']['stock'])}(?!{alternation(t['markers']['stock_not_before'])})"),
        as_of=compiled.compile(f"(?<!{char_class(t['markers']['as_of_not_after'])}){alternation(t['markers']['as_of'])}"
                               f"(?!{alternation(t['markers']['as_of_not_before'])})"),
        # the as-of word, its time (年, 月, 日 and their figures, 底 / 末), then a verb of the work
        as_of_plan=compiled.compile(f"(?P<word>{alternation(t['markers']['as_of'])})"
                                    f"[0-9０-９{_CN}年月日号底末]{{1,12}}?(?={alternation(t['markers']['as_of_plan_after'])})"),
        shares=compiled.compile(alternation(t["markers"]["shares"])),
        planned=compiled.compile(alternation(t["markers"]["shares_planned_after"])),
        # (a rate with a comparator word after its figure, 签约率85%以上, is a bound to reach: a target)
        rates=compiled.compile(
            f"{alternation(t['markers']['rates'])}(?={alternation(t['markers']['rate_followers'])}?\\s*"
            f"[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．])(?:[%％](?!{bound})|(?![%％]|{bound})))"),
        past=compiled.compile(alternation(t["markers"]["past"])),
        period=compiled.compile(period),
        past_year=compiled.compile(
            f"((?:19|20)\\d\\d)\\s*年(?![0-9０-９]|{alternation(t['past_year']['year_not_before'])})"),
        past_plan=compiled.compile(
            f"[{quotes}]?(?P<plan>{alternation(plans)})[{quotes}]?"
            f"(?:{alternation(t['past_year']['plan_after'])})?(?:{alternation(t['past_year']['after'])})"),
        frame=compiled.compile(
            f"{alternation(t['frames']['opens'])}"
            f"[^{re.escape(''.join(t['scope']['clause_ends'] + ends))}]{{0,{int(t['frames']['max_length'])}}}?"
            f"{alternation(t['frames']['closes'])}"),
        forward=forward_re(),
    )
    # Most texts report no progress: one search for any marker passes them over (led by the
    # characters a marker can begin with: `compiled.compile`).
    kinds = ("label", "already", "stock", "review", "as_of", "shares", "rates", "period", "past", "past_year", "past_plan",
             "frame")
    any_marker = compiled.compile("|".join(f"(?:{found[k].pattern})" for k in kinds))
    return _Rules(
        **found, any_marker=any_marker, plan_ends=plans,
        sentence_ends=frozenset(ends),
        clause_ends=frozenset(t["scope"]["clause_ends"]),
        head_after=frozenset(t["scope"]["head_after"]),
        brackets={pair[0]: pair[1] for pair in t["scope"]["brackets"]},
        set_ends=tuple(t["scope"]["set_ends"]),
        aside_ends=tuple(t["scope"]["aside_ends"]),
    )


def spans(text: str, year: int | None = None) -> list[Span]:
    """The stretches of `text` that report progress, as (start, end, reason), in order, not
    overlapping. `year` is the document's year: an earlier year at the head of a sentence
    (2011年，…) opens a report of results; None leaves that rule out."""
    r = _rules()
    if not r.any_marker.search(text):
        return []
    found: list[Span] = []
    for m in r.label.finditer(text):
        end = r.field_end.search(text, m.end())
        found.append((m.start(), end.start() if end else len(text), f"a progress field ({text[m.start():m.end()]})"))
    for start, reason in _markers(text, year):
        found.append((start, _report_end(text, start), reason))
    for m in r.stock.finditer(text):
        start = _clause_start(text, m.start())
        if not _governed(text, start, m.start()):
            found.append((start, _stock_end(text, m.end()), f"{m.group()}: what there is now, the task's background"))
    for m in r.frame.finditer(text):
        found.append((m.start(), m.end(), f"{m.group()[:1]}…{m.group()[-3:]}: the base the work starts from"))
    for start, reason in _reviews(text):
        found.append((start, _report_end(text, start, _paragraph_end(text, start)), reason))
    return _merged(found)


def planned_as_of(folded: str, end: int) -> str | None:
    """The as-of word (截至) right before the time that ends at `end`, when a verb of the work
    follows that time with no comma: a plan's milestone (截至6月底全部开工), no report."""
    r = _rules()
    for word in table("progress")["markers"]["as_of"]:
        start = folded.rfind(word, max(0, end - 14), end)
        if start >= 0 and (m := r.as_of_plan.match(folded, start)) and m.end() == end:
            return m.group("word")
    return None


def inside(found: list[Span], start: int, end: int) -> str | None:
    """The reason of the progress span of `found` that holds [start, end), or None."""
    i = bisect_right(found, start, key=lambda span: span[0]) - 1
    if i >= 0 and end <= found[i][1]:
        return found[i][2]
    return None


def _markers(folded: str, year: int | None) -> list[tuple[int, str]]:
    """Where a report of progress starts (its clause's start) for each marker, and why."""
    r = _rules()
    out = []
    for m in r.already.finditer(folded):
        if not _NAMING.search(folded, m.end(), _clause_end(folded, m.end())):
            out.append((_report_start(folded, m.start()), f"{m.group()}: reports what is done"))
    for m in r.as_of.finditer(folded):
        if not r.as_of_plan.match(folded, m.start()):
            out.append((_report_start(folded, m.start()), f"{m.group()}: an as-of time: what is done by then"))
    for pattern, why in ((r.shares, "a share done so far"),
                         (r.review, "a review of past results"),
                         (r.rates, "a rate of completion so far"),
                         (r.period, "a period from the year's start: its actual figure")):
        out.extend((_report_start(folded, m.start()), f"{m.group()}: {why}") for m in pattern.finditer(folded)
                   if pattern is not r.shares or not r.planned.search(folded, _clause_start(folded, m.start()), m.start()))
    for m in r.past.finditer(folded):
        if _at_head(folded, m.start()) and not _opens_paragraph(folded, m.start()):
            out.append((m.start(), f"{m.group()}: the results of a past period"))
    if year is not None:
        for m in r.past_year.finditer(folded):
            if int(m.group(1)) < year and _at_head(folded, m.start()):
                out.append((m.start(), f"{m.group(1)}年: the results of a past year"))
        for m in r.past_plan.finditer(folded):
            if r.plan_ends[m.group("plan")] < year and _at_head(folded, m.start()):
                out.append((m.start(), f"{m.group('plan')}: the results of a past plan period"))
    return out


# A 的 names things (已建成的12个公园); one before a share (已完成主体工程的60%) counts part of a whole.
_NAMING = compiled.compile("的(?![0-9０-９.．]+[%％])")


def _reviews(folded: str) -> list[tuple[int, str]]:
    """Past periods that open a paragraph (layouts §8, a work report's review: 过去一年，面对…。
    全市生产总值增长…): the whole paragraph reports that period's results, not only its
    first sentence."""
    return [(m.start(), f"{m.group()}: the results of a past period (its paragraph)")
            for m in _rules().past.finditer(folded) if _opens_paragraph(folded, m.start())]


def _opens_paragraph(folded: str, i: int) -> bool:
    """Whether position `i` opens a paragraph: only spaces stand before it on its line."""
    while i > 0 and folded[i - 1] in " \u3000\t":
        i -= 1
    return i == 0 or folded[i - 1] == "\n"


def _paragraph_end(folded: str, i: int) -> int:
    end = folded.find("\n", i)
    return len(folded) if end < 0 else end


def _report_start(folded: str, i: int) -> int:
    """Where a report whose marker stands at `i` starts: its clause's start, or the start of
    the clause before when that one names the set the report counts from (…民生实事中，)."""
    start = _clause_start(folded, i)
    before = folded[:start].rstrip("".join(_rules().clause_ends))
    if start and len(before) < start and before.endswith(_rules().set_ends):
        return _clause_start(folded, len(before))
    return start


def _report_end(folded: str, start: int, until: int | None = None) -> int:
    """The end of a report that starts at `start`: its sentence's end (or `until`), or the
    start of the first later clause that looks forward."""
    r = _rules()
    end = _sentence_end(folded, start) if until is None else until
    if (start and folded[start - 1] in r.clause_ends and folded[start - 1] not in r.aside_ends
            and _FIGURE.search(folded, _sentence_start(folded, start), start)):
        end = min([end] + [at for mark in r.aside_ends if 0 <= (at := folded.find(mark, start, end))])
    if start and folded[start - 1] in r.brackets and (close := folded.find(r.brackets[folded[start - 1]], start, end)) >= 0:
        end = close  # a report opened by a bracket ends at its close
    shares = [(m.start(), m.end()) for m in r.shares.finditer(folded, start, end)]
    at = _clause_end(folded, start)
    while at < end:
        clause_end = _clause_end(folded, at + 1)
        for m in r.forward.finditer(folded, at + 1, clause_end):
            if not any(s <= m.start() < e for s, e in shares):
                return at
        at = clause_end
    return end


def _governed(folded: str, start: int, end: int) -> bool:
    """Whether a verb in folded[start:end] governs what follows (a verb with a 的 after it only
    names: 建成的小区, 达到标准的占比)."""
    return any("的" not in folded[a.end:end] for a in actions(folded, start, end))


def _stock_end(folded: str, at: int) -> int:
    """The end of a stock's background (全区现有…21所，占比为46%，…): its sentence's end, or the
    start of the first later clause that states work (a verb: …，日均处理量达到1200吨) or looks
    forward."""
    r = _rules()
    end = _sentence_end(folded, at)
    at = _clause_end(folded, at)
    while at < end:
        clause_end = _clause_end(folded, at + 1)
        if _governed(folded, at + 1, clause_end) or r.forward.search(folded, at + 1, clause_end):
            return at
        at = clause_end
    return end


def _merged(found: list[Span]) -> list[Span]:
    """`found` sorted, overlapping spans joined (the first reason kept)."""
    out: list[Span] = []
    for s, e, why in sorted(found):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, out[-1][2])
            continue
        out.append((s, e, why))
    return out


def _at_head(folded: str, i: int) -> bool:
    """Whether position `i` opens a sentence, a comma clause or what a colon introduces
    (leading spaces skipped)."""
    r = _rules()
    while i > 0 and folded[i - 1] in " \u3000":
        i -= 1
    return i == 0 or folded[i - 1] in r.sentence_ends or folded[i - 1] in r.clause_ends or folded[i - 1] in r.head_after \
        or folded[i - 1] in r.brackets


def _clause_start(folded: str, i: int) -> int:
    r = _rules()
    while i > 0 and folded[i - 1] not in r.sentence_ends and folded[i - 1] not in r.clause_ends:
        i -= 1
    return i


def _clause_end(folded: str, i: int) -> int:
    r = _rules()
    while i < len(folded) and folded[i] not in r.sentence_ends and folded[i] not in r.clause_ends:
        i += 1
    return i


_FIGURE = compiled.compile("[0-9０-９]")


def _sentence_start(folded: str, i: int) -> int:
    r = _rules()
    while i > 0 and folded[i - 1] not in r.sentence_ends:
        i -= 1
    return i


def _sentence_end(folded: str, i: int) -> int:
    """The end of the sentence at `i`, or of its field in a list printed as one paragraph."""
    r = _rules()
    field = r.field_end.search(folded, i)
    stop = field.start() if field else len(folded)
    while i < stop and folded[i] not in r.sentence_ends:
        i += 1
    return i
