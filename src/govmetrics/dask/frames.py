"""Dask DataFrames of many files' rows: `targets(paths)`, `tasks(paths)`, `deadlines(paths)`.

Each partition is one group of `parts.partitions` (files in order, about
`parts.PARTITION_BYTES` each), read by one task on whichever worker Dask gives it.
`extraction(paths)` gives all the frames and the failures over the same tasks, so
computing them together (`dask.compute`, or `to_parquet` of each with `compute=False`)
reads every file once. The frames are typed by `pandas.ArrowDtype`: text, integers,
floats, booleans, dates and lists of strings as in the Parquet export, decimals as
exact decimal strings (see `parts`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
import dask
import dask.dataframe as dd
import pandas as pd

from .parts import FRAMES, PARTITION_BYTES, Part, partitions, read_part, schema


@dataclass(frozen=True)
class Extraction:
    """The frames of one set of files over shared tasks; `failures` has the files that failed (path, problem)."""

    targets: dd.DataFrame
    tasks: dd.DataFrame
    deadlines: dd.DataFrame
    documents: dd.DataFrame
    failures: dd.DataFrame
    partitions: tuple[tuple[str, ...], ...]


def extraction(paths: Sequence[str | os.PathLike[str]], *, year: int | None = None,
               partition_bytes: int = PARTITION_BYTES) -> Extraction:
    """The frames of `paths` (files, in the order given), partitioned by size."""
    groups = tuple(partitions(paths, partition_bytes))
    parts = [dask.delayed(read_part, pure=True)(files, year, dask_key_name=f"govmetrics-read-{i}")
             for i, files in enumerate(groups)]
    frames = {name: dd.from_delayed([dask.delayed(_frame, pure=True)(p, name) for p in parts],
                                    meta=_frame(None, name), verify_meta=False)
              for name in FRAMES}
    return Extraction(**frames, partitions=groups)


def targets(paths: Sequence[str | os.PathLike[str]], *, year: int | None = None,
            partition_bytes: int = PARTITION_BYTES) -> dd.DataFrame:
    """One row per target of the readable files, with the columns of the CSV export (`rows.EXPORT`).

    A file that cannot be read is left out and logged on its worker (logger
    `govmetrics.dask`, the line the CLI prints); `extraction(paths).failures` lists them."""
    return extraction(paths, year=year, partition_bytes=partition_bytes).targets


def tasks(paths: Sequence[str | os.PathLike[str]], *, year: int | None = None,
          partition_bytes: int = PARTITION_BYTES) -> dd.DataFrame:
    """One row per task of the readable files (the columns of `rows.TASKS`)."""
    return extraction(paths, year=year, partition_bytes=partition_bytes).tasks


def deadlines(paths: Sequence[str | os.PathLike[str]], *, year: int | None = None,
              partition_bytes: int = PARTITION_BYTES) -> dd.DataFrame:
    """One row per deadline of the readable files (the columns of `rows.DEADLINES`)."""
    return extraction(paths, year=year, partition_bytes=partition_bytes).deadlines


def _frame(part: Part | None, name: str) -> pd.DataFrame:
    """The pandas partition of frame `name` (empty, for Dask's meta, without `part`)."""
    table = part.tables[name] if part is not None else schema(name).empty_table()
    return table.to_pandas(types_mapper=pd.ArrowDtype)

