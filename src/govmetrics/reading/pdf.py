"""A PDF with a text layer → its text in reading order, with a map to page and line (pypdfium2).

Each page is read as lines and ruled tables (`pdfpage`); then over the whole document:

- Page furniture is left out: a line at the top or foot of a page (outside any table)
  that is a page number (— 5 —, 第5页 共12页) or whose text, digits aside, stands at the
  same height on at least two pages and 40 % of them (a running header, a bare page number).
- A line is joined to the next without a line break when it runs to the right edge of
  the text block (within one character), and the next starts at the left edge (not
  indented) at the usual line distance, or at the top of the next page: one paragraph
  wrapped. Nothing is inserted; every other break is kept, and words, numbers and units
  broken over a kept break are the structure and number stages' to read. Where more than
  1.7 usual line distances stand between two lines of a page (an empty paragraph's space),
  a blank line stands between them, as in a text file.
- A ruled table is laid out by `tables.layout_table` like an HTML or Word table, in its
  place between the lines; a cell's wrapped lines are joined by the same rule inside the
  cell; a table that ends a page and one that starts the next with the same columns are
  one table (a row split by the page break, its first cell empty, is one row).

A source position's `part` is "page 3 line 12" (lines counted from the top of the
page, tables aside) or "page 3 table 1 row 2 cell 5 line 1", and `offset` the
character's place in that line.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from ..lexicon import compiled
from ..lexicon.labels import data
from .furniture import is_page_number
from .pdfpage import Char, Grid, Line, grids, group_lines, page_chars, rulings, unembedded_fonts
from .sourcemap import Run, SourceMap, TextBuilder
from .tables import Cell, layout_table

_DIGITS = compiled.compile(r"[0-9０-９]+")
_FURNITURE_SHARE = 0.4
_EDGE_LINES = 2     # how many lines at the top and at the foot of a page may be furniture
_GAP = 1.7          # a distance between two lines, in usual line pitches, that holds an empty line


class PdfProblem(Exception):
    """Why a PDF cannot be read (the caller names the file)."""


@dataclass
class _Text:
    """A body line and where it stands."""

    line: Line
    page: int
    width: float                # the page's width: pages of one width share a text block


@dataclass
class _Table:
    """A ruled table: its cells' lines, row by row (a merged cell is one object in every place it covers)."""

    rows: list[list[list[Line]]]
    xs: list[float]
    page: int


def pdf_to_text(data: bytes) -> tuple[str, SourceMap, list[str]]:
    """The text of a PDF, its source map, and warnings. Raises PdfProblem when the PDF
    cannot be read: damaged, encrypted with a password, or without a text layer."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise PdfProblem("is encrypted with a password; open it with the password and save an unprotected "
                             "copy (or print it to PDF), then read that") from None
        raise PdfProblem(f"is a damaged PDF ({e}); download it again or save it anew from a PDF viewer") from None
    pages: list[list[_Text | _Table]] = []
    total = unmapped = images = 0
    unembedded: set[str] = set()
    try:
        for n, page in enumerate(document, 1):
            textpage = page.get_textpage()
            chars, bad = page_chars(textpage, raw)
            total, unmapped = total + len(chars), unmapped + bad
            images += sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=1))
            unembedded |= unembedded_fonts(page, raw)
            pages.append(_page_items(n, page, chars, raw))
            textpage.close()
            page.close()
    finally:
        document.close()
    if not pages:
        raise PdfProblem("is a PDF with no pages; download it again")
    if not total:
        what = "is a scanned PDF (images, no text layer)" if images else "is a PDF with no text layer"
        raise PdfProblem(f"{what}; run OCR on it first (e.g. ocrmypdf -l chi_sim) and read the result")
    warnings = []
    if unmapped > 0.2 * total:
        warnings.append(f"{unmapped} of {total} characters have no Unicode mapping in the PDF's fonts: the text may "
                        "be garbled; run OCR on the file (e.g. ocrmypdf -l chi_sim --force-ocr)")
    if unembedded:
        warnings.append(f"the PDF does not embed the fonts its text is set in ({', '.join(sorted(unembedded))}): it "
                        "is read through this machine's fonts, and a character none of them has may be left out "
                        "(install a Chinese font, e.g. Debian's fonts-wqy-microhei, or ask for a PDF with its fonts)")
    if b"%%EOF" not in data[-2048:]:
        warnings.append("the PDF looks truncated (no end-of-file mark): pages may be missing; download it again")
    _drop_furniture(pages)
    text, smap = _write(pages)
    return text, smap, warnings


def _page_items(n: int, page: Any, chars: list[Char], raw: Any) -> list[_Text | _Table]:
    """A page's body lines and tables, top to bottom."""
    width = page.get_width()
    tables = grids(*rulings(page, raw))
    inside: dict[int, dict[tuple[int, int], list[Char]]] = defaultdict(lambda: defaultdict(list))
    free = []
    hanging = data()["wraps"]["hanging"]
    for ch in chars:
        x, y = (ch.x0 + ch.x1) / 2, (ch.y0 + ch.y1) / 2
        if ch.text in hanging:  # a mark hung past a cell's right edge starts inside that cell
            x = min(x, ch.x0 + 0.5)
        for t, grid in enumerate(tables):
            cell = grid.locate(x, y)
            if cell is not None:
                inside[t][cell].append(ch)
                break
        else:
            free.append(ch)
    items: list[tuple[float, _Text | _Table]] = []
    for line in group_lines(free, f"page {n}"):
        items.append((line.top, _Text(line, n, width)))
    for t, grid in enumerate(tables, 1):
        items.append((grid.ys[0], _table(grid, inside[t - 1], n, t)))
    items.sort(key=lambda item: -item[0])
    return [item for _, item in items]


def _table(grid: Grid, chars: dict[tuple[int, int], list[Char]], page: int, t: int) -> _Table:
    cells = {cell: group_lines(chars.get(cell, []), f"page {page} table {t} row {cell[0] + 1} cell {cell[1] + 1}")
             for row in grid.cell_of for cell in row}
    boxes = {cell: grid.box(cell) for cell in cells}
    # The cell padding: the least distance from a cell's left border to its text.
    pads = [line.x0 - boxes[cell][0] for cell, lines in cells.items() for line in lines]
    pad = max(min(pads), 0.0) if pads else 0.0
    for cell, lines in cells.items():
        if lines:
            right, left = boxes[cell][2] - pad, min(line.x0 for line in lines)
            cells[cell] = _joined(lines, lambda a, b, right=right, left=left:
                                  _wraps(a, b, right, False) and b.x0 <= left + 0.5 * b.size)
    return _Table([[cells[cell] for cell in row] for row in grid.cell_of], grid.xs, page)


def _wraps(a: Line, b: Line, right: float, justified: bool) -> bool:
    """Whether line `a` ends at the right edge `right` because `b` goes on: in justified
    text it ends at the edge; else the first character of `b` would not have fit after it."""
    if justified:
        return a.x1 >= right - 1.0
    first = b.chars[0]
    return a.x1 + (first.x1 - first.x0) > right - 1.0


def _joined(lines: list[Line], continues: Any) -> list[Line]:
    """Lines with each wrapped continuation appended to the line it continues."""
    out: list[Line] = []
    for line in lines:
        if out and continues(out[-1], line):
            out[-1] = _concat(out[-1], line)
        else:
            out.append(line)
    return out


def _concat(a: Line, b: Line) -> Line:
    """Line b appended to a (each character keeps its source line's name and place)."""
    return Line(a.chars + b.chars, a.gaps | {i + len(a.chars) for i in b.gaps})


def _masked(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s", "", text))


def _drop_furniture(pages: list[list[_Text | _Table]]) -> None:
    """Leave out running headers, footers and page numbers (see the module's docstring)."""
    edges: list[list[_Text]] = []
    for items in pages:
        top = [i for i in _leading(items)][:_EDGE_LINES]
        foot = [i for i in _leading(items[::-1])][:_EDGE_LINES]
        edges.append(top + foot)
    seen: Counter[tuple[str, int]] = Counter()
    for candidates in edges:
        seen.update({(_masked(c.line.text), round(c.line.top / 4)) for c in candidates})
    need = max(2, _FURNITURE_SHARE * len(pages))
    for items, candidates in zip(pages, edges):
        drop = {id(c) for c in candidates if is_page_number(c.line.text)
                or seen[(_masked(c.line.text), round(c.line.top / 4))] >= need}
        items[:] = [i for i in items if id(i) not in drop]


def _leading(items: list[_Text | _Table]) -> list[_Text]:
    out = []
    for item in items:
        if not isinstance(item, _Text):
            break
        out.append(item)
    return out


def _write(pages: list[list[_Text | _Table]]) -> tuple[str, SourceMap]:
    body = [item for items in pages for item in items]
    texts = [i for i in body if isinstance(i, _Text)]
    blocks: dict[float, tuple[float, float, bool]] = {}
    for width in {t.width for t in texts}:
        same = [t.line for t in texts if t.width == width]
        right = max(line.x1 for line in same)
        near = [line for line in same if line.x1 >= right - line.size]
        # Justified text (Word's default for Chinese) ends every wrapped line at the edge.
        justified = sum(1 for line in near if line.x1 >= right - 1.0) >= 0.8 * len(near)
        blocks[width] = (min(line.x0 for line in same), right, justified)
    pitches = [a.line.top - b.line.top for a, b in zip(texts, texts[1:]) if a.page == b.page and a.line.top > b.line.top]
    pitch = statistics.median(pitches) if pitches else 0.0
    out = TextBuilder("pdf")
    previous: _Text | _Table | None = None
    pending: list[Run] = []
    for item in _merge_tables(body):
        if isinstance(item, _Table):
            out.add_line(pending)
            pending = []
            layout_table(out, _cells(item.rows))
        else:
            runs = _line_runs(item.line)
            if pending and isinstance(previous, _Text) and _continues(previous, item, blocks, pitch):
                pending += runs
            else:
                out.add_line(pending)
                if isinstance(previous, _Text) and _gap(previous, item, pitch):
                    out.blank_line(item.line.chars[0].part, item.line.chars[0].index)
                pending = runs
        previous = item
    out.add_line(pending)
    return out.build()


def _gap(a: _Text, b: _Text, pitch: float) -> bool:
    """Whether an empty line's height stands between two lines of a page (the blank line an
    empty paragraph leaves, which a text file keeps): more than `_GAP` times the usual pitch."""
    return a.page == b.page and pitch > 0 and a.line.top - b.line.top > _GAP * pitch


def _continues(a: _Text, b: _Text, blocks: dict[float, tuple[float, float, bool]], pitch: float) -> bool:
    left, right, justified = blocks[a.width]
    if not _wraps(a.line, b.line, right, justified) or b.line.x0 > blocks[b.width][0] + 0.5 * b.line.size:
        return False
    if abs(a.line.size - b.line.size) > 1.0:
        return False
    if a.page == b.page:
        return 0 < a.line.top - b.line.top <= 1.3 * pitch
    return b.page == a.page + 1


def _merge_tables(body: list[_Text | _Table]) -> list[_Text | _Table]:
    """A table that ends a page and one with the same columns that starts the next are one."""
    out: list[_Text | _Table] = []
    for item in body:
        last = out[-1] if out else None
        if (isinstance(item, _Table) and isinstance(last, _Table) and item.page == last.page + 1
                and len(item.xs) == len(last.xs) and all(abs(a - b) <= 2 for a, b in zip(item.xs, last.xs))):
            _append_rows(last, item)
        else:
            out.append(item)
    return out


def _append_rows(table: _Table, more: _Table) -> None:
    rows = more.rows
    first, last = rows[0], table.rows[-1]
    if last and first and not first[0] and last[0]:
        for old, new in {id(a): (a, b) for a, b in zip(last, first)}.values():
            if new is not old:
                old.extend(new)
        swap = {id(b): a for a, b in zip(last, first)}
        rows = [[swap.get(id(cell), cell) for cell in row] for row in rows[1:]]
    table.rows.extend(rows)


def _line_runs(line: Line) -> list[Run]:
    """A line's runs: one stretch per source line it was joined from, a space inserted at each gap."""
    runs: list[Run] = []
    text: list[str] = []
    start: Char | None = None
    for i, ch in enumerate(line.chars):
        if start is not None and (i in line.gaps or ch.part != start.part):
            runs.append(Run("".join(text), start.part, start.index))
            text, start = [], None
        if i in line.gaps:
            runs.append(Run(" ", ch.part, ch.index, False))
        if start is None:
            start = ch
        text.append(ch.text)
    if start is not None:
        runs.append(Run("".join(text), start.part, start.index))
    return runs


def _cells(rows: list[list[list[Line]]]) -> list[list[Cell]]:
    """The table's rows as `tables` reads them (a merged cell stays one object)."""
    made: dict[int, Cell] = {}
    for row in rows:
        for cell in row:
            if id(cell) not in made:
                made[id(cell)] = [_line_runs(line) for line in cell]
    return [[made[id(cell)] for cell in row] for row in rows]
