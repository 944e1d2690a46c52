"""The HTML audit view: one self-contained page per document and an index page.

A page shows the document's metadata, a coverage panel (share of tasks with a numeric
target, with a written deadline, with exactly one lead unit, and the tasks with none of
these), a table of all targets that sorts and filters in the browser, and every task
with its leaders and units and its text with targets and deadlines marked (hover for the
fields, click for a panel) and other numerals greyed with their role and reason. The
style and script (`data/report.css`, `data/report.js`) are written into each page, so a
page needs no server and no network. Every text from a document is HTML-escaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path

from ..model import Document, DocumentMeta, Statement, Task
from .highlight import Segment, deadline_text, segments, target_fields

INDEX = "index.html"


@dataclass(frozen=True)
class Coverage:
    """How many of a document's tasks have a numeric target, a written deadline, one lead unit."""

    tasks: int
    with_target: int
    with_deadline: int
    one_lead_unit: int
    with_none: tuple[int, ...]  # positions (1-based) of the tasks with none of the three


def shown(document: Document) -> list[Statement]:
    """The statements the page shows, in order: every task, and every other statement that
    holds a numeral (the rest hold nothing to check)."""
    return [s for s in document.statements if s.is_task or s.numbers]


def coverage(document: Document) -> Coverage:
    """The coverage of `document`'s tasks (a default deadline does not count as written);
    `with_none` holds positions in `shown(document)`."""
    tasks = [(i, t) for i, t in enumerate(shown(document), 1) if t.is_task]
    target = [bool(t.targets) for _, t in tasks]
    deadline = [any(not d.default for d in t.deadlines) for _, t in tasks]
    lead = [len(t.lead_units) == 1 for _, t in tasks]
    none = tuple(i for (i, _), *flags in zip(tasks, target, deadline, lead) if not any(flags))
    return Coverage(len(tasks), sum(target), sum(deadline), sum(lead), none)


@dataclass(frozen=True)
class Entry:
    """One document's line on the index page."""

    filename: str
    meta: DocumentMeta
    coverage: Coverage
    targets: int
    warnings: int


def _asset(name: str) -> str:
    return (resources.files("govmetrics") / "data" / name).read_text(encoding="utf-8")


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n"
            f"<body>\n{body}\n<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n")


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def _items(values: Sequence[str]) -> str:
    return "、".join(escape(v) for v in values) or '<span class="none">–</span>'


# --- a document's page ----------------------------------------------------------------


def _meta(document: Document) -> str:
    m = document.meta
    rows = [("document id", m.doc_id), ("file", m.path), ("issuer", m.issuer), ("document number", m.doc_number),
            ("year of the tasks", m.year), ("issued", m.date_issued), ("published", m.date_published),
            ("region", m.region), ("read as", f"{m.source_format}, {m.encoding or 'no encoding'}"),
            ("first unit leads", "yes (the document says so)" if m.lead_rule else "no rule given")]
    cells = "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v)) if v is not None else '–'}</dd>" for k, v in rows)
    warnings = "".join(f"<li>{escape(w)}</li>" for w in document.warnings)
    return (f'<dl class="meta">{cells}</dl>'
            + (f'<ul class="warnings">{warnings}</ul>' if warnings else ""))


def _coverage(document: Document, c: Coverage) -> str:
    bars = "".join(
        f'<div class="measure"><span class="label">{escape(label)}</span>'
        f'<span class="bar"><span style="width:{100 * n / c.tasks if c.tasks else 0:.1f}%"></span></span>'
        f'<span class="figure">{n} / {c.tasks} ({_share(n, c.tasks)})</span></div>'
        for label, n in (("with a numeric target", c.with_target), ("with a written deadline", c.with_deadline),
                         ("with exactly one lead unit", c.one_lead_unit))
    )
    tasks = shown(document)
    missing = "".join(f'<li><a href="#task-{i}" title="{escape(tasks[i - 1].section_title)}">'
                      f"{escape(tasks[i - 1].number)}</a> {escape(_head(tasks[i - 1].text))}</li>"
                      for i in c.with_none)
    d = document.coverage
    counts = (f"<p>{d.statements} statements, {d.tasks} of them tasks; {d.outside} of the body's "
              f"{d.body_numbers} quantities stand outside every statement.</p>")
    listing = (f"<p>{len(c.with_none)} tasks have none of these:</p><ul class=\"with-none\">{missing}</ul>"
               if c.with_none else "<p>Every task has at least one of these.</p>" if c.tasks
               else "<p>No statement of this document is a task: nobody is named to answer for it.</p>")
    return f'<section id="coverage" class="panel"><h2>Coverage</h2>{counts}{bars}{listing}</section>'


def _head(text: str, size: int = 40) -> str:
    return text[:size] + ("…" if len(text) > size else "")


_TABLE_COLUMNS = ("task", "surface", "indicator", "value", "unit", "comparator", "action", "commitment", "kind",
                  "direction", "deadline", "leaders", "lead (or responsible) units")


def _targets_table(document: Document) -> str:
    head = "".join(f'<th data-col="{i}"{" data-type=number" if c in ("task", "value") else ""}>{escape(c)}</th>'
                   for i, c in enumerate(_TABLE_COLUMNS))
    rows = []
    for position, task in enumerate(shown(document), 1):
        for i, target in enumerate(task.targets, 1):
            f = target_fields(target)
            number = target.value if target.value is not None else target.low
            cells = [
                (f'<a href="#task-{position}">{escape(task.number or "·")}</a>', position),
                (f'<a href="#target-{position}-{i}">{escape(f["surface"])}</a>', None),
                (escape(f["indicator"]), None),
                (escape(f["value"]), "" if number is None else format(number, "f")),
                *((escape(f[k]), None) for k in ("unit", "comparator", "action", "commitment", "kind", "direction",
                                                  "deadline")),
                (_items(task.leaders), None), (_items(task.lead_units or task.responsible_units), None),
            ]
            tds = "".join(f'<td data-sort="{escape(str(s))}">{c}</td>' if s is not None else f"<td>{c}</td>"
                          for c, s in cells)
            rows.append(f'<tr data-unit="{escape(target.unit or "")}" data-kind="{escape(target.kind)}" '
                        f'data-leader="{escape("|".join(task.leaders))}">{tds}</tr>')
    filters = "".join(
        f'<label>{escape(label)} <select data-filter="{key}"><option value="">all</option></select></label>'
        for label, key in (("unit", "unit"), ("leader", "leader"), ("kind", "kind"))
    )
    return (f'<section id="targets" class="panel"><h2>Targets</h2>'
            f'<div class="filters">{filters}<span class="shown"></span></div>'
            f'<table id="target-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f"</section>")


def _segment(seg: Segment, position: int, index: dict[int, int]) -> str:
    text = escape(seg.text)
    if seg.mark == "target":
        fields = [target_fields(t) for t in seg.targets]
        ids = [index[id(t)] for t in seg.targets]
        hover = "\n\n".join("\n".join(f"{k}: {v}" for k, v in f.items() if v) for f in fields)
        anchors = "".join(f'<a id="target-{position}-{i}"></a>' for i in ids[1:])
        return (f'{anchors}<mark class="target" id="target-{position}-{ids[0]}" tabindex="0" '
                f'title="{escape(hover)}" data-fields="{escape(json.dumps(fields, ensure_ascii=False))}">'
                f"{text}</mark>")
    if seg.mark == "deadline":
        return f'<mark class="deadline" title="deadline: {escape(deadline_text(seg.deadline))}">{text}</mark>'
    if seg.mark == "number" and seg.number is not None:
        n = seg.number
        return (f'<span class="num" data-role="{escape(n.role)}" '
                f'title="{escape(n.role.replace("_", " "))}: {escape(n.reason)}">{text}</span>')
    return text


def _task(task: Task, position: int) -> str:
    who = [("leaders", task.leaders), ("assisting", task.assisting_leaders), ("lead units", task.lead_units),
           ("cooperating units", task.cooperating_units), ("responsible units", task.responsible_units)]
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{_items(v)}</dd>" for k, v in who if v)
    if task.units_open:
        dl += "<dt>units</dt><dd>the list is open (等)</dd>"
    written = [d for d in task.deadlines if not d.default]
    due = "; ".join(deadline_text(d) for d in (written or task.deadlines))
    dl += f"<dt>due</dt><dd>{escape(due)}</dd>"
    index = {id(t): i for i, t in enumerate(task.targets, 1)}
    text = "".join(_segment(s, position, index) for s in segments(task))
    section = " › ".join(task.section)
    kind = "task" if task.is_task else "task statement"
    return (f'<article class="{kind}" id="task-{position}"><h3><span class="number">{escape(task.number)}</span> '
            f'<span class="section">{escape(section)}</span></h3><dl class="who">{dl}</dl>'
            f'<p class="text">{text}</p></article>')


def document_page(document: Document) -> str:
    """The HTML page of one document (self-contained)."""
    m = document.meta
    title = m.title or m.doc_id
    tasks = "".join(_task(t, i) for i, t in enumerate(shown(document), 1))
    legend = ('<p class="legend"><mark class="target">target</mark> <mark class="deadline">deadline</mark> '
              '<span class="num">other numeral (hover: role and reason)</span></p>')
    body = (f'<header><a href="{INDEX}">all documents</a><h1>{escape(title)}</h1>{_meta(document)}</header>'
            f"<main>{_coverage(document, coverage(document))}{_targets_table(document)}"
            f'<section id="tasks"><h2>Tasks and statements</h2>{legend}{tasks}</section></main>'
            f'<aside id="details" hidden><button type="button" class="close">×</button><div></div></aside>')
    return _page(title, body)


@dataclass(frozen=True)
class Page:
    """A document's page, made (in a worker process, when the command runs several) but not yet written."""

    entry: Entry
    html: str


def page(document: Document) -> Page:
    """The page of `document` and its line for the index."""
    entry = Entry(f"{document.meta.doc_id}.html", document.meta, coverage(document),
                  sum(1 for _ in document.targets()), len(document.warnings))
    return Page(entry, document_page(document))


def write_page(document: Document | Page, out: str | Path) -> Entry:
    """Write `<doc_id>.html` in the folder `out` (made if missing); its line for the index."""
    made = document if isinstance(document, Page) else page(document)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / made.entry.filename).write_text(made.html, encoding="utf-8")
    return made.entry


# --- the index ------------------------------------------------------------------------


def index_page(entries: Sequence[Entry], failures: Sequence[tuple[str, str]] = ()) -> str:
    """The index of the pages written, and the files that could not be read (path, problem)."""
    head = "".join(f"<th>{escape(c)}</th>" for c in (
        "document", "year", "document number", "tasks", "targets", "with a target", "with a written deadline",
        "with one lead unit", "warnings"))
    rows = "".join(
        f'<tr><td><a href="{escape(e.filename)}">{escape(e.meta.title or e.meta.doc_id)}</a>'
        f'<div class="doc-id">{escape(e.meta.doc_id)}</div></td><td>{e.meta.year or "–"}</td>'
        f"<td>{escape(e.meta.doc_number or '–')}</td><td>{e.coverage.tasks}</td><td>{e.targets}</td>"
        f"<td>{_share(e.coverage.with_target, e.coverage.tasks)}</td>"
        f"<td>{_share(e.coverage.with_deadline, e.coverage.tasks)}</td>"
        f"<td>{_share(e.coverage.one_lead_unit, e.coverage.tasks)}</td><td>{e.warnings}</td></tr>"
        for e in entries
    )
    failed = "".join(f"<li><code>{escape(path)}</code>: {escape(problem)}</li>" for path, problem in failures)
    body = (f"<header><h1>govmetrics audit view</h1><p>{len(entries)} documents</p></header><main>"
            f'<table class="index"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            + (f'<section class="panel failures"><h2>Not read</h2><ul>{failed}</ul></section>' if failed else "")
            + "</main>")
    return _page("govmetrics audit view", body)


def write_index(entries: Sequence[Entry], out: str | Path, failures: Sequence[tuple[str, str]] = ()) -> Path:
    """Write `index.html` in the folder `out`; returns its path."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / INDEX
    path.write_text(index_page(entries, failures), encoding="utf-8")
    return path
