"""The structure table (`data/structure.toml`) made ready for matching.

Traditional characters are folded to simplified ones before any rule looks at a text
(`folding.fold`, re-exported here), and every word of the table is folded the same way,
so 牽頭單位 matches 牵头单位 while names are still cut from the original as written.
Word lists come back longest first, so a regex alternation built from them prefers
牵头市领导 over 市领导.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Iterable

from . import table
from .folding import fold

# White space around lines and names, full-width and no-break spaces included, and the form
# feed with which pdftotext starts a page (a line of it alone is blank).
SPACE = " \t\r\u3000\u00a0\f"


def data() -> dict[str, Any]:
    """The parsed structure table."""
    return table("structure")


def expand(items: Iterable[str]) -> list[str]:
    """Words with each `{name}` of `[placeholders]` written out, in order, without repeats:
    牵头{level}领导 → 牵头市领导, 牵头县领导, 牵头区领导 …"""
    out: list[str] = []
    for item in items:
        forms = [item]
        for name, values in data()["placeholders"].items():
            mark = "{" + name + "}"
            forms = [f.replace(mark, v) for f in forms for v in values] if any(mark in f for f in forms) else forms
        out.extend(f for f in forms if f not in out)
    return out


@cache
def words(section: str, key: str) -> tuple[str, ...]:
    """A word list of the table (placeholders written out), folded and sorted longest first
    (words of one length in code point order, so the list and every pattern made from it
    are the same in every process, whatever the set's order)."""
    return tuple(sorted({fold(w) for w in expand(data()[section][key])}, key=_longest_first))


@cache
def clause_ends() -> tuple[str, ...]:
    """The marks that end a clause ([inline] clause_separators: ，；) or a sentence ([statements]
    sentence_end: 。！？), folded."""
    return tuple(dict.fromkeys([*words("inline", "clause_separators"), *words("statements", "sentence_end")]))


def alternation(items: Iterable[str]) -> str:
    """A regex alternation (non-capturing) of literal words, longest first."""
    ordered = sorted(set(items), key=_longest_first)
    return "(?:" + "|".join(re.escape(w) for w in ordered if w) + ")"


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of literal characters (in code point order: one text for one set)."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def time_label() -> str:
    """The regex text of a time field's label the tables do not hold, by its head (完成时点,
    推进时限, 办理期限: [labels] time_heads), not a form's own date (填报日期) nor a page's
    furniture (发布时间). One rule for the structure's label lines and the deadlines' fields."""
    not_time = alternation([*words("boilerplate", "line_start"), *words("labels", "time_heads_not_after")])
    # whole words only: 签订日期 is no 日期 label
    return f"(?<![\\u4e00-\\u9fff])(?!{not_time})[\\u4e00-\\u9fff]{{0,4}}{alternation(words('labels', 'time_heads'))}"
