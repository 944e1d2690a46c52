"""What may stand around a numeral and inside it: the words, signs and spaces, from data/numerals.toml.

Before a number: an approximation word (约, 近, 超, 逾, 不到, 不足), a minus sign (负, -, −),
the prefixes 百分之 and 千分之; after it: %, ‰, 个百分点, 成 (tenths: 九成, 三成半) and k
(40k). The approximation words after a number (500多亿, 十余万) are part of the numeral
itself (`numerals.NUMERAL_RE`). `normalize` maps full-width, traditional and colloquial
characters one for one (so positions stay those of the text); `compact` drops the spaces
and line breaks inside a number and keeps the map back to the text as given.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .. import lexicon
from ..errors import NumberError
from ..lexicon import compiled
from . import chinese as cn

_T = lexicon.table("numerals")

NORMALIZE = str.maketrans({**_T["fullwidth"], **cn.VARIANTS})
SPACES = frozenset(_T["spaces"]["chars"])
_SPACE_RUN = compiled.compile("[" + "".join(map(re.escape, sorted(SPACES))) + "]+")

PERCENT_SIGNS: tuple[str, ...] = tuple(_T["percent"]["signs"])
PERCENT_PREFIX: str = _T["percent"]["prefix"]
PERCENT_WHOLE: str = _T["percent"]["whole"]
POINTS_WORDS: tuple[str, ...] = tuple(sorted(_T["percent"]["points"], key=len, reverse=True))
PERMILLE_SIGNS: tuple[str, ...] = tuple(_T["permille"]["signs"])
PERMILLE_PREFIX: str = _T["permille"]["prefix"]
TENTHS: str = _T["tenths"]["sign"]
HALF: str = _T["tenths"]["half"]
SIGNS: tuple[str, ...] = tuple(_T["negative"]["signs"])
# The signs as a text may write them, before normalization (－ too).
WRITTEN_SIGNS: tuple[str, ...] = SIGNS + tuple(fw for fw, half in _T["fullwidth"].items() if half in SIGNS)
NOT_SIGNS: tuple[str, ...] = tuple(_T["negative"]["words"])
APPROX_AFTER: dict[str, str] = dict(_T["approximate"]["after"])
APPROX_BEFORE: dict[str, str] = dict(_T["approximate"]["before"])
LATIN_MAGNITUDES: dict[str, int] = dict(_T["latin_magnitudes"])
WORDS: dict[str, Decimal] = {w: Decimal(v) for w, v in _T["words"].items()}
FRACTION_INFIX: str = _T["fraction"]["infix"]
RATIO: str = _T["separators"]["ratio"]

BEFORE_FIRSTS = frozenset(w[0] for w in APPROX_BEFORE)
_SIGN_FIRSTS = frozenset(w[0] for w in SIGNS)
_BEFORE = compiled.compile("|".join(map(re.escape, sorted(APPROX_BEFORE, key=len, reverse=True))))
_SIGN = compiled.compile("|".join(map(re.escape, SIGNS)))


def compact(text: str) -> tuple[str, list[int]]:
    """`text` without the spaces and line breaks inside it, and for each character kept its
    position in `text`. Spaces before or after the number are refused (NumberError)."""
    if text[0] in SPACES or text[-1] in SPACES:
        at = 0 if text[0] in SPACES else len(text) - 1
        raise NumberError(text, at, "a space before or after the number")
    kept = [i for i, c in enumerate(text) if c not in SPACES]
    return "".join(text[i] for i in kept), kept


def has_spaces(text: str) -> bool:
    """True when `text` holds a space, tab or line break."""
    return _SPACE_RUN.search(text) is not None


def approximation_before(s: str, pos: int) -> tuple[str, str] | None:
    """The approximation word at `pos` (约, 超过, 不到) and its comparator, or None."""
    m = _BEFORE.match(s, pos)
    return (m.group(), APPROX_BEFORE[m.group()]) if m else None


def sign_at(s: str, pos: int) -> int:
    """The length of the minus sign at `pos` (负, -, −), 0 when there is none."""
    if pos >= len(s) or s[pos] not in _SIGN_FIRSTS:
        return 0
    m = _SIGN.match(s, pos)
    return m.end() - pos if m else 0


def tenths_at(s: str, pos: int, stop: int) -> tuple[Decimal, int] | None:
    """After a number at `pos`: 成 and what may follow it (半, one digit), as (percent to add
    to ten times the number, the length read); None when no 成 stands there."""
    if not s.startswith(TENTHS, pos, stop):
        return None
    end = pos + len(TENTHS)
    if s.startswith(HALF, end, stop):
        return Decimal(5), end + len(HALF) - pos
    if end < stop and cn.DIGITS.get(s[end]) and (end + 1 == stop or s[end + 1] not in cn.NUMERAL_CHARS):
        return Decimal(cn.DIGITS[s[end]]), end + 1 - pos
    if end < stop and s[end] in "123456789" and (end + 1 == stop or not s[end + 1].isdigit()):
        return Decimal(s[end]), end + 1 - pos
    return Decimal(0), end - pos
