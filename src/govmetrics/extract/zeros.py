"""Zeros that are targets: none left, or none to happen (data/nontargets.toml [zero]).

A zero is no count of things, so it would be read as no number at all; two ways of writing
it still make it a target (value 0, no unit): after a word of clearing or holding (动态清零,
较大事故起数为0; no word going on after it: 为0分 is a score), and before a word for an
accident or a growth that ends its phrase (实现“零发生”, 重特大事故零死亡, 农药使用量实现零增长;
not 创建“零上访”村10个, a class of villages, nor the slogan “零增长”). `nontargets.role` asks
the second before reading quotes as names, the first after.
"""

from __future__ import annotations

from ..lexicon import table
from ..model import Quantity
from .clauses import HAN


def none_to_happen(text: str, s: int, e: int) -> bool:
    """Whether the numeral text[s:e] is 零 before a word for an accident or a growth that ends its
    phrase ([zero] events; bare_events only out of quotes), a closing quote allowed between."""
    zero = table("nontargets")["zero"]
    if text[s:e] != zero["numeral"]:
        return False
    opening, closing = (tuple(p[i] for p in table("targets")["quotes"]["pairs"]) for i in (0, 1))
    quoted = s > 0 and text[s - 1] in opening
    event = next((w for w in (*zero["events"], *([] if quoted else zero["bare_events"])) if text.startswith(w, e)), "")
    after = e + len(event)
    after += text.startswith(closing, after)
    return bool(event) and not HAN.match(text, after)


def none_left(text: str, q: Quantity) -> bool:
    """Whether `q`, a zero with no unit, stands right after a word of clearing or holding
    ([zero] after: 清零, 为0, 归零) with no word going on after it."""
    zero = table("nontargets")["zero"]
    s = q.number_start
    return (text[s:q.number_end] in zero["numerals"] and s > 0 and text[s - 1] in zero["after"]
            and q.unit is None and not HAN.match(text, q.end))
