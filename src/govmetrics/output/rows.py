"""Documents as table rows: one row per document, task, target and deadline, with typed columns.

The four tables (`DOCUMENTS`, `TASKS`, `TARGETS`, `DEADLINES`) are linked by keys
(`doc_id`, `task_id`), as in the DuckDB export. `EXPORT` is the flat row of the other
formats: one row per target carrying its provenance (document, section, task, leaders,
units) next to its own fields. Every column has one type; the writers in
`govmetrics.output.export` map it to each format's own (a `decimal` is an exact decimal string
in text formats and a decimal type in Parquet and DuckDB).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from ..extract.clauses import Layout
from ..model import Document, Statement, Target, Task

TYPES = ("text", "int", "decimal", "float", "bool", "date", "list")


class Column(NamedTuple):
    """A column: its name and one of `TYPES`."""

    name: str
    type: str


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from "name:type name:type …"."""
    out = tuple(Column(*item.split(":")) for item in spec.split())
    assert all(c.type in TYPES for c in out), spec
    return out


DOCUMENTS = _columns("""
    doc_id:text path:text title:text issuer:text doc_number:text doc_year:int year:int region:text
    date_issued:date date_published:date source_format:text encoding:text lead_rule:bool
    statements:int tasks:int body_numbers:int numbers_outside:int targets:int deadlines:int warnings:list
""")
TASKS = _columns("""
    task_id:text doc_id:text position:int task_number:text section:list start:int end:int text:text
    leaders:list assisting_leaders:list lead_units:list cooperating_units:list responsible_units:list
    units_open:bool
""")
TARGETS = _columns("""
    target_id:text task_id:text doc_id:text start:int end:int surface:text
    value:decimal low:decimal high:decimal value_number:float low_number:float high_number:float
    unit:text unit_name:text dimension:text comparator:text action:text commitment:text indicator:text
    kind:text direction:text deadline_due:date deadline_surface:text deadline_default:bool
    deadline_recurring:bool sentence:text
""")
DEADLINES = _columns("""
    deadline_id:text task_id:text doc_id:text start:int end:int surface:text due:date recurring:bool
    default:bool
""")
TABLES: dict[str, tuple[Column, ...]] = {
    "documents": DOCUMENTS, "tasks": TASKS, "targets": TARGETS, "deadlines": DEADLINES,
}

# The provenance a flat target row takes from its document and its task.
_FROM_DOCUMENT = ("doc_id", "path", "title", "doc_number", "year")
_FROM_TASK = ("task_id", "task_number", "section", "leaders", "assisting_leaders", "lead_units",
              "cooperating_units", "responsible_units")
_BY_NAME = {c.name: c for table in TABLES.values() for c in table}
EXPORT: tuple[Column, ...] = (
    TARGETS[0],
    *(_BY_NAME[n] for n in _FROM_DOCUMENT + _FROM_TASK),
    *(c for c in TARGETS if c.name not in ("target_id", "task_id", "doc_id")),
)
# Where each EXPORT column comes from: the table name, for joins (the DuckDB view).
EXPORT_SOURCES: dict[str, str] = {
    c.name: "documents" if c.name in _FROM_DOCUMENT else "tasks" if c.name in _FROM_TASK else "targets"
    for c in EXPORT
}


@dataclass
class Rows:
    """The rows of the four tables for any number of documents, in document order."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)

    def add(self, document: Document) -> None:
        """Append the rows of `document`. A target or deadline of a statement that is no
        task has no `task_id`; the deadlines table holds a default (unwritten) deadline
        only for tasks."""
        layout = Layout(document.text)
        doc_id = document.meta.doc_id
        written = [d for _, d in document.deadlines() if not d.default]
        self.documents.append(_clean(DOCUMENTS, document_row(
            document, targets=sum(1 for _ in document.targets()), deadlines=len(written))))
        position = 0
        for n, statement in enumerate(document.statements, 1):
            task_id = None
            if statement.is_task:
                position += 1
                task_id = f"{doc_id}/{position}"
                self.tasks.append(_clean(TASKS, task_row(statement, doc_id, task_id, position)))
            key = task_id or f"{doc_id}/s{n}"
            for i, target in enumerate(statement.targets, 1):
                row = target_row(target, doc_id, task_id, f"{key}/{i}")
                row["sentence"] = sentence(document.text, layout, statement, target)
                self.targets.append(_clean(TARGETS, row))
            for i, deadline in enumerate(statement.deadlines, 1):
                if deadline.default and not statement.is_task:
                    continue
                self.deadlines.append(_clean(DEADLINES, {
                    "deadline_id": f"{key}/d{i}", "task_id": task_id, "doc_id": doc_id,
                    "start": deadline.start, "end": deadline.end, "surface": deadline.surface,
                    "due": deadline.due, "recurring": deadline.recurring, "default": deadline.default,
                }))

    def export(self) -> list[dict[str, Any]]:
        """The flat rows: one per target, with its document's and task's provenance (the
        task columns empty for a target of a statement that is no task)."""
        documents = {d["doc_id"]: d for d in self.documents}
        tasks = {t["task_id"]: t for t in self.tasks}
        out = []
        for target in self.targets:
            task = tasks.get(target["task_id"], {}) if target["task_id"] else {}
            merged = {**{c.name: None for c in EXPORT}, **documents[target["doc_id"]], **task, **target}
            out.append({c.name: merged[c.name] for c in EXPORT})
        return out

def _clean(columns: tuple[Column, ...], row: dict[str, Any]) -> dict[str, Any]:
    """`row` with empty text as None: no format tells an empty text from a missing one."""
    for c in columns:
        if c.type == "text" and row[c.name] == "":
            row[c.name] = None
    return row


def document_row(document: Document, *, targets: int, deadlines: int) -> dict[str, Any]:
    """The `DOCUMENTS` row of a document; `targets` and `deadlines` are its counts.

    `body_numbers` and `numbers_outside` are its coverage: the quantities written in the
    body, and those in no statement (a hole to look at when it is not small)."""
    m = document.meta
    coverage = document.coverage
    return {
        "doc_id": m.doc_id, "path": m.path, "title": m.title, "issuer": m.issuer, "doc_number": m.doc_number,
        "doc_year": m.doc_year, "year": m.year, "region": m.region, "date_issued": m.date_issued,
        "date_published": m.date_published, "source_format": m.source_format, "encoding": m.encoding,
        "lead_rule": m.lead_rule, "statements": coverage.statements, "tasks": len(document.tasks),
        "body_numbers": coverage.body_numbers, "numbers_outside": coverage.outside,
        "targets": targets, "deadlines": deadlines,
        "warnings": list(document.warnings),
    }


def task_row(task: Task, doc_id: str, task_id: str, position: int) -> dict[str, Any]:
    """The `TASKS` row of a task (`position`: 1 for the document's first task)."""
    return {
        "task_id": task_id, "doc_id": doc_id, "position": position, "task_number": task.number,
        "section": list(task.section), "start": task.start, "end": task.end, "text": task.text,
        "leaders": list(task.leaders), "assisting_leaders": list(task.assisting_leaders),
        "lead_units": list(task.lead_units), "cooperating_units": list(task.cooperating_units),
        "responsible_units": list(task.responsible_units), "units_open": task.units_open,
    }


def _number(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def target_row(target: Target, doc_id: str, task_id: str | None, target_id: str) -> dict[str, Any]:
    """The `TARGETS` row of a target, without its sentence (see `sentence`)."""
    d = target.deadline
    return {
        "target_id": target_id, "task_id": task_id, "doc_id": doc_id,
        "start": target.start, "end": target.end, "surface": target.surface,
        "value": target.value, "low": target.low, "high": target.high,
        "value_number": _number(target.value), "low_number": _number(target.low),
        "high_number": _number(target.high),
        "unit": target.unit, "unit_name": target.unit_name, "dimension": target.dimension,
        "comparator": target.comparator, "action": target.action, "commitment": target.commitment,
        "indicator": target.indicator, "kind": target.kind, "direction": target.direction,
        "deadline_due": d.due if d else None, "deadline_surface": d.surface if d else None,
        "deadline_default": d.default if d else None, "deadline_recurring": d.recurring if d else None,
        "sentence": None,
    }


def sentence(text: str, layout: Layout, statement: Statement, target: Target) -> str:
    """The sentence of `statement` that holds `target` (cut at 。；! ? and line breaks), stripped."""
    start = max(layout.sentence_start(target.start), statement.start)
    end = min(layout.sentence_end(target.end - 1), statement.end)
    return text[start:end].strip()

