"""The number audit: how many numerals of a document fell in each role, and the residue.

Every numeral of every task has one role (`NumberMention.role`, decided in
`govmetrics.extract.roles.analyse`). `role_counts` counts them, `residue` lists the ones no rule
could place (role ``other``) with the sentence each stands in, and `print_audit` prints
both for a person to check in a minute (`govmetrics audit PATH...`). `audited` gathers
what the print needs of one document, so that worker processes can make it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..extract.clauses import Layout
from ..model import ROLES, Document, NumberMention

RESIDUE_ROLE = "other"


@dataclass(frozen=True)
class Residue:
    """One numeral no rule could place: its statement's number, the mention, and its sentence.

    `sentence_start` is the document offset of `sentence`, so the numeral stands at
    `number.start - sentence_start` inside it.
    """

    task: str
    number: NumberMention
    sentence: str
    sentence_start: int


def role_counts(document: Document) -> dict[str, int]:
    """How many numerals of the document's statements have each role (every role, zeros kept)."""
    found = Counter(n.role for statement in document.statements for n in statement.numbers)
    return {role: found[role] for role in ROLES}


def residue(document: Document) -> list[Residue]:
    """Every numeral of role ``other``, in document order, with the sentence it stands in."""
    out = []
    for task in document.statements:
        others = [n for n in task.numbers if n.role == RESIDUE_ROLE]
        if not others:
            continue
        layout = Layout(task.text)
        for n in others:
            s, e = task.relative(n.start, n.end)
            first, last = layout.sentence_start(s), layout.sentence_end(e)
            # The sentence's closing mark (。；) belongs to it; a line break does not.
            if last < len(task.text) and task.text[last] != "\n":
                last += 1
            out.append(Residue(task.number, n, task.text[first:last], task.start + first))
    return out


@dataclass(frozen=True)
class Audit:
    """What the audit prints of one document: its name, statements, tasks, role counts and residue."""

    name: str
    statements: int
    tasks: int
    counts: dict[str, int]
    residue: tuple[Residue, ...]


def audited(document: Document) -> Audit:
    """The `Audit` of `document`."""
    return Audit(str(document.meta.path or document.meta.doc_id or "the text"), len(document.statements),
                 len(document.tasks), role_counts(document), tuple(residue(document)))


def print_audit(documents: Iterable[Document | Audit], console: Console) -> None:
    """Print, per document, the count of numerals by role and the ``other`` ones in context."""
    totals: Counter[str] = Counter()
    count = 0
    for item in documents:
        audit = item if isinstance(item, Audit) else audited(item)
        count += 1
        counts = audit.counts
        totals.update(counts)
        console.print(Text(f"{audit.name}: {audit.statements} statements ({audit.tasks} tasks), "
                           f"{sum(counts.values())} numerals", style="bold"))
        console.print(_counts_table(counts))
        left = audit.residue
        if left:
            console.print(Text(f"{RESIDUE_ROLE}: {len(left)} numerals no rule placed"))
            for r in left:
                console.print(_residue_line(r), soft_wrap=True)
        console.print()
    if count > 1:
        console.print(Text(f"all {count} documents", style="bold"))
        console.print(_counts_table({role: totals[role] for role in ROLES}))


def _counts_table(counts: dict[str, int]) -> Table:
    table = Table()
    table.add_column("role")
    table.add_column("numerals", justify="right")
    for role, n in counts.items():
        table.add_row(role, str(n), style="dim" if n == 0 else ("bold" if role == RESIDUE_ROLE else None))
    table.add_row("total", str(sum(counts.values())), style="bold")
    return table


def _residue_line(r: Residue) -> Text:
    """`task 12  亿  (reason)  sentence` with the numeral highlighted in its sentence."""
    s = r.number.start - r.sentence_start
    e = r.number.end - r.sentence_start
    line = Text(f"  task {r.task}  " if r.task else "  sentence  ")
    line.append(r.number.surface, style="bold yellow")
    line.append(f"  ({r.number.reason})  ", style="dim")
    line.append(r.sentence[:s].strip())
    line.append(r.sentence[s:e], style="bold yellow")
    line.append(r.sentence[e:].rstrip())
    return line
