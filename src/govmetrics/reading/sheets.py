"""Spreadsheets → text: every sheet of an .xlsx (openpyxl) or .xls (xlrd) workbook, and
.csv / .tsv files, each laid out by `tables.layout_table` like an HTML or Word table.

A merged range is one cell in every place it covers (so a leader merged over two
projects is each project's leader, and a title merged over the row is a heading); rows
above the header (a title, a date) are written as lines; empty rows are skipped. A cell
that holds a number or a date is written as Excel shows it in Chinese: 12, 85% (a
percent format), 2024年9月30日 (such text is marked inexact in the source map). A line
break inside a cell (Alt+Enter) starts a new line of the cell, as a paragraph does in
a Word cell.

A source position's `part` is "sheet 民生实事 cell B4" and `offset` the character's
place in the cell's text; for .csv / .tsv the text is the file's, so positions are
offsets, bytes, lines and columns in the file as for a text file.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any, Iterable

from ..lexicon import compiled
from .sourcemap import Run, SourceMap, TextBuilder
from .tables import Cell, layout_table

_LINE_BREAK = compiled.compile(r"\r\n|\r|\n")
_DELIMITERS = (",", "\t", ";")


def _cell(pieces: Iterable[tuple[int, str]], part: str, exact: bool = True) -> Cell:
    """A cell's lines from pieces of its text, each (offset, text); a line break inside starts a new line."""
    lines: Cell = [[]]
    for offset, text in pieces:
        pos = 0
        for brk in _LINE_BREAK.finditer(text):
            if brk.start() > pos:
                lines[-1].append(Run(text[pos:brk.start()], part, offset + pos, exact))
            lines.append([])
            pos = brk.end()
        if pos < len(text):
            lines[-1].append(Run(text[pos:], part, offset + pos, exact))
    return [line for line in lines if "".join(r.text for r in line).strip()]


def _column_name(c: int) -> str:
    name = ""
    while c:
        c, rest = divmod(c - 1, 26)
        name = chr(65 + rest) + name
    return name


def _shown(value: Any, percent: bool) -> tuple[str, bool]:
    """A cell's value as Excel shows it, and whether that is the stored text itself."""
    if isinstance(value, str):
        return value, True
    if isinstance(value, bool):
        return ("是" if value else "否"), False
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.year}年{value.month}月{value.day}日", False
    if isinstance(value, (int, float)):
        number = Decimal(repr(value)) * (100 if percent else 1)
        text = format(number.normalize(), "f")
        return (text + "%" if percent else text), False
    return str(value), False


def _rows(values: dict[tuple[int, int], tuple[str, bool]], merges: Iterable[tuple[int, int, int, int]],
          sheet: str) -> list[list[Cell]]:
    """A sheet's grid (0-based (row, column) → shown text) as rows of cells, each merged
    range (first row, last row, first column, last column) one cell object."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, r1, c0, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                owner[(r, c)] = (r0, c0)
    if not values:
        return []
    height = max(r for r, _ in values) + 1
    width = max(c for _, c in values) + 1
    made: dict[tuple[int, int], Cell] = {}
    rows: list[list[Cell]] = []
    for r in range(height):
        row = []
        for c in range(width):
            key = owner.get((r, c), (r, c))
            if key not in made:
                text, exact = values.get(key, ("", True))
                made[key] = _cell([(0, text)], f"sheet {sheet} cell {_column_name(key[1] + 1)}{key[0] + 1}", exact)
            row.append(made[key])
        if any(row):
            rows.append(row)
    return rows


def _xlsx_sheets(data: bytes) -> tuple[list[tuple[str, list[list[Cell]]]], dict[str, Any]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), data_only=True)
    sheets = []
    for sheet in book.worksheets:
        values = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None and cell.value != "":
                    values[(cell.row - 1, cell.column - 1)] = _shown(cell.value, "%" in (cell.number_format or ""))
        merges = [(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1) for m in sheet.merged_cells.ranges]
        sheets.append((sheet.title, _rows(values, merges, sheet.title)))
    title = (book.properties.title or "").strip()
    return sheets, ({"title": title} if title else {})


def _xls_sheets(data: bytes) -> tuple[list[tuple[str, list[list[Cell]]]], dict[str, Any]]:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    sheets = []
    for sheet in book.sheets():
        values = {}
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    continue
                value: Any = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate_as_datetime(value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                shape = book.format_map.get(book.xf_list[cell.xf_index].format_key)
                values[(r, c)] = _shown(value, shape is not None and "%" in shape.format_str)
        merges = [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
        sheets.append((sheet.name, _rows(values, merges, sheet.name)))
    return sheets, {}


def workbook_to_text(data: bytes, kind: str) -> tuple[str, SourceMap, dict[str, Any]]:
    """The text of a workbook (`kind` "xlsx" or "xls"), its source map and hints (a
    title property). Raises the libraries' exceptions for a damaged file."""
    sheets, hints = (_xlsx_sheets if kind == "xlsx" else _xls_sheets)(data)
    out = TextBuilder(kind)
    for _, rows in sheets:
        out.end_line()
        layout_table(out, rows)
    text, smap = out.build()
    return text, smap, hints


def _field_end(text: str, i: int, delimiter: str) -> int:
    ends = [p for p in (text.find(delimiter, i), text.find("\n", i), text.find("\r", i)) if p >= 0]
    return min(ends) if ends else len(text)


def csv_rows(text: str, delimiter: str) -> list[list[Cell]]:
    """Rows of a delimited text (RFC 4180 quoting: "…", "" for a quote), each cell's
    runs at their offsets in `text`."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    i, n = 0, len(text)
    while True:
        pieces: list[tuple[int, str]] = []
        if i < n and text[i] == '"':
            start = j = i + 1
            while True:
                k = text.find('"', j)
                if k < 0:
                    pieces.append((start, text[start:]))
                    i = n
                    break
                if text.startswith('""', k):
                    pieces.append((start, text[start:k + 1]))
                    start = j = k + 2
                    continue
                pieces.append((start, text[start:k]))
                i = k + 1
                break
            end = _field_end(text, i, delimiter)
            pieces.append((i, text[i:end]))  # anything after the closing quote is kept as written
        else:
            end = _field_end(text, i, delimiter)
            pieces.append((i, text[i:end]))
        i = end
        row.append(_cell(pieces, ""))
        if i < n and text[i] == delimiter:
            i += 1
            continue
        if any(row):
            rows.append(row)
        row = []
        if i >= n:
            return rows
        i += 2 if text.startswith("\r\n", i) else 1


def delimiter_of(text: str, suffix: str) -> str:
    """Tab for .tsv; for .csv the separator used most in the first lines (comma, tab or semicolon)."""
    if suffix == ".tsv":
        return "\t"
    head = "\n".join(text.splitlines()[:5])
    return max(_DELIMITERS, key=lambda d: (head.count(d), d == ","))


def delimited_to_text(text: str, suffix: str, encoding: str, bom: int) -> tuple[str, SourceMap]:
    """The text of a .csv / .tsv file already decoded, and its source map into the file."""
    out = TextBuilder("csv")
    layout_table(out, csv_rows(text, delimiter_of(text, suffix)))
    return out.build(text, encoding, bom)
