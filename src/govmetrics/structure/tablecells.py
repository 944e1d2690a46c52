"""A table flattened to text, as cells with their places in the text.

The recognisers (`texttables` for cells on lines, `gluedtables` for cells glued into
one line) cut a table into rows of `TextCell`s; `tablestatements` makes task statements
of them. A cell is the spans of its pieces (a paragraph of a multi-unit cell, a glued
unit name) in the document's text, without marks or white space around them: offsets
into the text as given, nothing copied or normalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import compiled, table as data_table
from ..lexicon.labels import SPACE, alternation, data


@dataclass(frozen=True)
class TextCell:
    """One cell: the spans of its pieces in the text (none for an empty cell)."""

    pieces: tuple[tuple[int, int], ...] = ()

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def __bool__(self) -> bool:
        return bool(self.pieces)

    def value(self, text: str) -> str:
        """The cell's text; pieces (one unit a paragraph, glued unit names) joined with 、."""
        return "、".join(text[s:e] for s, e in self.pieces)


@dataclass(frozen=True)
class TextTable:
    """A task table found in the text: its lines (indices of `first`..`last`), the role of
    each column (from the header) and its rows of cells, one cell per column.
    `repeats_empty`: an empty cell of names is a cell merged with the one above (a table
    that marks merged cells otherwise, or cannot tell them, says False). `header`: the
    header's cells where the shape keeps them (a unit written in one, 投资（万元）, is its
    column's unit). `assigns`: the table has no task column; each row gives who answers for
    the tasks whose numbers its first cell names (`assignments.py`). `contacts`: the table lists
    people to call (联络员名单), no work."""

    first: int
    last: int
    roles: tuple[str | None, ...]
    rows: tuple[tuple[TextCell, ...], ...]
    repeats_empty: bool = True
    header: tuple[TextCell, ...] = ()
    assigns: bool = False  # rows that say who answers for the tasks above by their numbers
    contacts: bool = False  # rows of names, posts and phones


def piece(text: str, start: int, end: int, strip: str = "") -> tuple[int, int] | None:
    """The span of text[start:end] without white space (and `strip` characters) at its ends."""
    chars = SPACE + "\r\n" + strip
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return (start, end) if end > start else None


def cell(*spans: tuple[int, int] | None) -> TextCell:
    """A cell of the given pieces (None for an empty paragraph or field)."""
    return TextCell(tuple(s for s in spans if s))


@cache
def deadline_re() -> re.Pattern[str]:
    """A deadline cell's time (12月底前, 8月31日前, 2024年6月底, 年底前, 持续推进): a month or a
    day with what may follow it, or a word of [text_tables] deadline_words."""
    parts = alternation(data_table("deadlines")["parts"]["month_parts"])
    closed = alternation(data_table("deadlines")["suffixes"]["closed"])
    words = alternation(data()["text_tables"]["deadline_words"])
    return compiled.compile(f"(?:\\d{{4}}年)?(?:\\d{{1,2}}月(?:\\d{{1,2}}日)?{parts}?{closed}?|{words})")
