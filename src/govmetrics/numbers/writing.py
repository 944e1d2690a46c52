"""Exact decimals built from digit strings, and numbers written back as numerals.

`make` and `shift` build canonical Decimals (no exponent above zero, no trailing zeros
after the point) from strings, never by Decimal arithmetic, which rounds past 28 digits.
`to_chinese` writes 六千七百五十 (and the financial 陆仟柒佰伍拾, the traditional 七十五萬),
`to_mixed` the official 3.13万; both write a negative number with its sign (负五, -3.13万).
"""

from __future__ import annotations

from decimal import Decimal

from .. import lexicon
from ..errors import NumberError
from . import chinese as cn

_T = lexicon.table("numerals")
MAG_EXP = {w: len(str(v)) - 1 for w, v in cn.MAGNITUDE_WORDS.items()}  # all are powers of ten
_MINUS: str = _T["writing"]["minus"]


def make(mant: str, exp: int) -> Decimal:
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


def shift(d: Decimal, places: int) -> Decimal:
    """d times 10**places, exactly (Decimal arithmetic would round past 28 digits)."""
    t = d.as_tuple()
    out = make("".join(map(str, t.digits)), int(t.exponent) + places)
    return out.copy_negate() if t.sign and out else out


def _canonical(n: int | Decimal) -> Decimal:
    if isinstance(n, bool) or not isinstance(n, (int, Decimal)):
        raise NumberError(repr(n), 0, "not an int or a Decimal")
    d = Decimal(n)
    if not d.is_finite():
        raise NumberError(str(n), 0, "not a finite number")
    return shift(d, 0)


def to_mixed(n: int | Decimal) -> str:
    """n in the official style: 31300 -> "3.13万", 150000000000 -> "1500亿", -6750 -> "-6750"."""
    d = _canonical(n)
    sign, d = ("-", -d) if d < 0 else ("", d)
    for word in _T["writing"]["mixed"]:
        if d >= cn.MAGNITUDE_WORDS[word]:
            return sign + format(shift(d, -MAG_EXP[word]), "f") + word
    return sign + format(d, "f")


def to_chinese(n: int | Decimal, *, financial: bool = False, traditional: bool = False) -> str:
    """n as readable Chinese numerals: 6750 -> 六千七百五十, 3.13 -> 三点一三, -5 -> 负五
    (|n| < 10**16). `financial` writes the 大写 forms (陆仟柒佰伍拾), `traditional` the
    traditional characters (萬, 億, 點)."""
    d = _canonical(n)
    sign, d = (_MINUS, -d) if d < 0 else ("", d)
    t = d.as_tuple()
    digits, exp = "".join(map(str, t.digits)), int(t.exponent)
    padded = digits.rjust(1 - exp, "0")
    whole, frac = padded[:len(padded) + exp], padded[len(padded) + exp:]
    if len(whole) > len(str(cn.LIMIT - 1)):  # before int(), which refuses very long strings
        raise NumberError(str(n), 0, f"too large to write in Chinese numerals (limit {cn.LIMIT - 1})")
    out = sign + cn.integer_to_chinese(int(whole))
    if frac:
        out += cn.POINTS[0] + cn.digits_to_chinese(frac)
    if financial:
        out = out.translate(cn.FINANCIAL)
    return out.translate(cn.TRADITIONAL) if traditional else out
