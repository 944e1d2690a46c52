"""An HTML page as saved from a government site → its main text, with a source map.

Why the standard library's `html.parser`: the reader must say, for every character it
returns, where it stands in the page. Of the maintained parsers, `html.parser` reports
the position of every token it reads, text included (`getpos()`); lxml gives only a
tag's line, BeautifulSoup only a tag's line and column (not its text's), and selectolax,
trafilatura and inscriptis give no positions at all. So the page is tokenized with
`html.parser` and a small walker below builds the text and its map.

Main text only: elements that are never content (script, style, nav, footer, forms …),
elements whose id or class names site furniture (nav, menu, share, qrcode …), blocks
made mostly of links (menus, keyword lists), and lines that hold a boilerplate marker
(扫一扫, 分享到, 站点关键词) are left out. Block elements and <br> break lines; tables
are laid out by `govmetrics.reading.tables` (task tables as tasks, others one row a line).
The words are in `data/structure.toml` [html] and [boilerplate].
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Union

from ..lexicon import compiled
from ..lexicon.labels import data
from .dates import find_dates
from .furniture import is_site_furniture, names_furniture
from .sourcemap import SOURCE_SPACE, TRIM, SourceMap, TextBuilder
from .tables import Cell, layout_table

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_WS = compiled.compile(r"[ \t\n\r\f]+")


@dataclass
class _Text:
    data: str
    pos: int          # offset of the text (or of an entity's "&") in the HTML source
    entity: bool = False


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[Union["_Element", _Text]] = field(default_factory=list)
    pos: int = 0      # offset of its start tag's "<" in the HTML source


class _TreeBuilder(HTMLParser):
    """Builds a light tree with source offsets; closes the tags HTML lets authors leave open."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.root = _Element("#root", {})
        self.stack = [self.root]
        self.meta: dict[str, str] = {}
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _close_to(self, tags: set[str], scope: set[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag in scope:
                return
            if self.stack[i].tag in tags:
                del self.stack[i:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self._close_to({"p"}, {"div", "td", "th", "li", "table", "body"})
        elif tag in ("td", "th"):
            self._close_to({"td", "th"}, {"tr", "table"})
        elif tag == "tr":
            self._close_to({"tr"}, {"table"})
        elif tag == "li":
            self._close_to({"li"}, {"ul", "ol"})
        element = _Element(tag, {k: v or "" for k, v in attrs}, pos=self._pos())
        self.stack[-1].children.append(element)
        if tag == "meta" and element.attrs.get("name"):
            self.meta[element.attrs["name"]] = element.attrs.get("content", "")
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(_Text(data, self._pos()))

    def handle_entityref(self, name: str) -> None:
        self.stack[-1].children.append(_Text(html.unescape(f"&{name};"), self._pos(), True))

    def handle_charref(self, name: str) -> None:
        self.stack[-1].children.append(_Text(html.unescape(f"&#{name};"), self._pos(), True))


def _text_of(node: _Element | _Text) -> str:
    if isinstance(node, _Text):
        return node.data
    return "".join(_text_of(c) for c in node.children)


def _link_chars(node: _Element | _Text) -> tuple[int, int]:
    """(characters inside <a>, all characters) of a node's visible text, spaces left out."""
    if isinstance(node, _Text):
        n = len(_WS.sub("", node.data))
        return 0, n
    if node.tag == "a":
        n = len(_WS.sub("", _text_of(node)))
        return n, n
    links = total = 0
    for child in node.children:
        a, b = _link_chars(child)
        links, total = links + a, total + b
    return links, total


def _is_furniture(element: _Element) -> bool:
    table = data()["html"]
    if element.tag in table["drop_tags"]:
        return True
    if names_furniture(" ".join((element.attrs.get("id", ""), element.attrs.get("class", "")))):
        return True
    if element.tag in table["block_tags"] and element.tag not in ("br", "hr"):
        links, total = _link_chars(element)
        return total > 0 and links >= table["link_density"] * total and total - links < 200
    return False


class _Walker:
    def __init__(self) -> None:
        self.blocks = set(data()["html"]["block_tags"])
        self.blank = set(data()["html"]["blank_line_tags"])
        self.typed = set(data()["html"]["typed_tags"])
        self.inside_typed = 0  # how many typed elements (<pre>) the walk is inside

    def walk(self, node: _Element | _Text, out: TextBuilder) -> None:
        if isinstance(node, _Text):
            self._text(node, out)
            return
        if node.tag != "#root" and _is_furniture(node):
            return
        if node.tag == "table":
            out.end_line()
            layout_table(out, self._grid(node))
            return
        block = node.tag in self.blocks
        if block:
            out.end_line()
        if node.tag in self.blank and not _text_of(node).strip(TRIM):
            out.blank_line("", node.pos)
            return
        typed = node.tag in self.typed
        self.inside_typed += typed
        for child in node.children:
            self.walk(child, out)
        self.inside_typed -= typed
        if block:
            out.end_line()

    def _text(self, node: _Text, out: TextBuilder) -> None:
        if node.entity:
            out.add(node.data, "", node.pos)
            return
        if self.inside_typed:
            # A browser shows the text of <pre> as typed: every line break, space and tab
            # (a fixed-width or tab-separated table in a page), as a text file keeps them.
            pos = 0
            for k, piece in enumerate(node.data.split("\n")):
                if k:
                    out.end_line(typed=True)
                out.add(piece, "", node.pos + pos)
                pos += len(piece) + 1
            return
        pos = 0
        for m in _WS.finditer(node.data):
            out.add(node.data[pos:m.start()], "", node.pos + pos)
            out.add(" ", "", node.pos + m.start())
            pos = m.end()
        out.add(node.data[pos:], "", node.pos + pos)

    def _cell(self, element: _Element) -> Cell:
        inner = TextBuilder("html")
        for child in element.children:
            self.walk(child, inner)
        inner.end_line()
        return inner.lines

    def _grid(self, table: _Element) -> list[list[Cell]]:
        """Rows of cells, a cell spanning rows or columns repeated (as the same object) in each."""
        rows: list[list[Cell]] = []
        pending: dict[tuple[int, int], Cell] = {}
        for r, tr in enumerate(_rows(table)):
            row: list[Cell] = []
            col = 0
            for td in (c for c in tr.children if isinstance(c, _Element) and c.tag in ("td", "th")):
                while (r, col) in pending:
                    row.append(pending.pop((r, col)))
                    col += 1
                cell = self._cell(td)
                for dr in range(_span(td, "rowspan")):
                    for dc in range(_span(td, "colspan")):
                        if dr == 0:
                            row.append(cell)
                        else:
                            pending[(r + dr, col + dc)] = cell
                col += _span(td, "colspan")
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            rows.append(row)
        return rows


def _span(td: _Element, name: str) -> int:
    value = td.attrs.get(name, "1").strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def _rows(table: _Element) -> list[_Element]:
    out: list[_Element] = []
    for child in table.children:
        if isinstance(child, _Element):
            if child.tag == "tr":
                out.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                out.extend(_rows(child))
    return out


def _drop_boilerplate_lines(out: TextBuilder) -> None:
    out.lines = [line for line in out.lines if not is_site_furniture("".join(r.text for r in line))]


def _hints(tree: _TreeBuilder) -> dict[str, Any]:
    table = data()["html"]
    hints: dict[str, Any] = {}
    for key, names in (("title", table["meta_title"]), ("published", table["meta_published"]),
                       ("issuer", table["meta_issuer"])):
        for name in names:
            value = tree.meta.get(name, "").strip()
            if value:
                hints[key] = value
                break
    if "published" in hints:
        dates = find_dates(hints["published"])
        hints["published"] = dates[0][0] if dates else None
    return {k: v for k, v in hints.items() if v}


def html_to_text(source: str, encoding: str | None, byte_base: int = 0) -> tuple[str, SourceMap, dict[str, Any]]:
    """The main text of an HTML page, its source map, and metadata hints from <meta>."""
    tree = _TreeBuilder(source)
    tree.feed(source)
    tree.close()
    out = TextBuilder("html", lead=SOURCE_SPACE)
    _Walker().walk(tree.root, out)
    out.end_line()
    _drop_boilerplate_lines(out)
    text, smap = out.build(source_text=source, encoding=encoding, byte_base=byte_base)
    return text, smap, _hints(tree)
