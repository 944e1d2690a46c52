"""The number labels that start a list item (1. / (一) / 一、 / ① / 第一条): one pattern per
numbering style, in the order of `data/structure.toml` [numbering] styles."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, data


@cache
def label_res() -> list[tuple[str, re.Pattern[str]]]:
    """(style name, pattern) of each numbering style; the label's number is group "n"."""
    table = data()["numbering"]
    out = []
    for style in table["styles"]:
        numeral = re.escape(table[style["numeral"]])
        count = "{1}" if style["numeral"] in table["single_marks"] else "{1,4}"
        number = f"[{numeral}]{count}"
        if style.get("joiners"):
            # an outline number: short parts joined (1.1, 2.3)
            number = f"[{numeral}]{{1,2}}(?:{alternation(style['joiners'])}[{numeral}]{{1,2}})+"
        before = alternation(style["before"]) if style["before"] else ""
        after = alternation(style["after"]) + ("?" if "" in style["after"] else "")
        if style.get("before_in_number"):  # a code (A1): its letter is part of the number
            before, number = "", before + number
        out.append((style["name"], compiled.compile(f"{before}(?P<n>{number}){after}[{SPACE}]*")))
    return out


@cache
def _any_label() -> re.Pattern[str]:
    """Every style's label in one pattern (`any_label`)."""
    return any_label(frozenset(name for name, _ in label_res()))


@cache
def any_label(names: frozenset[str]) -> re.Pattern[str]:
    """The patterns of the styles `names` in one: a line that starts with no label (most lines)
    costs one match instead of one per style (and a search skips, in C, every character no
    label begins with: `compiled.compile`)."""
    return compiled.compile("|".join(f"(?:{p.pattern.replace('(?P<n>', '(')})" for name, p in label_res() if name in names))


@lru_cache(maxsize=32)  # a line is asked twice in a row (does it hold a list, what kind is it); no more kept
def numbered(folded: str) -> tuple[str, re.Match[str]] | None:
    """The style and label match of the first style whose label starts `folded` with text
    after it (or alone, for a style whose label may stand on its own line: NO.1), or None."""
    if _any_label().match(folded) is None:
        return None
    for style, pattern in label_res():
        m = pattern.match(folded)
        if m and (m.end() < len(folded) or style in _alone()) and not _decimal(folded, m) and not (
                style in line_start_only() and pattern.search(folded, m.end())):
            return style, m  # (一是…；二是… on one line is a paragraph's points, not an item)
    return None


@cache
def line_start_only() -> frozenset[str]:
    """Styles whose labels number an item only alone on their line ([numbering] styles' line_start_only)."""
    return frozenset(s["name"] for s in data()["numbering"]["styles"] if s.get("line_start_only"))


def _decimal(folded: str, m: re.Match[str]) -> bool:
    """Whether a label match is the start of a decimal number (4.92万亿元), not a label."""
    table = data()["numbering"]
    if m.group()[-1:] not in table["decimal_points"]:
        return False
    end = m.end()
    while end < len(folded) and folded[end] in table["arabic"]:
        end += 1
    return end > m.end() and end < len(folded) and folded[end] in table["decimal_after"]


@cache
def _alone() -> frozenset[str]:
    return frozenset(s["name"] for s in data()["numbering"]["styles"] if s.get("alone"))


@cache
def _bullet_marks() -> frozenset[str]:
    table = data()["numbering"]
    return frozenset(table["bullets"] + table["spaced_bullets"])


def bullet(text: str, start: int, end: int) -> int:
    """The length of a bullet and the spaces after it at `start` (● , • , a Markdown `- `, a
    post's 📌 or 👤: [numbering] bullets), 0 when there is none or nothing follows it."""
    # a letter or a digit (most lines start with a Han character) is never a bullet: no lookup
    if start >= end or text[start].isalnum() or not (text[start] in _bullet_marks() or _symbol(text[start])):
        return 0
    table = data()["numbering"]
    if text[start] in table["spaced_bullets"] and (start + 1 >= end or text[start + 1] not in SPACE):
        return 0
    at = start + 1
    while at < end and (text[at] in SPACE or text[at] in table["emoji_joiners"]):
        at += 1
    at += next((len(m) for m in table["emphasis"] if text.startswith(m, at)), 0)
    return at - start if at < end else 0


def _symbol(ch: str) -> bool:
    """A pictograph or symbol that marks a line (📌, 🔹), not a numbering mark (🔟) nor a table's
    border (│, ┌: box drawings)."""
    table = data()["numbering"]
    return (unicodedata.category(ch) == table["bullet_category"] and not any(ch in table[n] for n in table["single_marks"])
            and not unicodedata.name(ch, "").startswith(table["not_bullet_names"]))
