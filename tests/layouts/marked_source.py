"""Build layout test documents and their gold from hand-marked sources.

    .venv/bin/python tests/layouts/marked_source.py BATCH [--context] [--numerals] [--docs ID ...]

A batch folder `tests/layouts/<BATCH>/` keeps its sources in `source/<doc>.src`. A
source is the document text with inline marks; every gold value is written by hand in
the marks. This script only removes the marks, computes each mark's `start` (code
points into the written text), writes `docs/<doc>.txt` and `gold/<doc>.*.jsonl`, and
checks that every gold line's surface stands at its offset in the file as written.
Nothing here reads the library.

Marks (fields separated by `|`, lists inside a field by `/`):

  {T:surface|value|unit|cmp|action|commitment|indicator|kind|direction}
      a target; emits `surface`. value `1..2` is a range (low..high); `-` is null;
      commitment f(firm)/a(aim)/-; kind L(level)/I(increment)/G(growth)/C(change);
      direction u/d/-.
  {T^:surface|...}   a second target on the same surface as the previous {T}; emits nothing.
  {D:surface|due}    a written deadline; due YYYY-MM-DD, `-` (null) or `R` (recurring, null).
  {K:number|leaders|assisting|lead|cooperating|responsible|open}
      a task starts here (first character of its own text); emits nothing. open: 1 or empty.
      text_head is computed: the first 20 characters, cut at a line break or tab, without
      trailing spaces or table bars.
  {K:number|leaders|assisting|lead|cooperating|responsible|open|head}
      the same, with text_head written by hand (it must stand at the task's start); used
      where a head keeps its trailing space (t1-prose f05a).
  {S:heading}        a section heading; emits the heading and makes it the section of
                     the tasks that follow.
  {SX:heading}       sets the section without emitting anything (a title split over lines).

Header lines `#! encoding: gb18030` set the file's encoding (default utf-8) and
`#! newline: crlf` its line ends (default LF; offsets then count the CR too); lines
starting with `#-` are annotator notes and are dropped with their line break.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{(T\^|T|D|K|SX|S):([^{}]*)\}")
KINDS = {"L": "level", "I": "increment", "G": "growth", "C": "change"}
DIRS = {"u": "up", "d": "down", "-": None}
COMMITS = {"f": "firm", "a": "aim", "-": None}
CMPS = {"=", ">=", ">", "<=", "<", "~"}
NUMERAL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二三四五六七八九十百千万亿两兩萬億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+")


def _null(s: str) -> str | None:
    return None if s in ("-", "") else s


def _list(s: str) -> list[str]:
    return [x for x in s.split("/") if x] if s else []


class Doc:
    """One marked source, read into its text and gold lines."""

    def __init__(self, path: Path) -> None:
        self.id = path.name[: -len(".src")]
        self.path = path
        self.encoding = "utf-8"
        crlf = False
        raw = path.read_text(encoding="utf-8")
        body: list[str] = []
        for line in raw.splitlines(keepends=True):
            if line.startswith("#!"):
                key, _, val = line[2:].partition(":")
                if key.strip() == "encoding":
                    self.encoding = val.strip()
                crlf = crlf or (key.strip() == "newline" and val.strip().lower() == "crlf")
                continue
            if line.startswith("#-"):
                continue
            body.append(line)
        self.targets: list[dict] = []
        self.deadlines: list[dict] = []
        self.tasks: list[dict] = []
        self.text = self._parse("".join(body))
        if crlf:
            self._with_crlf()

    def _with_crlf(self) -> None:
        """The text with CRLF line ends, every offset and surface moved to match."""
        before = [0]
        for ch in self.text:
            before.append(before[-1] + (ch == "\n"))
        for row in (*self.targets, *self.deadlines, *self.tasks):
            row["start"] += before[row["start"]]
            if "surface" in row:
                row["surface"] = row["surface"].replace("\n", "\r\n")
        self.text = self.text.replace("\n", "\r\n")

    def _fail(self, msg: str) -> None:
        sys.exit(f"{self.path}: {msg}")

    def _parse(self, src: str) -> str:
        out: list[str] = []
        pos = 0
        n = 0  # length of the text emitted so far
        section: str | None = None
        last_t: dict | None = None
        for m in MARK.finditer(src):
            plain = src[pos : m.start()]
            if "{" in plain or "}" in plain:
                self._fail(f"stray brace near {plain[-40:]!r}")
            out.append(plain)
            n += len(plain)
            pos = m.end()
            kind, fields = m.group(1), m.group(2).split("|")
            if kind in ("T", "T^"):
                if len(fields) != 9:
                    self._fail(f"target mark needs 9 fields: {m.group(0)}")
                surface, value, unit, cmp_, action, commit, indicator, k, d = fields
                if cmp_ not in CMPS or k not in KINDS or d not in DIRS or commit not in COMMITS:
                    self._fail(f"bad code in {m.group(0)}")
                low = high = None
                if ".." in value:
                    low, high = value.split("..")
                    value = None
                for v in (value, low, high):
                    if v is not None:
                        Decimal(v)
                if kind == "T^":
                    if last_t is None or last_t["surface"] != surface:
                        self._fail(f"T^ must follow a T with the same surface: {m.group(0)}")
                    start = last_t["start"]
                else:
                    start = n
                    out.append(surface)
                    n += len(surface)
                row = {"doc": self.id, "start": start, "surface": surface, "value": value, "low": low,
                       "high": high, "unit": _null(unit), "comparator": cmp_, "action": _null(action),
                       "commitment": COMMITS[commit], "indicator": indicator, "kind": KINDS[k],
                       "direction": DIRS[d]}
                self.targets.append(row)
                last_t = row
            elif kind == "D":
                if len(fields) != 2:
                    self._fail(f"deadline mark needs 2 fields: {m.group(0)}")
                surface, due = fields
                if due not in ("-", "R") and not re.fullmatch(r"\d{4}-\d\d-\d\d", due):
                    self._fail(f"bad due in {m.group(0)}")
                self.deadlines.append({"doc": self.id, "start": n, "surface": surface,
                                       "due": None if due in ("-", "R") else due, "recurring": due == "R"})
                out.append(surface)
                n += len(surface)
            elif kind == "K":
                if len(fields) not in (7, 8):
                    self._fail(f"task mark needs 7 or 8 fields: {m.group(0)}")
                number, leaders, assist, lead, coop, resp, open_ = fields[:7]
                self.tasks.append({"doc": self.id, "section": section, "number": number, "start": n,
                                   "text_head": fields[7] if len(fields) == 8 else None,
                                   "leaders": _list(leaders), "assisting_leaders": _list(assist),
                                   "lead_units": _list(lead), "cooperating_units": _list(coop),
                                   "responsible_units": _list(resp), "units_open": open_ == "1"})
            elif kind == "S":
                section = fields[0]
                out.append(fields[0])
                n += len(fields[0])
            elif kind == "SX":
                section = fields[0]
        tail = src[pos:]
        if "{" in tail or "}" in tail:
            self._fail(f"stray brace near {tail[:40]!r}")
        out.append(tail)
        text = "".join(out)
        for t in self.tasks:
            if t["text_head"] is not None:
                continue
            head = re.split(r"[\n\t]", text[t["start"] : t["start"] + 20])[0]
            t["text_head"] = re.sub(r"\s*\|+\s*$", "", head).rstrip()
        return text

    def lines(self, kind: str) -> list[dict]:
        rows = {"targets": self.targets, "deadlines": self.deadlines, "tasks": self.tasks}[kind]
        return sorted(rows, key=lambda r: r["start"])


def read(path: Path) -> Doc:
    """The marked source at `path`, read; a task number or section written `-` is null (a
    keyword item without a number, a list without headings)."""
    doc = Doc(path)
    for t in doc.tasks:
        for key in ("number", "section"):
            if t[key] == "-":
                t[key] = None
    return doc


def write(batch: Path, doc: Doc) -> None:
    """Write the document and its three gold files, then check them as written."""
    (batch / "docs").mkdir(exist_ok=True)
    (batch / "gold").mkdir(exist_ok=True)
    path = batch / "docs" / f"{doc.id}.txt"
    path.write_bytes(doc.text.encode(doc.encoding))
    for kind in ("targets", "deadlines", "tasks"):
        rows = doc.lines(kind)
        (batch / "gold" / f"{doc.id}.{kind}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    check(batch, doc.id, doc.encoding)


def check(batch: Path, doc_id: str, encoding: str) -> None:
    """Every gold surface stands at its offset in the file as decoded; every task's head too."""
    text = (batch / "docs" / f"{doc_id}.txt").read_bytes().decode(encoding)
    for kind in ("targets", "deadlines"):
        for r in map(json.loads, (batch / "gold" / f"{doc_id}.{kind}.jsonl").read_text(encoding="utf-8").splitlines()):
            if text[r["start"] : r["start"] + len(r["surface"])] != r["surface"]:
                sys.exit(f"{doc_id}: {kind} surface {r['surface']!r} not at {r['start']}")
    for r in map(json.loads, (batch / "gold" / f"{doc_id}.tasks.jsonl").read_text(encoding="utf-8").splitlines()):
        if not text[r["start"] :].startswith(r["text_head"]) or not r["text_head"]:
            sys.exit(f"{doc_id}: task {r['number']} head {r['text_head']!r} not at {r['start']}")


MAG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}


def value_warning(row: dict) -> str | None:
    """Cross-check a hand-written value against the Arabic digits and 万/亿 of its surface."""
    s = unicodedata.normalize("NFKC", row["surface"])
    m = re.match(r"(\d+(?:\.\d+)?)(?:[至到\-—~～](\d+(?:\.\d+)?))?(多|余)?(千万|百万|万亿|万|亿|萬|億)?", s)
    if not m:
        return None
    mult = MAG.get(m.group(4) or "", 1) if m.group(4) not in ("千万", "百万", "万亿") else {
        "千万": 10**7, "百万": 10**6, "万亿": 10**12}[m.group(4)]
    want = Decimal(m.group(1)) * mult
    if m.group(2):
        ok = row["low"] is not None and Decimal(row["low"]) == want and Decimal(row["high"]) == Decimal(m.group(2)) * mult
    else:
        ok = row["value"] is not None and Decimal(row["value"]) == want
    return None if ok else f"value {row['value'] or (row['low'], row['high'])} vs surface {row['surface']}"


def show_context(doc: Doc, width: int = 18) -> None:
    """Print each gold line in its context, for reading against the spec."""
    t = doc.text
    print(f"==== {doc.id} ({doc.encoding})")
    events = [(r["start"], "T", r) for r in doc.targets] + [(r["start"], "D", r) for r in doc.deadlines] + [
        (r["start"], "K", r) for r in doc.tasks]
    for start, kind, r in sorted(events, key=lambda e: (e[0], "KTD".index(e[1]))):
        if kind == "K":
            print(f"\n  TASK {r['number']} @{start} §{r['section']}\n     {r['text_head']}")
            print(f"     L={r['leaders']} A={r['assisting_leaders']} lead={r['lead_units']} coop={r['cooperating_units']}"
                  f" resp={r['responsible_units']} open={r['units_open']}")
            continue
        end = start + len(r["surface"])
        ctx = (t[max(0, start - width) : start] + "【" + r["surface"] + "】" + t[end : end + 6]).replace("\n", "⏎")
        if kind == "T":
            val = r["value"] if r["value"] is not None else f"{r['low']}..{r['high']}"
            print(f"   T {ctx}\n       = {val} {r['unit']} {r['comparator']} act={r['action']} com={r['commitment']}"
                  f" ind={r['indicator']} {r['kind']}/{r['direction']}")
        else:
            print(f"   D {ctx}  -> {r['due']}{' recurring' if r['recurring'] else ''}")


def show_numerals(doc: Doc) -> None:
    """Print every numeral run that no target or deadline covers, for review."""
    covered = [(r["start"], r["start"] + len(r["surface"])) for r in doc.targets + doc.deadlines]
    t = doc.text
    print(f"==== {doc.id}: numerals outside gold lines")
    for m in NUMERAL.finditer(t):
        if any(s <= m.start() < e for s, e in covered):
            continue
        line_start = t.rfind("\n", 0, m.start()) + 1
        print(f"   @{m.start()} {m.group(0)!r:10s} " + t[max(line_start, m.start() - 14) : m.end() + 8].replace("\n", "⏎"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch")
    ap.add_argument("--docs", nargs="*")
    ap.add_argument("--context", action="store_true", help="print every gold line in context")
    ap.add_argument("--numerals", action="store_true", help="print numerals no gold line covers")
    a = ap.parse_args(argv)
    batch = HERE / a.batch
    sources = sorted((batch / "source").glob("*.src"))
    total = {"targets": 0, "deadlines": 0, "tasks": 0}
    for path in sources:
        doc = read(path)
        if a.docs and doc.id not in a.docs:
            continue
        write(batch, doc)
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
        print(f"{doc.id:32s} targets {len(doc.targets):3d}  deadlines {len(doc.deadlines):3d}  tasks {len(doc.tasks):3d}"
              f"  chars {len(doc.text)}")
    print(f"{'total':32s} targets {total['targets']:3d}  deadlines {total['deadlines']:3d}  tasks {total['tasks']:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
