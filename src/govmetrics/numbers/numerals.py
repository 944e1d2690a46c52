"""Exact numbers from numerals as written by officials and by everyone else.

The one place that turns a numeral into a `decimal.Decimal` (never a float): Arabic
(6750, 1,500, １，５００, ３．１３, -2.5), Chinese (六千七百五十, 两万, 三点一三, 壹佰, 负三十二,
七十五萬, 四万万), Arabic with a magnitude (3.13万 -> 31300, 2万亿, 5千万, 40k) or with Chinese
below it (5万4千6百), approximations (500多亿, 十余万, 约500, 不到1%), percents (10%, 百分之十),
per-mille (6‰, 千分之六), tenths (九成 = 90 %), percentage points (0.5个百分点, 六個百分點),
ranges (1至2, 10-15万), fractions (三分之一, 1/3; 万分之三 also as its exact value), and
spaces or line breaks inside any of them (一百 五 十 二). `writing` writes numbers back.
Every failure is a `NumberError` with the input and the position of the problem. Values
are canonical (no exponent above zero, no trailing zeros after the point), so
`format(v, "f")` prints them as a person writes them.

cn2an (0.5.x) is not used at run time, because on these inputs it is wrong or slower:
it returns floats for every decimal (三点一三 -> 3.13 float; a 16-digit integer with
decimals comes back as 1e+16); its strict mode refuses 两 and 〇 (两万, 〇), while its
other modes read digit strings as numbers (一两 -> 12, 零五 -> 5, 二〇二一 -> 2021); only
its smart mode reads 3.13万, and then full-width digits come back as floats (６７５０ ->
6750.0) and 007 as 7.0; it refuses 1,500, 1，500, 10%, 百分之十, 三分之一 and 卅; and it
reads about 130,000 numerals a second against our several hundred thousand. The tests
use it as an oracle for the standard Chinese integers, where it is right.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, NamedTuple

from .. import lexicon
from ..errors import NumberError
from ..lexicon import compiled
from . import affixes as af
from . import scanner as sc
from .scanner import MAGNITUDES, NUMERAL_RE, approximation
from .writing import MAG_EXP, make, shift

__all__ = ["MAGNITUDES", "NUMERAL_RE", "Numeral", "approximation", "fraction_to_decimal", "parse",
           "parse_fraction", "parse_range", "read"]

_T = lexicon.table("numerals")
_FAST = compiled.compile(f"(0|[1-9][0-9]*)(?:\\.([0-9]+))?({sc.MAG})?")
_RANGE_SEP = compiled.compile("|".join(map(re.escape, sorted(_T["separators"]["range"], key=len, reverse=True))))
_RATIO_DATE = compiled.compile(sc.date_pattern(re.escape(af.RATIO)))
_BARE_MAG = compiled.compile(f"{sc.MAG}\\Z")


@dataclass(frozen=True, slots=True)
class Numeral:
    """What a numeral says: one `value`, or a range `low`-`high`, or a `fraction`.

    `percent` for 10% / 百分之十 / 九成 (value in percent), `permille` for 6‰ / 千分之六,
    `points` for 个百分点; `magnitude` is the magnitude word written at the end of the
    number (3.13万 -> "万", 两万亿 -> "万亿"). `approximate` for 500多亿 / 约500 / 不到1%,
    whose value is the stated base and whose `comparator` says where the truth lies
    (">" for 多 余 几 超 逾, "~" for 约 近, "<" for 不到 不足; "=" for an exact number).
    A fraction with a finite decimal (四分之一, 万分之三) has that `value` too.
    """

    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    fraction: Fraction | None = None
    percent: bool = False
    points: bool = False
    magnitude: str | None = None
    permille: bool = False
    approximate: bool = False
    comparator: str = "="

    def to_dict(self) -> dict[str, Any]:
        """Numbers as strings (decimals stay exact), the fraction as "num/den"."""
        out = asdict(self)
        for key in ("value", "low", "high"):
            out[key] = None if out[key] is None else format(out[key], "f")
        out["fraction"] = None if self.fraction is None else str(self.fraction)
        return out


class _Term(NamedTuple):
    value: Decimal
    magnitude: str | None
    unit: str | None  # "percent", "permille", "points" or None
    comparator: str
    end: int
    tenths: bool = False  # a share written in tenths (三成): the value is already ×10


_SUFFIX = compiled.compile("|".join(f"(?P<{kind}>{'|'.join(map(re.escape, words))})" for kind, words in (
    ("percent", af.PERCENT_SIGNS), ("permille", af.PERMILLE_SIGNS), ("points", af.POINTS_WORDS))))


def _suffix(s: str, end: int, stop: int) -> tuple[str | None, int, Decimal | None]:
    """The unit written after a number at `end`: (kind, its length, percent added by 成 or None)."""
    m = _SUFFIX.match(s, end, stop)
    if m:
        return m.lastgroup, m.end() - end, None
    tenths = af.tenths_at(s, end, stop)
    if tenths:
        return "percent", tenths[1], tenths[0]
    return None, 0, None


def _term(text: str, s: str, pos: int, stop: int) -> _Term:
    """The numeral at `pos` in the normalized text `s`, with its sign and the unit after it."""
    sign = af.sign_at(s, pos)
    m = sc.READ_RE.match(s, pos + sign, stop)
    if m is None:
        raise sc.diagnose(text, s, pos + sign)
    value, magnitude = sc.value(m)
    end = m.end()
    word = approximation(m)
    comparator = af.APPROX_AFTER[word] if word else "="
    if sign and value:
        value = -value
    if end == stop:
        return _Term(value, magnitude, None, comparator, end)
    if s[end] in af.LATIN_MAGNITUDES and m["int"] is not None and not m["mag"] and not word:
        value, magnitude = shift(value, len(str(af.LATIN_MAGNITUDES[s[end]])) - 1), s[end]
        end += 1
    unit, length, tenths = _suffix(s, end, stop)
    if tenths is not None:
        value = shift(shift(value, 1) + (-tenths if sign else tenths), 0)
    return _Term(value, magnitude, unit, comparator, end + length, tenths is not None)


def _plain_term(text: str, s: str, start: int, stop: int) -> Decimal:
    """The value of s[start:stop], which must be one exact numeral and nothing else."""
    t = _term(text, s, start, stop)
    if t.end != stop or t.unit or t.comparator != "=":
        raise NumberError(text, t.end, "more than one number here")
    return t.value


def _fraction(text: str, s: str, pos: int) -> Fraction | None:
    """三分之一 / 万分之三 / 1/3 at `pos` as a Fraction, None when s[pos:] is neither form."""
    i = s.find(af.FRACTION_INFIX, pos)
    if i >= 0:
        den_text = s[pos:i]
        den = MAGNITUDES[den_text] if den_text in MAGNITUDES else _plain_term(text, s, pos, i)
        num, den_at = _plain_term(text, s, i + len(af.FRACTION_INFIX), len(s)), pos
    elif af.RATIO in s:
        i = s.index(af.RATIO)
        if af.RATIO in s[i + 1:]:
            raise NumberError(text, s.index(af.RATIO, i + 1), "a second '/': a date or a code, not a ratio")
        if _RATIO_DATE.fullmatch(s, pos):
            raise NumberError(text, pos, "a date (year/month), not a ratio")
        num, den, den_at = _plain_term(text, s, pos, i), _plain_term(text, s, i + 1, len(s)), i + 1
    else:
        return None
    if not den:
        raise NumberError(text, den_at, "a zero denominator")
    return Fraction(num) / Fraction(den)


def _finite(f: Fraction) -> Decimal | None:
    """The exact decimal of `f`, None when it has none (1/3)."""
    try:
        return fraction_to_decimal(f)
    except NumberError:
        return None


def _range(text: str, low: _Term, high: _Term, at: int) -> Numeral:
    """Two ends joined by a separator at `at`; the high end's unit, magnitude and comparator are shared."""
    if low.unit not in (None, high.unit):
        raise NumberError(text, at, "the ends of the range have different units")
    if low.comparator != "=":
        raise NumberError(text, at, "an approximation on the low end of the range")
    if low.magnitude and not high.magnitude and high.value < shift(Decimal(1), MAG_EXP[low.magnitude]):
        # 1万至5: the magnitude is the low end's only; a high end written whole (一万至一万二千) needs none
        raise NumberError(text, at, "a magnitude on the low end of the range only")
    low_value = low.value
    if high.tenths and low.unit is None:  # 二至三成: both ends in tenths
        low_value = shift(low_value, 1)
    if high.magnitude and not low.magnitude:
        low_value = shift(low_value, MAG_EXP[high.magnitude])
    if low_value > high.value:
        raise NumberError(text, at, "the range goes from more to less")
    return Numeral(low=low_value, high=high.value, **_flags(high))


def _flags(t: _Term) -> dict[str, Any]:
    """The Numeral fields a term sets besides its value: unit, magnitude, approximation."""
    return {"percent": t.unit == "percent", "points": t.unit == "points", "permille": t.unit == "permille",
            "magnitude": t.magnitude, "approximate": t.comparator != "=", "comparator": t.comparator}


def _prefixed(text: str, s: str, pos: int, negative: bool) -> Numeral | None:
    """百分之十, 百分之负三, 千分之六, 百分之百 at `pos`; None when no prefix stands there."""
    for prefix, kind in ((af.PERCENT_PREFIX, "percent"), (af.PERMILLE_PREFIX, "permille")):
        if s.startswith(prefix, pos):
            rest = pos + len(prefix)
            if kind == "percent" and s[rest:] == af.PERCENT_WHOLE:
                value = Decimal(100)
            else:
                t = _term(text, s, rest, len(s))
                if t.end != len(s) or t.unit:
                    raise NumberError(text, t.end, "text after the number")
                value, comparator = t.value, t.comparator
                if comparator != "=":
                    return Numeral(value=-value if negative else value, approximate=True,
                                   comparator=comparator, **{kind: True})
            return Numeral(value=-value if negative else value, **{kind: True})
    return None


def _read_slow(text: str, s: str) -> Numeral:
    """Every form, on `s`: `text` with full-width and variant characters normalized, no spaces."""
    whole = sc.READ_RE.fullmatch(s)
    if whole is not None and whole["rest"] is None and not approximation(whole):
        value, magnitude = sc.value(whole)  # the common case: one numeral and nothing else
        return Numeral(value=value, magnitude=magnitude)
    if s in af.WORDS:
        return Numeral(value=af.WORDS[s])
    before = af.approximation_before(s, 0) if s[0] in af.BEFORE_FIRSTS else None
    pos = len(before[0]) if before else 0
    if before and _BARE_MAG.match(s, pos):  # 逾百万, 超千亿: a bare magnitude after the word
        word = s[pos:]
        return Numeral(value=MAGNITUDES[word], magnitude=word, approximate=True, comparator=before[1])
    found = _body(text, s, pos)
    if before and found.comparator == "=":
        return Numeral(**{**_fields(found), "approximate": True, "comparator": before[1]})
    return found


def _fields(n: Numeral) -> dict[str, Any]:
    return {f: getattr(n, f) for f in Numeral.__dataclass_fields__}


def _body(text: str, s: str, pos: int) -> Numeral:
    """The number at `pos` to the end of `s`: a prefixed percent, a fraction, one term or a range."""
    sign = af.sign_at(s, pos)
    prefixed = _prefixed(text, s, pos + sign, bool(sign))
    if prefixed is not None:
        return prefixed
    fraction = _fraction(text, s, pos + sign)
    if fraction is not None:
        fraction = -fraction if sign else fraction
        return Numeral(value=_finite(fraction), fraction=fraction)
    low = _term(text, s, pos, len(s))
    if low.end == len(s):
        if low.unit is None and low.comparator == "=":
            return Numeral(value=low.value, magnitude=low.magnitude)
        return Numeral(value=low.value, **_flags(low))
    sep = _RANGE_SEP.match(s, low.end)
    if sep is None:
        raise NumberError(text, low.end, "text after the number")
    high = _term(text, s, sep.end(), len(s))
    if high.end != len(s):
        raise NumberError(text, high.end, "text after the range")
    return _range(text, low, high, sep.start())


def _read_uncached(text: str) -> Numeral:
    """`read` without its cache and without the type check."""
    fast = _FAST.fullmatch(text)
    # A four-digit number with one or two decimals and no magnitude may be a date: slow path.
    if fast and (fast[2] is None or fast[3] or len(fast[1]) != 4 or len(fast[2]) > 2):
        frac, mag = fast[2] or "", fast[3]
        value = make(fast[1] + frac, (MAG_EXP[mag] if mag else 0) - len(frac))
        return Numeral(value=value, magnitude=mag)
    if not text:
        raise NumberError(text, 0, "a number was expected here")
    if not af.has_spaces(text):
        return _read_slow(text, text.translate(af.NORMALIZE))
    s, kept = af.compact(text)
    try:
        return _read_slow(s, s.translate(af.NORMALIZE))
    except NumberError as e:
        # Positions in the text as given, spaces and line breaks included.
        raise NumberError(text, kept[e.position] if e.position < len(kept) else len(text), e.problem) from None


# Safe to cache: str in, frozen Numeral out. Long strings are no numeral the extractor
# meets and are not kept, so the cache stays small whatever it is fed.
_read_cached = lru_cache(maxsize=1 << 16)(_read_uncached)
_CACHE_LIMIT = 40


def read(text: str) -> Numeral:
    """Read one numeral, range, percent, per-mille, percentage points or fraction as written.

    "3.13万" -> value 31300; "10%" / "百分之十" / "一成" -> value 10, percent; "0.5个百分点" ->
    value 0.5, points; "500多亿" -> value 50000000000, approximate, comparator ">"; "10-15万"
    -> low 100000, high 150000; "三分之一" -> fraction 1/3. Spaces and line breaks inside
    the number are read past. Raises NumberError for anything else (dates like 2021.3,
    1.2.3, 一二三, text).
    """
    if not isinstance(text, str):
        raise NumberError(repr(text), 0, "not a string")
    return _read_cached(text) if len(text) <= _CACHE_LIMIT else _read_uncached(text)


def parse(text: str) -> Decimal:
    """One number as written ("6750", "１，５００", "3.13万", "两万", "负3", "10%" -> 10,
    "九成" -> 90, "500多亿" -> 50000000000, "四分之一" -> 0.25).

    Raises NumberError for ranges, fractions with no finite decimal, dates and anything
    that is not one number.
    """
    numeral = read(text)
    if numeral.value is None:
        raise NumberError(text, 0, "a range or a fraction with no finite decimal, not one number")
    return numeral.value


def parse_range(text: str) -> tuple[Decimal, Decimal]:
    """The two ends of a range: "1至2" -> (1, 2); "10-15万" -> (100000, 150000); "20%—30%" -> (20, 30)."""
    numeral = read(text)
    if numeral.low is None or numeral.high is None:
        raise NumberError(text, 0, "not a range")
    return numeral.low, numeral.high


def parse_fraction(text: str) -> Fraction:
    """A fraction or ratio, exactly: "三分之一" -> 1/3, "千分之五" -> 1/200, "1/3" -> 1/3, "10%" -> 1/10."""
    numeral = read(text)
    if numeral.fraction is not None:
        return numeral.fraction
    if numeral.value is not None and (numeral.percent or numeral.permille):
        return Fraction(numeral.value) / (100 if numeral.percent else 1000)
    raise NumberError(text, 0, "not a fraction")


def fraction_to_decimal(f: Fraction, places: int | None = None) -> Decimal:
    """A Decimal view of `f`: exact when `places` is None (NumberError if it has no finite
    decimal, like 1/3), else rounded half-even to `places` decimals."""
    if places is None:
        den, twos, fives = f.denominator, 0, 0
        while den % 2 == 0:
            den, twos = den // 2, twos + 1
        while den % 5 == 0:
            den, fives = den // 5, fives + 1
        if den != 1:
            raise NumberError(str(f), 0, "no finite decimal; give the number of places")
        places = max(twos, fives)
    scaled = round(abs(f) * 10**places)
    d = make(str(scaled), -places)
    return d.copy_negate() if f < 0 else d
