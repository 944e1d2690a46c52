"""Speed of govmetrics.extract.deadlines.extract_deadlines on the corpora (goal: >= 2,000,000 chars/s).

Two ways the pipeline can call it: once over a whole document, and once per line (the
size of a task's text). Prints characters per second for each; run from the project root.
"""

from __future__ import annotations

import time
from pathlib import Path

from govmetrics.extract.deadlines import extract_deadlines, time_numerals

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
GOAL = 2_000_000


def rate(texts: list[str], fn, repeat: int) -> float:
    """Characters per second of fn over texts, best of `repeat` rounds."""
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t, year=2021)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def main() -> None:
    docs = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))]
    lines = [line for d in docs for line in d.splitlines() if line.strip()]
    extract_deadlines(docs[0], year=2021)  # build the patterns once, outside the timing
    for name, texts in (("whole documents", docs), ("one call per line", lines)):
        for fn in (extract_deadlines, time_numerals):
            r = rate(texts, fn, 5)
            print(f"{fn.__name__:18s} {name:18s} {r:14,.0f} chars/s  ({r / GOAL:.1f}x the goal)")


if __name__ == "__main__":
    main()
