"""Write layout test documents and their hand-made gold from a source text with inline marks.

The marks are written by hand in each batch's `make_docs.py`; this module only removes
them, computes each mark's `start` offset (code points of the text as written) and
writes `docs/<id>.txt` and `gold/<id>.{targets,deadlines,tasks}.jsonl` in the layout of
spec/targets.md §3-5. No value is computed here except `start` and `text_head` (the
first 20 characters of the task's text, cut at a line break).

Marks (every field written by hand):

- target   `{{surface|value|unit|cmp|action|commitment|indicator|kind|direction}}`
  value `a~b` is a range (low a, high b, value null); unit / action / indicator `-` is
  null; commitment `f` firm, `a` aim, `-` null; kind `L` level, `I` increment, `G`
  growth, `C` change; direction `u` up, `d` down, `-` null. Several target lines on one
  surface (各 / 均): the fields after the surface repeat, separated by `;;`.
- deadline `<<surface|due>>` or `<<surface|due|r>>` (recurring); due `-` is null.
- task     `[[T n=1;L=a/b;A=..;P=..;C=..;R=..;open;s=..]]` at the first character of
  the task's own text (after its number): n number as written (`-` null), L leaders,
  A assisting leaders, P lead units, C cooperating units, R responsible units (names
  separated by `/`), `open` sets units_open, `s=` overrides the section.
- section  `[[S heading as written]]` sets the section of the tasks after it (`[[S -]]`
  sets null); it writes no text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

MARK = re.compile(r"\{\{(.*?)\}\}|<<(.*?)>>|\[\[(.*?)\]\]", re.S)
KINDS = {"L": "level", "I": "increment", "G": "growth", "C": "change"}
DIRS = {"u": "up", "d": "down", "-": None}
COMMITS = {"f": "firm", "a": "aim", "-": None}
CMPS = {"=", ">=", ">", "<=", "<", "~"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STRAY = ("{{", "}}", "<<", ">>", "[[", "]]")


@dataclass
class Doc:
    """One test document: its id (file stem), the encoding it is written in, and its marked source."""

    id: str
    source: str
    encoding: str = "utf-8"
    family: str = ""
    features: str = ""
    text: str = ""
    targets: list[dict] = field(default_factory=list)
    deadlines: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)


def _none(x: str) -> str | None:
    return None if x == "-" else x


def _target(doc: str, start: int, surface: str, spec: str) -> dict:
    f = spec.split("|")
    if len(f) != 8:
        raise ValueError(f"{doc}: target {surface!r} needs 8 fields after the surface, has {len(f)}: {spec!r}")
    value, unit, cmp, action, commit, indicator, kind, direction = (x.strip() for x in f)
    if cmp not in CMPS or commit not in COMMITS or kind not in KINDS or direction not in DIRS:
        raise ValueError(f"{doc}: target {surface!r}: bad comparator/commitment/kind/direction in {spec!r}")
    low = high = None
    if "~" in value:
        low, high = value.split("~")
        value = None
    return {"doc": doc, "start": start, "surface": surface, "value": value, "low": low, "high": high,
            "unit": _none(unit), "comparator": cmp, "action": _none(action), "commitment": COMMITS[commit],
            "indicator": _none(indicator), "kind": KINDS[kind], "direction": DIRS[direction]}


def _names(x: str) -> list[str]:
    return [n for n in x.split("/") if n]


def build(d: Doc) -> Doc:
    """Remove the marks from `d.source`, filling `d.text` and the gold lines."""
    out: list[str] = []
    pos = 0
    length = 0
    section: str | None = None
    pending_tasks: list[dict] = []
    for m in MARK.finditer(d.source):
        piece = d.source[pos:m.start()]
        out.append(piece)
        length += len(piece)
        pos = m.end()
        tgt, dl, tk = m.groups()
        if tgt is not None:
            surface, _, rest = tgt.partition("|")
            for spec in rest.split(";;"):
                d.targets.append(_target(d.id, length, surface, spec))
            out.append(surface)
            length += len(surface)
        elif dl is not None:
            f = dl.split("|")
            surface, due = f[0], f[1]
            if due != "-" and not DATE.match(due):
                raise ValueError(f"{d.id}: deadline {surface!r}: bad due {due!r}")
            d.deadlines.append({"doc": d.id, "start": length, "surface": surface, "due": _none(due),
                                "recurring": len(f) > 2 and f[2] == "r"})
            out.append(surface)
            length += len(surface)
        else:
            kind, _, body = tk.partition(" ")
            if kind == "S":
                section = _none(body.strip())
                continue
            if kind != "T":
                raise ValueError(f"{d.id}: unknown mark [[{tk}]]")
            fields: dict[str, str] = {}
            for item in body.split(";"):
                item = item.strip()
                if item:
                    k, _, v = item.partition("=")
                    fields[k] = v
            task = {"doc": d.id, "section": _none(fields["s"]) if "s" in fields else section,
                    "number": _none(fields.get("n", "-")), "start": length, "text_head": None,
                    "leaders": _names(fields.get("L", "")), "assisting_leaders": _names(fields.get("A", "")),
                    "lead_units": _names(fields.get("P", "")), "cooperating_units": _names(fields.get("C", "")),
                    "responsible_units": _names(fields.get("R", "")), "units_open": "open" in fields}
            d.tasks.append(task)
            pending_tasks.append(task)
    out.append(d.source[pos:])
    d.text = "".join(out)
    for s in STRAY:
        if s in d.text:
            raise ValueError(f"{d.id}: a mark was left in the text ({s!r} at {d.text.index(s)})")
    for t in pending_tasks:
        t["text_head"] = d.text[t["start"]:t["start"] + 20].split("\n")[0]
    return d


def write(docs: list[Doc], folder: Path) -> None:
    """Write every document and its three gold files under `folder/docs` and `folder/gold`."""
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate document ids")
    for d in docs:
        build(d)
        (folder / "docs" / f"{d.id}.txt").write_bytes(d.text.encode(d.encoding))
        for kind in ("targets", "deadlines", "tasks"):
            rows = sorted(getattr(d, kind), key=lambda r: r["start"])
            (folder / "gold" / f"{d.id}.{kind}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
