"""Score the reading and structure stages on the held-out documents.

    .venv/bin/python tests/heldout_structure/score_structure.py [--show 30] [--docs ID ...]

Writes the documents into a temporary folder (make_docs.py), reads each one as a user
would (`reading.read_source` then `structure.build_document`), and compares the tasks
with `gold/<doc>.tasks.jsonl` using the task scoring of tests/gold/score.py (a task
matches when its start is within 3 characters), plus the section title and text_head of
each matched task, and the metadata with `gold/meta.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "gold")]

import make_docs
import score as gold_score  # tests/gold/score.py, the scorer of the corpus gold


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(paths: dict[str, Path]) -> dict[str, Any]:
    """{doc id: Document} for the written files."""
    from govmetrics.reading.source import read_source
    from govmetrics.structure import build_document

    out = {}
    for doc_id, path in paths.items():
        r = read_source(path)
        out[doc_id] = build_document(r.text, source_map=r.source_map, path=r.path, source_format=r.source_format,
                                     encoding=r.encoding, warnings=r.warnings, hints=r.hints)
    return out


def score(docs: list[str] | None = None, batches: list[int] | None = None) -> dict[str, Any]:
    """Totals over the documents (all by default, else those named or of the batches given):
    task counts, field hits, metadata hits, misses."""
    scorer = gold_score
    chosen = [d for d in make_docs.DOCS if (not docs or d.id in docs) and (not batches or d.batch in batches)]
    with tempfile.TemporaryDirectory() as tmp:
        paths = {doc.id: p for doc in chosen for p in [make_docs.write([doc], Path(tmp))[doc.id]]}
        documents = predict(paths)
    meta_gold = {m["doc"]: m for m in _load(make_docs.GOLD_DIR / "meta.jsonl")}
    total: dict[str, Any] = {"per_doc": {}, "field_misses": [], "meta": {}, "meta_misses": []}
    for doc in chosen:
        gold = _load(make_docs.GOLD_DIR / f"{doc.id}.tasks.jsonl")
        d = documents[doc.id]
        pred = [dict(t.to_dict(), doc=doc.id) for t in d.tasks]
        res = scorer.score_tasks(gold, pred)
        pairs = scorer.match(gold, pred, lambda p, g: abs(int(p["start"]) - int(g["start"])) <= 3)
        res["attributes"]["section"] = [sum(p["section"] == g["section"] for g, p in pairs), len(pairs)]
        res["attributes"]["text_head"] = [sum(p["text_head"] == g["text_head"] for g, p in pairs), len(pairs)]
        scorer.add(total, res, doc.id)
        total["per_doc"][doc.id] = scorer.prf(*res["strict"])
        keys = [*make_docs.FIELDS_SCORED]
        for g, p in pairs:
            for k in keys:
                same = scorer.as_set(p[k]) == scorer.as_set(g[k]) if isinstance(g[k], list) else p[k] == g[k]
                if not same:
                    total["field_misses"].append((doc.id, g["number"], g["text_head"], k, g[k], p[k]))
        for k, want in meta_gold[doc.id].items():
            if k == "doc":
                continue
            got = getattr(d.meta, k)
            hits = total["meta"].setdefault(k, [0, 0])
            hits[0] += got == want
            hits[1] += 1
            if got != want:
                total["meta_misses"].append((doc.id, k, want, got))
    return total


def summary(total: dict[str, Any]) -> dict[str, Any]:
    """P/R/F1 of tasks, accuracy of each field over matched tasks, accuracy of each metadata field."""
    scorer = gold_score
    return {
        "tasks": scorer.prf(*total["strict"]),
        "fields": {f: round(h / n, 4) if n else 1.0 for f, (h, n) in total["attributes"].items()},
        "meta": {k: round(h / n, 4) for k, (h, n) in total["meta"].items()},
        "per_doc": total["per_doc"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list up to N missed/extra tasks and field misses")
    ap.add_argument("--docs", nargs="*", help="document ids (default: all)")
    ap.add_argument("--batch", type=int, nargs="*", help="score only these batches (1, 2, 3; see README.md)")
    a = ap.parse_args()
    total = score(a.docs, a.batch)
    s = summary(total)
    t = s["tasks"]
    print(f"held-out structure: {len(s['per_doc'])} documents")
    print(f"tasks     P {t['p']:.3f} R {t['r']:.3f} F1 {t['f1']:.3f}  (tp {t['tp']}, pred {t['pred']}, gold {t['gold']})")
    print("          " + "  ".join(f"{f} {v}" for f, v in s["fields"].items()))
    print("metadata  " + "  ".join(f"{k} {v}" for k, v in s["meta"].items()))
    print("per doc   " + "  ".join(f"{d} {r['f1']:.2f}" for d, r in s["per_doc"].items()))
    if a.show:
        for label in ("missed", "extra"):
            for r in total[label][: a.show]:
                print(f"  {label}: {r['doc']} {r['number']} {r['start']} {r['text_head']!r} ({r['section']})")
        for doc_id, number, head, k, want, got in total["field_misses"][: a.show]:
            print(f"  {doc_id} {number} {head[:12]!r} {k}: expected {want!r} got {got!r}")
        for doc_id, k, want, got in total["meta_misses"][: a.show]:
            print(f"  meta {doc_id} {k}: expected {want!r} got {got!r}")


if __name__ == "__main__":
    main()
