"""The document path without tokens against `extract_targets`, on the same texts, in one run (prints, never asserts).

    .venv/bin/python bench/document_path.py [ROUNDS]

Both run over the five documents of corpora/: `extract_targets(text)` on each file's
whole text (the pure function, nothing else), and `govmetrics.read(path)` on each file
(reading the bytes, structure, then targets, deadlines and every numeral's role for
each statement, and the coverage). The best of ROUNDS rounds counts, the two measured
in turns so that a load on the machine falls on both. The goal of issue 16: the
document path at ≥ 50% of extract_targets' speed. Where `read`'s time goes is printed
below it, and whether any spaCy or pkuseg module was imported (none should be).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import govmetrics
from govmetrics.documents.build import _coverage, _extracted, structure
from govmetrics.extract.roles import analyse
from govmetrics.extract.targets import extract_targets
from govmetrics.reading.source import read_source

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
GOAL = 0.5


def best(run: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    paths = sorted((ROOT / "corpora").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(map(len, texts))
    for _ in range(3):  # load the tables, compile the patterns, fill the caches
        for p in paths:
            govmetrics.read(p)

    read_s, targets_s = float("inf"), float("inf")
    for _ in range(ROUNDS):
        read_s = min(read_s, best(lambda: [govmetrics.read(p) for p in paths], 1))
        targets_s = min(targets_s, best(lambda: [extract_targets(t) for t in texts], 1))
    ratio = targets_s / read_s
    print(f"{len(paths)} documents, {chars:,} characters, best of {ROUNDS}")
    print(f"extract_targets (whole texts):      {chars / targets_s:>11,.0f} characters/s")
    print(f"govmetrics.read (no tokens):        {chars / read_s:>11,.0f} characters/s")
    print(f"read / extract_targets speed: {ratio:.2f} (goal ≥ {GOAL}): {'met' if ratio >= GOAL else 'NOT met'}")

    structured = [structure(p) for p in paths]
    held = [[len(analyse(s.text, year=d.meta.year).quantities) for s in d.statements] for d in structured]
    parts = {
        "reading the files (read_source)": lambda: [read_source(p) for p in paths],
        "reading + structure": lambda: [structure(p) for p in paths],
        "analyse() of every statement": lambda: [analyse(s.text, year=d.meta.year, section_titles=s.section)
                                                 for d in structured for s in d.statements],
        "extraction with offsets moved": lambda: [_extracted(d) for d in structured],
        "  of which coverage": lambda: [_coverage(d, d.statements, h) for d, h in zip(structured, held)],
    }
    print("\nwhere read's time goes (each alone, best of the rounds):")
    for name, run in parts.items():
        seconds = best(run)
        print(f"  {name:34} {seconds * 1000:7.1f} ms  {seconds / read_s:5.0%} of read")
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "spacy_pkuseg"))
    print(f"\nspaCy / pkuseg modules imported: {len(loaded)}")


if __name__ == "__main__":
    main()
