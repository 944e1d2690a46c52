"""A task's text cut into pieces to highlight: its targets, its written deadlines, its other numbers.

`segments(task)` is what both the HTML report and `govmetrics show` draw. Marks may not
overlap, so where two would, the more useful one wins: a target over a deadline over a
numeral of another role (the numeral 2018 inside the deadline 2018年底前 is not drawn
twice). Targets on the same characters (各创建1家 after two indicators) share one mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model import Deadline, NumberMention, Target, Task

Mark = Literal["target", "deadline", "number"]


@dataclass(frozen=True)
class Segment:
    """A piece of a task's text; `start`/`end` are offsets into the document's text.

    `mark` is None for plain text; a "target" piece has its `targets`, a "deadline"
    piece its `deadline`, a "number" piece the `number` (a numeral that is no target).
    """

    text: str
    start: int
    end: int
    mark: Mark | None = None
    targets: tuple[Target, ...] = ()
    deadline: Deadline | None = None
    number: NumberMention | None = None


def segments(task: Task) -> list[Segment]:
    """`task.text` as consecutive segments, marked pieces and plain text between them."""
    by_span: dict[tuple[int, int], list[Target]] = {}
    for t in task.targets:
        by_span.setdefault((t.start, t.end), []).append(t)
    candidates: list[Segment] = [
        Segment(task.text[s - task.start:e - task.start], s, e, "target", targets=tuple(ts))
        for (s, e), ts in by_span.items()
    ]
    candidates += [Segment(d.surface, d.start, d.end, "deadline", deadline=d)
                   for d in task.deadlines if not d.default and d.end > d.start]
    candidates += [Segment(n.surface, n.start, n.end, "number", number=n) for n in task.numbers if n.end > n.start]
    kept: list[Segment] = []
    for c in candidates:  # in order of priority: targets, deadlines, numbers
        inside = task.start <= c.start and c.end <= task.end
        if inside and not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda s: s.start)
    out: list[Segment] = []
    at = task.start
    for k in kept:
        if k.start > at:
            out.append(Segment(task.text[at - task.start:k.start - task.start], at, k.start))
        out.append(k)
        at = k.end
    if at < task.end:
        out.append(Segment(task.text[at - task.start:], at, task.end))
    return out


def value_text(target: Target) -> str:
    """The value as written for a reader: the exact decimal, or low–high for a range."""
    if target.value is not None:
        return format(target.value, "f")
    low = "" if target.low is None else format(target.low, "f")
    high = "" if target.high is None else format(target.high, "f")
    return f"{low}–{high}"


def deadline_text(deadline: Deadline | None) -> str:
    """A deadline for a reader: its date and how it was found (written, default, recurring)."""
    if deadline is None:
        return ""
    due = deadline.due.isoformat() if deadline.due else "no date"
    if deadline.default:
        return f"{due} (default)"
    return f"{due} ({'recurring: ' if deadline.recurring else ''}{deadline.surface})"


def target_fields(target: Target) -> dict[str, str]:
    """A target's fields as text, in the spec's order (for tooltips and tables)."""
    return {
        "surface": target.surface, "value": value_text(target), "unit": target.unit or "",
        "comparator": target.comparator, "action": target.action or "", "commitment": target.commitment or "",
        "indicator": target.indicator or "", "kind": target.kind, "direction": target.direction or "",
        "deadline": deadline_text(target.deadline),
    }
