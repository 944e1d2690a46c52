"""Speed of the reading and structure stages on the corpora (prints rates, never asserts).

    .venv/bin/python bench/bench_structure.py

Structure parsing of the whole corpus should take well under 0.1 s: the pipeline's
floor is the tokenizer at about 60,000 characters a second.
"""

from __future__ import annotations

import time
from pathlib import Path

from govmetrics.reading.source import read_source
from govmetrics.structure import build_document

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
ROUNDS = 20


def best_of(fn, rounds: int = ROUNDS) -> float:
    """The fastest of `rounds` runs, in seconds."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    paths = sorted(CORPORA.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts)
    gb = [t.encode("gb18030") for t in texts]
    build_document(texts[0])  # load the tables once

    structure = best_of(lambda: [build_document(t) for t in texts])
    reading = best_of(lambda: [read_source(b, name="doc.txt") for b in gb])
    print(f"corpus: {len(texts)} documents, {chars:,} characters")
    print(f"structure: {structure * 1000:.1f} ms for the corpus, {chars / structure:,.0f} chars/s "
          f"({structure / 0.1:.0%} of the 0.1 s budget)")
    print(f"read GB18030 (detect + decode): {reading * 1000:.1f} ms for the corpus, {chars / reading:,.0f} chars/s")
    print(f"structure vs the 60,000 chars/s tokenizer: {chars / structure / 60000:.0f}x faster")


if __name__ == "__main__":
    main()
