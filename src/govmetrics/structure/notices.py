"""What the structure could not read whole, said as warnings (never a silent hole): a body
that names who answers but gives no task, a page header glued into a task, and lines under
tasks shaped as a label and its value whose label no table holds."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..lexicon.labels import alternation, fold, words
from ..model import Statement
from . import metadata
from .labelshapes import unread_label


def structure_notes(text: str, name: str, statements: list[Statement], skipped: list[tuple[int, int]],
                    body: int) -> list[str]:
    """The warnings of a document's structure; `name` names it, `body` is where its body starts."""
    return _unanswered_and_headers(text, name, statements, body) + _unread_labels(text, name, statements, skipped)


def _unanswered_and_headers(text: str, name: str, statements: list[Statement], body: int) -> list[str]:
    """Warnings: a body that names who answers but yields no task; page headers in a task."""
    notes = []
    tasks = [s for s in statements if s.is_task]
    if not tasks:
        found = re.findall("(" + alternation(words("statements", "responsibility_words")) + ")([:：]?)",
                           fold(text[body:]))
        # A label (责任单位：) says who answers; a word in running prose (各责任单位要…) only
        # does when it recurs.
        if any(colon for _, colon in found) or len(found) >= 3:
            notes.append(f"{name}: the body holds {len(found)} responsibility words ({found[0][0]}…) "
                         f"but no task was recognised; its targets are read from its sentences")
        elif not statements:
            notes.append(f"{name}: no statements found (no numbered items, no sentences in the body)")
    starts = [t.start for t in tasks]
    for s, e in metadata.page_headers(text):
        # Tasks are in order and do not overlap: only those from the one holding `s` on can.
        for task in tasks[max(0, bisect_right(starts, s) - 1):bisect_left(starts, e)]:
            if s < task.end:
                notes.append(f"{name}: page header {text[s:e]!r} glued into task {task.number} at {s}-{e}")
    return notes


def _unread_labels(text: str, name: str, statements: list[Statement], skipped: list[tuple[int, int]]) -> list[str]:
    """A warning for the lines under a task (after its text, before a blank line) shaped
    `label：value` that no label of the grammar reads (主办科室：…, 完成时间节点：… in words no
    table holds): read as no statement or as a statement of their own, they give the task no
    field. Lines after a blank line (a signature block, a minutes' attendance) are not the task's."""
    ends = sorted(s.end for s in statements if s.is_task)
    if not ends:
        return []
    spans = sorted([*skipped, *((s.start, s.end) for s in statements if not s.is_task)])
    found = []
    for s, e in spans:
        for m in re.finditer(r"[^\n]+", text[s:e]):
            at = s + m.start()
            task_end = ends[bisect_right(ends, at) - 1] if ends[0] <= at else None
            if (task_end is not None and not _BLANK_LINE.search(text, task_end, at)
                    and (label := unread_label(m.group()))):
                found.append((at, label))
    if not found:
        return []
    at, label = found[0]
    return [f"{name}: {len(found)} lines under tasks are shaped as a label and its value, but their label is in "
            f"no table, so they give no field (first: {label!r} at {at}; data/structure.toml [roles], [labels])"]


_BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*\n")
