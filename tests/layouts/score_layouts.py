"""Score govmetrics on the layout test documents, batch by batch, as a user would run it.

    .venv/bin/python tests/layouts/score_layouts.py [BATCH ...] [--show N] [--json] [--docs ID ...]

Each batch is a folder `tests/layouts/<batch>/` with `docs/` (the documents, .txt and
any other format the library reads) and `gold/` (`<doc>.targets.jsonl`,
`<doc>.deadlines.jsonl`, `<doc>.tasks.jsonl` in the layout of spec/targets.md, offsets
into the document file read as UTF-8). This script runs `govmetrics extract DOCS
--format gold` in a fresh process, then the project's copy of the brief's scorer
(tests/gold/score.py) over the gold, one batch at a time and all batches together.
With no BATCH, every batch folder is scored. Exit status 0 (it reports, it does not judge).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "gold"))

import score as gold_score  # noqa: E402  tests/gold/score.py, identical to the brief's tools/score.py


def batches() -> list[str]:
    """Every batch folder, in name order."""
    return sorted(p.name for p in HERE.iterdir() if (p / "docs").is_dir() and (p / "gold").is_dir())


def predict(batch: str, out: Path, docs: list[str] | None = None) -> None:
    """Run the CLI over the batch's documents, writing gold-layout predictions to `out`."""
    folder = HERE / batch / "docs"
    paths = [str(p) for p in sorted(folder.iterdir()) if p.is_file() and (not docs or p.stem in docs)]
    if not paths:
        return
    cmd = [sys.executable, "-m", "govmetrics", "extract", *paths, "--format", "gold", "--out", str(out), "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: some file failed, which the scores show
        sys.exit(f"govmetrics extract failed ({done.returncode}):\n{done.stderr}")


def score(names: list[str], docs: list[str] | None = None, show: int = 0) -> dict[str, Any]:
    """Scores per batch and over all of them, in the scorer's own summary layout."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        every = Path(tmp) / "all"
        (every / "gold").mkdir(parents=True)
        (every / "pred").mkdir(parents=True)
        for batch in names:
            pred = Path(tmp) / batch
            predict(batch, pred, docs)
            gold = HERE / batch / "gold"
            ids = sorted({p.name.split(".")[0] for p in gold.glob("*.jsonl")} & (set(docs) if docs else {
                p.name.split(".")[0] for p in gold.glob("*.jsonl")}))
            for src, dst in ((gold, every / "gold"), (pred, every / "pred")):
                for p in src.glob("*.jsonl") if src.exists() else ():
                    if p.name.split(".")[0] in ids:
                        (dst / f"{batch}--{p.name}").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
            results[batch] = _run(gold, pred, ids, show)
        if len(names) > 1:
            all_ids = sorted({p.name.split(".")[0] for p in (every / "gold").glob("*.jsonl")})
            results["all"] = _run(every / "gold", every / "pred", all_ids, show)
    return results


def _run(gold: Path, pred: Path, ids: list[str], show: int) -> dict[str, Any]:
    args = ["--gold", str(gold), "--pred", str(pred), "--json", "--docs", *ids]
    from contextlib import redirect_stdout
    from io import StringIO

    buf = StringIO()
    with redirect_stdout(buf):
        gold_score.main(args)
    summary = json.loads(buf.getvalue())
    if show:
        text = StringIO()
        with redirect_stdout(text):
            gold_score.main(["--gold", str(gold), "--pred", str(pred), "--show", str(show), "--docs", *ids])
        summary["text"] = text.getvalue()
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batches", nargs="*", help=f"batch folders (default: all of {', '.join(batches())})")
    ap.add_argument("--docs", nargs="*", help="document ids to score (default: all)")
    ap.add_argument("--show", type=int, default=0, help="list up to N missed and extra lines per kind")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    names = a.batches or batches()
    unknown = [b for b in names if b not in batches()]
    if unknown:
        ap.error(f"no batch folder {', '.join(unknown)} (have: {', '.join(batches())})")
    results = score(names, a.docs, a.show)
    if a.json:
        print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "text"} for k, v in results.items()},
                         ensure_ascii=False, indent=1))
        return 0
    for name, s in results.items():
        line = f"{name:12s}"
        for kind in ("targets", "deadlines", "tasks"):
            if kind in s:
                st = s[kind]["strict"]
                line += f"  {kind} F1 {st['f1']:.3f} (P {st['p']:.3f} R {st['r']:.3f}, gold {st['gold']})"
        print(line)
        if a.show and "text" in s:
            print(s["text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
