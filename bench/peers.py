"""govmetrics beside the Chinese number and quantity libraries a user would otherwise pick, on the same corpus.

    .venv/bin/python bench/peers.py [ROUNDS]

Every library reads the same text: the non-empty lines of the five corpus documents
(54,737 characters), one call a line, best of ROUNDS rounds (one round for the slow
ones). Printed: characters a second, what each call gives and how many items it found
on the corpus, and the speed of `govmetrics.extract_quantities` divided by each one's
(> 1: govmetrics is faster). cn2an is a dependency of govmetrics; JioNLP,
chinese2digits and Recognizers-Text come with the `bench` extra
(pip install -e '.[bench]') and are skipped, with a line saying so, when absent.

The libraries do not do the same job: govmetrics gives every quantity with its exact
value, unit and offsets (and, in extract_targets, what is measured and by when); cn2an
rewrites Chinese numerals as digits; chinese2digits lists the numbers; JioNLP finds
amounts of money; Recognizers-Text finds numbers, or numbers with a unit (dimension).
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govmetrics.extract.quantities import extract_quantities
from govmetrics.extract.targets import extract_targets

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
SLOW = 200_000  # characters a second under which one round is enough


def lines() -> list[str]:
    return [line for p in sorted((ROOT / "corpora").glob("*.txt"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def peers() -> list[tuple[str, str, Callable[[str], Any] | None, str]]:
    """(name, what a call gives, the call or None, why it is missing)."""
    out: list[tuple[str, str, Callable[[str], Any] | None, str]] = [
        ("govmetrics extract_quantities", "quantities: exact value, unit, offsets", extract_quantities, ""),
        ("govmetrics extract_targets", "targets: value, unit, indicator, deadline", extract_targets, ""),
    ]
    import cn2an

    out.append(("cn2an.transform", "the line with Chinese numerals as digits",
                lambda s: cn2an.transform(s, "cn2an"), ""))
    try:
        import chinese2digits

        out.append(("chinese2digits.takeNumberFromString", "the numbers as strings",
                    lambda s: chinese2digits.takeNumberFromString(s)["digitsStringList"], ""))
    except ImportError as e:
        out.append(("chinese2digits.takeNumberFromString", "", None, str(e)))
    try:
        import jionlp

        out.append(("jionlp.ner.extract_money", "amounts of money, offsets", jionlp.ner.extract_money, ""))
    except ImportError as e:
        out.append(("jionlp.ner.extract_money", "", None, str(e)))
    try:
        from recognizers_suite import Culture, recognize_dimension, recognize_number

        out.append(("Recognizers-Text recognize_number", "numbers, offsets",
                    lambda s: recognize_number(s, Culture.Chinese), ""))
        out.append(("Recognizers-Text recognize_dimension", "numbers with a unit, offsets",
                    lambda s: recognize_dimension(s, Culture.Chinese), ""))
    except ImportError as e:
        out.append(("Recognizers-Text", "", None, str(e)))
    return out


def rate(call: Callable[[str], Any], text: list[str]) -> tuple[float, int | None]:
    """Characters a second of `call` over the lines (best of the rounds) and the items it found."""
    chars = sum(map(len, text))
    call(text[0])  # load the library's tables outside the timing
    best, found = float("inf"), 0
    for r in range(ROUNDS):
        start = time.perf_counter()
        results = [call(line) for line in text]
        best = min(best, time.perf_counter() - start)
        found = sum(len(x) for x in results) if all(isinstance(x, (list, tuple)) for x in results) else None
        if r == 0 and chars / best < SLOW:
            break
    return chars / best, found


def main() -> None:
    text = lines()
    print(f"{len(text):,} lines, {sum(map(len, text)):,} characters from corpora/*.txt, best of {ROUNDS}")
    results = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns on every bare 万 or 亿 it cannot read
        for name, gives, call, missing in peers():
            if call is None:
                print(f"skipped {name}: not installed ({missing}); pip install -e '.[bench]'")
                continue
            speed, found = rate(call, text)
            results.append((name, gives, speed, found))
    ours = results[0][2]
    print(f"\n| {'library, call':38} | {'characters/s':>12} | {'found':>6} | {'extract_quantities ÷':>20} | gives")
    print(f"|{'-' * 40}|{'-' * 14}|{'-' * 8}|{'-' * 22}|------")
    for name, gives, speed, found in results:
        items = found if found is not None else "–"
        print(f"| {name:38} | {speed:12,.0f} | {items:>6} | {ours / speed:19.2f}x | {gives}")


if __name__ == "__main__":
    main()
