"""Speed of `govmetrics.extract.targets.extract_targets` (and the quantity stage under it) on corpora/.

The five corpus documents, whole (headers and covering letters included), are joined and
repeated to about 1,000,000 characters; each function runs over that text three times and
the best run counts. This is the path that needs no spaCy tokenization. The goal of the
issue is at least 1,000,000 characters a second on one core for extract_targets. It also
prints how the time of `classify` grows from 1 MB to 10 MB of that text (linear: a ratio
near 10; the best of two runs of each, as a load on the machine during one run is no growth).
Run: .venv/bin/python bench/targets.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from govmetrics.extract.quantities import extract_quantities
from govmetrics.extract.targets import classify, extract_targets, numbers_in

ROOT = Path(__file__).resolve().parent.parent
SIZE = 1_000_000
GOAL = 1_000_000


def corpus(size: int = SIZE) -> str:
    """The corpus documents joined by line breaks, repeated to `size` characters."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def growth() -> float:
    """How many times as long `classify` takes on 10 MB as on 1 MB (best of two runs each)."""
    def seconds(text: str) -> float:
        begin = time.perf_counter()
        classify(text)
        return time.perf_counter() - begin

    one, ten = corpus(), corpus(10 * SIZE)
    classify(one[:10_000])
    return min(seconds(ten) for _ in range(2)) / min(seconds(one) for _ in range(2))


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
    print(f"classify on 10 MB took {growth():.1f} times as long as on 1 MB (linear: about 10)")


if __name__ == "__main__":
    main()
