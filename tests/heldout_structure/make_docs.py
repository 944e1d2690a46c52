"""Write the held-out documents and their gold files.

    .venv/bin/python tests/heldout_structure/make_docs.py [--out DIR]

writes every document (.txt in its encoding, .html, .docx built with python-docx) into
DIR (default: a temporary folder, printed) and rewrites `gold/<doc>.tasks.jsonl` and
`gold/meta.jsonl`. The expected fields are the hand-written ones in documents_*.py;
this script only finds each marked statement in the text the reader returns, for `start`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from documents_a import DONGPU, MEICHENG, NANLING, QINGHE, TAOXI
from documents_b import DIANSHAN, FENGYANG, JIANGLING, LINJIANG, SANJIANGKOU, XISHAN
from documents_c import BAISHUI, HEXI, QIAOTOU, XIANGYANG, YUNXI
from documents_d import (
    HENGYANG,
    HUALIN,
    JINGXI,
    LONGQUAN,
    NANHU,
    QINGSHUI,
    SHICHENG,
    SHUANGXI,
    YUHE,
)
from heldout_common import Doc, dump_jsonl, gold, write

DOCS: list[Doc] = [QINGHE, DONGPU, NANLING, MEICHENG, TAOXI, FENGYANG, JIANGLING, DIANSHAN, LINJIANG, XISHAN,
                   SANJIANGKOU, BAISHUI, YUNXI, QIAOTOU, HEXI, XIANGYANG,
                   LONGQUAN, SHUANGXI, NANHU, QINGSHUI, HENGYANG, YUHE, SHICHENG, HUALIN, JINGXI]
GOLD_DIR = HERE / "gold"
FIELDS_SCORED = ("section", "number", "text_head", "leaders", "assisting_leaders", "lead_units",
                 "cooperating_units", "responsible_units", "units_open")
META_KEYS = ("title", "issuer", "doc_number", "doc_agency", "doc_year", "doc_serial", "year")


def build(folder: Path) -> tuple[dict[str, Path], dict[str, str], str]:
    """Write the documents into `folder`; return their paths, each document's gold tasks
    (JSON Lines) and the metadata gold (JSON Lines)."""
    from govmetrics.reading.source import read_source

    paths = write(DOCS, folder)
    tasks = {doc.id: dump_jsonl(gold(doc, read_source(paths[doc.id]).text)) for doc in DOCS}
    meta = dump_jsonl([{"doc": doc.id, **{k: doc.meta[k] for k in META_KEYS}} for doc in DOCS])
    return paths, tasks, meta


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="folder for the documents (default: a new temporary folder)")
    a = ap.parse_args()
    folder = a.out or Path(tempfile.mkdtemp(prefix="heldout_structure_"))
    paths, tasks, meta = build(folder)
    GOLD_DIR.mkdir(exist_ok=True)
    for doc_id, rows in tasks.items():
        (GOLD_DIR / f"{doc_id}.tasks.jsonl").write_text(rows, encoding="utf-8")
    (GOLD_DIR / "meta.jsonl").write_text(meta, encoding="utf-8")
    n = sum(len(r.splitlines()) for r in tasks.values())
    print(f"{len(paths)} documents in {folder}; {n} gold tasks in {GOLD_DIR}")


if __name__ == "__main__":
    main()
