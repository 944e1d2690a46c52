"""Peak memory (and time) of `govmetrics extract` over growing folders, and of a big text file through each stage.

    .venv/bin/python bench/bench_memory.py               # extract on 1x, 4x, 16x the corpora; then the stages
    .venv/bin/python bench/bench_memory.py --extract-only
    .venv/bin/python bench/bench_memory.py --full-mb 50  # the whole path on the 50 MB file too (minutes, GBs)

`govmetrics extract` runs in a fresh process on a folder holding the corpora 1, 4 and 16
times (files under other names), writing every format, with --jobs 1 and --jobs 2; its
peak resident memory (ru_maxrss) is printed for the main process and for the largest
worker. The rows stream to the writers, so the peaks should not grow with the folder.

The stages below take one big file (50 MB by default) of the corpora repeated.
The file is the five corpora repeated to the size asked. Each stage runs in a fresh
process, and its peak is that process's peak resident memory (ru_maxrss) above what it
held before the stage began (after imports, and after loading the pipeline for the whole
path), so the model's own memory is not counted against the file. Reading is also traced
with tracemalloc (Python allocations only). Figures are in MB and as a multiple of the
file's size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
MB = 1 << 20


def make_file(folder: Path, mb: float) -> Path:
    """A UTF-8 text file of about `mb` MB: the corpora one after another, over and over."""
    chunk = b"\n".join(p.read_bytes() for p in sorted(CORPORA.glob("*.txt")))
    path = folder / f"big-{mb:g}mb.txt"
    with path.open("wb") as out:
        for _ in range(int(mb * MB / len(chunk)) + 1):
            out.write(chunk)
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _stage(name: str, path: str, queue: multiprocessing.Queue) -> None:
    """Run one stage on `path` in this (fresh) process and put (peak above base MB, seconds, note)."""
    import govmetrics
    from govmetrics.reading.source import read_source
    from govmetrics.structure import build_document

    build_document("1.新增学位6750个。\n")  # load the tables before the baseline
    note = ""
    if name.startswith("whole path"):
        from govmetrics.nlp.components import load

        load(None)
    base = _rss_mb()
    t0 = time.perf_counter()
    if name == "reading":
        tracemalloc.start()
        got = read_source(path)
        note = f"tracemalloc peak {tracemalloc.get_traced_memory()[1] / MB:.0f} MB; {len(got.text):,} characters"
        tracemalloc.stop()
    elif name == "reading + structure":
        got = read_source(path)
        doc = build_document(got.text, source_map=got.source_map, path=got.path)
        note = f"{len(doc.tasks):,} tasks, {len(doc.sections):,} sections"
    else:
        doc = govmetrics.read(path, tokens=name == "whole path")
        note = (f"{len(doc.tasks):,} tasks, {sum(len(t.targets) for t in doc.tasks):,} targets, "
                f"{sum(len(t.numbers) for t in doc.tasks):,} numbers")
    queue.put((_rss_mb() - base, time.perf_counter() - t0, note))


def measure(name: str, path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_stage, args=(name, str(path), queue))
    process.start()
    peak, seconds, note = queue.get()
    process.join()
    size = path.stat().st_size / MB
    print(f"{name:20} {size:6.1f} MB file: peak +{peak:7.0f} MB ({peak / size:5.1f}x the file), "
          f"{seconds:6.1f} s ({size / seconds:5.2f} MB/s); {note}")


_EXTRACT = """
import json, resource, sys, time
from govmetrics import cli
start = time.perf_counter()
code = cli.main(sys.argv[1:])
seconds = time.perf_counter() - start
print(json.dumps([code, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))
"""
ALL_FORMATS = ("csv", "jsonl", "parquet", "xlsx", "duckdb", "gold")


def measure_extract(root: Path, copies: int, jobs: int) -> None:
    """Peak memory of `govmetrics extract` (every format) on `copies` times the corpora."""
    folder = root / f"x{copies}"
    if not folder.exists():
        folder.mkdir()
        for i in range(copies):
            for p in sorted(CORPORA.glob("*.txt")):
                shutil.copy(p, folder / f"{p.stem}-{i}.txt")
    size = sum(p.stat().st_size for p in folder.iterdir()) / MB
    formats = [arg for f in ALL_FORMATS for arg in ("--format", f)]
    argv = ["extract", str(folder), "--out", str(root / "out"), "--jobs", str(jobs), "--quiet", *formats]
    result = subprocess.run([sys.executable, "-c", _EXTRACT, *argv], capture_output=True, text=True, check=True)
    code, seconds, main_kb, worker_kb = json.loads(result.stdout.splitlines()[-1])
    shutil.rmtree(root / "out")
    worker = f", largest worker {worker_kb / 1024:5.0f} MB" if jobs > 1 else ""
    print(f"extract {copies:2}x corpora ({copies * 5:3} documents, {size:5.2f} MB), --jobs {jobs}: "
          f"main process {main_kb / 1024:5.0f} MB{worker}; {seconds:5.1f} s (exit {code})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="size of the big file (default 50)")
    parser.add_argument("--full-mb", type=float, default=4, help="size for the whole path (default 4)")
    parser.add_argument("--extract-only", action="store_true", help="only the extract command's peaks")
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4, 16],
                        help="folders of the corpora this many times (default 1 4 16)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for jobs in (1, 2):
            for copies in args.copies:
                measure_extract(Path(folder), copies, jobs)
    if args.extract_only:
        return
    with tempfile.TemporaryDirectory() as folder:
        big = make_file(Path(folder), args.mb)
        measure("reading", big)
        measure("reading + structure", big)
        whole = big if args.full_mb >= args.mb else make_file(Path(folder), args.full_mb)
        measure("whole path", whole)
        measure("whole path, no tokens", whole)


if __name__ == "__main__":
    main()
