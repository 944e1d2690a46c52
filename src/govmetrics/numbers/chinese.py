"""Chinese numerals: the grammar of well-formed ones as a regex, their values, and writing them.

Reads 六千七百五十, 一百零八, 十二, 两万, 一万亿, 壹佰, 廿一, 三点一三, the short spoken
tails (一百五 = 150, 两万五 = 25000), the older forms 四万万 (= 4亿) and 百三 (= 130), and the
traditional characters (七十五萬, 兩億, 三點一四). `mixed` pieces of the grammar also take
Arabic digits where a Chinese digit stands (the 4千6百 of 5万4千6百) and Arabic digits that
fill the places below a unit (the 230 of 四千230). Writes integers and decimals back as
readable Chinese. The characters come from `data/numerals.toml`. `govmetrics.numbers`
builds its public regex and parser on top of this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import product

from .. import lexicon
from ..errors import NumberError

_T = lexicon.table("numerals")
# A variant character (萬, 兩, 俩) and the character it is read as (万, 两).
VARIANTS: dict[str, str] = {**_T["traditional"], **_T["colloquial"]}


def spellings(word: str) -> list[str]:
    """`word` and every way of writing it with variant characters (万亿 -> 万亿, 萬亿, 万億, 萬億)."""
    options = [[c, *(v for v, std in VARIANTS.items() if std == c)] for c in word]
    return ["".join(p) for p in product(*options)]


def _with_variants(table: dict[str, int]) -> dict[str, int]:
    """`table` with each key also spelt with variant characters; the plain keys stay first."""
    out = dict(table)
    for key, value in table.items():
        for spelt in spellings(key):
            out.setdefault(spelt, value)
    return out


DIGITS: dict[str, int] = _with_variants(_T["digits"])
TENS: dict[str, int] = _T["tens"]
UNITS: dict[str, int] = _T["units"]
GROUP_UNITS: dict[str, int] = _with_variants(_T["group_units"])
POINTS: list[str] = [s for p in _T["point"]["chars"] for s in spellings(p)]
STOPS: list[str] = [s for w in _T["magnitude_stops"]["words"] for s in spellings(w)]
MAGNITUDE_WORDS: dict[str, int] = _with_variants(_T["magnitudes"])
_WAN = frozenset(c for c, v in GROUP_UNITS.items() if v == 10**4)

# Largest integer written with one 亿 (九千九百九十九万…九十九): the grammar has no 亿亿.
LIMIT = 10**16


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of `chars` (escaped)."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def not_a_stop(words: Iterable[str], pattern: str) -> str:
    """`pattern`, refused where the text there begins a unit word (千瓦, 百分点) in `magnitude_stops`."""
    firsts = {w[0] for w in words}
    stops = sorted((s for s in STOPS if s[0] in firsts), key=len, reverse=True)
    if not stops:
        return pattern
    return "(?:(?!" + "|".join(map(re.escape, stops)) + ")" + pattern + ")"


def _unit_class(value: int) -> str:
    chars = [c for c, v in UNITS.items() if v == value]
    return not_a_stop(chars, char_class(chars))


def _group_class(value: int) -> str:
    chars = [c for c, v in GROUP_UNITS.items() if v == value]
    return not_a_stop(chars, char_class(chars))


def magnitude_pattern(words: Iterable[str]) -> str:
    """Alternation of magnitude words (longest first), refused where a unit word begins."""
    words = sorted(words, key=len, reverse=True)
    return not_a_stop(words, "(?:" + "|".join(map(re.escape, words)) + ")")


ARABIC_DIGITS = "0123456789" + "".join(fw for fw, half in _T["fullwidth"].items() if half.isdigit())
_ARABIC_NZ = char_class(c for c in ARABIC_DIGITS if c not in "0０")
_ARABIC = char_class(ARABIC_DIGITS)


def _grammar(mixed: bool) -> dict[str, str]:
    """Regex pieces of a well-formed Chinese numeral (see the module docstring for the forms).

    Plain (`mixed` False): `integer` (with the named group cn_big), `decimals` (cn_frac,
    cn_mag; `lenient_decimals` also takes Arabic digits) and `end`; use each piece once in
    a pattern. Mixed: the parts that may follow a
    magnitude after Arabic digits (`after_wan`, `after_yi`, `after_qian`, `after_bai`,
    `after_shi`), with no named group.
    """
    d = char_class(c for c, v in DIGITS.items() if v)
    if mixed:
        d = f"(?:{d}|{_ARABIC_NZ}(?!{_ARABIC}))"
    z = char_class(c for c, v in DIGITS.items() if not v)
    ten, hundred, thousand = _unit_class(10), _unit_class(100), _unit_class(1000)
    wan = _group_class(10**4)
    yi = f"(?:{_group_class(10**8)}|{wan}{wan})"  # 四万万 = 4亿
    point = char_class(POINTS)
    not_after = {s for c in _T["point"]["not_after"] for s in spellings(c)}
    after_point = char_class(c for c in DIGITS if c not in not_after)
    any_unit = not_a_stop(list(UNITS) + list(GROUP_UNITS), char_class(list(UNITS) + list(GROUP_UNITS)))
    # Nothing of a numeral may follow one: this is what makes 一二三, 十四五, 零五 unreadable.
    end = f"(?!{char_class(list(DIGITS) + list(TENS))}|{any_unit}|{point}{after_point}" + (f"|{_ARABIC})" if mixed else ")")
    tens = f"(?:{d}{ten}|{char_class(TENS)}){d}?"  # 二十, 二十三, 廿一
    bare_ten = f"{ten}{d}?"  # 十, 十五: first in a numeral, after 零 or after 万
    tail = f"{d}{end}"  # 一百五 = 150, 两万五 = 25000: a last digit one unit down
    def fill(least: int, most: int) -> str:
        """Mixed: `least` to `most` Arabic digits filling the places below a unit: all of them
        right after it (3百45, 四千230), fewer after 零 (四千零23, 5万零300)."""
        return f"{_ARABIC_NZ}{_ARABIC}{{{least - 1},{most - 1}}}{end}" if mixed else "(?!)"

    after_zero = f"(?:{tens}|{bare_ten}|{d})"
    after_bai = f"(?:{tens}|{z}{after_zero}|{tail}|{fill(2, 2)})"
    hundreds = f"{d}{hundred}{after_bai}?"
    after_qian = f"(?:{hundreds}|{z}(?:{after_zero}|{fill(2, 2)})|{tail}|{fill(3, 3)})"
    thousands = f"{d}{thousand}{after_qian}?"
    multi = f"(?:{thousands}|{hundreds}|{tens})"
    group = f"(?:{multi}|{d})"
    lead = f"(?:{group}|{bare_ten})"
    # After 万 a lower part needs no 零 when it cannot be misread (一万五百, 三千万十二); after
    # 亿 only a part with 万 (九亿十万): 六千亿七千 could be misread. A lone digit is a spoken
    # tail (两万五).
    below_wan = f"(?:{z}(?:{lead}|{fill(2, 3)})|{multi}|{bare_ten}|{tail})"
    wan_part = f"{lead}{wan}{below_wan}?"
    below_yi = f"(?:{z}(?:{wan_part}|{lead}|{fill(2, 7)})|{wan_part}|{tail})"
    if mixed:
        return {"after_wan": below_wan, "after_yi": below_yi, "after_qian": after_qian,
                "after_bai": after_bai, "after_shi": tail}
    # `cn_big` marks a numeral with 万 or 亿 in it: its decimals take no magnitude after
    # them (三点一三万 is read, 五万点六亿 is not).
    big = f"(?P<cn_big>{wan}{below_wan}?(?:{yi}{below_yi}?)?|{yi}{below_yi}?)"
    # A bare 百 or 千 with what follows it: 百三 = 130, 千二 = 1200 (older spoken forms).
    bare_big = f"(?:{hundred}{after_bai}|{thousand}{after_qian})"
    integer = f"(?:{lead}{big}?|{bare_big}|{z})"
    magnitude = magnitude_pattern(s for w in _T["point"]["magnitudes"] for s in spellings(w))
    decimals = f"(?:{point}(?P<cn_frac>{{}})(?(cn_big)|(?P<cn_mag>{magnitude})?))?"
    return {"integer": integer, "end": end, "decimals": decimals.format(f"{after_point}+"),
            # 一百点25: Arabic digits after a Chinese point (read alone, never in running text).
            "lenient_decimals": decimals.format(f"{after_point}+|{_ARABIC}+")}


GRAMMAR = _grammar(mixed=False)
MIXED = _grammar(mixed=True)
NUMERAL_CHARS = frozenset([*DIGITS, *TENS, *UNITS, *GROUP_UNITS, *POINTS])
_WRITTEN = char_class(NUMERAL_CHARS - frozenset(POINTS))
# A Chinese numeral starts after no numeral character, nor after a point that follows one (the
# 一三 of 三点一三); after a point that follows a word it does (网点二十个, 站点三十个).
NOT_INSIDE = f"(?<!{_WRITTEN})(?<!{_WRITTEN}{char_class(POINTS)})"
_ARABIC_SET = frozenset(ARABIC_DIGITS)


def integer_value(s: str, unit: int = 0) -> int:
    """The value of a Chinese integer that matched GRAMMAR["integer"] or a part of MIXED.

    `unit` is the unit written right before `s` (10**4 for the 4千6百 of 5万4千6百), which a
    spoken tail counts down from (12万5 = 125000). Arabic digits after 零, or several of
    them after a unit, fill the places below it (四千零23, 3百45): the grammar has checked
    that they fit.
    """
    above_yi = wan = group = digit = 0
    last_unit = unit  # the unit just written, for a spoken tail (一百五); 0 after 零
    prev = ""
    pos, n = 0, len(s)
    while pos < n:
        ch = s[pos]
        if ch in _ARABIC_SET:
            end = pos + 1
            while end < n and s[end] in _ARABIC_SET:
                end += 1
            digit = int(s[pos:end].translate(_DIGIT_MAP))
            if end - pos > 1 or (end == n and not last_unit):
                group, digit, last_unit = group + digit, 0, 0
            pos = end
            continue
        if ch in DIGITS:
            digit = DIGITS[ch]
            if not digit:
                last_unit = 0
        elif ch in UNITS or ch in TENS:
            unit_value = UNITS.get(ch)
            group += (digit or 1) * unit_value if unit_value else TENS[ch]
            digit, last_unit = 0, unit_value or 10
        elif GROUP_UNITS[ch] == 10**4 and prev not in _WAN:
            wan, group, digit, last_unit = (group + digit) * 10**4, 0, 0, 10**4
        else:  # 亿, or the second 万 of 万万
            above_yi = (above_yi + wan + group + digit) * (10**4 if ch in _WAN else 10**8)
            wan = group = digit = 0
            last_unit = 10**8
        pos += 1
        prev = ch
    if digit and last_unit:
        digit = digit * last_unit // 10
    return above_yi + wan + group + digit


_DIGIT_MAP = str.maketrans({fw: half for fw, half in _T["fullwidth"].items() if half.isdigit()})


def _first_of(table: dict[str, int]) -> dict[int, str]:
    """The first character listed for each value: the plain form to write."""
    out: dict[int, str] = {}
    for ch, v in table.items():
        out.setdefault(v, ch)
    return out


_WRITE_DIGIT = _first_of(DIGITS)
_WRITE_UNIT = _first_of(UNITS)
_WRITE_GROUP = _first_of(GROUP_UNITS)


def _four(n: int, first: bool) -> str:
    """0 < n < 10000 as Chinese; `first` when nothing is written before it (十五, not 一十五)."""
    out: list[str] = []
    gap = False
    for unit in (1000, 100, 10, 1):
        digit = n // unit % 10
        if not digit:
            gap = gap or bool(out)
            continue
        if gap:
            out.append(_WRITE_DIGIT[0])
            gap = False
        if not (unit == 10 and digit == 1 and first and not out):
            out.append(_WRITE_DIGIT[digit])
        if unit > 1:
            out.append(_WRITE_UNIT[unit])
    return "".join(out)


def _grouped(n: int, size: int, unit: str, below: Callable[[int, bool], str], first: bool) -> str:
    """n written as high part + unit + (零) + low part, with `below` writing each part."""
    high, low = divmod(n, size)
    if not high:
        return below(low, first)
    out = below(high, first) + unit
    if low:
        out += (_WRITE_DIGIT[0] if low < size // 10 else "") + below(low, False)
    return out


def _below_yi(n: int, first: bool) -> str:
    return _grouped(n, 10**4, _WRITE_GROUP[10**4], _four, first)


def integer_to_chinese(n: int) -> str:
    """0 <= n < LIMIT as readable Chinese: 6750 -> 六千七百五十, 100010 -> 十万零一十."""
    if not 0 <= n < LIMIT:
        raise NumberError(str(n), 0, f"outside 0 to {LIMIT - 1}, the range written with one 亿")
    if n == 0:
        return _WRITE_DIGIT[0]
    return _grouped(n, 10**8, _WRITE_GROUP[10**8], _below_yi, True)


def digits_to_chinese(digits: str) -> str:
    """Arabic digits one by one, as after 点: "13" -> 一三."""
    return "".join(_WRITE_DIGIT[int(c)] for c in digits)


def digits_value(s: str) -> str:
    """Chinese (or Arabic) digits read one by one, as Arabic digits: 一三 -> "13"."""
    return "".join(str(DIGITS[c]) if c in DIGITS else c.translate(_DIGIT_MAP) for c in s)


def _financial_map() -> dict[str, str]:
    """Plain character -> its financial (大写) form: 一 -> 壹, 十 -> 拾."""
    fin = set(_T["financial"]["chars"])
    out = {}
    for table in (_T["digits"], _T["units"]):
        plain = _first_of(table)
        for ch, v in table.items():
            if ch in fin:
                out[plain[v]] = ch
    return out


FINANCIAL = str.maketrans(_financial_map())
TRADITIONAL = str.maketrans({std: trad for trad, std in _T["traditional"].items()})
