"""A statement read in pieces (`Statement.reading`), and what was found moved back.

PDF page text is read without its hard line breaks and page furniture (新建道路12公⏎里 is
read as 新建道路12公里), and a task's 完成时限 part with its text past the units between.
Extraction runs on the pieces joined; every span it finds is moved back to the document,
its surface cut from the document as written (12公⏎里), so offsets stay true. An empty
piece marks a break between two table cells whose separator was lost or is markup (a glued
row: …2名以上何某某县卫生局12月底前; an HTML row saved as text: …</td><td>…): it is read as
a line break, so a cell never runs into the next (2名以上 | 12月底前, not 2名以上12月底前).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..extract.roles import Analysis, analyse
from ..model import Deadline, NumberMention, Quantity, Statement, Target
from ..structure.reviews import review_heading

Move = Callable[[int, int], tuple[int, int, str]]


def _quantity(q: Quantity, move: Move) -> Quantity:
    start, end, surface = move(q.start, q.end)
    number_start, number_end, _ = move(q.number_start, q.number_end)
    return replace(q, surface=surface, start=start, end=end, number_start=number_start, number_end=number_end)


def _deadline(d: Deadline, move: Move) -> Deadline:
    start, end, surface = move(d.start, d.end)
    return replace(d, start=start, end=end, surface=surface if d.surface else d.surface)


def _target(t: Target, move: Move) -> Target:
    start, end, surface = move(t.start, t.end)
    return replace(t, surface=surface, start=start, end=end, quantity=_quantity(t.quantity, move),
                   deadline=_deadline(t.deadline, move) if t.deadline else None)


def _number(n: NumberMention, move: Move) -> NumberMention:
    start, end, surface = move(n.start, n.end)
    return replace(n, surface=surface, start=start, end=end)


def read_pieces(statement: Statement, year: int | None, document: str) -> Statement:
    """`statement` with what its pieces hold, at offsets into `document` (the document's text:
    a piece may stand outside the statement's own span, a record's deadline field above its text)."""
    by = statement.start
    text, at = "", []
    for s, e in statement.reading:
        # a break reads as a line break that stands for the end of the cell before it
        text += document[s:e] if e > s else "\n"
        at.extend(range(s, e) if e > s else (s,))

    def move(start: int, end: int) -> tuple[int, int, str]:
        first = at[start] if start < len(at) else (at[-1] + 1 if at else by)
        # the furthest character, not the last: a table's unit cell is read after the number
        # it stands before (指标 | 万人 | ≥60 read as ≥60万人: the surface is 60)
        last = max(at[start:end]) + 1 if end > start else first
        return first, last, document[first:last]

    found: Analysis = analyse(text, year=year, section_titles=statement.section,
                              reported=review_heading(statement.section))
    return replace(statement, targets=tuple(_target(t, move) for t in found.targets),
                   deadlines=tuple(_deadline(d, move) for d in found.deadlines),
                   numbers=tuple(_number(n, move) for n in found.numbers))
