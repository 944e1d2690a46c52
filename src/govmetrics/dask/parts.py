"""The work of one Dask task: a group of files read into the rows of the four tables, as Arrow tables.

`partitions(paths, size)` groups the files, in order, into partitions of about `size`
bytes each (a partition is one task's work and one Parquet file per table), so that a
partition's length does not depend on how many files it holds. `read_part(files)` reads
them (`govmetrics.documents.read`, the path of the CLI) and gives the rows of the tables
of `govmetrics.output.rows`: `targets` (the flat rows of the CSV export), `tasks`,
`deadlines` and `documents`; a file that fails is left out and named in `failures`, with
its problem, and logged on the worker as the CLI prints it. Nothing here imports Dask.

Decimal columns are exact decimal strings (as in the CSV and JSON Lines exports): a
Dask partition must be typed before any file is read, and a decimal type would need
the scale of values not yet seen. The `*_number` columns have them as floats.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..documents import read
from ..errors import GovmetricsError
from ..output.batch import problem_of
from ..output.rows import EXPORT, TABLES, Column, Rows
from ..output.values import arrow_type

PARTITION_BYTES = 4 << 20  # about ten seconds of one core's reading
FRAMES: dict[str, tuple[Column, ...]] = {"targets": EXPORT, "tasks": TABLES["tasks"],
                                         "deadlines": TABLES["deadlines"], "documents": TABLES["documents"],
                                         "failures": (Column("path", "text"), Column("problem", "text"))}
log = logging.getLogger("govmetrics.dask")
log.addHandler(logging.NullHandler())  # a library's logger: the application decides where lines go


@dataclass(frozen=True)
class Part:
    """What one task made of its files: an Arrow table per frame (`failures`: the files that failed)."""

    tables: dict[str, Any]


def partitions(paths: Sequence[str | os.PathLike[str]], size: int = PARTITION_BYTES) -> list[tuple[str, ...]]:
    """`paths` in order, cut into groups of about `size` bytes (at least one file each)."""
    groups: list[tuple[str, ...]] = []
    group: list[str] = []
    held = 0
    for p in paths:
        group.append(str(p))
        held += os.path.getsize(p)
        if held >= size:
            groups.append(tuple(group))
            group, held = [], 0
    if group:
        groups.append(tuple(group))
    return groups


def schema(frame: str) -> Any:
    """The Arrow schema of a frame: the columns of `govmetrics.output.rows`, decimals as exact strings."""
    import pyarrow as pa

    return pa.schema([pa.field(c.name, pa.string() if c.type == "decimal" else arrow_type(c, 0))
                      for c in FRAMES[frame]])


def read_part(files: Sequence[str], year: int | None = None) -> Part:
    """Read `files` in order into the rows of every frame; a file that fails is named in `failures`."""
    import pyarrow as pa

    rows = Rows()
    failures = []
    for path in files:
        try:
            rows.add(read(path, year=year))
        except GovmetricsError as e:
            problem = problem_of(path, e)
            failures.append((path, problem))
            log.warning("govmetrics: %s: %s", path, problem)
    data = {"targets": rows.export(), "tasks": rows.tasks, "deadlines": rows.deadlines,
            "documents": rows.documents, "failures": [{"path": p, "problem": e} for p, e in failures]}
    tables = {}
    for frame, columns in FRAMES.items():
        values = {c.name: [_text(r[c.name]) if c.type == "decimal" else r[c.name] for r in data[frame]]
                  for c in columns}
        tables[frame] = pa.Table.from_pydict(values, schema=schema(frame))
    return Part(tables)


def _text(value: Any) -> str | None:
    return None if value is None else format(value, "f")


def file_ids(files: Sequence[str | os.PathLike[str]]) -> dict[str, list[str]]:
    """The files that would give each document id (a document's id is its file's name without the suffix)."""
    ids: dict[str, list[str]] = {}
    for f in files:
        ids.setdefault(Path(f).stem, []).append(str(f))
    return ids
