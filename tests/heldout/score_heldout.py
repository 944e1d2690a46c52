"""Score govmetrics.extract.roles.analyse on the held-out sentences (tests/heldout/targets.jsonl).

Each sentence is scored as a document of its own with the matching rules of
tests/gold/score.py (a target matches when it overlaps the expected surface and has its
value and unit; a deadline when it overlaps and has its due date); written deadlines
only (a default year-end deadline is not written text).

    .venv/bin/python tests/heldout/score_heldout.py [--show 30]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from govmetrics.extract.roles import analyse

HERE = Path(__file__).resolve().parent
CASES = HERE / "targets.jsonl"
sys.path.insert(0, str(HERE.parent / "gold"))

import score as gold_score  # tests/gold/score.py, the scorer of the corpus gold


def load() -> list[dict]:
    """The held-out sentences with their expected targets and deadlines."""
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: list[dict] | None = None) -> dict:
    """Totals over every sentence: {"targets": {...}, "deadlines": {...}} as tests/gold/score.py adds them."""
    sc = gold_score
    rows = load() if rows is None else rows
    totals: dict[str, dict] = {"targets": {}, "deadlines": {}}
    for n, row in enumerate(rows):
        found = analyse(row["text"], year=row["year"])
        pred_t = [t.to_dict() for t in found.targets]
        pred_d = [d.to_dict() for d in found.deadlines if not d.default]
        doc = f"{n}:{row['text']}"
        sc.add(totals["targets"], sc.score_targets(row["targets"], pred_t), doc)
        sc.add(totals["deadlines"], sc.score_deadlines(row["deadlines"], pred_d), doc)
    return totals


def summary(totals: dict) -> dict:
    """F1 and attribute accuracies from `score()` totals."""
    sc = gold_score
    out = {}
    for kind, t in totals.items():
        out[kind] = {"strict": sc.prf(*t["strict"]), "span": sc.prf(*t["span"])}
        out[kind]["attributes"] = {f: round(h / n, 4) if n else None for f, (h, n) in t["attributes"].items()}
    return out


def attribute_misses(rows: list[dict] | None = None) -> list[tuple[str, str, dict, dict]]:
    """(sentence, field, expected, predicted) for every matched target whose field differs."""
    sc = gold_score
    rows = load() if rows is None else rows
    out = []
    for row in rows:
        pred = [t.to_dict() for t in analyse(row["text"], year=row["year"]).targets]
        ok = lambda p, g: sc.overlaps(p, g) and sc.target_value_ok(p, g) and sc.norm_unit(p.get("unit")) == sc.norm_unit(g.get("unit"))
        for g, p in sc.match(row["targets"], pred, ok):
            for f in ("comparator", "action", "commitment", "kind", "direction"):
                if not sc.plain(p.get(f), g.get(f)):
                    out.append((row["text"], f, g, p))
            if sc.char_f1(p.get("indicator"), g.get("indicator")) < 0.5:
                out.append((row["text"], "indicator", g, p))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list up to N missed/extra lines and attribute misses")
    ap.add_argument("--batch", type=int, nargs="*", help="score only these batches (1, 2, 3; see README.md)")
    a = ap.parse_args()
    rows = [r for r in load() if not a.batch or r["batch"] in a.batch]
    totals = score(rows)
    s = summary(totals)
    print(f"held-out: {len(rows)} sentences")
    for kind, k in s.items():
        st = k["strict"]
        print(f"{kind:9s} P {st['p']:.3f} R {st['r']:.3f} F1 {st['f1']:.3f}  (tp {st['tp']}, pred {st['pred']}, "
              f"gold {st['gold']})  span-F1 {k['span']['f1']:.3f}")
        print("          " + "  ".join(f"{f} {v}" for f, v in k["attributes"].items()))
    if a.show:
        keys = ("surface", "value", "low", "high", "unit", "comparator", "due")
        for kind, t in totals.items():
            for label in ("missed", "extra"):
                for r in t[label][: a.show]:
                    show = {k: r.get(k) for k in keys if r.get(k) is not None}
                    print(f"  {kind} {label}: {json.dumps(show, ensure_ascii=False)}  <- {r['doc'].split(':', 1)[1]}")
        for text, field, g, p in attribute_misses(rows)[: a.show]:
            print(f"  {field}: {g['surface']} expected {g.get(field)!r} got {p.get(field)!r}  <- {text}")


if __name__ == "__main__":
    main()
