"""Writing the rows of `govmetrics.output.rows` to files: CSV, JSON Lines, Parquet, Excel, DuckDB, gold.

`export(documents, out, formats)` reads the documents once and writes each format:

- `targets.csv` (UTF-8 with a BOM, so that Excel reads the Chinese text), `targets.jsonl`,
  `targets.parquet`, `targets.xlsx`: one row per target (`rows.EXPORT`);
- `govmetrics.duckdb`: the tables documents, tasks, targets, deadlines with primary and
  foreign keys, and the view `target_rows` (the flat rows again, by a join);
- gold: `<doc>.targets.jsonl`, `<doc>.deadlines.jsonl`, `<doc>.tasks.jsonl` per document,
  in the layout the scorer reads (spec/targets.md).

In CSV and Excel a list is written as its items joined by `LIST_SEP` and a missing value
as an empty cell; a `decimal` is an exact decimal string everywhere but in Parquet and
DuckDB, which have a decimal type (precision 38, the scale the values need).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import GovmetricsError
from ..model import Document
from .rows import EXPORT, EXPORT_SOURCES, TABLES, Column, Rows

FORMATS = ("csv", "jsonl", "parquet", "xlsx", "duckdb", "gold")
FILENAMES = {"csv": "targets.csv", "jsonl": "targets.jsonl", "parquet": "targets.parquet",
             "xlsx": "targets.xlsx", "duckdb": "govmetrics.duckdb"}
LIST_SEP = " | "
# The spec's gold layout: these keys, in this order (the first keys of each `to_dict()`).
GOLD_KEYS = {
    "targets": ("start", "surface", "value", "low", "high", "unit", "comparator", "action", "commitment",
                "indicator", "kind", "direction"),
    "deadlines": ("start", "surface", "due", "recurring"),
    "tasks": ("section", "number", "start", "text_head", "leaders", "assisting_leaders", "lead_units",
              "cooperating_units", "responsible_units", "units_open"),
}
_DECIMAL_PRECISION = 38


def export(documents: Iterable[Document], out: str | Path, formats: Sequence[str]) -> list[Path]:
    """Write `documents` to the folder `out` (made if missing) in each of `formats`.

    Returns the files written. The documents are read as the iterable yields them, so a
    caller can report progress from a generator; only their rows are kept.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise GovmetricsError(f"unknown export format {', '.join(unknown)} (use {', '.join(FORMATS)})")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    rows = Rows()
    written: list[Path] = []
    for document in documents:
        if "gold" in formats:
            written += write_gold(document, folder)
        rows.add(document)
    for fmt in formats:
        if fmt != "gold":
            path = folder / FILENAMES[fmt]
            WRITERS[fmt](rows, path)
            written.append(path)
    return written


# --- values in each format ------------------------------------------------------------


def text_cell(value: Any, column: Column) -> str:
    """A value as CSV text: lists joined by `LIST_SEP`, exact decimals, ISO dates, '' for None."""
    if value is None:
        return ""
    if column.type == "list":
        return LIST_SEP.join(value)
    if column.type == "bool":
        return "true" if value else "false"
    if column.type == "decimal":
        return format(value, "f")
    if column.type == "date":
        return value.isoformat()
    return str(value) if column.type != "float" else repr(value)


def from_text_cell(cell: str | None, column: Column) -> Any:
    """The inverse of `text_cell` (also reads Excel cells, which keep their own types)."""
    if column.type == "list":
        return cell.split(LIST_SEP) if cell else []
    if cell is None or cell == "":
        return None
    if column.type == "text":
        return cell
    if column.type == "int":
        return int(cell)
    if column.type == "float":
        return float(cell)
    if column.type == "bool":
        return cell if isinstance(cell, bool) else cell == "true"
    if column.type == "decimal":
        return Decimal(cell)
    if column.type == "date":
        return cell.date() if hasattr(cell, "date") else date.fromisoformat(cell)
    raise AssertionError(column)


def json_value(value: Any, column: Column) -> Any:
    """A value as JSON: decimals as exact strings, dates in ISO form, the rest as is."""
    if value is None:
        return None
    if column.type == "decimal":
        return format(value, "f")
    if column.type == "date":
        return value.isoformat()
    return value


def from_json_value(value: Any, column: Column) -> Any:
    """The inverse of `json_value`."""
    if value is None:
        return None
    if column.type == "decimal":
        return Decimal(value)
    if column.type == "date":
        return date.fromisoformat(value)
    return value


# --- writers --------------------------------------------------------------------------


def write_csv(rows: Rows, path: Path) -> None:
    """The flat target rows as CSV, UTF-8 with a byte order mark (Excel needs it for Chinese)."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(c.name for c in EXPORT)
        for row in rows.export():
            w.writerow(text_cell(row[c.name], c) for c in EXPORT)


def write_jsonl(rows: Rows, path: Path) -> None:
    """The flat target rows as JSON Lines (UTF-8, Chinese as written)."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows.export():
            f.write(json.dumps({c.name: json_value(row[c.name], c) for c in EXPORT}, ensure_ascii=False) + "\n")


def write_xlsx(rows: Rows, path: Path) -> None:
    """The flat target rows as an Excel sheet `targets` (numbers, dates and booleans typed)."""
    from openpyxl import Workbook  # imported here: only this format needs it
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("targets")
    sheet.append([c.name for c in EXPORT])
    for row in rows.export():
        cells = []
        for c in EXPORT:
            v = row[c.name]
            if c.type in ("list", "decimal"):
                v = text_cell(v, c) or None
            if isinstance(v, str):  # Excel cannot hold control characters
                v = ILLEGAL_CHARACTERS_RE.sub("", v)
            cells.append(v)
        sheet.append(cells)
    book.save(path)


def arrow_table(columns: Sequence[Column], rows: list[dict[str, Any]]) -> Any:
    """A pyarrow Table of `rows`, typed by `columns` (decimals at the scale they need)."""
    import pyarrow as pa

    scale = _decimal_scale(columns, rows)
    fields = [pa.field(c.name, _arrow_type(c, scale)) for c in columns]
    data = {c.name: [r[c.name] for r in rows] for c in columns}
    return pa.Table.from_pydict(data, schema=pa.schema(fields))


def _decimal_scale(columns: Sequence[Column], rows: list[dict[str, Any]]) -> int:
    """The digits after the point that the decimals of `rows` need (0 when they are whole)."""
    scale = 0
    for c in columns:
        if c.type == "decimal":
            for r in rows:
                v: Decimal | None = r[c.name]
                if v is not None:
                    exponent = v.normalize().as_tuple().exponent
                    scale = max(scale, -exponent if isinstance(exponent, int) else 0)
    return scale


def _arrow_type(column: Column, scale: int) -> Any:
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "list": pa.list_(pa.string()),
             "decimal": pa.decimal128(_DECIMAL_PRECISION, scale)}
    return types[column.type]


def write_parquet(rows: Rows, path: Path) -> None:
    """The flat target rows as Parquet (decimal values, dates, lists of strings)."""
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(EXPORT, rows.export()), path)


_SQL_TYPES = {"text": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE",
              "list": "VARCHAR[]"}
_KEYS = {
    "documents": ("doc_id", ()),
    "tasks": ("task_id", (("doc_id", "documents"),)),
    "targets": ("target_id", (("task_id", "tasks"), ("doc_id", "documents"))),
    "deadlines": ("deadline_id", (("task_id", "tasks"), ("doc_id", "documents"))),
}
_ALIASES = {"documents": "d", "tasks": "k", "targets": "t"}


def _create_table(name: str, columns: Sequence[Column], scale: int) -> str:
    key, references = _KEYS[name]
    lines = [f'"{c.name}" {_SQL_TYPES.get(c.type) or f"DECIMAL({_DECIMAL_PRECISION},{scale})"}'
             f'{" PRIMARY KEY" if c.name == key else ""}' for c in columns]
    lines += [f'FOREIGN KEY ("{col}") REFERENCES {table} ("{_KEYS[table][0]}")' for col, table in references]
    return f"CREATE TABLE {name} (\n  " + ",\n  ".join(lines) + "\n)"


def _target_rows_view() -> str:
    select = ", ".join(f'{_ALIASES[EXPORT_SOURCES[c.name]]}."{c.name}"' for c in EXPORT)
    return (f"CREATE VIEW target_rows AS SELECT {select} FROM targets t "
            "JOIN tasks k ON k.task_id = t.task_id JOIN documents d ON d.doc_id = t.doc_id "
            "ORDER BY d.doc_id, k.position, t.start, t.target_id")


def write_duckdb(rows: Rows, path: Path) -> None:
    """A DuckDB database: documents, tasks, targets, deadlines (keys between them), view target_rows."""
    import duckdb

    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for name, columns in TABLES.items():  # parents first, for the foreign keys
            data = getattr(rows, name)
            table = arrow_table(columns, data)
            con.execute(_create_table(name, columns, _decimal_scale(columns, data)))
            con.register("incoming", table)
            con.execute(f"INSERT INTO {name} SELECT * FROM incoming")
            con.unregister("incoming")
        con.execute(_target_rows_view())


def gold_lines(document: Document) -> dict[str, list[dict[str, Any]]]:
    """The document's lines in the scorer's layout: targets, written deadlines, tasks."""
    doc = document.meta.doc_id
    targets = [t.to_dict() for _, t in document.targets()]
    deadlines = [d.to_dict() for _, d in document.deadlines() if not d.default]
    # A task with no number (an unnumbered item) or no section has null there (spec section 5).
    tasks = [{**t.to_dict(), "number": t.number or None, "section": t.section_title or None} for t in document.tasks]
    return {kind: [{"doc": doc, **{k: d[k] for k in GOLD_KEYS[kind]}} for d in dicts]
            for kind, dicts in (("targets", targets), ("deadlines", deadlines), ("tasks", tasks))}


def write_gold(document: Document, folder: Path) -> list[Path]:
    """`<doc>.targets.jsonl`, `<doc>.deadlines.jsonl`, `<doc>.tasks.jsonl` in `folder`."""
    paths = []
    for kind, lines in gold_lines(document).items():
        path = folder / f"{document.meta.doc_id}.{kind}.jsonl"
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        paths.append(path)
    return paths


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet, "xlsx": write_xlsx,
           "duckdb": write_duckdb}
