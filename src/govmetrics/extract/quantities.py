"""Quantities: every number mention in a text with its unit and comparator words.

Two steps kept apart, as in Microsoft Recognizers-Text: the extractor finds each span
(a numeral from `numbers.NUMERAL_RE`, a Roman numeral, 百分之X, a range, the magnitude, a
unit from data/units.toml by longest match, a rate 18万元/人, a bracketed alternative 5条(个),
the 每立方米35微克 form, the comparator words before and after); the resolver gives the values through
`govmetrics.numbers`. Words that only contain numeral characters (一批, 统一, 进一步;
data/nontargets.toml [not_numbers]) are not numerals at all. This stage knows nothing of
tasks or targets. Offsets are into the caller's string.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache
from typing import Iterator, NamedTuple

from ..errors import NumberError
from ..lexicon import table
from ..lexicon.wordsets import alternation
from ..model import Quantity
from ..numbers import numerals as numbers
from . import units as unit_table


class _Patterns(NamedTuple):
    numeral: re.Pattern[str]
    numeral_char: re.Pattern[str]
    numeral_run: re.Pattern[str]
    not_number: re.Pattern[str]
    lone_financial: re.Pattern[str]
    range_sep: re.Pattern[str]
    head: re.Pattern[str]
    tail: re.Pattern[str]
    trailing: re.Pattern[str]
    # Cheap checks that spare most regex calls: the characters a head can end with and a
    # range separator can start with.
    head_ends: frozenset[str]
    range_starts: frozenset[str]


@cache
def comparator_words() -> dict[str, dict[str, str]]:
    """The comparator tables of data/targets.toml: trailing, trailing_time, infix, leading, before_verb."""
    return {k: dict(v) for k, v in table("targets")["comparators"].items()}


@cache
def _patterns() -> _Patterns:
    comps = comparator_words()
    roman = "".join(unit_table.roman_numerals())
    ranges = sorted(table("numerals")["separators"]["range"], key=len, reverse=True)
    # 百分之 begins with 百 but is no numeral: its number follows it.
    not_numbers = [*table("nontargets")["not_numbers"]["words"], *unit_table.prefixes()]
    units = unit_table.unit_pattern()
    t = table("numerals")
    pct = t["percent"]
    chinese = re.escape("".join([*t["digits"], *t["units"], *t["group_units"], *t["tens"]]))
    digits = re.escape("0123456789" + "".join(t["fullwidth"]))
    return _Patterns(
        # 百分之百: the bare 百 is a numeral only right after the percent prefix.
        numeral=re.compile(f"(?P<roman>[{roman}])|(?P<whole>(?<={re.escape(pct['prefix'])}){re.escape(pct['whole'])})"
                           f"|{numbers.NUMERAL_RE.pattern}"),
        # Every numeral begins with one of these: finding them first lets the engine skip
        # ahead (NUMERAL_RE begins with lookbehinds, which it cannot skip with).
        numeral_char=re.compile(f"[{chinese}{digits}{roman}]"),
        numeral_run=re.compile(f"[{numeral_chars()}]+"),
        not_number=re.compile(alternation(not_numbers)),
        lone_financial=re.compile(f"(?<![{chinese}])[{re.escape(t['financial']['chars'])}](?![{chinese}])"),
        range_sep=re.compile(r"(?P<pct>[%％])?[ \t]*(?:" + "|".join(map(re.escape, ranges)) + r")[ \t]*"),
        # Before the number: 不低于 | 百分之 | 每立方米 (searched back from the number, anchored there).
        head=re.compile(
            f"(?P<lead>{alternation(comps['leading'])})?"
            f"(?:(?P<prefix>{alternation(unit_table.prefixes())})"
            f"|(?P<per>{re.escape(unit_table.per_marker())}(?P<per_unit>{units})))?\\Z"
        ),
        # After the number: 余 | unit | /人 | (个), then a comparator word after the unit.
        tail=re.compile(
            f"(?P<infix>{alternation(comps['infix'])})?"
            f"(?:[ \t]?(?P<unit>{units})(?P<den>{unit_table.denominator_pattern()})?"
            f"(?P<alt>{unit_table.alternative_pattern()})?)?"
        ),
        trailing=re.compile(alternation([*comps["trailing"], *comps["trailing_time"]])),
        head_ends=frozenset(w[-1] for w in [*comps["leading"], *unit_table.prefixes(), *unit_table.units(), *unit_table.signs()]),
        range_starts=frozenset([*(r[0] for r in ranges), "%", "％", " ", "\t"]),
    )


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity mention in `text`, in order, with exact offsets into `text`.

    A numeral that `govmetrics.numbers` refuses to read (a malformed Chinese numeral run)
    is not a quantity. Pure function of the text; linear in its length.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities needs a str, not {type(text).__name__}")
    p = _patterns()
    skips = not_number_spans(text)
    out: list[Quantity] = []
    k = 0
    for m in _numerals(text, p):
        s, e = m.span()
        if out and s < out[-1].end:
            continue
        while k < len(skips) and skips[k][1] <= s:
            k += 1
        if k < len(skips) and skips[k][0] < e:
            continue
        q = _quantity(text, m, p)
        # A prefix read back from the number (百分之十) may reach into the last quantity.
        if q is not None and not (out and q.start < out[-1].end):
            out.append(q)
    return out


def _numerals(text: str, p: _Patterns) -> Iterator[re.Match[str]]:
    """The numeral matches of `text`, as `p.numeral.finditer` would give them, found faster."""
    find, match = p.numeral_char.search, p.numeral.match
    pos = 0
    while True:
        c = find(text, pos)
        if c is None:
            return
        m = match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def not_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that hold numeral characters but are no numbers, sorted: words of the
    data (统一, 一批; but 第一批 is an ordinal) and financial numeral characters standing
    alone (the 伍 of 队伍)."""
    p = _patterns()
    words = [m.span() for m in p.not_number.finditer(text) if not (m.start() and text[m.start() - 1] == "第")]
    lone = [m.span() for m in p.lone_financial.finditer(text)]
    return sorted(words + lone) if lone else words


def numeral_chars() -> str:
    """The characters of numerals (Arabic, full-width, Chinese and financial forms) as the body
    of a regex character class."""
    t = table("numerals")
    fullwidth = [c for c, ascii_digit in t["fullwidth"].items() if ascii_digit.isdigit()]
    return "0-9" + re.escape("".join([*fullwidth, *t["digits"], *t["units"], *t["group_units"], *t["tens"]]))


def unread_numerals(text: str, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The pieces of numeral characters that no quantity covers (十四五, 一二三产业, the 亿 of
    亿元以上, the 十四五 of 3十四五), in order.

    `quantities` is `extract_quantities(text)`. Words that only contain numeral characters
    (一批, 统一) are left out, as they are no numerals at all.
    """
    taken = sorted([*not_number_spans(text), *((q.start, q.end) for q in quantities)])
    starts = [s for s, _ in taken]
    out = []
    for m in _patterns().numeral_run.finditer(text):
        pos, run_end = m.span()
        i = max(0, bisect_right(starts, pos) - 1)
        while pos < run_end:
            while i < len(taken) and taken[i][1] <= pos:
                i += 1
            if i == len(taken) or taken[i][0] >= run_end:
                out.append((pos, run_end))
                break
            if taken[i][0] > pos:
                out.append((pos, taken[i][0]))
            pos = max(pos, taken[i][1])
            i += 1
    return out


def _quantity(text: str, m: re.Match[str], p: _Patterns) -> Quantity | None:
    """The quantity around one numeral match (None when its value cannot be read)."""
    s, e = m.span()
    head = p.head.search(text, max(0, s - 12), s) if s and text[s - 1] in p.head_ends else None
    percent = head is not None and head["prefix"] is not None
    start = head.start("prefix") if percent else s
    number_end = e
    low = high = None
    ranged = e < len(text) and text[e] in p.range_starts and not (m["roman"] or percent)
    rng = p.range_sep.match(text, e) if ranged else None
    second = p.numeral.match(text, rng.end()) if rng else None
    if rng and second and not second["roman"]:
        # 20%—30%: the second end's % belongs to the range as the reader sees it.
        stop = second.end() + (1 if rng["pct"] and text[second.end():second.end() + 1] in ("%", "％") else 0)
        try:
            low, high = numbers.parse_range(text[s:stop])
        except NumberError:
            second = None
        else:
            number_end = second.end()
    tail = p.tail.match(text, number_end)
    unit, name, dimension, pos = _unit(text, tail, percent)
    if unit and head is not None and head["per"]:
        # 每立方米35微克: the denominator is written before the number.
        known = unit_table.lookup(unit_table.compound(unit, head["per_unit"]))
        if known is not None:
            unit, name, dimension = known.word, known.name, known.dimension
    comps = comparator_words()
    words: list[str] = []
    comparator = "="
    if head is not None and head["lead"]:
        words.append(head["lead"])
        comparator = comps["leading"][head["lead"]]
    if tail["infix"]:
        words.append(tail["infix"])
        comparator = comps["infix"][tail["infix"]]
    found = p.trailing.match(text, pos)
    trail = found.group() if found else None
    if trail and (trail in comps["trailing"] or dimension == "time"):
        words.append(trail)
        comparator = comps["trailing"].get(trail) or comps["trailing_time"][trail]
        pos += len(trail)
    value, magnitude = _resolve(text[s:e], m)
    if second is not None and low is not None:
        magnitude = _resolve(text[second.start():second.end()], second)[1]
    if value is None and low is None:
        return None
    if low is not None:
        value = None
    return Quantity(
        surface=text[start:pos], start=start, end=pos, number_start=s, number_end=number_end,
        value=value, low=low, high=high, unit=unit, unit_name=name, dimension=dimension,
        magnitude=magnitude, comparator=comparator,  # type: ignore[arg-type]
        comparator_words=tuple(words),
    )


def outer_start(text: str, q: Quantity) -> int:
    """Where the words of `q` begin, outside its surface: before a leading comparator word
    (超20亿元 → 超) and a denominator written first (每立方米35微克 → 每)."""
    p = _patterns()
    if not q.start or text[q.start - 1] not in p.head_ends:
        return q.start
    head = p.head.search(text, max(0, q.start - 12), q.start)
    if head is None:
        return q.start
    if head["lead"] and head["lead"] in q.comparator_words:
        return head.start("lead")
    if head["per"] and q.unit and q.unit.endswith(unit_table.compound("", head["per_unit"])):
        return head.start("per")
    return q.start


def _unit(text: str, tail: re.Match[str], percent: bool) -> tuple[str | None, str | None, str | None, int]:
    """The unit read by `tail` (or a Latin one): (unit as the spec writes it, quantulum3 name,
    dimension, where the unit ends)."""
    pos = tail.end("infix") if tail["infix"] else tail.start()
    if percent:
        u = unit_table.lookup("%")
        return "%", u.name if u else None, u.dimension if u else None, pos
    if tail["unit"]:
        word = unit_table.canonical(tail["unit"])
        u = unit_table.lookup(word)
        end = tail.end("alt") if tail["alt"] else tail.end("den") if tail["den"] else tail.end("unit")
        if tail["den"]:
            # 18万元/人, 5万吨/日: a rate, written as the text writes it (with a half-width slash).
            unit, name = unit_table.rate(word, tail["den"][1:])
            return unit, name, "rate", end
        return word, u.name if u else None, u.dimension if u else None, end
    latin = unit_table.read_latin(text, pos) if pos < len(text) and (text[pos].isascii() or text[pos] in "µμ°") else None
    if latin:
        return latin.surface.strip(), latin.name, latin.dimension, pos + latin.length
    return None, None, None, pos


def _resolve(numeral: str, m: re.Match[str]) -> tuple[Decimal | None, str | None]:
    """Value and magnitude word of one numeral (None when `numbers` refuses it)."""
    if m["roman"]:
        return Decimal(unit_table.roman_numerals()[numeral]), None
    if m["whole"]:
        return Decimal(100), None
    try:
        read = numbers.read(numeral)
    except NumberError:
        return None, None
    return read.value, read.magnitude
