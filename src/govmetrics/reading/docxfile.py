"""A Word .docx file → its text, with a source map (python-docx).

Body paragraphs and tables are read in document order. A paragraph is one line (a line
break inside it, <w:br/>, starts a new line), an empty one a blank line, and the full-width
spaces a paragraph starts with are kept (the indentation typed before it); a table is laid out by `govmetrics.reading.tables`
(a task table with columns 序号 / 重点工作 / 牵头领导 / 牵头单位 / 配合单位 / 完成时限 as
tasks with their responsibility lines). A source position is "paragraph N" (the Nth body
paragraph) or "table T row R cell C paragraph P" (a merged cell is named by its first
row and column) and the character offset in that paragraph's text.

A numbered paragraph of a Word list starts with the number Word shows (`wordlists`). Not
read: headers, footers, text boxes, tables nested in a cell.
"""

from __future__ import annotations

import io
from typing import Any

from .sourcemap import SourceMap, TextBuilder
from .tables import Cell, layout_table
from .wordlists import Numbering


def _paragraph_lines(out: TextBuilder, text: str, part: str, label: str = "") -> None:
    """The lines of a paragraph's text, after the list number Word shows before it (`label`,
    in no source text)."""
    out.add(label, part, 0, exact=False)
    pos = 0
    for piece in text.split("\n"):
        out.add(piece, part, pos)
        out.end_line()
        pos += len(piece) + 1


def _table_rows(table: Any, t: int) -> list[list[Cell]]:
    seen: dict[Any, Cell] = {}
    rows: list[list[Cell]] = []
    for r, row in enumerate(table.rows, 1):
        cells: list[Cell] = []
        for c, cell in enumerate(row.cells, 1):
            if cell._tc not in seen:
                inner = TextBuilder("docx")
                for p, paragraph in enumerate(cell.paragraphs, 1):
                    _paragraph_lines(inner, paragraph.text, f"table {t} row {r} cell {c} paragraph {p}")
                seen[cell._tc] = inner.lines
            cells.append(seen[cell._tc])
        rows.append(cells)
    return rows


def docx_to_text(data: bytes) -> tuple[str, SourceMap, dict[str, Any]]:
    """The text of a .docx, its source map, and hints (the title in its properties).

    Raises the exceptions of python-docx and zipfile for a damaged file; the caller
    turns them into a ReadError naming the file.
    """
    import docx  # python-docx: imported here so reading text and HTML does not load it

    document = docx.Document(io.BytesIO(data))
    numbering = Numbering(document)
    out = TextBuilder("docx", lead="", trail="")
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            tables += 1
            out.end_line()
            layout_table(out, _table_rows(block, tables))
        else:
            paragraphs += 1
            if block.text.strip():
                _paragraph_lines(out, block.text, f"paragraph {paragraphs}", numbering.label(block))
            else:
                out.blank_line(f"paragraph {paragraphs}")
    text, smap = out.build()
    title = (document.core_properties.title or "").strip()
    return text, smap, ({"title": title} if title else {})
