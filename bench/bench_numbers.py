"""Speed of `govmetrics.numbers.parse` against cn2an, on numerals drawn from the corpora.

Every numeral NUMERAL_RE finds in corpora/*.txt, with the % or 个百分点 written after it
and the ranges (1至2, 0—3) as the extractor would assemble them, is a form; 100,000 are
drawn from these occurrences (fixed seed) and parsed. cn2an.cn2an (normal mode: its strict
mode refuses 两) is timed on the Chinese-numeral subset in the same run, against ours on
the same subset. Run: .venv/bin/python bench/bench_numbers.py
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cn2an

from govmetrics.numbers import numerals as numbers

N = 100_000
ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = ("%", "％", "个百分点")
RANGE_SEPARATORS = ("至", "—", "-", "～")


def corpus_forms() -> tuple[list[str], list[str]]:
    """All numeral occurrences in the corpora (with % / 个百分点 / ranges), and the Chinese ones."""
    forms, chinese = [], []
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        matches = list(numbers.NUMERAL_RE.finditer(text))
        for m, after in zip(matches, matches[1:] + [None]):
            suffix = next((s for s in SUFFIXES if text.startswith(s, m.end())), "")
            forms.append(m.group() + suffix)
            if m["cn_int"] is not None:
                chinese.append(m.group())
            if after is not None and text[m.end():after.start()] in RANGE_SEPARATORS:
                forms.append(text[m.start():after.end()])
    return forms, chinese


def rate(fn: Callable[[str], object], items: list[str]) -> float:
    """Items per second of fn over items (best of three runs)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for s in items:
            fn(s)
        best = min(best, time.perf_counter() - start)
    return len(items) / best


def scan_rate() -> float:
    """Characters a second of NUMERAL_RE.finditer + read over all the corpora, as an extractor runs."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt")))

    def scan(t: str) -> None:
        for m in numbers.NUMERAL_RE.finditer(t):
            numbers._read_uncached(m.group())

    return rate(scan, [text] * 5) * len(text)


def main() -> int:
    forms, chinese = corpus_forms()
    rng = random.Random(0)
    sample = rng.choices(forms, k=N)
    cn_sample = rng.choices(chinese, k=N // 10)

    def cached(s: str) -> object:
        return numbers.read(s)

    def cold(s: str) -> object:
        return numbers._read_uncached(s)  # the cost of a string not seen before

    def theirs(s: str) -> object:
        return cn2an.cn2an(s, "normal")

    print(f"{len(forms)} numeral occurrences in corpora/ ({len(set(forms))} distinct), "
          f"{len(chinese)} Chinese; drew {N} and {len(cn_sample)} Chinese")
    ours_all = rate(cold, sample)
    print(f"ours, all forms, no cache:        {ours_all:12,.0f} numerals/s")
    print(f"ours, all forms, read() cached:   {rate(cached, sample):12,.0f} numerals/s")
    ours_cn = rate(cold, cn_sample)
    theirs_cn = rate(theirs, cn_sample)
    print(f"ours, Chinese subset, no cache:   {ours_cn:12,.0f} numerals/s")
    print(f"cn2an.cn2an, Chinese subset:      {theirs_cn:12,.0f} numerals/s")
    print(f"ratio ours/cn2an (Chinese, no cache): {ours_cn / theirs_cn:.1f}x")
    print(f"goal 200,000/s (all forms, no cache): {'met' if ours_all >= 200_000 else 'NOT met'}")
    print(f"NUMERAL_RE.finditer + read over corpora/, no cache: {scan_rate():,.0f} characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
