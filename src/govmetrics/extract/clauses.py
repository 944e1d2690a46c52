"""Sentences, clauses, quotes and commitment words of one text, found once.

`Layout(text)` runs a few precompiled regexes over the whole text and keeps sorted offset
lists; every question about a position (where do its sentence and clause start, is it
inside quotes, which commitment word governs it) is then a
binary search. Nothing rescans the text per number, so the cost stays linear.
Separators, quote pairs and commitment words come from data/targets.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import NamedTuple

from ..lexicon import compiled, table
from ..lexicon.wordsets import alternation

# One Chinese character (CJK unified ideographs and extension A).
HAN = compiled.compile(r"[\u3400-\u9fff]")


@cache
def brackets() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that open and close a bracket or a quote (nothing inside them is split)."""
    t = table("targets")
    pairs = [*zip(t["separators"]["open_sub"], t["separators"]["close_sub"]), *t["quotes"]["pairs"]]
    return frozenset(a for a, _ in pairs), frozenset(b for _, b in pairs)


def stretch(text: str, i: int, ends: frozenset[str]) -> tuple[int, int]:
    """The [start, end) of the stretch of `text` around index `i` between two marks of `ends`
    (the comma clause or the sentence that holds it)."""
    a = i
    while a > 0 and text[a - 1] not in ends:
        a -= 1
    b = i
    while b < len(text) and text[b] not in ends:
        b += 1
    return a, b


class _Patterns(NamedTuple):
    sentence: re.Pattern[str]
    clause: re.Pattern[str]
    quotes: re.Pattern[str]
    commitment: re.Pattern[str]


@cache
def commitments() -> dict[str, str]:
    """Commitment words → "firm" / "aim"."""
    return dict(table("targets")["commitments"])


@cache
def subtarget_words() -> tuple[str, ...]:
    """Words that open a sub-target (其中, 含)."""
    return tuple(table("targets")["subtargets"]["words"])


@cache
def _patterns() -> _Patterns:
    t = table("targets")
    seps = t["separators"]
    opens = "".join(re.escape(c) for c in seps["open_sub"])
    closes = "".join(re.escape(c) for c in seps["close_sub"])
    inner = f"[^{opens}{closes}\n]{{0,{int(seps['bracket_max'])}}}"
    hard = "[" + "".join(re.escape(c) for c in seps["sentence"]) + "]"
    # A comma inside brackets (各县(市,区)) separates nothing.
    soft = "[" + "".join(re.escape(c) for c in seps["clause"]) + f"](?!{inner}[{closes}])"
    # A bracket opens a sub-target only when it holds one: 3500个(其中公共停车位700个).
    sub = f"[{opens}](?=(?:{alternation(subtarget_words())}){inner}[0-9０-９]{inner}[{closes}])"
    limit = int(t["quotes"]["max_length"])
    quotes = "|".join(
        f"{re.escape(a)}[^{re.escape(a)}{re.escape(b)}\n]{{0,{limit}}}{re.escape(b)}" for a, b in t["quotes"]["pairs"]
    )
    return _Patterns(
        compiled.compile(hard), compiled.compile(f"{hard}|{soft}|{sub}"), compiled.compile(quotes),
        compiled.compile(alternation(commitments())),
    )


class Layout:
    """Separator, quote and commitment positions of one text, for binary search."""

    def __init__(self, text: str) -> None:
        p = _patterns()
        self.text = text
        self.max_clause = int(table("targets")["separators"]["max_clause"])
        self.sentences = [m.start() for m in p.sentence.finditer(text)]
        # Every sentence end also ends a clause; so do commas and a sub-target bracket (、 does not).
        self.clauses = [m.start() for m in p.clause.finditer(text)]
        quotes = [m.span() for m in p.quotes.finditer(text)]
        self.quote_starts = [s for s, _ in quotes]
        self.quote_ends = [e for _, e in quotes]
        commits = list(p.commitment.finditer(text))
        self.commit_starts = [m.start() for m in commits]
        self.commit_ends = [m.end() for m in commits]
        self.commit_words = [m.group() for m in commits]

    @staticmethod
    def _after_last(marks: list[int], pos: int) -> int:
        """One past the last mark before `pos` (0 when there is none)."""
        i = bisect_left(marks, pos)
        return marks[i - 1] + 1 if i else 0

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding `pos` (after 。；; ！？ or a line break)."""
        return self._after_last(self.sentences, pos)

    def sentence_end(self, pos: int) -> int:
        """Offset of the separator that ends the sentence holding `pos` (or the text's end)."""
        i = bisect_left(self.sentences, pos)
        return self.sentences[i] if i < len(self.sentences) else len(self.text)

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding `pos` (after ，；。 or a sub-target bracket; 、 does not end one).

        Never more than `max_clause` characters back: a longer run without punctuation is no
        phrase, and the bound keeps every reading local (linear time on any input).
        """
        return max(self._after_last(self.clauses, pos), pos - self.max_clause)

    def clause_end(self, pos: int) -> int:
        """Offset of the separator that ends the clause holding `pos` (at most `max_clause` on)."""
        i = bisect_left(self.clauses, pos)
        end = self.clauses[i] if i < len(self.clauses) else len(self.text)
        return min(end, pos + self.max_clause)

    def in_quotes(self, start: int, end: int) -> bool:
        """True when text[start:end] lies inside a pair of quotes (“”, 《》 …)."""
        i = bisect_right(self.quote_starts, start) - 1
        return i >= 0 and self.quote_ends[i] >= end and self.quote_starts[i] < start

    def commitment(self, pos: int) -> str | None:
        """The commitment that governs `pos`: the last commitment word of its sentence before it."""
        i = bisect_right(self.commit_ends, pos) - 1
        if i < 0 or self.commit_starts[i] < self.sentence_start(pos):
            return None
        return commitments()[self.commit_words[i]]
