"""Speed of `govmetrics.extract.targets.extract_targets` (and the quantity stage under it) on corpora/.

The five corpus documents, whole (headers and covering letters included), are joined and
repeated to about 1,000,000 characters; each function runs over that text three times and
the best run counts. This is the path that needs no spaCy tokenization. The goal of the
issue is at least 1,000,000 characters a second on one core for extract_targets.
Run: .venv/bin/python bench/targets.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from govmetrics.extract.quantities import extract_quantities
from govmetrics.extract.targets import extract_targets, numbers_in

ROOT = Path(__file__).resolve().parent.parent
SIZE = 1_000_000
GOAL = 1_000_000


def corpus() -> str:
    """The corpus documents joined by line breaks, repeated to SIZE characters."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt")))
    return (text * (SIZE // len(text) + 1))[:SIZE]


def rate(fn: Callable[[str], list], text: str) -> tuple[float, int]:
    """Characters per second of fn over text (best of three) and the number of items it gave."""
    fn(text[:10_000])  # load the data tables and compile the patterns outside the timing
    best, found = float("inf"), 0
    for _ in range(3):
        start = time.perf_counter()
        found = len(fn(text))
        best = min(best, time.perf_counter() - start)
    return len(text) / best, found


def main() -> None:
    text = corpus()
    print(f"text: {len(text):,} characters from corpora/*.txt")
    results = {}
    for name, fn in (("extract_quantities", extract_quantities), ("extract_targets", extract_targets),
                     ("numbers_in", numbers_in)):
        chars, found = rate(fn, text)
        results[name] = chars
        print(f"{name:20s} {chars:>12,.0f} chars/s   ({found:,} items)")
    verdict = "meets" if results["extract_targets"] >= GOAL else "MISSES"
    print(f"extract_targets {verdict} the goal of {GOAL:,} chars/s "
          f"({results['extract_targets'] / GOAL:.2f}x)")


if __name__ == "__main__":
    main()
