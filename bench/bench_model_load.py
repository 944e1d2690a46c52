"""Load time of the pkuseg model in its three possible forms, and segmentation speed on corpora/.

Forms compared, each loaded RUNS times in a fresh Python process (the OS file cache is
warm after the first run; min and median reported, runs interleaved so background
load hits all forms alike):
  pkl      the fetched folder as is: features.pkl + weights.npz (what govmetrics loads)
  msgpack  features.pkl converted to features.msgpack, the form spacy-pkuseg reads first
  to_disk  a whole initialized Language saved with nlp.to_disk and read with spacy.load
The import of spaCy and govmetrics is timed apart (it is paid once whatever the form).
Then the tokenizer (fetched model + user dictionary, and without the dictionary)
segments every corpus document; best of 3 per document, characters per second overall.
When ../shared/gold exists, it also counts the gold target and deadline surfaces that
are whole tokens (`doc.char_span` in strict mode finds them), with and without the
dictionary.

Run: .venv/bin/python bench/bench_model_load.py [RUNS]   (needs `govmetrics model fetch` first)
"""

from __future__ import annotations

import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import srsly

from govmetrics.nlp import segmentation
from govmetrics.nlp.tokenizer import blank_nlp

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5

# Each snippet prints "<import seconds> <load seconds>" from a fresh interpreter.
LOAD_FOLDER = """
import sys, time
t0 = time.perf_counter()
from govmetrics.nlp.tokenizer import blank_nlp
t1 = time.perf_counter()
nlp = blank_nlp(sys.argv[1])
t2 = time.perf_counter()
assert len(nlp("新增二级以上幼儿园25所")) > 1
print(t1 - t0, t2 - t1)
"""
LOAD_SAVED = """
import sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
nlp = spacy.load(sys.argv[1])
t2 = time.perf_counter()
assert len(nlp("新增二级以上幼儿园25所")) > 1
print(t1 - t0, t2 - t1)
"""


def make_forms(model: Path, tmp: Path) -> dict[str, tuple[str, Path]]:
    """Build the msgpack folder and the to_disk folder beside the fetched one; print their cost."""
    msgpack = tmp / "msgpack"
    msgpack.mkdir()
    os.symlink(model / "weights.npz", msgpack / "weights.npz")
    t = time.perf_counter()
    with open(model / "features.pkl", "rb") as f:
        data = pickle.load(f)
    # the layout FeatureExtractor.save writes
    srsly.write_msgpack(msgpack / "features.msgpack", {
        "unigram": sorted(data["unigram"]), "bigram": sorted(data["bigram"]),
        "feature_to_idx": data["feature_to_idx"], "tag_to_idx": data["tag_to_idx"],
    })
    print(f"convert features.pkl -> features.msgpack: {time.perf_counter() - t:.2f} s, "
          f"{(msgpack / 'features.msgpack').stat().st_size / 1e6:.1f} MB "
          f"(features.pkl {(model / 'features.pkl').stat().st_size / 1e6:.1f} MB)")
    saved = tmp / "to_disk"
    t = time.perf_counter()
    blank_nlp(model).to_disk(saved)
    size = sum(f.stat().st_size for f in saved.rglob("*") if f.is_file())
    print(f"nlp.to_disk (includes the load): {time.perf_counter() - t:.2f} s, {size / 1e6:.1f} MB")
    return {"pkl": (LOAD_FOLDER, model), "msgpack": (LOAD_FOLDER, msgpack), "to_disk": (LOAD_SAVED, saved)}


def time_loads(forms: dict[str, tuple[str, Path]]) -> None:
    loads: dict[str, list[float]] = {name: [] for name in forms}
    imports: list[float] = []
    for _ in range(RUNS):
        for name, (code, path) in forms.items():
            out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
            imp, load = map(float, out.stdout.split())
            loads[name].append(load)
            imports.append(imp)
    print(f"\nload time, {RUNS} fresh processes each (seconds):")
    print(f"  {'form':8} {'min':>6} {'median':>7}")
    for name, xs in loads.items():
        print(f"  {name:8} {min(xs):6.2f} {statistics.median(xs):7.2f}")
    best = min(loads, key=lambda n: statistics.median(loads[n]))
    for name, xs in loads.items():
        print(f"  {name} / {best} (median): {statistics.median(xs) / statistics.median(loads[best]):.2f}")
    print(f"  import spacy + govmetrics: median {statistics.median(imports):.2f} s")


def time_segmentation() -> None:
    docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpora").glob("*.txt"))]
    chars = sum(len(text) for _, text in docs)
    print(f"\nsegmentation of corpora/ ({len(docs)} documents, {chars:,} characters), best of 3 per document:")
    for label, user_dict in (("with user dictionary", True), ("without user dictionary", False)):
        nlp = blank_nlp(user_dict=user_dict)
        seconds = 0.0
        for _, text in docs:
            best = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                nlp(text)
                best = min(best, time.perf_counter() - t)
            seconds += best
        print(f"  {label:24} {chars / seconds:10,.0f} characters/s")


def gold_alignment() -> None:
    gold = ROOT.parent / "shared" / "gold"
    if not gold.is_dir():
        print(f"\n{gold} not found: gold surface alignment not measured")
        return
    rows = [json.loads(line) for kind in ("targets", "deadlines")
            for f in sorted(gold.glob(f"*.{kind}.jsonl")) for line in f.open(encoding="utf-8")]
    print(f"\ngold target and deadline surfaces that are whole tokens ({len(rows)} surfaces):")
    for label, user_dict in (("with user dictionary", True), ("without user dictionary", False)):
        nlp = blank_nlp(user_dict=user_dict)
        docs = {doc_id: nlp((ROOT / "corpora" / f"{doc_id}.txt").read_text(encoding="utf-8"))
                for doc_id in {r["doc"] for r in rows}}
        aligned = sum(docs[r["doc"]].char_span(r["start"], r["start"] + len(r["surface"])) is not None for r in rows)
        print(f"  {label:24} {aligned}/{len(rows)}")


def main() -> None:
    model = segmentation.require_model()
    print(f"model: {model}")
    with tempfile.TemporaryDirectory() as tmp:
        time_loads(make_forms(model, Path(tmp)))
    time_segmentation()
    gold_alignment()


if __name__ == "__main__":
    main()
