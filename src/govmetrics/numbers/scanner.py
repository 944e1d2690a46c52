"""NUMERAL_RE: one numeral as written at a position, and the value of a match.

Arabic (6750, 1,500, ３．１３), Arabic with a magnitude (3.13万, 5千万) and with Chinese or
mixed places below it (5万4千6百, 20万三千, 300亿零六千150), Chinese (`chinese.GRAMMAR`),
and an approximation word after the number or its magnitude (500多亿, 十余万, 3万多), also
after a bare magnitude (百余, 万余人, 百余万). Signs,
percents, prefixes and ranges are read around it by `numerals`. `READ_RE` is the same
with Arabic decimals after a Chinese 点 (一百点25), for `read` alone: in running text that
would misread a time (八点30分).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from .. import lexicon
from ..errors import NumberError
from ..lexicon import compiled
from . import affixes as af
from . import chinese as cn
from .writing import MAG_EXP, make

_T = lexicon.table("numerals")
_DROP_THOUSANDS = str.maketrans("", "", "".join(_T["separators"]["thousands"]))

MAGNITUDES: Mapping[str, Decimal] = MappingProxyType(
    {w: Decimal(v) for w, v in cn.MAGNITUDE_WORDS.items()})


def _variants(*chars: str) -> str:
    """A character class of `chars` and their full-width forms."""
    return cn.char_class([*chars, *(fw for fw, half in _T["fullwidth"].items() if half in chars)])


_DIG, _NZ, _ZERO = _variants(*"0123456789"), _variants(*"123456789"), _variants("0")
_DOT, _COMMA = _variants(_T["separators"]["decimal"]), _variants(*_T["separators"]["thousands"])
MAG = cn.magnitude_pattern(MAGNITUDES)
_APPROX = cn.char_class(af.APPROX_AFTER)
_UNIT_CHARS = cn.char_class([*cn.UNITS, *cn.GROUP_UNITS])


def date_pattern(sep: str) -> str:
    """A year and a month as written with `sep` (2021.3), not followed by a digit or magnitude."""
    years = "|".join("".join(_variants(c) for c in p) + f"{_DIG}{{{4 - len(p)}}}"
                     for p in _T["dates"]["year_prefixes"])
    month = f"(?:{_ZERO}?{_NZ}|{_variants('1')}{_variants(*'012')})"
    return f"(?:{years}){sep}{month}(?!{_DIG}|{cn.char_class(''.join(MAGNITUDES))})"


def _after(chars: str) -> str:
    return f"(?<={cn.char_class(s for c in chars for s in cn.spellings(c))})"


_M = cn.MIXED
# What may follow Arabic digits and a magnitude: the Chinese (or mixed) places below it.
_REST = (f"(?:{_after('万')}{_M['after_wan']}|{_after('亿')}{_M['after_yi']}|{_after('千')}{_M['after_qian']}"
         f"|{_after('百')}{_M['after_bai']}|{_after('十')}{_M['after_shi']})")
_ARABIC = (
    f"(?<!{_variants(*'0123456789.')})(?!{date_pattern(_DOT)})"
    f"(?P<int>{_NZ}{_DIG}{{0,2}}(?:{_COMMA}{_DIG}{{3}})+(?!{_DIG})|{_NZ}{_DIG}*|{_ZERO}(?!{_DIG}))"
    f"(?:{_DOT}(?P<frac>{_DIG}+))?(?!{_DOT}{_DIG})"
    # 500多亿: an approximation between the number and its magnitude, or after both (3万多).
    f"(?:(?P<approx>{_APPROX})(?={MAG}))?(?P<mag>{MAG})?"
    f"(?(frac)|(?(approx)|(?(mag)(?P<rest>{_REST})?)))(?(approx)|(?P<approx_end>{_APPROX})?)"
)
_G = cn.GRAMMAR


def _chinese(decimals: str) -> str:
    # 十余万, 二十几万, 一千多: an approximation after a numeral that ends in a unit.
    return (f"{cn.NOT_INSIDE}(?P<cn_int>{_G['integer']}){decimals}{_G['end']}"
            f"(?(cn_frac)|(?:(?<={_UNIT_CHARS})(?P<cn_approx>{_APPROX})(?P<cn_amag>{MAG})?)?)")


# 百余, 千余家, 万余人, 百余万: a bare magnitude is a number when an approximation follows it.
_BARE = f"{cn.NOT_INSIDE}(?P<bare>{MAG})(?P<bare_approx>{_APPROX})(?P<bare_mag>{MAG})?"
# Every numeral begins with one of these: testing it first spares the alternatives at every
# other position of a text.
_FIRST = f"(?={cn.char_class([*cn.ARABIC_DIGITS, *cn.NUMERAL_CHARS])})"
NUMERAL_RE: re.Pattern[str] = compiled.compile(f"{_FIRST}(?:{_ARABIC}|{_chinese(_G['decimals'])}|{_BARE})")
"""One numeral as written (Arabic, Chinese, mixed, with 多/余/几); no sign, %, 百分之 or range."""
# `read` also takes Arabic decimals after a Chinese 点 (一百点25), which in running text
# would misread a time (八点30分); it is a superset of NUMERAL_RE.
READ_RE = compiled.compile(f"{_FIRST}(?:{_ARABIC}|{_chinese(_G['lenient_decimals'])}|{_BARE})")

_DATE_AT = compiled.compile(date_pattern(_DOT))
_MULTI_DOT = compiled.compile(r"[0-9]+\.[0-9]+(\.)[0-9]")
_LEADING_ZERO = compiled.compile(r"0[0-9]")
_GROUP_CHARS = "".join(cn.GROUP_UNITS)


def value(m: re.Match[str]) -> tuple[Decimal, str | None]:
    """Value and magnitude word of a NUMERAL_RE match (in normalized text)."""
    if m["int"] is not None:
        frac, mag = (m["frac"] or ""), m["mag"]
        digits = m["int"].translate(_DROP_THOUSANDS)
        value = make(digits + frac, MAG_EXP[mag] - len(frac) if mag else -len(frac))
        if m["rest"]:
            rest = m["rest"]
            value += cn.integer_value(rest, 10 ** MAG_EXP[mag])
            tail = len(rest) - len(rest.rstrip(_GROUP_CHARS))
            mag = rest[-tail:] if tail else None
        return value, mag
    if m["bare"] is not None:
        places = MAG_EXP[m["bare"]] + (MAG_EXP[m["bare_mag"]] if m["bare_mag"] else 0)
        return make("1", places), m["bare_mag"] or m["bare"]
    whole = str(cn.integer_value(m["cn_int"]))
    if m["cn_frac"] is not None:
        frac, mag = cn.digits_value(m["cn_frac"]), m["cn_mag"]
        return make(whole + frac, MAG_EXP[mag] - len(frac) if mag else -len(frac)), mag
    if m["cn_amag"]:
        return make(whole, MAG_EXP[m["cn_amag"]]), m["cn_amag"]
    group_tail = len(m["cn_int"]) - len(m["cn_int"].rstrip(_GROUP_CHARS))
    return Decimal(whole), m["cn_int"][-group_tail:] if group_tail else None


def approximation(m: re.Match[str]) -> str | None:
    """The approximation word (多, 余, 几) inside a NUMERAL_RE match, or None."""
    return m["approx"] or m["approx_end"] or m["cn_approx"] or m["bare_approx"]


def diagnose(text: str, s: str, pos: int) -> NumberError:
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
