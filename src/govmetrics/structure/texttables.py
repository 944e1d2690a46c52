"""Task tables flattened to text, found in the body and cut into cells (layouts.md section 4).

A table copied or converted to text keeps its header (序号 / 重点工作 / 牵头单位 / …, read by
meaning through `lexicon/columns.py`, the readers' mapping) and then its rows, in one of
these shapes:

- b. one cell a line, each ending in a cell mark (`新建停车泊位800个 |`), an empty cell
  `||`; a cell that runs over lines ends at the first line with the mark;
- rows. one row a line, cells separated by tabs or pipes (`| 1 | 新建… |`, a Markdown
  rule line `| --- |` skipped), an empty cell an empty field; or a spreadsheet's CSV rows
  (commas) under a header whose every field names a column; in tab and CSV rows a quoted
  field is one cell, over separators and line breaks (`delimited`);
- f. cells set apart by runs of spaces, each at its place on the line (a table saved as
  fixed-width text, `pdftotext -layout`: `widthtables`);
- c. one cell a paragraph with no mark at all (copied from a Word table): header cells
  first, then each row from its number; a cell of units one a paragraph gives several
  lines, so a row is told by its number (1, 2, 3 … in sequence), an empty cell is an
  empty line;
- d. cells glued into one line (`gluedtables`);
- a. an HTML table whose markup was kept (`markuptables`: <tr><td>…</td></tr>).

The lines of a table found get the kind "table"; everything else is read as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

from ..lexicon import compiled
from ..lexicon.columns import (ANSWER, MAX_HEADER_LENGTH, assignment_roles, column_role, contact_roles, header_name,
                                header_roles, names_a_column, two_line_names, unit_column)
from ..lexicon.labels import SPACE, data, words
from .delimited import Span, delimited_row
from .gluedtables import glued_table
from .markuptables import markup_table
from .ruledtables import ruled_table
from .widthtables import fixed_width_table
from .lines import Line
from .cellfit import default, fit
from .pagebreaks import past_page_break, repeated_header
from .tablecells import TextCell, TextTable, cell, piece

MAX_COLUMNS = 16
MAX_HEADING = 40   # a heading row written as a line of its own between rows
MAX_PREFIX = 40    # a header's first column word stands within this many characters
MAX_ROW_LINES = 24  # the lines one row of a table one cell a paragraph may span


@cache
def _settings() -> tuple[str, tuple[str, ...], int, re.Pattern[str], tuple[str, ...]]:
    table = data()["text_tables"]
    rule = compiled.compile(f"[{re.escape(table['rule'])}{re.escape(SPACE)}]+")
    quoted = tuple(table["quoted_separators"])
    return ("".join(table["cell_marks"]), tuple(table["row_separators"]) + quoted, table["min_columns"], rule,
            quoted)


def _least_columns(line: Line) -> int:
    """How many cells a header needs: fewer for a row set between bars (│序号│重点任务│), a table by its marks."""
    marks, table = _settings()[0], data()["text_tables"]
    barred = len(line.text) > 1 and line.text[0] in marks and line.text[-1] in marks and line.text[0] != "\t"
    return table["min_barred_columns"] if barred else table["min_columns"]


def _content(line: Line) -> str:
    return line.text.strip(SPACE + _settings()[0])


def _marked(line: Line) -> bool:
    return line.kind != "blank" and line.text.endswith(tuple(_settings()[0]))


def _header(lines: list[Line], i: int, fits: Callable[[Line], bool]) -> tuple[int, list[str | None]] | None:
    """(end, roles) of a header of one cell a line from `i`: short cells that `fits`, up to
    the line holding the first row number when the header names the number column first
    (then a cell may name nothing the table knows, as long as most do), else while each
    cell names a column."""
    def short(k: int) -> bool:
        return k < len(lines) and fits(lines[k]) and len(header_name(_content(lines[k]))) <= MAX_HEADER_LENGTH

    first = column_role(_content(lines[i])) if short(i) else None
    if first is None:
        return None  # a header's first cell names its column
    numbered = first == "number"
    j = i
    while short(j) and j - i <= MAX_COLUMNS and (
            not _is_number(lines[_after_headings(lines, j)], 1) if numbered
            else column_role(_content(lines[j])) is not None):
        j += 1
    if numbered and not (short(j) and _is_number(lines[_after_headings(lines, j)], 1)):
        return None
    cells = [_content(line) for line in lines[i:j]]
    if numbered and not all(_marked(line) for line in lines[i:j]):
        cells = _unwrapped(cells)
    roles = header_roles(cells) if _settings()[2] <= len(cells) <= MAX_COLUMNS else None
    if roles is None or 2 * sum(r is not None for r in roles) < len(roles):
        return None
    return j, roles


@cache
def _heading_styles() -> frozenset[str]:
    return frozenset(st["name"] for st in data()["numbering"]["styles"] if st["numeral"] in ("chinese", "financial"))


def _after_headings(lines: list[Line], k: int) -> int:
    """The first line from `k` on that is no heading cell (一、经济发展 |, （二）城乡建设 |: a
    row of one cell numbered as a heading, over a group of rows); `k` itself when none is."""
    while k < len(lines) - 1 and lines[k].kind == "item" and lines[k].style in _heading_styles():
        k += 1
    return k


def _unwrapped(cells: list[str]) -> list[str]:
    """Header cells of one cell a paragraph joined where a PDF page wrapped one over two
    lines (layouts §10): a line ending in a join word runs on (项目名称及⏎建设内容), and so do
    two lines that name no column each but one together (责任市⏎领导)."""
    joins = tuple(words("table_columns", "joins"))
    out: list[str] = []
    for c in cells:
        if out and column_role(out[-1] + c) is not None and (
                out[-1].endswith(joins) or column_role(out[-1]) is None and column_role(c) is None):
            out[-1] += c
        else:
            out.append(c)
    return out


def _cell_per_line(text: str, lines: list[Line], i: int) -> TextTable | None:
    """Shape b: one cell a line, each ending in a mark."""
    marks = _settings()[0]
    header = _header(lines, i, _marked)
    if header is None:
        return None
    j, roles = header
    width = len(roles)
    cells: list[TextCell] = []
    pieces: list[tuple[int, int] | None] = []
    k = j
    while k < len(lines):
        line = lines[k]
        starts_row = not pieces and len(cells) % width == 0
        if starts_row and (after := past_page_break(lines, k, _marked)) is not None:
            k = after  # a page number between two rows (layouts §10): the table goes on
            continue
        if line.kind == "blank" or (not _marked(line) and starts_row):
            break  # an unmarked line where a row would start: the table is over
        if starts_row and _after_headings(lines, k) > k and _content(lines[_after_headings(lines, k)]).rstrip(
                ".．、").isdigit():
            # a heading row (一、经济发展 |) before a row's number: one cell, the rest of its row empty
            cells += [cell(piece(text, line.start, line.end, marks))] + [TextCell()] * (width - 1)
            k += 1
            continue
        pieces.append(piece(text, line.start, line.end, marks))
        if _marked(line):
            cells.append(cell(*pieces))
            pieces = []
        k += 1
    if pieces:
        cells.append(cell(*pieces))
    rows = tuple(tuple(cells[r:r + width]) + (TextCell(),) * max(0, r + width - len(cells))
                 for r in range(0, len(cells), width))
    return TextTable(i, k - 1, tuple(roles), rows) if rows else None


def _fields(text: str, line: Line, separator: str, bordered: bool = True) -> tuple[list[Span], int]:
    """The spans of a row's fields and where the row ends, split at `separator` (a tab keeps
    its empty fields at both ends; pipes around a row, | a | b |, are no fields, but in a
    table whose header no bar opens (not `bordered`) a bar that opens a row ends its empty
    first cell: ` |  | 2 | …` under `一级指标 | 二级指标 | 序号 | …`)."""
    begin = text.rfind("\n", 0, line.start) + 1
    end = text.find("\n", line.end)
    end = len(text) if end < 0 else end
    if separator == "\t" or separator in _settings()[4]:
        return delimited_row(text, begin, separator) or delimited_row(text, begin, separator, quotes=False)
    raw = text[begin:end]
    bounds = [-1] + [m.start() for m in re.finditer(f"[{re.escape(_settings()[0])}]", raw)] + [len(raw)]
    spans = [(begin + a + 1, begin + b) for a, b in zip(bounds, bounds[1:])]
    if bordered and not raw[:bounds[1]].strip(SPACE + "\r"):
        spans = spans[1:]
    if spans and not text[spans[-1][0]:spans[-1][1]].strip(SPACE + "\r"):
        spans = spans[:-1]
    return [piece(text, s, e) for s, e in spans], end


def _separator(line: Line) -> str | None:
    return next((s for s in _settings()[1] if s in line.text), None)


def _row_per_line(text: str, lines: list[Line], i: int) -> TextTable | None:
    """Rows one a line, cells separated by tabs or pipes; a short line without separator
    between two rows is a heading row (一、经济发展类), a cell of its own."""
    _, _, _, rule, quoted = _settings()
    separator = _separator(lines[i])
    if separator is None:
        return None
    header, end = _fields(text, lines[i], separator)
    bordered = lines[i].text.lstrip(SPACE)[:1] in _settings()[0]
    k = _line_after(lines, i, end)
    below_at = k + 1 if k < len(lines) and _rule_row(lines[k]) else k  # past a Markdown rule line (|---|---|)
    below = _under_header(text, lines[i], lines[below_at], separator, header) if below_at < len(lines) else None
    cells, names, k = ((header, [text[h[0]:h[1]] if h else "" for h in header], k) if below is None
                       else (*below, below_at + 1))
    roles = header_roles(names) or assignment_roles(names) or contact_roles(names)
    if roles is None or len(roles) < _least_columns(lines[i]):
        return None
    if separator in quoted and not _all_column_names(text, header):
        return None  # a comma also stands in prose: a CSV header names a column in every field
    rows = []
    heading = None  # the index of the last heading row (一、经济发展类)
    # A tab row short of the header's fields is open: a Word table saved as text writes a
    # cell's paragraphs one a line, so the lines after it carry its last cell on (and may add
    # the fields it lacks: …。⏎农田180万亩。<TAB>林振邦<TAB>种植业管理处…).
    open_row: list[list[Span]] = []
    while k < len(lines) and lines[k].kind != "blank":
        line = lines[k]
        if rule.fullmatch(line.text):
            k += 1  # a box-drawing rule between rows (├────┼────┤)
            continue
        if open_row and _carries_on(text, line, separator, open_row):
            fields, end = (_fields(text, line, separator) if _separator(line) == separator
                           else ([piece(text, line.start, line.end)], line.end))
            open_row[-1].append(fields[0])
            open_row += [[f] for f in fields[1:]]
            rows[-1] = tuple(cell(*f) for f in open_row[:len(roles)]) + (TextCell(),) * (len(roles) - len(open_row))
            open_row = open_row if len(open_row) < len(roles) else []
            k = _line_after(lines, k, end)
            continue
        fields, end = _fields(text, line, separator, bordered) if _separator(line) == separator else ([], line.end)
        if len(fields) < 2:
            # a short line between two rows, with no separator or a bar after it alone (一、经济发展类 |),
            # is a heading row: a cell of its own
            following = lines[k + 1] if k + 1 < len(lines) else None
            if len(line.text) > MAX_HEADING or following is None or _separator(following) != separator:
                break
            rows.append((cell(*(fields or [piece(text, line.start, line.end)])),) + (TextCell(),) * (len(roles) - 1))
            heading = k
        else:
            if _all_column_names(text, fields):
                # The header of the next table (表2 重点工作任务 | 序号|重点工作|…): this table
                # ends before it, and before the title line right above it.
                if heading == k - 1:
                    rows.pop()
                    k -= 1
                break
            if not all(f is None or rule.fullmatch(text[f[0]:f[1]]) for f in fields):
                open_row = [[f] for f in fields] if separator == "\t" and len(fields) < len(roles) else []
                fields = fields[:len(roles)] + [None] * (len(roles) - len(fields))
                rows.append(tuple(cell(f) for f in fields))
            k = _line_after(lines, k, end) - 1
        k += 1
    contacts = "task" not in roles and contact_roles(names) is not None
    return TextTable(i, k - 1, tuple(roles), tuple(rows), header=tuple(cell(h) for h in cells),
                     assigns="task" not in roles and not contacts, contacts=contacts) if rows else None


def _carries_on(text: str, line: Line, separator: str, open_row: list[list[Span]]) -> bool:
    """Whether `line` carries an open row on: no heading (一、…) and not the next row's number."""
    if line.kind == "item" and line.style in _heading_styles():
        return False
    first = open_row[0][0]
    number = text[first[0]:first[1]] if first else ""
    fields = _fields(text, line, separator)[0] if _separator(line) == separator else []
    return not (number.isdigit() and fields and fields[0] and text[fields[0][0]:fields[0][1]] == str(int(number) + 1))


def _line_after(lines: list[Line], k: int, end: int) -> int:
    """The index of the first line after line `k` that starts past `end` (a row's quoted
    cell may run over the lines between)."""
    k += 1
    while k < len(lines) and lines[k].start < end:
        k += 1
    return k


def _rule_row(line: Line) -> bool:
    """Whether a line is a rule between a header and its rows, bars aside (|---|:---:|, ├──┼──┤)."""
    marks, rule = _settings()[0], _settings()[3]
    cells = "".join(c for c in line.text if c not in marks)
    return bool(cells) and rule.fullmatch(cells) is not None


def _under_header(text: str, top_line: Line, line: Line, separator: str, header: list[Span]
                  ) -> tuple[list[Span | None], list[str]] | None:
    """The header with its second line (`columns.two_line_names`: 责任单位 over 牵头 | 配合, 实事⏎项目):
    each column's span and name; None when `line` is no such line."""
    if _separator(line) != separator:
        return None
    # (a bar may open the second line and not the first: read it the way that gives the header's count of cells)
    readings = [_fields(text, line, separator, bordered)[0] for bordered in (False, True)]
    below = next((r for r in readings if len(r) == len(header)), readings[1])
    subs = [text[f[0]:f[1]] if f else "" for f in below]
    names = two_line_names([text[h[0]:h[1]] if h else "" for h in header], subs)
    if names is None:
        return None
    # each column's cell: the second line's where it names the column alone (a unit of a matrix), else the first's
    return [below[at] if at < len(below) and below[at] and (name == subs[at] or not h) else h
            for at, (h, name) in enumerate(zip(header, names))], names


def _all_column_names(text: str, fields: list[tuple[int, int] | None]) -> bool:
    """Whether every cell of a row names a column and the row is a task table's header."""
    cells = [text[f[0]:f[1]] for f in fields if f]
    return header_roles(cells) is not None and all(column_role(c) for c in cells)


def _is_number(line: Line, n: int) -> bool:
    """Whether a cell line is row number `n` (1, 1. or 1、)."""
    return line.kind != "blank" and _content(line).rstrip(".．、") == str(n)


def _unit_like(line: Line) -> bool:
    """A short line that can be one more unit of a cell of units (no sentence, no figure)."""
    content = _content(line)
    return 0 < len(content) <= 30 and not re.search(r"[。；;：:0-9]", content)


def _cell_per_paragraph(text: str, lines: list[Line], i: int) -> TextTable | None:
    """Shape c: one cell a paragraph, no marks; rows told by their numbers in sequence."""
    header = _header(lines, i, lambda line: line.kind != "blank" and not _marked(line))
    if header is None or header[1][0] != "number":
        return None
    j, roles = header
    repeated_header(lines, i, j)
    width = len(roles)
    starts = [j]
    while True:
        k = next((k for k in range(starts[-1] + width, len(lines)) if _is_number(lines[k], len(starts) + 1)), None)
        if k is None:
            break
        starts.append(k)
    end = _last_row_end(text, lines, tuple(roles), starts[-1], len(starts) + 1)
    while end > starts[-1] + 1 and lines[end - 1].kind == "blank":
        end -= 1
    rows = []
    for a, b in zip(starts, starts[1:] + [end]):
        number = cell(piece(text, lines[a].start, lines[a].end))
        pieces = _pieces(text, lines[a + 1:b])
        rows.append((number, *(fit(text, tuple(roles), pieces) or default(tuple(roles), pieces))))
    return TextTable(i, end - 1, tuple(roles), tuple(rows))


def _last_row_end(text: str, lines: list[Line], roles: tuple[str | None, ...], start: int, following: int) -> int:
    """Where the last row of a table one cell a paragraph ends. It has a paragraph a column
    at least (page furniture not counted); where its last column holds names or a time, it
    takes as many more lines as still fit its columns (units one a paragraph, cells a PDF
    page wrapped), else more units of its last cell of names; never a line that stands over
    a date line (a signature), an empty line or the number of a row after it."""
    def free(k: int) -> bool:
        return (k < len(lines) and bool(lines[k].text) and not _is_number(lines[k], following)
                and not (k + 1 < len(lines) and lines[k + 1].kind == "date"))

    end, count = start + 1, 0
    while end < len(lines) and count < len(roles) - 1:
        count += not lines[end].text or lines[end].kind != "blank"
        end += 1
    if roles[-1] in ANSWER or roles[-1] == "deadline":
        most = end
        while free(most) and most - start <= MAX_ROW_LINES:
            most += 1
        return next((k for k in range(most, end, -1) if fit(text, roles, _pieces(text, lines[start + 1:k]))), end)
    if any(r in ANSWER for r in roles):
        while free(end) and _unit_like(lines[end]):
            end += 1
    return end


def _pieces(text: str, lines: list[Line]) -> list[tuple[int, int] | None]:
    """A row's paragraphs: an empty one is an empty cell (None); page furniture between two
    lines of a row (a page number, a running header: layouts §10) is none of its cells."""
    return [piece(text, line.start, line.end) for line in lines if not line.text or line.kind != "blank"]


def find_tables(text: str, lines: list[Line], body: int) -> dict[int, TextTable]:
    """The task tables flattened to text in the body, by the index of their first line;
    their lines get the kind "table"."""
    found: dict[int, TextTable] = {}
    i = body
    while i < len(lines):
        line = lines[i]
        table = None
        # Every shape's header holds a column word near the start of its first line, and no
        # label with a colon (a responsibility line), no number label (an item).
        if line.kind == "other" and names_a_column(line.text[:MAX_PREFIX]):
            table = (markup_table(text, lines, i) or ruled_table(text, lines, i) or _cell_per_line(text, lines, i)
                     or _row_per_line(text, lines, i)
                     or fixed_width_table(text, lines, i) or _cell_per_paragraph(text, lines, i)
                     or glued_table(text, lines, i))
        if table is None:
            i += 1
            continue
        found[i] = table
        for k in range(table.first, table.last + 1):
            lines[k].kind = "table"
        i = table.last + 1
    return found
