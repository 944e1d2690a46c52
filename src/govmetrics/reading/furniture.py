"""Furniture: the lines a web page prints around a document (扫一扫, 分享到, 打印本页), page
numbers, the markup a page copied as text keeps (<br/>, &nbsp;), and the field codes a
Word document saved as text keeps (PAGEREF _Toc…, PAGE \\* MERGEFORMAT).

The HTML reader drops site furniture from the text it gives and the PDF reader page
numbers; the structure stage, which reads pages copied as plain text, ends a task at
site furniture, reads a page number, a field code line or a line inside a <head> or
<script> element as a blank line, and a line without the tag debris at its ends. The words are in `data/structure.toml` [boilerplate],
[page_numbers], [contents] and [field_codes].
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import compiled
from ..lexicon.labels import SPACE, alternation, data, fold, words


@cache
def _furniture_re() -> re.Pattern[str]:
    return compiled.compile(alternation(words("boilerplate", "anywhere")))


def is_site_furniture(line: str) -> bool:
    """Whether a short line holds a word of site furniture (扫一扫, 分享到, 站点关键词).

    Only a short line counts, so a task about 二维码 stays a task.
    """
    stripped = line.strip(SPACE)
    # A page copied as text keeps its markup (【<a href="…">打印本页</a>】): the line is as long
    # as what a reader sees of it.
    seen = len(_TAGS.sub("", stripped)) if "<" in stripped or "&" in stripped else len(stripped)
    return seen <= data()["boilerplate"]["max_anywhere_length"] and _furniture_re().search(fold(stripped)) is not None


@cache
def _page_number_re() -> re.Pattern[str]:
    marks = "".join(re.escape(m) for m in data()["page_numbers"]["marks"])
    # No run of four digits: 2021-03-24 and 2023-2025 are dates, not page numbers.
    return compiled.compile(f"(?=.*[0-9０-９])(?=.*[{marks}])(?!.*[0-9０-９]{{4}})[0-9０-９{marks}{SPACE}]+")


_DIGITS = frozenset("0123456789０１２３４５６７８９")


@cache
def _page_number_starts() -> tuple[int, frozenset[str]]:
    """The longest page number line, and the characters one may start with (a digit or a mark)."""
    table = data()["page_numbers"]
    return table["max_length"], _DIGITS | frozenset("".join(table["marks"]))


def is_page_number(line: str) -> bool:
    """Whether a line holds only a page number (— 5 —, -5-, 第5页 共12页)."""
    content = line.strip(SPACE)
    longest, starts = _page_number_starts()
    return (0 < len(content) <= longest and content[0] in starts  # most lines fail here, before the pattern
            and _page_number_re().fullmatch(content) is not None)


@cache
def _contents_re() -> re.Pattern[str]:
    table = data()["contents"]
    return compiled.compile(f"[{re.escape(table['leaders'])}]{{{int(table['min_leaders'])},}}[{SPACE}]*[0-9０-９]{{1,4}}[{SPACE}]*$")


def is_contents_line(line: str) -> bool:
    """Whether a line belongs to a table of contents: its title (目　录) or an entry (一、教育……3)."""
    content = line.strip(SPACE)
    if len(content) <= 12 and "".join(content.split()) in data()["contents"]["titles"]:
        return True
    # an entry ends in its page number: a line that ends otherwise (most lines) needs no search
    return content[-1:] in _DIGITS and _contents_re().search(content) is not None


_CAPITALS = compiled.compile("[A-Z]")


@cache
def _field_code_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = data()["field_codes"]
    # A field's instruction: its code, then switches (\h, \* MERGEFORMAT), quoted arguments,
    # bookmark names and numbers. Field syntax, not language data.
    argument = r'(?:\\[*@#!A-Za-z]+|"[^"\n]*"|[A-Za-z_][\w.]*|\d+)'
    entry = compiled.compile(f"(?<![A-Za-z]){alternation(table['entry'])}[ \t]+_?[A-Za-z]*\\d+")
    alone = compiled.compile(f"[{{ ]*{alternation(table['alone'])}(?:[ \t]+{argument})*[ }}]*")
    return entry, alone


def is_field_code(line: str) -> bool:
    """Whether a line is Word field-code debris: a table of contents entry (…⇥PAGEREF
    _Toc1234 \\h 2) or a field alone (PAGE \\* MERGEFORMAT 3)."""
    if _CAPITALS.search(line) is None:
        return False  # every field code is written in capitals: most lines, quickly
    entry, alone = _field_code_res()
    content = line.strip(SPACE)
    return entry.search(content) is not None or alone.fullmatch(content) is not None


# HTML tags and character entities left in text copied from a web page (layouts §11):
# <br/>, </p>, <span class="x">, &nbsp;, &#160;. Markup syntax, not language data.
_TAG_OR_ENTITY = ("</?[A-Za-z][A-Za-z0-9]{0,9}(?:\\s[^<>\n]{0,80})?/?>|&[A-Za-z]{2,8};|&#[0-9]{2,6};"
                  "|\\*\\*|__")  # and a Markdown file's emphasis (**牵头处室**：…, a Word file through pandoc)
_MARKUP = compiled.compile(f"(?:{_TAG_OR_ENTITY}|[{SPACE}])+")
# A Markdown file's quote marks at a line's start (> 来源：… | 更新时间：…); not a comparator (> 60%).
_QUOTE = compiled.compile(f"(?:>[{SPACE}]+)+(?![0-9０-９])")
_TAGS = compiled.compile(f"(?:{_TAG_OR_ENTITY})+")


@cache
def _dropped_re() -> re.Pattern[str]:
    tags = alternation(data()["html"]["drop_tags"])
    return compiled.compile(f"<({tags})\\b[^<>]*>.*?</\\1\\s*>", re.IGNORECASE | re.DOTALL)


@cache
def _named_re() -> re.Pattern[str]:
    """An element with an id or a class, to its closing tag (nested elements of its own tag end it early)."""
    return compiled.compile(r"<([A-Za-z][A-Za-z0-9]{0,9})\b[^<>]*?\b(?:class|id)\s*=\s*[\"']([^\"'<>]*)[\"'][^<>]*>"
                            r".*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def names_furniture(names: str) -> bool:
    """Whether an element's id and class (footer, nav-bar, shareBox, bshare) name site furniture:
    a word of `data/structure.toml` [html] drop_class_words among their parts."""
    tokens = {t.lower() for t in re.split(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])", names) if t}
    return not tokens.isdisjoint(data()["html"]["drop_class_words"])


def dropped_elements(text: str) -> list[tuple[int, int]]:
    """The spans of elements whose content is never main text in a page saved as text with its
    markup: by their tag (<head>, <script>, <footer> …: [html] drop_tags) or by the words of
    their id or class (<div class="footer">), as the HTML reader drops them."""
    if "</" not in text:
        return []
    found = [m.span() for m in _dropped_re().finditer(text)]
    found += [m.span() for m in _named_re().finditer(text) if names_furniture(m.group(2))]
    return sorted(found)


def markup_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of tags and entities in `text[start:end]` (<br/>, <span class="x">, &nbsp;)."""
    return [m.span() for m in _TAGS.finditer(text, start, end)]


def blank_markup(text: str) -> str:
    """`text` with each tag and entity written as spaces of its length (offsets kept), so a
    list copied with `&nbsp;` between its fields is cut where a space would cut it."""
    if "<" not in text and "&" not in text and "**" not in text and "__" not in text:
        return text
    return _TAGS.sub(lambda m: " " * len(m.group()), text)


def content_span(line: str) -> tuple[int, int]:
    """Where a line's content lies: without white space and tag debris at its ends
    (`陈一鸣 副市长<br/>` → `陈一鸣 副市长`, `&nbsp;&nbsp;经市政府同意…` → `经市政府同意…`)."""
    start, end = 0, len(line)
    m = _MARKUP.match(line)
    if m:
        start = m.end()
    if line[start:start + 1] == ">" and (m := _QUOTE.match(line, start)):
        start = m.end()
    # Only a line that ends in a space, > or ; can end in markup (most lines end otherwise).
    if line[-1:] in ("", ">", ";") or line[-1] in SPACE:
        for m in _MARKUP.finditer(line, start):
            if m.end() == end:
                end = m.start()
    return start, max(start, end)
