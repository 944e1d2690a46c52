"""Speed of the whole path with tokens (read → structure → tokens → targets → deadlines) against segmentation alone.

Over every document in corpora/, repeated REPEAT times: (1) pkuseg segmentation alone of
the documents' text (the floor: nothing can be faster than tokenizing), (2) the whole
path with `govmetrics.read(..., tokens=True)` in one process, (3) all documents through
`read_many(..., tokens=True, n_process=2)`, which pipes the tasks of all documents through
one `nlp.pipe`. (Without tokens, which is what `read` does by default and what every
command runs, see bench/document_path.py.) Prints
characters a second for each, the share of the whole path's time spent segmenting, and
the ratio to the goal (the whole path at ≥ 80% of segmentation's speed). The model is
loaded before timing. Run: .venv/bin/python bench/pipeline.py [REPEAT]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import govmetrics
from govmetrics.documents import read_many
from govmetrics.nlp.components import load
from govmetrics.nlp.tokenizer import load_tokenizer

ROOT = Path(__file__).resolve().parent.parent
REPEAT = int(sys.argv[1]) if len(sys.argv) > 1 else 3
GOAL = 0.8


def _timed(run: object) -> float:
    start = time.perf_counter()
    for _ in range(REPEAT):
        run()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    paths = sorted((ROOT / "corpora").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(map(len, texts)) * REPEAT
    tokenizer = load_tokenizer()
    for year in {d.meta.year for d in (govmetrics.read(p) for p in paths)}:
        load(year)

    seg = _timed(lambda: [tokenizer(t) for t in texts])
    whole = _timed(lambda: [govmetrics.read(p, tokens=True) for p in paths])
    multi = _timed(lambda: list(read_many(paths, tokens=True, n_process=2)))

    print(f"{len(paths)} documents, {chars // REPEAT:,} characters, {REPEAT} runs")
    print(f"segmentation alone:            {chars / seg:>10,.0f} characters/s")
    print(f"whole path, one process:       {chars / whole:>10,.0f} characters/s")
    print(f"whole path, n_process=2:       {chars / multi:>10,.0f} characters/s")
    print(f"share of the whole path spent segmenting: {seg / whole:.0%}")
    ratio = seg / whole
    print(f"whole path / segmentation speed: {ratio:.2f} (goal ≥ {GOAL}): {'met' if ratio >= GOAL else 'NOT met'}")
    print(f"n_process=2 / one process: {whole / multi:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
