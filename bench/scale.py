"""The Dask engine on a LocalCluster of 1 and of 2 worker processes (prints, never asserts).

    .venv/bin/python bench/scale.py [--copies 40] [--partition-mb 0.5] [--rounds 3]

The folder holds the corpora COPIES times under other names. For each cluster size a
LocalCluster is started (not timed), then `extract_to_parquet` reads the folder and
writes the four partitioned Parquet folders, ROUNDS times; the best time counts. The
files written by the two clusters are compared byte for byte, and the same folder is
read by `govmetrics extract --jobs 1` (no Dask, in one process) for the baseline.
Needs the extra: pip install 'govmetrics[dask]'.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from jobs import make_folder

from govmetrics import cli

try:
    from distributed import Client, LocalCluster

    from govmetrics.dask.cluster import extract_to_parquet
except ImportError as e:
    print(f"skipped bench/scale.py: it needs the Dask extra ({e}): pip install 'govmetrics[dask]'")
    sys.exit(0)


def digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.parquet"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--partition-mb", type=float, default=0.5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        chars = make_folder(folder, args.copies)
        files = sorted(folder.iterdir())
        size = int(args.partition_mb * (1 << 20))
        print(f"{len(files)} documents, {chars:,} characters, partitions of {args.partition_mb} MB; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        start = time.perf_counter()
        cli.main(["extract", str(folder), "--out", f"{tmp}/plain", "--jobs", "1", "--quiet", "--format", "parquet"])
        plain = time.perf_counter() - start
        print(f"govmetrics extract --jobs 1 (no Dask, in this process): {plain:.2f} s, "
              f"{chars / plain:,.0f} characters/s")
        best: dict[int, float] = {}
        written: dict[int, dict[str, str]] = {}
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address=":0") as cluster, Client(cluster) as client:
                client.wait_for_workers(workers)
                times = []
                for _ in range(args.rounds):
                    out = Path(tmp) / f"dask{workers}"
                    shutil.rmtree(out, ignore_errors=True)
                    start = time.perf_counter()
                    result = extract_to_parquet(files, out, address=cluster.scheduler_address, partition_bytes=size)
                    times.append(time.perf_counter() - start)
                best[workers] = min(times)
                written[workers] = digests(out)
                print(f"{workers} worker{'s' if workers > 1 else ''}: best {best[workers]:.2f} s "
                      f"({chars / best[workers]:,.0f} characters/s; rounds {', '.join(f'{t:.2f}' for t in times)}); "
                      f"{result.summary()}")
        print(f"2 workers / 1 worker: {best[1] / best[2]:.2f}x; 1 worker / no Dask: {plain / best[1]:.2f}x; "
              f"same files from 1 and 2 workers: {written[1] == written[2]}; "
              f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
