"""`govmetrics extract --dask ADDRESS`: the extraction on a Dask cluster, written as partitioned Parquet.

`extract_to_parquet(files, out, address)` connects to the scheduler at `address` (or,
for `local`, starts a LocalCluster of one single-threaded worker process per core on
this machine), reads the files in partitions by size, and writes `out/targets/`,
`out/tasks/`, `out/deadlines/` and `out/documents/`, one `part-NNNNN.parquet` per
partition in each, in one pass over the files. The files and their partitions do not
depend on the number of workers. Two files that would give the same document id are
refused as the CLI refuses them: the second is a failure and is not read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask
from distributed import Client, LocalCluster

from ..documents.pool import cores
from .frames import extraction
from .parts import PARTITION_BYTES, file_ids, schema

WRITTEN = ("targets", "tasks", "deadlines", "documents")


@dataclass(frozen=True)
class Written:
    """What a run wrote: the folders, the counts, and the files that failed (path, problem)."""

    folders: tuple[Path, ...]
    failures: tuple[tuple[str, str], ...]
    documents: int
    tasks: int
    targets: int
    deadlines: int  # written ones
    partitions: int
    workers: int

    def summary(self) -> str:
        """One line: what was read and written, and on how many workers."""
        failed = f", {len(self.failures)} failed" if self.failures else ""
        partitions = f"{self.partitions} partition{'s' if self.partitions != 1 else ''}"
        workers = f"{self.workers} Dask worker{'s' if self.workers != 1 else ''}"
        return (f"{self.documents} documents ({self.tasks} tasks, {self.targets} targets, {self.deadlines} "
                f"written deadlines) in {partitions} on {workers}{failed}")


@contextmanager
def connect(address: str, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a LocalCluster of `workers` processes for `local`
    (default: one a core)."""
    if address != "local":
        with Client(address) as client:
            yield client
        return
    # One thread a worker: reading is pure Python, so threads would only wait for each other.
    with LocalCluster(n_workers=workers or cores(), threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


def extract_to_parquet(files: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], *,
                       address: str = "local", year: int | None = None, partition_bytes: int = PARTITION_BYTES,
                       jobs: int | None = None) -> Written:
    """Read `files` on the cluster at `address` and write partitioned Parquet under `out`;
    `jobs` is the number of worker processes of a `local` cluster."""
    failures: list[tuple[str, str]] = []
    kept = []
    for doc_id, named in file_ids(files).items():
        kept.append(named[0])
        failures += [(f, f"its document id {doc_id!r} is already that of {named[0]}; rename one of the two files")
                     for f in named[1:]]
    order = {str(f): i for i, f in enumerate(files)}
    kept.sort(key=order.__getitem__)
    folder = Path(out)
    ex = extraction(kept, year=year, partition_bytes=partition_bytes)
    writes = [getattr(ex, name).to_parquet(folder / name, write_index=False, compute=False, overwrite=True,
                                           schema=schema(name), name_function=_part_name)
              for name in WRITTEN]
    with connect(address, jobs) as client:
        running = len(client.scheduler_info().get("workers", {}))
        *_, documents, failed = dask.compute(*writes, ex.documents[["tasks", "targets", "deadlines"]], ex.failures)
    failures += [(str(p), str(e)) for p, e in failed.itertuples(index=False)]
    failures.sort(key=lambda f: order[f[0]])
    totals: dict[str, Any] = documents.sum()
    return Written(tuple(folder / name for name in WRITTEN), tuple(failures), len(documents),
                   int(totals["tasks"]), int(totals["targets"]), int(totals["deadlines"]), len(ex.partitions), running)


def _part_name(i: int) -> str:
    return f"part-{i:05d}.parquet"
