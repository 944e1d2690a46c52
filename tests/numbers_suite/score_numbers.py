"""Score govmetrics.numbers.parse (and cn2an, in the same run) on tests/numbers_suite/cases.jsonl.

A case passes when parse gives exactly the expected Decimal, or raises NumberError where
the case expects "error". cn2an.cn2an (smart mode, its most lenient) is scored the same
way: a value equal to the expected one (its floats compared through their repr), or a
ValueError where an error is expected.

    .venv/bin/python tests/numbers_suite/score_numbers.py [--batch 2] [--show 40]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from govmetrics.errors import NumberError
from govmetrics.numbers import parse

CASES = Path(__file__).with_name("cases.jsonl")


def load() -> list[dict]:
    """The cases: {"batch", "form", "text", "expect"} with expect a decimal string or "error"."""
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def ours(text: str) -> Decimal | None:
    """parse's value, or None when it raises NumberError (any other exception propagates)."""
    try:
        return parse(text)
    except NumberError:
        return None


def cn2an_smart(text: str) -> Decimal | None:
    """cn2an's value in smart mode as a Decimal, or None when it refuses."""
    import cn2an

    try:
        got = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation, AttributeError):
        return None
    return Decimal(repr(got)) if isinstance(got, float) else Decimal(got)


def passes(fn: Callable[[str], Decimal | None], case: dict) -> bool:
    got = fn(case["text"])
    if case["expect"] == "error":
        return got is None
    return got is not None and got == Decimal(case["expect"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="list this many failures of parse")
    ap.add_argument("--batch", type=int, help="score one batch only (1 or 2)")
    args = ap.parse_args()
    cases = [c for c in load() if args.batch is None or c["batch"] == args.batch]
    for name, fn in (("govmetrics.numbers.parse", ours), ("cn2an.cn2an smart", cn2an_smart)):
        ok, total = Counter(), Counter()
        failures = []
        for case in cases:
            total[case["form"]] += 1
            if passes(fn, case):
                ok[case["form"]] += 1
            else:
                failures.append(case)
        n, k = len(cases), sum(ok.values())
        print(f"{name}: {k}/{n} = {k / n:.1%}")
        print("  " + "  ".join(f"{f} {ok[f]}/{total[f]}" for f in total))
        if name.startswith("govmetrics") and args.show:
            for case in failures[:args.show]:
                print(f"    {case['form']:<13} {case['text']!r:<24} expect {case['expect']:<14} got {ours(case['text'])}")


if __name__ == "__main__":
    main()
