"""Exact numbers from numerals as written in the documents, and back.

The one place that turns a numeral into a `decimal.Decimal` (never a float): Arabic
(6750, 1,500, １，５００, ３．１３), Chinese (六千七百五十, 两万, 三点一三, 壹佰), Arabic with a
magnitude (3.13万 -> 31300, 2万亿, 5千万), percents (10%, 百分之十), percentage points
(0.5个百分点), ranges (1至2, 10-15万), fractions (三分之一, 1/3). `to_chinese` and
`to_mixed` write numbers back. Every failure is a `NumberError` with the input and the
position of the problem. Values are canonical (no exponent above zero, no trailing zeros
after the point), so `format(v, "f")` prints them as a person writes them.

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
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from .. import lexicon
from ..errors import NumberError
from . import chinese as cn

_T = lexicon.table("numerals")
_FULLWIDTH = str.maketrans(_T["fullwidth"])
_PCT_SIGNS: list[str] = _T["percent"]["signs"]
_PCT_PREFIX: str = _T["percent"]["prefix"]
_PCT_WHOLE: str = _T["percent"]["whole"]
_POINTS_WORDS: list[str] = sorted(_T["percent"]["points"], key=len, reverse=True)
_FRACTION_INFIX: str = _T["fraction"]["infix"]
_RATIO: str = _T["separators"]["ratio"]
_DROP_THOUSANDS = str.maketrans("", "", "".join(_T["separators"]["thousands"]))

MAGNITUDES: Mapping[str, Decimal] = MappingProxyType(
    {w: Decimal(v) for w, v in cn.MAGNITUDE_WORDS.items()})
_MAG_EXP = {w: len(str(v)) - 1 for w, v in cn.MAGNITUDE_WORDS.items()}  # all are powers of ten


def _variants(*chars: str) -> str:
    """A character class of `chars` and their full-width forms."""
    return cn.char_class([*chars, *(fw for fw, half in _T["fullwidth"].items() if half in chars)])


_DIG, _NZ, _ZERO = _variants(*"0123456789"), _variants(*"123456789"), _variants("0")
_DOT, _COMMA = _variants(_T["separators"]["decimal"]), _variants(*_T["separators"]["thousands"])
_MAG = cn.magnitude_pattern(MAGNITUDES)


def _date(sep: str) -> str:
    """A year and a month as written with `sep` (2021.3), not followed by a digit or magnitude."""
    years = "|".join("".join(_variants(c) for c in p) + f"{_DIG}{{{4 - len(p)}}}"
                     for p in _T["dates"]["year_prefixes"])
    month = f"(?:{_ZERO}?{_NZ}|{_variants('1')}{_variants(*'012')})"
    return f"(?:{years}){sep}{month}(?!{_DIG}|{cn.char_class(''.join(MAGNITUDES))})"


_ARABIC = (
    f"(?<!{_variants(*'0123456789.')})(?!{_date(_DOT)})"
    f"(?P<int>{_NZ}{_DIG}{{0,2}}(?:{_COMMA}{_DIG}{{3}})+(?!{_DIG})|{_NZ}{_DIG}*|{_ZERO}(?!{_DIG}))"
    f"(?:{_DOT}(?P<frac>{_DIG}+))?(?!{_DOT}{_DIG})(?P<mag>{_MAG})?"
)
_G = cn.GRAMMAR
_CHINESE = (
    f"(?<!{cn.ALL_CHARS})(?P<cn_int>{_G['integer']}){_G['decimals']}{_G['end']}"
)
NUMERAL_RE: re.Pattern[str] = re.compile(f"{_ARABIC}|{_CHINESE}")
"""One numeral as written (Arabic, Chinese or Arabic + magnitude); no %, 百分之 or range."""

_FAST = re.compile(f"(0|[1-9][0-9]*)(?:\\.([0-9]+))?({_MAG})?")
_RANGE_SEP = re.compile("|".join(map(re.escape, sorted(_T["separators"]["range"], key=len, reverse=True))))
_DATE_AT = re.compile(_date(_DOT))
_RATIO_DATE = re.compile(_date(re.escape(_RATIO)))
_MULTI_DOT = re.compile(r"[0-9]+\.[0-9]+(\.)[0-9]")
_LEADING_ZERO = re.compile(r"0[0-9]")
_GROUP_CHARS = "".join(cn.GROUP_UNITS)


@dataclass(frozen=True, slots=True)
class Numeral:
    """What a numeral says: one `value`, or a range `low`-`high`, or a `fraction`.

    `percent` for 10% / 百分之十 (value in percent), `points` for 个百分点; `magnitude` is the
    magnitude word written at the end of the number (3.13万 -> "万", 两万亿 -> "万亿").
    """

    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    fraction: Fraction | None = None
    percent: bool = False
    points: bool = False
    magnitude: str | None = None


class _Term(NamedTuple):
    value: Decimal
    magnitude: str | None
    percent: bool
    points: bool
    end: int


def _make(mant: str, exp: int) -> Decimal:
    """The canonical Decimal of digits `mant` times 10**exp, built exactly from a string."""
    mant = mant.lstrip("0")
    if not mant:
        return Decimal(0)
    if exp < 0:
        k = min(len(mant) - len(mant.rstrip("0")), -exp)
        mant, exp = mant[:len(mant) - k], exp + k
    if exp > 0:
        return Decimal(mant + "0" * exp)
    return Decimal(mant) if exp == 0 else Decimal(f"{mant}E{exp}")


def _shift(d: Decimal, places: int) -> Decimal:
    """d times 10**places, exactly (Decimal arithmetic would round past 28 digits)."""
    t = d.as_tuple()
    return _make("".join(map(str, t.digits)), int(t.exponent) + places)


def _value(m: re.Match[str]) -> tuple[Decimal, str | None]:
    """Value and magnitude word of a NUMERAL_RE match."""
    if m["int"] is not None:
        frac, mag = (m["frac"] or "").translate(_FULLWIDTH), m["mag"]
        digits = m["int"].translate(_FULLWIDTH).translate(_DROP_THOUSANDS)
        return _make(digits + frac, _MAG_EXP[mag] - len(frac) if mag else -len(frac)), mag
    whole = str(cn.integer_value(m["cn_int"]))
    if m["cn_frac"] is not None:
        frac, mag = cn.digits_value(m["cn_frac"]), m["cn_mag"]
        return _make(whole + frac, _MAG_EXP[mag] - len(frac) if mag else -len(frac)), mag
    group_tail = len(m["cn_int"]) - len(m["cn_int"].rstrip(_GROUP_CHARS))
    return Decimal(whole), m["cn_int"][-group_tail:] if group_tail else None


def _diagnose(text: str, s: str, pos: int) -> NumberError:
    """The error for a place where no numeral begins, saying why when the reason is known."""
    if pos >= len(s):
        return NumberError(text, pos, "a number was expected here")
    if _DATE_AT.match(s, pos):
        return NumberError(text, pos, "a date (year.month), not a number")
    dots = _MULTI_DOT.match(s, pos)
    if dots:
        return NumberError(text, dots.start(1), "a second decimal point: a section number or a date")
    if _LEADING_ZERO.match(s, pos):
        return NumberError(text, pos, "a leading zero: part of a code or a date, not a number")
    if s[pos] in cn.NUMERAL_CHARS:
        return NumberError(text, pos, "not a well-formed Chinese numeral")
    return NumberError(text, pos, "no numeral here")


def _term(text: str, s: str, pos: int, stop: int) -> _Term:
    """The numeral at `pos` in the normalized text `s`, with a % or 个百分点 after it."""
    m = NUMERAL_RE.match(s, pos, stop)
    if m is None:
        raise _diagnose(text, s, pos)
    value, magnitude = _value(m)
    end = m.end()
    sign = next((x for x in _PCT_SIGNS if s.startswith(x, end, stop)), None)
    points = None if sign else next((w for w in _POINTS_WORDS if s.startswith(w, end, stop)), None)
    return _Term(value, magnitude, sign is not None, points is not None, end + len(sign or points or ""))


def _plain_term(text: str, s: str, start: int, stop: int) -> Decimal:
    """The value of s[start:stop], which must be one numeral and nothing else."""
    t = _term(text, s, start, stop)
    if t.end != stop or t.percent or t.points:
        raise NumberError(text, t.end, "more than one number here")
    return t.value


def _fraction(text: str, s: str) -> Fraction | None:
    """三分之一 / 千分之五 / 1/3 as a Fraction, None when `s` is neither form."""
    i = s.find(_FRACTION_INFIX)
    if i >= 0:
        den_text = s[:i]
        den = MAGNITUDES[den_text] if den_text in MAGNITUDES else _plain_term(text, s, 0, i)
        num, den_at = _plain_term(text, s, i + len(_FRACTION_INFIX), len(s)), 0
    elif _RATIO in s:
        i = s.index(_RATIO)
        if _RATIO in s[i + 1:]:
            raise NumberError(text, s.index(_RATIO, i + 1), "a second '/': a date or a code, not a ratio")
        if _RATIO_DATE.fullmatch(s):
            raise NumberError(text, 0, "a date (year/month), not a ratio")
        num, den, den_at = _plain_term(text, s, 0, i), _plain_term(text, s, i + 1, len(s)), i + 1
    else:
        return None
    if not den:
        raise NumberError(text, den_at, "a zero denominator")
    return Fraction(num) / Fraction(den)


def _range(text: str, low: _Term, high: _Term, at: int) -> Numeral:
    """Two ends joined by a separator at `at`; the high end's %, points and magnitude are shared."""
    if (low.percent, low.points) not in ((False, False), (high.percent, high.points)):
        raise NumberError(text, at, "the ends of the range have different units")
    if low.magnitude and not high.magnitude:
        raise NumberError(text, at, "a magnitude on the low end of the range only")
    low_value = low.value
    if high.magnitude and not low.magnitude:
        low_value = _shift(low_value, _MAG_EXP[high.magnitude])
    if low_value > high.value:
        raise NumberError(text, at, "the range goes from more to less")
    return Numeral(low=low_value, high=high.value, percent=high.percent, points=high.points,
                   magnitude=high.magnitude)


def _read_slow(text: str) -> Numeral:
    """Every form: full-width, separators, Chinese, percents, fractions, ranges."""
    s = text.translate(_FULLWIDTH)  # one character for one, so positions stay those of `text`
    if s.startswith(_PCT_PREFIX):
        if s[len(_PCT_PREFIX):] == _PCT_WHOLE:
            return Numeral(value=Decimal(100), percent=True)
        return Numeral(value=_plain_term(text, s, len(_PCT_PREFIX), len(s)), percent=True)
    fraction = _fraction(text, s)
    if fraction is not None:
        return Numeral(fraction=fraction)
    low = _term(text, s, 0, len(s))
    if low.end == len(s):
        return Numeral(value=low.value, percent=low.percent, points=low.points, magnitude=low.magnitude)
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
        value = _make(fast[1] + frac, (_MAG_EXP[mag] if mag else 0) - len(frac))
        return Numeral(value=value, magnitude=mag)
    return _read_slow(text)


# Safe to cache: str in, frozen Numeral out. Long strings are no numeral the extractor
# meets and are not kept, so the cache stays small whatever it is fed.
_read_cached = lru_cache(maxsize=1 << 16)(_read_uncached)
_CACHE_LIMIT = 40


def read(text: str) -> Numeral:
    """Read one numeral, range, percent, percentage points or fraction as written.

    "3.13万" -> value 31300; "10%" / "百分之十" -> value 10, percent; "0.5个百分点" -> value
    0.5, points; "10-15万" -> low 100000, high 150000; "三分之一" -> fraction 1/3.
    Raises NumberError for anything else (dates like 2021.3, 1.2.3, 一二三, text).
    """
    if not isinstance(text, str):
        raise NumberError(repr(text), 0, "not a string")
    return _read_cached(text) if len(text) <= _CACHE_LIMIT else _read_uncached(text)


def parse(text: str) -> Decimal:
    """One number as written ("6750", "１，５００", "3.13万", "两万", "10%" -> 10, "百分之零点五" -> 0.5).

    Raises NumberError for ranges, fractions, dates and anything that is not one number.
    """
    numeral = read(text)
    if numeral.value is None:
        raise NumberError(text, 0, "a range or a fraction, not one number")
    return numeral.value


def parse_range(text: str) -> tuple[Decimal, Decimal]:
    """The two ends of a range: "1至2" -> (1, 2); "10-15万" -> (100000, 150000); "20%—30%" -> (20, 30)."""
    numeral = read(text)
    if numeral.low is None or numeral.high is None:
        raise NumberError(text, 0, "not a range")
    return numeral.low, numeral.high


def parse_fraction(text: str) -> Fraction:
    """A fraction or ratio, exactly: "三分之一" -> 1/3, "千分之五" -> 1/200, "1/3" -> 1/3."""
    numeral = read(text)
    if numeral.fraction is None:
        raise NumberError(text, 0, "not a fraction")
    return numeral.fraction


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
    d = _make(str(scaled), -places)
    return d.copy_negate() if f < 0 else d


def _canonical(n: int | Decimal) -> Decimal:
    if isinstance(n, bool) or not isinstance(n, (int, Decimal)):
        raise NumberError(repr(n), 0, "not an int or a Decimal")
    d = Decimal(n)
    if not d.is_finite() or d < 0:
        raise NumberError(str(n), 0, "not a finite number of at least 0")
    return _shift(d, 0)


def to_mixed(n: int | Decimal) -> str:
    """n in the official style: 31300 -> "3.13万", 150000000000 -> "1500亿", 6750 -> "6750"."""
    d = _canonical(n)
    for word in _T["writing"]["mixed"]:
        if d >= MAGNITUDES[word]:
            return format(_shift(d, -_MAG_EXP[word]), "f") + word
    return format(d, "f")


def to_chinese(n: int | Decimal) -> str:
    """n as readable Chinese numerals: 6750 -> 六千七百五十, 3.13 -> 三点一三 (n < 10**16)."""
    d = _canonical(n)
    t = d.as_tuple()
    digits, exp = "".join(map(str, t.digits)), int(t.exponent)
    padded = digits.rjust(1 - exp, "0")
    whole, frac = padded[:len(padded) + exp], padded[len(padded) + exp:]
    if len(whole) > len(str(cn.LIMIT - 1)):  # before int(), which refuses very long strings
        raise NumberError(str(n), 0, f"too large to write in Chinese numerals (limit {cn.LIMIT - 1})")
    out = cn.integer_to_chinese(int(whole))
    return out + cn.POINTS[0] + cn.digits_to_chinese(frac) if frac else out
