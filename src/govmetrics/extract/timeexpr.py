"""Time expressions: find them in a text and resolve each against the document's year.

The extractor (`scan`) finds every span that reads as a time: a date or a part of a year
(2020年底前, 6月底前, 9月30日前, 上半年, 一季度末, 今年, 年内), a plan period (“十四五”期间),
a count of years (三年内), a recurring report time (每季度末), a word with no date (尽早),
a manner word (及时), an ongoing word (长期), and the counts of years that name a programme
(三年行动计划) or the year that names a campaign (2020“创新年”). The resolver gives each its
due date and the class of context it needs (`limit`, `adverb`, `name`; docs/deadlines.md).
Whether a time is a *due* time is decided from the words around it in `govmetrics.extract.deadlines`.
Every word comes from data/deadlines.toml; the patterns are built from it once.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any, Iterator, Literal

from ..errors import GovmetricsError
from ..lexicon import compiled, table
from ..lexicon.labels import alternation, char_class

Form = Literal["date", "plan", "duration", "recurring", "no_date", "manner", "ongoing", "programme", "campaign"]
Cls = Literal["limit", "adverb", "name"]

# Years, months and days as written: ASCII or full-width digits, or Chinese digits.
_DIGIT = "0-9０-９"


@dataclass(frozen=True)
class TimeExpr:
    """One time expression found in a text, resolved against the document's year.

    `cls` says how much context it needs to be a due time: a `limit` (年底前, 三年内) is
    one wherever it stands, an `adverb` (今年, 上半年, 6月底) where it is the time of an
    action, a `name` (2018年, “十四五”, 2018年4月18日) only with clear evidence.
    `day` marks a calendar date that names a day. `due` is None for forms with no date,
    and for a time relative to a document year that is unknown (`unresolved`).
    """

    start: int
    end: int
    surface: str
    form: Form
    cls: Cls
    due: date | None
    recurring: bool = False
    day: bool = False
    unresolved: bool = False


@dataclass(frozen=True)
class _Grammar:
    """The compiled patterns and the data the resolver reads."""

    master: re.Pattern[str]
    year: re.Pattern[str]
    month: re.Pattern[str]
    quarter: re.Pattern[str]
    recurring_bare: re.Pattern[str]
    relative: dict[str, dict[str, Any]]
    plans: dict[str, int]
    plan_suffixes: dict[str, Cls]
    named: dict[str, str]
    month_parts: dict[str, int]
    year_end: tuple[str, ...]
    closed: tuple[str, ...]
    digits: dict[str, int]
    ten: str


def _pieces(t: dict[str, Any]) -> dict[str, str]:
    """Regex pieces of dates, parts of a year, counts and recurring heads.

    `year`, `month` and `quarter` hold unnamed groups that the resolver reads (year, last
    year of a span; month, day, month part; quarter prefix, number).
    """
    num, parts, suf = t["numerals"], t["parts"], t["suffixes"]
    cn, ten = "".join(num["digits"]), num["ten"]
    small = char_class(set(cn) - {"〇", "○", "零"})
    y4 = f"(?:[12１２][{_DIGIT}]{{3}}|[一二]{char_class(cn)}{{3}})"
    month_n = f"(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|{ten}[一二]?|{small})"
    day_n = f"(?:3[01]|[12][0-9]|0?[1-9]|[１２３][０-９]|０?[１-９]|[二三]?{ten}{small}?|{small})"
    day_mark = char_class(parts["day_marks"])
    closed = "|".join(re.escape(w) + (f"(?!{alternation(suf['closed_not_before'])})" if w == "前" else "")
                      for w in sorted(suf["closed"], key=len, reverse=True))
    sep = char_class(t["numeric_dates"]["separators"])
    not_after = set(t["bare_year"]["not_after"]) | set(cn + ten + "0123456789０１２３４５６７８９")
    return {
        "y4": y4, "day": f"{day_n}{day_mark}", "closed": f"(?:{closed})",
        "year": f"({y4})(?:(?:{alternation(num['year_span'])})({y4}))?年",
        # a span of months resolves to its last (4月—9月, 1—4月): the group holds the last month
        "month": (f"(?:{month_n}月?(?:{alternation(num['year_span'])}))?"
                  f"({month_n})月(?:({day_n}){day_mark}|({alternation(parts['month_parts'])}))?"),
        "quarter": (f"({alternation(parts['quarter_prefixes'])})?([一二两三四1-4１-４])"
                    f"(?:{alternation(parts['quarter_words'])})(?:{alternation(parts['quarter_end'])})?"),
        # not the end of another word (三年中, 青年中心); a named day may stand in quotes (“七一”前)
        "half": (f"(?<!{char_class(not_after)})(?:{char_class(t['quotes']['open'])}(?:{alternation(parts['named'])})"
                 f"{char_class(t['quotes']['close'])}|{alternation(parts['named'])})"),
        "year_end": f"(?:年?(?:{alternation(parts['year_end'])}))",
        # the bare 年 of 年内 / 年底 / 年末, not the end of another word (去年底, 三年内)
        "bare": f"(?<!{char_class(not_after)})年(?=(?:{alternation(parts['year_end'])}|{alternation(suf['closed'])}))",
        "every": f"(?:{alternation(t['recurring']['prefixes'])})(?:{alternation(t['recurring']['units'])})",  # 每月, 按季度
        "count": f"(?<![{_DIGIT}{cn}{ten}])(?:{char_class(cn + ten)}|10|[1-9]|[１-９])",
        # 2024.6.30前, 2024-11-15; 10.31前 only before a limit word (else a decimal): groups year, month, day
        "numeric": (f"(?<![{_DIGIT}.．])(?:(?:19|20)[0-9]{{2}}{sep}(?:1[0-2]|0?[1-9]){sep}(?:3[01]|[12][0-9]|0?[1-9])"
                    f"(?![{_DIGIT}])(?:{closed})?"
                    f"|(?:19|20)[0-9]{{2}}{sep}(?:1[0-2]|0?[1-9])(?:(?:{closed})|(?={char_class(t['numeric_dates']['month_ends'])}|\\Z))"
                    f"|(?:1[0-2]|0?[1-9]){sep}(?:3[01]|[12][0-9]|0?[1-9])"
                    f"(?:{alternation(t['numeric_dates']['before'])}))"),
    }


def _master(t: dict[str, Any], p: dict[str, str]) -> re.Pattern[str]:
    """The one pattern that finds every time expression; its named group is the form."""
    part = f"(?:{p['month']}|{p['half']}|{p['quarter']})"
    relative = "|".join((f"(?<!{char_class(spec['not_after'])})" if "not_after" in spec else "") + re.escape(word)
                        for word, spec in sorted(t["years"].items(), key=lambda kv: -len(kv[0])))
    dated = f"(?:(?:{p['year']}|{relative}|{p['bare']})(?:{p['year_end']}|{part})?|{part}){p['closed']}?"
    q_open, q_close = char_class(t["quotes"]["open"]), char_class(t["quotes"]["close"])
    plan = f"{q_open}?(?:{alternation(t['plan_periods'])}){q_close}?(?:{alternation(t['plan_suffixes'])})?"
    dur = t["durations"]
    years = f"{p['count']}(?:{alternation(dur['units'])})"
    within_clause = "[^" + "".join(map(re.escape, t["context"]["clause_ends"] + ["、"])) + "]"
    programme = f"{years}(?={within_clause}{{0,{dur['programme_window']}}}?(?:{alternation(dur['programme_words'])}))"
    campaign = f"{p['y4']}(?={q_open}[^{q_close[1:-1]}]{{1,8}}年{q_close})"
    rec = t["recurring"]
    # 每季度末, 每月5日前, 每年6月底前: an end, a month of the year or a day, then a limit.
    recurring = f"{p['every']}(?:{alternation(rec['ends'])}|{p['month']})?(?:{p['day']})?{p['closed']}?"
    words = {k: alternation(t[k]["words"]) for k in ("no_date", "manner", "ongoing")}
    words["manner"] = "".join(f"(?<!{re.escape(w)})" for w in t["manner"]["not_after"]) + f"(?:{words['manner']})"
    # (`compiled.compile` leads it by the characters a time can begin with: a search skips
    # the rest of the text in C.)
    return compiled.compile(
        f"(?:(?P<recurring>{recurring})|(?P<plan>{plan})|(?P<numeric>{p['numeric']})|(?P<date>{dated})"
        f"|(?P<duration>(?P<count>{p['count']})(?:{alternation(dur['units'])})(?:{alternation(dur['limits'])}))"
        f"|(?P<programme>{programme})|(?P<campaign>{campaign})"
        f"|(?P<no_date>{words['no_date']})|(?P<manner>{words['manner']})|(?P<ongoing>{words['ongoing']}))")


@cache
def grammar() -> _Grammar:
    """Build the patterns from data/deadlines.toml (once per process)."""
    t = table("deadlines")
    bad = {k: v for k, v in t["plan_suffixes"].items() if v not in ("adverb", "name")}
    if bad:
        raise GovmetricsError(f"data/deadlines.toml [plan_suffixes]: class must be adverb or name, got {bad}")
    p = _pieces(t)
    parts = t["parts"]
    return _Grammar(
        master=_master(t, p),
        year=compiled.compile(p["year"]), month=compiled.compile(p["month"]), quarter=compiled.compile(p["quarter"]),
        recurring_bare=compiled.compile(p["every"]),
        relative=dict(sorted(t["years"].items(), key=lambda kv: -len(kv[0]))),
        plans=dict(t["plan_periods"]), plan_suffixes=dict(t["plan_suffixes"]),
        named=dict(parts["named"]), month_parts=dict(parts["month_parts"]),
        year_end=tuple(parts["year_end"]), closed=tuple(t["suffixes"]["closed"]),
        digits=dict(t["numerals"]["digits"]), ten=t["numerals"]["ten"],
    )


def number(s: str) -> int:
    """A small numeral as written in a date: 2021, ２０２１, 二〇二一, 十二, 三十一, 6."""
    g = grammar()
    if all(unicodedata.digit(c, None) is not None for c in s):
        return int("".join(str(unicodedata.digit(c)) for c in s))
    if g.ten not in s:
        value = 0
        for c in s:
            value = value * 10 + g.digits[c]
        return value
    tens, _, units = s.partition(g.ten)
    return (g.digits[tens] if tens else 1) * 10 + (g.digits[units] if units else 0)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=1024)  # a document writes the same few times (年底前, 6月底前) again and again
def _resolve_date(surface: str, year: int | None) -> tuple[date | None, Cls, bool, bool]:
    """Due date, class, whether it names a day, and whether it waits for the unknown
    document year, of a date-form surface.

    With no document year (`year` None) only a surface that writes its own year has a
    date; the others keep their class and have none (never the computer's clock).
    """
    g = grammar()
    cls: Cls = "adverb"
    y = g.year.search(surface)
    if y:
        year = number(y.group(2) or y.group(1))
        cls = "name"
    else:
        for word, spec in g.relative.items():
            if surface.startswith(word):
                year = year + spec.get("offset", 0) if year is not None else None
                cls = "name" if spec.get("name") else "adverb"
                break
    rest = surface[y.end():] if y else surface
    month, day, named_day = 12, 0, False
    m = g.month.search(rest)
    q = g.quarter.search(rest)
    if m:
        month = number(m.group(1))
        if m.group(2):
            day, named_day, cls = number(m.group(2)), True, "name"
        elif m.group(3):
            day = g.month_parts[m.group(3)]
            cls = "adverb"
        else:
            cls = "name"
    elif q:
        month, cls = 3 * number(q.group(2)), "adverb"
    else:
        for named, end in g.named.items():
            if named in rest:
                month, day = int(end[:2]), int(end[3:])
                cls = "adverb"
        if any(e in rest for e in g.year_end):
            cls = "adverb"
    if surface.endswith(g.closed):
        cls = "limit"
    # A leap year stands in for an unknown one, so 2月29日 is still a day of the calendar.
    if not 1 <= month <= 12 or not 1 <= (year or 2000) <= 9999:
        return None, cls, named_day, False
    last = _last_day(year or 2000, month)
    if day > last or year is None:
        return None, cls, named_day, day <= last
    return date(year, month, day or last), cls, named_day, False


_FIGURES = re.compile(f"[{_DIGIT}]+")


def _expr(m: re.Match[str], year: int | None, offset: int) -> TimeExpr:
    """Resolve one match of the master pattern."""
    g = grammar()
    form: Form = m.lastgroup  # type: ignore[assignment]
    surface = m.group()
    start, end = m.start() + offset, m.end() + offset
    if form == "date":
        due, cls, named_day, unresolved = _resolve_date(surface, year)
        return TimeExpr(start, end, surface, form, cls, due, day=named_day, unresolved=unresolved)
    if form == "numeric":  # a date in figures (2024.6.30前, 10.31前): its own year, else the document's
        figures = [number(n) for n in _FIGURES.findall(surface)]
        cls: Cls = "limit" if surface.endswith(g.closed) else "name"
        if len(figures) == 2 and figures[0] >= 1900:  # 2024.12: a year and a month, due its last day
            known, month = figures
            return TimeExpr(start, end, surface, "date", cls, date(known, month, _last_day(known, month)))
        *y, month, day = figures
        known = y[0] if y else year
        due = date(known, month, day) if known is not None and day <= _last_day(known, month) else None
        return TimeExpr(start, end, surface, "date", cls, due, day=True, unresolved=known is None)
    if form == "plan":
        period = next(p for p in g.plans if p in surface)
        suffix = next((s for s in sorted(g.plan_suffixes, key=len, reverse=True) if surface.endswith(s)), None)
        cls = g.plan_suffixes[suffix] if suffix else "name"
        return TimeExpr(start, end, surface, form, cls, date(g.plans[period], 12, 31))
    if form == "duration":
        years = number(m.group("count"))
        due = date(min(year + years - 1, 9999), 12, 31) if year is not None else None
        return TimeExpr(start, end, surface, form, "limit", due, unresolved=due is None)
    if form == "recurring":
        bounded = not g.recurring_bare.fullmatch(surface)
        return TimeExpr(start, end, surface, form, "limit" if bounded else "adverb", None, recurring=True)
    return TimeExpr(start, end, surface, form, "limit", None)


def scan(text: str, year: int | None, offset: int = 0) -> Iterator[TimeExpr]:
    """Every time expression in `text`, in order, resolved against `year` (offsets + `offset`).

    `year` None: the document's year is unknown, and times relative to it have no date.
    """
    found = [_expr(m, year, offset) for m in grammar().master.finditer(text)]
    if "\n" in text:
        found = _across_breaks(text, year, offset, found)
    yield from found


# A line break inside a word (text copied from PDF pages: 9月底\n前): not after a mark that
# ends a sentence or a field, and with no space on either side.
_BREAK = compiled.compile(r"(?<=[^\s。；;！!？?：:|])\r?\n(?=[^\s|])")


def _across_breaks(text: str, year: int | None, offset: int, found: list[TimeExpr]) -> list[TimeExpr]:
    """`found` with the time expressions that a line break cuts (9月底\n前, 9月\n底前) read whole:
    matched on the text with such breaks taken out, kept where a break falls inside the match,
    with offsets into `text` (the surface keeps the break); the pieces found before give way."""
    breaks = [(b.start(), b.end()) for b in _BREAK.finditer(text)]
    if not breaks:
        return found
    # cuts[k]: where the text after break k starts in the joined text; shifts[k]: the
    # characters taken out up to it, so joined index j is text index j + shifts[k].
    cuts, shifts, removed, at, pieces = [], [], 0, 0, []
    for s, e in breaks:
        pieces.append(text[at:s])
        removed += e - s
        cuts.append(s - removed + (e - s))
        shifts.append(removed)
        at = e
    pieces.append(text[at:])
    joined = "".join(pieces)

    def original(j: int) -> int:
        k = bisect_right(cuts, j) - 1
        return j + (shifts[k] if k >= 0 else 0)

    whole = []
    for m in grammar().master.finditer(joined):
        k = bisect_right(cuts, m.start())
        if k < len(cuts) and cuts[k] < m.end():
            x = _expr(m, year, offset)
            whole.append(replace(x, start=original(m.start()) + offset, end=original(m.end() - 1) + 1 + offset))
    if not whole:
        return found
    kept = [x for x in found if not any(x.start < w.end and w.start < x.end for w in whole)]
    return sorted(kept + whole, key=lambda x: x.start)


def listed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the list of times joined by 、 that the time at [start, end) stands in
    (完成时限：6月、12月; a cell 4月、10月), or (start, end) when it stands alone: a list of
    times takes its place in the field or cell together."""
    joiners = _list_joiners()
    if not (start and text[start - 1] in joiners) and not (end < len(text) and text[end] in joiners):
        return start, end  # most times: no list
    master, stops = grammar().master, _list_stops()
    a, b = start, end
    while a > 1 and text[a - 1] in joiners:
        k = a - 1
        while k > 0 and text[k - 1] not in stops:
            k -= 1
        if k == a - 1 or not master.fullmatch(text, k, a - 1):
            break
        a = k
    while b + 1 < len(text) and text[b] in joiners:
        k = b + 1
        while k < len(text) and text[k] not in stops:
            k += 1
        if k == b + 1 or not master.fullmatch(text, b + 1, k):
            break
        b = k
    return a, b


@cache
def _list_joiners() -> frozenset[str]:
    return frozenset(table("deadlines")["numeric_dates"]["list_joiners"])


@cache
def _list_stops() -> frozenset[str]:
    """What ends an item of a list of times: a joiner, a clause end, a cell mark, a colon, a space."""
    t = table("deadlines")
    return (_list_joiners() | frozenset(t["context"]["clause_ends"]) | frozenset(t["context"]["cell_bounds"])
            | frozenset(t["labels"]["marks"]) | frozenset(" \u3000"))
