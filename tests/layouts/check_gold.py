"""Check the gold of layout test batches against the written documents, and print it in context.

    .venv/bin/python tests/layouts/check_gold.py BATCH ... [--show] [--docs ID ...]

For every gold line: the keys are those of spec/targets.md §3-5 in their order, and
`text[start:start+len(surface)] == surface` (tasks: `text[start:]` begins with
`text_head`) in the document file as written on disk, decoded as UTF-8, else as the one
of GB18030 / Big5 under which every surface matches. Targets: comparator, kind,
direction and commitment take the spec's values, numbers are decimal strings, a unit
keeps no magnitude character. Deadlines: due is a date or null. `--show` prints every
line with 25 characters of context on each side (a line break shown as ⏎) to read it
once more against the spec. Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {
    "targets": ["doc", "start", "surface", "value", "low", "high", "unit", "comparator", "action", "commitment",
                "indicator", "kind", "direction"],
    "deadlines": ["doc", "start", "surface", "due", "recurring"],
    "tasks": ["doc", "section", "number", "start", "text_head", "leaders", "assisting_leaders", "lead_units",
              "cooperating_units", "responsible_units", "units_open"],
}
MAGNITUDE = re.compile(r"^(十|百(?!分)|千(?!瓦|米|克)|万|萬|亿|億)")


def decode(path: Path, surfaces: list[tuple[int, str]]) -> tuple[str, str]:
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if all(text[s:s + len(x)] == x for s, x in surfaces):
            return text, enc
    return raw.decode("utf-8", errors="replace"), "?"


def is_dec(x) -> bool:
    try:
        Decimal(x)
        return isinstance(x, str)
    except (InvalidOperation, TypeError):
        return False


def check_doc(folder: Path, doc: str, show: bool) -> list[str]:
    errors: list[str] = []
    rows = {k: [json.loads(l) for l in (folder / "gold" / f"{doc}.{k}.jsonl").read_text(encoding="utf-8").splitlines()
                if l.strip()] for k in KEYS}
    anchors = [(r["start"], r["surface"]) for k in ("targets", "deadlines") for r in rows[k]]
    anchors += [(r["start"], r["text_head"]) for r in rows["tasks"]]
    text, enc = decode(folder / "docs" / f"{doc}.txt", anchors)
    if enc == "?":
        errors.append(f"{doc}: no encoding makes every surface match")
    for kind, lines in rows.items():
        for r in lines:
            where = f"{doc}.{kind} @{r.get('start')}"
            if list(r) != KEYS[kind]:
                errors.append(f"{where}: keys {list(r)}")
                continue
            if r["doc"] != doc:
                errors.append(f"{where}: doc {r['doc']!r}")
            anchor = r["text_head"] if kind == "tasks" else r["surface"]
            if not anchor or text[r["start"]:r["start"] + len(anchor)] != anchor:
                errors.append(f"{where}: {anchor!r} is not at its start")
            if kind == "targets":
                if r["comparator"] not in {"=", ">=", ">", "<=", "<", "~"}:
                    errors.append(f"{where}: comparator {r['comparator']!r}")
                if r["kind"] not in {"level", "increment", "growth", "change"}:
                    errors.append(f"{where}: kind {r['kind']!r}")
                if r["direction"] not in {"up", "down", None} or r["commitment"] not in {"firm", "aim", None}:
                    errors.append(f"{where}: direction / commitment")
                nums = [r["value"]] if r["value"] is not None else [r["low"], r["high"]]
                if not all(is_dec(x) for x in nums) or (r["value"] is not None and (r["low"] or r["high"])):
                    errors.append(f"{where}: value / low / high {nums}")
                if r["unit"] and MAGNITUDE.match(r["unit"]):
                    errors.append(f"{where}: unit {r['unit']!r} keeps a magnitude")
            elif kind == "deadlines":
                if r["due"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["due"]):
                    errors.append(f"{where}: due {r['due']!r}")
                if not isinstance(r["recurring"], bool):
                    errors.append(f"{where}: recurring")
            else:
                for f in ("leaders", "assisting_leaders", "lead_units", "cooperating_units", "responsible_units"):
                    if not all(isinstance(x, str) and x and x == x.strip() for x in r[f]):
                        errors.append(f"{where}: {f} {r[f]}")
    starts = [r["start"] for r in rows["tasks"]]
    if len(starts) != len(set(starts)):
        errors.append(f"{doc}: two tasks share a start")
    if show:
        print(f"=== {doc} ({enc}, {len(text)} chars): {len(rows['targets'])} targets, "
              f"{len(rows['deadlines'])} deadlines, {len(rows['tasks'])} tasks")
        events = [(r["start"], kind, r) for kind, lines in rows.items() for r in lines]
        for start, kind, r in sorted(events, key=lambda e: (e[0], e[1])):
            anchor = r["text_head"] if kind == "tasks" else r["surface"]
            ctx = (text[max(0, start - 25):start] + "【" + anchor + "】" + text[start + len(anchor):start + len(anchor) + 25])
            ctx = ctx.replace("\n", "⏎")
            if kind == "targets":
                val = r["value"] if r["value"] is not None else f"{r['low']}~{r['high']}"
                info = (f"T {val} {r['unit']} {r['comparator']} act={r['action']} com={r['commitment']} "
                        f"ind={r['indicator']} {r['kind']} {r['direction']}")
            elif kind == "deadlines":
                info = f"D due={r['due']}" + (" recurring" if r["recurring"] else "")
            else:
                info = (f"K n={r['number']} sec={r['section']} L={r['leaders']} A={r['assisting_leaders']} "
                        f"P={r['lead_units']} C={r['cooperating_units']} R={r['responsible_units']}"
                        + (" open" if r["units_open"] else ""))
            print(f"  {start:5d} {info}\n        {ctx}")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batches", nargs="+")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--docs", nargs="*")
    a = ap.parse_args(argv)
    errors: list[str] = []
    n = 0
    for batch in a.batches:
        folder = HERE / batch
        for p in sorted((folder / "docs").iterdir()):
            if a.docs and p.stem not in a.docs:
                continue
            missing = [k for k in KEYS if not (folder / "gold" / f"{p.stem}.{k}.jsonl").exists()]
            errors += [f"{p.stem}: no {k} gold file" for k in missing]
            if not missing:
                errors += check_doc(folder, p.stem, a.show)
                n += 1
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"checked {n} documents: {len(errors)} errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
