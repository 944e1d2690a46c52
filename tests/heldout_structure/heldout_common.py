"""What the held-out documents are made of, how they are written to files, and how their
expected answers are laid out in the gold layout of spec/targets.md §5.

A document's source marks each task's own statement with ⟦…⟧ (hand-placed: where the
task's text starts after its number label and where it ends before its responsibility).
The markers are removed when the file is written; `gold()` finds each statement in the
text the reader returns, so `start` is an offset into `Document.text` as the spec says.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OPEN, CLOSE = "⟦", "⟧"
_STATEMENT = re.compile(f"{OPEN}(.*?){CLOSE}", re.DOTALL)
FIELDS = ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units")


@dataclass(frozen=True)
class Table:
    """A .docx table: a header row, then rows (a string is one merged row; None in a
    cell continues the cell above it)."""

    header: list[str]
    rows: list[str | list[str | None]]


@dataclass(frozen=True)
class Doc:
    id: str
    fmt: str                      # "txt", "html" or "docx"
    encoding: str | None          # codec the file is written in (None for .docx)
    meta: dict[str, Any]
    source: Any                   # str (txt, html) or a list of paragraphs and Tables (docx)
    tasks: list[dict[str, Any]]
    docx_title: str | None = None
    batch: int = 1                # 1: written before any fix; 2: written after the fixes for batch 1

    @property
    def filename(self) -> str:
        return f"{self.id}.{self.fmt}"


def _names(s: str) -> list[str]:
    return [x for x in s.split("|") if x]


def task(number: str, *, L: str = "", A: str = "", lead: str = "", coop: str = "", resp: str = "",
         open: bool = False) -> dict[str, Any]:
    """One expected task; names are separated by | (a unit name may hold 、 inside brackets)."""
    return {"number": number, "leaders": _names(L), "assisting_leaders": _names(A), "lead_units": _names(lead),
            "cooperating_units": _names(coop), "responsible_units": _names(resp), "units_open": open}


def under(section: str, *tasks: dict[str, Any]) -> list[dict[str, Any]]:
    """The tasks with their (innermost) section title."""
    return [{"section": section, **t} for t in tasks]


def strip(s: str) -> str:
    return s.replace(OPEN, "").replace(CLOSE, "")


def _texts(doc: Doc) -> list[str]:
    if isinstance(doc.source, str):
        return [doc.source]
    out: list[str] = []
    for block in doc.source:
        if isinstance(block, str):
            out.append(block)
        else:
            for row in block.rows:
                out.extend([row] if isinstance(row, str) else [c for c in row if c])
    return out


def statements(doc: Doc) -> list[str]:
    """The marked task statements of a document, in order (in HTML, <br> is a line break
    and other tags are left out, as a reader gives them)."""
    found = [m.group(1) for s in _texts(doc) for m in _STATEMENT.finditer(s)]
    if doc.fmt == "html":
        found = [re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", s)) for s in found]
    return found


def _docx_bytes(doc: Doc) -> bytes:
    import docx

    d = docx.Document()
    if doc.docx_title:
        d.core_properties.title = doc.docx_title
    for block in doc.source:
        if isinstance(block, str):
            d.add_paragraph(strip(block))
            continue
        width = len(block.header)
        table = d.add_table(rows=1 + len(block.rows), cols=width)
        for c, name in enumerate(block.header):
            table.cell(0, c).text = name
        for r, row in enumerate(block.rows, 1):
            if isinstance(row, str):
                merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                merged.text = strip(row)
                continue
            for c, value in enumerate(row):
                if value is not None:
                    table.cell(r, c).text = strip(value)
        for c in range(width):
            # None continues the cell above: merge each run of them into the cell that starts it.
            r = 1
            while r <= len(block.rows):
                top = r
                while r + 1 <= len(block.rows) and not isinstance(block.rows[r], str) and block.rows[r][c] is None:
                    r += 1
                if r > top:
                    table.cell(top, c).merge(table.cell(r, c))
                r += 1
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def file_bytes(doc: Doc) -> bytes:
    """The file as published: markers removed, in the document's encoding."""
    if doc.fmt == "docx":
        return _docx_bytes(doc)
    return strip(doc.source).encode(doc.encoding)


def write(docs: list[Doc], folder: Path) -> dict[str, Path]:
    """Write every document into `folder`; {doc id: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for doc in docs:
        path = folder / doc.filename
        path.write_bytes(file_bytes(doc))
        paths[doc.id] = path
    return paths


def gold(doc: Doc, text: str) -> list[dict[str, Any]]:
    """The expected tasks in the gold layout, each statement found (in order) in `text`."""
    found = statements(doc)
    if len(found) != len(doc.tasks):
        raise ValueError(f"{doc.id}: {len(found)} marked statements, {len(doc.tasks)} expected tasks")
    rows, pos = [], 0
    for statement, expected in zip(found, doc.tasks):
        first_line = statement.split("\n")[0]
        start = text.find(first_line, pos)
        if start < 0:
            raise ValueError(f"{doc.id}: statement {first_line!r} not in the text the reader returned")
        pos = start + 1
        rows.append({"doc": doc.id, "section": expected["section"], "number": expected["number"], "start": start,
                     "text_head": statement[:20].split("\n")[0],
                     **{k: expected[k] for k in FIELDS}, "units_open": expected["units_open"]})
    return rows


def dump_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
