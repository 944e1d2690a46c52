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
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Iterable, Iterator, NamedTuple

from ..errors import NumberError
from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation
from ..model import Quantity
from ..numbers import affixes
from ..numbers import chinese as cn
from ..numbers import numerals as numbers
from . import ranges, spacing
from . import units as unit_table
from .traditional import as_written


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
    not_sign: re.Pattern[str]
    # Cheap checks that spare most regex calls: the characters a head can end with and a
    # range separator can start with.
    head_ends: frozenset[str]
    range_starts: frozenset[str]


@cache
def comparator_words() -> dict[str, dict[str, str]]:
    """The comparator tables of data/targets.toml (trailing, trailing_time, leading, before_verb),
    `leading` with the approximation words that `numbers` reads before a number (约, 超, 不到)."""
    words = {k: dict(v) for k, v in table("targets")["comparators"].items()}
    words["leading"] = {**words["leading"], **affixes.APPROX_BEFORE}
    return words


def _leading(words: Iterable[str]) -> str:
    """The leading comparator words as a regex, longest first, each not after a character that
    makes it part of another word ([approximate.inside_words]: 签约5亿元 holds no 约)."""
    inside = table("numerals")["approximate"]["inside_words"]["words"]
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        before = sorted({x[-len(w) - 1] for x in inside if x.endswith(w) and len(x) > len(w)})
        parts.append((f"(?<![{re.escape(''.join(before))}])" if before else "") + re.escape(w))
    return "(?:" + "|".join(parts) + ")"


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
    chinese = re.escape("".join([*cn.DIGITS, *cn.UNITS, *cn.GROUP_UNITS, *cn.TENS]))
    signs = alternation(affixes.WRITTEN_SIGNS)
    tenth_digits = re.escape("".join(c for c, v in cn.DIGITS.items() if v)) + "1-9"
    tenths = t["tenths"]
    # The numerals of a share's two terms: digits and tens (百分之, 千分之, 万分之 are prefixes).
    small = re.escape("".join([*cn.DIGITS, *(c for c, v in cn.UNITS.items() if v == 10)]))
    return _Patterns(
        # 百分之百: the bare 百 is a numeral only right after the percent prefix.
        # 三分之一: a share of Chinese numerals, read whole before its denominator is taken alone.
        numeral=compiled.compile(f"(?P<roman>[{roman}])|(?P<whole>(?<={re.escape(pct['prefix'])}){re.escape(pct['whole'])})"
                                 f"|(?P<share>[{small}]{{1,3}}{re.escape(t['fraction']['infix'])}[{small}]{{1,3}})"
                                 f"|{numbers.NUMERAL_RE.pattern}"),
        # Every numeral begins with one of these (each alternative above begins with a Roman
        # numeral, a Chinese numeral character or a digit: no punctuation, so a comma is no
        # candidate): finding them first lets the engine skip ahead (NUMERAL_RE begins with
        # lookbehinds, which it cannot skip with), and a text without one holds no quantity.
        numeral_char=compiled.compile(
            f"[{chinese}{re.escape(cn.ARABIC_DIGITS + ''.join(sorted(cn.NUMERAL_CHARS)))}{roman}]"),
        numeral_run=compiled.compile(f"[{numeral_chars()}]+"),
        not_number=compiled.compile(alternation(not_numbers)),
        lone_financial=compiled.compile(f"(?<![{chinese}])[{re.escape(t['financial']['chars'])}](?![{chinese}])"),
        range_sep=compiled.compile(r"(?P<pct>[%％])?[ \t]*(?:" + "|".join(map(re.escape, ranges)) + r")[ \t]*"),
        # Before the number: 不低于 | 负 | 百分之 | 负 | 每立方米 (searched back from the number,
        # anchored there; a sign may stand before a prefix or after it: 负百分之三, 百分之负三).
        head=compiled.compile(
            f"(?P<lead>{_leading(comps['leading'])})?(?P<sign0>{signs})?"
            f"(?:(?P<prefix>{alternation(unit_table.prefixes())})"
            f"|(?P<per>{re.escape(unit_table.per_marker())}(?P<per_mag>{unit_table.denominator_magnitudes()})?"
            f"(?P<per_unit>{units})))?(?P<sign>{signs})?\\Z"
        ),
        # After the number: 成 (tenths: 九成, 三成半) | unit | /人 | (个), then a comparator word
        # after the unit. 成 beginning a word (成本, 一成不变) is no share.
        tail=compiled.compile(
            f"(?P<tenths>{re.escape(tenths['sign'])}(?:{re.escape(tenths['half'])}|[{tenth_digits}](?![{chinese}0-9]))?"
            f"(?!{alternation(tenths['not_before'])}))?"
            f"(?(tenths)|(?:(?:{unit_table.spaced_pattern()})?(?P<unit>{units})(?P<den>{unit_table.denominator_pattern()})?"
            f"(?P<alt>{unit_table.alternative_pattern()})?)?)"
        ),
        trailing=compiled.compile(alternation([*comps["trailing"], *comps["trailing_time"]])),
        not_sign=compiled.compile(alternation(affixes.NOT_SIGNS) + r"\Z"),
        head_ends=frozenset(w[-1] for w in [*comps["leading"], *unit_table.prefixes(), *unit_table.units(),
                                            *unit_table.signs(), *affixes.WRITTEN_SIGNS]),
        range_starts=frozenset([*(r[0] for r in ranges), "%", "％", " ", "\t"]),
    )


@as_written
def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity mention in `text`, in order, with exact offsets into `text`.

    A numeral that `govmetrics.numbers` refuses to read (a malformed Chinese numeral run)
    is not a quantity. Pure function of the text; linear in its length.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities needs a str, not {type(text).__name__}")
    if not holds_numeral(text):
        return []  # half the statements of a document: nothing to scan for
    view = spacing.squeeze(text)
    if view is None:
        return _extract(text)
    # Numbers broken by spaces or a line break (一百 五 十 二, 1.5\n万人): read on the view
    # without those breaks, with offsets and surfaces back in `text`.
    joined, at = view
    return [replace(q, start=at[q.start], end=at[q.end - 1] + 1, surface=text[at[q.start]:at[q.end - 1] + 1],
                    number_start=at[q.number_start], number_end=at[q.number_end - 1] + 1)
            for q in _extract(joined)]


def _extract(text: str) -> list[Quantity]:
    """`extract_quantities` on a text with no broken number."""
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
        if k < len(skips) and skips[k][0] < e and not m["share"]:
            # 之一 of 三分之一 is a word (之一, one of) only outside a share.
            continue
        q = _quantity(text, m, p)
        # A prefix read back from the number (百分之十) may reach into the last quantity.
        if q is not None and not (out and q.start < out[-1].end):
            out.append(q)
    return ranges.join(text, out)


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


def holds_numeral(text: str) -> bool:
    """Whether `text` holds a character a numeral starts with: a text without one has no quantity."""
    return _patterns().numeral_char.search(text) is not None


def not_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that hold numeral characters but are no numbers, sorted: words of the
    data (统一, 一批; but 第一批 is an ordinal and 翻一番 a count: [not_numbers] numbers_after)
    and financial numeral characters standing alone (the 伍 of 队伍)."""
    p = _patterns()
    after = table("nontargets")["not_numbers"]["numbers_after"]
    words = [m.span() for m in p.not_number.finditer(text)
             if not (m.start() and m.group().endswith(after.get(text[m.start() - 1], "\0")))]
    lone = [m.span() for m in p.lone_financial.finditer(text)]
    return sorted(words + lone) if lone else words


def numeral_chars() -> str:
    """The characters of numerals (Arabic, full-width, Chinese, financial and traditional forms)
    as the body of a regex character class."""
    return "0-9" + re.escape("".join(sorted({*cn.ARABIC_DIGITS, *cn.DIGITS, *cn.UNITS, *cn.GROUP_UNITS, *cn.TENS})))


def unread_numerals(text: str, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The pieces of numeral characters that no quantity covers (十四五, 一二三产业, the 亿 of
    亿元以上, the 十四五 of 3十四五), in order.

    `quantities` is `extract_quantities(text)`. Words that only contain numeral characters
    (一批, 统一) are left out, as they are no numerals at all.
    """
    runs = [m.span() for m in _patterns().numeral_run.finditer(text)]
    taken = sorted((q.start, q.end) for q in quantities)
    # Mostly every run lies inside a quantity: then the words that are no numbers need no search.
    if not runs or not _uncovered(runs, taken):
        return []
    return _uncovered(runs, sorted([*not_number_spans(text), *taken]))


def _uncovered(runs: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of `runs` outside every span of `taken` (both sorted), in order."""
    starts = [s for s, _ in taken]
    out = []
    for pos, run_end in runs:
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
    prefix = head["prefix"] if head is not None else None
    sign = None if m["roman"] else _sign(text, head, p)
    # Where the number as written begins: its sign, or the prefix of 百分之十 / 负百分之三.
    start = head.start("prefix") if prefix else s
    if sign is not None and sign < start:
        start = sign
    number_end = e
    low = high = None
    ranged = e < len(text) and text[e] in p.range_starts and not (m["roman"] or prefix)
    rng = p.range_sep.match(text, e) if ranged else None
    second = p.numeral.match(text, rng.end()) if rng else None
    if rng and second and not second["roman"]:
        # 20%—30%: the second end's % belongs to the range as the reader sees it.
        stop = second.end() + (1 if rng["pct"] and text[second.end():second.end() + 1] in ("%", "％") else 0)
        try:
            low, high = numbers.parse_range(text[start:stop])
        except NumberError:
            second = None
        else:
            number_end = second.end()
    tail = p.tail.match(text, number_end)
    share = table("numerals")["fraction"]["share_unit"] if m["share"] else None
    unit, name, dimension, pos = _unit(text, tail, unit_table.prefixes()[prefix] if prefix else share)
    if unit and not unit_table.counts_events(unit, text, start, pos, p.trailing.match(text, pos) is not None):
        # 二期工程, 第四轮: 期 and 轮 mark a phase or an edition there, no unit.
        unit = name = dimension = None
        pos = tail.start()
    if unit and head is not None and head["per"]:
        # 每立方米35微克: the denominator is written before the number; 每千人5批次: a base of
        # people counted in thousands is a rate's, written 批次/千人 as after the number (5批次/千人).
        known = unit_table.lookup(unit_table.compound(unit, head["per_unit"]))
        if head["per_mag"]:
            (unit, name), dimension = unit_table.rate(unit, head["per_mag"] + head["per_unit"]), "rate"
        elif known is not None:
            unit, name, dimension = known.word, known.name, known.dimension
    comps = comparator_words()
    words: list[str] = []
    comparator = "="
    if head is not None and head["lead"]:
        words.append(head["lead"])
        comparator = comps["leading"][head["lead"]]
    tenths = tail["tenths"]
    value, magnitude, approximation = _resolve(text[start:tail.end("tenths") if tenths else e], m)
    if tenths and low is not None:  # 二至三成: both ends in tenths, read with the 成
        low, high = numbers.parse_range(text[start:tail.end("tenths")])
    if approximation:
        words.append(approximation[0])
        comparator = approximation[1]
    found = p.trailing.match(text, pos)
    trail = found.group() if found else None
    if trail and (trail in comps["trailing"] or dimension == "time"):
        words.append(trail)
        comparator = comps["trailing"].get(trail) or comps["trailing_time"][trail]
        pos += len(trail)
    if second is not None and low is not None:
        magnitude = _resolve(text[second.start():second.end()], second)[1]
    if value is None and low is None:
        return None
    if low is not None:
        value = None
    return Quantity(
        surface=text[start:pos], start=start, end=pos, number_start=start if sign is not None else s,
        number_end=number_end, value=value, low=low, high=high, unit=unit, unit_name=name, dimension=dimension,
        magnitude=magnitude, comparator=comparator,  # type: ignore[arg-type]
        comparator_words=tuple(words),
    )


def _sign(text: str, head: re.Match[str] | None, p: _Patterns) -> int | None:
    """Where a minus sign before the number begins (负三十二, 增长-2.5%, 负百分之三), or None.

    A hyphen after a digit or a Latin letter joins a range, a date or a code (2021-03,
    0571-…, GB-2); 负 that ends a word (减负100亿元, 肩负) is no sign."""
    if head is None:
        return None
    group = "sign" if head["sign"] else "sign0" if head["sign0"] else None
    if group is None:
        return None
    at = head.start(group)
    before = text[at - 1] if at else ""
    if head[group] != affixes.SIGNS[0]:
        return None if before.isdigit() or (before.isascii() and before.isalpha()) else at
    return None if p.not_sign.search(text, max(0, at - 4), at + 1) else at


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
    if head["per"] and q.unit and q.unit.endswith(unit_table.compound("", (head["per_mag"] or "") + head["per_unit"])):
        return head.start("per")
    return q.start


def _unit(text: str, tail: re.Match[str], prefix_unit: str | None) -> tuple[str | None, str | None, str | None, int]:
    """The unit read by `tail` (or a Latin one, or the prefix's: % for 百分之, ‰ for 千分之,
    none for 万分之): (unit as the spec writes it, quantulum3 name, dimension, where it ends)."""
    pos = tail.start()
    if prefix_unit is not None or tail["tenths"]:
        word = "%" if tail["tenths"] else prefix_unit or None
        u = unit_table.lookup(word)
        return word, u.name if u else None, u.dimension if u else None, tail.end("tenths") if tail["tenths"] else pos
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


def _share(written: str) -> Decimal | None:
    """The percentage a fraction of Chinese numerals writes (三分之一 → 33.3333333333, 四分之一
    → 25), or None when `numbers` refuses it (a numerator above its denominator is no share)."""
    f = table("numerals")["fraction"]
    try:
        fraction = numbers.parse_fraction(written)
    except NumberError:
        return None
    if not 0 < fraction <= 1:
        return None
    share = fraction * int(f["share_scale"])
    try:
        return numbers.fraction_to_decimal(share)
    except NumberError:
        return numbers.fraction_to_decimal(share, int(f["share_places"]))


def _resolve(written: str, m: re.Match[str]) -> tuple[Decimal | None, str | None, tuple[str, str] | None]:
    """Value, magnitude word and approximation (its word and comparator: 多, >) of one number as
    written, with its sign, prefix and 成 (None when `numbers` refuses it)."""
    if m["roman"]:
        return Decimal(unit_table.roman_numerals()[written]), None, None
    if m["share"]:
        return _share(written), None, None
    try:
        read = numbers.read(written)
    except NumberError:
        return None, None, None
    word = numbers.approximation(m)
    return read.value, read.magnitude, (word, read.comparator) if word else None
