"""One task in the terminal: its text with targets and deadlines highlighted, and tables of fields.

Used by `govmetrics show FILE --task N`; the marks are those of the HTML report
(`govmetrics.output.highlight`): targets in yellow, written deadlines in green, other numerals
dimmed.
"""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..errors import GovmetricsError
from ..model import Document, Task
from .highlight import deadline_text, segments, target_fields

STYLES = {"target": "bold black on yellow", "deadline": "black on green", "number": "dim underline"}


def find_tasks(document: Document, number: str) -> list[Task]:
    """The statements numbered `number` (as written: 12, 二十三), tasks or numbered items of a
    list that names no one; a number may recur in other sections.

    Raises `GovmetricsError` naming the document and the numbers it has when none matches.
    """
    found = [t for t in document.statements if t.number and t.number == number.strip()]
    if not found:
        numbers = list(dict.fromkeys(t.number for t in document.statements if t.number))
        shown = ", ".join(numbers[:30]) + (" …" if len(numbers) > 30 else "")
        raise GovmetricsError(f"{document.meta.path or document.meta.doc_id}: no task numbered {number!r} "
                              f"(its tasks are numbered {shown or 'nothing: no tasks found'})")
    return found


def task_text(task: Task) -> Text:
    """The task's text with its marks as rich styles."""
    text = Text()
    for s in segments(task):
        text.append(s.text, style=STYLES[s.mark] if s.mark else "")
    return text


def task_view(task: Task) -> Panel:
    """A panel with who answers for the task, its marked text and its targets' fields."""
    who = Table.grid(padding=(0, 2))
    for label, names in (("leaders", task.leaders), ("assisting", task.assisting_leaders),
                         ("lead units", task.lead_units), ("cooperating units", task.cooperating_units),
                         ("responsible units", task.responsible_units)):
        if names:
            who.add_row(Text(label, style="dim"), Text("、".join(names) + (" 等" if task.units_open else "")))
    written = [d for d in task.deadlines if not d.default]
    who.add_row(Text("due", style="dim"), Text("; ".join(deadline_text(d) for d in written or task.deadlines)))
    parts: list = [who, Text(), task_text(task)]
    if task.targets:
        table = Table(title=f"{len(task.targets)} targets", title_justify="left")
        names = list(target_fields(task.targets[0]))
        for name in names:
            table.add_column(name, overflow="fold")
        for target in task.targets:
            table.add_row(*(target_fields(target)[n] for n in names))
        parts += [Text(), table]
    else:
        parts += [Text(), Text("no numeric target", style="dim")]
    title = f"task {task.number}" + (f" — {' › '.join(task.section)}" if task.section else "")
    return Panel(Group(*parts), title=title, title_align="left")

