"""`govmetrics extract --jobs 2` against `--jobs 1` on a folder of copies of the corpora (prints, never asserts).

    .venv/bin/python bench/jobs.py [--copies 8 | --folder DIR] [--rounds 5] [--format csv ...]

The folder holds the five corpus documents COPIES times under other names (40 documents
by default), or is DIR (a folder of one's own: the documents of tests/layouts, say, 486
short ones from many governments). Each round runs the command with --jobs 1 and then --jobs 2, as separate
processes, and checks that the two wrote the same bytes; the best time of each counts,
and the ratio is the speed-up (goal of issue 16: ≥ 1.6 on a folder of ≥ 20 documents).
The load average is printed before and after: other work on the machine takes cores
from the two processes, so measure when it is quiet. Each round also measures what two
cores give at all: the same pure-Python loop run alone, then twice at once (the ceiling
of any speed-up in that round; on a shared virtual machine it is often well under 2).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from govmetrics.documents.folders import find_documents

ROOT = Path(__file__).resolve().parent.parent
GOVMETRICS = Path(sys.executable).parent / "govmetrics"
GOAL = 1.6


def make_folder(folder: Path, copies: int) -> int:
    """COPIES copies of the corpora in `folder`, each file under its own name; returns the characters."""
    chars = 0
    for i in range(copies):
        for p in sorted((ROOT / "corpora").glob("*.txt")):
            shutil.copy(p, folder / f"{p.stem}-{i}.txt")
            chars += len(p.read_text(encoding="utf-8"))
    return chars


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def run(folder: Path, out: Path, jobs: int, formats: list[str]) -> float:
    shutil.rmtree(out, ignore_errors=True)
    command = [str(GOVMETRICS), "extract", str(folder), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    command += [arg for f in formats for arg in ("--format", f)]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


_LOOP = "s = 0\nfor i in range(4_000_000):\n    s += i * i"


def ceiling() -> float:
    """How much faster two processes do two equal pieces of pure-Python work than one
    process does them in turn (2.0 on two free cores)."""
    command = [sys.executable, "-c", _LOOP]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    alone = time.perf_counter() - start
    start = time.perf_counter()
    pair = [subprocess.Popen(command) for _ in range(2)]
    for p in pair:
        p.wait()
    return 2 * alone / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--folder", type=Path, help="measure on this folder instead of copies of the corpora")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--format", dest="formats", action="append", default=None)
    args = parser.parse_args()
    formats = args.formats or ["csv"]
    with tempfile.TemporaryDirectory() as tmp:
        if args.folder is not None:
            folder = args.folder
            documents = find_documents([folder])
            chars = sum(len(p.read_bytes().decode("utf-8", "replace")) for p in documents)
        else:
            folder = Path(tmp) / "in"
            folder.mkdir()
            chars = make_folder(folder, args.copies)
            documents = list(folder.iterdir())
        print(f"{len(documents)} documents, {chars:,} characters, formats {', '.join(formats)}, "
              f"{args.rounds} rounds; load average before: {os.getloadavg()[0]:.2f}")
        best = {1: float("inf"), 2: float("inf")}
        ceilings, ratios = [], []
        for r in range(args.rounds):
            ceilings.append(ceiling())
            times = {jobs: run(folder, Path(tmp) / f"out{jobs}", jobs, formats) for jobs in (1, 2)}
            same = digests(Path(tmp) / "out1") == digests(Path(tmp) / "out2")
            print(f"round {r + 1}: --jobs 1 {times[1]:.2f} s, --jobs 2 {times[2]:.2f} s "
                  f"({times[1] / times[2]:.2f}x; two cores gave {ceilings[-1]:.2f}x on a plain loop), same files: {same}")
            if not same:
                raise SystemExit("the two runs wrote different files")
            best = {jobs: min(best[jobs], times[jobs]) for jobs in best}
            ratios.append(times[1] / times[2])
        ratio = best[1] / best[2]
        print(f"best: --jobs 1 {best[1]:.2f} s ({chars / best[1]:,.0f} characters/s), "
              f"--jobs 2 {best[2]:.2f} s ({chars / best[2]:,.0f} characters/s)")
        print(f"speed-up {ratio:.2f}x (goal ≥ {GOAL}): {'met' if ratio >= GOAL else 'NOT met'}; the rounds' own: "
              f"median {statistics.median(ratios):.2f}x, {sum(r >= GOAL for r in ratios)} of {len(ratios)} at the goal; "
              f"two cores gave {min(ceilings):.2f}x-{max(ceilings):.2f}x on a plain loop in the same rounds; "
              f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
