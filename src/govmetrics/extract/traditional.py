"""Extraction on traditional text: the rules read the folded text, the results quote the original.

Every word list of the extraction stage is simplified. `as_written` wraps a public
function of the stage (text first): it runs the function on `lexicon.folding.fold(text)`
(one character for one, so every offset holds) and then writes what the result quotes
back in the characters of the source: a surface is cut from the original at its offsets,
and a unit, an action, an indicator or a comparator word is cut from the original where
the folded text holds it, nearest the quantity (個 not 个, 增長 not 增长, 學位 not 学位, as
the spec asks: "the unit as the text writes it"). A function of the stage that holds folded
text already calls another's `__wrapped__`: the text is not folded twice.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, Callable, TypeVar

from ..lexicon.folding import fold
from ..model import Deadline, NumberMention, Quantity, Target

F = TypeVar("F", bound=Callable[..., Any])
# Units the spec writes in one form whatever the text writes (个百分点 and 個百分點 → 百分点,
# 百分之十 → %, 千分之六 → ‰): never quoted from the original.
_FIXED_UNITS = frozenset({"%", "‰", "百分点"})


class _Source:
    """The original text, its folded form, and the offset of text[0] in the results' offsets."""

    def __init__(self, text: str, plain: str, offset: int) -> None:
        self.text, self.plain, self.offset = text, plain, offset

    def cut(self, start: int, end: int) -> str:
        return self.text[start - self.offset:end - self.offset]

    def quote(self, word: str | None, start: int, end: int) -> str | None:
        """`word` (read in the folded text) as the original writes it: its occurrence inside
        [start, end), else the nearest one before `end`, else the first; as it is if absent."""
        if not word or word in _FIXED_UNITS:
            return word
        lo, hi = start - self.offset, end - self.offset
        at = self.plain.find(word, max(lo, 0), max(hi, 0))
        if at < 0:
            at = self.plain.rfind(word, 0, max(hi, 0))
        if at < 0:
            at = self.plain.find(word)
        return self.text[at:at + len(word)] if at >= 0 else word


def _restore(value: Any, src: _Source) -> Any:
    if isinstance(value, Quantity):
        return dataclasses.replace(
            value, surface=src.cut(value.start, value.end), unit=src.quote(value.unit, value.start, value.end),
            comparator_words=tuple(src.quote(w, value.start - 8, value.end + 8) or w for w in value.comparator_words))
    if isinstance(value, Target):
        return dataclasses.replace(
            value, surface=src.cut(value.start, value.end), unit=src.quote(value.unit, value.start, value.end),
            action=src.quote(value.action, value.start - 40, value.end),
            indicator=src.quote(value.indicator, value.start - 60, value.end),
            quantity=_restore(value.quantity, src), deadline=_restore(value.deadline, src))
    if isinstance(value, (Deadline, NumberMention)):
        return dataclasses.replace(value, surface=src.cut(value.start, value.end)) if value.end > value.start else value
    if isinstance(value, (list, tuple)):
        return type(value)(_restore(v, src) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _restore(getattr(value, f.name), src)
                                             for f in dataclasses.fields(value) if f.init})
    return value


def as_written(fn: F) -> F:
    """`fn(text, …)` run on the folded text, with the strings of its result quoted from `text`."""
    @functools.wraps(fn)
    def wrapper(text: Any, *args: Any, **kwargs: Any) -> Any:
        plain = fold(text) if isinstance(text, str) else text
        if plain is text:
            return fn(text, *args, **kwargs)
        return _restore(fn(plain, *args, **kwargs), _Source(text, plain, kwargs.get("offset", 0)))
    return wrapper  # type: ignore[return-value]
