"""Writing the rows of `govmetrics.output.rows` to files: CSV, JSON Lines, Parquet, Excel, DuckDB, gold.

`export(documents, out, formats)` reads the documents once and writes each format:

- `targets.csv` (UTF-8 with a BOM, so that Excel reads the Chinese text), `targets.jsonl`,
  `targets.parquet`, `targets.xlsx`: one row per target (`rows.EXPORT`);
- `govmetrics.duckdb`: the tables documents, tasks, targets, deadlines with primary and
  foreign keys, and the view `target_rows` (the flat rows again, by a join);
- gold: `<doc>.targets.jsonl`, `<doc>.deadlines.jsonl`, `<doc>.tasks.jsonl` per document,
  in the layout the scorer reads (spec/targets.md).

The rows stream: `extracted(document, formats)` makes what the writers of those formats
need of one document (in a worker process, when the CLI runs several: the text of its CSV
and JSON Lines rows is made there), and `Exporter` hands it to the writers of
`govmetrics.output.writers` one document at a time, so memory does not grow with the
folder. How each format writes a value is in `govmetrics.output.values`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GovmetricsError
from ..model import Document
from .rows import Rows
from .values import LIST_SEP, from_json_value, from_text_cell, json_value, text_cell
from .writers import CsvWriter, JsonlWriter, Spill, XlsxWriter, write_duckdb, write_parquet

FORMATS = ("csv", "jsonl", "parquet", "xlsx", "duckdb", "gold")
FILENAMES = {"csv": "targets.csv", "jsonl": "targets.jsonl", "parquet": "targets.parquet",
             "xlsx": "targets.xlsx", "duckdb": "govmetrics.duckdb"}
# The spec's gold layout: these keys, in this order (the first keys of each `to_dict()`).
GOLD_KEYS = {
    "targets": ("start", "surface", "value", "low", "high", "unit", "comparator", "action", "commitment",
                "indicator", "kind", "direction"),
    "deadlines": ("start", "surface", "due", "recurring"),
    "tasks": ("section", "number", "start", "text_head", "leaders", "assisting_leaders", "lead_units",
              "cooperating_units", "responsible_units", "units_open"),
}
_LINES = {"csv": CsvWriter, "jsonl": JsonlWriter}  # their text is made with the rows (`Extracted.lines`)
_STREAMED = {"xlsx": XlsxWriter}
_SPILLED = {"parquet": write_parquet, "duckdb": write_duckdb}

__all__ = ["FILENAMES", "FORMATS", "GOLD_KEYS", "LIST_SEP", "Exporter", "Extracted", "export", "extracted",
           "from_json_value", "from_text_cell", "gold_lines", "json_value", "text_cell", "write_gold"]


@dataclass(frozen=True)
class Extracted:
    """One document made into what the writers of some formats need, small enough to send
    between processes: its `rows` (None when only CSV and JSON Lines were asked for), the
    text of its CSV and JSON Lines rows (`lines`, by format), and its gold lines."""

    doc_id: str
    rows: Rows | None
    gold: dict[str, list[dict[str, Any]]] | None = None
    lines: dict[str, str] = field(default_factory=dict)


def extracted(document: Document, formats: Sequence[str] = FORMATS) -> Extracted:
    """What the writers of `formats` need of `document`.

    The CLI calls it in the worker that read the document, so the text of the CSV and JSON
    Lines rows is made there, in parallel, and the rows themselves (many Decimals to send
    back) only cross when another format needs them."""
    check_formats(formats)
    rows = Rows()
    rows.add(document)
    flat = rows.export() if any(f in _LINES for f in formats) else []
    keep = any(f in _STREAMED or f in _SPILLED for f in formats)
    return Extracted(document.meta.doc_id, rows if keep else None,
                     gold_lines(document) if "gold" in formats else None,
                     {f: _LINES[f].text(flat) for f in formats if f in _LINES})


def check_formats(formats: Sequence[str]) -> None:
    """Raise `GovmetricsError` naming any of `formats` that is not one of `FORMATS`."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise GovmetricsError(f"unknown export format {', '.join(unknown)} (use {', '.join(FORMATS)})")


class Exporter:
    """The writers of `formats` open on the folder `out` (made if missing): `add` one
    document's rows at a time, in the order they are to be written; `close` finishes the
    files and returns every file written."""

    def __init__(self, out: str | Path, formats: Sequence[str]) -> None:
        check_formats(formats)
        self.folder = Path(out)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.formats = list(formats)
        self.lined = {f: _LINES[f](self.folder / FILENAMES[f]) for f in formats if f in _LINES}
        self.streamed = {f: _STREAMED[f](self.folder / FILENAMES[f]) for f in formats if f in _STREAMED}
        self.spill = Spill(self.folder) if any(f in _SPILLED for f in formats) else None
        self.written: list[Path] = []

    def add(self, item: Extracted | Document) -> None:
        """Write one document's rows (made now when given the `Document`)."""
        if isinstance(item, Document):
            item = extracted(item, self.formats)
        missing = [f for f in self.formats if f in self.lined and f not in item.lines
                   or f == "gold" and item.gold is None
                   or (f in _STREAMED or f in _SPILLED) and item.rows is None]
        if missing:
            raise GovmetricsError(f"{item.doc_id}: its rows were made without what {', '.join(missing)} needs "
                                  f"(extracted(document, formats))")
        if "gold" in self.formats:
            self.written += write_gold(item.doc_id, item.gold, self.folder)
        for fmt, writer in self.lined.items():
            writer.write(item.lines[fmt])
        if self.streamed:
            flat = item.rows.export()
            for writer in self.streamed.values():
                writer.add(flat)
        if self.spill is not None:
            self.spill.add(item.rows)

    def close(self) -> list[Path]:
        for fmt in self.formats:
            writer = self.lined.get(fmt) or self.streamed.get(fmt)
            if writer is not None:
                writer.close()
            elif fmt in _SPILLED and self.spill is not None:
                _SPILLED[fmt](self.spill, self.folder / FILENAMES[fmt])
            if fmt != "gold":
                self.written.append(self.folder / FILENAMES[fmt])
        if self.spill is not None:
            self.spill.close()
        return self.written


def export(documents: Iterable[Document | Extracted], out: str | Path, formats: Sequence[str]) -> list[Path]:
    """Write `documents` (or their rows, `Extracted`) to the folder `out` in each of `formats`.

    Returns the files written. The documents are read as the iterable yields them, so a
    caller can report progress from a generator; one document's rows at a time are kept.
    """
    exporter = Exporter(out, formats)
    for item in documents:
        exporter.add(item)
    return exporter.close()


def gold_lines(document: Document) -> dict[str, list[dict[str, Any]]]:
    """The document's lines in the scorer's layout: targets, written deadlines, tasks."""
    doc = document.meta.doc_id
    targets = [t.to_dict() for _, t in document.targets()]
    deadlines = [d.to_dict() for _, d in document.deadlines() if not d.default]
    # A task with no number (an unnumbered item) or no section has null there (spec section 5).
    tasks = [{**t.to_dict(), "number": t.number or None, "section": t.section_title or None} for t in document.tasks]
    return {kind: [{"doc": doc, **{k: d[k] for k in GOLD_KEYS[kind]}} for d in dicts]
            for kind, dicts in (("targets", targets), ("deadlines", deadlines), ("tasks", tasks))}


def write_gold(doc_id: str, lines_of: dict[str, list[dict[str, Any]]], folder: Path) -> list[Path]:
    """`<doc>.targets.jsonl`, `<doc>.deadlines.jsonl`, `<doc>.tasks.jsonl` in `folder`, from `gold_lines`."""
    paths = []
    for kind, lines in lines_of.items():
        path = folder / f"{doc_id}.{kind}.jsonl"
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        paths.append(path)
    return paths
