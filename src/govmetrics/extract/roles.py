"""One analysis of a text: its targets, deadlines and the role of every numeral in it.

This is where the two deciders meet. `targets.classify` gives every quantity a role
(target, grade, condition, and deadline for a quantity inside a written deadline, 3年内
in 力争3年内完成); the times judged once (`deadlines.judge_all`) give the deadlines and
every numeral inside a time expression a role (deadline, date, programme_name, condition). A numeral that is not a target and
stands in a time expression takes the time's role, so 2021年 in 2021年底前 is a deadline
and in 2021年是…100周年 a date; a target is never overridden: a number is a target if and
only if its role is "target", because both lists are read off the same decisions. Every
numeral character no quantity took is a mention of its own (`quantities.unread_numerals`).
Each target gets the deadline written in its clause.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from ..lexicon import compiled
from ..model import Deadline, NumberMention, Quantity, Target, copied
from . import progress
from .deadlines import deadlines_from, default_deadline, judge_all, numerals_from
from .governing import deadline_for_span
from .targets import classify, numbers_in
from .traditional import as_written


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


@as_written
def analyse(text: str, *, year: int | None = None, section_titles: Sequence[str] = (),
            reported: str | None = None) -> Analysis:
    """Targets, deadlines and numbers of `text` for a document of `year` (None: unknown, and
    deadlines relative to it have no date).

    `section_titles` are the headings the text stands under, outermost first: a period
    named there (“十四五”时期重点工作) is the default deadline instead of the year's end.
    `reported` names a heading of results the text stands under (一、上半年工作完成情况): all
    of it reports what was done.
    """
    # One reading of the progress reports and of the times serves the deadlines, the
    # targets and the numerals' roles. `text` is folded: the stage's functions run unwrapped.
    reports = ([(0, len(text), f"under a heading of results ({reported})")] if reported
               else progress.spans(text, year))
    judged = judge_all(text, year, reports=reports)
    written = deadlines_from(text, judged)
    decisions = classify.__wrapped__(text, year=year, deadlines=written, reports=reports)
    deadlines = tuple(written) or (default_deadline(year, section_titles),)
    targets = tuple(
        copied(t, deadline=_deadline(text, t, written, deadlines))
        for d in decisions for t in d.targets
    )
    numbers = _with_time_roles(text, numbers_in.__wrapped__(text, year=year, decisions=decisions),
                               numerals_from(text, judged))
    return Analysis(tuple(d.quantity for d in decisions), targets, deadlines, tuple(numbers))


def _deadline(text: str, target: Target, written: list[Deadline], deadlines: tuple[Deadline, ...]) -> Deadline | None:
    """The deadline of the target's clause; else the text's only deadline (or its default)."""
    found = deadline_for_span(text, target.start, target.end, written)
    if found is None and len(deadlines) == 1:
        return deadlines[0]
    return found


# A list number run into the month of a milestone (1.3月底前 = item 1 + 3月底前, layouts §9).
_RUN_IN_LABEL = compiled.compile(r"[0-9]{1,2}[.．、]")


def _with_time_roles(text: str, numbers: list[NumberMention],
                     times: list[tuple[int, int, str, str]]) -> list[NumberMention]:
    """`numbers` with each non-target numeral inside a time expression given the time's role;
    a list number read together with the month after it (1.3) split into the two."""
    out = []
    for m in numbers:
        if m.role != "target":
            for start, end, role, reason in times:
                if start < m.end and m.start < end:
                    why = f"in a time expression ({reason.replace('_', ' ')})"
                    if m.start < start and _RUN_IN_LABEL.fullmatch(text, m.start, start):
                        out.append(NumberMention(text[m.start:start], m.start, start, "task_number",
                                                 "a list number run into the month after it (1.3月底前)"))
                        m = NumberMention(text[start:m.end], start, m.end, role, why)  # type: ignore[arg-type]
                    else:
                        m = replace(m, role=role, reason=why)
                    break
        out.append(m)
    return out
