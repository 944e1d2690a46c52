"""Speed of `govmetrics extract corpora/` in each format, and of the writers alone (prints, never asserts).

    .venv/bin/python bench/bench_export.py

The command's time is mostly the process start and the pipeline load (about 2-4 s); the
writers alone take a few milliseconds for the corpus, so reading dominates any batch.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_structure import best_of

import govmetrics
from govmetrics.output.export import FORMATS, export

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOVMETRICS = Path(sys.executable).parent / "govmetrics"
ROUNDS = 3


def main() -> None:
    t0 = time.perf_counter()
    documents = [govmetrics.read(p) for p in sorted(CORPORA.glob("*.txt"))]
    print(f"in process: load and read {len(documents)} documents: {time.perf_counter() - t0:.2f} s (first read)")
    t0 = time.perf_counter()
    documents = [govmetrics.read(p) for p in sorted(CORPORA.glob("*.txt"))]
    read = time.perf_counter() - t0
    targets = sum(1 for d in documents for _ in d.targets())
    print(f"in process: read again (pipeline loaded): {read:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"\n{'format':8} {'command (s)':>12} {'writer (ms)':>12} {'targets/s':>11}")
        for fmt in FORMATS:
            command = [str(GOVMETRICS), "extract", str(CORPORA), "--out", f"{tmp}/cli-{fmt}", "--format", fmt,
                       "--quiet"]
            cli = best_of(lambda command=command: subprocess.run(command, check=True), rounds=ROUNDS)
            writer = best_of(lambda fmt=fmt: export(documents, f"{tmp}/{fmt}", [fmt]), rounds=10)
            print(f"{fmt:8} {cli:12.2f} {writer * 1000:12.1f} {targets / writer:11,.0f}")
    print(f"\n{targets} targets; command = `govmetrics extract corpora/ --format FORMAT --quiet`, best of {ROUNDS}; "
          f"writer = export() of the documents already read, best of 10")


if __name__ == "__main__":
    main()
