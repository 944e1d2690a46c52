"""Build the t3-heldback layout batch: docs/ and gold/ from the hand-marked sources in source/.

    .venv/bin/python tests/layouts/t3-heldback/make_docs.py [--context] [--numerals] [--docs ID ...]

Every gold value is written by hand in the marks of `source/<doc>.src` (syntax in
`../marked_source.py`). This script reads the sources with `marked_source.Doc`, turns a
task number or section written `-` into null (keyword items without a number, lists
without headings), and writes and checks the files with `marked_source.write`. It never
calls the library.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from marked_source import Doc, show_context, show_numerals, value_warning, write  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", nargs="*")
    ap.add_argument("--context", action="store_true", help="print every gold line in context")
    ap.add_argument("--numerals", action="store_true", help="print numerals no gold line covers")
    a = ap.parse_args(argv)
    total = {"targets": 0, "deadlines": 0, "tasks": 0}
    for path in sorted((HERE / "source").glob("*.src")):
        doc = Doc(path)
        if a.docs and doc.id not in a.docs:
            continue
        for t in doc.tasks:
            if t["number"] == "-":
                t["number"] = None
            if t["section"] == "-":
                t["section"] = None
        write(HERE, doc)
        for r in doc.targets:
            w = value_warning(r)
            if w:
                print(f"WARNING {doc.id} @{r['start']}: {w}")
        for k in total:
            total[k] += len(getattr(doc, k))
        if a.context:
            show_context(doc)
        if a.numerals:
            show_numerals(doc)
        print(f"{doc.id:36s} targets {len(doc.targets):3d}  deadlines {len(doc.deadlines):3d}  tasks {len(doc.tasks):3d}"
              f"  chars {len(doc.text)}  {doc.encoding}")
    print(f"{'total':36s} targets {total['targets']:3d}  deadlines {total['deadlines']:3d}  tasks {total['tasks']:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
