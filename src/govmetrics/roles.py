"""One analysis of a text: its targets, deadlines and the role of every numeral in it.

This is where the two deciders meet. `targets.classify` gives every quantity a role
(target, grade, condition, …); `deadlines.time_numerals` gives every numeral inside a
time expression a role (deadline, date, programme_name, condition). One rule settles
the overlap, here and only here: a quantity whose span lies inside the surface of a
written deadline (3年内 in 力争3年内完成) is part of that deadline, not a target, so its
decision becomes role "deadline" before anything is read off the decisions. Otherwise a
numeral that is not a target and stands in a time expression takes the time's role, so
2021年 in 2021年底前 is a deadline and in 2021年是…100周年 a date, and a target is never
overridden: a number is a target if and only if its role is "target", because both lists
are read off the same decisions. Each target gets the deadline written in its clause.

Every numeral character of the text ends up in exactly one mention: the characters no
quantity and no unread run took (the tail of a run a quantity began, 3十四五; digits a
refused numeral left, 12百分之) become mentions of their own, placed by
`nontargets.unread_role`. Only words the data declares no numbers (统一, 一批) keep theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Sequence

from . import nontargets
from .clauses import Layout
from .deadlines import deadline_for_span, default_deadline, extract_deadlines, time_numerals
from .model import Deadline, NumberMention, Quantity, Target
from .quantities import not_number_spans
from .targets import Decision, classify, numbers_in


@dataclass(frozen=True)
class Analysis:
    """What one text holds, offsets into that text.

    `deadlines` are the deadlines written in it, or its default (the end of the year,
    `default=True`) when it writes none; `numbers` has every numeral with its role.
    """

    quantities: tuple[Quantity, ...]
    targets: tuple[Target, ...]
    deadlines: tuple[Deadline, ...]
    numbers: tuple[NumberMention, ...]


def analyse(text: str, *, year: int | None = None, section_titles: Sequence[str] = ()) -> Analysis:
    """Targets, deadlines and numbers of `text` for a document of `year` (default: this year).

    `section_titles` are the headings the text stands under, outermost first: a period
    named there (“十四五”时期重点工作) is the default deadline instead of the year's end.
    """
    year = year if year is not None else date.today().year
    written = extract_deadlines(text, year=year)
    decisions = _outside_deadlines(classify(text, year=year), written)
    deadlines = tuple(written) or (default_deadline(year, section_titles),)
    targets = tuple(
        replace(t, deadline=_deadline(text, t, written, deadlines))
        for d in decisions for t in d.targets
    )
    numbers = _with_time_roles(_complete(text, numbers_in(text, year=year, decisions=decisions)),
                               time_numerals(text, year=year))
    return Analysis(tuple(d.quantity for d in decisions), targets, deadlines, tuple(numbers))


def _outside_deadlines(decisions: list[Decision], written: list[Deadline]) -> list[Decision]:
    """`decisions` with each target whose quantity lies inside a written deadline's surface
    given the role deadline instead (力争3年内完成: 3年内 is when, not how much)."""
    spans = sorted((d.start, d.end) for d in written if d.end > d.start)
    if not spans:
        return decisions
    starts = [s for s, _ in spans]
    out = []
    for d in decisions:
        q = d.quantity
        # Deadlines do not overlap, so only the last one starting at or before q can hold it.
        i = bisect_right(starts, q.start) - 1
        if d.role == "target" and i >= 0 and q.end <= spans[i][1]:
            d = replace(d, role="deadline", reason="inside a written deadline: it says when, not how much",
                        targets=())
        out.append(d)
    return out


def _deadline(text: str, target: Target, written: list[Deadline], deadlines: tuple[Deadline, ...]) -> Deadline | None:
    """The deadline of the target's clause; else the text's only deadline (or its default)."""
    found = deadline_for_span(text, target.start, target.end, written)
    if found is None and len(deadlines) == 1:
        return deadlines[0]
    return found


def _with_time_roles(numbers: list[NumberMention], times: list[tuple[int, int, str, str]]) -> list[NumberMention]:
    """`numbers` with each non-target numeral inside a time expression given the time's role."""
    out = []
    for m in numbers:
        if m.role != "target":
            for start, end, role, reason in times:
                if start < m.end and m.start < end:
                    m = replace(m, role=role, reason=f"in a time expression ({reason.replace('_', ' ')})")
                    break
        out.append(m)
    return out


@cache
def _numeral_run() -> re.Pattern[str]:
    return re.compile(f"[{nontargets.numeral_chars()}]+")


def _complete(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """`numbers` with a mention for each piece of numeral characters none of them covers."""
    pieces = _uncovered(text, sorted((m.start, m.end) for m in numbers), 0, len(text))
    if pieces:
        words = not_number_spans(text)
        pieces = [p for s, e in pieces for p in _uncovered(text, words, s, e)]
    if not pieces:
        return numbers
    layout, spans = Layout(text), nontargets.Spans(text)
    added = []
    for s, e in pieces:
        role, reason = nontargets.unread_role(s, e, layout, spans)
        added.append(NumberMention(text[s:e], s, e, role, reason))  # type: ignore[arg-type]
    return sorted([*numbers, *added], key=lambda m: m.start)


def _uncovered(text: str, taken: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of numeral characters of text[start:end] minus the spans `taken` (sorted, no overlaps)."""
    starts = [s for s, _ in taken]
    out = []
    for m in _numeral_run().finditer(text, start, end):
        pos, run_end = m.span()
        i = max(0, bisect_left(starts, pos) - 1)
        while pos < run_end:
            while i < len(taken) and taken[i][1] <= pos:
                i += 1
            if i == len(taken) or taken[i][0] >= run_end:
                out.append((pos, run_end))
                break
            if taken[i][0] > pos:
                out.append((pos, taken[i][0]))
            pos = taken[i][1]
    return out
