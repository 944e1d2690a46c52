"""Chinese numerals: the grammar of well-formed ones as a regex, their values, and writing them.

Reads 六千七百五十, 一百零八, 十二, 两万, 一万亿, 壹佰, 廿一, 三点一三 (and the short
spoken tails 一百五 = 150, 两万五 = 25000); writes integers and decimals back as
readable Chinese. The characters come from `data/numerals.toml`. `govmetrics.numbers`
builds its public regex and parser on top of this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .. import lexicon
from ..errors import NumberError

_T = lexicon.table("numerals")
DIGITS: dict[str, int] = _T["digits"]
TENS: dict[str, int] = _T["tens"]
UNITS: dict[str, int] = _T["units"]
GROUP_UNITS: dict[str, int] = _T["group_units"]
POINTS: list[str] = _T["point"]["chars"]
STOPS: list[str] = _T["magnitude_stops"]["words"]
MAGNITUDE_WORDS: dict[str, int] = _T["magnitudes"]

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


def _grammar() -> dict[str, str]:
    """Regex pieces of a well-formed Chinese numeral (see the module docstring for the forms),
    with the named groups cn_big, cn_frac and cn_mag; use each piece once in a pattern."""
    d = char_class(c for c, v in DIGITS.items() if v)
    z = char_class(c for c, v in DIGITS.items() if not v)
    after_point = char_class(c for c in DIGITS if c not in _T["point"]["not_after"])
    ten, hundred, thousand = _unit_class(10), _unit_class(100), _unit_class(1000)
    wan, yi = _group_class(10**4), _group_class(10**8)
    point = char_class(POINTS)
    any_unit = not_a_stop(list(UNITS) + list(GROUP_UNITS), char_class(list(UNITS) + list(GROUP_UNITS)))
    # Nothing of a numeral may follow one: this is what makes 一二三, 十四五, 零五 unreadable.
    end = f"(?!{char_class(list(DIGITS) + list(TENS))}|{any_unit}|{point}{after_point})"
    tens = f"(?:{d}{ten}|{char_class(TENS)}){d}?"  # 二十, 二十三, 廿一
    bare_ten = f"{ten}{d}?"  # 十, 十五: only first in a numeral or after 零
    tail = f"{d}{end}"  # 一百五 = 150, 两万五 = 25000: a last digit one unit down
    after_zero = f"(?:{tens}|{bare_ten}|{d})"
    hundreds = f"{d}{hundred}(?:{tens}|{z}{after_zero}|{tail})?"
    thousands = f"{d}{thousand}(?:{hundreds}|{z}{after_zero}|{tail})?"
    multi = f"(?:{thousands}|{hundreds}|{tens})"
    group = f"(?:{multi}|{d})"
    lead = f"(?:{group}|{bare_ten})"
    # After 万 a lower part needs no 零 when it cannot be misread (一万五百); after 亿 only a
    # part with 万 (九亿十万): 六千亿七千 could be misread. A lone digit is a spoken tail (两万五).
    below_wan = f"(?:{z}{lead}|{multi}|{tail})"
    wan_part = f"{lead}{wan}{below_wan}?"
    below_yi = f"(?:{z}(?:{wan_part}|{lead})|{wan_part}|{tail})"
    # `cn_big` marks a numeral with 万 or 亿 in it: its decimals take no magnitude after
    # them (三点一三万 is read, 五万点六亿 is not).
    big = f"(?P<cn_big>{wan}{below_wan}?(?:{yi}{below_yi}?)?|{yi}{below_yi}?)"
    integer = f"(?:{lead}{big}?|{z})"
    magnitude = magnitude_pattern(_T["point"]["magnitudes"])
    decimals = f"(?:{point}(?P<cn_frac>{after_point}+)(?(cn_big)|(?P<cn_mag>{magnitude})?))?"
    return {"integer": integer, "decimals": decimals, "end": end}


GRAMMAR = _grammar()
NUMERAL_CHARS = frozenset([*DIGITS, *TENS, *UNITS, *GROUP_UNITS, *POINTS])
ALL_CHARS = char_class(NUMERAL_CHARS)


def integer_value(s: str) -> int:
    """The value of a Chinese integer that matched GRAMMAR["integer"] (not checked again here)."""
    above_yi = wan = group = digit = 0
    last_unit = 0  # the unit just written, for a spoken tail (一百五); 0 after 零
    for ch in s:
        if ch in DIGITS:
            digit = DIGITS[ch]
            if not digit:
                last_unit = 0
        elif ch in UNITS or ch in TENS:
            unit = UNITS.get(ch)
            group += (digit or 1) * unit if unit else TENS[ch]
            digit, last_unit = 0, unit or 10
        elif GROUP_UNITS[ch] == 10**4:
            wan, group, digit, last_unit = (group + digit) * 10**4, 0, 0, 10**4
        else:
            above_yi = (above_yi + wan + group + digit) * 10**8
            wan = group = digit = 0
            last_unit = 10**8
    if digit and last_unit:
        digit = digit * last_unit // 10
    return above_yi + wan + group + digit


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
    """Chinese digits read one by one, as Arabic digits: 一三 -> "13"."""
    return "".join(str(DIGITS[c]) for c in s)
