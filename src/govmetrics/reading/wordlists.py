"""Word's automatic list numbers: the label a numbered paragraph shows (一、 1. （1） ①).

A task list typed in Word often numbers its items with the list feature rather than by
hand: the number is then in no paragraph's text but in the numbering part, and python-docx
does not render it. Without it an item is no item (the structure stage finds a task by its
label). `Numbering(document).label(paragraph)` gives the label Word shows, counting the
paragraphs of each list as Word does: the paragraph's own list and level (or its style's),
each level counted from its start, deeper levels starting again under a new item. Written
by hand because no maintained library renders Word's numbering; the formats Chinese
documents use are covered (Arabic, Chinese, circled and bracketed numbers, Roman numbers,
letters: structure.toml [word_lists]), others give no label.
"""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.labels import data

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def number_text(n: int, fmt: str) -> str | None:
    """`n` written in Word's number format `fmt` (None for a format not covered; the
    formats are data: structure.toml [word_lists])."""
    table = data()["word_lists"]
    if fmt in table["digits"]:
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in table["chinese"] or fmt in table["financial"]:
        # cn2an, not numbers.writing: reading is a stage before numbers (tests/test_architecture.py)
        import cn2an

        return cn2an.an2cn(n, "up" if fmt in table["financial"] else "low")
    marks = data()["numbering"][table["marks"][fmt]] if fmt in table["marks"] else table["stems"] * (
        fmt == "ideographTraditional")
    if marks:
        return marks[n - 1] if 0 < n <= len(marks) else None
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter") and n <= 26:
        return chr((65 if fmt == "upperLetter" else 97) + n - 1)
    return None


class Numbering:
    """The lists of a python-docx `Document`, counted paragraph by paragraph in reading order."""

    def __init__(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):  # a file with no numbering part
            root = None
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        # numId → (its abstract list, its levels, the levels it starts again: Word's "restart numbering")
        self.lists: dict[str, tuple[str, dict[int, tuple[int, str, str]], set[int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}  # by abstract list: Word counts on across its instances
        self.seen: set[str] = set()
        if root is None:
            return
        for a in root.iter(f"{_W}abstractNum"):
            abstract[a.get(f"{_W}abstractNumId")] = {int(lvl.get(f"{_W}ilvl")): _level(lvl) for lvl in a.iter(f"{_W}lvl")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            abstract_id = ref.get(f"{_W}val") if ref is not None else ""
            levels, restarted = dict(abstract.get(abstract_id, {})), set()
            for override in num.iter(f"{_W}lvlOverride"):
                start = override.find(f"{_W}startOverride")
                ilvl = int(override.get(f"{_W}ilvl"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = (int(start.get(f"{_W}val")), *levels[ilvl][1:])
                    restarted.add(ilvl)
            self.lists[num.get(f"{_W}numId")] = (abstract_id, levels, restarted)

    def label(self, paragraph: Any) -> str:
        """The label Word shows before `paragraph` ("" when it is in no list, or a bullet's)."""
        num_id, ilvl = _list_of(paragraph)
        if num_id not in self.lists or ilvl not in self.lists[num_id][1]:
            return ""
        abstract_id, levels, restarted = self.lists[num_id]
        counts = self.counts.setdefault(abstract_id, {})
        if num_id not in self.seen:  # the first paragraph of a list instance
            self.seen.add(num_id)
            for k in restarted:
                counts.pop(k, None)
        counts[ilvl] = counts.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new item starts its sub-items again
        _, fmt, text = levels[ilvl]
        if fmt == "bullet" or fmt == "none":
            return ""

        def level_number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            start, fmt_k, _ = levels.get(k, (1, "decimal", ""))
            return number_text(counts.get(k, start), fmt_k) or ""

        shown = re.sub(r"%(\d)", level_number, text)
        # A label Word sets apart by a tab or a space (1 新建…) is followed by a space here.
        return shown + " " if shown and shown[-1].isalnum() else shown


def _level(lvl: Any) -> tuple[int, str, str]:
    """A level's start, number format and label text (%1、)."""
    def val(tag: str, default: str) -> str:
        found = lvl.find(f"{_W}{tag}")
        return found.get(f"{_W}val") if found is not None else default
    return int(val("start", "1")), val("numFmt", "decimal"), val("lvlText", "")


def _list_of(paragraph: Any) -> tuple[str | None, int]:
    """The list (numId) and level of a paragraph: its own, else its style's (a style such as
    List Number carries a list)."""
    style = paragraph.style
    for holder in [paragraph._p] + _styles(style):
        ppr = holder.pPr if hasattr(holder, "pPr") else None
        num = ppr.numPr if ppr is not None else None
        if num is not None and num.numId is not None:
            return str(num.numId.val), int(num.ilvl.val) if num.ilvl is not None else 0
    return None, 0


def _styles(style: Any) -> list[Any]:
    """The elements of a paragraph style and of the styles it is based on."""
    out = []
    while style is not None and len(out) < 10:
        out.append(style.element)
        style = style.base_style
    return out
